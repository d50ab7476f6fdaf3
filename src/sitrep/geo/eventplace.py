"""Which of a text's places is the event's location, and what to say when none is named.

:func:`sitrep.geo.geoparse.geoparse` finds every place a text mentions; an event has one location. ACLED's
coders (and analysts) follow a few rules this module writes down:

* the event happened in the country the report is about: a place resolved to another country loses to a
  place in that country (a "Malian" report naming "Atara" means the Malian village, not Atar in
  Mauritania; a Mali note that also names Dakar or Jerusalem happened in Mali);
* a place given with its region ("Zouera, Tombouctou Region") must lie in that region; a candidate that does
  not is a wrong resolution, and the region itself is the honest answer;
* a place followed by a loose description of where it is ("Senou, just outside Bamako", "Marina, near
  Mopti", "Boni, 220 km from Sevare") is the event's place: the description is for the reader;
* a named village, a relative point ("15 km from In-Delimane") or a site beats an admin area, which beats
  the country; among places, one introduced by a locative ("in", "at", "near", "à") beats one that is a
  destination or an origin ("en route to Sevare", "came from Gao"), then the nearest to the event's trigger
  word, then the first;
* when a note names only a region or district, the event is coded at that area's seat (ACLED codebook:
  geo-precision 3 "uses the provincial capital"), with ``geo_precision`` 3 and the area's radius;
* when it names no place at all, the admin areas of the places it does name, or else the country
  (:func:`document_country`: the hint, the countries and demonyms the text uses, actor cues such as "FAMa",
  the countries its places resolve to), give a country-level location without a point.

The functions accept geo's :class:`~sitrep.geo.geoparse.GeoMention` or any object with the same ``start``,
``end``, ``text``, ``place``, ``score`` and ``kind`` attributes (``candidates`` is optional), so the NLP
side can pass its own adapter objects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from sitrep.geo.cues import country_cues, in_border_phrase
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer, PlaceRow, admin_display_name
from sitrep.geo.normalise import normalise_name
from sitrep.geo.protest import PROTEST_TYPES, PROTEST_WORDS, capital_mention, is_topic_place
from sitrep.model import Place

__all__ = [
    "MentionLike",
    "country_cues",
    "document_country",
    "event_location",
    "fallback_location",
    "seat_of",
]


class MentionLike(Protocol):
    """Anything with a span, a resolved place, a score and a kind (read-only: frozen mentions qualify)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def place(self) -> Place: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|around|outside|inside|of|en|à|a|dans|près\s+de|au|aux|sur)\s+(?:the\s+|la\s+|le\s+)?"
    r"(?:(?:village|town|city|locality|commune|area|market|localité|ville|hamlet|camp|outskirts|vicinity)"
    r"\s+(?:of\s+|de\s+|d')?)?)$",
    re.IGNORECASE,
)
# "in the Macina", "dans le Gourma": a bare name behind an article is a loosely bounded area (a natural or
# historical region), not a settlement; "the village of X" and "the X area" are not caught here.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|le|la)\s+$", re.IGNORECASE)
_FEATURE_AFTER = re.compile(
    r"^\s*(?:area|region|zone|village|town|city|locality|commune|district|cercle|camp|base|market|axis|road|"
    r"valley|forest|river|border|airport|mine|site|localité|secteur)\b",
    re.IGNORECASE,
)
_DIRECTIONAL = re.compile(
    r"(?:\b(?:to|towards|toward|from|for|vers|pour|en\s+provenance\s+de|route\s+to|route\s+de|bound\s+for)\s+"
    r"(?:the\s+|la\s+|le\s+)?)$",
    re.IGNORECASE,
)
_OFFICE_OF = re.compile(
    r"\b(?:mayor|chief|imam|governor|prefect|sub-prefect|deputy|MP|marabout|maire|chef|pr[ée]fet|"
    r"sous-pr[ée]fet|d[ée]put[ée])\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|le\s+)?$"
    r"|\b(?:mayor|prefect|governor|chief)['’]s\s+office\s+(?:in|at|of)\s+$",
    re.IGNORECASE,
)
POINT_KINDS = ("toponym", "relative")


def _mention_country(m: MentionLike, gaz: Gazetteer) -> str | None:
    cands = getattr(m, "candidates", None)
    if cands:
        return str(cands[0].place.country_code)
    if m.place.country:
        return gaz.country_code(m.place.country)
    return None


def _is_fuzzy(m: MentionLike) -> bool:
    cands = getattr(m, "candidates", None)
    return bool(cands and cands[0].match == "fuzzy") and m.kind != "relative"


def document_country(
    text: str, mentions: Sequence[MentionLike], gazetteer: Gazetteer, *, country_hint: str | None = None
) -> str | None:
    """ISO code of the country a report is about.

    The hint wins. Otherwise votes: a named country 0.5 (the first 0.75; none inside a border phrase or
    an origin such as "a peacekeeper from Liberia"; half outside the Sahel and its neighbours), a
    demonym, national force or armed group 0.75 each (at most three), a confidently resolved place in the
    Sahel or its neighbours 1.0 (a fuzzy or doubtful one 0.3; outside the region a third of that). Places
    are the strongest evidence, but a Mali note that names Niamey as an aside still has "FAMa" and
    "Malian" to outvote it.
    """
    gaz = gazetteer
    if country_hint:
        return country_hint.upper() if len(country_hint) == 2 else gaz.country_code(country_hint)
    votes: dict[str, float] = {}
    first = True
    protest_note = bool(PROTEST_WORDS.search(text))
    for m in sorted(mentions, key=lambda m: m.start):
        cc = _mention_country(m, gaz)
        if not cc or _is_origin(text, m):
            continue  # "a peacekeeper from Liberia", "an NGO from Luxembourg": where someone comes from
        if protest_note and is_topic_place(text, m.start):
            continue  # "protested against the decision to recognise Jerusalem": the subject, not the place
        if m.kind == "country":
            if in_border_phrase(text, m.start, m.end):
                continue  # "near the Burkina Faso border": the neighbour, not the country
            weight = 0.75 if first else 0.5
            votes[cc] = votes.get(cc, 0.0) + (weight if cc in FOCUS_COUNTRIES else weight * 0.5)
            first = False
        elif m.kind in ("toponym", "relative", "admin", "anchor"):
            weight = 0.3 if (_is_fuzzy(m) or m.score < 0.2) else 1.0
            if cc not in FOCUS_COUNTRIES:
                weight *= 0.3
            votes[cc] = votes.get(cc, 0.0) + weight
    for cc, n in country_cues(text).items():
        votes[cc] = votes.get(cc, 0.0) + 0.75 * min(n, 3)
    if not votes:
        return None
    return max(sorted(votes), key=lambda c: votes[c])


_ORIGIN_BEFORE = re.compile(
    r"\b(?:peacekeepers?|soldiers?|troops?|nationals?|citizens?|workers?|employees?|NGO|company|"
    r"contingent|casques\s+bleus|ressortissants?)\s+(?:from|of|du|de\s+la|de|des)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_origin(text: str, m: MentionLike) -> bool:
    """Whether a place names where someone comes from ("a peacekeeper from Liberia"), not where it happened."""
    return bool(_ORIGIN_BEFORE.search(text[max(0, m.start - 30) : m.start]))


def seat_of(gazetteer: Gazetteer, row: PlaceRow) -> PlaceRow:
    """The seat of an admin area (its PPLA / PPLA2 town), or the area itself when none is known."""
    if row.feature_class != "A" or row.feature_code not in ("ADM1", "ADM2"):
        return row
    code = "PPLA" if row.feature_code == "ADM1" else "PPLA2"
    query = (
        "SELECT geonameid FROM places WHERE country_code = ? AND admin1_code = ? AND feature_code = ?"
        + (" AND admin2_code = ?" if code == "PPLA2" else "")
        + " ORDER BY population DESC, geonameid LIMIT 1"
    )
    args: tuple[str, ...] = (row.country_code, row.admin1_code, code)
    if code == "PPLA2":
        if not row.admin2_code:
            return _namesake_seat(gazetteer, row) or row
        args += (row.admin2_code,)
    got = gazetteer.conn.execute(query, args).fetchone()
    seat = gazetteer.place(int(got[0])) if got else None
    return seat or _namesake_seat(gazetteer, row) or row


def _namesake_seat(gazetteer: Gazetteer, row: PlaceRow) -> PlaceRow | None:
    """The town an area is named after ("Tenenkou Cercle": Ténenkou), for GeoNames areas whose seat carries
    no admin2 code: Sahel districts are named for their seats, and ACLED codes a district at its seat.

    A region's derived point (the default build's mean of its towns) can lie far from its capital, so a
    region looks up to 500 km for the town of its name; a district 150 km."""
    from sitrep.geo.gazetteer import admin_display_name, haversine_km
    from sitrep.geo.normalise import normalise_name

    key = normalise_name(admin_display_name(row.name))
    towns = [
        p
        for p in gazetteer.places(gazetteer.ids_for(key, normalised=True))
        if p.feature_class == "P"
        and p.country_code == row.country_code
        and p.admin1_code == row.admin1_code
        and haversine_km(p.lat, p.lon, row.lat, row.lon) <= (500 if row.feature_code == "ADM1" else 150)
    ]
    if not towns:
        return None
    return min(towns, key=lambda p: (p.feature_code not in ("PPLA", "PPLA2", "PPLA3"), -p.population, p.geonameid))


def _admin_keys(m: MentionLike) -> tuple[str | None, str | None]:
    return (
        normalise_name(m.place.admin1) if m.place.admin1 else None,
        normalise_name(m.place.admin2) if m.place.admin2 else None,
    )


def _named_regions(mentions: Sequence[MentionLike]) -> set[str]:
    """Admin1 names of the admin areas a text names ("Mopti Region", "cercle de Bourem" -> its region)."""
    out: set[str] = set()
    for m in mentions:
        if m.kind == "admin" and m.place.admin1:
            out.add(normalise_name(m.place.admin1))
    return out


def _region_equivalents(key: str) -> set[str]:
    # regions carved out of others while reports were written (Taoudenit from Tombouctou, Menaka from Gao)
    groups = ({"tombouctou", "timbuktu", "taoudenit", "taoudeni"}, {"gao", "menaka"})
    for g in groups:
        if key in g:
            return set(g)
    return {key}


def event_location(
    text: str,
    mentions: Sequence[MentionLike],
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    trigger: tuple[int, int] | None = None,
    scope: tuple[int, int] | None = None,
    convention: str = "acled",
    event_type: str | None = None,
) -> Any:
    """The mention that is the event's location (see the module docstring), or a fallback, or ``None``.

    ``trigger`` is the span of the event's trigger word and ``scope`` the span of its sentence or paragraph:
    places inside ``scope`` are preferred, nearest the trigger first. Returns one of ``mentions`` or a new
    :class:`~sitrep.geo.geoparse.GeoMention` of kind ``admin`` (an area's seat) or ``country`` (no point).

    ``convention="acled"`` codes a relative location the way ACLED does: "75 km east of Ansongo" and
    "between Gossi and Hombori" are coded *at* the (first) named town with ``geo_precision`` 2, and an
    ``uncertainty_km`` wide enough to hold the computed point. ``convention="point"`` returns the computed
    point itself (the offset along the bearing, the midpoint), as :func:`geoparse` gives it.

    ``event_type`` (ACLED's) matters for demonstrations only: a place that is the protest's subject is
    not its location, and a protest naming no place in the report's country is coded at its capital
    (:mod:`sitrep.geo.protest`).
    """
    gaz = gazetteer
    protest = event_type in PROTEST_TYPES
    doc_cc = document_country(text, mentions, gaz, country_hint=country_hint)
    in_scope = [m for m in mentions if scope is None or scope[0] <= m.start < scope[1]]
    pool = in_scope or list(mentions)
    regions = _named_regions(pool)
    allowed_regions: set[str] = set()
    for r in regions:
        allowed_regions |= _region_equivalents(r)

    def foreign(m: MentionLike) -> int:
        cc = _mention_country(m, gaz)
        if doc_cc:
            return 0 if cc == doc_cc else 1
        return 0 if (cc is None or cc in FOCUS_COUNTRIES) else 1

    def conflicts(m: MentionLike) -> int:
        a1 = _admin_keys(m)[0]
        return 1 if (allowed_regions and a1 and a1 not in allowed_regions) else 0

    points = [m for m in pool if m.kind in POINT_KINDS and m.place.lat is not None and not _is_origin(text, m)]
    if protest:
        points = [m for m in points if not is_topic_place(text, m.start)]
    points = [m for m in points if not _contradicted(text, m, points)]
    described = _describing_relatives(text, points)
    points = [m for m in points if m.start not in described]
    good = [m for m in points if not foreign(m) and not conflicts(m)]
    admins = [m for m in pool if m.kind == "admin" and m.place.lat is not None and not foreign(m)]
    if not good and admins:
        return _seat_mention(gaz, _best_admin(admins))
    if not good:
        good = [m for m in points if not foreign(m)] or (points if not doc_cc else [])
    if not good and protest and doc_cc and not any(_mention_country(m, gaz) == doc_cc for m in admins):
        capital = capital_mention(gaz, doc_cc)
        if capital is not None:
            return capital
    if not good:
        return fallback_location(text, mentions, gaz, country_hint=country_hint)
    axis_starts = _axis_starts(text, good)
    confirmed = _corroborated(good)

    def loose(m: MentionLike) -> int:
        """1 for "in the Macina": an area named loosely ranks after a settlement the text places the event in."""
        if m.kind == "relative" or not _ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start]):
            return 0
        after = text[m.end : m.end + 20]
        # "the Lere-Nampala axis", "the Mondoro/Fhero forest", "the Tenenkou to Macina axis": a pair
        pair = after[:1] in ("-", "/", "–") or re.match(r"\s+(?:to|and|à|et)\s", after)
        return 0 if (_FEATURE_AFTER.match(after) or pair) else 1

    def key(m: MentionLike) -> tuple[int, int, int, int, int, int, int]:
        before = text[max(0, m.start - 40) : m.start]
        if m.kind == "relative":
            cue = 0
        elif _DIRECTIONAL.search(before):
            cue = 2
        elif _OFFICE_OF.search(before):
            cue = 1  # "the mayor of Mondoro was killed ... in Douentza": an office, not where it happened
        else:
            cue = 0 if _LOCATIVE.search(before) else 1
        where = abs(m.start - trigger[0]) if trigger else m.start
        doubtful = int(_is_fuzzy(m) and m.start not in confirmed)
        return (conflicts(m), doubtful, loose(m), cue, int(m.start in axis_starts), where, m.start)

    if confirmed:
        good = [m for m in good if m.kind != "relative"] or good
    best = min(good, key=key)
    if convention == "acled" and best.kind == "relative":
        return _at_anchor(best, mentions)
    return best


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
_DESCRIBES = re.compile(
    r"^\s*(?:,|\(|-|–)?\s*(?:(?:village|area|locality|town|camp|base|zone|commune)\s*,?\s*)?"
    r"(?:(?:which\s+is\s+|located\s+|situated\s+|lying\s+)?(?:just\s+|right\s+|some\s+|about\s+)?)$",
    re.IGNORECASE,
)
LOOSE_KINDS = ("near", "outskirts", "area")
LOOSE_CONTRADICTION_KM = 150.0
"""How far a place may lie from the town a loose "near X" puts it by: writers say "Marina, near Mopti"
of villages 100 km out; only a namesake in another part of the country is a wrong resolution."""


def _describing_relatives(text: str, points: Sequence[MentionLike]) -> set[int]:
    """Starts of relative expressions that only say where a named place is.

    "Senou, just outside Bamako", "Marina, near Mopti", "Boni, 220 km from Sevare": the event is at the
    place named first, and the relative expression locates it for the reader (ACLED codes the village).
    """
    out: set[int] = set()
    for r in points:
        if r.kind != "relative" or _relative_kind(r) not in ("near", "outskirts", "distance"):
            continue
        for m in points:
            joint = text[m.end : r.start]
            if m.kind == "toponym" and 0 <= r.start - m.end <= 30 and _DESCRIBES.match(joint) and _fits(m, r):
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
    """A place followed by its own relative description ("Ibdakan, 40 km north of Kidal", "the Koubaye
    area near Mopti") that lands far from the described point was resolved to the wrong place of that
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

    "Almoustarat area, 140 km north of Gao": a fuzzy match for Almoustarat that lies where the offset
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
                out.add(m.start)  # "Takalout (40 km from Kidal)": a fuzzy match at the stated distance
    return out


def _axis_starts(text: str, mentions: Sequence[MentionLike]) -> set[int]:
    """Starts of the place of an "X-Y" pair that is not the event's location.

    A bare hyphenated pair ("Gabero-Zinda") names a village by its commune: the event is at the second
    name. A road ("axis Boni-Hombori", "the Tenenkou to Ke-Macina axis") is coded at its first town.
    """
    out: set[int] = set()
    for a in mentions:
        for b in mentions:
            if a is b or b.start <= a.end:
                continue
            joint = text[a.end : b.start]
            if joint in ("-", "–", "‐", "/"):
                out.add(b.start if _is_road(text, a.start, b.end) else a.start)
            elif re.fullmatch(r"\s+(?:to|à|and)\s+", joint) and _is_road(text, a.start, b.end):
                out.add(b.start)
    return out


_ROAD_BEFORE = re.compile(
    r"\b(?:axis|axe|road|route|highway|track|piste|tronçon|stretch)\s+(?:of\s+|de\s+|between\s+)?$", re.I
)
_ROAD_AFTER = re.compile(r"^\s+(?:axis|axe|road|route|highway|track)\b", re.I)


def _is_road(text: str, start: int, end: int) -> bool:
    """Whether "X-Y" at ``start:end`` names a road ("axis Boni-Hombori", "the Gao-Ansongo road").

    ACLED codes an event on a road at the first town named (the stretch is reported from that end);
    a bare "Gabero-Zinda" is a village by its commune and is coded at the village, the second name.
    """
    return bool(_ROAD_BEFORE.search(text[max(0, start - 25) : start]) or _ROAD_AFTER.match(text[end : end + 12]))


def _best_admin(admins: Sequence[MentionLike]) -> MentionLike:
    # the most specific area named (a district over a region), then the first
    return min(admins, key=lambda m: (0 if m.place.admin2 and "ADM1" not in _feature(m) else 1, m.start))


def _feature(m: MentionLike) -> str:
    cands = getattr(m, "candidates", None)
    return str(cands[0].place.feature_code) if cands else ""


def _seat_mention(gaz: Gazetteer, m: MentionLike) -> Any:
    """An admin mention moved to its area's seat (ACLED's convention for region-level events)."""
    from sitrep.geo.geoparse import GeoMention

    cands = getattr(m, "candidates", None)
    if not cands or cands[0].place.feature_class != "A":
        return m
    area = cands[0].place
    seat = seat_of(gaz, area)
    if seat is area:
        return m
    place = replace(
        m.place,
        lat=seat.lat,
        lon=seat.lon,
        geo_precision=3,
        how=f"{m.place.how}; coded at the area's seat {seat.name} (ACLED geo-precision 3)",
    )
    return GeoMention(m.start, m.end, m.text, place, m.score, "admin", list(cands))


def fallback_location(
    text: str, mentions: Sequence[MentionLike], gazetteer: Gazetteer, *, country_hint: str | None = None
) -> Any:
    """A location for an event whose text names no usable point.

    In order: a named admin area (at its seat), the region shared by most of the places the text names
    (``geo_precision`` 3, no point: the region is known, not where in it), the country (no point).
    Returns a :class:`~sitrep.geo.geoparse.GeoMention` or ``None`` when not even the country is known.
    """
    from sitrep.geo.geoparse import GeoMention

    gaz = gazetteer
    doc_cc = document_country(text, mentions, gaz, country_hint=country_hint)
    admins = [
        m
        for m in mentions
        if m.kind == "admin" and m.place.lat is not None and (not doc_cc or _mention_country(m, gaz) == doc_cc)
    ]
    if admins:
        return _seat_mention(gaz, _best_admin(admins))
    votes: dict[tuple[str, str], int] = {}
    spans: dict[tuple[str, str], MentionLike] = {}
    for m in mentions:
        if m.kind in ("toponym", "relative", "anchor") and m.place.admin1 and m.place.country:
            cc = _mention_country(m, gaz)
            if doc_cc and cc != doc_cc:
                continue
            k = (m.place.country, m.place.admin1)
            votes[k] = votes.get(k, 0) + 1
            spans.setdefault(k, m)
    if votes:
        (country, admin1) = max(sorted(votes), key=lambda k: votes[k])
        m = spans[(country, admin1)]
        place = Place(
            name=admin_display_name(admin1),
            country=country,
            admin1=admin1,
            geo_precision=3,
            how=f"region of the places the text names ({votes[(country, admin1)]} of them)",
        )
        return GeoMention(m.start, m.end, m.text, place, 0.3, "admin", [])
    if doc_cc:
        name = gaz.country_name(doc_cc) or doc_cc
        place = Place(name=name, country=name, geo_precision=3, how="country of the report")
        where = next((m for m in mentions if m.kind == "country" and _mention_country(m, gaz) == doc_cc), None)
        start, end = (where.start, where.end) if where else (0, 0)
        return GeoMention(start, end, text[start:end], place, 0.2, "country", [])
    return None
