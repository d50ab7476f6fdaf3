"""The infobox of an encyclopedia article: its date, place, sides and tolls, as one event frame.

An infobox states the main event's frame outright, more reliably than prose; its combatant lines often
name a country ("France") or a demonym ("French victory") rather than a force, so they are read against
the actor file's armies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import Section, Span
from sitrep.nlp.actors import ActorEntry, ActorHit, ActorKB
from sitrep.nlp.doc_frames import PRECISION_RANK
from sitrep.nlp.doc_places import StatedPlace, collapse_relative
from sitrep.nlp.fatalities import Toll, count_captured, count_fatalities
from sitrep.nlp.numbers import parse_count
from sitrep.nlp.places import PlaceMention
from sitrep.nlp.timex import TimeExpr, find_dates

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State

__all__ = ["CAMPAIGN_DAYS", "InfoboxFrame", "force_words", "infobox_lines", "read_infobox"]


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
    toll_camps: set[str] = field(default_factory=set)  # the camps whose deaths the Casualties lines give
    country: str | None = None  # the country the Place line states ("..., Chad"): the event lies there
    etype: str | None = None  # the ACLED type an "Attack type" line states ("Airstrike", "Kidnapping")
    subtype: str | None = None
    sides_given: int = 0  # how many numbered casualty lines (one per combatant) give a figure
    span_days: int = 0  # days from the first to the last day of the Date line ("4 April 2019 – 5 June 2020")

    @property
    def campaign(self) -> bool:
        """The article is about a campaign (an offensive of weeks or months), not one incident.

        ACLED codes events day by day, so such an article's main event is its first day's fighting: the
        infobox's first day, the place the prose says was attacked that day and the deaths the prose gives
        for it. The infobox's place (a region or the whole theatre) and its casualty lines (totals of the
        whole campaign) are not that day's.
        """
        return self.span_days > CAMPAIGN_DAYS

    @property
    def empty(self) -> bool:
        return self.date is None and self.place is None and not self.actors and self.fatalities is None


# The civilian-attack and protest infoboxes name the same slots differently; each key is read as the
# battle infobox's slot it stands for (the first line of a slot wins, so "Place" beats "Location").
_KEY_SLOTS = {
    "location": "place",
    "locations": "place",
    "perpetrator": "perpetrators",
    "perpetrators": "perpetrators",
    "attackers": "perpetrators",
    "attacker": "perpetrators",
    "target": "target",
    "targets": "target",
    "victim": "target",
    "victims": "target",
    "deaths": "deaths",
    "death": "deaths",
    "fatalities": "deaths",
    "killed": "deaths",
    "dead": "deaths",
    "attacktype": "type",
    "type": "type",
    "methods": "type",
    # the French infobox ("Infobox conflit militaire") names the battle slots in French
    "lieu": "place",
    "combattant1": "combatant1",
    "combattant2": "combatant2",
    "combattant3": "combatant3",
    "pertes1": "casualties1",
    "pertes2": "casualties2",
    "pertes3": "casualties3",
    "résultat": "result",
    "issue": "result",
}
# a Date line spanning more than this many days is a campaign: multi-day battles (a camp overrun over two
# days, a week-long siege) are still coded as one event with the infobox's frame
CAMPAIGN_DAYS = 14
_DEATH_FIGURE = re.compile(r"^\D{0,20}?(?P<n>\d[\d,.]*)\s*\+?")

# a casualty line without a figure ("several killed", "unknown", "a number killed"). Our "several = 10"
# convention (numbers.py) stands for a toll that is vague as a whole; beside another side's stated figure
# ("10 peacekeepers killed" | "several killed") the vague side is an unquantified count, and ACLED adds only
# quantified deaths, so it is left out of the sum (and counts no side as given)
_VAGUE = re.compile(
    r"^\s*(?:several|some|a\s+(?:few|number(?:\s+of)?)|many|numerous|unknown|unspecified|plusieurs|quelques|"
    r"nombreux|inconnus?|un\s+certain\s+nombre)\b",
    re.IGNORECASE,
)
_INFOBOX_LINE = re.compile(r"^[ \t]*(?:[-*•|][ \t]*|(?=\w))([^:=\n]{1,40}?)[ \t]*[:=][ \t]?(.*?)[ \t]*$", re.MULTILINE)
_NO_LOSSES = re.compile(r"^\s*(?:none|nil|no(?:ne)? (?:losses|casualties|deaths)|0|zero|aucune?)\s*\.?\s*$", re.I)


def read_infobox(
    text: str,
    sections: Sequence[Section],
    metadata: Mapping[str, str],
    st: _State,
    kb: ActorKB,
    chains: Sequence[StatedPlace] = (),
) -> InfoboxFrame | None:
    """The event frame of an ``Infobox`` section (``- Date:``, ``- Place:``, ``- Combatant1:`` ...).

    Combatants are matched with the actor file; an empty combatant line is filled from the ``Result`` line
    ("French victory" names the winning side) when that side is not the other combatant. Casualties of both
    sides are added; "None" is zero.
    """
    box = next((s for s in sections if s.name.lower() == "infobox"), None)
    frame = InfoboxFrame()
    lines = infobox_lines(text, sections)
    if box is not None:
        frame.evidence = Span(box.start, box.end)
    if not lines and not any(k.startswith("infobox.") for k in metadata):
        return None
    if "date" in lines:
        s, e, _v = lines["date"]
        ds = [d for d in st.dates if s <= d.start < e]
        if ds:
            frame.date = min(ds, key=lambda d: PRECISION_RANK.get(d.precision, 9))
            days = [d.value for d in ds if d.precision in ("day", "month")]
            if len(days) >= 2:
                frame.span_days = (max(days) - min(days)).days
    elif "infobox.date" in metadata:
        ds = find_dates(metadata["infobox.date"], st.published)
        if ds:
            d = ds[0]
            frame.date = TimeExpr(0, 0, d.text, d.value, d.precision)
    if "place" in lines:
        s, e, _v = lines["place"]
        cands = collapse_relative([p for p in st.places if s <= p.start < e])
        stated = next((c for c in chains if s <= c.start < e), None)
        if stated is not None:
            frame.place, frame.country = stated.mention, stated.country
        elif cands:
            frame.place = min(cands, key=lambda p: (p.place.geo_precision, p.start))
        if frame.place is not None:
            frame.place_span = Span(frame.place.start, frame.place.end)
    sides: dict[str, list[ActorHit]] = {}
    for n in ("1", "2", "3"):
        key = f"combatant{n}"
        if key in lines:
            s, e, _v = lines[key]
            hits = [h for h in st.actors if s <= h.start < e]
            # "GSIM (Katiba Macina)": a unit in brackets after the side's name details that side, which ACLED
            # codes by its name
            hits = [h for h in hits if not (h is not hits[0] and text.rfind("(", s, h.start) > hits[0].end - 1)]
            if not hits:
                hits = _demonym_forces(text, s, e, kb)
            sides[n] = hits
    if "1" not in sides and "perpetrators" in lines:
        s, e, _v = lines["perpetrators"]
        sides["1"] = [h for h in st.actors if s <= h.start < e and h.kind != "civilian"]
    if "2" not in sides and "target" in lines:
        s, e, _v = lines["target"]
        sides["2"] = [h for h in st.actors if s <= h.start < e]
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
    # some side's line gives a figure: another side's vague line is no count beside it (see _VAGUE)
    figured = any(re.search(r"\d", lines[k][2]) for k in ("casualties1", "casualties2", "casualties3") if k in lines)
    for key in ("casualties1", "casualties2", "casualties3", "casualties", "deaths"):
        if key not in lines:
            continue
        s, e, v = lines[key]
        if _NO_LOSSES.match(v):
            t = Toll(0, s, e)
        elif key == "deaths":
            # the key says what is counted: "Deaths: 157+" is at least 157, the figure ACLED keeps
            m = _DEATH_FIGURE.match(v)
            figure = parse_count(m.group("n").rstrip(".,").replace(",", "")) if m else None
            t = Toll(figure, s + m.start("n"), s + m.end("n")) if m and figure is not None else Toll(None)
        else:
            t = count_fatalities(text, s, e)
            if t.value is None:
                n0 = parse_count(v.split()[0]) if v.split() else None
                t = Toll(n0, s, e) if n0 is not None and re.search(r"kill|dead|death", v, re.I) else t
        if t.value is not None and figured and key[-1].isdigit() and _VAGUE.match(v):
            continue
        if t.value is not None:
            if key[-1].isdigit():
                frame.sides_given += 1
            for h in sides.get(key[-1], []) if key[-1].isdigit() else []:
                frame.toll_camps.add(_camp(h))
            if total is None or not total.value:
                total = t
            elif t.value:
                total = Toll(total.value + t.value, min(total.start, t.start), max(total.end, t.end))
        c = count_captured(text, s, e)
        if c.value is not None:
            captured = c if captured is None else Toll((captured.value or 0) + c.value, captured.start, c.end)
    frame.fatalities = total
    frame.captured = captured
    if "type" in lines:
        s, e, _v = lines["type"]
        frame.etype, frame.subtype = _stated_type(text, s, e, sides) or (None, None)
    return None if frame.empty else frame


def _stated_type(text: str, s: int, e: int, sides: Mapping[str, list[ActorHit]]) -> tuple[str, str] | None:
    """The ACLED type of an "Attack type" line ("Airstrike", "Kidnapping", "Mass shooting"), typed with the
    perpetrators and targets the infobox lists; None when the line names no act ("Military coup")."""
    from sitrep.nlp.triggers import find_triggers, type_event

    trigs = find_triggers(text[s:e], s, "en")
    if not trigs:
        return None
    return type_event(
        {t.cls for t in trigs},
        [h.kind for h in sides.get("1", [])],
        [h.kind for h in sides.get("2", [])],
        classes_text=tuple(t.text.lower() for t in trigs),
        language="en",
    )


def _camp(hit: ActorHit) -> str:
    return (
        "gov"
        if hit.kind in ("state", "international")
        else "civ"
        if hit.kind in ("civilian", "ethnic_group")
        else "armed"
    )


def infobox_lines(text: str, sections: Sequence[Section]) -> dict[str, tuple[int, int, str]]:
    """The ``- Key: value`` lines of the ``Infobox`` section: lower-case key without spaces to the value's
    span and text (the first line of each key)."""
    box = next((s for s in sections if s.name.lower() == "infobox"), None)
    lines: dict[str, tuple[int, int, str]] = {}
    if box is not None:
        for m in _INFOBOX_LINE.finditer(text, box.start, box.end):
            key = re.sub(r"\s+", "", m.group(1).lower())
            lines.setdefault(_KEY_SLOTS.get(key, key), (m.start(2), m.end(2), m.group(2)))
    return lines


def _demonym_forces(text: str, start: int, end: int, kb: ActorKB) -> list[ActorHit]:
    """The armed forces of a country named or implied ("France", "French") in ``text[start:end]``."""
    out: list[ActorHit] = []
    taken: set[str] = set()
    for word, entry in force_words(kb).items():
        if entry.key in taken:
            continue
        m = re.search(rf"\b{re.escape(word)}\b", text[start:end])
        if m:
            taken.add(entry.key)
            out.append(ActorHit(start + m.start(), start + m.end(), m.group(0), entry))
    return sorted(out, key=lambda h: h.start)


_FORCE_WORDS: dict[int, dict[str, ActorEntry]] = {}


def force_words(kb: ActorKB) -> dict[str, ActorEntry]:
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
