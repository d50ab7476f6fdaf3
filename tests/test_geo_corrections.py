"""GeoNames rows with a known wrong point are corrected on import, and press spellings GeoNames lacks reach its
towns: both from sourced data files. And people abroad ("Malian refugees") say nothing of where a report is."""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.cues import country_cues
from sitrep.geo.gazetteer_build import corrected_points
from sitrep.geo.geoparse import geoparse


def test_every_correction_cites_a_source() -> None:
    text = resources.files("sitrep.geo").joinpath("data", "corrections.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    assert all(len(r["source"]) > 40 and -90 <= float(r["lat"]) <= 90 for r in rows)


def test_an_imported_row_takes_the_corrected_point(tmp_path: Path) -> None:
    gid = next(iter(corrected_points()))
    lat, lon = corrected_points()[gid]
    g = invented_gazetteer(
        tmp_path,
        [
            dump_line(gid, "Wrongplace", lat, -lon - 1.0, "P", "PPL", "ML", "09"),
            dump_line(9500077, "Elsewhere", 14.0, -1.0, "P", "PPL", "ML", "09"),
        ],
    )
    fixed, other = g.place(gid), g.place(9500077)
    assert fixed is not None and (fixed.lat, fixed.lon) == (lat, lon)
    assert other is not None and (other.lat, other.lon) == (14.0, -1.0)


def test_a_press_spelling_reaches_the_geonames_town(tmp_path: Path) -> None:
    alternates = "Larbaa Nath Iraten"
    town = dump_line(9500090, "L’Arbaa Naït Irathen", 36.63, 4.20, "P", "PPL", "DZ", "14", alternates=alternates)
    g = invented_gazetteer(tmp_path, [town])
    found = [m.place.name for m in geoparse("Un homme a été lynché à Larbaâ Nath Irathen hier soir.", g)]
    assert found == ["L’Arbaa Naït Irathen"]


@pytest.mark.parametrize(
    "text",
    [
        "Malian refugees marched in Fassala camp.",
        "Des réfugiés maliens ont manifesté à Fassala.",
        "Nigerien nationals were kidnapped in Fassala.",
    ],
)
def test_people_abroad_do_not_point_at_their_country(text: str) -> None:
    assert country_cues(text) == {}


def test_a_demonym_still_points_at_its_country() -> None:
    assert country_cues("Malian soldiers patrolled near Fassala.") == {"ML": 1}
