"""Relative expressions and the places they hang on: "N km east of X", "Xville, just outside Yburg".

Why its own module: a relative expression either locates the event (ACLED codes it at its anchor town) or
only describes a place named just before it, and then it can confirm or contradict that place's resolution;
these checks are distance rules on resolved mentions, apart from the ranking itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sitrep.geo.mentions import MentionLike

_RELATIVE_HOW = re.compile(r"^relative \((?P<kind>\w+)\)")


def _relative_kind(m: MentionLike) -> str | None:
    got = _RELATIVE_HOW.match(m.place.how or "")
    return got.group("kind") if got else None


def _anchor_of(rel: MentionLike, mentions: Sequence[MentionLike]) -> MentionLike | None:
    inside = [a for a in mentions if a.kind == "anchor" and rel.start <= a.start and a.end <= rel.end]
    if inside:
        return min(inside, key=lambda a: a.start)
    before = [a for a in mentions if a.kind == "anchor" and a.end <= rel.start]
    return max(before, key=lambda a: a.end) if before else None


def _at_anchor(rel: MentionLike, mentions: Sequence[MentionLike]) -> Any:
    """ACLED codes "N km east of X" and "between X and Y" at X, precision 2 (see :func:`event_location`)."""
    from sitrep.geo.geoparse import GeoMention

    kind = _relative_kind(rel)
    if kind not in ("offset", "distance", "between"):
        return rel
    anchor = _anchor_of(rel, mentions)
    if anchor is None or anchor.place.lat is None or rel.place.lat is None:
        return rel
    from sitrep.geo.gazetteer import haversine_km

    gap = haversine_km(anchor.place.lat, anchor.place.lon or 0.0, rel.place.lat, rel.place.lon or 0.0)
    radius = round(gap + (rel.place.uncertainty_km or 0.0), 1)
    place = replace(
        anchor.place,
        geo_precision=2,
        uncertainty_km=radius,
        how=f"{rel.place.how}; coded at {anchor.place.name} as ACLED does (the stated point is {gap:.0f} km away)",
    )
    return GeoMention(rel.start, rel.end, rel.text, place, rel.score, "relative", list(getattr(rel, "candidates", [])))


_APPOSITION = re.compile(r"^\s*(?:,|\(|-|–)\s*$")
# "Gharyan, in the Jabal Nafusa 100 km south of Tripoli": the range or area named between is part of the gloss
_DESCRIBES = re.compile(
    r"^\s*(?:,|\(|-|–)?\s*(?:(?:village|area|locality|town|camp|base|zone|commune)\s*,?\s*)?"
    r"(?:(?:in|dans)\s+(?:the\s+|le\s+|la\s+|l')?(?-i:[A-Z][\w'’-]*\s+){1,3},?\s*)?"
    r"(?:(?:which\s+is\s+|located\s+|situated\s+|lying\s+)?(?:just\s+|right\s+|some\s+|about\s+)?)$",
    re.IGNORECASE,
)
LOOSE_KINDS = ("near", "outskirts", "area")
LOOSE_CONTRADICTION_KM = 150.0
"""How far a place may lie from the town a loose "near X" puts it by: writers say "Zdorf, near Yburg"
of villages 100 km out; only a namesake in another part of the country is a wrong resolution."""


def _describing_relatives(text: str, points: Sequence[MentionLike]) -> set[int]:
    """Starts of relative expressions that only say where a named place is.

    "Xville, just outside Yburg", "Zdorf, near Yburg", "Wtown, 200 km from Yburg": the event is at the
    place named first, and the relative expression locates it for the reader (ACLED codes the village).
    """
    out: set[int] = set()
    for r in points:
        if r.kind != "relative" or _relative_kind(r) not in ("near", "outskirts", "distance", "offset"):
            continue
        for m in points:
            joint = text[m.end : r.start]
            # "around Xville, 200 km from Yburg": a place named loosely is described the same way
            named = m.kind == "toponym" or (m.kind == "relative" and _relative_kind(m) in ("near", "outskirts"))
            if named and m is not r and 0 <= r.start - m.end <= 30 and _DESCRIBES.match(joint) and _fits(m, r):
                out.add(r.start)
    return out


def _fits(m: MentionLike, r: MentionLike) -> bool:
    """Whether place ``m`` lies where relative ``r`` says: within a loose "near" of its anchor, or within
    the ring of a stated distance."""
    from sitrep.geo.gazetteer import haversine_km

    if None in (m.place.lat, m.place.lon, r.place.lat, r.place.lon):
        return False
    d = haversine_km(m.place.lat or 0.0, m.place.lon or 0.0, r.place.lat or 0.0, r.place.lon or 0.0)
    if _relative_kind(r) in LOOSE_KINDS:
        return d <= LOOSE_CONTRADICTION_KM
    return d <= (r.place.uncertainty_km or 0.0)


def _unsure_anchor(r: MentionLike) -> bool:
    """A relative expression whose town was matched only fuzzily or doubtfully cannot overrule a place."""
    cands = getattr(r, "candidates", None)
    return bool(cands and cands[0].match == "fuzzy") or r.score < 0.3


def _contradicted(text: str, m: MentionLike, points: Sequence[MentionLike]) -> bool:
    """A place followed by its own relative description ("Tinzawaten, 25 km west of Tessalit", "the Sio
    valley near Sevare") that lands far from the described point was resolved to the wrong place of that
    name."""
    if m.kind != "toponym" or m.place.lat is None:
        return False
    from sitrep.geo.gazetteer import haversine_km

    for r in points:
        if r.kind == "relative" and 0 <= r.start - m.end <= 30 and _DESCRIBES.match(text[m.end : r.start]):
            if r.place.lat is None or r.place.lon is None or m.place.lon is None or _unsure_anchor(r):
                return False
            d = haversine_km(m.place.lat, m.place.lon, r.place.lat, r.place.lon)
            if _relative_kind(r) in LOOSE_KINDS:
                return d > LOOSE_CONTRADICTION_KM
            return d > max(15.0, 1.5 * (r.place.uncertainty_km or 0.0))
    return False


def _corroborated(points: Sequence[MentionLike]) -> set[int]:
    """Starts of places that a relative description in the same passage puts where they were resolved.

    "the Xville area, 90 km north of Yburg": a fuzzy match for Xville that lies where the offset
    points is no longer doubtful, and it is a better location than the offset's anchor.
    """
    from sitrep.geo.gazetteer import haversine_km

    out: set[int] = set()
    for m in points:
        if m.kind != "toponym" or m.place.lat is None or m.place.lon is None:
            continue
        for r in points:
            if r.kind != "relative" or r.place.lat is None or r.place.lon is None or abs(r.start - m.end) > 80:
                continue
            d = haversine_km(m.place.lat, m.place.lon, r.place.lat, r.place.lon)
            if d <= max(15.0, 1.5 * (r.place.uncertainty_km or 0.0)) and _relative_kind(r) == "offset":
                out.add(m.start)
            elif _relative_kind(r) == "distance" and 0 <= r.start - m.end <= 30 and _fits(m, r):
                out.add(m.start)  # "Xville (30 km from Yburg)": a fuzzy match at the stated distance
    return out
