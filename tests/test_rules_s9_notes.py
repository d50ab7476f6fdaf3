"""Rules from the eastern blind set's disagreements (Libya, Chad, Niger, Algeria, Mauritania): a range of
numbers after "between", a crowd named with where it gathered, a force that only arrived afterwards, two
communities that fought, warning shots, tolls with nobody acting.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# role_cues: "between seven and nine villagers" is a toll's range, not the two sides of "between X and Y"
def test_number_range_after_between_is_no_pair_of_sides(ex: Extractor) -> None:
    ev = first(ex, "JNIM fighters killed between seven and nine villagers near Douentza on 3 May.")
    assert ev.event_type == "Violence against civilians"
    assert side(ev, "actor1") == ["JNIM: Group for Support of Islam and Muslims"]
    fr = first(ex, "Des hommes armés de l'EIGS ont tué entre cinq et sept villageois près de Ménaka le 3 mai.")
    assert side(fr, "actor1") == ["Islamic State (Greater Sahara)"]


def test_between_two_named_sides_still_pairs_them(ex: Extractor) -> None:
    ev = first(ex, "Fighting broke out between GATIA and the MSA near Menaka on 3 May.")
    assert ev.event_type == "Battles"
    assert {*side(ev, "actor1"), *side(ev, "actor2")} >= {"GATIA: Imghad Tuareg and Allies Self-Defense Group"}


# triggers_en + crowds: a crowd, wherever it gathered, putting someone to death is mob violence; a force told
# only as arriving afterwards is no side of it
def test_crowd_with_its_place_beating_to_death_is_mob_violence(ex: Extractor) -> None:
    ev = first(
        ex, "A crowd in the main market of Gao beat to death a suspected thief on 3 May, before gendarmes arrived."
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert side(ev, "actor1") == ["Rioters (Mali)"]
    assert not any("Forces" in a for a in side(ev, "actor2"))


def test_police_who_intervene_in_a_riot_stay_a_side(ex: Extractor) -> None:
    ev = first(ex, "Rioters burned tyres in Gao on 3 May; police used tear gas to scatter them.")
    assert ev.event_type == "Riots"
    assert any(a.startswith("Police Forces of Mali") for a in side(ev, "actor2"))


# drafts: two communities that exchange fire, or whose dead are counted on both sides, fought each other
def test_armed_community_and_tribesmen_exchanging_fire_is_a_battle(ex: Extractor) -> None:
    ev = first(
        ex, "Tebu fighters and Tuareg tribesmen exchanged heavy fire around the market of Ubari on 3 May.", "Libya"
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert not any(a.startswith("Civilians") for a in side(ev, "actor2"))


def test_dead_on_both_sides_makes_a_communal_attack_a_battle(ex: Extractor) -> None:
    text = "Fulani herders attacked Dogon farmers near Bankass on 3 May. The violence left six dead on both sides."
    ev = first(ex, text)
    assert ev.event_type == "Battles"
    one_sided = first(ex, "Fulani herders attacked Dogon farmers near Bankass on 3 May. Six farmers were killed.")
    assert one_sided.event_type == "Violence against civilians"


# note_events: a toll with nobody acting, told after the act, is the act's cost and not a second event
def test_following_toll_is_not_a_second_event(ex: Extractor) -> None:
    text = "Tebu fighters and Tuareg tribesmen exchanged fire in Ubari on 3 May. Five people died."
    evs = ex.extract(text, published=None, document_id="t", country_hint="Libya")
    assert len(evs) == 1


# triggers: shots into the air are a warning to a crowd, not fighting or lethal force
def test_shots_into_the_air_are_crowd_control() -> None:
    assert [t.cls for t in find_triggers("Police fired shots into the air to scatter the marchers.")][:1] == [
        "intervene"
    ]
    assert [t.cls for t in find_triggers("La police a procédé à des tirs de sommation.", language="fr")] == [
        "intervene"
    ]
    assert [t.cls for t in find_triggers("Gunmen fired shots at the patrol.")][:1] == ["clash"]


def test_warning_shots_at_a_protest_are_an_intervention(ex: Extractor) -> None:
    ev = first(ex, "Police fired warning shots into the air to disperse students protesting in Bamako on 3 May.")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Protest with intervention")


# triggers: bombs found and destroyed never went off, whatever stands between the verbs and the bombs
def test_bombs_found_and_destroyed_are_disrupted_weapons_use(ex: Extractor) -> None:
    fr = first(ex, "L'armée a découvert et détruit, le 3 mai, quatre bombes artisanales près de Tessit.")
    assert (fr.event_type, fr.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    en = first(ex, "Soldiers discovered and destroyed, on 3 May, four homemade bombs near Tessit.")
    assert (en.event_type, en.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


# note_events: men killed when a force intercepts them were fought; an interception alone is not a battle
def test_deaths_in_an_interception_make_it_a_clash(ex: Extractor) -> None:
    ev = first(
        ex, "An army patrol intercepted a convoy of armed smugglers near Tessalit on 3 May. Two smugglers were killed."
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    quiet = first(ex, "An army patrol intercepted a convoy of weapons near Tessalit on 3 May.")
    assert quiet.sub_event_type == "Disrupted weapons use"
