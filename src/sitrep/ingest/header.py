"""Report metadata from the text itself: title, subject, reference, issuing organisation, dates.

Staff reports and bulletins put this in a header block (organisation letterhead, reference, subject line,
date) and sometimes a sign-off ("Approved on ..."). The header region is the text before the first
section heading, capped at a few dozen lines; only there are all-caps lines read as a letterhead and
reference-like codes as the document's reference, so a code quoted in the body is not mistaken for it.

Raw strings go into metadata as written. A date becomes ``published`` only when it parses to a full
day, month and year; numeric dates are read day-first (``03.06.2020`` is 3 June), the convention of
the European and African sources this tool reads.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.ingest.sections import (
    MD_HEADING,
    WIKI_HEADING,
    Line,
    find_headings,
    infobox_metadata,
    split_lines,
    unwrap,
)

_HEADER_MAX_LINES = 40
_HEADER_MAX_CHARS = 3000
_TITLE_MAX_CHARS = 120

_SUBJECT = re.compile(
    r"^(?:subject|subj\.?|objet|sujet|title|titre|re)[ \t]*(?:\(([^)\n]{1,40})\))?[ \t]*:[ \t]*(\S.*)$", re.I
)
_REFERENCE = re.compile(
    r"\b(?:reference|référence|ref\.?|réf\.?)(?:[ \t]*(?:no\.?|n°|nº|number|#))?[ \t]*[:：]?[ \t]*"
    r"([A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*|\d[A-Z0-9/._-]*)",
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:date|dated|published|issued|issued on|publié le|date de publication|fait le)"
    r"[ \t]*[:\-]?[ \t]*(\S.*)$",
    re.I,
)
_PLACE_DATE = re.compile(r"^[^\W\d_][\w' .-]{1,40},[ \t]+(?:le|on|the)[ \t]+(\S.*\d{4})\.?$", re.I)
"""A letter's "Paris, le 5 juin 2021" / "Bamako, on 3 May 2021" line."""
_APPROVED = re.compile(
    r"^[ \t]*(?:approved|approuvé|validé)(?:[ \t]+(?:on|le)[ \t]*:?|[ \t]*:)[ \t]*(\S.*)$", re.I | re.M
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
_BARE_DATE = re.compile(
    rf"^(?:\w+,?[ \t]+)?(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?[ \t]+(?:{_MONTHS})[ \t]+\d{{4}}|"
    rf"(?:{_MONTHS})[ \t]+\d{{1,2}},?[ \t]+\d{{4}})$",
    re.I,
)
_ORG_WORDS = frozenset(
    [
        "centre",
        "center",
        "ministry",
        "ministère",
        "command",
        "commandement",
        "agency",
        "agence",
        "office",
        "bureau",
        "institute",
        "institut",
        "organisation",
        "organization",
        "nations",
        "council",
        "conseil",
        "department",
        "département",
        "directorate",
        "direction",
        "headquarters",
        "état-major",
        "forces",
        "army",
        "armée",
        "mission",
        "committee",
        "comité",
        "service",
        "services",
        "cell",
        "cellule",
        "excellence",
        "commission",
        "secretariat",
        "secrétariat",
        "observatory",
        "observatoire",
        "network",
        "réseau",
        "association",
        "foundation",
        "fondation",
        "university",
        "université",
        "embassy",
        "ambassade",
        "programme",
        "program",
        "unit",
        "group",
        "groupe",
        "police",
        "gendarmerie",
        "government",
        "gouvernement",
        "union",
        "coalition",
        "alliance",
    ]
)
_ORDINALS = {
    w: n
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_ORDINAL_WORD = re.compile(r"\b(?:(twenty|thirty)[- ])?(" + "|".join(_ORDINALS) + r")\b", re.I)
_SUPERSCRIPT = re.compile(r"\^\w+")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "PREFER_DATES_FROM": "past",
}


@dataclass
class HeaderInfo:
    title: str | None = None
    published: date | None = None
    organisation: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def read_header(text: str, *, infer_title: bool = True) -> HeaderInfo:
    """Metadata found in normalised ``text`` (keys: title, subject, document_type, reference,
    organisation, date, approved, infobox.*)."""
    lines = split_lines(text)
    header = _header_lines(text, lines)
    info = HeaderInfo(metadata=infobox_metadata(text))
    subject = _subject(header)
    if subject is not None:
        kind, value = subject
        info.metadata["subject"] = value
        if kind:
            info.metadata["document_type"] = kind
    reference = _reference(header)
    if reference:
        info.metadata["reference"] = reference
    info.organisation = _organisation(header)
    if info.organisation:
        info.metadata["organisation"] = info.organisation
    if infer_title:
        info.title = (
            _heading_title(lines[: 2 * _HEADER_MAX_LINES])
            or (subject[1] if subject else None)
            or _first_short_line(header)
        )
        if info.title:
            info.metadata["title"] = info.title
    header_date = _header_date(header)
    if header_date:
        info.metadata["date"] = header_date
    approved = _APPROVED.search(text)
    if approved:
        info.metadata["approved"] = approved.group(1).strip()
    for raw in (header_date, info.metadata.get("approved")):
        parsed = parse_full_date(raw) if raw else None
        if parsed:
            info.published = parsed
            break
    return info


def _header_lines(text: str, lines: Sequence[Line]) -> list[Line]:
    """Lines before the first section heading (the wiki title does not end the header)."""
    first = next((h.line.start for h in find_headings(text) if not (h.kind == "wiki" and h.level == 1)), len(text))
    limit = min(first, _HEADER_MAX_CHARS)
    header = (ln for ln in itertools.takewhile(lambda ln: ln.start < limit, lines) if not ln.blank)
    return list(itertools.islice(header, _HEADER_MAX_LINES))


def _subject(header: list[Line]) -> tuple[str | None, str] | None:
    for line in header:
        match = _SUBJECT.match(unwrap(line.text))
        if match:
            return (match.group(1).strip() if match.group(1) else None), match.group(2).strip()
    return None


def _reference(header: list[Line]) -> str | None:
    for line in header:
        match = _REFERENCE.search(unwrap(line.text))
        if match:
            return match.group(1).rstrip("._-/")
    return None


def _is_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) and not any(ch.isdigit() for ch in line)


def _clean_marks(line: str) -> str:
    return line.replace("**", "").replace("__", "").lstrip("#").strip()


def _organisation(header: list[Line]) -> str | None:
    """Consecutive all-caps lines (a letterhead) that contain an organisation word."""
    blocks: list[list[str]] = []
    previous: Line | None = None
    for line in header:
        text = _clean_marks(line.text)
        if _is_caps(text) and len(text.split()) <= 12:
            adjacent = previous is not None and blocks and line.start == previous.end + 1
            if adjacent:
                blocks[-1].append(text)
            else:
                blocks.append([text])
            previous = line
        else:
            previous = None
    for block in blocks:
        name = " ".join(block)
        if any(word.lower().strip(",.;:()") in _ORG_WORDS for word in name.split()):
            return name
    return None


def _heading_title(lines: Sequence[Line]) -> str | None:
    """A wiki ``= Title =`` line, or a wiki/Markdown heading that opens the document."""
    for line in lines:
        wiki = WIKI_HEADING.match(line.text)
        if wiki and len(wiki.group(1)) == 1:
            return wiki.group(2).strip()
    first = next((ln for ln in lines if not ln.blank), None)
    if first is None:
        return None
    md = MD_HEADING.match(first.text)
    if md:
        return unwrap(md.group(2))
    wiki = WIKI_HEADING.match(first.text)
    return wiki.group(2).strip() if wiki else None


def _first_short_line(header: list[Line]) -> str | None:
    for line in header[:5]:
        text = _clean_marks(line.text)
        if not text or _is_caps(text) or "@" in text or "://" in text:
            continue
        if _REFERENCE.search(text) or _BARE_DATE.match(text) or _DATE_LINE.match(text):
            continue
        if len(text) <= _TITLE_MAX_CHARS and not text.endswith((".", ":", ";", ",")):
            return text
        return None
    return None


def _header_date(header: list[Line]) -> str | None:
    for line in header:
        text = _clean_marks(line.text)
        match = _DATE_LINE.match(text)
        if match:
            return match.group(1).strip()
        if _BARE_DATE.match(text):
            return text
        place_date = _PLACE_DATE.match(text)
        if place_date:
            return place_date.group(1).strip()
    return None


def parse_full_date(raw: str) -> date | None:
    """A date with day, month and year, read day-first; None when any part is missing or unclear.

    Tidies what sign-off lines contain: superscript markers from text conversion (``1^st``), ``the``,
    and ordinal words (``July the First 2020``).
    """
    cleaned = _SUPERSCRIPT.sub("", raw)
    cleaned = _ORDINAL_WORD.sub(_ordinal_number, cleaned)
    cleaned = re.sub(r"\bthe\b", " ", cleaned, flags=re.I)
    cleaned = " ".join(cleaned.split()).strip(" .,;")
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        return None
    import dateparser  # deferred: importing dateparser costs a noticeable fraction of a second

    try:
        parsed = dateparser.parse(cleaned, languages=["en", "fr"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def _ordinal_number(match: re.Match[str]) -> str:
    tens = {"twenty": 20, "thirty": 30}.get((match.group(1) or "").lower(), 0)
    return str(tens + _ORDINALS[match.group(2).lower()])
