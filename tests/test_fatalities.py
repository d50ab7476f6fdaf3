"""Fatalities by ACLED's counting rules (sitrep.nlp.fatalities.count_fatalities)."""

from __future__ import annotations

import pytest

from sitrep.nlp.fatalities import count_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy mayor assassinated by suspected militants riding motorcycles.", 1),
        ("Nurse and her cousin killed by unidentified assailants near the well.", 2),
        ("3 gunmen killed an off duty gendarme at the fair.", 1),
        ("3 armed men raided the village killing a man.", 1),
        ("One gendarme killed two wounded.", 1),
        ("A patrol was ambushed, 4 reported killed.", 4),
        ("Heavy losses were recorded (unknown fatalities coded as 10).", 10),
        ("Six prisoners were executed two days later.", 6),
        ("Security posts were attacked. No casualties reported.", 0),
        ("Nine soldiers and two assailants were killed.", 11),
    ],
)
def test_counts(text: str, expected: int) -> None:
    assert count_fatalities(text).value == expected


def test_witnesses_are_not_the_dead() -> None:
    assert count_fatalities("Four onlookers stated the trader died in the clinic.").value != 3


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deaths on another side told in a later sentence add to the toll
        ("Army post attacked near Gao, 2 soldiers killed. The army says it killed 4 assailants.", 6),
        # the wounded who die later add to the toll
        ("3 gendarmes were injured and 2 killed. One later died in hospital.", 3),
        ("An ambush left 4 soldiers wounded. One of the four soldiers succumbed to his wounds.", 1),
        # bodies found of people first reported missing
        ("Convoy ambushed: 2 dead and 5 missing. The 5 bodies were found two days later.", 7),
        # a breakdown of the group just named revises its toll
        ("2 bandits were beaten by villagers. One died and the second was wounded.", 1),
        # an alternative figure from other sources is not added
        ("At least 12 herders were killed. Other sources say 20 were killed.", 12),
        # a toll over a series of events is not this event's, when the note gives its own
        ("Rights groups count 40 people killed over the past weeks. In the latest attack 3 villagers died.", 3),
        # the toll of an earlier dated attack
        ("Police arrested a suspect in the hotel attack which left 22 people dead in June 2015.", None),
        # a list of counted groups before one death word
        ("Militants stormed the camp: 4 private guards, 2 policemen, 1 cook & 5 attackers killed.", 12),
        ("3 traders and a driver were killed on the road.", 4),
        ("Two gunmen stabbed to death a herder.", 1),
        ("The body of one attacker was found the next morning.", 1),
        ("Airstrikes eliminated a number of fighters.", 10),
        ("The raid killed and wounded several (fatalities coded as 2).", 2),
        ("Head of the Regional Health Dept. killed by gunmen at his door.", 1),
        ("A mine blast hit the truck, killing and wounding the driver.", 1),
        ("5 herders, two of whom were minors, were killed in the raid.", 5),
        ("Claimed by the group on May, 3: 6 killed 2 pick-ups seized.", 6),
        ("Diggers found two mass graves, holding an unknown number of bodies.", None),
        ("Gunmen tried to seize a truck near the market, one guard killed one wounded.", 1),
    ],
)
def test_note_tolls(text: str, expected: int | None) -> None:
    assert count_fatalities(text).value == expected
