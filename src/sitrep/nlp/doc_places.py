"""Which place mentions of a document's sentences can locate an event, and how two places compare.

A sentence names many places that are not where the event happened: origins ("from Niamey"), borders
("the border with Niger"), relative expressions around a toponym. The rules here decide which mention
locates a frame, when a new place may refine the one a frame has, and when two frames' places agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.geo.normalise import strip_accents
from sitrep.great_circle import haversine_km
from sitrep.model import Place
from sitrep.nlp import lang
from sitrep.nlp.country_names import acled_country
from sitrep.nlp.places import PlaceMention

__all__ = [
    "StatedPlace",
    "collapse_relative",
    "confine",
    "in_country",
    "locative",
    "more_specific",
    "other_admin1",
    "place_ok",
    "places_agree",
    "specificity",
    "stated_chains",
]


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|around|outside|inside|into|within|across|towards?|nearby|by|between|along|"
    r"close to|outskirts of|vicinity of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?|"
    r"(?:village|town|city|locality|commune|district|region|area|province|cercle|circle|wadi|valley|"
    r"forest|battle|siege|fall|capture|outskirts|municipality|department|prefecture|hamlet|camp|"
    r"neighbou?rhood|quarter)s? of|"
    r"(?:attacks?|raids?|assaults?|strikes?|ambush(?:es)?|offensive) (?:on|against)|"
    # the people of a place act there ("residents of Kaya blocked the convoy")
    r"(?:residents|inhabitants|townspeople|villagers|people) of|"
    # the place a verb of attack takes as its object is where the act happened ("attacked Gharyan")
    r"(?:attacked|raided|stormed|overran|shelled|bombed|besieged|(?:re)?captured|seized|entered|retook))"
    r"\s+(?:the\s+)?(?:(?:town|village|city|area|locality|commune|region|district|province|hamlet) of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
    r"south-?western)\s+)?)$",
    re.IGNORECASE,
)
# French locatives: "à X", "près de X", "dans la région de X", "au nord de X", "au cœur de X", "l'attaque contre X"
_LOCATIVE_BEFORE_FR = re.compile(
    r"(?:\b(?:à|au|aux|en|dans|sur|vers|entre|près\s+d[e']|non\s+loin\s+d[e']|aux\s+environs\s+d[e']|"
    r"autour\s+d[e']|à\s+proximité\s+d[e']|aux\s+abords\s+d[e']|à\s+la\s+sortie\s+d[e']|"
    r"(?:en\s+plein\s+|au\s+)(?:cœur|coeur|centre)\s+d[e']|"
    r"(?:au|à\s+l')\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e']|"
    r"(?:village|ville|localité|commune|région|province|cercle|département|wilaya|daïra|zone|secteur|forêt|camp|"
    r"hameau|périphérie|environs|chef-lieu|habitants|populations?|riverains|centre|cœur|coeur|quartier|banlieue|"
    r"faubourg)s?\s+d[e']|"
    r"(?:attaques?|raids?|assauts?|frappes?|embuscades?|offensive|combats?)\s+(?:contre|sur|à|de|d')|"
    r"(?:attaqué|pris\s+d'assaut|bombardé|investi|repris|pris))"
    # "dans la wilaya de Tizi Ouzou", "dans le cercle de Niono": an administrative unit names where it was
    r"\s*(?:(?:la|le|l'|les)\s*)?(?:(?:ville|village|localité|commune|région|province|wilaya|daïra|cercle|"
    r"département|préfecture)s?\s+d[e']\s*)?)$",
    re.IGNORECASE,
)
# a building or site "of" a place stands in it: "la paroisse catholique de Dablo", "le marché de Gorom-Gorom"
_SITE_OF_FR = re.compile(
    r"\b(?:église|paroisse|mosquée|temple|marché|école|gendarmerie|commissariat|mairie|préfecture|poste|"
    r"camp|base|caserne|mine|site|prison|maison\s+d['’]arrêt|maison\s+centrale|centre\s+de\s+détention|"
    r"hôpital|dispensaire|centre\s+de\s+santé|aéroport|gare\s+routière|usine)(?:\s+[a-zéèêàç-]+)?\s+d[e']\s*$",
    re.IGNORECASE,
)
_BORDER_FR = re.compile(r"\bfrontières?\s+(?:avec|entre)\s+(?:le\s+|la\s+|l')?$|\bfrontière\s+\w+\s*$", re.I)
_BORDER = re.compile(r"\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:border|frontier)", re.IGNORECASE)
# "the Xville raid", and of a pair "the Xville and Yburg massacres": the event is named for its places
_EVENT_NOUN_AFTER = re.compile(
    r"^(?:\s+(?:and|&)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)?"
    r"\s+(?i:raids?|attacks?|ambush(?:es)?|massacres?|bombings?|battle|clashes|siege|operation|offensive|strikes?|"
    r"killings?)\b",
)


def collapse_relative(cands: list[PlaceMention]) -> list[PlaceMention]:
    """A relative expression containing a toponym ("a few km south of X") is coded at the toponym, as ACLED
    names the nearest named place; the relative mention itself is dropped when its anchor is there."""
    out = []
    glosses = _gloss_anchors(cands)
    for p in cands:
        inner = [
            q
            for q in cands
            if q is not p and p.start <= q.start and q.end <= p.end and (q.start, q.end) != (p.start, p.end)
        ]
        if inner or id(p) in glosses:
            continue
        out.append(p)
    return out


GLOSS_GAP = 3
"""How many characters may separate a town from the relative expression that glosses it: ", " or " ("."""


def _gloss_anchors(cands: Sequence[PlaceMention]) -> set[int]:
    """Ids of the anchors of relative expressions that only say where the town just before them lies.

    "Xville, about 60 km south-east of Yburg": the writer locates Xville for the reader, so Yburg is a
    reference point, not a place where anything happened. Only when Xville lies where the expression
    points (within its radius): otherwise Xville was resolved to a namesake and the anchor stays.
    """
    out: set[int] = set()
    for r in cands:
        if r.kind != "relative" or r.place.lat is None or r.place.lon is None:
            continue
        town = next(
            (t for t in cands if t.kind == "toponym" and 0 <= r.start - t.end <= GLOSS_GAP and t.start < r.start),
            None,
        )
        if town is None or town.place.lat is None or town.place.lon is None:
            continue
        gap = haversine_km(town.place.lat, town.place.lon, r.place.lat, r.place.lon)
        if gap > max(15.0, r.place.uncertainty_km or 0.0):
            continue
        out.update(id(q) for q in cands if q is not r and r.start <= q.start and q.end <= r.end)
    return out


# "the al-Jufra district", "of el-Fasher": the Arabic article written lower-case before a name is part of it,
# so the words before the article decide whether the place is a locative
_ARABIC_ARTICLE = re.compile(r"\b(?:al|el|ad|ag|an|ar|as|ash|at|az|ed|er|es|et)[-‑]$")


def locative(text: str, p: PlaceMention, unit_start: int, language: str | None = None) -> bool:
    """The place is where something happened ("in X", "near X", "X raid"), not an origin or a border."""
    before = _ARABIC_ARTICLE.sub("", text[max(unit_start, p.start - 60) : p.start])
    after = text[p.end : p.end + 30]
    if lang.pick(language) == "fr":
        return _locative_fr(before, after)
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


def _locative_fr(before: str, after: str) -> bool:
    """French: "près de X", "à X", "dans la région de X"; "venus de X" is an origin, "la frontière
    algérienne" a border, and "X (région de Y)" a place with its gloss."""
    if _BORDER_FR.search(before) or re.match(r"^\s+(?:frontali\w+|à\s+la\s+frontière)", after, re.I):
        return False
    if re.search(r"\b(?:venu\w*|originaires?|en\s+provenance|partis?|arrivés?)\s+d[e']\s*(?:la\s+|l')?$", before, re.I):
        return False
    if _LOCATIVE_BEFORE_FR.search(before) or _SITE_OF_FR.search(before):
        return True
    if re.match(r"^\s*\(", after) or re.search(r"\(\s*$", before):
        return True
    return bool(re.match(r"^\s+(?:région|zone|secteur|localité|commune)\b", after, re.IGNORECASE))


def place_ok(current: Place | None, new: Place) -> bool:
    """``new`` may refine ``current``: it lies in the same country (and admin1, when both have one)."""
    if current is None:
        return True
    if current.country and new.country and acled_country(current.country) != acled_country(new.country):
        return False
    return not (current.admin1 and new.admin1 and current.geo_precision < 3 and current.admin1 != new.admin1)


def more_specific(a: Place, b: Place | None) -> bool:
    """``a`` is more specific than ``b``: village beats district beats region beats country."""
    if b is None:
        return True
    return specificity(a) > specificity(b)


def specificity(p: Place) -> int:
    if p.name and p.country and p.name == p.country and p.admin1 is None:
        return 0
    if p.geo_precision == 3 and p.admin1 and not p.admin2 and p.name in (p.admin1,):
        return 1
    return {1: 4, 2: 3, 3: 2}[p.geo_precision]


def places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return (
        place_ok(a, b)
        and place_ok(b, a)
        and (a.geo_precision == 3 or b.geo_precision == 3 or a.name == b.name or _near(a, b))
    )


def _near(a: Place, b: Place, km: float = 30.0) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return a.admin1 == b.admin1 and a.admin1 is not None
    return abs(a.lat - b.lat) * 111 <= km and abs(a.lon - b.lon) * 111 <= km


# --- stated places: "Boma, Lac Province, Chad" -------------------------------------------------------------

_CHAIN_GAP = re.compile(r"^\s*(?:,|,?\s*and|&|et)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedPlace:
    """A place written with its region and country ("Boma, Lac Province, Chad"): where it must lie.

    ``mention`` is the most specific mention of the chain that lies in ``country`` (and ``admin1``): the
    toponym, else the region, else the country itself.
    """

    country: str
    admin1: str | None
    mention: PlaceMention
    start: int
    end: int


def _fold(name: str | None) -> str:
    if not name:
        return ""
    return strip_accents(name).casefold()


def in_country(p: Place, country: str) -> bool:
    return bool(p.country) and acled_country(p.country) == country


def other_admin1(prose: Place, stated: Place) -> bool:
    """``prose`` lies in another first-level region of the same country than ``stated``."""
    if not prose.admin1 or not stated.admin1 or not prose.country or prose.country != stated.country:
        return False
    return _fold(prose.admin1) != _fold(stated.admin1)


def _in_admin1(p: Place, admin1: str | None) -> bool:
    return admin1 is None or p.admin1 is None or _fold(p.admin1) == _fold(admin1)


def stated_chains(text: str, places: Sequence[PlaceMention]) -> list[StatedPlace]:
    """Every "X, Region, Country" chain of the text: mentions joined only by commas or "and", the last one
    a country. The writer has said in which country (and region) the place lies, so a namesake abroad is
    not meant, whatever the gazetteer ranks first."""
    ms = sorted(collapse_relative(list(places)), key=lambda p: p.start)
    out: list[StatedPlace] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and _CHAIN_GAP.match(text[ms[j].end : ms[j + 1].start]):
            j += 1
        chain = ms[i : j + 1]
        i = j + 1
        if len(chain) < 2 or specificity(chain[-1].place) != 0 or not chain[-1].place.country:
            continue
        country = acled_country(chain[-1].place.country) or chain[-1].place.country
        if all(specificity(p.place) == 0 for p in chain):
            continue  # "Mali, Niger and Burkina Faso": a list of countries
        regions = [p for p in chain[:-1] if specificity(p.place) == 1 and in_country(p.place, country)]
        admin1 = regions[-1].place.admin1 if regions else None
        towns = [
            p
            for p in chain[:-1]
            if specificity(p.place) >= 2 and in_country(p.place, country) and _in_admin1(p.place, admin1)
        ]
        best = towns[0] if towns else regions[-1] if regions else chain[-1]
        out.append(StatedPlace(country, admin1, best, chain[0].start, chain[-1].end))
    return out


def confine(
    text: str,
    places: Sequence[PlaceMention],
    chains: Sequence[StatedPlace],
    refind: Callable[..., Sequence[PlaceMention]] | None,
) -> list[PlaceMention]:
    """The document's place mentions with the namesakes abroad of its stated places put right.

    A toponym of a stated chain that the gazetteer put in another country is looked up again inside the
    stated country (the finder, asked about "X, Country"); found there, every mention of that name in the
    document takes the home place; not found, every mention of it is dropped, so that the chain's region
    (or country) locates the event instead of a foreign namesake.
    """
    fixed: dict[str, PlaceMention | None] = {}
    for ch in chains:
        for p in places:
            if not (ch.start <= p.start < ch.end) or specificity(p.place) < 2:
                continue
            if in_country(p.place, ch.country) and _in_admin1(p.place, ch.admin1):
                continue
            key = _fold(p.text)
            if key in fixed:
                continue
            fixed[key] = _refind(p, ch, refind)
    if not fixed:
        return list(places)
    out: list[PlaceMention] = []
    for p in places:
        key = _fold(p.text)
        if key not in fixed or specificity(p.place) < 2:
            out.append(p)
            continue
        home = fixed[key]
        if home is not None:
            out.append(PlaceMention(p.start, p.end, p.text, home.place, home.score, home.kind, home.candidates))
    return out


def _refind(
    p: PlaceMention, ch: StatedPlace, refind: Callable[..., Sequence[PlaceMention]] | None
) -> PlaceMention | None:
    if refind is None:
        return None
    probe = f"{p.text}, {ch.country}"
    try:
        found = refind(probe, country_hint=ch.country, exclude_spans=())
    except Exception:
        return None
    for q in found:
        if (
            q.start == 0
            and specificity(q.place) >= 2
            and in_country(q.place, ch.country)
            and _in_admin1(q.place, ch.admin1)
        ):
            return q
    return None
