"""From a name to ranked candidate places: lookup, fuzzy matching and disambiguation scoring.

Lookup order: the exact normalised name (names and Latin alternates, curated aliases), then simple
transliteration variants (apostrophes dropped, ``ou``/``u``, ``dj``/``j``, doubled letters), and only when
nothing matched, compounds that begin with the name plus fuzzy matching with rapidfuzz over a *blocked* pool
(names with the same first letter and a similar length), so a misspelling costs a few thousand comparisons,
not half a million.

Scoring is additive so the reason for a choice can be printed (``Candidate.reasons``):

* match: exact 1.0, alternate name 0.9, variant 0.8, fuzzy ``0.8 * similarity``;
* country: +1.5 when it is the document's country hint, +1.0 when the text names the country;
* admin hints: +1.2 when the candidate's admin1 (region) is named in the text ("Douna, Mopti",
  "in the Gao region"), +1.0 for its admin2 (cercle/province/department: "Seme (Toeni, Sourou)");
* proximity: up to +1.0 for being near other places of the same text (falls to 0 at 150 km);
* border: up to +0.8 for lying within 60 km of a country whose border the text mentions ("near the
  Burkina Faso border");
* population: up to +0.5 (log scale, see below), plus +0.4 for a seat of government (PPLA..PPLC);
* feature class: populated place 0.6, admin area 0.45, site/locality 0.3, water/relief 0.15;
* actor prior: +0.6 for a country the text's actors point to (``Context.prior``: "FAMa", MINUSMA, a
  Malian armed group); soft, so a village the text places elsewhere by name or region still wins;
* region prior (:data:`SAHEL_PRIOR`): +0.4 for the Sahel countries sitrep is built for (Mali, Burkina
  Faso, Niger, Mauritania, Chad, Libya, Algeria), +0.1 for their other neighbours; a document hint or
  named country outweighs it, and it outweighs a small village's population abroad;
* conflict region (:mod:`sitrep.geo.conflict_regions`): +0.25 for lying in a region where the armed
  conflicts are fought (OCHA's list): a tie-break between namesakes the text does not tell apart;
* namesakes: +0.05 for each other place of the same name in the candidate's country (at most +0.15), and
  +0.02 for each in its region (:data:`REGIONAL_NAMESAKE_BONUS`); with
  nothing else to go on, a name that several villages of one country carry is more likely meant there;
* spelling: an alternate or variant match gets up to +0.1 for how close the place's own name is to the
  text's spelling (a tie-break between villages sharing an alternate name), unless a place of its region
  bears that spelling as its own name (an exact match keeps its edge over a respelt namesake nearby);
* namesake seat: +0.3 for a village near a district of the same name in its region (the district's
  seat, :data:`NAMESAKE_SEAT_BONUS`);
* prominence: +0.8 for the exact name of a national capital of the Sahel and its neighbours, or of a
  regional seat or city of 50,000 or more in the document's country (``PROMINENT_BONUS``);
* compound names: a place matched by one part of its compound name ("Kala-Xville" under "Xville") loses
  0.3, and is kept below an exact namesake lying in as many of the areas the text names
  (:func:`_exact_before_parts`); when nothing matches exactly or by spelling, a compound whose first word(s)
  are the name ("Xville-Habe") is a weak candidate (:data:`LEADING_PART_SIMILARITY`) that the named region
  or district lifts above a near spelling elsewhere;
* population (up to +0.5, log scale) is capped at +0.08 for a town outside the Sahel matched only by an
  alternate or variant name, so "Niala" is the Malian village spelt so, not Sudan's Nyala.
"""

from __future__ import annotations

import bisect
import math
import re
import weakref
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from sitrep.geo.conflict_regions import CONFLICT_REGION_PRIOR, in_conflict_region, region_name
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, PlaceRow, haversine_km
from sitrep.geo.normalise import normalise_name
from sitrep.geo.short_forms import short_form_targets
from sitrep.geo.translit import SkeletonIndex

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer

CORE_COUNTRIES = frozenset({"ML", "BF", "NE", "MR", "TD", "LY", "DZ"})
"""The countries sitrep is built for; they win ties against the rest of :data:`FOCUS_COUNTRIES`."""
SAHEL_PRIOR = {"core": 0.4, "neighbour": 0.1}
"""Score added for a candidate in :data:`CORE_COUNTRIES` / elsewhere in ``FOCUS_COUNTRIES`` (a setting:
analysts working on another region change it here, with :data:`CORE_COUNTRIES`)."""
ACTOR_PRIOR = 0.6
"""Score added for a candidate in a country the text's actors point to (less than a named country)."""
NAMESAKE_BONUS = 0.05
REGIONAL_NAMESAKE_BONUS = 0.02
"""Per other place of the same name in the candidate's region (at most three): a tie-break that picks the
region most of a name's villages lie in, which maximises the chance of the right region (admin1)."""
FAR_POPULATION_CAP = 0.08
FEATURE_WEIGHT = {"P": 0.6, "A": 0.45, "S": 0.3, "L": 0.3, "H": 0.15, "T": 0.15, "V": 0.15}
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLG"})
FUZZY_CUTOFF = 85.0
TRANSLIT_SIMILARITY = 0.93
"""A respelling (:mod:`sitrep.geo.translit`): below an exact, alternate or variant name, above fuzzy."""
PROMINENT_POPULATION = 50_000
PROMINENT_BONUS = 0.8
"""Added for the exact name of a national capital in the Sahel and its neighbours, and of a regional seat
or city of :data:`PROMINENT_POPULATION` in the document's country (or any, without one): a writer who
means a hamlet sharing Niamey's or Gao's name says which one. A regional seat abroad gets nothing: Burkina
Faso's Manga is not the Manga of a note on Mali."""
NAMESAKE_SEAT_KM = 75.0
NAMESAKE_SEAT_BONUS = 0.3
"""Added to a village lying within :data:`NAMESAKE_SEAT_KM` of a district (cercle, department) of its
name in the same region: Sahel districts are named for their seats, so the village a writer names
without qualification is that seat rather than a homonymous hamlet elsewhere."""
SAME_SPOT_KM = 25.0
"""Candidates this close to the best one are the same place for :func:`confidence`."""
BORDER_KM = 60.0
"""A place "near the X border" lies within this distance of one of X's towns."""
NEIGHBOUR_KM = 150.0
NEIGHBOUR_BONUS = 0.2
"""Up to this much for a place in the document's country lying within :data:`NEIGHBOUR_KM` of a place of
another country the text names ("ISWAP positions on Lake Chad near Bosso"): a note that names a second
country is usually about the borderland between them. Less than a mentioned border (+0.8) and than a
named region (+1.2), so it only settles otherwise even namesakes."""


INFERRED_DISTRICT_BONUS = 0.8
"""Added for a village without a district code whose nearest neighbour with one (within
:data:`~sitrep.geo.place_fields` reach, 60 km, same region) lies in the district the text names: GeoNames
leaves admin2 empty for most villages, and without this a namesake that happens to carry the code wins
("Nampala (Niono circle)"). Less than a recorded district (+1.0): the neighbour may lie across the line."""
COMPOUND_PART_PENALTY = 0.3
"""Taken from a place matched only because the name is one part of its compound name ("Kala-Nampala" listed
under "Nampala"): a writer who means the compound writes it whole, so a place of exactly that name wins."""
EXACT_OVER_PART_MARGIN = 0.05
"""How far below an exact namesake placed in the named areas a compound-part match is kept."""
LEADING_PART_SIMILARITY = 0.55
"""Match score of a place whose compound name begins with the text's name ("Xville" for "Xville-Peul"):
below a close fuzzy match (0.8 x similarity), so it wins only with the region or district the text names.
Sahel villages are often split into quarters named "X-Habe", "X-Peul", "X-Bozo"; a writer names the village."""
LEADING_PART_MAX = 12
"""A name that begins more compounds than this is a common word of names ("Kala ..."), not a village."""


def _sorted_keys(gaz: Gazetteer) -> list[str]:
    keys = _SORTED_KEYS.get(gaz)
    if keys is None:
        keys = sorted(gaz.name_keys())
        _SORTED_KEYS[gaz] = keys
    return keys


def leading_part_keys(gaz: Gazetteer, key: str) -> list[str]:
    """The gazetteer's compound names whose first word(s) are ``key`` ("koulogon habe" for "koulogon")."""
    keys = _sorted_keys(gaz)
    start = key + " "
    out: list[str] = []
    for i in range(bisect.bisect_left(keys, start), len(keys)):
        if not keys[i].startswith(start):
            break
        out.append(keys[i])
        if len(out) > LEADING_PART_MAX:
            return []
    return out


def _neighbour_district(gaz: Gazetteer, p: PlaceRow) -> str | None:
    near = gaz.nearest(p.lat, p.lon, max_km=60, with_admin2=True)
    if near and near[0].country_code == p.country_code and near[0].admin1_code == p.admin1_code:
        return gaz.admin2_name(near[0].country_code, near[0].admin1_code, near[0].admin2_code)
    return None


def _compound_part(key: str, name: str) -> bool:
    """Whether ``key`` is one of several hyphen-joined parts of ``name`` (not the whole)."""
    parts = [normalise_name(x) for x in re.split(r"[-‐‑–]", name) if normalise_name(x)]
    return len(parts) > 1 and key in parts


@dataclass(slots=True)
class Candidate:
    """One place a name may refer to, with its score and the reasons that made it."""

    place: PlaceRow
    key: str
    match: str
    similarity: float
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        p = self.place
        return {
            "geonameid": p.geonameid if p.geonameid > 0 else None,
            "name": p.name,
            "country_code": p.country_code,
            "feature": f"{p.feature_class}.{p.feature_code}",
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
            "match": self.match,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of a text says about where it is."""

    country_hint: str | None = None
    countries: frozenset[str] = frozenset()
    admin_names: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    borders: frozenset[str] = frozenset()
    prior: frozenset[str] = frozenset()
    admin_phrase: bool = False
    """The name is written as an admin area ("Mopti Region"): a town's prominence does not count."""


def variants(key: str) -> list[str]:
    """Transliteration variants of a normalised name (French/English spellings of Sahel names)."""
    out = {key.replace("'", ""), key.replace("'", " ")}
    simple = re.sub(r"(.)\1", r"\1", key)
    out.add(simple)
    for a, b in (
        ("ou", "u"),
        ("u", "ou"),
        ("dj", "j"),
        ("j", "dj"),
        ("y", "i"),
        ("i", "y"),
        ("kh", "k"),
        ("tch", "ch"),
        ("ch", "tch"),
        ("e ", " "),
        ("w", "ou"),
        ("ou", "w"),
    ):
        if a in key:
            out.add(key.replace(a, b))
    out.discard(key)
    return [v for v in out if v]


_SKELETONS: weakref.WeakKeyDictionary[Gazetteer, SkeletonIndex] = weakref.WeakKeyDictionary()
_SORTED_KEYS: weakref.WeakKeyDictionary[Gazetteer, list[str]] = weakref.WeakKeyDictionary()
"""Skeleton indexes by gazetteer: built once per open gazetteer and dropped with it."""


def skeletons(gaz: Gazetteer) -> SkeletonIndex:
    """The gazetteer's names by spelling skeleton (:mod:`sitrep.geo.translit`), kept while the gazetteer lives."""
    index = _SKELETONS.get(gaz)
    if index is None:
        index = SkeletonIndex(gaz.name_keys())
        _SKELETONS[gaz] = index
    return index


def lookup(gaz: Gazetteer, name: str, *, fuzzy: bool = True) -> list[Candidate]:
    """Unscored candidates for ``name``: exact, else variants, else fuzzy."""
    key = normalise_name(name)
    if not key:
        return []
    found: dict[int, Candidate] = {}
    for pid in gaz.ids_for(key, normalised=True):
        row = gaz.place(pid)
        if row:
            match = "alternate" if gaz.is_alternate(key, pid) else "exact"
            found[pid] = Candidate(row, key, match, 1.0)
    for country, full in short_form_targets(key):
        # a familiar short form ("Ouaga") counts as an alternate name of the town it stands for
        for pid in gaz.ids_for(full, normalised=True):
            row = gaz.place(pid)
            if row and pid not in found and row.country_code == country and row.feature_class == "P":
                found[pid] = Candidate(row, key, "alternate", 1.0)
    if found:
        return list(found.values())
    for var in variants(key):
        for pid in gaz.ids_for(var, normalised=True):
            row = gaz.place(pid)
            if row and pid not in found:
                found[pid] = Candidate(row, var, "variant", 0.95)
    if found:
        return list(found.values())
    for cand in article_forms(gaz, key):
        found.setdefault(cand.place.geonameid, cand)
    if found:
        return list(found.values())
    for other in skeletons(gaz).matches(key):
        for pid in gaz.ids_for(other, normalised=True):
            row = gaz.place(pid)
            # a respelling is trusted in the core Sahel countries only (elsewhere, in the document's
            # country: lookup_in_country), so a Malian "Kanio" does not become an Ivorian "Kaniyo"
            if row and pid not in found and row.country_code in CORE_COUNTRIES:
                found[pid] = Candidate(row, other, "translit", TRANSLIT_SIMILARITY)
    if found or not fuzzy or len(key) < 5:
        return list(found.values())
    for other in leading_part_keys(gaz, key):
        # "Xville" for the village GeoNames files as "Xville-Habe": weak alone, it needs the text's region
        for pid in gaz.ids_for(other, normalised=True):
            row = gaz.place(pid)
            if row and pid not in found and row.country_code in CORE_COUNTRIES and row.feature_class == "P":
                found[pid] = Candidate(row, other, "part", LEADING_PART_SIMILARITY)
    for other, sim in fuzzy_keys(gaz, key, 8):
        for pid in gaz.ids_for(other, normalised=True):
            row = gaz.place(pid)
            if row and pid not in found:
                found[pid] = Candidate(row, other, "fuzzy", sim / 100.0)
    return list(found.values())


ARTICLES = ("al", "el")
"""The Arabic article as GeoNames writes it before a town's name ("Al Qaṭrūn", "El Gatrun")."""
ARTICLE_MIN_LENGTH = 5


def article_forms(gaz: Gazetteer, key: str) -> list[Candidate]:
    """The places a name without its article stands for: "Qatrun" or "Gatroun" for Libya's Al Qaṭrūn.

    Reports drop the Arabic article that GeoNames keeps (and respell the rest: ``ou``/``u``), so the name
    is looked up with "al"/"el" before it and before its spelling variants. Only in the Sahel's countries
    and their neighbours, and only for names of five letters or more: elsewhere, or short, the article
    makes a new word ("Al Ain") rather than restoring one."""
    if len(key) < ARTICLE_MIN_LENGTH or " " in key or key.startswith(ARTICLES):
        return []
    out: dict[int, Candidate] = {}
    for stem in (key, *variants(key)):
        for art in ARTICLES:
            for pid in gaz.ids_for(f"{art} {stem}", normalised=True):
                row = gaz.place(pid)
                if row and row.country_code in FOCUS_COUNTRIES and pid not in out:
                    out[pid] = Candidate(row, f"{art} {stem}", "variant", 0.95 if stem == key else 0.9)
    return list(out.values())


def spellings(key: str) -> list[str]:
    """``key`` and, for a name of several words, the words run together: "Xoma Bangou" is the village
    other writers spell "Xombangou" (Sahel village names are written spaced and unspaced alike, and
    GeoNames keeps whichever form its source used). Only two words of four letters or more: a short first
    word is a prefix with a meaning of its own ("Tin", "In", "Ras", "Bir", "Ain"), which the gazetteer's
    names already carry in their own forms, and run together it would make a near-spelling of unrelated
    names ("Tin Hama" ~ "Tinema")."""
    words = key.split()
    if len(words) != 2 or any(len(w) < 4 for w in words):
        return [key]
    return [key, "".join(words)]


def fuzzy_keys(gaz: Gazetteer, key: str, limit: int) -> list[tuple[str, float]]:
    """Gazetteer names within :data:`FUZZY_CUTOFF` of ``key``, or one-word names within it of its unspaced
    form, best similarity first."""
    best: dict[str, float] = {}
    for spelt in spellings(key):
        joined = spelt != key
        for other, sim, _ in process.extract(
            spelt, gaz.fuzzy_block(spelt), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit
        ):
            if joined and not other.isalpha():
                continue  # the joined form stands for a one-word spelling only
            best[other] = max(best.get(other, 0.0), float(sim))
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def lookup_in_country(gaz: Gazetteer, name: str, country: str, found: Sequence[Candidate] = ()) -> list[Candidate]:
    """``found`` plus spelling variants and fuzzy matches of ``name`` inside ``country``.

    An exact match abroad is not evidence against a differently spelt village at home: a report the text
    places in Mali that writes "Boulikessi" means Mali's Boulkessi, not Burkina Faso's Boulikéssi. So when
    no exact candidate lies in the document's country, its near spellings there are added (and scored, as
    usual, by how they match).
    """
    if any(c.place.country_code == country for c in found):
        return list(found)
    key = normalise_name(name)
    out = {c.place.geonameid: c for c in found}
    if not key:
        return list(found)
    for var in variants(key):
        for pid in gaz.ids_for(var, normalised=True):
            row = gaz.place(pid)
            if row and row.country_code == country and pid not in out:
                out[pid] = Candidate(row, var, "variant", 0.95)
    if len(out) == len(found):
        # respellings inside the country, also with an e/i between consonants dropped (Boulikessi)
        for loose in (False, True):
            for other in skeletons(gaz).matches(key, loose=loose):
                for pid in gaz.ids_for(other, normalised=True):
                    row = gaz.place(pid)
                    if row and row.country_code == country and pid not in out:
                        out[pid] = Candidate(row, other, "translit", TRANSLIT_SIMILARITY - 0.02 * loose)
            if len(out) > len(found):
                break
    if len(out) == len(found) and len(key) >= 5:
        for other, sim in fuzzy_keys(gaz, key, 12):
            for pid in gaz.ids_for(other, normalised=True):
                row = gaz.place(pid)
                if row and row.country_code == country and pid not in out:
                    out[pid] = Candidate(row, other, "fuzzy", sim / 100.0)
    return list(out.values())


def score(gaz: Gazetteer, cands: Sequence[Candidate], ctx: Context) -> list[Candidate]:
    """Score and sort candidates (best first); fills ``score`` and ``reasons``."""
    namesakes: dict[tuple[str, str], int] = {}
    regional: dict[tuple[str, str, str], int] = {}
    for c in cands:
        k = (c.key, c.place.country_code)
        namesakes[k] = namesakes.get(k, 0) + 1
        if c.place.admin1_code not in ("", "00"):
            r = (c.key, c.place.country_code, c.place.admin1_code)
            regional[r] = regional.get(r, 0) + 1
    areas = [c.place for c in cands if c.place.feature_class == "A" and c.place.feature_code in ("ADM2", "ADM3")]
    admin_hits: dict[int, int] = {}
    exact_homes = {(c.key, c.place.country_code, c.place.admin1_code) for c in cands if c.match == "exact"}
    for c in cands:
        p = c.place
        reasons: list[str] = []
        s = {"exact": 1.0, "alternate": 0.9, "variant": 0.8, "translit": 0.75, "part": LEADING_PART_SIMILARITY}.get(
            c.match, 0.8 * c.similarity
        )
        reasons.append(f"{c.match} name match {c.key!r}")
        if ctx.country_hint and p.country_code == ctx.country_hint:
            s += 1.5
            reasons.append("in the document's country")
        elif p.country_code in ctx.countries:
            s += 1.0
            reasons.append("in a country the text names")
        if p.country_code in ctx.prior and p.country_code != ctx.country_hint and p.country_code not in ctx.countries:
            s += ACTOR_PRIOR
            reasons.append("in the country its actors point to")
        hits = 0
        a1 = gaz.admin1_name(p.country_code, p.admin1_code) if p.admin1_code else None
        if a1 and normalise_name(a1) in ctx.admin_names and p.feature_code != "ADM1":
            s += 1.2
            hits += 1
            reasons.append(f"its region {a1} is named")
        a2 = gaz.admin2_name(p.country_code, p.admin1_code, p.admin2_code) if p.admin2_code else None
        if a2 and normalise_name(a2) in ctx.admin_names and p.feature_code != "ADM2":
            s += 1.0
            hits += 1
            reasons.append(f"its district {a2} is named")
        elif not p.admin2_code and ctx.admin_names and p.feature_class == "P":
            near2 = _neighbour_district(gaz, p)
            if near2 and normalise_name(near2) in ctx.admin_names:
                s += INFERRED_DISTRICT_BONUS
                hits += 1
                reasons.append(f"its neighbours' district {near2} is named")
        admin_hits[id(c)] = hits
        if c.match == "alternate" and p.feature_class == "P" and _compound_part(c.key, p.name):
            s -= COMPOUND_PART_PENALTY
            reasons.append(f"{c.key!r} is only part of its name {p.name!r}")
        if ctx.points:
            d = min(haversine_km(p.lat, p.lon, lat, lon) for lat, lon in ctx.points)
            if d < 150:
                s += 1.0 * (1 - d / 150)
                reasons.append(f"{d:.0f} km from another place in the text")
        for bc in ctx.borders - {p.country_code}:
            near = gaz.nearest(p.lat, p.lon, max_km=BORDER_KM, country=bc)
            if near is not None:
                s += 0.8 * (1 - near[1] / BORDER_KM)
                reasons.append(f"{near[1]:.0f} km from {bc}, whose border the text mentions")
        if ctx.country_hint and p.country_code == ctx.country_hint:
            for nc in sorted(ctx.countries - ctx.borders - {p.country_code}):
                close = gaz.nearest(p.lat, p.lon, max_km=NEIGHBOUR_KM, country=nc)
                if close is not None:
                    s += NEIGHBOUR_BONUS * (1 - close[1] / NEIGHBOUR_KM)
                    reasons.append(f"{close[1]:.0f} km from {nc}, which the text names")
        if p.population > 0:
            home = p.country_code in CORE_COUNTRIES or c.match == "exact"
            cap = 0.5 if home else FAR_POPULATION_CAP
            s += min(cap, math.log10(p.population + 1) / 12)
        if p.feature_code in SEAT_CODES:
            s += 0.4
            reasons.append("seat of government")
        if (
            c.match == "exact"
            and not ctx.admin_phrase
            and p.feature_class == "P"
            and p.country_code in FOCUS_COUNTRIES
            and (
                p.feature_code == "PPLC"
                or (
                    (p.feature_code == "PPLA" or p.population >= PROMINENT_POPULATION)
                    and ctx.country_hint in (None, p.country_code)
                )
            )
        ):
            s += PROMINENT_BONUS
            reasons.append("a capital, regional seat or large city of that name")
        s += FEATURE_WEIGHT.get(p.feature_class, 0.1)
        if p.country_code in CORE_COUNTRIES:
            s += SAHEL_PRIOR["core"]
        elif p.country_code in FOCUS_COUNTRIES:
            s += SAHEL_PRIOR["neighbour"]
        region = a1 or region_name(gaz, p)
        if in_conflict_region(p.country_code, region):
            # of namesakes the text does not tell apart, the one where the fighting is (conflict_regions.py)
            s += CONFLICT_REGION_PRIOR
            reasons.append(f"in {region}, a conflict-affected region")
        same = namesakes.get((c.key, p.country_code), 1) - 1
        if same and c.match != "fuzzy":
            s += min(3, same) * NAMESAKE_BONUS
        same_region = regional.get((c.key, p.country_code, p.admin1_code), 1) - 1
        if same_region and c.match != "fuzzy":
            # three Dounas in Mopti, one in Segou: a Mopti one is the likelier region for an unqualified name
            s += min(3, same_region) * REGIONAL_NAMESAKE_BONUS
        if p.source == "curated":
            s += 0.1
        if p.feature_class == "P" and any(
            a.country_code == p.country_code
            and a.admin1_code == p.admin1_code
            and haversine_km(a.lat, a.lon, p.lat, p.lon) <= NAMESAKE_SEAT_KM
            for a in areas
        ):
            # "the Xland area": of the villages called Xland, the one the district is named after
            s += NAMESAKE_SEAT_BONUS
            reasons.append("the town its district is named after")
        respelt = c.match in ("alternate", "variant", "translit")
        if respelt and (c.key, p.country_code, p.admin1_code) not in exact_homes:
            # two villages known by the same alternate spelling: the one whose own name is closer to what the
            # text wrote ("Dialloube": Dialoubé before Dyaloubé) is the likelier; where a village of the same
            # region bears the text's spelling as its own name, the tie-break must not eat its edge (the
            # region or district the text names cannot tell the two apart; the writer's spelling can)
            s += 0.1 * fuzz.ratio(c.key, normalise_name(p.name)) / 100.0
        c.score = s
        c.reasons = reasons
    _exact_before_parts(cands, admin_hits)
    return sorted(cands, key=lambda c: (-c.score, c.place.geonameid))


def _exact_before_parts(cands: Sequence[Candidate], admin_hits: dict[int, int]) -> None:
    """Keep a place matched by part of its compound name below an exact namesake the text places as well.

    "Xville (Y district, Z region)": when a village called exactly Xville lies in the district and region the
    text names, the writer means it, not "Old-Xville" nearby in the same district, however close that one lies
    to the note's other places (the district seat the note also names is near both). Proximity may still
    separate two exact namesakes, or a compound the text places better than the exact name.
    """
    exact = [c for c in cands if c.match == "exact" and admin_hits.get(id(c), 0) > 0]
    for c in cands:
        if not (c.match == "alternate" and _compound_part(c.key, c.place.name)):
            continue
        rivals = [e.score for e in exact if e.key == c.key and admin_hits[id(e)] >= admin_hits.get(id(c), 0)]
        if rivals and c.score >= max(rivals):
            c.score = max(rivals) - EXACT_OVER_PART_MARGIN
            c.reasons.append("an exact namesake lies in the areas the text names")


def candidates(
    gaz: Gazetteer,
    name: str,
    *,
    country_hint: str | None = None,
    countries: Collection[str] = (),
    admin_names: Collection[str] = (),
    points: Sequence[tuple[float, float]] = (),
    fuzzy: bool = True,
    limit: int = 10,
) -> list[Candidate]:
    """Ranked places for ``name`` given what else the text says (see the module docstring)."""
    ctx = Context(country_hint, frozenset(countries), frozenset(normalise_name(a) for a in admin_names), tuple(points))
    return score(gaz, lookup(gaz, name, fuzzy=fuzzy), ctx)[:limit]


def confidence(cands: Sequence[Candidate]) -> float:
    """How sure the top choice is: a softmax over the scores, damped for fuzzy matches.

    Candidates within :data:`SAME_SPOT_KM` of the top one count for it: a town, the district named for it,
    its airport and its camp are rivals in name only, and doubting between them would keep a well-known
    anchor ("near Tessalit") from vouching for the places around it.
    """
    if not cands:
        return 0.0
    top = cands[0].score
    best = cands[0].place
    # candidates at the same spot agree: "Tessalit" the town, its cercle, camp and airport are one place
    agree = sum(
        math.exp(c.score - top)
        for c in cands
        if haversine_km(c.place.lat, c.place.lon, best.lat, best.lon) <= SAME_SPOT_KM
    )
    total = sum(math.exp(c.score - top) for c in cands)
    sure = agree / total
    return round(sure * (cands[0].similarity if cands[0].match == "fuzzy" else 1.0), 3)
