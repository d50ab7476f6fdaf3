"""Place rules of the s7b geo pass: an exact spelling against a respelt namesake, and the Inates camp.

Invented villages and sentences; the curated point is read from ``geo/data/additions.csv``, so the test
checks that the row reaches the geoparser and outranks the dump's namesake, not the row's content.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer, km
from sitrep.geo.geoparse import geoparse

ADDITIONS = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "geo" / "data" / "additions.csv"


def _toponym(text: str, gaz: object, name: str) -> tuple[float, float]:
    found = [m for m in geoparse(text, gaz) if m.text == name and m.place is not None]  # type: ignore[arg-type]
    assert found, f"{name} not resolved"
    place = found[0].place
    assert place is not None and place.lat is not None and place.lon is not None
    return place.lat, place.lon


def test_exact_spelling_beats_a_nearer_village_known_by_it_as_an_alternate(tmp_path: Path) -> None:
    # Soungou bears the text's spelling as its own name; Songou lists it as an alternate and lies 5 km nearer
    # to the other town of the note. Two villages of one country: the writer's spelling names the first.
    gaz = invented_gazetteer(
        tmp_path,
        [
            dump_line(9100001, "Dablo", 13.0, -1.0, "P", "PPL", "BF", "49"),
            dump_line(9100002, "Soungou", 13.0, -1.0 + 40 / 108.4, "P", "PPL", "BF", "49"),
            dump_line(9100003, "Songou", 13.0, -1.0 - 35 / 108.4, "P", "PPL", "BF", "49", alternates="Soungou"),
        ],
    )
    lat, lon = _toponym("Gunmen raided Soungou on Monday; residents fled to Dablo.", gaz, "Soungou")
    assert km(lat, lon, 13.0, -1.0 + 40 / 108.4) < 1.0


def test_alternate_spelling_still_finds_its_village_when_no_exact_namesake(tmp_path: Path) -> None:
    # without a village of that very name, the respelling is the only reading and must still resolve
    gaz = invented_gazetteer(
        tmp_path,
        [
            dump_line(9100001, "Dablo", 13.0, -1.0, "P", "PPL", "BF", "49"),
            dump_line(9100003, "Songou", 13.0, -1.3, "P", "PPL", "BF", "49", alternates="Soungou"),
        ],
    )
    lat, lon = _toponym("Gunmen raided Soungou on Monday; residents fled to Dablo.", gaz, "Soungou")
    assert km(lat, lon, 13.0, -1.3) < 1.0


def _addition(name: str) -> dict[str, str]:
    with ADDITIONS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["name"] == name:
                return row
    raise AssertionError(f"{name} is not in additions.csv")


def test_inates_camp_is_the_curated_point_not_the_dumps_inatess(tmp_path: Path) -> None:
    row = _addition("Inates")
    assert row["source"].strip()
    gaz = invented_gazetteer(
        tmp_path,
        # the dump's village of a near spelling, far inland from the Malian border
        [dump_line(9100010, "Inatess", 13.9688, 3.1982, "P", "PPL", "NE", "09")],
    )
    gaz.import_additions()
    for text in (
        "Jihadists stormed the army camp at Inates, near the Malian border, killing dozens of soldiers.",
        "Des assaillants ont attaqué le camp militaire d'Inatès, dans la région de Tillabéri.",
    ):
        name = "Inatès" if "Inatès" in text else "Inates"
        lat, lon = _toponym(text, gaz, name)
        assert km(lat, lon, float(row["lat"]), float(row["lon"])) < 1.0, text


@pytest.mark.parametrize("spelling", ["Inatess"])
def test_the_dumps_inatess_keeps_its_own_point(tmp_path: Path, spelling: str) -> None:
    # the addition must not swallow the other village: its own spelling still finds it
    gaz = invented_gazetteer(tmp_path, [dump_line(9100010, "Inatess", 13.9688, 3.1982, "P", "PPL", "NE", "09")])
    gaz.import_additions()
    lat, lon = _toponym(f"Herders gathered at {spelling} on market day.", gaz, spelling)
    assert km(lat, lon, 13.9688, 3.1982) < 1.0
