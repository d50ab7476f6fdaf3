"""Rules from the second French labelled set's disagreements (local press and security bulletins: dates of the
current month, a group named after a generic word, communities that clash, an operation that frames arrests).

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.timex import find_dates


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# timex: "le 6 courant" / "the 4th instant" is that day of the month of publication
def test_day_of_the_current_month(ex: Extractor) -> None:
    ev = first(ex, "Deux commerçants ont été enlevés le 6 courant à Sévaré par des individus armés non identifiés.")
    assert ev.date == date(2019, 6, 6)
    en = first(ex, "Armed men abducted three herders near Sevare on the 4th instant.")
    assert en.date == date(2019, 6, 4)


def test_a_day_with_its_month_is_not_the_current_month() -> None:
    found = find_dates("Le 6 mai, deux commerçants ont été enlevés à Sévaré.", date(2019, 6, 1), language="fr")
    assert [t.value for t in found][:1] == [date(2019, 5, 6)]


# actor_matcher: "terroristes de l'EIGS", "fighters of ISGS": the generic word describes the named group
def test_generic_word_of_a_named_group_is_that_group(ex: Extractor) -> None:
    ev = first(ex, "Une frappe de Barkhane a neutralisé une dizaine de terroristes de l'EIGS près de Ménaka.", "Niger")
    assert side(ev, "actor2") == ["Islamic State (Greater Sahara)"]


def test_generic_word_alone_stays_generic(ex: Extractor) -> None:
    ev = first(ex, "Une frappe de Barkhane a neutralisé une dizaine de terroristes près de Ménaka.", "Niger")
    assert side(ev, "actor2") == ["Islamist Militia (Niger)"]


# role_cues: the agent after "par" may follow an elided article ("par des hommes armés présumés de l'EIGS")
def test_agent_after_elided_article(ex: Extractor) -> None:
    ev = first(ex, "Six civils ont été tués ce lundi par des hommes armés présumés de l'EIGS près de Tessit.")
    assert (ev.event_type, side(ev, "actor1")) == ("Violence against civilians", ["Islamic State (Greater Sahara)"])
    assert side(ev, "actor2") == ["Civilians (Mali)"]


def test_agent_without_article_unchanged(ex: Extractor) -> None:
    ev = first(ex, "Six civils ont été tués ce lundi par des hommes armés près de Tessit.")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Mali)"]


# actors.yaml: French ethnonyms (samo, arabes) let intercommunal clashes name two ethnic militias
def test_intercommunal_clash_names_two_militias(ex: Extractor) -> None:
    ev = first(ex, "Des heurts entre éleveurs arabes et agriculteurs samo ont fait 5 morts ce lundi près de Tougan.")
    assert ev.event_type == "Battles"
    assert side(ev, "actor1") + side(ev, "actor2") == ["Arab Ethnic Militia (Mali)", "Samo Ethnic Militia (Mali)"]


def test_killing_of_herders_stays_violence_against_civilians(ex: Extractor) -> None:
    ev = first(ex, "Des hommes armés ont tué trois éleveurs arabes près de Tougan ce lundi.")
    assert ev.event_type == "Violence against civilians"
    assert side(ev, "actor2") == ["Civilians (Mali)"]


# triggers: an operation the act happened during frames it ("lors d'une opération", "during a military operation")
@pytest.mark.parametrize(
    "text",
    [
        "Les FDS ont interpellé ce lundi à Kaya onze suspects lors d'une opération de ratissage.",
        "Soldiers arrested eleven suspects in Kaya on Monday during a military operation.",
    ],
)
def test_arrests_during_an_operation_are_arrests(ex: Extractor, text: str) -> None:
    ev = first(ex, text, "Burkina Faso")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "L'armée a mené une opération de ratissage près de Kaya ce lundi contre des terroristes.",
        "The army launched a military operation against militants near Kaya on Monday.",
    ],
)
def test_an_operation_on_its_own_stays_a_clash(ex: Extractor, text: str) -> None:
    assert first(ex, text, "Burkina Faso").event_type == "Battles"


# sentence_tolls / casualty_words: "a succombé", "ont péri" are deaths; a wounded protester is not
def test_one_who_succumbed_is_one_death(ex: Extractor) -> None:
    ev = first(ex, "Des manifestants ont affronté la police hier à Kayes. Un manifestant a succombé à ses blessures.")
    assert ev.fatalities == 1


def test_one_wounded_is_no_death(ex: Extractor) -> None:
    ev = first(ex, "Des manifestants ont affronté la police hier à Kayes. Un manifestant a été blessé.")
    assert not ev.fatalities


def test_both_sides_who_perished_are_summed(ex: Extractor) -> None:
    ev = first(
        ex,
        "Une patrouille a été attaquée près de Titao ce dimanche: 4 policiers ont péri et 3 assaillants ont été tués.",
    )
    assert ev.fatalities == 7
