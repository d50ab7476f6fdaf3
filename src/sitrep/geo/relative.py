"""Places given relative to others: "80 km east of Tessalit", "à 80 km à l'est de Tessalit", "near Gao".

Reports locate small places by a distance and bearing from a known town. This module finds such expressions
(English and French, numbers in digits or words) and turns an anchor point into a computed point with an
honest radius. The arithmetic is the WGS84 geodesic (``Geodesic.WGS84.Direct``); a "between X and Y" is the
geodesic midpoint.

Radius rules (``uncertainty_km``), chosen so the true point lies inside:

* ``N km DIR of X``: 10 % of N for the bearing error (a compass word is ±22.5°, but writers round to the
  road or track they mean) plus 2 km, doubled-ish when qualified ("about", "some", "environ": 20 % + 3 km);
  a range "between 2 and 5 km" sits at its middle with half the range added.
* ``N km from X`` (no bearing): the anchor, with radius N.
* ``near X`` 8 km; ``on the outskirts of X`` 3 km; ``between X and Y`` half their distance.
* the anchor's own radius is added.

ACLED ``geo_precision``: 1 for the town itself or its outskirts, 2 for "near"/offset/between (a point near a
known town), 3 for a region. "N km from the Chadian border" is recognised but yields no point: without
border geometry, the distance to a border does not fix a position (the caller may use it as a country hint).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from geographiclib.geodesic import Geodesic

from sitrep.nlp.numbers import number_words, word_number

# Number words come from the project's one table (sitrep.nlp.numbers); what is specific to distances is the
# reading of vague amounts: "a few/several kilometres" is a short walk, not ACLED's conventional count of 10.
_VAGUE_DISTANCES = {
    "a few": 3,
    "few": 3,
    "several": 5,
    "quelques": 3,
    "a dozen": 12,
    "dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
    "une dizaine": 10,
    "une quinzaine": 15,
    "une douzaine": 12,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une septantaine": 70,
    "une quatre-vingtaine": 80,
    "une centaine": 100,
}
WORD_NUMBERS = {**{w: v for w, v in number_words().items() if v > 0}, **_VAGUE_DISTANCES}

_BEARINGS = {
    "north": 0.0,
    "nord": 0.0,
    "n": 0.0,
    "north-northeast": 22.5,
    "nne": 22.5,
    "northeast": 45.0,
    "north-east": 45.0,
    "north east": 45.0,
    "nord-est": 45.0,
    "nord est": 45.0,
    "ne": 45.0,
    "east-northeast": 67.5,
    "ene": 67.5,
    "east": 90.0,
    "est": 90.0,
    "e": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "south east": 135.0,
    "sud-est": 135.0,
    "sud est": 135.0,
    "se": 135.0,
    "south": 180.0,
    "sud": 180.0,
    "s": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "south west": 225.0,
    "sud-ouest": 225.0,
    "sud ouest": 225.0,
    "sw": 225.0,
    "west": 270.0,
    "ouest": 270.0,
    "w": 270.0,
    "o": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
    "north west": 315.0,
    "nord-ouest": 315.0,
    "nord ouest": 315.0,
    "nw": 315.0,
}

_APPROX = re.compile(r"aine$|few|several|dozen|quelques", re.IGNORECASE)
_ABBREVIATIONS = frozenset({"n", "s", "e", "w", "o", "ne", "nw", "se", "sw", "nne", "ene"})
_WORDNUM = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS if w not in ("a", "an")), key=len, reverse=True))
_TENS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)"
)
_NUM = rf"(?:\d+(?:[.,]\d+)?|{_TENS}|{_WORDNUM})"
_UNIT = r"(?:km|kms|kilom[eè]tres?|kilometers?|miles?|mi)\b"
# a qualifier is a word of its own: the "a" ending "Nafusa" in "the Jabal Nafusa 100 km south" is no article
_QUAL = (
    r"\b(?:about|around|some|approximately|approx\.?|roughly|nearly|almost|over|more than|less than|up to|"
    r"close to|just|barely|environ|à environ|a environ|près de|quelque|quelques|plus de|moins de|à peine|"
    r"à une|a une|à|a)"
)
_DIRWORD = (
    r"(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?|north-northeast|east-northeast|"
    r"nord(?:[- ](?:est|ouest))?|sud(?:[- ](?:est|ouest))?|est|ouest|N|S|E|W|NE|NW|SE|SW|NNE|ENE"
)
_AMOUNT = rf"(?P<lo>{_NUM})(?:\s*(?:-|–|to|and|à|et)\s*(?P<hi>{_NUM}))?"

_OFFSET_EN = re.compile(
    rf"(?P<qual>{_QUAL}\s+)?(?:between\s+)?{_AMOUNT}\s*{_UNIT}\s*(?:\([^)]*\)\s*)?(?:to\s+the\s+|in\s+the\s+)?"
    rf"(?P<dir>{_DIRWORD})\s+(?:of|from)\s+",
    re.IGNORECASE,
)
_OFFSET_FR = re.compile(
    rf"(?P<qual>{_QUAL}\s+)?(?:entre\s+)?{_AMOUNT}(?:\s+de)?\s*{_UNIT}\s*(?:au|à\s+l'|a\s+l'|à\s+l’|à\s+la|en\s+direction\s+du)?\s*"
    rf"(?P<dir>nord(?:[- ](?:est|ouest))?|sud(?:[- ](?:est|ouest))?|est|ouest)\s+"
    r"(?:de\s+la\s+|de\s+|du\s+|d'|d’)",
    re.IGNORECASE,
)
_FROM = re.compile(
    rf"(?P<qual>{_QUAL}\s+)?{_AMOUNT}\s*{_UNIT}\s+(?:away\s+)?(?:(?:from|outside|de|du)\s+|d'|d’)",
    re.IGNORECASE,
)
_BORDER = re.compile(
    rf"(?P<qual>{_QUAL}\s+)?{_AMOUNT}\s*{_UNIT}\s+(?:(?:from|of)\s+the\s+(?P<country>\w+)\s+border|"
    rf"de\s+la\s+fronti[eè]re\s+(?P<country_fr>\w+))",
    re.IGNORECASE,
)
_NEAR = re.compile(
    r"(?P<kind>(?:on|in)\s+the\s+outskirts\s+of|outskirts\s+of|just\s+outside(?:\s+of)?|in\s+the\s+vicinity\s+of|"
    r"in\s+the\s+area\s+of|"
    r"near(?:by)?|close\s+to|not\s+far\s+from|around|à\s+la\s+périphérie\s+de|aux\s+abords\s+de|"
    r"(?:dans\s+les\s+|aux\s+)environs\s+de|à\s+proximité\s+de|non\s+loin\s+de|près\s+de|dans\s+la\s+zone\s+de|"
    r"dans\s+la\s+localité\s+de)\s+(?:the\s+(?:town|village|city|locality|area|commune)\s+of\s+|"
    r"la\s+(?:ville|localité|commune)\s+de\s+|du\s+village\s+de\s+|d'|d’)?",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between|entre)\s+", re.IGNORECASE)
# "the garrison town of", "the small northern village of": up to two lower-case words before the feature word
_FILLER = re.compile(
    r"\s*(?:the\s+(?-i:[a-z][a-z-]*\s+){0,2}(?:town|village|city|locality|commune|camp|base|area|capital)\s+of\s+|"
    r"the\s+|la\s+(?:ville|localité|"
    r"commune)\s+de\s+|le\s+village\s+de\s+|l'|l’)?",
    re.IGNORECASE,
)
_BACK_REF = re.compile(
    r"(?:the|this|that|la|cette|ce)\s+(?:village|town|city|locality|localité|ville|commune|camp|base)\b",
    re.IGNORECASE,
)


def parse_number(text: str) -> float | None:
    """A distance in digits or English/French words: ``"5"``, ``"2,5"``, ``"five"``, ``"deux"``."""
    t = text.strip().lower().replace("’", "'")
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(t.replace(",", "."))
        except ValueError:
            return None
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    value = word_number(t)
    return None if value is None else float(value)


def bearing_of(word: str) -> float | None:
    """Azimuth in degrees of a compass word (English or French, words or letters)."""
    return _BEARINGS.get(re.sub(r"\s+", " ", word.strip().lower()))


@dataclass(frozen=True, slots=True)
class RelativeExpr:
    """A relative location phrase. ``anchor_from`` is where its anchor name should start (or be found).

    ``kind``: ``offset`` (distance + bearing), ``distance`` (distance, no bearing), ``near``, ``outskirts``,
    ``between`` (two anchors), ``border`` (distance to a border: no point).
    """

    start: int
    end: int
    kind: str
    anchor_from: int
    distance_km: float | None = None
    spread_km: float = 0.0
    bearing: float | None = None
    qualified: bool = False
    border_country: str | None = None
    back_reference: bool = False
    text: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class RelativePoint:
    lat: float
    lon: float
    uncertainty_km: float
    geo_precision: int
    how: str


def _amount(m: re.Match[str]) -> tuple[float, float] | None:
    lo = parse_number(m.group("lo"))
    if lo is None:
        return None
    hi = parse_number(m.group("hi")) if m.group("hi") else None
    factor = 1.609 if re.search(r"\bmi(les?)?\b", m.group(0), re.IGNORECASE) else 1.0
    if hi is not None and hi > lo:
        return (lo + hi) / 2 * factor, (hi - lo) / 2 * factor
    return lo * factor, 0.0


def find_relative(text: str) -> list[RelativeExpr]:
    """Every relative location expression of ``text``, in order, non-overlapping (first match wins)."""
    found: list[RelativeExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def after(end: int) -> tuple[int, bool]:
        back = _BACK_REF.match(text, end)
        if back:
            return end, True
        filler = _FILLER.match(text, end)
        return (filler.end() if filler else end), False

    for rx in (_BORDER,):
        for m in rx.finditer(text):
            amt = _amount(m)
            if amt and free(m.start(), m.end()):
                country = m.group("country") or m.group("country_fr")
                taken.append((m.start(), m.end()))
                found.append(
                    RelativeExpr(
                        m.start(),
                        m.end(),
                        "border",
                        m.end(),
                        amt[0],
                        amt[1],
                        None,
                        bool(m.group("qual")),
                        country,
                        text=m.group(0),
                    )
                )
    for rx in (_OFFSET_EN, _OFFSET_FR):
        for m in rx.finditer(text):
            amt = _amount(m)
            bearing = bearing_of(m.group("dir"))
            if amt is None or bearing is None or not free(m.start(), m.end()):
                continue
            if m.group("dir").lower() in _ABBREVIATIONS and not m.group("dir").isupper():
                continue  # "e", "s", "n" in lower case are not compass points
            anchor, back = after(m.end())
            qual = (m.group("qual") or "").strip().lower()
            taken.append((m.start(), m.end()))
            found.append(
                RelativeExpr(
                    m.start(),
                    m.end(),
                    "offset",
                    anchor,
                    amt[0],
                    amt[1],
                    bearing,
                    qual not in ("", "à", "a", "just") or bool(_APPROX.search(m.group("lo"))),
                    back_reference=back,
                    text=m.group(0),
                )
            )
    for m in _FROM.finditer(text):
        amt = _amount(m)
        if amt is None or not free(m.start(), m.end()):
            continue
        anchor, back = after(m.end())
        taken.append((m.start(), m.end()))
        found.append(
            RelativeExpr(
                m.start(),
                m.end(),
                "distance",
                anchor,
                amt[0],
                amt[1],
                None,
                bool(m.group("qual")),
                back_reference=back,
                text=m.group(0),
            )
        )
    for m in _NEAR.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        kind_word = m.group("kind").lower()
        kind = "outskirts" if any(w in kind_word for w in ("outskirts", "outside", "périphérie", "abords")) else "near"
        if kind_word.startswith(("in the area", "dans la zone", "dans la localité")):
            kind = "area"
        anchor, back = after(m.end())
        if kind_word == "around" and not (anchor < len(text) and text[anchor].isupper()):
            continue
        taken.append((m.start(), m.end()))
        found.append(RelativeExpr(m.start(), m.end(), kind, anchor, back_reference=back, text=m.group(0)))
    for m in _BETWEEN.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.end() < len(text) and text[m.end()].isupper():
            found.append(RelativeExpr(m.start(), m.end(), "between", m.end(), text=m.group(0)))
    found.sort(key=lambda r: r.start)
    return found


def direct(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` on the WGS84 ellipsoid."""
    out = Geodesic.WGS84.Direct(lat, lon, bearing, km * 1000.0)
    return float(out["lat2"]), float(out["lon2"])


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float, float]:
    """Geodesic midpoint of two points and their distance in km."""
    line = Geodesic.WGS84.InverseLine(lat1, lon1, lat2, lon2)
    mid = line.Position(line.s13 / 2)
    return float(mid["lat2"]), float(mid["lon2"]), float(line.s13) / 1000.0


def locate(
    expr: RelativeExpr,
    anchor: tuple[float, float, float],
    second: tuple[float, float, float] | None = None,
) -> RelativePoint | None:
    """The point an expression describes, from its anchor (lat, lon, anchor radius km)."""
    lat, lon, radius = anchor
    if expr.kind == "offset" and expr.distance_km is not None and expr.bearing is not None:
        d = expr.distance_km
        plat, plon = direct(lat, lon, expr.bearing, d)
        vague = 0.2 * d + 3 if expr.qualified else 0.1 * d + 2
        return RelativePoint(
            plat,
            plon,
            round(vague + expr.spread_km + radius, 1),
            2,
            f"{d:g} km at bearing {expr.bearing:g}° from the anchor",
        )
    if expr.kind == "distance" and expr.distance_km is not None:
        return RelativePoint(
            lat,
            lon,
            round(expr.distance_km + expr.spread_km + radius, 1),
            2,
            f"{expr.distance_km:g} km from the anchor, bearing unknown",
        )
    if expr.kind == "near":
        return RelativePoint(lat, lon, round(8.0 + radius, 1), 2, "near the anchor")
    if expr.kind == "area":
        return RelativePoint(lat, lon, round(10.0 + radius, 1), 2, "in the area of the anchor")
    if expr.kind == "outskirts":
        return RelativePoint(lat, lon, round(3.0 + radius, 1), 1, "outskirts of the anchor")
    if expr.kind == "between" and second is not None:
        mlat, mlon, dist = midpoint(lat, lon, second[0], second[1])
        return RelativePoint(
            mlat,
            mlon,
            round(dist / 2 + 2 + max(radius, second[2]), 1),
            2,
            f"midpoint of two places {dist:.0f} km apart",
        )
    return None


def offset_km_to_degrees(lat: float, km: float) -> tuple[float, float]:
    """Rough degrees of latitude/longitude spanned by ``km`` at ``lat`` (for quick bounding boxes)."""
    return km / 111.32, km / max(1e-6, 111.32 * math.cos(math.radians(lat)))
