"""ACLED event-type rules: each rule changes one invented sentence and leaves a near neighbour alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.background import background_spans
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _first(ex: Extractor, text: str) -> tuple[str, list[str]]:
    events = ex.extract(text, published=date(2020, 3, 10), document_id="t", country_hint="Niger")
    assert events, text
    ev = events[0]
    return ev.event_type, [a.canonical or a.name for a in ev.actors]


# --- background clauses: an earlier event, a negated act, an accusation ------------------------------------


def test_pluperfect_relative_clause_does_not_type_the_event(ex: Extractor) -> None:
    etype, _ = _first(ex, "Nigerien troops killed three bandits who had murdered a herder near Tillia.")
    assert etype == "Battles"


def test_killing_of_a_herder_stays_violence_against_civilians(ex: Extractor) -> None:
    etype, _ = _first(ex, "Three bandits murdered a herder near Tillia.")
    assert etype == "Violence against civilians"


def test_recent_clashes_are_background_to_a_siege(ex: Extractor) -> None:
    etype, actors = _first(
        ex, "Gunmen besieged the hamlet of Dogo for a week after earlier clashes with its residents."
    )
    assert etype == "Violence against civilians"
    assert any(a.startswith("Civilians") for a in actors)


def test_negated_fighting_leaves_a_peaceful_handover(ex: Extractor) -> None:
    assert _first(ex, "The MNLA took control of Talataye without any fighting.")[0] == "Strategic developments"
    assert _first(ex, "The MNLA took control of Talataye after heavy fighting.")[0] == "Battles"


def test_what_a_victim_was_accused_of_names_no_party(ex: Extractor) -> None:
    text = 'A herder of Dogo, suspected of "spying for the army", was shot dead by JNIM fighters.'
    etype, actors = _first(ex, text)
    assert etype == "Violence against civilians"
    assert not any("Military Forces" in a for a in actors)


def test_an_accusation_without_a_closing_comma_ends_at_the_main_verb(ex: Extractor) -> None:
    # no comma closes the accusation: the clause stops at "was", so the named killers stay the attackers
    text = 'A herder suspected of "spying for the army" was shot dead by JNIM fighters near Dogo.'
    etype, actors = _first(ex, text)
    assert etype == "Violence against civilians"
    assert actors[0].startswith("JNIM")
    assert not any("Military Forces" in a for a in actors)


def test_a_chief_killed_by_fighters_after_a_battle_with_the_army_stays_a_battle(ex: Extractor) -> None:
    etype, _ = _first(ex, "JNIM fighters clashed with the army near Dogo and killed a soldier.")
    assert etype == "Battles"


def test_suspected_members_of_a_group_are_still_the_attackers() -> None:
    assert background_spans("Suspected members of ISGS attacked a patrol.") == []
    assert background_spans("A man suspected of spying for ISGS was killed.")


# --- abuse of people in the abusers' hands -----------------------------------------------------------------


def test_torture_by_soldiers_is_violence_against_civilians(ex: Extractor) -> None:
    text = "Two men said they were beaten by soldiers at the army camp of Ayorou."
    assert _first(ex, text)[0] == "Violence against civilians"


def test_soldiers_wounded_in_a_firefight_stay_a_battle(ex: Extractor) -> None:
    assert _first(ex, "Soldiers were wounded in a firefight with gunmen at Ayorou.")[0] == "Battles"


def test_detainees_beaten_later_in_the_note_make_the_arrest_an_attack(ex: Extractor) -> None:
    text = "Gendarmes detained eight herders near Abala. All of them were beaten during questioning."
    assert _first(ex, text)[0] == "Violence against civilians"


def test_detainees_released_later_keep_the_arrest(ex: Extractor) -> None:
    text = "Gendarmes detained eight herders near Abala. All of them were released two days later."
    assert _first(ex, text)[0] == "Strategic developments"


def test_property_destruction_with_people_hurt_is_an_attack(ex: Extractor) -> None:
    text = "Gunmen burned down the dispensary of Kolo. They also set fire to two shops. A nurse was beaten up."
    assert _first(ex, text)[0] == "Violence against civilians"
    assert _first(ex, "Gunmen burned down the dispensary of Kolo.")[0] == "Strategic developments"


# --- battles the trigger word alone does not show -----------------------------------------------------------


def test_a_military_operation_with_no_named_enemy_is_a_battle(ex: Extractor) -> None:
    etype, actors = _first(ex, "A two-week military operation was conducted in the Tamou reserve.")
    assert etype == "Battles"
    assert not any(a.startswith("Civilians") for a in actors)


def test_an_attack_with_no_named_target_is_not_a_battle(ex: Extractor) -> None:
    assert _first(ex, "Gunmen attacked the market of Tamou.")[0] == "Violence against civilians"


def test_villagers_capturing_armed_men_is_a_battle(ex: Extractor) -> None:
    assert _first(ex, "Villagers in Bani captured gunmen and handed them to the gendarmerie.")[0] == "Battles"


def test_a_militia_arresting_armed_men_stays_an_arrest(ex: Extractor) -> None:
    text = "Villagers in Bani arrested gunmen and handed them to the gendarmerie."
    assert _first(ex, text)[0] == "Strategic developments"


def test_taking_an_army_post_is_a_battle(ex: Extractor) -> None:
    etype, _ = _first(ex, "ISGS took control of an army checkpoint in Inates.")
    assert etype == "Battles"


def test_taking_a_town_unopposed_stays_a_transfer(ex: Extractor) -> None:
    assert _first(ex, "ISGS took control of the town of Inates.")[0] == "Strategic developments"


def test_air_strike_with_ground_forces_is_a_battle(ex: Extractor) -> None:
    text = "French air strikes supported ground forces against ISGS fighters near Menaka."
    assert _first(ex, text)[0] == "Battles"


def test_air_strike_alone_stays_remote_violence(ex: Extractor) -> None:
    text = "French air strikes hit ISGS fighters near Menaka."
    assert _first(ex, text)[0] == "Explosions/Remote violence"


# --- crowds --------------------------------------------------------------------------------------------------


def test_youths_burning_a_police_station_riot(ex: Extractor) -> None:
    text = "Youths set fire to the police station of Dosso after police shot a motorcyclist and wounded his wife."
    etype, actors = _first(ex, text)
    assert etype == "Riots"
    assert any(a.startswith("Rioters") for a in actors)


def test_youths_marching_peacefully_protest(ex: Extractor) -> None:
    etype, actors = _first(ex, "Youths marched peacefully in Dosso to demand more teachers.")
    assert etype == "Protests"
    assert any(a.startswith("Protesters") for a in actors)
