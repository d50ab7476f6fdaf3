"""Place rules of the eighth round: a facility named for its town, a bracketed region after a hamlet the
gazetteer lacks, a town glossed with its distance from another, the Arabic article before a district, and an
unknown village glossed with an offset.

Invented places and sentences; each rule has one case it changes and one it leaves alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo_fixtures import dump_line, invented_gazetteer, km
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.model import Place
from sitrep.nlp.doc_places import collapse_relative, locative
from sitrep.nlp.places import PlaceMention

ROWS = [
    # a capital and a suburb 15 km east of it
    dump_line(9800001, "Qasrabad", 32.00, 13.00, "P", "PPLC", "LY", "77", population=1_000_000),
    dump_line(9800002, "Zawrana", 32.00, 13.16, "P", "PPL", "LY", "77"),
    # a desert town, and a town 60 km south-east of the capital
    dump_line(9800003, "Harqun", 29.00, 16.00, "P", "PPLA", "LY", "45"),
    dump_line(9800004, "Tarbiya", 31.62, 13.45, "P", "PPL", "LY", "77"),
    # a region name that is also a village in another country
    dump_line(9800010, "Morvala", 12.50, 21.00, "A", "ADM1", "TD", "14"),
    dump_line(9800011, "Morvala", 12.80, -4.50, "P", "PPL", "ML", "04"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("s8_places")
    return invented_gazetteer(folder, ROWS)


def _where(text: str, gaz: Gazetteer, trigger: str) -> Place:
    at = text.index(trigger)
    got = event_location(text, geoparse(text, gaz), gaz, trigger=(at, at + len(trigger)), scope=(0, len(text)))
    assert got is not None
    return got.place  # type: ignore[no-any-return]


def test_facility_named_for_its_town_is_in_that_town(gaz: Gazetteer) -> None:
    text = "A drone hit a hangar of the Zawrana detention centre east of Qasrabad on Monday, killing 12 people."
    assert _where(text, gaz, "drone").name == "Zawrana"
    # left alone: "the Zawrana" with no facility after it is a loose area, and the town named with "in" wins
    text = "Fighting in the Zawrana spread on Monday; a drone hit a depot in Qasrabad, killing 12 people."
    assert _where(text, gaz, "drone").name == "Qasrabad"


def test_bracketed_region_after_an_unknown_hamlet_is_an_admin_area(gaz: Gazetteer) -> None:
    text = "Clashes between herders and farmers near Kadagadi Tobo (Morvala) left nine dead."
    found = [(m.kind, m.place.country) for m in geoparse(text, gaz) if m.text == "Morvala"]
    assert found == [("admin", "Chad")]
    # left alone: a bracket after a lower-case word is no gloss of a place
    text = "Clashes left nine dead in the village (Morvala) on Monday."
    assert [m.kind for m in geoparse(text, gaz) if m.text == "Morvala"] == ["toponym"]


def _pm(text: str, name: str, place: Place, kind: str = "toponym", *, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(start, start + len(name), name, place, 1.0, kind)


def test_reference_town_of_a_gloss_is_not_a_candidate() -> None:
    text = "They took the town of Tarbiya, about 60 km south-east of Qasrabad, on Friday."
    rel_text = "about 60 km south-east of Qasrabad"
    town = Place("Tarbiya", "Libya", lat=31.62, lon=13.45)
    capital = Place("Qasrabad", "Libya", lat=32.0, lon=13.0)
    point = Place(rel_text, "Libya", lat=31.62, lon=13.47, geo_precision=2, uncertainty_km=20.0)
    cands = [
        _pm(text, "Tarbiya", town),
        _pm(text, rel_text, point, "relative"),
        _pm(text, "Qasrabad", capital, "anchor"),
    ]
    assert [p.text for p in collapse_relative(cands)] == ["Tarbiya"]
    # left alone: a town resolved far from where the gloss points is a namesake, and the anchor stays
    far = Place("Tarbiya", "Libya", lat=27.0, lon=20.0)
    cands[0] = _pm(text, "Tarbiya", far)
    assert [p.text for p in collapse_relative(cands)] == ["Tarbiya", "Qasrabad"]


def test_arabic_article_before_a_district_keeps_the_locative() -> None:
    text = "Gunmen raided a small oasis town of the al-Harqa district in central Libya."
    district = _pm(text, "Harqa district", Place("Harqa", "Libya", admin1="Harqa", geo_precision=3))
    assert locative(text, district, 0)
    # left alone: an origin stays an origin behind the article
    text = "Gunmen who came from al-Harqa raided a farm."
    assert not locative(text, _pm(text, "Harqa", Place("Harqa", "Libya", geo_precision=3)), 0)


def test_unknown_village_glossed_with_an_offset_keeps_the_computed_point(gaz: Gazetteer) -> None:
    text = "Gunmen raided Qardabiya, a village some 100 km south of Harqun, killing three residents."
    place = _where(text, gaz, "raided")
    assert place.name == "Qardabiya"
    assert place.lat is not None and place.lon is not None
    assert 90 <= km(29.0, 16.0, place.lat, place.lon) <= 110
    assert place.geo_precision == 2 and (place.uncertainty_km or 0) > 0
    # left alone: with no name, the offset is coded at its anchor town as ACLED does
    text = "Gunmen raided a village some 100 km south of Harqun, killing three residents."
    assert _where(text, gaz, "raided").name == "Harqun"
