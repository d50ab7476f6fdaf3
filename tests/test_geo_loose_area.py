"""Place choice rules from the named-place review (geo3), on invented places and sentences.

* a bare name behind an article ("in the Sendara") is a loosely bounded area and ranks after a settlement
  the text places the event in ("in Kolobanta"), but not in "the X-Y axis" or "the X area";
* a tie in the country vote goes to the country the text points at first, never to the alphabet.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.cues import cue_first_positions
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9200001, "Sendara", 13.95, -5.35, "P", "PPL", "ML", "04"),
    (9200002, "Kolobanta", 14.22, -4.50, "P", "PPL", "ML", "05"),
    (9200003, "Doubarou", 15.70, -4.90, "P", "PPL", "ML", "06"),
    (9200004, "Mentiga", 15.30, -5.50, "P", "PPL", "ML", "04"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return invented_gazetteer(tmp_path_factory.mktemp("gazloose"), [dump_line(*row) for row in ROWS])


def locate(gaz: Gazetteer, text: str) -> Any:
    return event_location(text, geoparse(text, gaz, country_hint="Mali"), gaz, country_hint="Mali")


def test_a_settlement_beats_an_area_named_behind_an_article(gaz: Gazetteer) -> None:
    text = "Tension has risen in the Sendara this week: fighters and villagers clashed in Kolobanta."
    assert locate(gaz, text).place.name == "Kolobanta"


def test_without_the_article_the_first_place_still_wins(gaz: Gazetteer) -> None:
    text = "Tension has risen in Sendara this week: fighters and villagers clashed in Kolobanta."
    assert locate(gaz, text).place.name == "Sendara"


def test_the_first_town_of_an_axis_is_not_a_loose_area(gaz: Gazetteer) -> None:
    text = "A supply convoy was ambushed on the Doubarou-Mentiga axis."
    assert locate(gaz, text).place.name == "Doubarou"


def test_a_place_area_behind_an_article_is_not_loose(gaz: Gazetteer) -> None:
    text = "Gunmen were seen in the Sendara area before they attacked a convoy in Kolobanta."
    assert locate(gaz, text).place.name == "Sendara"


def test_cue_positions_record_where_each_country_is_first_pointed_at() -> None:
    first = cue_first_positions("Burkinabe and Malian troops, then more Malian soldiers")
    assert first["BF"] < first["ML"]
    assert "BF" not in cue_first_positions("near the Burkinabe border")
