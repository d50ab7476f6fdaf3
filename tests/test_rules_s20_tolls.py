"""Rules of session 20 for tolls: a losses section read when the main event told none, unconfirmed figures."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit, build_context
from sitrep.nlp.doc_tolls import loss_prose
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities, unconfirmed


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """No gazetteer: these rules are about tolls, not places."""
    return Extractor()


_CLASH = (
    "Battle of Oued Tarsa\n\n"
    "The Battle of Oued Tarsa was fought on 9 June 2020 near Oued Tarsa, in the north of Niger, between the "
    "Nigerien army and a rebel column that had come from the border.\n\n"
    "Battle\n"
    "Early on 9 June soldiers backed by aircraft attacked the rebel column in the valley. The fighting lasted "
    "until the evening, and the rebels withdrew to the north.\n\n"
    "Casualties\n"
    "On 11 June the defence ministry said the fighting had left 40 rebels and three soldiers dead, and that "
    "twelve soldiers had been wounded.\n\n"
    "Reactions\n"
    "The regional body called for talks.\n"
)


def _units(text: str) -> tuple[list[Unit], tuple[Section, ...]]:
    sents = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+(?:\.|$)", text, re.M)]
    ctx = build_context(text, sents, ())
    return ctx.units, ctx.sections


def test_single_source_losses_section_is_read_only_when_ungated() -> None:
    units, sections = _units(_CLASH)

    def toll_of(s: int, e: int) -> object:
        return count_fatalities(_CLASH, s, e, language="en")

    assert loss_prose(_CLASH, units, sections, toll_of) is None  # type: ignore[arg-type]
    t = loss_prose(_CLASH, units, sections, toll_of, gated=False)  # type: ignore[arg-type]
    assert t is not None and t.value == 43


def test_main_event_without_a_toll_takes_its_losses_section(ex: Extractor) -> None:
    events = ex.extract(_CLASH, published=date(2020, 7, 1), document_id="s20-clash", language="en")
    assert events and events[0].fatalities == 43


def test_main_event_with_its_own_toll_keeps_it(ex: Extractor) -> None:
    text = _CLASH.replace(
        "The fighting lasted until the evening,", "Two soldiers were killed in the first hour of fighting,"
    ).replace("left 40 rebels and three soldiers dead", "left many rebels dead")
    events = ex.extract(text, published=date(2020, 7, 1), document_id="s20-own", language="en")
    assert events and events[0].fatalities == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they had killed 40 soldiers, a figure the army has not confirmed.",
        "The ministry did not confirm the figure of 25 dead.",
        "The claim of 30 dead could not be independently verified.",
        "Les rebelles disent avoir tué 40 soldats, un bilan que le gouvernement n'a pas confirmé.",
        "Ce chiffre de 25 morts n’a pas pu être vérifié.",
        "Les autorités n'ont pas encore confirmé ce bilan de 30 morts.",
    ],
)
def test_active_and_passive_denials_are_unconfirmed(sentence: str) -> None:
    assert unconfirmed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army confirmed that 12 soldiers had been killed.",
        "L'armée a confirmé la mort de 12 soldats.",
        "Officials verified the names of the 8 dead.",
    ],
)
def test_confirmed_figures_are_not_unconfirmed(sentence: str) -> None:
    assert not unconfirmed(sentence)


@pytest.mark.parametrize(
    ("sentence", "language", "dead"),
    [
        ("A quarrel over a goat ended with the murder of the herder and the death of one of the thieves.", "en", 2),
        ("La dispute s'est terminée par l'assassinat d'un chef de village et la mort de son fils.", "fr", 2),
        ("The death of a soldier was announced on the radio.", "en", 1),
        ("The killing of the imam and the burning of the mosque angered residents.", "en", 1),
        ("The wounding of a boy and the death of a guard were reported.", "en", 1),
    ],
)
def test_deaths_told_as_joined_nouns_add_up(sentence: str, language: str, dead: int) -> None:
    assert count_fatalities(sentence, language=language).value == dead


@pytest.mark.parametrize(
    ("sentence", "language", "dead"),
    [
        ("The grave held three herders detained by militiamen on 4 May and later executed.", "en", 3),
        ("Four traders were abducted and two were killed.", "en", 2),
        ("Trois bergers ont été enlevés puis exécutés.", "fr", 3),
        ("Trois bergers enlevés par des hommes armés la veille ont été exécutés.", "fr", 3),
        ("Quatre commerçants ont été enlevés et deux ont été tués.", "fr", 2),
    ],
)
def test_people_held_then_killed_are_the_dead(sentence: str, language: str, dead: int) -> None:
    assert count_fatalities(sentence, language=language).value == dead
