"""Event coding of whole documents: reports, encyclopedia articles, wire stories.

A short note reports one incident in one or two sentences, and :mod:`sitrep.nlp.extract` codes it sentence
by sentence. A whole document is different in three ways, and this module handles each:

* **The frame is spread out.** "On 3 June the operation was launched ..." gives the date, a sentence two
  paragraphs later names the village, and "Four militants were killed" gives the toll. Each narrative
  sentence's arguments (dates, places, counts, actors) are attached to the nearest trigger sentence of the
  same paragraph, else of the same section, and a frame takes the most specific value of each field.
* **Most sentences are not events.** Assessments, prospects and background ("the ongoing fighting between
  X and Y", "an attempt to negotiate", "would change little") describe states, possibilities and opinions.
  Sections are zoned by name (analysis sections give nothing; background and aftermath only dated,
  specific reports) and sentences by mood (modal or conditional wording, announcements of a death that
  was reported elsewhere) before any event is built.
* **One event is told many times.** The title, the infobox, the lead and a "Battle" section all describe
  the same raid; frames of one document that agree on type, date and place are merged, so a document gives
  one mention per real event, the primary one first (the infobox / title / lead event of an article, the
  first event of an "Events" section of a brief), the rest by importance.

The document's country is where its events happen (the primary event's place, the infobox place), not the
country word that occurs most often, and is written with ACLED's country names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.ingest.sections import find_sections
from sitrep.model import EVENT_TYPES, ActorMention, DatePrecision, EventMention, Place, Section, Span
from sitrep.nlp.actors import ActorEntry, ActorHit, ActorKB
from sitrep.nlp.fatalities import Toll, count_captured, count_fatalities
from sitrep.nlp.numbers import parse_count
from sitrep.nlp.places import PlaceMention
from sitrep.nlp.timex import TimeExpr, find_dates
from sitrep.nlp.triggers import Trigger

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor, _Draft, _State

__all__ = [
    "ACLED_COUNTRY_NAMES",
    "DocumentContext",
    "InfoboxFrame",
    "acled_country",
    "assemble_events",
    "is_whole_document",
    "read_infobox",
    "section_zone",
    "sentence_mood",
]

# --- country names --------------------------------------------------------------------------------------

ACLED_COUNTRY_NAMES: dict[str, str] = {
    "burkina": "Burkina Faso",
    "côte d'ivoire": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "côte d’ivoire": "Ivory Coast",
    "the gambia": "Gambia",
    "gambia, the": "Gambia",
    "democratic republic of the congo": "Democratic Republic of Congo",
    "dr congo": "Democratic Republic of Congo",
    "congo, the democratic republic of the": "Democratic Republic of Congo",
    "republic of the congo": "Republic of Congo",
    "congo": "Republic of Congo",
    "united states of america": "United States",
    "usa": "United States",
    "us": "United States",
    "uk": "United Kingdom",
    "libyan arab jamahiriya": "Libya",
    "cabo verde": "Cape Verde",
    "eswatini": "eSwatini",
    "swaziland": "eSwatini",
    "guinea bissau": "Guinea-Bissau",
    "the niger": "Niger",
    "republic of niger": "Niger",
    "republic of mali": "Mali",
    "western sahara": "Western Sahara",
}
"""Variant country names (GeoNames short forms, ISO long forms) to the names ACLED's data uses (ACLED
codebook, country list: "Burkina Faso", "Ivory Coast", "Democratic Republic of Congo", "eSwatini")."""


def acled_country(name: str | None) -> str | None:
    """ACLED's name for a country ("Burkina" → "Burkina Faso"); unknown names pass through."""
    if name is None:
        return None
    return ACLED_COUNTRY_NAMES.get(name.strip().lower(), name)


def acled_place(place: Place) -> Place:
    fixed = acled_country(place.country)
    return place if fixed == place.country else replace(place, country=fixed)


# --- layout: which parts of a text are narrative, and in which zone ---------------------------------------

_ANALYSIS = re.compile(
    r"assessment|analys[ie]s|prospect|recommendation|outlook|comment|conclusion|implication|forecast|"
    r"evaluation|opinion|disclaimer|significance|legacy|lessons|perspective|scenario|evolution|"
    r"[ée]valuation|perspectives?|analyse|commentaire|recommandation",
    re.IGNORECASE,
)
_CONTEXT = re.compile(
    r"background|history|context|prelude|origins?|antecedents?|aftermath|reactions?|consequences?|"
    r"investigation|response|contexte|historique|suites|r[ée]actions?",
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


def is_whole_document(text: str, sections: Sequence[Section]) -> bool:
    """True for texts with sections or several paragraphs: short notes keep sentence-level coding."""
    if sections:
        return True
    paras = [p for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 6]
    return len(paras) >= 2 or len(text) > 1200


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
    ctx = DocumentContext(sections=secs, title=title, metadata=dict(metadata or {}))
    para_starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    for s, e in _cut_at_lines(text, sentences):
        para = _bisect(para_starts, s)
        idx = _innermost(secs, s)
        zone = section_zone(secs[idx].name) if idx >= 0 else "event"
        kind = _line_kind(text[s:e].split("\n", 1)[0])
        narrative = kind == "text" and zone != "skip" and len(text[s:e].split()) >= 3
        ctx.units.append(Unit(s, e, para, idx, zone, narrative))
    return ctx


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


def _innermost(secs: Sequence[Section], pos: int) -> int:
    best = -1
    for i, sec in enumerate(secs):
        if sec.start <= pos < sec.end and (best < 0 or sec.end - sec.start < secs[best].end - secs[best].start):
            best = i
    return best


# --- reference date and datelines -------------------------------------------------------------------------

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
    for u in ctx.units:
        if u.narrative or (ctx.sections and u.start >= min(s.start for s in ctx.sections if s.name != "Infobox")):
            continue
        line = text[u.start : u.end]
        if re.match(r"\s*(?:date|dated|issued on|published)\s*:", line, re.IGNORECASE):
            for d in dates:
                if u.start <= d.start < u.end and d.precision == "day":
                    return d
    return None


# --- sentence mood ----------------------------------------------------------------------------------------

_IRREALIS = re.compile(
    r"\b(?:could|would|might|will|shall|should|must|cannot|can't|can|won't|wouldn't|likely|unlikely|"
    r"possibl[ey]|probabl[ey]|perhaps|expected to|plans? to|planned to|planning to|intends? to|intended to|"
    r"threat(?:en(?:s|ed)?)? to|aims? to|aimed at|attempt(?:s|ed|ing)? (?:to|at)|attempt to|"
    r"tr(?:y|ies|ied|ying) to|endeavou?r\w*|seeks? to|sought to|in order to|if|unless|whether|ongoing|"
    r"current(?:ly)?|continu(?:e|es|ing) to|ruled out|suggests?|potential(?:ly)?|future|hypothetical\w*|"
    r"risks?|risked|whenever|usually|often|generally|typically)\b"
    r"|\bmay\b",  # lower-case only: "May" is a month
    re.IGNORECASE,
)
_ANNOUNCE = re.compile(
    r"\b(?:announc\w+|confirm\w*|acknowledg\w+|declar\w+|said|says|stated|reported|indicated|recogni[sz]\w+|"
    r"denied|tweeted|wrote|revealed|published|statement|communiqu\w+|press release|video|"
    r"annonc\w+|reconn\w+|déclar\w+|indiqu\w+|revendiqu\w+|démenti)\b",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\b(?:death|deaths|killing|loss|capture|neutrali[sz]ation|elimination|attack|raid|operation|strike|"
    r"assassination|execution|kidnapping|abduction|"
    r"mort|décès|assassinat|exécution|enlèvement|attaque|neutralisation|élimination|capture)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|:|—| – |,\s*(?:but|while|whereas|although|though|since|because)\b|\bbut\b")


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` around offset ``pos`` (relative), by coordinating punctuation."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def sentence_mood(text: str, start: int, end: int, trigger: Trigger) -> str:
    """``report``, ``irrealis`` (modal, conditional, attempted, ongoing) or ``announcement``.

    An announcement ("the minister announced the death of X", "X's death is also confirmed") is news
    about an event reported elsewhere, not a new event; a report followed by its attribution ("soldiers
    killed X, the minister said") stays a report.
    """
    sent = text[start:end]
    t0 = trigger.start - start
    lo, hi = _clause(sent, t0)
    clause = sent[lo:hi]
    for m in _IRREALIS.finditer(clause):
        word = m.group(0)
        if word == "May" or word == "Will":
            continue
        if word.lower() in ("can", "will") and re.match(r"\s*(?:of|$)", clause[m.end() :]):
            continue
        return "irrealis"
    if "?" in sent:
        return "irrealis"
    before = sent[:t0]
    nominal = bool(_NOMINAL.fullmatch(trigger.text)) or trigger.text.lower() in ("death", "deaths", "killing", "mort")
    if nominal and _ANNOUNCE.search(before[-120:]):
        return "announcement"
    if nominal and re.match(
        r"[^.;]{0,40}?\b(?:is|was|were|has been|had been)\s+(?:also\s+|officially\s+)?"
        r"(?:confirmed|announced|acknowledged|claimed|reported)",
        sent[trigger.end - start :],
    ):
        return "announcement"
    if re.search(r"\b(?:confirmation|news|announcement|reports?) of\s+(?:the\s+)?$", before):
        return "announcement"
    return "report"


def not_an_act(text: str, trig: Trigger) -> bool:
    """Trigger words that name a thing, not an act, in long texts ("attack helicopter", "fighters",
    "C-IED", "a statement released")."""
    word = trig.text.lower()
    before = text[max(0, trig.start - 25) : trig.start]
    after = text[trig.end : trig.end + 25]
    if re.search(r"(?:\bC-|\bcounter[- ]?)$", before, re.IGNORECASE):
        return True
    if word.startswith("fighter"):
        return True
    if trig.cls in ("attack", "air") and re.match(
        r"\s*(?:helicopters?|aircraft|jets?|planes?|drones?|submarines?|dogs?)\b", after, re.IGNORECASE
    ):
        return True
    if word in ("released", "published", "issued") and re.search(
        r"\b(?:statement|video|message|communiqu\w+|report|audio|recording|photos?)\b[\w\s,]{0,15}$",
        before,
        re.IGNORECASE,
    ):
        return True
    return bool(
        trig.cls == "clash"
        and re.search(
            r"\b(?:fight|struggle|battle) (?:for|against) (?:peace|terror)", text[trig.start : trig.end + 20], re.I
        )
    )


def _relative_clauses(sent: str) -> list[tuple[int, int]]:
    """Non-restrictive relative clauses (", which ... ,", ", who ... ,"): asides, not the event's frame."""
    out = []
    for m in re.finditer(r",\s*(?:which|who|whose|whom)\b[^,;.]*(?:[,.]|$)", sent):
        out.append((m.start(), m.end()))
    return out


# --- infobox ----------------------------------------------------------------------------------------------


@dataclass
class InfoboxFrame:
    """The structured frame of an infobox: each value with the span of its line (None from metadata)."""

    date: TimeExpr | None = None
    place: PlaceMention | None = None
    place_span: Span | None = None
    actors: list[tuple[ActorHit, str]] = field(default_factory=list)
    fatalities: Toll | None = None
    captured: Toll | None = None
    evidence: Span | None = None

    @property
    def empty(self) -> bool:
        return self.date is None and self.place is None and not self.actors and self.fatalities is None


_INFOBOX_LINE = re.compile(r"^[ \t]*[-*•|][ \t]*([^:=\n]{1,40}?)[ \t]*[:=][ \t]?(.*?)[ \t]*$", re.MULTILINE)
_NO_LOSSES = re.compile(r"^\s*(?:none|nil|no(?:ne)? (?:losses|casualties|deaths)|0|zero|aucune?)\s*\.?\s*$", re.I)


def read_infobox(
    text: str,
    sections: Sequence[Section],
    metadata: Mapping[str, str],
    st: _State,
    kb: ActorKB,
    find_places: object | None = None,
) -> InfoboxFrame | None:
    """The event frame of an ``Infobox`` section (``- Date:``, ``- Place:``, ``- Combatant1:`` ...).

    Combatants are matched with the actor file; an empty combatant line is filled from the ``Result`` line
    ("French victory" names the winning side) when that side is not the other combatant. Casualties of both
    sides are added; "None" is zero.
    """
    box = next((s for s in sections if s.name.lower() == "infobox"), None)
    frame = InfoboxFrame()
    lines: dict[str, tuple[int, int, str]] = {}
    if box is not None:
        for m in _INFOBOX_LINE.finditer(text, box.start, box.end):
            key = re.sub(r"\s+", "", m.group(1).lower())
            lines.setdefault(key, (m.start(2), m.end(2), m.group(2)))
        frame.evidence = Span(box.start, box.end)
    if not lines and not any(k.startswith("infobox.") for k in metadata):
        return None
    if "date" in lines:
        s, e, _v = lines["date"]
        ds = [d for d in st.dates if s <= d.start < e]
        if ds:
            frame.date = min(ds, key=lambda d: _PRECISION_RANK.get(d.precision, 9))
    elif "infobox.date" in metadata:
        ds = find_dates(metadata["infobox.date"], st.published)
        if ds:
            d = ds[0]
            frame.date = TimeExpr(0, 0, d.text, d.value, d.precision)
    if "place" in lines:
        s, e, _v = lines["place"]
        cands = _collapse_relative([p for p in st.places if s <= p.start < e])
        if cands:
            frame.place = min(cands, key=lambda p: (p.place.geo_precision, p.start))
            frame.place_span = Span(frame.place.start, frame.place.end)
    sides: dict[str, list[ActorHit]] = {}
    for n in ("1", "2", "3"):
        key = f"combatant{n}"
        if key in lines:
            s, e, _v = lines[key]
            hits = [h for h in st.actors if s <= h.start < e]
            if not hits:
                hits = _demonym_forces(text, s, e, kb)
            sides[n] = hits
    if "result" in lines and sides:
        s, e, _v = lines["result"]
        winners = _demonym_forces(text, s, e, kb)
        named = {h.entry.key for hs in sides.values() for h in hs}
        for n in ("1", "2"):
            if n in sides and not sides[n]:
                sides[n] = [w for w in winners if w.entry.key not in named][:1]
    for n, hits in sorted(sides.items()):
        role = "actor1" if n == "1" else "actor2" if n == "2" else "assoc"
        frame.actors.extend((h, role) for h in hits)
    total: Toll | None = None
    captured: Toll | None = None
    for key in ("casualties1", "casualties2", "casualties3", "casualties"):
        if key not in lines:
            continue
        s, e, v = lines[key]
        if _NO_LOSSES.match(v):
            t = Toll(0, s, e)
        else:
            t = count_fatalities(text, s, e)
            if t.value is None:
                n0 = parse_count(v.split()[0]) if v.split() else None
                t = Toll(n0, s, e) if n0 is not None and re.search(r"kill|dead|death", v, re.I) else t
        if t.value is not None:
            if total is None or not total.value:
                total = t
            elif t.value:
                total = Toll(total.value + t.value, min(total.start, t.start), max(total.end, t.end))
        c = count_captured(text, s, e)
        if c.value is not None:
            captured = c if captured is None else Toll((captured.value or 0) + c.value, captured.start, c.end)
    frame.fatalities = total
    frame.captured = captured
    return None if frame.empty else frame


def _demonym_forces(text: str, start: int, end: int, kb: ActorKB) -> list[ActorHit]:
    """The armed forces of a country named or implied ("France", "French") in ``text[start:end]``."""
    out: list[ActorHit] = []
    taken: set[str] = set()
    for word, entry in _force_words(kb).items():
        if entry.key in taken:
            continue
        m = re.search(rf"\b{re.escape(word)}\b", text[start:end])
        if m:
            taken.add(entry.key)
            out.append(ActorHit(start + m.start(), start + m.end(), m.group(0), entry))
    return sorted(out, key=lambda h: h.start)


_FORCE_WORDS: dict[int, dict[str, ActorEntry]] = {}


def _force_words(kb: ActorKB) -> dict[str, ActorEntry]:
    """Country names and demonyms to that country's army entry, from the actor file alone.

    The ``countries`` table gives the Sahel states' adjectives; foreign forces ("Military Forces of
    France") have none there, so the demonym is read off their aliases: a capitalised first word that starts
    at least two aliases ("French troops", "French army" → "French").
    """
    cached = _FORCE_WORDS.get(id(kb))
    if cached is not None:
        return cached
    words: dict[str, ActorEntry] = {}
    for country, adjs in kb.countries.items():
        entry = kb.entries.get(f"military:{country}")
        if entry is not None:
            for w in (country, *adjs):
                words.setdefault(w, entry)
    aliases: dict[str, list[str]] = {}
    for alias, key in kb.patterns:
        aliases.setdefault(key, []).append(alias)
    for key, entry in kb.entries.items():
        if entry.kind != "state" or not entry.country or not entry.canonical.startswith("Military Forces"):
            continue
        words.setdefault(entry.country, entry)
        firsts: dict[str, int] = {}
        for a in aliases.get(key, []):
            parts = a.split()
            if len(parts) >= 2 and parts[0][:1].isupper() and parts[0].isalpha():
                firsts[parts[0]] = firsts.get(parts[0], 0) + 1
        for w, n in firsts.items():
            if n >= 2:
                words.setdefault(w, entry)
    _FORCE_WORDS[id(kb)] = words
    return words


# --- frames -----------------------------------------------------------------------------------------------

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
_VIOLENT_TYPES = ("Battles", "Violence against civilians", "Explosions/Remote violence")
_MERGEABLE_SD = (
    "Arrests",
    "Change to group/activity",
    "Looting/property destruction",
    "Disrupted weapons use",
    "Other",
)


@dataclass
class Frame:
    """One event being assembled from one or more trigger sentences and their attached sentences."""

    drafts: list[_Draft]
    zone: str
    section: int
    para: int
    etype: str
    subtype: str
    date: TimeExpr | None = None
    place: PlaceMention | None = None
    place_value: Place | None = None
    fatalities: Toll | None = None
    death_word: bool = False
    captured: Toll | None = None
    actors: list[tuple[ActorHit, str]] = field(default_factory=list)
    from_infobox: bool = False
    in_lead: bool = False
    nominal: bool = False
    confidence: float = 0.5

    @property
    def start(self) -> int:
        return self.drafts[0].sent[0] if self.drafts else 0


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|around|outside|inside|into|within|across|towards?|nearby|by|between|along|"
    r"close to|outskirts of|vicinity of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?|"
    r"(?:village|town|city|locality|commune|district|region|area|province|cercle|circle|wadi|valley|"
    r"forest|battle|siege|fall|capture|outskirts|municipality|department|prefecture|hamlet|camp) of|"
    r"(?:attacks?|raids?|assaults?|strikes?|ambush(?:es)?|offensive) (?:on|against))"
    r"\s+(?:the\s+)?(?:(?:town|village|city|area|locality|commune|region|district|province|hamlet) of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
    r"south-?western)\s+)?)$",
    re.IGNORECASE,
)
_BORDER = re.compile(r"\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:border|frontier)", re.IGNORECASE)
_EVENT_NOUN_AFTER = re.compile(
    r"^\s+(?:raid|attack|ambush|massacre|bombing|battle|clashes|siege|operation|offensive|strike|killings?)\b",
    re.IGNORECASE,
)


def _collapse_relative(cands: list[PlaceMention]) -> list[PlaceMention]:
    """A relative expression containing a toponym ("a few km south of X") is coded at the toponym, as ACLED
    names the nearest named place; the relative mention itself is dropped when its anchor is there."""
    out = []
    for p in cands:
        inner = [
            q
            for q in cands
            if q is not p and p.start <= q.start and q.end <= p.end and (q.start, q.end) != (p.start, p.end)
        ]
        if inner:
            continue
        out.append(p)
    return out


def _locative(text: str, p: PlaceMention, unit_start: int) -> bool:
    """The place is where something happened ("in X", "near X", "X raid"), not an origin or a border."""
    before = text[max(unit_start, p.start - 60) : p.start]
    after = text[p.end : p.end + 30]
    if _BORDER.search(before) or _BORDER_AFTER.match(after):
        return False
    if re.search(r"\b(?:from|of)\s+(?:the\s+)?$", before) and not _LOCATIVE_BEFORE.search(before):
        return False
    if _LOCATIVE_BEFORE.search(before):
        return True
    if _EVENT_NOUN_AFTER.match(after):
        return True
    if re.match(r"^\s*\(", after) or re.search(r"\(\s*$", before):  # "Talhandak area (Mali)"
        return True
    return bool(re.match(r"^\s+(?:area|region|zone|sector|locality|commune)\b", after, re.IGNORECASE))


def _place_ok(current: Place | None, new: Place) -> bool:
    """``new`` may refine ``current``: it lies in the same country (and admin1, when both have one)."""
    if current is None:
        return True
    if current.country and new.country and acled_country(current.country) != acled_country(new.country):
        return False
    return not (current.admin1 and new.admin1 and current.geo_precision < 3 and current.admin1 != new.admin1)


def _more_specific(a: Place, b: Place | None) -> bool:
    """``a`` is more specific than ``b``: village beats district beats region beats country."""
    if b is None:
        return True
    return _specificity(a) > _specificity(b)


def _specificity(p: Place) -> int:
    if p.name and p.country and p.name == p.country and p.admin1 is None:
        return 0
    if p.geo_precision == 3 and p.admin1 and not p.admin2 and p.name in (p.admin1,):
        return 1
    return {1: 4, 2: 3, 3: 2}[p.geo_precision]


_COMPANIONS = re.compile(
    r"\b(?:killed|died|dead|slain|perished|was shot dead|lost (?:his|her) life)\b[^.;()]{0,40}?\b"
    r"(?:along|together)\s+with\s+(?P<n>[\w-]+)\s+(?:other|others|of\s+(?:his|her|their)|more|fellow|"
    r"companions|comrades|associates|fighters|militants|men|people)",
    re.IGNORECASE,
)


def _sentence_toll(text: str, s: int, e: int, rel: Sequence[tuple[int, int]]) -> Toll:
    """Deaths of one sentence; "X was killed along with three others" counts X too (1 + 3)."""
    t = count_fatalities(text, s, e)
    if t.value is not None and any(a <= t.start - s < b for a, b in rel):
        t = Toll(None)
    m = _COMPANIONS.search(text, s, e)
    if m:
        n = parse_count(m.group("n"))
        if n is not None and (t.value is None or t.value == n):
            return Toll(n + 1, m.start(), m.end())
    return t


def assemble_events(ex: Extractor, text: str, st: _State, ctx: DocumentContext) -> list[EventMention]:
    """The events of a whole document, primary first, one mention per real event."""
    from sitrep.nlp.extract import _draft_for_sentence

    if ctx.reference is None:
        ref = reference_date(text, ctx, st.dates)
        if ref is not None:
            ctx.excluded_dates.add(ref.start)
            if st.published is None:
                ctx.reference = ref.value
                st.dates = [d for d in find_dates(text, ref.value)]
    units = ctx.units
    unit_of = {u.start: u for u in units}
    st.sentences = [(u.start, u.end) for u in units]
    # triggers that name things, or sit in asides, are not acts
    st.triggers = [t for t in st.triggers if not not_an_act(text, t)]
    frames: list[Frame] = []
    moods: dict[int, str] = {}
    for u in units:
        if not u.narrative or u.zone in ("analysis", "skip"):
            continue
        sent = text[u.start : u.end]
        rel = _relative_clauses(sent)
        saved = st.triggers
        st.triggers = [
            t for t in saved if not (u.start <= t.start < u.end and any(a <= t.start - u.start < b for a, b in rel))
        ]
        d = _draft_for_sentence(text, st, (u.start, u.end))
        st.triggers = saved
        if d is None:
            trig_here = [t for t in st.triggers if u.start <= t.start < u.end]
            moods[u.start] = sentence_mood(text, u.start, u.end, trig_here[0]) if trig_here else "report"
            continue
        mood = sentence_mood(text, u.start, u.end, d.trigger)
        moods[u.start] = mood
        if mood != "report":
            continue
        own_date = [x for x in st.dates if u.start <= x.start < u.end and x.start not in ctx.excluded_dates]
        if u.zone == "context" and not any(x.precision in ("day", "week", "month") for x in own_date):
            continue  # background and aftermath: only dated, specific reports are events
        fr = Frame([d], u.zone, u.section, u.para, d.etype, d.subtype)
        fr.nominal = bool(
            re.match(
                r"(?:the|this|that|its|their)\s+$", text[max(u.start, d.trigger.start - 6) : d.trigger.start], re.I
            )
        )
        fr.confidence = (0.6 if d.roles.initiators and d.roles.targets else 0.45) * (
            0.7 if u.zone == "context" else 1.0
        )
        frames.append(fr)
    if not frames and not _infobox_in(ctx):
        return []
    _attach(ex, text, st, ctx, frames, moods, unit_of)
    info = read_infobox(text, ctx.sections, ctx.metadata, st, ex.kb)
    merged = _merge(frames)
    primary = _pick_primary(text, ctx, merged, info)
    if info is not None:
        primary = _with_infobox(primary, info, ctx)
    rest = [f for f in merged if f is not primary]
    if primary is not None:
        rest = _absorb(primary, rest)
    rest.sort(key=lambda f: (-(f.fatalities.value or 0 if f.fatalities else 0), -_frame_specificity(f), f.start))
    ordered = ([primary] if primary is not None else []) + rest
    country = _frames_country(ordered, st)
    if country is not None:
        st.country = country
    return [_to_mention(ex, text, st, f, i, ctx.reference) for i, f in enumerate(ordered)]


def _infobox_in(ctx: DocumentContext) -> bool:
    return any(s.name.lower() == "infobox" for s in ctx.sections) or any(k.startswith("infobox.") for k in ctx.metadata)


def _attach(
    ex: Extractor,
    text: str,
    st: _State,
    ctx: DocumentContext,
    frames: list[Frame],
    moods: dict[int, str],
    unit_of: dict[int, Unit],
) -> None:
    """Fill each frame from its own sentence, then from the sentences attached to it.

    A narrative sentence that reports (not modal, not an announcement) is attached to the nearest frame of
    its paragraph, else of its section; its date, places, counts and participating actors fill what the
    frame lacks or refine what it has (a day beats a month, a village beats a country).
    """
    attached: dict[int, list[Unit]] = {id(f): [] for f in frames}
    index = {u.start: i for i, u in enumerate(ctx.units)}
    by_section: dict[int, list[tuple[int, Frame]]] = {}
    for f in frames:
        by_section.setdefault(unit_of[f.drafts[0].sent[0]].section, []).append((index[f.drafts[0].sent[0]], f))
    for u in ctx.units:
        if not u.narrative or u.zone in ("analysis", "skip") or moods.get(u.start, "report") != "report":
            continue
        here = by_section.get(u.section)
        if not here:
            continue
        ui = index[u.start]
        k = bisect_right([i for i, _f in here], ui)
        near = [here[j] for j in (k - 1, k) if 0 <= j < len(here)]
        best = min(
            near,
            key=lambda item: (
                unit_of[item[1].drafts[0].sent[0]].para != u.para,
                abs(item[0] - ui) * 2 + (item[0] > ui),
            ),
        )[1]
        if best.drafts[0].sent[0] != u.start:
            attached[id(best)].append(u)
    for f in frames:
        own = unit_of[f.drafts[0].sent[0]]
        units = [own, *sorted(attached[id(f)], key=lambda u: abs(u.start - own.start))]
        _fill(text, st, ctx, f, units)


def _fill(text: str, st: _State, ctx: DocumentContext, f: Frame, units: list[Unit]) -> None:
    trig = f.drafts[0].trigger
    for k, u in enumerate(units):
        sent = text[u.start : u.end]
        rel = _relative_clauses(sent)

        def aside(pos: int, u: Unit = u, rel: list[tuple[int, int]] = rel) -> bool:
            return any(a <= pos - u.start < b for a, b in rel)

        ds = [
            d
            for d in st.dates
            if u.start <= d.start < u.end and d.start not in ctx.excluded_dates and not aside(d.start)
        ]
        if ds:
            d = min(ds, key=lambda x: (_PRECISION_RANK.get(x.precision, 9), abs(x.start - trig.start)))
            if f.date is None or _PRECISION_RANK.get(d.precision, 9) < _PRECISION_RANK.get(f.date.precision, 9):
                f.date = d
        cands = _collapse_relative([p for p in st.places if u.start <= p.start < u.end])
        cands = [p for p in cands if _locative(text, p, u.start) and not aside(p.start)]
        cands.sort(key=lambda p: (-_specificity(p.place), abs(p.start - trig.start)))
        for p in cands:
            if _more_specific(p.place, f.place_value) and _place_ok(f.place_value, p.place):
                f.place, f.place_value = p, p.place
        toll = _sentence_toll(text, u.start, u.end, rel)
        if toll.value is not None and (f.fatalities is None or (f.fatalities.value or 0) < toll.value):
            f.fatalities = toll
        if any(t.cls == "kill" for t in st.triggers if u.start <= t.start < u.end):
            f.death_word = True
        cap = count_captured(text, u.start, u.end)
        if cap.value is not None and (f.captured is None or (f.captured.value or 0) < cap.value):
            f.captured = cap
        if k == 0:
            d0 = f.drafts[0]
            for hits, role in (
                (d0.roles.initiators, "actor1"),
                (d0.roles.targets, "actor2"),
                (d0.roles.assoc, "assoc"),
            ):
                f.actors.extend((h, role) for h in hits if not aside(h.start))
            if not d0.roles.initiators:
                f.actors.extend(_participants(text, st, u))
        else:
            f.actors.extend(_participants(text, st, u))


_PARTICIPATE = re.compile(
    r"^\s*(?:also\s+)?(?:participated|took part|joined|led|conducted|carried out|launched|mounted|executed)\b",
    re.IGNORECASE,
)
_AGENT_BEFORE = re.compile(
    r"\b(?:carried out|conducted|launched|led|mounted|executed|performed)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


def _participants(text: str, st: _State, u: Unit) -> list[tuple[ActorHit, str]]:
    """Actors a trigger-less sentence names as taking part ("French Special Forces participated")."""
    out: list[tuple[ActorHit, str]] = []
    for h in st.actors:
        if not (u.start <= h.start < u.end) or h.kind in ("civilian", "ethnic_group"):
            continue
        if _PARTICIPATE.match(text[h.end : h.end + 30]) or _AGENT_BEFORE.search(
            text[max(u.start, h.start - 40) : h.start]
        ):
            out.append((h, "actor1"))
    return out


def _dates_agree(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    if a is None or b is None:
        return True
    if a.value == b.value:
        return True
    coarse, fine = (a, b) if _PRECISION_RANK.get(a.precision, 9) >= _PRECISION_RANK.get(b.precision, 9) else (b, a)
    if coarse.precision == "month":
        return (coarse.value.year, coarse.value.month) == (fine.value.year, fine.value.month)
    if coarse.precision == "year":
        return coarse.value.year == fine.value.year
    if coarse.precision in ("week", "season"):
        return abs((coarse.value - fine.value).days) <= (7 if coarse.precision == "week" else 46)
    return False


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return (
        _place_ok(a, b)
        and _place_ok(b, a)
        and (a.geo_precision == 3 or b.geo_precision == 3 or a.name == b.name or _near(a, b))
    )


def _near(a: Place, b: Place, km: float = 30.0) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return a.admin1 == b.admin1 and a.admin1 is not None
    return abs(a.lat - b.lat) * 111 <= km and abs(a.lon - b.lon) * 111 <= km


def _types_agree(a: Frame, b: Frame) -> bool:
    if a.etype == b.etype:
        return a.etype != "Strategic developments" or a.subtype == b.subtype
    if a.etype in _VIOLENT_TYPES and b.etype in _VIOLENT_TYPES:
        return True
    pair = {a.etype, b.etype}
    if pair == {"Protests", "Riots"}:
        return True
    sd = a if a.etype == "Strategic developments" else b
    other = b if sd is a else a
    return other.etype in _VIOLENT_TYPES and sd.subtype in _MERGEABLE_SD and a.para == b.para


def _same_event(a: Frame, b: Frame) -> bool:
    """Two frames of one document report one event: compatible type, date and place, and either close
    together (same paragraph or section) or one restating the other (no date or place of its own)."""
    if not (_types_agree(a, b) and _dates_agree(a.date, b.date) and _places_agree(a.place_value, b.place_value)):
        return False
    if a.para == b.para or a.section == b.section:
        return True
    same_day = a.date is not None and b.date is not None and a.date.value == b.date.value
    restating = b.date is None or b.nominal or a.date is None
    return same_day or restating


def _merge(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for f in frames:
        target = next((g for g in out if _same_event(g, f)), None)
        if target is None:
            out.append(f)
        else:
            _combine(target, f)
    return out


def _combine(into: Frame, f: Frame) -> None:
    """``into`` takes the most specific value of each field from ``f``; the first frame's type stands,
    except that a violent type replaces a strategic development."""
    into.drafts.extend(f.drafts)
    if f.date is not None and (
        into.date is None or _PRECISION_RANK.get(f.date.precision, 9) < _PRECISION_RANK.get(into.date.precision, 9)
    ):
        into.date = f.date
    if (
        f.place_value is not None
        and _more_specific(f.place_value, into.place_value)
        and _place_ok(into.place_value, f.place_value)
    ):
        into.place, into.place_value = f.place, f.place_value
    if (
        f.fatalities is not None
        and f.fatalities.value is not None
        and (into.fatalities is None or (into.fatalities.value or 0) < f.fatalities.value)
    ):
        into.fatalities = f.fatalities
    into.death_word = into.death_word or f.death_word
    if (
        f.captured is not None
        and f.captured.value is not None
        and (into.captured is None or (into.captured.value or 0) < f.captured.value)
    ):
        into.captured = f.captured
    into.actors.extend(f.actors)
    if into.etype == "Strategic developments" and f.etype != "Strategic developments":
        into.etype, into.subtype = f.etype, f.subtype
    into.confidence = max(into.confidence, f.confidence)
    into.in_lead = into.in_lead or f.in_lead


def _lead_units(text: str, ctx: DocumentContext) -> tuple[int, int]:
    """The title and first narrative paragraph (of the first event section, for a sectioned brief)."""
    narrative = [u for u in ctx.units if u.narrative and u.zone == "event"]
    if not narrative:
        return (0, 0)
    named = [
        u
        for u in narrative
        if u.section >= 0 and re.search(r"event|summary|incident|facts", ctx.sections[u.section].name, re.I)
    ]
    first = named[0] if named else narrative[0]
    end = max(u.end for u in narrative if u.para == first.para)
    return (0 if not named else first.start, end)


def _pick_primary(text: str, ctx: DocumentContext, frames: list[Frame], info: InfoboxFrame | None) -> Frame | None:
    """The article's main event: the one of the infobox, title or lead paragraph."""
    if not frames:
        return None
    lo, hi = _lead_units(text, ctx)
    lead = [f for f in frames if any(lo <= d.sent[0] < hi for d in f.drafts)]
    for f in lead:
        f.in_lead = True
    if info is not None and info.date is not None:
        match = [
            f for f in frames if f.date is not None and f.date.value == info.date.value and f.etype in _VIOLENT_TYPES
        ]
        if match:
            return match[0]
    if lead:
        violent = [f for f in lead if f.etype in _VIOLENT_TYPES]
        return (violent or lead)[0]
    return frames[0]


def _with_infobox(primary: Frame | None, info: InfoboxFrame, ctx: DocumentContext) -> Frame | None:
    """The infobox frame joins the primary event: it gives the date, place, sides and tolls it states."""
    if primary is None:
        if info.date is None and info.place is None:
            return None
        from sitrep.nlp.extract import _Draft
        from sitrep.nlp.roles import Roles

        ev = info.evidence or Span(0, 0)
        trig = Trigger(ev.start, ev.start, "", "clash")
        draft = _Draft((ev.start, ev.end), trig, {"clash"}, Roles(), "Battles", "Armed clash")
        primary = Frame([draft], "event", -1, -1, "Battles", "Armed clash", from_infobox=True, confidence=0.6)
    if info.date is not None and (
        primary.date is None
        or _PRECISION_RANK.get(info.date.precision, 9) < _PRECISION_RANK.get(primary.date.precision, 9)
        or (info.date.value == primary.date.value and info.date.end > info.date.start)
    ):
        primary.date = info.date
    if info.place is not None and (
        primary.place_value is None
        or (
            _place_ok(primary.place_value, info.place.place)
            and info.place.place.geo_precision <= primary.place_value.geo_precision
        )
    ):
        primary.place, primary.place_value = info.place, info.place.place
    if info.fatalities is not None and info.fatalities.value is not None:
        primary.fatalities = info.fatalities
    if info.captured is not None and info.captured.value is not None:
        primary.captured = info.captured
    primary.actors = list(info.actors) + primary.actors
    primary.from_infobox = True
    primary.in_lead = True
    primary.confidence = max(primary.confidence, 0.6)
    return primary


def _absorb(primary: Frame, rest: list[Frame]) -> list[Frame]:
    """Frames that restate the primary event (after the infobox gave it its date and place) join it."""
    out = []
    for f in rest:
        if (
            _types_agree(primary, f)
            and _dates_agree(primary.date, f.date)
            and _places_agree(primary.place_value, f.place_value)
            and (f.date is None or (primary.date is not None and f.date.value == primary.date.value))
        ):
            _combine(primary, f)
        else:
            out.append(f)
    return out


def _frame_specificity(f: Frame) -> int:
    score = 0
    if f.date is not None and f.date.precision == "day":
        score += 2
    if f.place_value is not None:
        score += _specificity(f.place_value)
    return score


def _frames_country(frames: list[Frame], st: _State) -> str | None:
    """Where the document's events happen: the primary event's place, else the places of all events."""
    for f in frames[:1]:
        if f.place_value is not None and f.place_value.country:
            return acled_country(f.place_value.country)
    votes: dict[str, int] = {}
    for f in frames:
        if f.place_value is not None and f.place_value.country:
            c = acled_country(f.place_value.country) or ""
            votes[c] = votes.get(c, 0) + 1
    if votes:
        return max(votes, key=lambda c: votes[c])
    return acled_country(st.country)


# --- mentions ---------------------------------------------------------------------------------------------

_NOT_COMBATANT_BEFORE = re.compile(
    r"\b(?:minist(?:er|ry)|secretary|department|chief of staff|spokes\w+|commander|head|chief)\s+(?:of|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_COMBATANT_AFTER = re.compile(r"^\s+(?:minister|ministry|spokes\w+|secretary)\b", re.IGNORECASE)
_STATE_SIDE = ("state", "international")


def _camp(kind: str) -> str:
    return "gov" if kind in _STATE_SIDE else "civ" if kind in ("civilian", "ethnic_group", "protester") else "armed"


def _generic(hit: ActorHit) -> bool:
    return "{country}" in hit.entry.key or hit.entry.key.endswith(":@doc")


def _actor_list(ex: Extractor, text: str, f: Frame, country: str | None, when: date | None) -> tuple[ActorMention, ...]:
    """The frame's actors with roles: the first initiator is actor1, the other side actor2, helpers assoc.

    Mentions that name an office, not a force ("the Minister of the Armed Forces"), are dropped; generic
    mentions ("militants") are dropped when a named actor of the same kind is there; a bare "armed forces"
    after a demonym ("French armed forces") is that country's army.
    """
    kb = ex.kb
    violent = f.etype in _VIOLENT_TYPES
    items: list[tuple[ActorHit, str, str]] = []
    for hit, role in f.actors:
        before = text[max(0, hit.start - 40) : hit.start]
        if _NOT_COMBATANT_BEFORE.search(before) or _NOT_COMBATANT_AFTER.match(text[hit.end : hit.end + 20]):
            continue
        name = kb.resolve(hit, country, when)
        if hit.entry.key.startswith("military:@doc"):
            adj = re.search(r"(\w+)\s+$", before)
            force = _force_words(kb).get(adj.group(1)) if adj else None
            if force is not None:
                name = force.resolve(force.country, when)
        if hit.kind == "ethnic_group":
            name = hit.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia")
        items.append((hit, role, name))
    camps_named = {_camp(h.kind) for h, _r, _n in items if not _generic(h)}
    parents = {h.entry.parent for h, _r, _n in items if h.entry.parent}
    items = [
        (h, r, n)
        for h, r, n in items
        if not (_generic(h) and _camp(h.kind) in camps_named and _camp(h.kind) != "civ") and h.entry.key not in parents
    ]
    if violent and f.etype == "Battles":
        items = [(h, r, n) for h, r, n in items if h.kind != "civilian"]
    out: list[ActorMention] = []
    seen: dict[str, str] = {}
    camp_of: dict[str, str] = {}
    for h, role, name in items:
        if name in seen:
            continue
        camp = _camp(h.kind)
        actor1 = [a for a in out if a.role == "actor1"]
        actor2 = [a for a in out if a.role == "actor2"]
        if role == "actor1":
            if not actor1 and not any(camp_of.get(a.canonical) == camp for a in actor2):
                final = "actor1"
            elif any(camp_of.get(a.canonical) == camp for a in actor1):
                final = "assoc"
            else:
                final = "actor2" if not actor2 else "assoc"
        elif role == "actor2":
            if actor1 and all(camp_of.get(a.canonical) == camp for a in actor1) and camp != "civ":
                final = "assoc"
            else:
                final = "actor2" if not actor2 or not any(camp_of.get(a.canonical) == camp for a in actor2) else "assoc"
                if final == "actor2" and actor2 and camp != "civ":
                    final = "assoc"
        else:
            final = "assoc"
        seen[name] = final
        camp_of[name] = camp
        out.append(ActorMention(h.text, name, final, Span(h.start, h.end)))
    if violent and not any(a.role == "actor1" for a in out):
        tr = f.drafts[0].trigger
        placeholder = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.insert(0, ActorMention(tr.text or placeholder, placeholder, "actor1", Span(tr.start, tr.end)))
    return tuple(out)


def _to_mention(ex: Extractor, text: str, st: _State, f: Frame, index: int, reference: date | None) -> EventMention:
    country = (
        acled_country(f.place_value.country)
        if f.place_value is not None and f.place_value.country
        else acled_country(st.country)
    )
    when: date | None = None
    precision: DatePrecision | None = None
    dspan: Span | None = None
    if f.date is not None:
        when, precision = f.date.value, f.date.precision
        dspan = Span(f.date.start, f.date.end) if f.date.end > f.date.start else None
    elif st.published is not None or reference is not None:
        from sitrep.nlp.extract import UNDATED_OFFSET_DAYS

        base = st.published or reference
        assert base is not None
        when, precision = base - timedelta(days=UNDATED_OFFSET_DAYS), "week"
    location: Place | None = acled_place(f.place_value) if f.place_value is not None else None
    if location is not None and location.country is None and country:
        location = replace(location, country=country)
    if location is None and country:
        location = Place(name=country, country=country, geo_precision=3, how="document country")
    fat = f.fatalities.value if f.fatalities is not None else None
    if fat is None and not f.death_word:
        fat = 0  # an act with no death word reported: ACLED codes 0
    d0 = f.drafts[0]
    etype = f.etype
    sub: str | None = f.subtype
    if sub not in EVENT_TYPES.get(etype, ()):
        sub = None
    return EventMention(
        document_id=ex._doc_id,
        index=index,
        event_type=etype,
        sub_event_type=sub,
        date=when,
        date_precision=precision,
        actors=_actor_list(ex, text, f, country, when),
        location=location,
        fatalities=fat,
        captured=f.captured.value if f.captured is not None else None,
        evidence=Span(d0.sent[0], d0.sent[1]),
        date_span=dspan,
        type_span=Span(d0.trigger.start, d0.trigger.end),
        location_span=Span(f.place.start, f.place.end) if f.place is not None and f.place.end > f.place.start else None,
        fatalities_span=Span(f.fatalities.start, f.fatalities.end)
        if f.fatalities is not None and f.fatalities.value is not None
        else None,
        captured_span=Span(f.captured.start, f.captured.end)
        if f.captured is not None and f.captured.value is not None
        else None,
        confidence=round(min(0.9, f.confidence + (0.15 if f.from_infobox else 0.0) + 0.05 * (len(f.drafts) - 1)), 3),
    )
