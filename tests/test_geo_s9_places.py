"""Namesakes the text does not tell apart: the one in a conflict-affected region, then in the region most of
them lie in, wins (invented villages on a small gazetteer, so no real row decides the outcome)."""

from __future__ import annotations

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.conflict_regions import in_conflict_region
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9200001, "Tindouma", 14.80, -10.60, "P", "PPL", "ML", "03"),  # Kayes: no fighting, lower id
    (9200002, "Tindouma", 14.40, -2.90, "P", "PPL", "ML", "04"),  # Mopti
    (9200003, "Konbara", 13.70, -10.80, "P", "PPL", "ML", "03"),  # Kayes, lower id
    (9200004, "Konbara", 15.10, -3.50, "P", "PPL", "ML", "00"),  # region unknown to GeoNames ...
    (9200005, "Sendegue", 15.00, -3.40, "P", "PPL", "ML", "04"),  # ... but its neighbour is in Mopti
    (9200006, "Wayalde", 12.90, -11.00, "P", "PPL", "ML", "03"),
    (9200007, "Wayalde", 13.30, -5.70, "P", "PPL", "ML", "05"),  # Segou
    (9200008, "Bassoumi", 14.10, -10.00, "P", "PPL", "ML", "03"),  # a Kayes town ...
    (9200009, "Dagoura", 14.20, -10.10, "P", "PPL", "ML", "03"),  # ... near its Kayes namesake
    (9200010, "Dagoura", 14.45, -3.10, "P", "PPL", "ML", "04"),
    (9200011, "Kelbara", 13.20, -5.90, "P", "PPL", "ML", "05"),  # Segou, lowest id
    (9200012, "Kelbara", 15.10, -1.70, "P", "PPL", "ML", "04"),  # three in Mopti
    (9200013, "Kelbara", 14.60, -1.75, "P", "PPL", "ML", "04"),
    (9200014, "Kelbara", 14.20, -3.20, "P", "PPL", "ML", "04"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row) for row in ROWS]
    return invented_gazetteer(tmp_path_factory.mktemp("gazs9"), lines, default_countries={"ML"})


def _place(gaz: Gazetteer, text: str, name: str) -> tuple[float, float]:
    for m in geoparse(text, gaz):
        if m.text == name and m.place is not None:
            return (m.place.lat, m.place.lon)
    raise AssertionError(f"{name} not resolved in {text!r}")


def test_the_data_file_names_regions_of_each_theatre() -> None:
    assert in_conflict_region("ML", "Mopti") and in_conflict_region("BF", "Sahel")
    assert in_conflict_region("NE", "Tillabéri")  # accents do not matter
    assert not in_conflict_region("ML", "Kayes") and not in_conflict_region("ML", None)


def test_a_bare_namesake_is_the_one_in_a_conflict_region(gaz: Gazetteer) -> None:
    assert _place(gaz, "Gunmen tried to steal a truck in Tindouma.", "Tindouma") == (14.40, -2.90)
    assert _place(gaz, "Gunmen attacked the gendarmerie post in Wayalde.", "Wayalde") == (13.30, -5.70)


def test_a_village_geonames_files_under_no_region_takes_its_neighbours_region(gaz: Gazetteer) -> None:
    assert _place(gaz, "Gunmen kidnapped the imam of Konbara.", "Konbara") == (15.10, -3.50)


def test_a_nearby_place_in_the_text_still_outweighs_the_prior(gaz: Gazetteer) -> None:
    assert _place(gaz, "Bandits attacked Dagoura, near Bassoumi.", "Dagoura") == (14.20, -10.10)


def test_of_tied_namesakes_the_region_most_of_them_lie_in_wins(gaz: Gazetteer) -> None:
    lat, _lon = _place(gaz, "Gunfire killed a trader in the Kelbara area.", "Kelbara")
    assert lat != 13.20
