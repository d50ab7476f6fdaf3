"""Places missing from the default gazetteer: no small namesake abroad, and a glossed unit's country wins.

The default build (no GeoNames dumps) lacks most Sahel villages but holds small towns worldwide, so a
village name may find only a namesake on another continent or across a border. Invented places and
sentences; each rule has one case it changes and one it leaves alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

ROWS = [
    # geonameid, name, lat, lon, class, code, country, admin1, population
    (9300001, "Zindoro", 12.10, 123.50, "P", "PPL", "PH", "01", 3000),
    (9300002, "Kabenti", 14.40, -3.10, "P", "PPL", "ML", "04", 0),
    (9300003, "Kabenti", 8.10, 30.10, "P", "PPL", "SS", "01", 2000),
    (9300004, "Nyalomba", 12.05, 24.88, "P", "PPLA", "SD", "49", 500000),
    (9300005, "Kerbina", 12.20, -1.40, "P", "PPL", "BF", "03", 800),
    (9300006, "Dassongo", 15.00, -7.30, "P", "PPLA2", "ML", "07", 20000),
    (9300007, "Sarkadi", 7.50, -5.50, "P", "PPL", "CI", "80", 1500),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("default_namesakes")
    lines = [dump_line(g, n, la, lo, fc, code, cc, a1, population=pop) for g, n, la, lo, fc, code, cc, a1, pop in ROWS]
    return invented_gazetteer(folder, lines)


def _countries(text: str, gaz: Gazetteer) -> list[str | None]:
    return [m.place.country for m in geoparse(text, gaz) if m.kind in ("toponym", "relative", "anchor")]


def test_small_namesake_on_another_continent_is_dropped(gaz: Gazetteer) -> None:
    assert _countries("Gunmen on motorbikes seized an NGO vehicle in Zindoro.", gaz) == []


def test_small_namesake_abroad_kept_when_the_text_names_its_country(gaz: Gazetteer) -> None:
    assert _countries("Gunmen seized an NGO vehicle in Zindoro, in the Philippines.", gaz) == ["Philippines"]


def test_small_namesake_abroad_kept_when_the_text_names_its_people(gaz: Gazetteer) -> None:
    assert _countries("Ivorian soldiers were attacked in Sarkadi.", gaz) == ["Ivory Coast"]
    assert _countries("Soldiers were attacked in Sarkadi.", gaz) == []


def test_village_at_home_beats_nothing_abroad(gaz: Gazetteer) -> None:
    # Kabenti exists in Mali and (invented) in South Sudan: only the Malian one is a candidate
    ms = [m for m in geoparse("An IED hit a convoy in Kabenti.", gaz) if m.kind == "toponym"]
    assert [c.place.country_code for c in ms[0].candidates] == ["ML"]


def test_respelling_of_a_city_abroad_is_dropped(gaz: Gazetteer) -> None:
    assert _countries("An IED struck two military trucks near Nialomba.", gaz) == []


def test_exact_name_of_a_large_city_abroad_is_kept(gaz: Gazetteer) -> None:
    assert _countries("An IED struck two military trucks in Nyalomba.", gaz) == ["Sudan"]


def test_glossed_cercle_overrules_a_namesake_across_the_border(gaz: Gazetteer) -> None:
    text = "The gendarmerie commander in Kerbina (Cercle of Dassongo) was abducted."
    ms = geoparse(text, gaz)
    assert not [m for m in ms if m.kind == "toponym" and m.text == "Kerbina"]
    loc = event_location(text, ms, gaz)
    assert loc is not None
    assert (loc.place.name, loc.place.admin1, loc.place.country) == ("Dassongo", "Koulikoro", "Mali")


def test_unglossed_namesake_across_the_border_is_kept(gaz: Gazetteer) -> None:
    # Burkina Faso is a core country: with no gloss, its village stands
    assert _countries("The gendarmerie commander in Kerbina was abducted.", gaz) == ["Burkina Faso"]


RESPELT = [
    # an alternate spelling of a mid-sized town across the border, and a village spelt with "ou"
    (9300010, "Gaourou", 10.30, -3.20, "P", "PPLA", "BF", "13", 30000, "Gawru"),
]


@pytest.fixture(scope="module")
def gaz_alt(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("default_respelt")
    lines = [
        dump_line(g, n, la, lo, fc, code, cc, a1, population=pop, alternates=alt)
        for g, n, la, lo, fc, code, cc, a1, pop, alt in RESPELT
    ]
    return invented_gazetteer(folder, lines)


def test_minor_alternate_across_the_border_dropped_when_the_text_points_home(gaz_alt: Gazetteer) -> None:
    assert _countries("Armed men raided a Malian army post in the Gawru area.", gaz_alt) == []


def test_minor_alternate_kept_when_the_text_points_nowhere_or_there(gaz_alt: Gazetteer) -> None:
    assert _countries("Armed men raided an army post in the Gawru area.", gaz_alt) == ["Burkina Faso"]
    assert _countries("A Burkinabe army post in the Gawru area was attacked.", gaz_alt) == ["Burkina Faso"]
