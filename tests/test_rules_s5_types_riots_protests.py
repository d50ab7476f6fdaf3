"""Crowds, crowd control and curfews (sahel3 review): a crowd putting someone to death is mob violence,
residents storming a building in anger a violent demonstration, a later sentence telling how police broke
up a march makes it a protest with intervention, a curfew is a strategic development, and a fronted
"After hours of fighting," does not give the sides.

Each rule has one invented note it changes and one it leaves alone.
"""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_beaten_to_death_by_a_crowd_is_mob_violence(ex: Extractor) -> None:
    ev = first(ex, "A trader accused of theft was beaten to death by a crowd at the market of Gao on Monday.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert side(ev, "actor1") == ["Rioters (Mali)"]
    assert ev.fatalities == 1


def test_beaten_to_death_by_soldiers_stays_violence_against_civilians(ex: Extractor) -> None:
    ev = first(ex, "A shepherd was beaten to death by soldiers near Gao on Monday.")
    assert ev.event_type == "Violence against civilians"


def test_residents_beating_a_man_to_death_is_mob_violence(ex: Extractor) -> None:
    ev = first(ex, "Residents of Ansongo beat to death a suspected thief on Monday.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert ev.fatalities == 1


def test_villagers_lynching_a_thief_is_mob_violence(ex: Extractor) -> None:
    ev = first(ex, "Villagers in Ansongo lynched a suspected cattle thief on Monday.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_angry_residents_storming_a_building_is_a_violent_demonstration(ex: Extractor) -> None:
    ev = first(ex, "Residents of Gao angered by water cuts stormed the governorate on Monday and set it on fire.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert side(ev, "actor1") == ["Rioters (Mali)"]


def test_gunmen_storming_a_building_is_no_riot(ex: Extractor) -> None:
    ev = first(ex, "Gunmen stormed the town hall of Gao on Monday and set it on fire.")
    assert ev.event_type != "Riots"


def test_police_dispersing_the_crowd_in_a_later_french_sentence_is_intervention(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des centaines de jeunes ont manifesté lundi à Gao contre l'insécurité. "
        "La gendarmerie a dispersé la foule à coups de gaz lacrymogène.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Protest with intervention")


def test_french_dispersal_and_arrests_of_them_is_intervention(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des commerçants ont manifesté lundi à Gao contre les taxes. La police les a dispersés et a "
        "interpellé une dizaine d'entre eux.",
    )
    assert ev.sub_event_type == "Protest with intervention"


def test_english_dispersal_told_later_is_intervention(ex: Extractor) -> None:
    ev = first(ex, "Hundreds of youths demonstrated in Gao on Monday against insecurity. Police dispersed the crowd.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_march_the_note_says_nothing_more_of_stays_peaceful(ex: Extractor) -> None:
    ev = first(ex, "Des jeunes ont manifesté lundi à Gao contre l'insécurité. La marche s'est déroulée dans le calme.")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_curfew_is_a_strategic_development(ex: Extractor) -> None:
    ev = first(ex, "Authorities in Gao imposed a curfew from 8 pm to 6 am after a series of robberies.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")


def test_a_french_curfew_is_a_strategic_development(ex: Extractor) -> None:
    ev = first(ex, "Le gouverneur de Gao a instauré un couvre-feu de 20h à 6h.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")


def test_robberies_without_a_curfew_stay_looting(ex: Extractor) -> None:
    ev = first(ex, "Gunmen robbed traders on the road between Gao and Ansongo, no one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_french_present_tense_abduction_is_an_event(ex: Extractor) -> None:
    ev = first(ex, "#Mali : des bandits armés enlèvent 9 villageois à Ansongo.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_fronted_fighting_does_not_make_the_garrison_the_attacker(ex: Extractor) -> None:
    ev = first(
        ex,
        "After several hours of fighting, JNIM militants overran the FAMa camp at Boni and took control of the town.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert side(ev, "actor1") == ["JNIM: Group for Support of Islam and Muslims"]


def test_government_retaking_a_town_stays_government_regains(ex: Extractor) -> None:
    ev = first(ex, "After two days of fighting, FAMa troops regained control of Boni from JNIM militants.")
    assert ev.sub_event_type == "Government regains territory"
