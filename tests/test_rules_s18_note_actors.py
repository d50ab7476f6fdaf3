"""Rules from the sahel8 and articles10 blind sets, short-note path: French and "both" claims, "suspected X
of planting", the French passive "pris à partie par", a mob glossed by its province, goods carried away, a
force counted with the soldiers among the dead, and a crowd's grievance in French or about an arrest.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# actor_claims: a French claim ("revendiquée le 5 mai par le GSIM") names the attackers
def test_french_claim_with_date_names_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés ont attaqué un poste de gendarmerie près de Ménaka le 3 mai, tuant deux gendarmes. "
        "L'attaque a été revendiquée le 5 mai par le GSIM dans un message diffusé par son agence.",
    )
    assert side(ev, "actor1") == [JNIM]


def test_french_active_claim_names_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés ont attaqué un poste de gendarmerie près de Ménaka le 3 mai, tuant deux gendarmes. "
        "Le GSIM a revendiqué l'attaque.",
    )
    assert side(ev, "actor1") == [JNIM]


def test_claim_of_both_attacks_names_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Gunmen attacked a gendarmerie post near Menaka on 3 May, killing two gendarmes. JNIM claimed both "
        "attacks through its media outlet.",
    )
    assert side(ev, "actor1") == [JNIM]


def test_french_report_by_a_group_is_no_claim(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés ont attaqué un poste de gendarmerie près de Ménaka le 3 mai, tuant deux gendarmes. "
        "L'attaque a été signalée par des habitants.",
    )
    assert side(ev, "actor1") and side(ev, "actor1")[0].startswith("Unidentified Armed Group")


# attribution_agents: "suspected X of planting the device" names actor1 of the blast
def test_suspected_of_planting_names_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "A Malian army truck struck a mine near Boni on 3 May, killing three soldiers. Local sources "
        "suspected JNIM of planting the device.",
    )
    assert ev.event_type == "Explosions/Remote violence"
    assert side(ev, "actor1") == [JNIM]


def test_suspected_militants_seen_name_no_author(ex: Extractor) -> None:
    ev = first(
        ex,
        "A Malian army truck struck a mine near Boni on 3 May, killing three soldiers. Suspected JNIM "
        "militants were seen in the area.",
    )
    assert side(ev, "actor1") and side(ev, "actor1")[0].startswith("Unidentified Armed Group")


# triggers_fr: "prise à partie par des hommes armés" is an attack whose agent is actor1
def test_french_set_upon_passive_makes_agent_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 3 mai, une patrouille des Forces armées maliennes a été prise à partie par des hommes armés près "
        "de Boni ; un soldat a été tué.",
    )
    assert ev.event_type == "Battles"
    assert side(ev, "actor1")[0].startswith("Unidentified Armed Group")
    assert side(ev, "actor2")[0].startswith("Military Forces of Mali")


# triggers_en: a crowd glossed by its province that beats a man to death is mob violence
def test_glossed_residents_beating_to_death_is_mob_violence(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 May, residents of Koutiala (Sikasso region) beat to death a man they accused of stealing cattle.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_gunmen_beating_to_death_stays_an_attack(ex: Extractor) -> None:
    ev = first(ex, "On 3 May, residents of Koutiala (Sikasso region) said gunmen beat to death a herder.")
    assert ev.event_type == "Violence against civilians"


# triggers_en: goods carried away are looted; people carried away are abducted
def test_goods_carried_away_are_no_abduction(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 May, gunmen raided the health centre of Koutiala and carried away the medicine stock. No one was hurt.",
    )
    assert ev.sub_event_type == "Looting/property destruction"


def test_women_carried_away_are_abducted(ex: Extractor) -> None:
    ev = first(ex, "On 3 May, gunmen raided a hamlet near Koutiala and carried away two women.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


# victims: a pro-government force counted with the soldiers among the dead is the army's associate
def test_force_counted_with_dead_soldiers_is_associated(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 4 May, suspected JNIM militants attacked the army post at Djibo. Four soldiers and one VDP were killed.",
        country="Burkina Faso",
    )
    assert "VDP: Volunteers for the Defense of the Homeland" in side(ev, "assoc")


def test_force_not_among_the_dead_is_not_added(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 4 May, suspected JNIM militants attacked the army post at Djibo. Four soldiers were killed; the VDP "
        "arrived later.",
        country="Burkina Faso",
    )
    assert "VDP: Volunteers for the Defense of the Homeland" not in side(ev, "assoc")


# triggers/drafts/crowds: the French grievance is not a side; an arrest in the grievance is no intervention
def test_french_riot_grievance_names_no_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 3 mai, des jeunes en colère ont saccagé la mairie de Koutiala pour protester contre la mort d'un "
        "commerçant tué la veille par des bandits.",
    )
    assert ev.event_type == "Riots"
    assert [a.role for a in ev.actors] == ["actor1"]


def test_protest_against_an_arrest_is_peaceful(ex: Extractor) -> None:
    ev = first(
        ex,
        "Several hundred people demonstrated in Kidal on 5 May against the arrest of a local trader by soldiers.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")
    assert not side(ev, "actor2")


def test_protest_broken_up_by_arrests_is_intervention(ex: Extractor) -> None:
    ev = first(
        ex,
        "Several hundred people demonstrated in Kidal on 5 May against the high cost of living; police "
        "arrested ten of them.",
    )
    assert ev.sub_event_type == "Protest with intervention"


def test_parent_in_claimants_apposition_is_not_the_claimant(ex: Extractor) -> None:
    ev = first(
        ex,
        "Gunmen attacked a gendarmerie post near Menaka on 3 May, killing two gendarmes. Jama'at Nasr "
        "al-Islam wal Muslimin (JNIM), the Sahel branch of al-Qaeda, claimed both attacks.",
    )
    assert side(ev, "actor1") == [JNIM]
    assert not any("Qaeda" in a.canonical for a in ev.actors)
