"""Fatalities by ACLED's counting rules (sitrep.nlp.fatalities.count_fatalities)."""

from __future__ import annotations

import pytest

from sitrep.nlp.fatalities import count_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor assassinated by presumed jihadists on motorbikes.", 1),
        ("Forest guard and his guide killed by unknown gunmen at the market.", 2),
        ("2 armed men killed an off duty policeman in the mosque.", 1),
        ("3 armed men raided the village killing a man.", 1),
        ("One gendarme killed two wounded.", 1),
        ("A patrol was ambushed, 4 reported killed.", 4),
        ("Significant casualties were reported (unknown fatalities coded as 10).", 10),
        ("Six soldiers were executed the following day.", 6),
        ("Security posts were attacked. No casualties reported.", 0),
        ("Nine soldiers and two assailants were killed.", 11),
    ],
)
def test_counts(text: str, expected: int) -> None:
    assert count_fatalities(text).value == expected


def test_witnesses_are_not_the_dead() -> None:
    assert count_fatalities("Three witnesses said the man died at the hospital.").value != 3


def test_wounded_alone_is_no_death_count() -> None:
    assert count_fatalities("Five soldiers were wounded by the blast.").value is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gunmen killed four villagers near Mopti.", 4),  # "villagers" are people, "villages" are not
        ("Militants raided two villages, killing eleven people.", 11),
        ("Gunmen killed three carters on the road.", 3),
    ],
)
def test_place_words_are_not_people_but_their_inhabitants_are(text: str, expected: int) -> None:
    toll = count_fatalities(text)
    assert toll is not None and toll.value == expected
