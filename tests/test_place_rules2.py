"""Place rules from the sahel2/north2 error review, each on invented places and invented sentences.

* a note that names a second country is usually about the borderland: of otherwise even namesakes in the
  document's country, the one near the named country is meant ("ISWAP positions on Lake Xland near
  Yburg"), but a named region still outweighs that hint.
"""

from __future__ import annotations

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.resolve import NEIGHBOUR_KM

# geonameid, name, lat, lon, feature class, code, country, admin1 (Niger 02 = Diffa, 09 = Tillaberi)
ROWS = [
    (9400002, "Bassoga", 13.70, 13.30, "P", "PPL", "NE", "02"),  # near the invented Chadian village
    (9400001, "Bassoga", 14.00, 3.06, "P", "PPL", "NE", "09"),  # far from any other country's place
    (9400003, "Kanemaro", 13.55, 14.00, "P", "PPL", "TD", "07"),  # ~75 km east of the first Bassoga
    (9400004, "Diffa", 13.32, 12.61, "A", "ADM1", "NE", "02"),
    (9400005, "Tillaberi", 14.21, 1.45, "A", "ADM1", "NE", "09"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return invented_gazetteer(tmp_path_factory.mktemp("gazrules2"), [dump_line(*row) for row in ROWS])


def _bassoga(gaz: Gazetteer, text: str) -> tuple[float, float]:
    found = [m for m in geoparse(text, gaz, country_hint="Niger") if m.text.endswith("Bassoga") and m.place]
    assert found, text
    p = found[0].place
    assert p is not None and p.lat is not None and p.lon is not None
    return p.lat, p.lon


def test_named_neighbour_breaks_a_namesake_tie(gaz: Gazetteer) -> None:
    lat, _ = _bassoga(gaz, "An air strike on militant positions on the islands of Lake Chad near Bassoga killed ten.")
    assert lat == pytest.approx(13.70)


def test_without_a_second_country_the_neighbour_rule_is_silent(gaz: Gazetteer) -> None:
    ms = geoparse("Gunmen attacked Bassoga, killing two.", gaz, country_hint="Niger")
    cands = next(m for m in ms if m.text == "Bassoga").candidates or []
    assert cands and not any("which the text names" in r for c in cands for r in c.reasons)


def test_a_named_region_outweighs_the_neighbour(gaz: Gazetteer) -> None:
    lat, _ = _bassoga(gaz, "Gunmen from Chad attacked Bassoga in the Tillaberi region, killing two.")
    assert lat == pytest.approx(14.00)


def test_the_neighbour_radius_is_a_borderland_not_a_region() -> None:
    assert 60.0 < NEIGHBOUR_KM <= 200.0
