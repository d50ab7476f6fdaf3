"""Round 9 place rules for Libya, Chad and Niger notes: a dateline, hyphenated Arabic articles, peoples'
names, "X-based", "Separately", glosses with an area between, and "à N km d'X" (invented places on a small
gazetteer built from the Libyan and Chadian towns of the default build plus made-up rows, so no
labelled row decides the outcome)."""

from __future__ import annotations

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.relative import find_relative

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9300001, "Qaryat Sahm", 31.00, 14.00, "P", "PPL", "LY", "82"),  # invented Libyan town
    (9300002, "Umm al Kharaz", 27.00, 15.00, "P", "PPL", "LY", "73"),  # "Umm al-Kharaz" in the text
    (9300003, "Wadi Tamra", 31.50, 14.50, "P", "PPL", "LY", "82"),
    (9300004, "Zaghawa", 13.30, 8.60, "P", "PPL", "NE", "07"),  # a village spelt like the people
    (9300005, "Bir Tamra", 30.70, 14.45, "P", "PPL", "LY", "82"),  # 89 km S of Wadi Tamra
    (9300006, "Tamrut", 31.20, 14.20, "P", "PPL", "LY", "82"),  # "Tamrout" in French
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row) for row in ROWS]
    return invented_gazetteer(tmp_path_factory.mktemp("gazs10"), lines, default_countries={"LY", "TD"})


def _names(gaz: Gazetteer, text: str) -> list[str]:
    return [m.text for m in geoparse(text, gaz) if m.kind in ("toponym", "anchor", "admin")]


def _event(gaz: Gazetteer, text: str) -> str:
    got = event_location(text, geoparse(text, gaz), gaz)
    assert got is not None
    return str(got.place.name)


def test_dateline_word_is_a_place_in_any_spelling(gaz: Gazetteer) -> None:
    assert _names(gaz, "Tamrout: des groupes armés ont pillé des maisons le 6 juin.") == ["Tamrout"]
    # a capitalised first word without the colon is still read as an ordinary word
    assert _names(gaz, "Tamrout des groupes armés ont pillé des maisons le 6 juin.") == []


def test_hyphenated_arabic_article_keeps_the_name_whole(gaz: Gazetteer) -> None:
    assert "Umm al-Kharaz" in _names(gaz, "Fighting near Umm al-Kharaz on 2 March killed three rebels.")


def test_a_peoples_name_is_not_a_village(gaz: Gazetteer) -> None:
    text = "Rival gold diggers, Zaghawa and Arab, clashed at a mining site on 13 September."
    assert "Zaghawa" not in _names(gaz, text)


def test_unit_home_is_not_the_event_place(gaz: Gazetteer) -> None:
    text = "The Wadi Tamra-based brigade clashed with a rival group in Qaryat Sahm on 27 August."
    assert _event(gaz, text) == "Qaryat Sahm"


def test_a_separate_incident_does_not_lend_its_place(gaz: Gazetteer) -> None:
    text = (
        "Fighting continued in Qaryat Sahm on 22 April, killing seven fighters. "
        "Separately, a rocket hit a house in Wadi Tamra, injuring two."
    )
    assert _event(gaz, text) == "Qaryat Sahm"
    # with no place before it, the sentence is all there is
    assert _event(gaz, "Seven were killed. Separately, a rocket hit Wadi Tamra.") == "Wadi Tamra"


def test_gloss_with_an_area_between_describes_the_named_town(gaz: Gazetteer) -> None:
    # Bir Tamra is 89 km south of Wadi Tamra; the writer rounds it to "100 km south"
    text = "Forces retook Bir Tamra, in the Jabal Sahm 100 km south of Wadi Tamra, on 26 June."
    assert _event(gaz, text) == "Bir Tamra"


def test_french_distance_with_elided_de() -> None:
    text = "dans un village à 40 km d'Abéché, selon le gouverneur"
    assert [text[r.start : r.end] for r in find_relative(text)] == ["à 40 km d'"]
    # a qualifier is a word of its own, not the last letter of a name
    text = "Gharyan, in the Jabal Nafusa 100 km south of Tripoli"
    assert [text[r.start : r.end] for r in find_relative(text)] == ["100 km south of "]
