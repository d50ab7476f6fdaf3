"""Scoring a spotted name's candidates, with what the text says about admin areas ("Mopti Region").

Why its own module: the geoparser ranks candidates twice (with the document's hints, then with the other
places as proximity evidence); both passes share the look-up in the hinted countries and the boosts for a
name written as an admin area ("cercle de Bourem", "Douna, Mopti"), which are kept here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.normalise import normalise_name
from sitrep.geo.resolve import (
    CORE_COUNTRIES,
    PROMINENT_POPULATION,
    Candidate,
    Context,
    lookup,
    lookup_in_country,
    score,
)

if TYPE_CHECKING:
    from sitrep.geo.spotting import _Span


_ADMIN_AFTER = re.compile(
    r"\s+(?:Region|region|Province|province|Cercle|cercle|Circle|circle|District|district|Department|"
    r"department|Commune|commune)\b"
)
_ADMIN_INSIDE = re.compile(
    r"\s(?:Region|region|Province|province|Cercle|cercle|Circle|circle|District|district|Department|"
    r"department)$"
)
_ADMIN_BEFORE = re.compile(
    r"(?:r[ée]gion|province|cercle|circle|district|d[ée]partement|department|commune|wilaya|"
    r"governorate|gouvernorat)\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d'|of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_AFTER_PLACE = re.compile(
    r"^\s*(?:,|\(|,\s*in|in|\bin\s+the|(?:area|zone|part|region|district)\s+of(?:\s+the)?)\s*$", re.IGNORECASE
)
_POSSESSOR = re.compile(r"^['’]s\s+$")

REGION_AFTER_TOWN_BONUS = 0.6
"""A region beats a department of the same name when it is written after a town ("Ayorou (Tillaberi)")."""


def _admin_level(text: str, span: _Span) -> tuple[str | None, int]:
    """'Mopti Region' / 'cercle de Bourem' around a span: the admin level and the new span end."""
    after = _ADMIN_AFTER.match(text, span.end)
    inside = _ADMIN_INSIDE.search(span.text)
    if inside and after is None:  # the gazetteer knows "Mopti Region" as one name
        word = inside.group(0).strip().lower()
        return ("ADM2" if word.startswith(("cercle", "circle", "province", "district", "d")) else "ADM1"), span.end
    before = _ADMIN_BEFORE.search(text[max(0, span.start - 40) : span.start])
    word = (after.group(0) if after else before.group(0) if before else "").strip().lower()
    if not word:
        return None, span.end
    level = "ADM2" if word.startswith(("cercle", "circle", "province", "district", "d")) else "ADM1"
    if word.startswith("commune"):
        level = "ADM3"
    return level, after.end() if after else span.end


FAR_ALTERNATE_POPULATION = 1_000_000
"""Outside the Sahel and its neighbours, a place matched by an alternate name must be a capital or a city of
this size ("Moscou", "Pékin"): smaller ones are hits on one of the hundreds of names GeoNames gives a foreign
town ("Boni" for Bonn), while the note means a Sahel village the gazetteer lacks."""


def _plausible(c: Candidate) -> bool:
    """Whether a candidate could be what a Sahel report means.

    A village missing from the gazetteer ("Gossi" in the default build) otherwise resolves to whatever
    foreign town shares a respelling of it (India's Ghosī, Germany's Bonn), which puts the event on another
    continent: no point is more honest, and the note's country still comes from its other evidence. A
    fuzzy match is a guess, trusted only in the core countries (:data:`sitrep.geo.resolve.CORE_COUNTRIES`).
    """
    p = c.place
    if c.match == "fuzzy":
        # a near spelling is a guess: only where the reports are (Nigeria's Machina is not Mali's Macina)
        return p.country_code in CORE_COUNTRIES
    if c.match == "exact" or p.country_code in FOCUS_COUNTRIES:
        return True
    if c.match == "alternate" and len(c.key.replace(" ", "")) <= FAR_CODE_LENGTH:
        return False  # "Ber", "Par": a code GeoNames lists for Berlin or Paris, not how a note names them
    return c.match == "alternate" and (p.feature_code == "PPLC" or p.population >= FAR_ALTERNATE_POPULATION)


FAR_CODE_LENGTH = 3
"""An alternate name this short of a place outside the Sahel and its neighbours is a code (BER, PAR), never
what a Sahel report means by it."""

FAR_VILLAGE_POPULATION = 100_000
"""Outside the core Sahel countries, a place smaller than this (and not a national capital) is read as the
place a note means only when the text points to its country: by name, demonym, border or actors."""


def _far_namesake(c: Candidate, pointed: Collection[str]) -> bool:
    """Whether a candidate is a small namesake abroad that nothing in the text points to.

    The default gazetteer lacks most Sahel villages but holds every town of 500 people worldwide, so a
    Malian "Tabango", "Kora" or "Douna" finds only a Philippine, Rwandan or Ivorian namesake. A note that
    means a village abroad says which country it is in ("Kafolo, in Côte d'Ivoire", "Ivorian troops", "near
    the Togolese border"); without that, no point is more honest than a point on another continent, and the
    note's country still comes from its other evidence.
    """
    p = c.place
    if p.country_code in CORE_COUNTRIES or p.country_code in pointed or p.feature_code == "PPLC":
        return False
    if c.match != "exact":
        # a respelling ("Niala" for Sudan's Nyala) vouches for a city abroad only if it is a metropolis
        return p.population < FAR_ALTERNATE_POPULATION
    return p.population < FAR_VILLAGE_POPULATION


def _lookup(
    gaz: Gazetteer,
    name: str,
    countries: Sequence[str],
    pointed: Collection[str] | None = None,
    near: Collection[str] = (),
) -> list[Candidate]:
    """Plausible candidates for ``name``; ``pointed`` (when given) are the countries the text points to,
    outside which small namesakes abroad are dropped (:func:`_far_namesake`).

    ``near`` are the countries named only across a border ("near the Malian border"): they vouch for a
    namesake abroad like a pointed country, but they do not make a respelling in another country a guess
    (:func:`_respelling_elsewhere`), since the phrase says the place lies in a neighbour, not in them."""
    found = lookup(gaz, name)
    for country in countries:
        found = lookup_in_country(gaz, name, country, found)
    out = [c for c in found if _plausible(c)]
    if pointed is not None:
        same = same_spellings(normalise_name(name))
        out = [
            c
            for c in out
            if not _far_namesake(c, {*pointed, *near})
            and ((c.match == "variant" and c.key in same) or not _respelling_elsewhere(c, pointed))
        ]
    return out


def same_spellings(key: str) -> frozenset[str]:
    """The keys that write ``key`` with the same letters: its apostrophes, hyphens and spaces dropped or
    turned into spaces ("N'Guigmi", "Nguigmi", "N Guigmi").

    Such a variant is the same spelling, not a guess: :func:`_respelling_elsewhere` must not drop the place
    it finds because the text's actors point to another country (a Malian-sounding force in a note on
    Niger's N'Guigmi).
    """
    out = {key}
    for mark in ("'", "-", " "):
        if mark in key:
            out |= {key.replace(mark, ""), key.replace(mark, " ")}
    out |= {re.sub(r"['\- ]", "", key)}
    return frozenset(out)


def _respelling_elsewhere(c: Candidate, pointed: Collection[str]) -> bool:
    """Whether a candidate is only a respelling or minor alternate ("Gawa" for Gaoua) in a country the text
    does not point to,
    while it points to others.

    A note whose actors or demonyms say Mali and that writes "Gawa" means a Malian place spelt so; Burkina
    Faso's Gaoua is a guess from the spelling alone, 450 km off. An exact name abroad is left to the other
    rules (the note may be about the borderland); a note pointing nowhere keeps the respelling.
    """
    p = c.place
    if not pointed or c.match == "exact" or p.country_code in pointed or p.feature_code == "PPLC":
        return False
    # a city's well-known alternate ("Ouaga", "Tombouctou") is not a guess
    return c.match != "alternate" or p.population < PROMINENT_POPULATION


def _is_admin_name(gaz: Gazetteer, name: str) -> bool:
    return any((row := gaz.place(pid)) is not None and row.feature_class == "A" for pid in gaz.ids_for(name))


def _rank(gaz: Gazetteer, cands: list[Candidate], ctx: Context, admin_level: str | None) -> list[Candidate]:
    ranked = score(gaz, cands, replace(ctx, admin_phrase=True) if admin_level else ctx)
    if admin_level:
        for c in ranked:
            code = c.place.feature_code
            if c.place.feature_class == "A" and (admin_level in code or admin_level == "ADM1/2"):
                c.score += 2.0
                c.reasons.append("admin area named as such")
                if admin_level == "ADM1/2" and code == "ADM1":
                    # "Ayorou (Tillaberi)", "Douna, Mopti": the name after a town is its region, not the
                    # department of the same name (GeoNames files some of those under another region)
                    c.score += REGION_AFTER_TOWN_BONUS
                    c.reasons.append("region after a town")
            elif c.place.feature_code in ("PPLA", "PPLA2") and admin_level == "ADM1/2":
                c.score += 0.5
        ranked.sort(key=lambda c: (-c.score, c.place.geonameid))
    return ranked
