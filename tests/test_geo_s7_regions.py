"""Regions of places GeoNames files wrongly or not at all: a sourced correction of a row's region, read at
lookup time; a village without a region takes its nearest compatriot's, never a foreign neighbour's.

Invented villages and sentences; each rule has one case it changes and one it leaves alone.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.region_fixes import region_fixes


def test_every_region_correction_cites_a_source_and_a_known_region(tmp_path: Path) -> None:
    text = resources.files("sitrep.geo").joinpath("data", "region_corrections.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    g = invented_gazetteer(tmp_path, [dump_line(9800001, "Somewhere", 14.0, -2.0, "P", "PPL", "ML", "04")])
    for r in rows:
        assert len(r["source"]) > 40
        assert g.admin1_code(r["country"], r["admin1"]) is not None, r["admin1"]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    gid, fix = next(iter(region_fixes().items()))
    wrong = "09" if fix.admin1 != "Gao" else "10"
    rows = [
        # the corrected row, filed under another region
        dump_line(gid, fix.name, 18.10, 0.70, "P", "PPL", fix.country, wrong),
        # a village of the same name elsewhere, under the same code: not the row the source speaks of
        dump_line(9800010, fix.name, 16.50, -0.50, "P", "PPL", fix.country, wrong),
        # a village GeoNames leaves without a region near a border: the nearest village is foreign
        dump_line(9800020, "Korombala", 10.40, -7.50, "P", "PPL", "ML", "00"),
        dump_line(9800021, "Tengrela-Sud", 10.36, -7.52, "P", "PPL", "CI", "87"),
        dump_line(9800022, "Fambougou", 10.90, -7.40, "P", "PPL", "ML", "06"),
    ]
    return invented_gazetteer(tmp_path_factory.mktemp("s7_regions"), rows)


def test_a_corrected_row_is_read_with_its_sourced_region(gaz: Gazetteer) -> None:
    gid, fix = next(iter(region_fixes().items()))
    row, other = gaz.place(gid), gaz.place(9800010)
    assert row is not None and other is not None
    assert gaz.admin1_name(row.country_code, row.admin1_code) == fix.admin1
    assert gaz.admin1_name(other.country_code, other.admin1_code) != fix.admin1


def test_a_village_without_a_region_takes_its_compatriots_not_the_foreign_neighbours(gaz: Gazetteer) -> None:
    found = [m.place for m in geoparse("Des hommes armés ont incendié le poste de Korombala.", gaz)]
    assert [(p.name, p.country, p.admin1) for p in found] == [("Korombala", "Mali", "Sikasso")]


def test_a_correction_without_a_source_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.geo.region_fixes as rf

    monkeypatch.setattr(rf, "_data_text", lambda name: "geonameid,name,country,admin1,source\n1,X,ML,Kidal,\n")
    rf.region_fixes.cache_clear()
    try:
        with pytest.raises(GazetteerError, match="cite a source"):
            rf.region_fixes()
    finally:
        monkeypatch.undo()
        rf.region_fixes.cache_clear()
