"""Note-path rules from the central blind set: toll claims, mobs, JNIM's components after the 2017 merger, suspects
named later, garrisons, revised and competing tolls, retaken towns, unilateral truces, sources and threats.

Sentences are invented; each rule has one case it changes and, where it can misfire, one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import first, side
from sitrep.nlp.casualty_words import _FR
from sitrep.nlp.extract import Extractor
from sitrep.nlp.sentence_tolls import _sentence_toll

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# actor_claims: a claimed count of dead is a toll, not responsibility
def test_claimed_toll_does_not_make_the_defender_the_attacker(ex: Extractor) -> None:
    ev = first(
        ex,
        "ISGS militants ambushed a GATIA convoy near Tinzaouaten. GATIA claimed eight attackers were killed.",
    )
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]


def test_claimed_attack_still_names_the_claimant(ex: Extractor) -> None:
    ev = first(ex, "Gunmen attacked a gendarmerie post near Diafarabé. JNIM claimed the attack.")
    assert side(ev, "actor1") == [JNIM]


# triggers_en: an angry crowd beating someone to death is mob violence; crowds: police who came after are no side
def test_angry_crowd_beating_to_death_is_mob_violence(ex: Extractor) -> None:
    ev = first(
        ex,
        "An angry crowd in Kati beat to death a man suspected of theft at the market. Police reached the scene "
        "after the man had died.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert not any(c.startswith("Police") for c in side(ev, "actor2"))


def test_crowd_that_clashed_with_police_keeps_the_police(ex: Extractor) -> None:
    ev = first(ex, "Angry youths in Kati threw stones at police, who fired tear gas to disperse them.")
    assert ev.event_type == "Riots"
    assert any(c.startswith("Police") for c in side(ev, "actor2"))


# actors.yaml periods: a JNIM component after 2 March 2017 is JNIM; before, itself
def test_component_after_the_merger_is_jnim(ex: Extractor) -> None:
    ev = first(ex, "Malian troops detained six suspected members of Katiba Macina in Macina on 4 May 2019.")
    assert JNIM in side(ev, "actor2")


def test_component_before_the_merger_keeps_its_name(ex: Extractor) -> None:
    evs = ex.extract(
        "Ansar Dine claimed an ambush on a FAMa convoy near Tenenkou on 3 January 2016.",
        published=date(2016, 1, 6),
        document_id="t",
        country_hint="Mali",
    )
    assert "Ansar Dine" in side(evs[0], "actor1")


# sentence_tolls: a list of counts opened by "one" is counted once
def test_one_soldier_and_several_militants() -> None:
    toll = _sentence_toll("One gendarme and several assailants died, officials said.", 0)
    assert toll is not None and toll.value == 11


def test_named_victims_before_a_count_still_add() -> None:
    toll = _sentence_toll("The chief, his son and two herders were killed.", 0)
    assert toll is not None and toll.value == 4


# casualty_words: French "ont abattu le X" is one death; "les X" is not one
def test_french_shot_dead_the_chief_is_one(ex: Extractor) -> None:
    ev = first(ex, "Des individus armés ont abattu le maire de la commune de Tondikiwindi avant de s'enfuir.", "Niger")
    assert ev.fatalities == 1


def test_french_shot_dead_the_herders_is_not_one() -> None:
    toll = _sentence_toll("Des individus armés ont abattu les bergers près du puits.", 0, _FR)
    assert toll is None or toll.value != 1


# sentence_tolls: a lower revised figure replaces the first; a second, lower source's figure is kept
def test_toll_revised_down_replaces_the_first() -> None:
    toll = _sentence_toll("Les autorités ont d'abord annoncé 60 morts avant de ramener le bilan à 41.", 0, _FR)
    assert toll is not None and toll.value == 41


def test_toll_raised_keeps_the_conservative_figure() -> None:
    toll = _sentence_toll("The ministry said 30 people were killed and later raised the figure to 36.", 0)
    assert toll is not None and toll.value == 30


def test_second_source_lower_figure_is_kept() -> None:
    toll = _sentence_toll("Au moins 22 civils ont été tués selon des habitants, 17 selon le gouverneur.", 0, _FR)
    assert toll is not None and toll.value == 17


def test_second_source_higher_figure_is_not_kept() -> None:
    toll = _sentence_toll("Nine villagers were killed according to officials, 14 according to residents.", 0)
    assert toll is not None and toll.value == 9


# attribution_agents: a later sentence saying who planted the device names the perpetrator
def test_group_that_planted_the_mine_is_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Two soldiers died when their truck struck a mine near Bosso. Boko Haram fighters had laid the explosive, "
        "a security source said.",
        "Niger",
    )
    assert side(ev, "actor1") == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


# role_cues: "a position held by X" is the garrison attacked; "fired from positions held by X" is the shooter
def test_garrison_of_the_attacked_post_is_actor2(ex: Extractor) -> None:
    ev = first(
        ex,
        "Gunmen suspected to be ISGS attacked a camp held by gendarmes near Ouallam on 2 May 2019.",
        "Niger",
    )
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]


# actor_matcher + role_cues + drafts: "soupçonnés d'être des miliciens peuls" names the attackers
def test_french_suspected_to_be_militia_names_the_attackers(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés soupçonnés d'être des miliciens dogons ont attaqué le hameau de Tiguila, tuant six civils.",
    )
    assert side(ev, "actor1") == ["Dogon Ethnic Militia (Mali)"]
    assert ev.event_type == "Violence against civilians"


# actor_matcher: "the Dogon militia Dan Na Ambassagou" is one actor; triggers: a unilateral truce is a change
def test_unilateral_truce_by_a_named_militia(ex: Extractor) -> None:
    ev = first(ex, "On 2 March 2019, the Dogon militia Dan Na Ambassagou declared a unilateral truce in Bandiagara.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert side(ev, "actor1") == ["Dan Na Ambassagou"]


def test_ceasefire_between_two_sides_is_an_agreement(ex: Extractor) -> None:
    ev = first(ex, "On 2 March 2019, CMA and Platform leaders signed a ceasefire in Anefis.")
    assert ev.sub_event_type == "Agreement"


# drafts: a source credited with the figure is no side; residents attacked are civilians
def test_source_of_the_toll_does_not_make_a_battle(ex: Extractor) -> None:
    ev = first(
        ex,
        "Koglweogo members attacked residents of Kaya on 3 May 2019, killing 7 according to the government.",
        "Burkina Faso",
    )
    assert ev.event_type == "Violence against civilians"


# triggers_en: young people in a town burning and ransacking: a violent demonstration
def test_young_people_in_town_ransacking_is_a_riot(ex: Extractor) -> None:
    ev = first(
        ex, "Young people in Djibo torched the prefect's office on 4 May 2019 to protest insecurity.", "Burkina Faso"
    )
    assert ev.event_type == "Riots"


# triggers_fr + note_events: a town moved back into, with assailants killed, is regained by fighting
def test_army_moved_back_into_town_with_fighting(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 4 mai 2019, l'armée a réinvesti Arbinda. Une quinzaine de terroristes ont été tués lors de l'opération.",
        "Burkina Faso",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Government regains territory")


# drafts: people warned after an arson are no side of it
def test_people_warned_are_no_victims_of_the_arson(ex: Extractor) -> None:
    ev = first(
        ex,
        "JNIM militants burned the health centre in Boni on 4 May 2019 and warned nurses not to come back.",
    )
    assert side(ev, "actor2") == []
