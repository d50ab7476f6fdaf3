"""Rules from the third labelled article set's disagreements (whole articles: triggers, sections, announcers).

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.doc_layout import section_zone
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _classes(text: str) -> list[str]:
    return [t.cls for t in find_triggers(text, language="en")]


# triggers.weapon_mine: a gold mine is a place of work; a mine that is hit or explodes is a weapon
def test_a_gold_mine_is_no_weapon() -> None:
    assert "explosive" not in _classes("Gunmen abducted two employees of the Kalsaka gold mine on Monday.")
    assert "explosive" not in _classes("The convoy was stopped near the mine by armed men.")


def test_a_mine_that_is_hit_stays_a_weapon() -> None:
    assert "explosive" in _classes("An army truck struck a mine near Kalsaka on Monday.")
    assert "explosive" in _classes("A mine exploded under a bus near Kalsaka.")


def test_a_kidnapping_at_a_mine_is_an_abduction(ex: Extractor) -> None:
    ev = first(ex, "Gunmen abducted two employees of the Kalsaka gold mine on Monday.", "Burkina Faso")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


# doc_layout: the hunt for the perpetrators is aftermath, read as context
def test_a_search_section_is_context() -> None:
    assert section_zone("Search") == "context"
    assert section_zone("Recherches") == "context"
    assert section_zone("Enquête") == "context"


def test_an_event_section_stays_an_event() -> None:
    assert section_zone("Kidnapping") == "event"
    assert section_zone("Researchers") == "event"


# actor_cleanup: who announces the toll tells of the event, it is no side of it
def test_the_government_announcing_a_toll_is_no_side(ex: Extractor) -> None:
    text = "Des hommes armés ont attaqué Toumour samedi; le gouvernement annonce un bilan de 28 morts."
    ev = first(ex, text, "Niger")
    names = side(ev, "actor1") + side(ev, "actor2")
    assert not any(n.startswith("Government") for n in names)
    assert ev.event_type == "Violence against civilians"


def test_an_army_claiming_its_own_act_stays_a_side(ex: Extractor) -> None:
    ev = first(ex, "The army said it killed 12 militants near Toumour on Saturday.", "Niger")
    assert side(ev, "actor1")[0].startswith("Military Forces of Niger")
