"""Rules from the second eastern7 round: crowds that set on a person, riots and their grievances, communities
that fight, raids that only loot or only leave, holders of a place, forces and their auxiliaries, mines left
behind, and French caches.

Sentences are invented; most rules have one case they change and one they leave alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
LNA = "Military Forces of Libya (2014-) Haftar Faction"


# triggers_en + drafts: a crowd attacking a person is mob violence, with the person a civilian side
def test_crowd_attacking_a_man_is_mob_violence(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, a crowd in Kiffa attacked a man suspected of stealing a goat and burned his shop.",
        "Mauritania",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert side(ev, "actor1") == ["Rioters (Mauritania)"]
    assert side(ev, "actor2") == ["Civilians (Mauritania)"]


def test_villagers_attacking_a_man_is_not_a_riot(ex: Extractor) -> None:
    # villagers may be a village's armed men: only a crowd or a mob makes the attack a riot
    ev = first(ex, "On 2 May 2019, gunmen attacked a man near Kiffa and took his car.", "Mauritania")
    assert ev.event_type != "Riots"


# drafts: two communities that clash are the militias of their groups (qualified "Kibet" farmers)
def test_communities_clashing_are_two_ethnic_militias(ex: Extractor) -> None:
    ev = first(ex, "On 2 May 2019, Arab herders and Kibet farmers clashed over a well near Am Timan.", "Chad")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert side(ev, "actor1") == ["Arab Ethnic Militia (Chad)"]
    assert side(ev, "actor2") == ["Kibet Ethnic Militia (Chad)"]


def test_kibet_alone_is_a_surname(ex: Extractor) -> None:
    ev = first(ex, "On 2 May 2019, gunmen shot dead a trader named Kibet near Am Timan.", "Chad")
    assert not any("Kibet" in a.canonical for a in ev.actors)


# note_events + drafts + crowds: a riot stays the event when a later sentence tells the police's response,
# and the force of its grievance ("after ... shot dead by a soldier") is no side
def test_riot_after_a_killing_is_the_riot(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, youths in Abeche rioted after a herder was shot dead by a soldier at a market, "
        "burning tyres and a town hall vehicle. Police fired into the air; no further deaths were reported.",
        "Chad",
    )
    assert ev.event_type == "Riots"
    assert "Military Forces of Chad (1990-2021)" not in side(ev, "actor2")


# crowds: the people who riot are the crowd, not a side of their own
def test_traders_who_riot_are_the_rioters(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, traders in Zinder, Zinder region, rioted after tax officers seized their goods, "
        "burning a tax office.",
        "Niger",
    )
    assert ev.event_type == "Riots"
    assert "Civilians (Niger)" not in side(ev, "actor2")


# crowds + actors.yaml: the junta a crowd marches against is the grievance, not the force that fired
def test_transitional_council_is_not_the_army(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 3 mai 2021, la police a tiré des gaz lacrymogènes sur des manifestants qui marchaient à Sarh "
        "contre le Conseil militaire de transition.",
        "Chad",
    )
    assert ev.event_type == "Protests"
    # (the fixture publishes in 2019, hence the period of the name)
    assert side(ev, "actor2") == ["Police Forces of Chad (1990-2021)"]


# triggers_fr: a cache found, with a place between commas before it, is a disrupted weapons use
def test_french_cache_found_past_a_long_place(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 4 mai 2019, un détachement de l'ANP a découvert, à 40 km au nord-ouest de Bordj Badji Mokhtar, "
        "une cache contenant deux fusils et des munitions.",
        "Algeria",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert side(ev, "actor1") == ["Military Forces of Algeria (1999-2019)"]


# triggers_en: a raid whose only harm is what was carried off is looting
def test_raid_carrying_off_goods_is_looting(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, Boko Haram fighters raided a fishing camp near Baga Sola, carrying off boats and "
        "food. No casualties were reported.",
        "Chad",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Looting/property destruction")


# triggers_en: raiders withdrawing after the act take no ground
def test_raid_then_withdrawal_is_an_armed_clash(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, IS militants stormed an army post near Ubari, killing four soldiers before withdrawing.",
        "Libya",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_force_withdrawing_from_a_town_still_gives_it_up(ex: Extractor) -> None:
    ev = first(ex, "On 2 May 2019, LNA forces withdrew from Gharyan.", "Libya")
    assert ev.sub_event_type != "Armed clash"


# drafts: the holder of the place named in an appositive took no part
def test_holder_of_the_place_is_no_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, rockets fired from GNA positions hit a farm in Wadi Rabie, an LNA-held area south of "
        "Tripoli, killing a shepherd.",
        "Libya",
    )
    assert side(ev, "actor1") == [GNA]
    assert LNA not in side(ev, "actor1") + side(ev, "actor2")


# drafts: "X and their Y" puts Y beside X; attribution: a mine left behind by a force is its act on civilians
def test_mine_left_behind_by_a_force_and_its_auxiliaries(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, a landmine left behind by retreating LNA forces and their Russian mercenaries exploded "
        "in a field in Qasr bin Ghashir, killing a farmer who had returned to his land.",
        "Libya",
    )
    assert side(ev, "actor1") == [LNA]
    assert side(ev, "actor2") == ["Civilians (Libya)"]
    assert "Wagner Group" in side(ev, "assoc")


# drafts: who handed a town over in an "after" clause is no side of the base set up
def test_base_set_up_after_a_handover_has_no_second_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, the LNA set up a base at the airport of Ghat, after local Tuareg fighters agreed to "
        "leave the town.",
        "Libya",
    )
    assert ev.sub_event_type == "Headquarters or base established"
    assert side(ev, "actor2") == []


# victims: worshippers at a mosque where nearly all are Muslim are not set apart by their faith
def test_mosque_worshippers_in_libya_have_no_faith_group(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, a car bomb exploded outside a mosque in Derna as worshippers left Friday prayers, killing six.",
        "Libya",
    )
    assert not any("Muslim Group" in a.canonical for a in ev.actors)


# actor_matcher: "people" before a trade's noun ("people smugglers") names nobody
def test_people_smuggler_is_no_civilian_side(ex: Extractor) -> None:
    ev = first(
        ex, "On 2 May 2019, gunmen attacked a people smuggler's convoy near Sabha and killed two guards.", "Libya"
    )
    assert not any(a.name == "people" for a in ev.actors)
