"""Rules for choosing and resolving an event's place added for issue #4, on invented places.

Every village here is made up (GeoNames-format rows written below) so each rule is tested on its own, with
sentences written for these tests.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer, PlaceRow
from sitrep.geo.geoparse import geoparse, infer_country
from sitrep.geo.relative import find_relative
from sitrep.geo.resolve import Candidate, confidence

# geonameid, name, alternates, lat, lon, feature class, code, country, admin1, population
ROWS = [
    (9100001, "Kelbara", "", 16.10, 0.30, "P", "PPLA", "ML", "09", 80000),
    (9100002, "Kelbara", "", 14.20, 2.90, "P", "PPL", "NE", "09", 0),
    (9100003, "Kelbara", "", 13.90, 3.20, "P", "PPL", "NE", "06", 0),
    (9100004, "Tindaro", "", 13.60, 2.10, "P", "PPLC", "NE", "08", 900000),
    (9100005, "Sarango", "", 11.70, -1.10, "P", "PPLA", "BF", "07", 20000),
    (9100006, "Sarango", "", 14.90, -3.90, "P", "PPL", "ML", "04", 0),
    (9100007, "Fentara", "", 14.80, -2.10, "P", "PPL", "ML", "04", 0),
    (9100008, "Fentara", "", 12.30, -1.60, "P", "PPL", "BF", "03", 0),
    (9100009, "Marovo", "", 15.10, -3.50, "P", "PPL", "ML", "04", 0),
    (9100010, "Dassongo", "", 14.50, -4.20, "P", "PPLA", "ML", "04", 0),
    (9100011, "Kourmi", "", 12.55, -7.90, "P", "PPL", "ML", "01", 0),
    (9100012, "Bamadou", "", 12.65, -8.00, "P", "PPLA", "ML", "01", 60000),
    (9100013, "Tinkhalube", "Tinkalloube", 16.40, -3.50, "P", "PPL", "ML", "08", 0),
    (9100014, "Tinkaloube", "Tinkalloube", 15.00, -4.20, "P", "PPL", "ML", "04", 0),
    (9100015, "Wassaka", "", 16.45, -2.00, "P", "PPL", "ML", "08", 0),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [
        dump_line(gid, name, lat, lon, fcl, fcode, cc, a1, alternates=alts, population=pop)
        for gid, name, alts, lat, lon, fcl, fcode, cc, a1, pop in ROWS
    ]
    return invented_gazetteer(tmp_path_factory.mktemp("gazrules"), lines)


def locate(gaz: Gazetteer, text: str, hint: str | None = None) -> Any:
    mentions = geoparse(text, gaz, country_hint=hint)
    return event_location(text, mentions, gaz, country_hint=hint)


def _cand(gid: int, lat: float, lon: float, score: float) -> Candidate:
    row = PlaceRow(gid, "X", "x", lat, lon, "P", "PPL", "ML", "10", "", 0, "geonames")
    return Candidate(row, "x", "exact", 1.0, score=score)


def test_candidates_at_one_spot_do_not_make_a_name_doubtful() -> None:
    # a town, its district and its airport share the name: the choice among them is not a doubt
    same_spot = [_cand(1, 20.20, 1.01, 4.0), _cand(2, 20.25, 1.05, 3.4), _cand(3, 20.19, 1.02, 3.3)]
    elsewhere = [_cand(1, 20.20, 1.01, 4.0), _cand(2, 17.70, 0.20, 3.4), _cand(3, 14.0, -4.0, 3.3)]
    assert confidence(same_spot) > 0.95
    assert confidence(elsewhere) < 0.6


def test_a_famous_town_votes_for_its_country_and_beats_namesakes(gaz: Gazetteer) -> None:
    text = "Traders blocked the market in Kelbara over taxes on the road to Tindaro."
    got = locate(gaz, text)
    assert got is not None and got.text == "Kelbara"
    assert got.place.country == "Mali"
    tindaro = next(m for m in geoparse(text, gaz) if m.text == "Tindaro")
    assert tindaro.place.country == "Niger"


def test_a_regional_seat_abroad_does_not_outvote_a_demonym(gaz: Gazetteer) -> None:
    text = "Malian soldiers were ambushed in Sarango."
    assert infer_country(text, gaz, []) in (None, "ML")
    got = locate(gaz, text)
    assert got is not None and got.place.country == "Mali"


def test_the_area_of_a_region_names_the_region(gaz: Gazetteer) -> None:
    text = "An army post was attacked in the Fentara area of Mopti."
    kinds = {m.text: m.kind for m in geoparse(text, gaz)}
    assert kinds.get("Mopti") == "admin"
    got = locate(gaz, text)
    assert got is not None and got.text == "Fentara" and got.place.admin1 == "Mopti"


def test_a_possessive_region_contains_the_next_place(gaz: Gazetteer) -> None:
    text = "Two graves were found in Mopti's Fentara area."
    kinds = {m.text: m.kind for m in geoparse(text, gaz)}
    assert kinds.get("Mopti") == "admin"
    got = locate(gaz, text)
    assert got is not None and got.text == "Fentara" and got.place.country == "Mali"


def test_just_outside_is_a_relative_expression() -> None:
    found = find_relative("Shops were looted just outside Bamadou yesterday.")
    assert [r.kind for r in found] == ["outskirts"]


def test_a_place_described_as_near_a_town_is_the_event_place(gaz: Gazetteer) -> None:
    got = locate(gaz, "Youths burned tyres in Kourmi, just outside Bamadou.", "Mali")
    assert got is not None and got.text == "Kourmi"
    # loosely "near": 110 km out still counts as the village the writer means
    got = locate(gaz, "Two gendarmes were killed at a checkpoint in Marovo, near Dassongo.", "Mali")
    assert got is not None and got.text == "Marovo"


def test_a_place_given_with_its_distance_from_a_town_is_the_event_place(gaz: Gazetteer) -> None:
    got = locate(gaz, "Soldiers based in Wassaka, 760 km from Bamadou, were attacked.", "Mali")
    assert got is not None and got.text == "Wassaka"
    # the same description far from where the name resolved: the anchor's reading wins
    got = locate(gaz, "Soldiers based in Wassaka, 200 km from Bamadou, were attacked.", "Mali")
    assert got is None or got.text != "Wassaka"


def test_the_closest_own_name_breaks_a_tie_between_alternate_names(gaz: Gazetteer) -> None:
    ms = geoparse("Two people were abducted in Tinkalloube.", gaz, country_hint="Mali")
    assert ms and ms[0].place.name == "Tinkaloube"


def test_an_office_in_a_place_is_not_where_the_event_happened(gaz: Gazetteer) -> None:
    text = "A clerk from the mayor's office in Marovo was gunned down in his courtyard in the village of Fentara."
    got = locate(gaz, text, "Mali")
    assert got is not None and got.text == "Fentara"


def test_no_geonames_code_tables_are_shipped() -> None:
    data = resources.files("sitrep.geo").joinpath("data")
    assert not data.joinpath("admin1CodesASCII.txt").is_file()
    assert not data.joinpath("admin2Codes.txt").is_file()


def test_default_build_names_sahel_regions_without_admin2(tmp_path: Path) -> None:
    g = Gazetteer.build_default(tmp_path / "d.sqlite", countries={"LY", "TD"})
    assert g.admin1_name("LY", "84") == "Wadi al Hayaa"
    assert g.admin1_name("LY", "72") == "Misrata"
    assert g.admin1_name("TD", "12") == "Ouaddai"
    assert g.admin1_name("ML", "08") == "Tombouctou"
    assert g.status().admin2 == 0
