"""The layout of a whole document: which sentences are narrative, in which paragraph, section and zone.

Whole-document coding (:mod:`sitrep.nlp.document`) needs to know where a sentence sits before it reads
what it says: analysis sections give no events, background and aftermath only dated reports, and heading,
field and letterhead lines are not sentences at all. A dateline or "Date:" header tells when the text was
written, which dates no event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sitrep.ingest.sections import find_sections
from sitrep.model import Section
from sitrep.nlp.limits import SHORT_NOTE_CHARS
from sitrep.nlp.timex import TimeExpr

__all__ = [
    "DocumentContext",
    "Unit",
    "build_context",
    "is_whole_document",
    "reference_date",
    "section_at",
    "section_zone",
]


_ANALYSIS = re.compile(
    r"assessment|analys[ie]s|prospect|recommendation|outlook|comment|conclusion|implication|forecast|"
    r"evaluation|opinion|disclaimer|significance|legacy|lessons|perspective|scenario|evolution|"
    r"[ée]valuation|perspectives?|analyse|commentaire|recommandation",
    re.IGNORECASE,
)
_CONTEXT = re.compile(
    r"background|history|context|prelude|origins?|antecedents?|aftermath|reactions?|consequences?|"
    r"investigation|response|contexte|historique|suites|r[ée]actions?|"
    # the hunt for the perpetrators follows the event it reports ("Search", "Recherches", "Enquête")
    r"\bsearch(?:es)?\b|manhunt|recherches?|enqu[êe]tes?|"
    # a hostage's rescue or release is a later operation of its own, not the abduction ("Rescue", "Libération")
    r"\brescue\b|\brelease\b|lib[ée]ration|sauvetage|subsequent",
    re.IGNORECASE,
)
_SKIP = re.compile(
    r"^(?:see also|references?|notes?|sources?|external links|further reading|bibliography|contents|"
    r"distribution|annex\w*|contacts?)$",
    re.IGNORECASE,
)


def section_zone(name: str | None) -> str:
    """How a section's sentences count: ``event``, ``context``, ``analysis`` or ``skip``.

    Context sections (background, aftermath) may report dated past events, so they are read, but only
    specific reports there become events; analysis sections produce none.
    """
    if not name:
        return "event"
    if _SKIP.match(name.strip()):
        return "skip"
    if name.strip().lower() == "infobox":
        return "skip"
    if _ANALYSIS.search(name):
        return "analysis"
    if _CONTEXT.search(name):
        return "context"
    return "event"


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of a document, placed: its paragraph, its section and its zone."""

    start: int
    end: int
    para: int
    section: int  # index of the innermost section (-1: none)
    zone: str  # event | context | analysis | skip
    narrative: bool


@dataclass
class DocumentContext:
    """What a whole document adds to the sentence-level annotations of :class:`~sitrep.nlp.extract._State`."""

    sections: tuple[Section, ...] = ()
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    reference: date | None = None
    excluded_dates: set[int] = field(default_factory=set)

    def event_units(self) -> list[Unit]:
        """The narrative sentences of the event zone: where the document tells its events, lead included."""
        return [u for u in self.units if u.narrative and u.zone == "event"]


def is_whole_document(text: str, sections: Sequence[Section]) -> bool:
    """True for texts with sections or several paragraphs: short notes keep sentence-level coding."""
    if sections:
        return True
    paras = [p for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 6]
    return len(paras) >= 2 or len(text) > SHORT_NOTE_CHARS


_FIELD_LINE = re.compile(r"^\s*(?:[-*•|]\s*)?[\w(][\w ()/&.'’-]{0,40}?\s*:\s*\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]*]*\s*$")


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def _line_kind(line: str) -> str:
    """``heading``, ``field`` ("Date: 08.06.2020"), ``caps`` (letterhead) or ``text``."""
    stripped = line.strip().strip("*_").strip()
    if not stripped:
        return "blank"
    if re.match(r"^(=+|#+)\s", stripped) or re.match(r"^=.*=$", stripped):
        return "heading"
    if _is_caps(stripped):
        return "caps"
    if _FIELD_LINE.match(stripped) and (len(stripped.split()) <= 10 or not _SENTENCE_END.search(stripped)):
        return "field"
    if stripped.endswith(":") and len(stripped.split()) <= 6:
        return "heading"
    return "text"


def build_context(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sections: Sequence[Section] | None,
    title: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> DocumentContext:
    """Paragraphs, sections and zones of every sentence; sentences are cut at heading and field lines."""
    secs = tuple(sections) if sections is not None else tuple(find_sections(text))
    if not any(x.name.lower() != "infobox" for x in secs):
        secs = tuple(sorted((*secs, *bare_sections(text)), key=lambda x: (x.start, -x.end)))
    ctx = DocumentContext(sections=secs, title=title, metadata=dict(metadata or {}))
    para_starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    for s, e in _cut_at_dated_clauses(text, _cut_at_lines(text, sentences)):
        para = _bisect(para_starts, s)
        idx = _innermost(secs, s)
        zone = section_zone(secs[idx].name) if idx >= 0 else "event"
        kind = _line_kind(text[s:e].split("\n", 1)[0])
        narrative = kind == "text" and zone != "skip" and len(text[s:e].split()) >= 3
        ctx.units.append(Unit(s, e, para, idx, zone, narrative))
    return ctx


# a heading line of plain text: a few capitalised words alone between a blank line and its paragraph
# ("Background", "Casualties", "Aftermath and reactions", "Contexte")
_BARE_HEADING = re.compile(r"(?<=\n\n)(?P<h>[A-ZÀ-Ý][^\W\d_]*(?:[ '’-][^\W\d_]+){0,4})[ \t]*\n(?=[^\s])", re.UNICODE)


def bare_sections(text: str) -> list[Section]:
    """Sections under heading lines without markup, as plain-text copies of encyclopedia articles have them.

    Ingest knows marked-up headings ("== Background ==", "# Aftermath"); a page saved as plain text keeps
    only the heading's words on a line of their own. Without them the background, aftermath and reactions
    of an article would be read as its main event. A section runs to the next such heading.
    """
    heads = [m for m in _BARE_HEADING.finditer(text) if len(m.group("h")) <= 40]
    out: list[Section] = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        end = m.start() + len(text[m.start() : end].rstrip())
        out.append(Section(m.group("h").strip(), m.start(), end))
    return out


def _cut_at_lines(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with heading, field and letterhead lines split off (they end without a full stop)."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        start = s
        pos = s
        for line in text[s:e].split("\n"):
            end = pos + len(line)
            kind = _line_kind(line)
            if kind in ("heading", "field", "caps", "blank"):
                if text[start:pos].strip():
                    out.append(_trim(text, start, pos))
                if kind != "blank":
                    out.append(_trim(text, pos, end))
                start = end + 1
            pos = end + 1
        if start < e and text[start:e].strip():
            out.append(_trim(text, start, e))
    return out


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
)
_DATED_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+|while\s+|whereas\s+|et\s+|tandis\s+que\s+)?"
    r"(?=(?:on|in|le|en)\s+(?:\d{1,2}(?:er)?\s+)?" + _MONTHS + r"\b)"
)
_HAS_DATE = re.compile(r"\b(?:\d{1,2}(?:er)?\s+)?" + _MONTHS + r"\b")


def _cut_at_dated_clauses(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence that joins two dated acts ("On 2 January 100 villagers were killed in X, and on 15 March
    gunmen killed 58 passengers in Y") is two units: each clause keeps its own date, place and toll."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for m in _DATED_CLAUSE.finditer(text, s, e):
            if _HAS_DATE.search(text, start, m.start()) and re.search(r"[^\W\d]", text[m.end() : e]):
                out.append(_trim(text, start, m.start()))
                start = m.end()
        out.append(_trim(text, start, e) if start > s else (s, e))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def section_at(secs: Sequence[Section], pos: int) -> int:
    """Index of the innermost section holding ``pos`` (-1: none)."""
    return _innermost(secs, pos)


def _innermost(secs: Sequence[Section], pos: int) -> int:
    best = -1
    for i, sec in enumerate(secs):
        if sec.start <= pos < sec.end and (best < 0 or sec.end - sec.start < secs[best].end - secs[best].start):
            best = i
    return best


_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'’-]{1,40}(?:\s*\([^)]{1,40}\))?,\s*(?P<date>[^—–:-]{4,30}?)\s*(?:—|–|-|:)")


def reference_date(text: str, ctx: DocumentContext, dates: Sequence[TimeExpr]) -> TimeExpr | None:
    """A dateline ("PARIS, June 5, 2020 —") or a header "Date:" line: when the text was written.

    Its date is excluded from event dates and, when the document has no publication date, anchors relative
    expressions ("on Wednesday").
    """
    firsts: dict[int, Unit] = {}
    for u in ctx.units:
        if u.narrative:
            firsts.setdefault(u.para, u)
    for first in list(firsts.values())[:3]:
        m = _DATELINE.match(text[first.start : first.end])
        if m:
            lo, hi = first.start + m.start("date"), first.start + m.end("date")
            for d in dates:
                if lo <= d.start < hi and d.precision == "day":
                    return d
    # the header lines before the first real section (an infobox alone is not one: then the whole text is header)
    body = min((s.start for s in ctx.sections if s.name != "Infobox"), default=None)
    for u in ctx.units:
        if u.narrative or (body is not None and u.start >= body):
            continue
        line = text[u.start : u.end]
        if re.match(r"\s*(?:date|dated|issued on|published)\s*:", line, re.IGNORECASE):
            for d in dates:
                if u.start <= d.start < u.end and d.precision == "day":
                    return d
    return None
