"""Rules from the second round on the eastern blind set: French "militants" as activists, a night dated by the
date after "overnight", a group named as the suspect in a sentence of its own, a parent group named in an
apposition, and a force described as backing another.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.timex import find_dates


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# actor_matcher: French "militants" of a party are activists; a qualifier makes them fighters
def test_french_party_militants_are_no_islamist_militia(ex: Extractor) -> None:
    ev = first(
        ex,
        "Niamey : la police a dispersé au gaz lacrymogène une centaine de militants du parti Lumana qui "
        "manifestaient mardi contre la hausse des prix.",
        country="Niger",
    )
    assert ev.event_type == "Protests"
    assert not any(a.canonical.startswith("Islamist Militia") for a in ev.actors)


def test_french_islamist_militants_are_still_fighters(ex: Extractor) -> None:
    ev = first(
        ex, "Des militants islamistes ont attaqué mardi un poste de gendarmerie près de Téra, tuant deux gendarmes."
    )
    assert side(ev, "actor1") and side(ev, "actor1")[0].startswith("Islamist Militia")


def test_english_militants_are_still_islamist_militia(ex: Extractor) -> None:
    ev = first(ex, "Militants attacked a gendarmerie post near Tera on 3 May, killing two gendarmes.", "Niger")
    assert side(ev, "actor1")[0].startswith("Islamist Militia")


# timex_patterns: "overnight on 3 May" is the night of the date that follows, not the night before publication
def test_overnight_on_a_date_is_that_date() -> None:
    found = find_dates("A drone struck a depot overnight on 3 May near Sirte.", date(2019, 5, 6))
    assert [d.value for d in found] == [date(2019, 5, 3)]


def test_bare_overnight_is_still_the_night_before_publication() -> None:
    found = find_dates("A drone struck a depot near Sirte overnight.", date(2019, 5, 6))
    assert [d.value for d in found] == [date(2019, 5, 5)]


# attribution_agents: "X, the ... of Y, is suspected" in its own sentence names the unidentified attacker
def test_group_named_as_suspect_after_the_event_is_actor1(ex: Extractor) -> None:
    ev = first(
        ex,
        "Gunmen on motorbikes ambushed a Nigerien army patrol near Ayorou on 3 May, killing four soldiers. "
        "The ISGS, the Sahel branch of the Islamic State, is suspected.",
        "Niger",
    )
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]


def test_group_merely_mentioned_after_the_event_is_no_suspect(ex: Extractor) -> None:
    ev = first(
        ex,
        "Gunmen on motorbikes ambushed a Nigerien army patrol near Ayorou on 3 May, killing four soldiers. "
        "The ISGS is active in the area.",
        "Niger",
    )
    assert side(ev, "actor1")[0].startswith("Unidentified Armed Group")


# actor_matcher: a parent named in an apposition ("JNIM, the Sahel branch of al-Qaeda,") is no second actor
def test_parent_in_an_apposition_does_not_replace_the_group(ex: Extractor) -> None:
    ev = first(ex, "JNIM, the Sahel branch of al-Qaeda, claimed an ambush on a FAMa convoy near Boni on 3 May.", "Mali")
    assert side(ev, "actor1") == ["JNIM: Group for Support of Islam and Muslims"]
    assert not any("Qaeda" in a.canonical for a in ev.actors)


def test_two_groups_listed_with_commas_are_both_kept(ex: Extractor) -> None:
    ev = first(ex, "JNIM, ISGS and the MSA clashed near Menaka on 3 May.", "Mali")
    names = {a.canonical for a in ev.actors}
    assert "Islamic State (Greater Sahara)" in names


# roles: "X backing Y" makes X Y's associate
def test_force_backing_another_is_its_associate(ex: Extractor) -> None:
    ev = first(
        ex,
        "Wagner contractors backing the LNA attacked GNA positions south of Tripoli on 3 May; two GNA fighters "
        "were killed.",
        "Libya",
    )
    assert side(ev, "actor1") == ["Military Forces of Libya (2014-) Haftar Faction"]
    assert "Wagner Group" in side(ev, "assoc")
    assert not any(a.canonical.startswith("Civilians") for a in ev.actors)


def test_force_attacking_another_is_no_associate(ex: Extractor) -> None:
    ev = first(ex, "Wagner contractors attacked the LNA near Sirte on 3 May.", "Libya")
    assert "Wagner Group" not in side(ev, "assoc")
