"""Rules of session 11 for short notes: forces that came too late, empty posts burned, villagers summoned."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# actor_cleanup: a force named only as arriving after the fighting is no side of it
def test_army_that_intervened_afterwards_is_no_side_of_a_clash(ex: Extractor) -> None:
    ev = first(
        ex,
        "Rival herders, Fulani and Dogon, clashed near a well outside Koro on 2 May; six men were killed "
        "before the army intervened.",
        "Mali",
    )
    assert ev.event_type == "Battles"
    assert not any(a.canonical.startswith("Military Forces") for a in ev.actors)
    assert len(side(ev, "actor1")) == 1 and len(side(ev, "actor2")) == 1


def test_french_late_intervention_is_no_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des orpailleurs zaghawa et arabes se sont affrontés à Kouri Bougoudi le 13 septembre, faisant une "
        "dizaine de morts avant l'intervention de l'armée.",
        "Chad",
    )
    assert not any(a.canonical.startswith("Military Forces") for a in ev.actors)


def test_army_that_fought_stays_a_side(ex: Extractor) -> None:
    ev = first(ex, "The army clashed with Fulani militiamen near Koro on 2 May; six men were killed.", "Mali")
    assert any(a.canonical.startswith("Military Forces") for a in ev.actors)


# victims.property_only: an empty police station burned, nobody hurt, is property, not the police
def test_burned_empty_police_station_is_no_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés ont incendié le commissariat de police de Sebba dans la nuit de lundi. "
        "Aucune victime n'est à déplorer.",
        "Burkina Faso",
    )
    assert ev.event_type == "Strategic developments"
    assert not any(a.canonical.startswith("Police Forces") for a in ev.actors)


def test_attacked_police_station_keeps_the_police(ex: Extractor) -> None:
    ev = first(ex, "Gunmen attacked the police station in Sebba overnight, killing two policemen.", "Burkina Faso")
    assert any(name.startswith("Police Forces") for name in side(ev, "actor2"))


# triggers_fr / triggers_en: armed men gathering villagers is no rally
def test_french_armed_men_gathering_villagers_is_no_protest(ex: Extractor) -> None:
    ev = first(
        ex,
        "Des hommes armés de l'EIGS ont fait irruption vendredi à Inates et ont rassemblé les villageois devant "
        "la mosquée pour les mettre en garde.",
        "Niger",
    )
    assert ev.event_type == "Strategic developments"
    assert side(ev, "actor1")[0].startswith("Islamic State")


def test_english_armed_men_gathering_residents_is_no_protest(ex: Extractor) -> None:
    ev = first(
        ex, "ISGS fighters entered Inates on Friday and gathered the residents at the mosque to preach.", "Niger"
    )
    assert ev.event_type == "Strategic developments"


def test_people_gathering_of_their_own_accord_is_still_a_protest(ex: Extractor) -> None:
    ev = first(
        ex, "Des centaines d'habitants se sont rassemblés devant la mairie de Téra contre l'insécurité.", "Niger"
    )
    assert ev.event_type == "Protests"
