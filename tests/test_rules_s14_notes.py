"""Rules from the short round on articles6 and eastern5: French "armée" after a noun is the adjective
"armed", and a post said to be held by a named force is ground fought over, not a party.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _military(names: list[str]) -> bool:
    return any(n.startswith("Military Forces of Burkina Faso") for n in names)


# actor_matcher: "une attaque armée" describes the attack, it names no army
def test_french_armed_attack_adjective_is_no_army(ex: Extractor) -> None:
    ev = first(
        ex,
        "Une attaque armée a frappé dimanche le marché de Gorgadji, où neuf commerçants ont été tués.",
        country="Burkina Faso",
    )
    assert not _military([a.canonical for a in ev.actors])


def test_french_army_noun_after_article_stays_the_army(ex: Extractor) -> None:
    ev = first(
        ex,
        "L'armée a repoussé dimanche une attaque contre son détachement de Gorgadji, tuant neuf assaillants.",
        country="Burkina Faso",
    )
    assert _military([a.canonical for a in ev.actors])


# actor_matcher: "the X-held ... police station" is a site; its holder is the side attacked
def test_held_police_station_is_no_police_side(ex: Extractor) -> None:
    ev = first(
        ex,
        "Rebel fighters overran the army-held barracks and police station in Ubari on Monday after a gun battle.",
        country="Libya",
    )
    assert not any(a.canonical.startswith("Police Forces") for a in ev.actors)


def test_plain_police_station_attacked_is_still_the_police(ex: Extractor) -> None:
    ev = first(ex, "Gunmen attacked the police station in Ubari on Monday, killing two officers.", country="Libya")
    assert any(a.startswith("Police Forces") for a in side(ev, "actor2"))
