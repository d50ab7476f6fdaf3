"""Actor conventions added for issue #3: each rule with invented notes (places from Niger, Burkina Faso,
Chad, Mali), one that the rule changes and one that it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str = "Niger") -> EventMention:
    events = ex.extract(text, published=date(2019, 6, 10), document_id="t", country_hint=country)
    assert events, text
    return events[0]


def _names(ev: EventMention, role: str | None = None) -> list[str]:
    return [a.canonical for a in ev.actors if role is None or a.role == role]


# --- a second force that fought alongside the coded one is an associated actor -------------------------


def test_foreign_force_that_joined_the_fight_is_associated(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Gunmen attacked an army outpost near Tillia overnight. French aircraft intervened and the attackers fled.",
    )
    assert ev.event_type == "Battles"
    assert any(n.startswith("Military Forces of Niger") for n in _names(ev, "actor2"))
    assert "Military Forces of France" in _names(ev, "assoc")


def test_peacekeepers_among_the_dead_of_an_attack_on_soldiers(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Unknown assailants attacked a Malian army camp in Aguelhok. Two soldiers and one MINUSMA "
        "peacekeeper were killed.",
        country="Mali",
    )
    assert ev.event_type == "Battles"
    names = _names(ev)
    assert any(n.startswith("Military Forces of Mali") for n in names)
    assert any(n.startswith("MINUSMA") for n in names)


def test_police_and_army_of_one_country_are_one_side(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Armed men attacked a gendarmerie post in Kantchari. The army sent reinforcements and two gendarmes "
        "were wounded.",
        country="Burkina Faso",
    )
    assert ev.event_type == "Battles"
    # the army and the gendarmerie are one government: no second force of Burkina Faso is added
    assert not [n for n in _names(ev, "assoc") if "Burkina Faso" in n]


# --- armoured vehicles are the military of the country they belong to ----------------------------------


def test_a_countrys_armoured_vehicle_is_its_army(ex: Extractor) -> None:
    ev = _primary(ex, "A Chadian APC struck a landmine north of Ouallam. Two crew members were wounded.")
    assert ev.event_type == "Explosions/Remote violence"
    assert any(n.startswith("Military Forces of Chad") for n in _names(ev, "actor2"))


# --- a member unit is its coalition's side, never its opponent ------------------------------------------


def test_member_unit_is_not_the_other_side_of_its_coalition(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Fighting broke out near Djibo between JNIM's Ansar Dine fighters and Burkinabe soldiers.",
        country="Burkina Faso",
    )
    assert ev.event_type == "Battles"
    second = _names(ev, "actor2")
    assert second and all(n.startswith("Military Forces of Burkina Faso") for n in second), ev.actors
