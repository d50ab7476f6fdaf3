"""Actor1 and toll rules: unknown gunmen in a clash, the owner of an operation, perpetrators named after the
act, an uncounted group beside a counted one, and car bombs that are not suicide attacks.

Every sentence here is invented; each rule has a case it changes and a neighbour it must leave alone.
"""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities

JNIM = "JNIM: Group for Support of Islam and Muslims"
GATIA = "GATIA: Imghad Tuareg and Allies Self-Defense Group"
MSA = "MSA: Movement for Azawad Salvation"
FRANCE = "Military Forces of France"
UAG = "Unidentified Armed Group (Mali)"
MALI_ARMY = "Military Forces of Mali (2013-)"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# --- 1. a clash with men nobody names: the unnamed side came upon the named one ---------------------------


def test_unknown_gunmen_in_a_clash_are_actor1(ex: Extractor) -> None:
    ev = first(ex, "A firefight pitted MSA fighters against unknown gunmen near Inekar late on Friday.")
    assert side(ev, "actor1") == [UAG]
    assert MSA in side(ev, "actor2")


def test_two_named_sides_keep_their_order(ex: Extractor) -> None:
    ev = first(ex, "Fighting broke out between MSA fighters and GATIA south of Menaka on Friday.")
    assert side(ev, "actor1") == [MSA]
    assert GATIA in side(ev, "actor2")


def test_an_active_attack_on_unknown_men_keeps_its_subject(ex: Extractor) -> None:
    ev = first(ex, "Malian soldiers attacked unknown gunmen near Douentza on Friday.")
    assert side(ev, "actor1") == [MALI_ARMY]


# --- 2. "a Barkhane raid": the force that owns the operation ran it --------------------------------------


def test_the_owner_of_an_operation_is_actor1(ex: Extractor) -> None:
    ev = first(ex, "A JNIM emir escaped a Barkhane operation in the Gourma, while one of his guards was killed.")
    assert side(ev, "actor1") == [FRANCE]
    assert JNIM in side(ev, "actor2")


def test_a_force_without_an_operation_noun_stays_the_target(ex: Extractor) -> None:
    ev = first(ex, "A JNIM unit ambushed Barkhane soldiers in the Gourma, and one soldier was killed.")
    assert side(ev, "actor1") == [JNIM]


def test_an_operation_that_is_the_object_of_the_attack_stays_the_target(ex: Extractor) -> None:
    ev = first(ex, "JNIM fighters ambushed a Barkhane raid in the Gourma on Friday.")
    assert side(ev, "actor1") == [JNIM]


# --- 3. the perpetrators named in a sentence of their own -----------------------------------------------


def test_named_perpetrators_replace_the_unknown_attacker(ex: Extractor) -> None:
    ev = first(
        ex,
        "Eleven herders were found shot near Inekar after a week of raids. "
        "The perpetrators are believed to be GATIA and MSA fighters.",
    )
    assert side(ev, "actor1") == [GATIA]
    assert MSA in side(ev, "assoc")


def test_unnamed_perpetrators_leave_the_unknown_attacker(ex: Extractor) -> None:
    ev = first(
        ex,
        "Eleven herders were found shot near Inekar after a week of raids. The perpetrators are still unknown.",
    )
    assert side(ev, "actor1") == [UAG]


def test_french_named_perpetrators(ex: Extractor) -> None:
    ev = first(ex, "Onze éleveurs ont été tués près d'Inekar. Les auteurs seraient des éléments du MSA.")
    assert side(ev, "actor1") == [MSA]


# --- 4. an uncounted group beside a counted one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Bandits killed the shepherds and four traders on the road to Ansongo.", "en", 4),
        ("Des bandits ont tué les bergers et quatre commerçants sur la route d'Ansongo.", "fr", 4),
        # a singular victim with its own determiner is still one more
        ("Bandits killed the shepherd and four traders on the road to Ansongo.", "en", 5),
        # the count after "and" is of wounded, not dead
        ("Bandits killed the shepherds and wounded four traders on the road to Ansongo.", "en", None),
    ],
)
def test_uncounted_group_then_counted(sentence: str, language: str, deaths: int | None) -> None:
    assert count_fatalities(sentence, language=language).value == deaths


# --- 5. a car bomb alone is a remote explosive, with a bomber it is a suicide attack ----------------------


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("A car bomb went off outside the governor's office in Menaka, wounding three guards.", "Remote explosive"),
        ("Une voiture piégée a explosé devant la mairie de Ménaka, blessant trois gardes.", "Remote explosive"),
        ("A suicide car bomb went off outside the governor's office in Menaka.", "Suicide bomb"),
        ("Un kamikaze a fait exploser une voiture piégée devant la mairie de Ménaka.", "Suicide bomb"),
    ],
)
def test_car_bombs(ex: Extractor, sentence: str, sub: str) -> None:
    ev = first(ex, sentence)
    assert ev.event_type == "Explosions/Remote violence"
    assert (ev.sub_event_type or "").startswith(sub)
