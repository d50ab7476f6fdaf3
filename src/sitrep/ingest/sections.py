"""Named parts of a report as character spans of its (normalised) text.

Four heading conventions are recognised, because these are the ones open-source reports use:

* wiki headings ``== Background ==`` (level = number of ``=``; a level-1 ``= Title =`` is the title,
  not a section);
* Markdown ATX headings ``## Events`` (also what the HTML and DOCX readers emit for their headings);
* run-in label headings: a short capitalised line ending in a colon (``Assessment:``, ``Faits :``),
  standing after a blank line (or a sentence's end) and followed by a paragraph -- the layout of staff
  reports and bulletins;
* an ``Infobox`` line followed by ``- Key: value`` lines (also ``* Key: value``, ``| key = value`` and bare
  ``key: value``, the way an infobox reads once a page is saved as plain text).

A section runs from its heading line to the next heading of the same or a higher level (run-in labels
are the lowest level), trailing blank lines excluded, so nested sections nest and
:meth:`sitrep.model.Document.section_at` finds the innermost one. Offsets are into the text as given; pass
text already normalised with :func:`sitrep.model.normalise_text` (``Document`` does that to its text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sitrep.model import Section

WIKI_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\n]*?[^=\s][^=\n]*?)[ \t]*\1[ \t]*$")
MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_LABEL_HEADING = re.compile(r"^([^\W\d_][^:.!?;\n]{0,58}?)[ \t]*:$")
_EMPHASIS = re.compile(r"^(?:\*\*|__|\*|_)(.*?)(?:\*\*|__|\*|_)$")
_INFOBOX = re.compile(r"^[ \t]*(?:\{\{[ \t]*)?infobox\b[ \t]*(.*?)[ \t]*$", re.I)
_INFOBOX_ITEM = re.compile(r"^[ \t]*(?:[-*•|][ \t]*|(?=\w))([^:=\n]{1,40}?)[ \t]*[:=][ \t]?(.*?)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")
LABEL_LEVEL = 7
_MAX_LABEL_WORDS = 6


class Line(NamedTuple):
    """One line of the text without its newline; a tuple because a 20 MB text has ~10^5 of them."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Heading:
    """A heading line: ``level`` 1..6 for wiki/Markdown, :data:`LABEL_LEVEL` for run-in labels."""

    name: str
    level: int
    line: Line
    kind: str


@dataclass(frozen=True)
class Infobox:
    start: int
    end: int
    items: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def split_lines(text: str) -> tuple[Line, ...]:
    """Lines with offsets (cached: the section finder and the header reader both walk the same text)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return tuple(lines)


def unwrap(line: str) -> str:
    """A line without surrounding Markdown emphasis (``**Events:**`` -> ``Events:``)."""
    stripped = line.strip()
    match = _EMPHASIS.match(stripped)
    return match.group(1).strip() if match else stripped


@lru_cache(maxsize=1)
def find_headings(text: str) -> tuple[Heading, ...]:
    lines = split_lines(text)
    out: list[Heading] = []
    in_fence = False
    for i, line in enumerate(lines):
        if line.text.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or line.blank:
            continue
        heading = _heading(lines, i)
        if heading is not None:
            out.append(heading)
    return tuple(out)


def _heading(lines: Sequence[Line], i: int) -> Heading | None:
    line = lines[i]
    wiki = WIKI_HEADING.match(line.text)
    if wiki:
        return Heading(wiki.group(2).strip(), len(wiki.group(1)), line, "wiki")
    md = MD_HEADING.match(line.text)
    if md:
        return Heading(unwrap(md.group(2)), len(md.group(1)), line, "markdown")
    label = _LABEL_HEADING.match(unwrap(line.text))
    if label and _is_label_heading(lines, i, label.group(1)):
        return Heading(label.group(1).strip(), LABEL_LEVEL, line, "label")
    return None


def _is_label_heading(lines: Sequence[Line], i: int, label: str) -> bool:
    """A run-in label stands alone and introduces a paragraph, not a list.

    It must follow a blank line or a line that ends a sentence (PDF text often has no blank lines), so a
    short capitalised line wrapped inside a paragraph is not taken for a heading.
    """
    if len(label.split()) > _MAX_LABEL_WORDS or not label[0].isupper():
        return False
    if i > 0 and not (lines[i - 1].blank or lines[i - 1].text.rstrip().endswith((".", "!", "?"))):
        return False
    following = next((lines[j] for j in range(i + 1, len(lines)) if not lines[j].blank), None)
    if following is None or _LIST_ITEM.match(following.text):
        return False
    nxt = unwrap(following.text)
    return not (_LABEL_HEADING.match(nxt) or WIKI_HEADING.match(following.text) or MD_HEADING.match(following.text))


@lru_cache(maxsize=1)
def find_infoboxes(text: str) -> tuple[Infobox, ...]:
    lines = split_lines(text)
    boxes: list[Infobox] = []
    i = 0
    while i < len(lines):
        if _INFOBOX.match(lines[i].text):
            items: list[tuple[str, str]] = []
            j = i + 1
            while j < len(lines) and (item := _INFOBOX_ITEM.match(lines[j].text)):
                items.append((item.group(1).strip(), item.group(2).strip()))
                j += 1
            if items:
                boxes.append(Infobox(lines[i].start, lines[j - 1].end, tuple(items)))
                i = j
                continue
        i += 1
    return tuple(boxes)


def find_sections(text: str) -> list[Section]:
    """Sections of ``text`` in document order (headed sections and infoboxes)."""
    headings = find_headings(text)
    spans: list[Section] = []
    for k, heading in enumerate(headings):
        if heading.kind == "wiki" and heading.level == 1:
            continue
        end = len(text)
        for later in headings[k + 1 :]:
            if later.level <= heading.level:
                end = later.line.start
                break
        end = heading.line.start + len(text[heading.line.start : end].rstrip())
        spans.append(Section(heading.name, heading.line.start, end))
    spans.extend(Section("Infobox", box.start, box.end) for box in find_infoboxes(text))
    return sorted(spans, key=lambda s: (s.start, -s.end))


def infobox_metadata(text: str) -> dict[str, str]:
    """``infobox.<key>`` entries (key lower-cased, spaces as ``_``); values with no letter/digit skipped."""
    out: dict[str, str] = {}
    for box in find_infoboxes(text):
        for key, value in box.items:
            name = "infobox." + re.sub(r"\s+", "_", key.strip().lower())
            if any(ch.isalnum() for ch in value) and name not in out:
                out[name] = value
    return out
