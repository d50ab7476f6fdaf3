"""Session 19 toll rules: a source's own tally competes with another's, attackers named among their own dead,
captives found dead later, one camp's figure corrected, a first vague report and a later announced toll, and a
party rejecting the figures."""

from __future__ import annotations

import re

import pytest

from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.doc_tolls import camp_parts, loss_prose
from sitrep.nlp.fatalities import Toll, count_fatalities
from sitrep.nlp.toll_cues import ANNOUNCED_TOLL, DISPUTED, LATER_DAY, TALLIED


@pytest.mark.parametrize(
    ("cue", "text", "hit"),
    [
        (TALLIED, "the union counted 17 dead", True),
        (TALLIED, "the prefecture gave eleven", True),
        (TALLIED, "l'ONG a recensé une vingtaine de morts", True),
        (TALLIED, "the police gave chase", False),
        (TALLIED, "the clinic recorded heavy rains", False),
        (DISPUTED, "the militia denied the army's figures", True),
        (DISPUTED, "le groupe a contesté ce bilan", True),
        (DISPUTED, "the governor denied any involvement", False),
        (LATER_DAY, "two days later, the minister", True),
        (LATER_DAY, "le lendemain matin", True),
        (ANNOUNCED_TOLL, "the ministry released a new toll", True),
        (ANNOUNCED_TOLL, "le gouverneur a communiqué un bilan officiel", True),
    ],
)
def test_cue_words(cue: str, text: str, hit: bool) -> None:
    assert bool(re.search(cue, text, re.IGNORECASE)) is hit


def test_a_second_source_tally_keeps_the_lower_figure() -> None:
    en = "Gunmen raided the camp at Tessa and killed at least 21 herders; the regional hospital gave 30 dead."
    assert count_fatalities(en, language="en").value == 21
    fr = "Des assaillants ont tué 14 villageois à Dara. Une association locale a recensé 19 morts."
    assert count_fatalities(fr, language="fr").value == 14
    # the other side's dead, counted by a source, still add
    both = "Bandits killed five gendarmes at the post. The army counted 7 attackers killed."
    assert count_fatalities(both, language="en").value == 12


def test_a_bare_figure_from_a_second_source_competes() -> None:
    s = "Militiamen burnt the hamlet and killed herders. A herders' union reported 15 dead; the prefect gave eleven."
    assert count_fatalities(s, language="en").value == 11
    # a higher bare figure never raises the toll
    s = "Militiamen killed 6 herders near the wells. The mayor gave ten."
    assert count_fatalities(s, language="en").value == 6


@pytest.mark.parametrize(
    ("text", "language", "total"),
    [
        ("A bomber rammed a truck into the gate of the barracks, killing himself and two guards.", "en", 3),
        ("Two bombers walked into the crowded mosque, killing themselves and a worshipper.", "en", 3),
        (
            "Trois kamikazes ont fait exploser leurs charges au marché, tuant neuf personnes en plus d'eux-mêmes.",
            "fr",
            12,
        ),
        ("Un kamikaze s'est fait exploser devant la caserne, tuant deux soldats ainsi que lui-même.", "fr", 3),
        ("A gunman opened fire at the checkpoint, killing two guards.", "en", 2),
    ],
)
def test_attackers_named_among_their_own_dead(text: str, language: str, total: int) -> None:
    assert count_fatalities(text, language=language).value == total


def test_captives_found_dead_later_are_another_event() -> None:
    en = (
        "Gunmen abducted nine traders on the road to Tindi on 4 May. Their families said that three of them were "
        "later found dead."
    )
    assert count_fatalities(en, language="en").value is None
    fr = "Des hommes armés ont enlevé six bergers le 2 mai. Deux d'entre eux ont été retrouvés morts le 9 mai."
    assert count_fatalities(fr, language="fr").value is None
    # a first toll stays; bodies found of people never said to be held still count
    s = "Raiders killed four farmers. Villagers searched the fields and two of them were found dead the next day."
    assert count_fatalities(s, language="en").value == 4


def _section(body: str) -> tuple[str, list[Unit], list[Section]]:
    """A "Casualties" section whose sentences are the units (each ends with ". ")."""
    text = "Casualties\n" + body
    start = len("Casualties\n")
    units: list[Unit] = []
    for m in re.finditer(r"[^.]+\.", text[start:]):
        a, b = start + m.start(), start + m.end()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        units.append(Unit(a, b, 0, 0, "event", True))
    return text, units, [Section("Casualties", start, len(text))]


def _prose(body: str, language: str = "en") -> int | None:
    text, units, sections = _section(body)
    toll = loss_prose(text, units, sections, lambda a, b: count_fatalities(text, a, b, language))
    return None if toll is None else toll.value


def test_one_camp_corrected_keeps_the_other_camp() -> None:
    body = (
        "In a first statement the ministry said 12 soldiers and 30 attackers had been killed. "
        "A week later it revised the military toll to 20 soldiers killed. In their claim, the militants said they "
        "had killed 70 soldiers."
    )
    assert _prose(body) == 50
    assert camp_parts("12 soldiers and 30 attackers", Toll(42, 0, 28)) == {"gov": 12, "armed": 30}
    assert camp_parts("12 soldiers and 30 people", Toll(42, 0, 26)) == {}


def test_a_vague_first_report_is_replaced() -> None:
    body = "First reports spoke of dozens of dead. Two days later the governor said 31 gendarmes had been killed."
    assert _prose(body) == 31


def test_a_later_announced_toll_replaces_the_first_count() -> None:
    body = (
        "Le soir même, un notable a fait état d'au moins 40 morts. Le lendemain, le ministre a annoncé un bilan de "
        "52 morts. Des sources locales ont ensuite évoqué 60 morts."
    )
    assert _prose(body, "fr") == 52
    # no announcement, a competing voice: the lower figure stays
    body = "Un notable a fait état d'au moins 40 morts. Le lendemain, des élus ont parlé de 52 morts."
    assert _prose(body, "fr") == 40


def test_a_tally_of_another_source_keeps_the_lower() -> None:
    body = "The governor said 26 people had been killed. A rights group counted 33 dead."
    assert _prose(body) == 26


def test_a_rejected_figure_makes_the_section_weigh_its_toll() -> None:
    body = "The army said the clashes had left 40 rebels and three soldiers dead. The rebels rejected this version."
    assert _prose(body) == 43
    assert _prose("The army said the clashes had left 40 rebels and three soldiers dead.") is None
