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


# --- a group whose emir or commander the note says was killed is the side on the receiving end ---------


def test_killed_emir_names_his_group_as_target_in_french(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Le 14 mars 2019, l'armée nigérienne a mené une opération de ratissage au nord de Tillabéri. "
        "Le chef de l'EIGS, Abou Moussa, a été abattu avec deux de ses hommes.",
    )
    assert ev.event_type == "Battles"
    assert any(n.startswith("Islamic State") for n in _names(ev, "actor2")), ev.actors


def test_killed_commander_names_his_group_as_target_in_english(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Nigerien troops carried out a sweep near Inates on 2 April. A commander of ISGS, Abu Talha, was killed "
        "together with four fighters.",
    )
    assert any(n.startswith("Islamic State") for n in _names(ev, "actor2")), ev.actors


def test_group_that_killed_a_leader_is_not_coded_as_his_side(ex: Extractor) -> None:
    # the rank belongs to a village, not to the group, and nobody of the group is said to have died
    ev = _primary(
        ex,
        "Nigerien troops clashed near Inates on 2 April and four fighters were killed. The chief of the village "
        "said ISGS had been seen in the area.",
    )
    assert not any(n.startswith("Islamic State") for n in _names(ev, "actor2")), ev.actors


# --- a verb joined by "and" to the verb before it shares that verb's subject ----------------------------


def test_coordinated_verb_shares_the_first_verbs_subject(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Backed by drones, the GNA drove back the LNA during the summer and recaptured Gharyan on 26 June 2019.",
        country="Libya",
    )
    assert any("Government of National Accord" in n for n in _names(ev, "actor1")), ev.actors
    assert not any("Haftar" in n for n in _names(ev, "actor1")), ev.actors


def test_coordinated_verb_of_a_new_clause_keeps_its_own_subject(ex: Extractor) -> None:
    # "after" opens a new clause: its subject (the LNA) is the one who acted
    ev = _primary(
        ex,
        "The GNA held Gharyan until the spring, after the LNA shelled the town and recaptured it on 4 April 2019.",
        country="Libya",
    )
    assert any("Haftar" in n for n in _names(ev, "actor1")), ev.actors


def test_joined_subjects_before_a_coordinated_verb_stay_joined(ex: Extractor) -> None:
    ev = _primary(
        ex,
        "Burkinabe soldiers and VDP fighters entered the village and attacked a JNIM camp near Djibo.",
        country="Burkina Faso",
    )
    firsts = _names(ev, "actor1")
    assert any(n.startswith("Military Forces of Burkina Faso") for n in firsts), ev.actors


# --- the people of a place who fight are a militia, not civilians --------------------------------------


def test_villagers_who_fight_are_a_vigilante_militia(ex: Extractor) -> None:
    ev = _primary(ex, "Fighting broke out between suspected jihadists and villagers near Tera on Sunday.")
    assert ev.event_type == "Battles"
    assert "Vigilante Militia (Niger)" in _names(ev), ev.actors
    assert not any(n.startswith("Civilians") for n in _names(ev)), ev.actors


def test_community_named_after_its_town_is_a_communal_militia(ex: Extractor) -> None:
    ev = _primary(ex, "Fighting broke out between the gendarmerie and Ayorou youths on Sunday.")
    assert "Ayorou Communal Militia (Niger)" in _names(ev), ev.actors


def test_counted_villagers_killed_in_a_battle_are_no_side(ex: Extractor) -> None:
    ev = _primary(
        ex, "Soldiers clashed with gunmen near Tera on Sunday and three villagers were killed in the crossfire."
    )
    assert ev.event_type == "Battles"
    assert not any(n.startswith("Vigilante") for n in _names(ev)), ev.actors


# --- the movements of the 2015 agreement and the coalition formed outside it ---------------------------


def test_entente_coalition_and_its_members_are_known(ex: Extractor) -> None:
    ev = _primary(
        ex, "Gunmen attacked a position of the Coordination des mouvements de l'entente near Talataye.", country="Mali"
    )
    assert "CME: Agreement Movements Coordination" in _names(ev, "actor2"), ev.actors
    ev = _primary(ex, "FPA fighters clashed with gunmen near Talataye.", country="Mali")
    assert "FPA: Popular Front of Azawad" in _names(ev), ev.actors
