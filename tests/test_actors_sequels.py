"""What the next sentence or a neighbouring word adds to the sides and type of an event: the weapon told after
the attack, the wounded of a robbery, a brawl between students, a group's chief, a name given twice with "/".

Sentences are our own; each test names the structure or ACLED convention it checks."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _first(ex: Extractor, text: str) -> EventMention:
    evs = ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint="Mali")
    assert evs, text
    return evs[0]


def _names(ev: EventMention) -> set[str]:
    return {a.canonical for a in ev.actors}


def test_the_weapon_told_in_the_next_sentence_types_the_attack(ex: Extractor) -> None:
    ev = _first(ex, "Two soldiers died when their base came under attack near Gao. Four rockets hit the base.")
    assert ev.event_type == "Explosions/Remote violence"
    # a weapon merely found afterwards says nothing of how the attack was done
    ev = _first(ex, "Soldiers killed three militants near Gao. Two motorbikes and IED parts were seized.")
    assert ev.event_type == "Battles"


def test_a_robbery_whose_victims_were_hurt_is_violence_against_civilians(ex: Extractor) -> None:
    ev = _first(ex, "Bandits robbed a minibus near Douentza. Several passengers were wounded.")
    assert ev.event_type == "Violence against civilians"
    ev = _first(ex, "Bandits robbed a minibus near Douentza. Nobody was hurt.")
    assert ev.event_type == "Strategic developments"


def test_students_fighting_each_other_riot(ex: Extractor) -> None:
    ev = _first(ex, "Clashes broke out between students of two schools in Segou; one was stabbed.")
    assert ev.event_type == "Riots"
    assert all(n.startswith("Rioters") for n in _names(ev))


def test_an_armed_groups_chief_stands_for_the_group(ex: Extractor) -> None:
    ev = _first(ex, "A GATIA military chief was kidnapped by gunmen near Menaka.")
    assert ev.event_type == "Battles"
    assert any(n.startswith("GATIA") for n in _names(ev))
    ev = _first(ex, "A village chief was kidnapped by gunmen near Menaka.")
    assert ev.event_type == "Violence against civilians"


def test_a_description_after_two_slashed_names_is_that_group(ex: Extractor) -> None:
    ev = _first(ex, "JNIM/Ansar Dine militants attacked a FAMa checkpoint near Boni.")
    names = _names(ev)
    assert any(n.startswith("JNIM") for n in names)
    assert not any(n.startswith("Islamist Militia") for n in names)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Unknown gunmen ambushed the car of an MP on the road near Tera, Tillaberi. His driver was killed.", "Niger"),
        ("The mayor of Arbinda was ambushed by JNIM militants between Arbinda and Gorom-Gorom.", "Burkina Faso"),
        ("A judge was ambushed by JNIM men near Tenenkou; his driver was killed.", "Mali"),
    ],
)
def test_ambush_on_an_unarmed_official_is_violence_against_civilians(ex: Extractor, text: str, country: str) -> None:
    # ACLED: civilian officials attacked where only the attackers are armed are violence against civilians
    evs = ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint=country)
    assert evs and evs[0].event_type == "Violence against civilians", text
    assert f"Civilians ({country})" in _names(evs[0])


def test_ambush_on_an_escorted_mayor_that_fought_back_is_a_battle(ex: Extractor) -> None:
    # the escort returned fire: two armed sides, so the ambush stays a battle
    ev = _first(ex, "JNIM militants ambushed the mayor of Boni and his armed escort, who returned fire.")
    assert ev.event_type == "Battles"
