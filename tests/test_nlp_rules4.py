"""Rules for acts with nobody harmed: a building stormed and burned with no one hurt, a house raided and its
occupants arrested, a hideout destroyed with only a group adjective naming whose it was.

Every sentence here is invented; each rule has a case it changes and a neighbour it must leave alone.
"""

from __future__ import annotations

import pytest

from note_fixtures import first
from sitrep.model import EventMention
from sitrep.nlp.background import background_spans
from sitrep.nlp.extract import Extractor

ISGS = "Islamic State (Greater Sahara)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
MALI_ARMY = "Military Forces of Mali (2013-)"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def roles(ev: EventMention, role: str) -> list[str]:
    return [a.canonical or a.name for a in ev.actors if a.role == role]


def test_negated_harm_is_background() -> None:
    text = "Gunmen burned a truck; nobody was hurt."
    spans = background_spans(text)
    assert spans and text[spans[0][0] :].startswith("nobody was hurt")
    assert background_spans("Gunmen burned a truck and two people were hurt.") == []


def test_building_stormed_and_burned_with_nobody_hurt_is_property_destruction(ex: Extractor) -> None:
    ev = first(
        ex,
        "Fighters of the Islamic State in the Greater Sahara stormed a school near Menaka and burned the "
        "classrooms; nobody was hurt.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert roles(ev, "actor1") == [ISGS]
    assert roles(ev, "actor2") == []


def test_building_stormed_with_guards_injured_stays_violent(ex: Extractor) -> None:
    ev = first(
        ex,
        "Fighters of the Islamic State in the Greater Sahara stormed a school near Menaka and burned the "
        "classrooms; two guards were injured.",
    )
    assert ev.event_type != "Strategic developments"


def test_house_raided_and_suspects_arrested_is_an_arrest(ex: Extractor) -> None:
    ev = first(ex, "Gendarmes raided a home in Sevare and arrested three suspected JNIM members.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    assert roles(ev, "actor2") == [JNIM]


def test_raid_with_exchange_of_fire_stays_a_battle(ex: Extractor) -> None:
    ev = first(ex, "Gendarmes raided a home in Sevare and exchanged fire with JNIM members, arresting three.")
    assert ev.event_type == "Battles"


def test_group_adjective_on_a_hideout_is_no_actor2(ex: Extractor) -> None:
    ev = first(ex, "Malian soldiers destroyed a jihadist hideout and seized three IEDs near Boni.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert roles(ev, "actor1") == [MALI_ARMY]
    assert roles(ev, "actor2") == []


def test_named_group_owning_a_hideout_stays_actor2(ex: Extractor) -> None:
    ev = first(ex, "Malian soldiers destroyed a hideout of JNIM fighters and seized three IEDs near Boni.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert roles(ev, "actor2") == [JNIM]
