"""Spelling skeletons (sitrep.geo.translit) and the place rules of round 5, on invented places.

Every village here is made up (GeoNames-format rows written below); the sentences were written for these
tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.normalise import normalise_name
from sitrep.geo.resolve import lookup, lookup_in_country
from sitrep.geo.translit import skeleton

# geonameid, name, alternates, lat, lon, feature class, code, country, admin1, population
ROWS = [
    (9200001, "Aguelbok", "", 19.00, 0.50, "P", "PPL", "ML", "07", 0),
    (9200002, "Ti-n-Zalouatene", "", 19.90, 3.00, "P", "PPL", "ML", "07", 0),
    (9200003, "In Kadaboutan", "", 15.50, 2.70, "P", "PPL", "ML", "07", 0),
    (9200004, "Boulkassi", "", 15.10, -1.60, "P", "PPL", "ML", "04", 0),
    (9200005, "Boulikassi", "", 14.40, -0.60, "P", "PPL", "BF", "13", 0),
    (9200006, "Varaka Region", "Varaka", 14.30, 2.10, "A", "ADM1", "NE", "09", 0),
    (9200007, "Varaka Department", "Varaka", 14.50, 1.40, "A", "ADM2", "NE", "08", 0),
    (9200008, "Korsou", "", 14.70, 0.90, "P", "PPL", "NE", "09", 0),
    (9200009, "Dani Fangou", "", 15.00, 2.70, "P", "PPL", "NE", "09", 0),
    (9200010, "Danyé Fangou", "", 12.90, 2.60, "P", "PPL", "NE", "09", 0),
    (9200011, "Kadiyo", "", 7.50, -5.50, "P", "PPL", "CI", "01", 0),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [
        dump_line(gid, name, lat, lon, fcl, fcode, cc, a1, alternates=alts, population=pop)
        for gid, name, alts, lat, lon, fcl, fcode, cc, a1, pop in ROWS
    ]
    return invented_gazetteer(tmp_path_factory.mktemp("gaztranslit"), lines)


def locate(gaz: Gazetteer, text: str, hint: str | None = None) -> Any:
    return event_location(text, geoparse(text, gaz, country_hint=hint), gaz, country_hint=hint)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Djimbara", "Jimbara"),
        ("Ouaribou", "Waribu"),
        ("Aguelboc", "Aguelbok"),
        ("Aguelboq", "Aguelbok"),
        ("Ghandoura", "Gandoura"),
        ("Khalimba", "Kalimba"),
        ("Chekora", "Shekora"),
        ("Cabrosso", "Kabroso"),
        ("Tamassine", "Tamasin"),
        ("Tessaly", "Tessali"),
        ("I-n-Kadaboutan", "In Kadaboutan"),
        ("Tin-Zalou", "Tinzalou"),
    ],
)
def test_spellings_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(normalise_name(a)) == skeleton(normalise_name(b))


@pytest.mark.parametrize(("a", "b"), [("Cerfana", "Kerfana"), ("Dalbo", "Talbo"), ("Kanio", "Kanlo")])
def test_different_names_keep_different_skeletons(a: str, b: str) -> None:
    assert skeleton(normalise_name(a)) != skeleton(normalise_name(b))


def test_a_respelling_is_found_below_an_exact_match(gaz: Gazetteer) -> None:
    cands = lookup(gaz, "Aguelboc")
    assert [c.place.name for c in cands] == ["Aguelbok"]
    assert cands[0].match == "translit" and cands[0].similarity < 1.0


def test_a_respelling_abroad_outside_the_sahel_is_not_taken(gaz: Gazetteer) -> None:
    # an Ivorian "Kadiyo" is not what a Malian note means by "Kadio"
    assert not [c for c in lookup(gaz, "Kadio", fuzzy=False) if c.place.country_code == "CI"]


def test_particles_and_loose_vowels_inside_the_country(gaz: Gazetteer) -> None:
    loc = locate(gaz, "Gunmen attacked a convoy near I-n-Kadaboutan.", "ML")
    assert loc is not None and loc.place.name == "In Kadaboutan"
    loc = locate(gaz, "Trucks were looted in Tinzalouaten.", "ML")
    assert loc is not None and loc.place.name == "Ti-n-Zalouatene"
    # "Boulikassi" is exact in Burkina Faso; a Malian report means Mali's Boulkassi
    found = lookup_in_country(gaz, "Boulkassi", "BF", lookup(gaz, "Boulkassi"))
    assert {c.place.country_code for c in found} == {"ML", "BF"}


def test_the_closer_spelling_wins_over_a_fuzzy_namesake(gaz: Gazetteer) -> None:
    loc = locate(gaz, "Militants raided two villages near Danifangou.", "NE")
    assert loc is not None and loc.place.name == "Dani Fangou"


def test_a_region_after_a_town_is_the_region_and_keeps_its_admin1(gaz: Gazetteer) -> None:
    region = gaz.admin1_name("NE", "09")
    loc = locate(gaz, "Militants attacked the military camp of Korsou (Varaka) on Monday.", "NE")
    assert loc is not None and loc.place.name == "Korsou" and loc.place.admin1 == region
    mentions = geoparse("Militants attacked the military camp of Korsou (Varaka) on Monday.", gaz, country_hint="NE")
    admin = [m for m in mentions if m.kind == "admin"]
    assert admin and admin[0].place.admin1 == region


def test_a_department_named_like_its_region_carries_that_region(gaz: Gazetteer) -> None:
    mentions = geoparse("Clashes were reported in Varaka Department.", gaz, country_hint="NE")
    dept = [m for m in mentions if m.place.name.startswith("Varaka")]
    assert dept and dept[0].place.admin1 == gaz.admin1_name("NE", "09")
