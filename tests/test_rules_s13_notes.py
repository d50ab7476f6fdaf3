"""Rules from the fifth round on notes: townspeople who fight the police are rioters, not an armed side.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.event_types import type_event
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# event_types._civilians_fought_a_force: a clash between unorganised people and a state force is a riot
def test_townspeople_clashing_with_police_is_a_riot_in_english(ex: Extractor) -> None:
    ev = first(ex, "Angry stallholders clashed with police in Bamako on Tuesday over new market fees.")
    assert ev.event_type == "Riots"
    assert side(ev, "actor1") == ["Rioters (Mali)"]
    assert side(ev, "actor2") and side(ev, "actor2")[0].startswith("Police Forces of Mali")


def test_townspeople_confronting_public_order_forces_is_a_riot_in_french(ex: Extractor) -> None:
    ev = first(ex, "Des habitants ont affronté les forces de l'ordre jeudi à Kayes après une expulsion.")
    assert ev.event_type == "Riots"
    assert side(ev, "actor1") == ["Rioters (Mali)"]


def test_villagers_fighting_jihadists_stay_a_battle(ex: Extractor) -> None:
    ev = first(ex, "Des habitants ont affronté des jihadistes jeudi près de Djibo.")
    assert ev.event_type == "Battles"


def test_rule_needs_a_clash_word_not_a_one_sided_attack() -> None:
    assert type_event({"attack"}, ["civilian"], ["state"], (), ("attacked",), "en") != (
        "Riots",
        "Violent demonstration",
    )
    assert type_event({"clash"}, ["civilian"], ["state"], (), ("clashed",), "en") == (
        "Riots",
        "Violent demonstration",
    )


def test_armed_group_beside_the_clash_keeps_it_a_battle() -> None:
    typed = type_event({"clash"}, ["civilian"], ["state"], ("islamist",), ("clashed",), "en")
    assert typed == ("Battles", "Armed clash")
