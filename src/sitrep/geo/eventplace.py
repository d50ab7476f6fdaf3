"""Which of a text's places is the event's location, and what to say when none is named.

:func:`sitrep.geo.geoparse.geoparse` finds every place a text mentions; an event has one location. ACLED's
coders (and analysts) follow a few rules this module writes down:

* the event happened in the country the report is about: a place resolved to another country loses to a
  place in that country (a "Malian" report naming "Atara" means the Malian village, not Atar in
  Mauritania; a Mali note that also names Dakar or Jerusalem happened in Mali);
* a place given with its region ("Xville, Yland Region") must lie in that region; a candidate that does
  not is a wrong resolution, and the region itself is the honest answer;
* a place followed by a loose description of where it is ("Xville, just outside Yburg", "Zdorf, near
  Yburg", "Wtown, 200 km from Yburg") is the event's place: the description is for the reader;
* a named village, a relative point ("15 km from In-Delimane") or a site beats an admin area, which beats
  the country; among places, one introduced by a locative ("in", "at", "near", "à") beats one that is a
  destination or an origin ("en route to Yburg", "came from Gao"), then the nearest to the event's trigger
  word, then the first;
* when a note names only a region or district, the event is coded at that area's seat (ACLED codebook:
  geo-precision 3 "uses the provincial capital"), with ``geo_precision`` 3 and the area's radius;
* when it names no place at all, the admin areas of the places it does name, or else the country
  (:func:`document_country`: the hint, the countries and demonyms the text uses, actor cues such as "FAMa",
  the countries its places resolve to), give a country-level location without a point.

The functions accept geo's :class:`~sitrep.geo.geoparse.GeoMention` or any object with the same ``start``,
``end``, ``text``, ``place``, ``score`` and ``kind`` attributes (``candidates`` is optional), so the NLP
side can pass its own adapter objects.

The rules are split by what they decide: the report's country (:mod:`sitrep.geo.report_country`), relative
expressions and their anchors (:mod:`sitrep.geo.relative_anchors`), road and "X-Y" pairs
(:mod:`sitrep.geo.axis_rules`) and admin areas, their seats and the fallbacks (:mod:`sitrep.geo.admin_seats`);
this module ranks the candidates with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sitrep.geo.admin_seats import (
    _admin_keys,
    _best_admin,
    _named_regions,
    _region_equivalents,
    _seat_mention,
    fallback_location,
    seat_of,
)
from sitrep.geo.axis_rules import _axis_starts, _pair_heads
from sitrep.geo.cues import country_cues
from sitrep.geo.enumerations import list_heads
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.glosses import bracket_glossed
from sitrep.geo.mentions import MentionLike
from sitrep.geo.protest import PROTEST_TYPES, capital_mention, is_topic_place
from sitrep.geo.relative_anchors import (
    _at_anchor,
    _contradicted,
    _corroborated,
    _describing_relatives,
    _relative_kind,
)
from sitrep.geo.report_country import _is_fuzzy, _is_origin, _mention_country, document_country
from sitrep.geo.site_rules import site_hosts

__all__ = [
    "MentionLike",
    "country_cues",
    "document_country",
    "event_location",
    "fallback_location",
    "seat_of",
]


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|around|outside|inside|of|en|à|a|dans|près\s+de|au|aux|sur)\s+(?:the\s+|la\s+|le\s+)?"
    r"(?:(?:village|town|city|locality|commune|area|market|localité|ville|hamlet|camp|outskirts|vicinity)"
    r"\s+(?:of\s+|de\s+|d')?)?)$",
    re.IGNORECASE,
)
# "in the Xland", "dans le Gourma": a bare name behind an article is a loosely bounded area (a natural or
# historical region), not a settlement; "the village of X" and "the X area" are not caught here.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|le|la)\s+$", re.IGNORECASE)
_FEATURE_AFTER = re.compile(
    r"^\s*(?:area|region|zone|village|town|city|locality|commune|district|cercle|camp|base|market|axis|road|"
    r"valley|forest|river|border|airport|mine|site|localité|secteur|"
    # a facility named for the place it stands in ("the Xville detention centre", "the Yburg barracks") is
    # in that settlement: the article belongs to the facility, not to a loosely bounded area
    r"detention\s+cent(?:re|er)|prison|jail|barracks|hospital|clinic|school|mosque|church|checkpoint|"
    r"garrison|police\s+station|port|harbou?r|refinery|oil\s*field|compound|headquarters)\b",
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
    "between Xville and Yburg" are coded *at* the (first) named town with ``geo_precision`` 2, and an
    ``uncertainty_km`` wide enough to hold the computed point. ``convention="point"`` returns the computed
    point itself (the offset along the bearing, the midpoint), as :func:`geoparse` gives it.

    ``event_type`` (ACLED's) matters for demonstrations only: a place that is the protest's subject is
    not its location, and a protest naming no place in the report's country is coded at its capital
    (:mod:`sitrep.geo.protest`).
    """
    gaz = gazetteer
    protest = event_type in PROTEST_TYPES
    doc_cc = document_country(text, mentions, gaz, country_hint=country_hint, event_type=event_type)
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

    points = [
        m
        for m in pool
        if m.kind in POINT_KINDS and m.place.lat is not None and not _is_origin(text, m) and not _unit_home(text, m)
    ]
    points = _before_separate_events(text, points)
    if protest:
        points = [m for m in points if not is_topic_place(text, m.start)]
    points = [m for m in points if not _contradicted(text, m, points)]
    described = _describing_relatives(text, points) | site_hosts(text, points)
    points = [m for m in points if m.start not in described]
    good = [m for m in points if not foreign(m) and not conflicts(m)]
    glossed = bracket_glossed(text, good)
    good = [m for m in good if m.start not in glossed]
    admins = [m for m in pool if m.kind == "admin" and m.place.lat is not None and not foreign(m)]
    if not good:
        good = _near_named_region(gaz, [m for m in points if not foreign(m)], admins, allowed_regions)
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
    # a listed place or the village of a bare pair ranks from where its list or pair begins
    heads = {**_pair_heads(text, good), **list_heads(text, mentions, ("toponym", "admin", "anchor"))}
    confirmed = _corroborated(good)

    def loose(m: MentionLike) -> int:
        """1 for "in the Xland": an area named loosely ranks after a settlement the text places the event in."""
        if m.kind == "relative" or not _ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start]):
            return 0
        after = text[m.end : m.end + 20]
        # "the Xville-Yburg axis", "the Xville/Yburg forest", "the Xville to Yburg axis": a pair
        pair = after[:1] in ("-", "/", "–") or re.match(r"\s+(?:to|and|à|et)\s", after)
        return 0 if (_FEATURE_AFTER.match(after) or pair) else 1

    def key(m: MentionLike) -> tuple[int, int, int, int, int, int, int]:
        head = heads.get(m.start, m.start)
        before = text[max(0, head - 40) : head]
        if m.kind == "relative":
            cue = 0
        elif _DIRECTIONAL.search(before):
            cue = 2
        elif _OFFICE_OF.search(before):
            cue = 1  # "the mayor of Xville was killed ... in Yburg": an office, not where it happened
        else:
            cue = 0 if _LOCATIVE.search(before) else 1
        where = abs(head - trigger[0]) if trigger else head
        doubtful = int(_is_fuzzy(m) and m.start not in confirmed)
        return (conflicts(m), doubtful, loose(m), cue, int(m.start in axis_starts), where, m.start)

    if confirmed:
        good = [m for m in good if m.kind != "relative"] or good
    best = min(good, key=key)
    if convention == "acled" and best.kind == "relative":
        named = _unknown_glossed(text, best, mentions)
        return named if named is not None else _at_anchor(best, mentions)
    return best


_GLOSSED_NAME = re.compile(
    r"(?:(?<=[a-zà-ÿ,;:]\s)|(?<=\n)|^)(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)[-‑])?[A-ZÀ-Ý][\w'’‑-]*(?:\s+[A-ZÀ-Ý][\w'’‑-]*){0,3})"
    r",\s+(?:an?\s+)?(?:(?:small|remote|tiny|isolated|desert|oasis|border|nomadic|mining)\s+){0,2}"
    r"(?:village|hamlet|locality|settlement|oasis|town|camp|well|encampment)\s*,?\s+"
    r"(?:(?:which\s+is\s+|located\s+|situated\s+|lying\s+))?$"
)


def _unknown_glossed(text: str, rel: MentionLike, mentions: Sequence[MentionLike]) -> Any:
    """ "Xville, a village some 150 km south of Yburg" with Xville unknown to the gazetteer: the event is at
    Xville, and the writer's offset is the only point there is for it, so the computed point (with its radius)
    is coded under Xville's name rather than moved to Yburg as a bare offset would be. A known Xville is
    resolved as a place and the offset only describes it (:func:`_describing_relatives`)."""
    if _relative_kind(rel) not in ("offset", "distance"):
        return None
    got = _GLOSSED_NAME.search(text, max(0, rel.start - 120), rel.start)
    if got is None:
        return None
    a, b = got.span("name")
    if any(m.start < b and a < m.end for m in mentions if m is not rel):
        return None  # the name is a place the gazetteer knows (or a country): not an unknown village
    from dataclasses import replace

    from sitrep.geo.geoparse import GeoMention

    place = replace(rel.place, name=got.group("name"), how=f"{rel.place.how}; the named place {got.group('name')!r}")
    return GeoMention(a, rel.end, text[a : rel.end], place, rel.score, "relative", list(getattr(rel, "candidates", ())))


_UNIT_HOME = re.compile(r"^[-‑–]\s*based\b", re.IGNORECASE)
_SEPARATE_EVENT = re.compile(
    r"(?:^|[.!?;]\s+|\n\s*)(?:separately|elsewhere|in\s+(?:a|another)\s+separate\s+(?:incident|attack)|"
    r"in\s+another\s+(?:incident|attack)|par\s+ailleurs|ailleurs|dans\s+un\s+autre\s+incident|"
    r"lors\s+d'un\s+autre\s+incident|dans\s+une\s+autre\s+attaque)\b",
    re.IGNORECASE,
)


def _unit_home(text: str, m: MentionLike) -> bool:
    """ "the Tarhuna-based 7th Brigade", "a Gao-based militia": "X-based" names where a unit is stationed,
    not where the event happened."""
    return bool(_UNIT_HOME.match(text[m.end : m.end + 10]))


def _before_separate_events(text: str, points: list[MentionLike]) -> list[MentionLike]:
    """Places before a sentence that opens with "Separately", "Elsewhere", "In another incident" or "Par
    ailleurs": such a sentence reports another event, so its places are not this one's. Unchanged when
    no place comes before it (the event may then be the one the sentence reports)."""
    cut = next((c.start() for c in _SEPARATE_EVENT.finditer(text) if c.start() > 0), None)
    if cut is None:
        return points
    before = [m for m in points if m.start < cut]
    return before or points


BORDER_SLACK_KM = 120.0
"""How far from a named region's seat a place filed under the neighbouring region may lie and still be read
as the named region's ("Xville's Yburg area" with Yburg filed under the next region). Why 120 km: about the
radius of a mid-sized first-level region of the Sahel (a disc of the same area: Mali's Mopti, Segou and
Sikasso, 65 000 to 80 000 km², radius 145 to 160 km; Niger's Tillaberi, about 100 000 km², 175 km), and a
seat lies near its region's middle, so a place within 120 km of it is inside the region or just across
its border, where older gazetteer boundaries go wrong. It is generous for Burkina Faso's small regions
(10 000 to 36 000 km², radius 55 to 110 km), which is why the place must also be in the same country and
the text must name the region."""


def _near_named_region(
    gaz: Gazetteer, points: Sequence[MentionLike], admins: Sequence[MentionLike], allowed: set[str]
) -> list[MentionLike]:
    """Places the named region contradicts only on paper: same country, within :data:`BORDER_SLACK_KM` of
    the region's seat, reported with the region the text names (the writer knew the place; regional
    boundaries in the gazetteer are older or coarser than the note's)."""
    from dataclasses import replace

    from sitrep.geo.gazetteer import haversine_km
    from sitrep.geo.geoparse import GeoMention

    out: list[MentionLike] = []
    for a in admins:
        if not a.place.admin1 or (_admin_keys(a)[0] or "") not in allowed:
            continue
        seat = _seat_mention(gaz, a).place
        if seat.lat is None or seat.lon is None:
            continue
        for m in points:
            if m.place.lat is None or m.place.lon is None or _is_fuzzy(m) or m in out:
                continue
            if _mention_country(m, gaz) != _mention_country(a, gaz):
                continue
            if haversine_km(m.place.lat, m.place.lon, seat.lat, seat.lon) <= BORDER_SLACK_KM:
                place = replace(
                    m.place,
                    admin1=a.place.admin1,
                    admin2=None,
                    how=f"{m.place.how}; in {a.place.admin1} as the text says (near its border)",
                )
                out.append(
                    GeoMention(m.start, m.end, m.text, place, m.score, m.kind, list(getattr(m, "candidates", ())))
                )
    return out
