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
from sitrep.model import Place
from sitrep.nlp.doc_places import locative
from sitrep.nlp.places import PlaceMention

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


# --- round 10: bracket glosses, spaced and unspaced village names, French locatives --------------------

ROWS_S10 = [
    (9310001, "Dabare", 13.20, -3.90, "P", "PPL", "BF", "01"),  # invented village
    (9310002, "Sourgou", 12.90, -3.80, "A", "ADM2", "BF", "01"),  # invented province
    (9310003, "Haute Falaise", 12.45, -3.45, "A", "ADM1", "BF", "01"),  # invented region, ~90 km away
    (9310004, "Sokombangou", 14.80, 1.80, "P", "PPL", "NE", "09"),  # invented village, one word
    (9310005, "Gadabeji", 14.45, 2.05, "P", "PPL", "NE", "09"),  # invented town ~50 km away
    (9310006, "Tinema", 14.05, -5.33, "P", "PPL", "ML", "04"),  # invented village
]


@pytest.fixture(scope="module")
def gaz10(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row) for row in ROWS_S10]
    return invented_gazetteer(tmp_path_factory.mktemp("gazs10b"), lines)


def test_places_in_a_bracket_gloss_do_not_compete_with_the_place_glossed(gaz10: Gazetteer) -> None:
    # the region, named last in the bracket, lies nearest the verb; it only says where Dabare is
    text = "Gunmen tried to enter Dabare (Sourgou province, Haute Falaise) and were repelled after a long fight."
    fight = text.index("fight")
    got = event_location(text, geoparse(text, gaz10), gaz10, trigger=(fight, fight + 5))
    assert got is not None and got.place.name == "Dabare"
    # without a place before it, a bracket is no gloss: the region is the only place
    assert _event(gaz10, "Gunmen were repelled after a long fight (Haute Falaise) on Monday.") == "Haute Falaise"


def test_a_village_written_in_two_words_reaches_its_one_word_spelling(gaz10: Gazetteer) -> None:
    text = "Gunmen killed nine people in Sokoma Bangou on Saturday."
    assert _names(gaz10, text) == ["Sokoma Bangou"]
    assert _event(gaz10, text) == "Sokombangou"
    # a short first word is a prefix of its own ("Tin", "In"): not run into a near spelling of another name
    assert _names(gaz10, "Gunmen attacked a checkpoint in Tin Hama on Monday.") == []


def test_a_name_read_after_a_locative_is_a_place_where_it_recurs(gaz10: Gazetteer) -> None:
    text = (
        "The Sokoma Bangou massacre shocked the country. Residents of Gadabeji fled. "
        "Gunmen had entered Sokoma Bangou at noon; forty died in Sokoma Bangou."
    )
    spans = [(m.start, m.text) for m in geoparse(text, gaz10) if m.text == "Sokoma Bangou"]
    assert [s for s, _ in spans] == [i for i in range(len(text)) if text.startswith("Sokoma Bangou", i)]
    # never read without a locative somewhere in the text
    assert _names(gaz10, "The Sokoma Bangou massacre shocked the country.") == []


def _mention(text: str, name: str) -> PlaceMention:
    at = text.index(name)
    place = Place(name=name, country="Niger", admin1="Tillaberi", lat=14.0, lon=2.0, geo_precision=1)
    return PlaceMention(at, at + len(name), name, place)


@pytest.mark.parametrize(
    "text",
    [
        "Les soldats ont fouillé les villages de Xoukou et de Yabo.",
        "Une marche a été dispersée dans le centre de Xoukou samedi.",
        "Des hommes armés ont attaqué la maison d'arrêt de Xoukou dans la nuit.",
        "Les assaillants ont incendié la prison de Xoukou avant l'aube.",
    ],
)
def test_french_locatives_of_plural_areas_city_centres_and_prisons(text: str) -> None:
    assert locative(text, _mention(text, "Xoukou"), 0, "fr")


def test_an_event_named_for_a_pair_of_places_is_located_by_them() -> None:
    text = "The Xoukou and Yabo massacres were the deadliest of the year."
    assert locative(text, _mention(text, "Xoukou"), 0, "en")
    text = "The Xoukou and the army clashed."
    assert not locative(text, _mention(text, "Xoukou"), 0, "en")
