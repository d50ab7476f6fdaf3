"""Rules of session 21 on event types: suicide vehicles opening a ground assault, angry crowds burning a
building, and a march whose crowd wrecked property in a later sentence."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.event_types import type_event
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _events(ex: Extractor, text: str, country: str) -> list[EventMention]:
    evs = ex.extract(text, published=date(2021, 5, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs


def _roles(ev: EventMention) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical or a.name)
    return out


# event_types._complex_assault: suicide vehicles beside another weapon against an armed target
def test_suicide_vehicles_with_mortars_on_a_camp_are_a_battle() -> None:
    typed = type_event({"attack", "shell", "suicide"}, ["islamist"], ["state"], (), ("stormed", "rockets", "suicide"))
    assert typed == ("Battles", "Armed clash")


def test_lone_suicide_bomber_stays_a_suicide_bomb() -> None:
    assert type_event({"suicide", "kill"}, ["islamist"], ["state"]) == ("Explosions/Remote violence", "Suicide bomb")
    # a second weapon against a civilian target is no battle
    typed = type_event({"attack", "shell", "suicide"}, ["islamist"], ["civilian"], (), ("attacked", "shells"))
    assert typed == ("Explosions/Remote violence", "Suicide bomb")


def test_complex_assault_note_on_a_base(ex: Extractor) -> None:
    text = (
        "On 4 March 2021, some two hundred jihadists attacked the army base of Tessalit with rockets and "
        "two suicide trucks. Nine soldiers died."
    )
    ev = _events(ex, text, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    lone = "On 4 March 2021, a suicide bomber drove a truck into the army base of Tessalit, killing two soldiers."
    ev = _events(ex, lone, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")


# triggers_en riot: what angered the crowd may stand between the young men and their act
def test_angered_young_men_burning_a_building_is_a_riot_trigger() -> None:
    text = "Young men angered by repeated water cuts set fire to the prefecture in Agadez."
    assert any(t.cls == "riot" for t in find_triggers(text, 0, "en"))
    calm = "Young men angered by repeated water cuts met the prefect in Agadez."
    assert not any(t.cls == "riot" for t in find_triggers(calm, 0, "en"))


def test_angry_youths_burning_an_office_are_rioters(ex: Extractor) -> None:
    text = "On 2 May 2021, young men angered by the price of bread set fire to the town hall of Zinder."
    ev = _events(ex, text, "Niger")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert _roles(ev)["actor1"] == ["Rioters (Niger)"]


# note_events._crowd_damage_told: the marchers' own damage told in the next sentence makes the march a riot
def test_march_whose_crowd_then_burned_buildings_is_one_riot(ex: Extractor) -> None:
    text = (
        "On 3 May 2021, several thousand opposition supporters marched in Niamey against the election results. "
        "Some of them ransacked the offices of the electoral commission and set fire to cars; police fired tear "
        "gas and live rounds, killing two protesters."
    )
    evs = _events(ex, text, "Niger")
    assert (evs[0].event_type, evs[0].sub_event_type) == ("Riots", "Violent demonstration")
    assert _roles(evs[0])["actor1"] == ["Rioters (Niger)"]
    assert all(e.event_type != "Protests" for e in evs)


def test_force_burning_property_after_a_march_does_not_make_a_riot(ex: Extractor) -> None:
    text = (
        "On 3 May 2021, several thousand opposition supporters marched in Niamey against the election results. "
        "Police fired tear gas and set fire to the tents of the sit-in."
    )
    ev = _events(ex, text, "Niger")[0]
    assert ev.event_type == "Protests"
