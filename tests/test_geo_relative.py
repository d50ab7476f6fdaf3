"""Relative locations: parsing English/French expressions and the geodesic arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo_fixtures import km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.relative import find_relative, locate, parse_number


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("two", 2),
        ("five", 5),
        ("deux", 2),
        ("twenty-five", 25),
        ("80", 80),
        ("2,5", 2.5),
        ("une vingtaine", 20),
    ],
)
def test_numbers_in_words(word: str, value: float) -> None:
    assert parse_number(word) == value


@pytest.mark.parametrize(
    ("text", "kind", "distance", "bearing"),
    [
        ("80 km east of Tessalit", "offset", 80, 90),
        ("about 40 km north of Gao", "offset", 40, 0),
        ("100 km East of Gawa", "offset", 100, 90),
        ("à 80 km à l'est de Tessalit", "offset", 80, 90),
        ("à environ 30 km au nord-est de Ménaka", "offset", 30, 45),
        ("deux kilomètres au sud de Gao", "offset", 2, 180),
        ("25 km from Niafunke", "distance", 25, None),
        ("near Gao", "near", None, None),
        ("on the outskirts of Kidal", "outskirts", None, None),
        ("between Dori and Gorgadji", "between", None, None),
    ],
)
def test_expressions(text: str, kind: str, distance: float | None, bearing: float | None) -> None:
    (rel,) = find_relative(text)
    assert (rel.kind, rel.distance_km, rel.bearing) == (kind, distance, bearing)


def test_range_in_words_refers_back() -> None:
    (rel,) = find_relative("The attack took place between two and five kilometres south of the village.")
    assert rel.kind == "offset" and rel.distance_km == 3.5 and rel.spread_km == 1.5 and rel.back_reference


def test_border_distance_gives_no_point() -> None:
    (rel,) = find_relative("20 km from the Algerian border")
    assert rel.kind == "border" and rel.border_country == "Algerian"
    assert locate(rel, (20.0, 1.0, 2.0)) is None


def test_lowercase_letters_are_not_compass_points() -> None:
    assert find_relative("5 km s of x") == []


def test_qualified_distance_is_less_certain() -> None:
    (plain,) = find_relative("40 km north of Gao")
    (vague,) = find_relative("about 40 km north of Gao")
    a, b = locate(plain, (16.27, -0.04, 2.0)), locate(vague, (16.27, -0.04, 2.0))
    assert a and b and b.uncertainty_km > a.uncertainty_km
    assert abs(km(16.27, -0.04, a.lat, a.lon) - 40) < 0.5 and a.lat > 16.27


def test_between_is_the_midpoint() -> None:
    (rel,) = find_relative("between Dori and Gorgadji")
    point = locate(rel, (14.03, -0.03, 2.0), (14.2, -0.45, 2.0))
    assert point is not None
    d = km(14.03, -0.03, 14.2, -0.45)
    assert abs(km(point.lat, point.lon, 14.03, -0.03) - d / 2) < 0.5
    assert point.uncertainty_km >= d / 2


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.build_default(Path(tmp_path_factory.mktemp("rel")) / "g.sqlite", countries={"ML", "BF", "NE"})


def test_french_relative_in_text(gaz: Gazetteer) -> None:
    text = "Une frappe a visé un campement à 80 km à l'est de Tessalit."
    rel = [m for m in geoparse(text, gaz) if m.kind == "relative"]
    assert len(rel) == 1 and rel[0].place.admin1 == "Kidal" and rel[0].place.country == "Mali"
    # Talahandak (curated) is 80 km east of Tessalit: the computed point lands on it
    assert km(rel[0].place.lat, rel[0].place.lon, 20.19959, 1.77731) < 3  # type: ignore[arg-type]


def test_back_reference_uses_the_previous_village(gaz: Gazetteer) -> None:
    text = "Gunmen entered Douentza. The bodies were found between two and five kilometres south of the village."
    rel = [m for m in geoparse(text, gaz) if m.kind == "relative"]
    assert len(rel) == 1 and rel[0].place.admin1 == "Mopti"
    assert rel[0].place.uncertainty_km is not None and rel[0].place.uncertainty_km < 10


def test_near_and_outskirts_precision(gaz: Gazetteer) -> None:
    near = next(m for m in geoparse("Clashes near Kidal.", gaz) if m.kind == "relative")
    out = next(m for m in geoparse("Clashes on the outskirts of Kidal.", gaz) if m.kind == "relative")
    assert near.place.geo_precision == 2 and out.place.geo_precision == 1
    assert near.place.name == "Kidal"
