"""A named base in a town, a village the note files under a neighbouring region, and a named region against
an armed group's home country (invented places on a small gazetteer)."""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer, km
from sitrep.geo.eventplace import document_country, event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9100001, "Tarbelat", 20.20, 1.01, "P", "PPLA2", "ML", "10"),
    (9100002, "Zoukarat", 20.32, 0.73, "P", "PPL", "ML", "10"),  # 32 km from Tarbelat
    (9100003, "Imzouret", 16.00, -3.00, "P", "PPL", "ML", "08"),  # 500 km from Tarbelat
    (9100004, "Kidal Region", 19.50, 1.20, "A", "ADM1", "ML", "10"),
    (9100005, "Kidal", 18.44, 1.41, "P", "PPLA", "ML", "10"),
    (9100006, "Ouardimat", 18.04, 0.60, "P", "PPL", "ML", "09"),  # filed under Gao, 95 km from Kidal
    (9100007, "Mopti Region", 14.50, -3.50, "A", "ADM1", "ML", "04"),
    (9100008, "Mopti", 14.48, -4.18, "P", "PPLA", "ML", "04"),
    (9100009, "Soulkadi", 14.43, -0.66, "P", "PPL", "BF", "52"),
    (9100010, "Soulkadi", 15.00, -1.40, "P", "PPL", "ML", "04"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row) for row in ROWS]
    return invented_gazetteer(tmp_path_factory.mktemp("gazsite"), lines, default_countries={"ML", "BF"})


def locate(gaz: Gazetteer, text: str) -> Any:
    mentions = geoparse(text, gaz)
    return event_location(text, mentions, gaz)


def test_a_named_base_after_force_names_is_the_place(gaz: Gazetteer) -> None:
    names = [m.text for m in geoparse("The joint Barkhane/MINUSMA Zoukarat base in Tarbelat was shelled.", gaz)]
    assert "Zoukarat" in names
    got = locate(gaz, "The joint Barkhane/MINUSMA Zoukarat base in Tarbelat was shelled.")
    assert got is not None and got.place.name == "Zoukarat"


def test_a_base_resolving_far_from_its_town_gives_way_to_the_town(gaz: Gazetteer) -> None:
    got = locate(gaz, "The joint Barkhane/MINUSMA Imzouret base in Tarbelat was shelled.")
    assert got is not None and got.place.name == "Tarbelat"


def test_a_person_named_in_a_run_is_still_not_a_place(gaz: Gazetteer) -> None:
    # only force words are dropped from a run: "Ahmed Zoukarat" stays a person's name
    names = [m.text for m in geoparse("Gunmen shot Ahmed Zoukarat on the road.", gaz)]
    assert "Zoukarat" not in names


def test_a_village_near_the_named_regions_seat_keeps_the_named_region(gaz: Gazetteer) -> None:
    got = locate(gaz, "Bodies were discovered in Kidal's Ouardimat area.")
    assert got is not None and got.place.name == "Ouardimat"
    assert got.place.admin1 == "Kidal"


def test_a_named_region_outweighs_an_armed_groups_home_country(gaz: Gazetteer) -> None:
    text = (
        "Ansaroul Islam fighters attacked an army position in the Soulkadi area of Mopti. "
        "Two Ansaroul Islam fighters were wounded."
    )
    mentions = geoparse(text, gaz)
    assert document_country(text, mentions, gaz) == "ML"
    got = event_location(text, mentions, gaz)
    assert got is not None and got.place.country == "Mali"
    assert km(got.place.lat, got.place.lon, 15.00, -1.40) < 1
