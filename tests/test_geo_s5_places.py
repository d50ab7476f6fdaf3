"""Place rules of the fifth round: people's names, compound namesakes, a district's stale region, short forms
of capitals and populations an old dump leaves out.

Invented villages and sentences (real names only where the rule's data is real: the capital short form);
each rule has one case it changes and one it leaves alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo_fixtures import invented_gazetteer
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.nonplace import person_spans
from sitrep.geo.place_fields import _fields_from_row
from sitrep.geo.resolve import _compound_part


def _line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    fcl: str,
    fcode: str,
    cc: str,
    a1: str,
    a2: str = "",
    *,
    alternates: str = "",
    population: int = 0,
) -> str:
    cols = [gid, name, name, alternates, lat, lon, fcl, fcode, cc, "", a1, a2, "", "", population, "", 0]
    return "\t".join(str(c) for c in [*cols, "Africa/Bamako", ""])


ROWS = [
    _line(9500001, "Tamboula", 13.70, 8.20, "P", "PPL", "NE", "04"),
    _line(9500002, "Darvoule", 12.10, 15.00, "P", "PPLC", "TD", "21", population=900000),
    # a village without a district code, its neighbour with one, and a compound namesake filed in the district
    _line(9500010, "Sorkana", 15.28, -5.55, "P", "PPL", "ML", "05"),
    _line(9500011, "Nioko", 15.20, -5.60, "P", "PPL", "ML", "05", "9500090"),
    _line(9500012, "Bela-Sorkana", 14.15, -5.86, "P", "PPL", "ML", "05", "9500090", alternates="Sorkana"),
    _line(9500013, "Dimbala", 14.25, -5.98, "P", "PPLA2", "ML", "05", "9500090"),
    # a department GeoNames files under another region than its seat town
    _line(9500020, "Departement de Falingo", 14.50, 3.50, "A", "ADM2", "NE", "08", "9500020"),
    _line(9500021, "Falingo", 14.35, 3.32, "P", "PPLA2", "NE", "09"),
    _line(9500022, "Departement de Korambe", 13.50, 2.50, "A", "ADM2", "NE", "08", "9500022"),
    _line(9500023, "Korambe", 13.40, 2.40, "P", "PPL", "NE", "09"),
    # a capital and a village spelt close to its short form
    _line(9500030, "Ouagadougou", 12.37, -1.53, "P", "PPLC", "BF", "03", population=1000000),
    _line(9500031, "Outaga", 11.37, -0.52, "P", "PPL", "BF", "04"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("s5_places")
    g = invented_gazetteer(folder, ROWS)
    g.import_admin_codes_text(
        "ML.05.9500090\tCercle de Dimbala\tCercle de Dimbala\t0\n"
        "NE.08.9500020\tFalingo\tFalingo\t9500020\nNE.08.9500022\tKorambe\tKorambe\t9500022\n",
        level=2,
        source="test",
    )
    return g


def _places(text: str, gaz: Gazetteer) -> list[str]:
    return [m.place.name for m in geoparse(text, gaz) if m.kind in ("toponym", "relative", "anchor")]


def test_surname_after_title_first_name_or_before_a_term_is_not_a_place(gaz: Gazetteer) -> None:
    assert "Tamboula" not in _places("Darvoule: crowds protested Tamboula's sixth term bid on Saturday.", gaz)
    assert "Tamboula" not in _places("President Tamboula spoke in Darvoule on Monday.", gaz)
    assert "Tamboula" not in _places("Idriss Tamboula met elders in Darvoule.", gaz)
    # left alone: the village itself
    assert _places("Gunmen attacked Tamboula on Monday.", gaz) == ["Tamboula"]


def test_person_spans_cover_only_the_name() -> None:
    text = "Gen. Khalifa Zubar and President Karimou met; Governor of Gao spoke."
    assert [text[a:b] for a, b in person_spans(text)] == ["Khalifa Zubar", "Karimou", "Zubar"]
    assert person_spans("Troops entered Tamboula at dawn.") == []


def test_exact_name_with_named_district_beats_a_compound_namesake(gaz: Gazetteer) -> None:
    got = geoparse("Troops left their camp in Sorkana (Dimbala circle) on Wednesday.", gaz)
    assert next(m.place.name for m in got if m.kind == "toponym") == "Sorkana"
    # left alone: the compound written whole
    assert _places("Troops left their camp in Bela-Sorkana on Wednesday.", gaz)[0] == "Bela-Sorkana"


def test_compound_part() -> None:
    assert _compound_part("sorkana", "Bela-Sorkana")
    assert not _compound_part("sorkana", "Sorkana")
    assert not _compound_part("dimbala", "Cercle de Dimbala")


def test_department_takes_its_seat_towns_region(gaz: Gazetteer) -> None:
    dept = gaz.place(9500020)
    assert dept is not None
    assert _fields_from_row(gaz, dept)["admin1"] == "Tillaberi"
    # left alone: a namesake village (not a seat) says nothing about the department's region
    other = gaz.place(9500022)
    assert other is not None
    assert _fields_from_row(gaz, other)["admin1"] == "Niamey"


def test_short_form_of_a_capital(gaz: Gazetteer) -> None:
    assert _places("Hundreds of Ouaga residents marched peacefully today.", gaz) == ["Ouagadougou"]
    # left alone: the village spelt so
    assert _places("Hundreds of Outaga residents marched peacefully today.", gaz) == ["Outaga"]


def test_old_dump_keeps_a_known_population(tmp_path: Path) -> None:
    g = invented_gazetteer(tmp_path, [_line(9500040, "Sakoro", 13.1, 1.8, "P", "PPL", "NE", "09", population=15000)])
    older = tmp_path / "geonames-old.txt"
    older.write_text(
        _line(9500040, "Sakoro", 13.1, 1.8, "P", "PPL", "NE", "09")
        + "\n"
        + _line(9500041, "Tabari", 13.2, 1.9, "P", "PPL", "NE", "09", population=0)
        + "\n",
        encoding="utf-8",
    )
    g.import_geonames([older])
    kept, new = g.place(9500040), g.place(9500041)
    assert kept is not None and kept.population == 15000
    assert new is not None and new.population == 0
