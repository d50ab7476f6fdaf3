"""Who owns what a sentence names: joined names, a force's vehicles, a village as a place, a bracketed people.

Sentences are our own; each test names the English structure or ACLED convention it checks."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _code(ex: Extractor, text: str) -> list[tuple[str, str]]:
    evs = ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint="Mali")
    assert evs, text
    return [(a.role, a.canonical) for a in evs[0].actors]


def _names(roles: list[tuple[str, str]]) -> set[str]:
    return {c for _, c in roles}


def test_a_claimed_attack_on_a_joint_convoy_hits_both_forces(ex: Extractor) -> None:
    names = _names(_code(ex, "Near Intahaka, JNIM claimed an explosive attack on a joint FAMa and MINUSMA convoy."))
    assert any(n.startswith("Military Forces of Mali") for n in names)
    assert any(n.startswith("MINUSMA") for n in names)


def test_a_hyphen_joins_two_names_like_and(ex: Extractor) -> None:
    names = _names(_code(ex, "A GATIA-MSA patrol was ambushed by unidentified gunmen near Anderamboukane."))
    assert any(n.startswith("GATIA") for n in names)
    assert any(n.startswith("MSA") for n in names)


def test_a_force_s_truck_is_the_force_not_civilians(ex: Extractor) -> None:
    names = _names(_code(ex, "A MINUSMA truck hit a landmine north of Aguelhok, two injured."))
    assert any(n.startswith("MINUSMA") for n in names)
    assert "Civilians (Mali)" not in names


def test_a_plain_truck_is_still_civilian_property(ex: Extractor) -> None:
    names = _names(_code(ex, "Gunmen shot at a truck near Gossi, killing the driver."))
    assert "Civilians (Mali)" in names


def test_a_named_village_in_a_place_phrase_is_no_victim(ex: Extractor) -> None:
    names = _names(
        _code(ex, "A Barkhane armoured car struck a landmine in the area of Talataye village; one soldier hurt.")
    )
    assert "Military Forces of France" in names
    assert "Civilians (Mali)" not in names


def test_a_village_that_is_attacked_is_still_its_people(ex: Extractor) -> None:
    names = _names(_code(ex, "Gunmen attacked the village of Sobane, killing three."))
    assert "Civilians (Mali)" in names


def test_a_bracketed_people_names_the_militia_by_ethnicity(ex: Extractor) -> None:
    names = _names(_code(ex, "Six Dozo hunters (Bambara) were killed in an ambush by Islamist militants near Niono."))
    assert "Bambara Ethnic Militia (Mali)" in names
    assert "Dozo Militia" not in names


def test_dozo_without_a_bracketed_people_stays_dozo(ex: Extractor) -> None:
    names = _names(_code(ex, "Dozo hunters clashed with Islamist militants near Niono, killing four."))
    assert "Dozo Militia" in names
