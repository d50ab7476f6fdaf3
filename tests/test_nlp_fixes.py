"""Sentence-level rules for errors seen in whole articles: named passive agents, the "menés par X contre Y"
frame, asides in relative clauses, named victims beside a counted group, "Protestant" and military sites.

Every sentence here is invented; each rule has a case it changes and a neighbour it must leave alone.
"""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities
from sitrep.nlp.triggers import find_triggers

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
UAG = "Unidentified Armed Group (Mali)"
MALI_ARMY = "Military Forces of Mali (2013-)"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# --- 1. a named agent after "by"/"par" is the initiator --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Armed men raided the hamlet. Four herders were executed by JNIM.", JNIM),
        ("Armed men raided the hamlet. Four herders were killed by ISGS militants.", ISGS),
        ("Des hommes armés ont attaqué le hameau. Quatre bergers ont été tués par des éléments de l'EIGS.", ISGS),
        # neighbour: no agent named, the attackers stay unidentified
        ("Armed men raided the hamlet. Four herders were killed.", UAG),
    ],
)
def test_a_named_passive_agent_is_actor1(ex: Extractor, text: str, actor1: str) -> None:
    assert side(first(ex, text), "actor1")[:1] == [actor1]


# --- 2. French roles -------------------------------------------------------------------------------------


def test_attacks_led_by_x_against_a_military_site(ex: Extractor) -> None:
    ev = first(
        ex,
        "Les attaques du 3 mai à Gao sont deux assauts menés par un commando jihadiste contre la mairie et "
        "l'état-major de la région militaire, au centre de la ville.",
    )
    assert (ev.event_type, side(ev, "actor1"), side(ev, "actor2")) == (
        "Battles",
        ["Islamist Militia (Mali)"],
        [MALI_ARMY],
    )


def test_an_agent_far_from_the_noun_needs_a_led_by_participle(ex: Extractor) -> None:
    """Neighbour: a "par" that does not follow a participle of doing is no agent ("par la route")."""
    from sitrep.nlp.role_cues import _LED_BY

    assert _LED_BY.search("deux assauts simultanés menés par un ")
    assert _LED_BY.search("two raids carried out by ")
    assert not _LED_BY.search("arrivés à Gao par la ")


def test_a_force_named_in_a_relative_clause_is_not_a_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "Une voiture piégée a explosé devant la caserne, où devait se tenir une réunion de la force du G5 Sahel, "
        "et les assaillants ont échangé des tirs avec les militaires.",
    )
    assert "G5 Sahel Joint Force" not in side(ev, "actor1")


def test_a_list_of_sides_still_joins(ex: Extractor) -> None:
    ev = first(ex, "Ansar Dine, MNLA, and JNIM fighters attacked a FAMa post near Kidal.")
    attackers = set(side(ev, "actor1") + side(ev, "assoc"))
    # Ansar Dine is JNIM after the merger of March 2017: the list still joins every group named
    assert {JNIM, "MNLA: National Movement for the Liberation of Azawad"} <= attackers
    assert side(ev, "actor2") == [MALI_ARMY]


# --- 3. tolls: named victims beside a counted group ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Gunmen killed the teacher and four pupils.", "en", 5),
        ("The chief, his brother and two others were killed.", "en", 4),
        ("On Friday, the chief, his brother and two others were killed.", "en", 4),
        ("Gunmen killed the teacher, Mr Paul Diallo, and four pupils.", "en", 5),  # an apposition adds nobody
        ("Des hommes armés ont tué le maire et deux gardes.", "fr", 3),
        ("Le chef, son fils et deux autres personnes ont été tués.", "fr", 4),
        # neighbours: a counted group alone; a place object before the count; a lone named victim
        ("Gunmen killed four pupils.", "en", 4),
        ("Militants stormed the market and two soldiers were killed.", "en", 2),
        ("Gunmen killed the teacher, Mr Paul Diallo.", "en", 1),
    ],
)
def test_named_victims_and_a_counted_group_add_up(sentence: str, language: str, deaths: int) -> None:
    assert count_fatalities(sentence, language=language).value == deaths


# --- 4. typing ---------------------------------------------------------------------------------------------


def test_protestant_is_not_a_protest(ex: Extractor) -> None:
    assert not [t for t in find_triggers("Gunmen burned a Protestant chapel.", 0, "en") if t.cls == "protest"]
    assert not [
        t for t in find_triggers("Des hommes armés ont visé une église protestante.", 0, "fr") if t.cls == "protest"
    ]
    ev = first(ex, "Gunmen killed five people, among them a pastor, at a Protestant church near Mopti.")
    assert ev.event_type == "Violence against civilians" and side(ev, "actor1") == [UAG]


def test_a_protest_is_still_a_protest(ex: Extractor) -> None:
    ev = first(ex, "Traders protested in Bamako against a new tax.")
    assert ev.event_type == "Protests"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Militants attacked two military camps near Tessit.", "Battles"),
        ("Des hommes armés ont attaqué une caserne près de Gao.", "Battles"),
        # neighbour: a nomads' camp holds civilians
        ("Militants attacked a nomad camp near Tessit.", "Violence against civilians"),
    ],
)
def test_an_attack_on_a_military_site_is_a_battle(ex: Extractor, text: str, etype: str) -> None:
    ev = first(ex, text)
    assert ev.event_type == etype
    if etype == "Battles":
        assert side(ev, "actor2") == [MALI_ARMY]
