"""Protests with no stated place, protest topics, equipment models, border compounds and namesake seats.

Every name here is invented (a tiny gazetteer built per module) so the rules, not GeoNames, are tested."""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.cues import country_cues
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.nonplace import non_place_spans
from sitrep.geo.protest import PROTEST_WORDS, is_topic_place
from sitrep.geo.report_country import document_country

# geonameid, name, lat, lon, feature class, code, country, admin1, population
ROWS = [
    (9200001, "Kelvaro", 12.60, -8.00, "P", "PPLC", "ML", "01", 1800000),
    (9200002, "Zardenne", 31.70, 35.20, "P", "PPLC", "IL", "01", 900000),
    (9200003, "Puma", 14.40, -3.10, "P", "PPL", "ML", "04", 0),
    (9200004, "Malo", 15.20, -7.10, "P", "PPL", "ML", "07", 0),
    (9200005, "Varenko", 14.30, -11.50, "P", "PPL", "ML", "03", 0),
    (9200006, "Varenko", 14.00, -5.70, "P", "PPL", "ML", "06", 0),
    (9200007, "Varenko", 13.99, -5.43, "A", "ADM2", "ML", "06", 0),
    (9200008, "Tessaro", 16.30, -0.05, "P", "PPL", "ML", "05", 0),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row[:8], population=row[8]) for row in ROWS]
    return invented_gazetteer(tmp_path_factory.mktemp("gazprotest"), lines)


def locate(gaz: Gazetteer, text: str, hint: str | None = "ML", event_type: str | None = None) -> Any:
    mentions = geoparse(text, gaz, country_hint=hint)
    return event_location(text, mentions, gaz, country_hint=hint, event_type=event_type)


def test_a_protest_with_no_place_is_coded_at_the_capital(gaz: Gazetteer) -> None:
    got = locate(gaz, "Some three thousand residents marched against the new mining code.", event_type="Protests")
    assert got.place.name == "Kelvaro"
    assert got.place.geo_precision == 3 and got.place.uncertainty_km


def test_a_battle_with_no_place_is_not_moved_to_the_capital(gaz: Gazetteer) -> None:
    got = locate(gaz, "Soldiers clashed with gunmen, two killed.", event_type="Battles")
    assert got is None or got.place.name != "Kelvaro"


def test_the_place_a_protest_is_about_is_not_where_it_happened(gaz: Gazetteer) -> None:
    text = "Hundreds demonstrated against the decision to recognise Zardenne as the capital of Israel."
    got = locate(gaz, text, event_type="Protests")
    assert got.place.name == "Kelvaro"


def test_a_protest_in_a_named_town_stays_there(gaz: Gazetteer) -> None:
    got = locate(gaz, "Youths protested against the new tax in Tessaro.", event_type="Protests")
    assert got.place.name == "Tessaro"


def test_topic_places_need_an_object_cue_and_no_locative() -> None:
    text = "Opposition supporters marched in the capital Kelvaro to reject the decision on Zardenne."
    assert not is_topic_place(text, text.index("Kelvaro"))
    assert is_topic_place(text, text.index("Zardenne"))


def test_equipment_models_are_not_places(gaz: Gazetteer) -> None:
    text = "Militants were struck by Puma helicopters near Tessaro."
    names = [m.text for m in geoparse(text, gaz, country_hint="ML")]
    assert not any("Puma" in n for n in names) and any("Tessaro" in n for n in names)
    spans = non_place_spans("a Mirage 2000 and des hélicoptères Tigre")
    assert len(spans) == 2


def test_a_border_compound_is_not_a_town(gaz: Gazetteer) -> None:
    text = "Patrols ran along both sides of the Malo-Chadian border close to Tessaro."
    names = [m.text for m in geoparse(text, gaz, country_hint="ML")]
    assert not any("Malo" in n for n in names) and any("Tessaro" in n for n in names)


def test_a_demonym_before_border_is_not_the_country() -> None:
    assert "DZ" not in country_cues("A checkpoint by the Algerian border came under fire.")
    assert "DZ" in country_cues("Algerian troops crossed the river.")


def test_a_village_named_like_its_district_is_the_district_seat(gaz: Gazetteer) -> None:
    got = locate(gaz, "Clashes were reported in the Varenko area.")
    assert got.place.lat is not None and abs(got.place.lon - (-5.70)) < 0.05


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("On 3 March, gunmen attacked a camp.", False),
        ("A drone strike hit a depot.", False),
        ("An air-strike hit a depot.", False),
        ("Teachers went on strike.", True),
        ("Hundreds marched to the town hall.", True),
        ("A march against the tax drew crowds.", True),
    ],
)
def test_the_month_and_air_strikes_do_not_make_a_protest_note(text: str, protest: bool) -> None:
    assert bool(PROTEST_WORDS.search(text)) is protest


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March, gunmen launched an attack against Tessaro camp.",
        "A drone strike against Tessaro airstrip destroyed two aircraft.",
    ],
)
def test_an_attack_target_still_votes_for_the_country(gaz: Gazetteer, text: str) -> None:
    mentions = geoparse(text, gaz, country_hint="ML")
    assert document_country(text, mentions, gaz) == "ML"


def test_the_event_type_decides_the_protest_reading(gaz: Gazetteer) -> None:
    text = "Youths rallied against Tessaro officials."
    mentions = geoparse(text, gaz, country_hint="ML")
    assert document_country(text, mentions, gaz, event_type="Battles") == "ML"
    assert document_country(text, mentions, gaz, event_type="Protests") is None


def test_english_a_is_not_french_a_grave() -> None:
    text = "Residents protested against a Tessaro council decision."
    assert is_topic_place(text, text.index("Tessaro"))
    text = "Des jeunes ont manifesté contre la taxe à Tessaro."
    assert not is_topic_place(text, text.index("Tessaro"))
