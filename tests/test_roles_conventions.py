"""ACLED coding conventions applied after word order: claimants, aircraft, victims, unnamed forces.

The notes are invented in the style of field bulletins (places from Niger, Burkina Faso, Mali, Chad)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str = "Niger") -> EventMention:
    events = ex.extract(text, published=date(2019, 6, 10), document_id="t", country_hint=country)
    assert events, text
    return events[0]


def _role(ev: EventMention, role: str) -> list[str]:
    return [a.canonical for a in ev.actors if a.role == role]


def test_the_claimant_is_actor1_and_the_convoy_its_target(ex: Extractor) -> None:
    ev = _primary(ex, "Army convoy struck by an IED near Inates, two wounded. ISGS claimed the attack on Monday.")
    assert ev.event_type == "Explosions/Remote violence"
    assert _role(ev, "actor1") == ["Islamic State (Greater Sahara)"]
    assert any(n.startswith("Military Forces of Niger") for n in _role(ev, "actor2"))


def test_a_claim_noun_names_no_claimant(ex: Extractor) -> None:
    ev = _primary(ex, "French forces killed 6 militants near Menaka; JNIM's claim was denied by Paris.", "Mali")
    assert _role(ev, "actor1") == ["Military Forces of France"]


def test_the_first_violent_word_carries_the_roles(ex: Extractor) -> None:
    ev = _primary(ex, "Gendarmerie post attacked overnight in Djibo, 3 gendarmes dead.", "Burkina Faso")
    assert ev.event_type == "Battles"
    assert _role(ev, "actor1")[0].startswith("Unidentified Armed Group")
    assert any(n.startswith("Police Forces of Burkina Faso") for n in _role(ev, "actor2"))


def test_aircraft_belong_to_a_state(ex: Extractor) -> None:
    ev = _primary(ex, "Airstrikes targeting suspected militants were reported near Tillia by French forces.")
    assert ev.event_type == "Explosions/Remote violence"
    assert _role(ev, "actor1") == ["Military Forces of France"]


def test_an_unassigned_force_is_the_one_acting(ex: Extractor) -> None:
    ev = _primary(ex, "Two herders killed in clashes with Barkhane near Tillia.")
    assert _role(ev, "actor1") == ["Military Forces of France"]


def test_an_assassinated_officer_is_a_civilian_victim(ex: Extractor) -> None:
    ev = _primary(ex, "Unknown gunmen shot dead a FAN officer at his home in Ouallam.")
    assert ev.event_type == "Violence against civilians"
    assert _role(ev, "actor2") == ["Civilians (Niger)"]
    assert any(n.startswith("Military Forces of Niger") for n in _role(ev, "assoc"))


def test_a_named_group_and_its_description_are_one_actor(ex: Extractor) -> None:
    # FLM (Katiba Macina) is coded JNIM after the merger of March 2017 (published here in 2019)
    ev = _primary(ex, "Suspected FLM gunmen abducted a schoolteacher outside Dioura.", "Mali")
    assert _role(ev, "actor1") == ["JNIM: Group for Support of Islam and Muslims"]


def test_reported_speech_is_no_claim(ex: Extractor) -> None:
    ev = _primary(
        ex, "FACT sources claim that army troops attacked a camp near Kouri Bougoudi and executed 4 men.", "Chad"
    )
    assert not any(n.startswith("FACT") for n in _role(ev, "actor1"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A former mayor of Tera was murdered in his shop by two men on a motorbike.", 1),
        ("Bandits attacked a minibus near Fada, killing the driver.", 1),
        ("A customs agent was shot by gunmen near Kantchari. He later died in hospital.", 1),
        ("The ministry announced the death of a gendarme in the operation.", 1),
        ("4 herders detained by soldiers near Diapaga were later executed.", 4),
        ("Two men were killed and 3 arrested.", 2),
    ],
)
def test_one_death_without_a_number(text: str, expected: int) -> None:
    assert count_fatalities(text).value == expected


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Residents took to the streets of Niamey.", "protest"),
        ("Teachers picketed the regional assembly.", "protest"),
        ("Youths throwing stones at a patrol.", "riot"),
        ("The town is now under the control of the rebels.", "territory"),
        ("A joint military operation took place in the forest.", "clash"),
        ("A driver was stabbed during a carjacking.", "shoot"),
        ("An aid agency vehicle seized by gunmen.", "loot"),
    ],
)
def test_new_trigger_words(text: str, cls: str) -> None:
    assert cls in {t.cls for t in find_triggers(text)}
