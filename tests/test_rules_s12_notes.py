"""Rules from the fourth round on French notes: the French army named with its elided article, the party
struck by an air strike whose owner follows the strike noun, and a force backing a patrol named with its
article ("appuyée par des VDP").

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# data/actors.yaml: "l'armée française" outranks the bare "l'armée" (the note's own army)
def test_french_army_with_elided_article_is_france(ex: Extractor) -> None:
    ev = first(ex, "Une frappe de drone de l'armée française a visé lundi des jihadistes près de Tessit.")
    assert side(ev, "actor1") == ["Military Forces of France"]


def test_bare_army_stays_the_notes_own(ex: Extractor) -> None:
    ev = first(ex, "Une frappe de drone de l'armée a visé lundi des jihadistes près de Tessit.")
    assert side(ev, "actor1") and side(ev, "actor1")[0].startswith("Military Forces of Mali")


# role_completion: the strike's owner after the noun is its attacker; the next party named is what it struck
def test_strike_owner_after_noun_leaves_struck_group_as_actor2(ex: Extractor) -> None:
    ev = first(ex, "Frappe aérienne de Barkhane près de Tessit : une dizaine de terroristes neutralisés.")
    assert side(ev, "actor1") == ["Military Forces of France"]
    assert side(ev, "actor2") == ["Islamist Militia (Mali)"]


def test_strike_with_no_other_party_has_no_actor2(ex: Extractor) -> None:
    ev = first(ex, "Frappe aérienne de Barkhane près de Tessit mardi soir.")
    assert side(ev, "actor1") == ["Military Forces of France"]
    assert side(ev, "actor2") == []


# role_cues: "appuyée par des X" introduces a backer even with the article, not the agent of the ambush
def test_backer_after_article_is_associate_not_attacker(ex: Extractor) -> None:
    ev = first(
        ex,
        "Une embuscade a été tendue lundi contre une patrouille de gendarmerie appuyée par des VDP près de Djibo.",
        country="Burkina Faso",
    )
    assert "VDP: Volunteers for the Defense of the Homeland" not in side(ev, "actor1")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]


def test_attack_by_named_group_still_has_that_agent(ex: Extractor) -> None:
    ev = first(
        ex,
        "Une patrouille de gendarmerie a été attaquée lundi par des VDP près de Djibo.",
        country="Burkina Faso",
    )
    assert side(ev, "actor1") == ["VDP: Volunteers for the Defense of the Homeland"]
