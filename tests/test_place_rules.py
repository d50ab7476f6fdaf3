"""Place rules from the issue #4 error review, each on invented places and invented sentences.

* an enumeration of places ("Xville, Yburg, Zdorf and Wtown") is a list of peers: its second name is not
  the region of the first, and the event is coded at the first name, wherever the trigger word stands;
* in a bare "X-Y" pair (a village with its commune) the locative before the pair introduces the second
  name too, so the village is the event's place.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.enumerations import list_runs
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9300001, "Sendara", 13.95, -5.35, "P", "PPL", "ML", "04"),
    (9300002, "Kolobanta", 14.22, -4.50, "P", "PPL", "ML", "05"),
    (9300003, "Doubarou", 15.70, -4.90, "P", "PPL", "ML", "06"),
    (9300004, "Mentiga", 13.99, -5.31, "P", "PPL", "ML", "04"),
    (9300005, "Tarabou", 16.20, -0.10, "P", "PPLA", "ML", "09"),
    (9300006, "Tarabou", 16.60, 1.60, "A", "ADM1", "ML", "09"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return invented_gazetteer(tmp_path_factory.mktemp("gazrules"), [dump_line(*row) for row in ROWS])


def locate(gaz: Gazetteer, text: str) -> Any:
    mentions = geoparse(text, gaz, country_hint="Mali")
    trigger = text.index("strike") if "strike" in text else text.index("killed")
    return event_location(text, mentions, gaz, country_hint="Mali", trigger=(trigger, trigger + 6))


def test_a_list_item_is_not_the_region_of_the_one_before(gaz: Gazetteer) -> None:
    text = "Nurses in Sendara, Tarabou, Kolobanta and Doubarou went on strike over unpaid wages."
    kinds = {m.text: m.kind for m in geoparse(text, gaz, country_hint="Mali")}
    assert kinds["Tarabou"] == "toponym"


def test_a_region_after_a_town_outside_a_list_is_still_a_region(gaz: Gazetteer) -> None:
    text = "Gunmen fired shots in Sendara, Tarabou on Monday."
    kinds = {m.text: m.kind for m in geoparse(text, gaz, country_hint="Mali")}
    assert kinds["Tarabou"] == "admin"


def test_a_list_is_coded_at_its_first_place_not_the_one_nearest_the_trigger(gaz: Gazetteer) -> None:
    text = "Nurses in Sendara, Tarabou, kolobanta and Doubarou staged a strike over unpaid wages."
    assert locate(gaz, text).place.name == "Sendara"


def test_a_list_needs_its_closing_and() -> None:
    class M:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end, self.kind = start, end, "toponym"

    chain = "Aa, Bb, Cc"
    listed = "Aa, Bb and Cc"
    assert list_runs(chain, [M(0, 2), M(4, 6), M(8, 10)], ("toponym",)) == []
    assert list_runs(listed, [M(0, 2), M(4, 6), M(11, 13)], ("toponym",)) == [[0, 1, 2]]


def test_the_village_of_a_bare_pair_takes_the_locative_before_the_pair(gaz: Gazetteer) -> None:
    text = "Three herders were killed at the cattle market in Sendara-Mentiga on Sunday."
    assert locate(gaz, text).place.name == "Mentiga"


def test_a_road_pair_is_still_coded_at_its_first_town(gaz: Gazetteer) -> None:
    text = "Three herders were killed on the Sendara-Kolobanta road on Sunday."
    assert locate(gaz, text).place.name == "Sendara"


# --- relative descriptions, glosses and embassies -------------------------------------------------------------

GLOSS_ROWS = [
    dump_line(9300101, "Kelbani", 14.60, -2.40, "P", "PPL", "ML", "04"),
    dump_line(9300102, "Torosso", 14.52, -4.10, "P", "PPL", "ML", "04"),
    dump_line(9300103, "Sabounda", 5.30, -3.90, "P", "PPLA2", "CI", "86", population=60000),
    dump_line(9300104, "Wendaro", 15.80, -1.30, "P", "PPL", "ML", "06"),
    dump_line(9300105, "Narikou", 12.60, -8.00, "P", "PPLA", "ML", "08", population=900000),
]


@pytest.fixture(scope="module")
def gaz2(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return invented_gazetteer(tmp_path_factory.mktemp("gazgloss"), GLOSS_ROWS)


def place_of(gaz: Gazetteer, text: str, event_type: str | None = None) -> Any:
    return event_location(text, geoparse(text, gaz), gaz, event_type=event_type)


def test_an_adjective_before_the_town_word_keeps_the_distance_phrase(gaz2: Gazetteer) -> None:
    text = "Militiamen camped near Kelbani, 200 kilometres from the market town of Torosso, were accused of abuses."
    kinds = {m.text: m.kind for m in geoparse(text, gaz2, country_hint="Mali")}
    assert "200 kilometres from the market town of Torosso" in kinds


def test_a_loosely_named_place_is_described_by_the_distance_that_follows(gaz2: Gazetteer) -> None:
    from sitrep.geo.relative_anchors import _describing_relatives

    text = "Militiamen camped in and around Kelbani, 200 kilometres from the market town of Torosso, beat detainees."
    mentions = geoparse(text, gaz2, country_hint="Mali")
    # Kelbani lies inside the 200 km ring round Torosso, so the distance only says where "around Kelbani" is
    assert _describing_relatives(text, mentions) == {text.index("200 kilometres")}
    found = event_location(text, mentions, gaz2, country_hint="Mali")
    assert found.place.name == "Kelbani"


def test_a_country_in_brackets_after_a_place_does_not_vote_twice(gaz2: Gazetteer) -> None:
    text = (
        "Police detained a suspect in the Sabounda (Ivory Coast) bombing of last year. "
        "He was arrested in the village of Wendaro in Mali."
    )
    assert place_of(gaz2, text).place.name == "Wendaro"


def test_a_demonym_before_embassy_is_not_the_reports_country(gaz2: Gazetteer) -> None:
    text = "Students marched to the Libyan Embassy in Narikou to protest at the treatment of migrants in Libya."
    assert place_of(gaz2, text, event_type="Protests").place.name == "Narikou"


def test_a_demonym_alone_is_still_a_cue() -> None:
    from sitrep.geo.cues import country_cues

    assert country_cues("Libyan forces entered the town; the Libyan embassy was closed.") == {"LY": 1}


# --- foreign respellings -----------------------------------------------------------------------------------------

FAR_ROWS = [
    dump_line(9300201, "Bonnstadt", 50.70, 7.10, "P", "PPL", "DE", "07", alternates="Kelmani", population=300000),
    dump_line(9300202, "Wendaro", 15.80, -1.30, "P", "PPL", "ML", "06"),
    dump_line(9300203, "Gorandaba", 7.80, -4.30, "P", "PPL", "CI", "81"),
    dump_line(9300204, "Grosstadt", 52.50, 13.40, "P", "PPLC", "DE", "16", alternates="Kelmoni", population=3000000),
]


@pytest.fixture(scope="module")
def gaz3(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return invented_gazetteer(tmp_path_factory.mktemp("gazfar"), FAR_ROWS)


def test_a_small_foreign_town_is_not_taken_on_an_alternate_name(gaz3: Gazetteer) -> None:
    text = "Gunmen killed two herders near Kelmani and burned their camp near Wendaro."
    names = {m.place.name for m in geoparse(text, gaz3)}
    assert "Bonnstadt" not in names and "Wendaro" in names


def test_a_foreign_capital_keeps_its_alternate_name(gaz3: Gazetteer) -> None:
    text = "Ministers met in Kelmoni to discuss the crisis."
    assert [m.place.name for m in geoparse(text, gaz3) if m.kind == "toponym"] == ["Grosstadt"]


def test_a_near_spelling_in_a_neighbour_is_not_taken(gaz3: Gazetteer) -> None:
    text = "Clashes broke out in Gorandabo between herders and farmers."
    assert [m for m in geoparse(text, gaz3) if m.kind == "toponym"] == []
