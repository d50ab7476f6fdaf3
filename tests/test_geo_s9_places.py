"""Namesakes the text does not tell apart: the one in a conflict-affected region, then in the region most of
them lie in, wins (invented villages on a small gazetteer, so no real row decides the outcome)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.conflict_regions import in_conflict_region
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.resolve import LEADING_PART_MAX, leading_part_keys

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


# Ninth round, issue #4: an exact name the text places in its district and region outranks a compound
# namesake near the note's other towns, and a name that is the first part of a compound village name
# ("Xville" for "Xville-Habe") is found when the text names the village's district or region.


def _line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    cc: str,
    a1: str,
    a2: str = "",
    *,
    fcode: str = "PPL",
    alternates: str = "",
) -> str:
    cols = [gid, name, name, alternates, lat, lon, "P", fcode, cc, "", a1, a2, "", "", 0, "", 0]
    return "\t".join(str(c) for c in [*cols, "Africa/Bamako", ""])


COMPOUND_ROWS = [
    # Segou (ML.05): an exact "Varmola" far north without a district code, its neighbour in the Dorba cercle,
    # and "Sene-Varmola" (alternate "Varmola") filed in that cercle next to its seat Dorba
    _line(9900001, "Varmola", 15.30, -5.50, "ML", "05"),
    _line(9900002, "Kissoro", 15.22, -5.58, "ML", "05", "9900090"),
    _line(9900003, "Sene-Varmola", 14.15, -5.87, "ML", "05", "9900090", alternates="Varmola"),
    _line(9900004, "Dorba", 14.26, -5.99, "ML", "05", "9900090", fcode="PPLA2"),
    # the same pair where the exact "Bankoro" lies by a village of another cercle (Kisso)
    _line(9900005, "Bankoro", 15.60, -4.90, "ML", "05"),
    _line(9900006, "Kissa", 15.55, -4.95, "ML", "05", "9900092"),
    _line(9900007, "Sene-Bankoro", 14.20, -5.80, "ML", "05", "9900090", alternates="Bankoro"),
    # Mopti (ML.04): a village filed only as "Tondigou-Habe" in the Wessa cercle; in Segou a "Tondigo",
    # a close spelling of the bare name
    _line(9900010, "Tondigou-Habe", 13.82, -3.44, "ML", "04", "9900091"),
    _line(9900011, "Wessa", 14.08, -3.52, "ML", "04", "9900091", fcode="PPLA2"),
    _line(9900012, "Tondigo", 13.62, -5.10, "ML", "05"),
    # a word that begins many compound names is no village of its own
    *(_line(9900100 + i, f"Kelamu {w}", 12.0 + i / 10, -8.0, "ML", "03") for i, w in enumerate("ABCDEFGHIJKLMNOP")),
]


@pytest.fixture(scope="module")
def compound_gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("s9_places")
    g = Gazetteer.create_empty(folder / "g.sqlite")
    g._load_countries()
    g._load_packaged_admin1()
    dump = folder / "geonames-test.txt"
    dump.write_text("\n".join(COMPOUND_ROWS) + "\n", encoding="utf-8")
    g.import_geonames([dump])
    g.import_admin_codes_text(
        "ML.05.9900090\tCercle de Dorba\tCercle de Dorba\t0\nML.04.9900091\tCercle de Wessa\tCercle de Wessa\t0\n"
        "ML.05.9900092\tCercle de Kisso\tCercle de Kisso\t0\n",
        level=2,
        source="test",
    )
    return g


def _first(text: str, gaz: Gazetteer, name: str) -> str:
    return next(m.place.name for m in geoparse(text, gaz, country_hint="ML") if m.text == name)


def test_exact_name_in_the_named_cercle_and_region_beats_a_compound_near_the_seat(compound_gaz: Gazetteer) -> None:
    text = (
        "Militants seized Varmola (Dorba cercle, Segou region) after a firefight with the army. "
        "Reinforcements from Dorba had not arrived by the evening."
    )
    assert _first(text, compound_gaz, "Varmola") == "Varmola"
    # left alone: an exact namesake outside the cercle the text names does not hold the compound back
    text = (
        "Militants seized Bankoro (Dorba cercle, Segou region) after a firefight with the army. "
        "Reinforcements from Dorba had not arrived by the evening."
    )
    assert _first(text, compound_gaz, "Bankoro") == "Sene-Bankoro"


def test_first_part_of_a_compound_name_in_the_named_cercle_beats_a_near_spelling(compound_gaz: Gazetteer) -> None:
    text = "Gunmen killed 20 people in Tondigou, a village of the Wessa Cercle in the Mopti Region, on Sunday."
    assert _first(text, compound_gaz, "Tondigou") == "Tondigou-Habe"
    # left alone: with nothing placing it, the bare name stays with its close spelling
    assert _first("Gunmen killed 20 people in Tondigou on Sunday.", compound_gaz, "Tondigou") == "Tondigo"


def test_leading_part_keys(compound_gaz: Gazetteer) -> None:
    assert leading_part_keys(compound_gaz, "tondigou") == ["tondigou habe"]
    assert leading_part_keys(compound_gaz, "tondig") == []  # a whole first word, not a prefix of one
    assert leading_part_keys(compound_gaz, "kelamu") == []  # begins more than LEADING_PART_MAX names
    assert LEADING_PART_MAX < 16
