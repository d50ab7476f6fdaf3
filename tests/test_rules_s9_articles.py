"""Rules from the weak article sets (whole articles: claimants, riot tolls, misread authors).

Articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import side
from sitrep.model import EventMention
from sitrep.nlp.doc_claims import _CLAIM_AFTER
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str) -> EventMention:
    evs = ex.extract(text, published=date(2021, 6, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs[0]


# doc_claims: a leader named between the group and its claim ("X, led by Y, claimed the attack")
def test_a_claim_with_the_leader_named_between_is_still_a_claim() -> None:
    assert _CLAIM_AFTER.match(", led by Amadou Koufa, claimed the attack")
    assert _CLAIM_AFTER.match(" dirigée par Abou Walid revendique l'attaque")


def test_a_leader_clause_without_a_claim_is_no_claim() -> None:
    assert not _CLAIM_AFTER.match(", led by Amadou Koufa, attacked the post")
    assert not _CLAIM_AFTER.match(" led by the army claimed the attack")  # no name: not a leader clause


_CLAIMED_ARTICLE = (
    "Attaque de Kalkou\n"
    "\n"
    "L'attaque de Kalkou est une attaque menée dans la nuit du 3 au 4 mars 2021 par des combattants de "
    "l'EIGS contre le village de Kalkou, dans la région de Tillabéri, au Niger. Elle fait 19 morts parmi "
    "les villageois.\n"
    "\n"
    "== Déroulement ==\n"
    "Le 3 mars, vers 20 heures, des dizaines d'hommes à moto entrent dans le village. Ils tirent sur les "
    "villageois et brûlent les greniers. Les assaillants repartent avant l'aube.\n"
    "\n"
    "== Bilan ==\n"
    "Les autorités annoncent 19 morts. La faction de l'EIGS dirigée par Abou Walid revendique l'attaque "
    "une semaine plus tard.\n"
    "\n"
)


def test_the_claimant_is_the_author_and_the_villagers_the_victims(ex: Extractor) -> None:
    ev = _primary(ex, _CLAIMED_ARTICLE, "Niger")
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]
    assert ev.event_type == "Violence against civilians"
    assert side(ev, "actor2") and side(ev, "actor2")[0].startswith("Civilians")


# doc_primary.pick_primary / riot_tolls: a riot article's lead counts the riot's dead in a sentence of its own
_RIOT_ARTICLE = (
    "2020 N'Djamena fuel riots\n"
    "\n"
    "The 2020 N'Djamena fuel riots were violent demonstrations in N'Djamena, the capital of Chad, that "
    "broke out on 14 October 2020 after the government raised the price of fuel. Three people were killed"
    " and 210 were arrested.\n"
    "\n"
    "== Riots ==\n"
    "On the morning of 14 October, crowds of young men blocked the main roads of several districts of "
    "N'Djamena. They burned tyres, looted shops and set fire to a petrol station. Police used tear gas "
    "to scatter them.\n"
    "\n"
    "== Reactions ==\n"
    "The government suspended the price rise two days later and called for calm.\n"
    "\n"
)


def test_a_riot_article_is_coded_as_the_riot_with_its_toll(ex: Extractor) -> None:
    ev = _primary(ex, _RIOT_ARTICLE, "Chad")
    assert ev.event_type == "Riots"
    assert ev.fatalities == 3


def test_a_killing_told_with_its_killers_stays_a_killing(ex: Extractor) -> None:
    text = _RIOT_ARTICLE.replace("Three people were killed", "Gunmen shot dead three people")
    ev = _primary(ex, text, "Chad")
    assert ev.event_type != "Riots"


# doc_primary.with_attacker: the lead's attacker, read by the sentence rules as the one attacked, is actor1
def test_the_leads_attacker_read_as_a_target_is_the_author(ex: Extractor) -> None:
    text = _CLAIMED_ARTICLE.replace(
        " La faction de l'EIGS dirigée par Abou Walid revendique l'attaque une semaine plus tard.", ""
    )
    ev = _primary(ex, text, "Niger")
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]
    assert "Islamic State (Greater Sahara)" not in side(ev, "actor2")


# fatalities: the document path's toll rules now hold for short notes too
def test_ages_are_no_deaths_in_a_note() -> None:
    assert count_fatalities("Four herders aged 20 to 45 were killed near Kidal.").value == 4
    assert count_fatalities("Des bergers âgés de 25 à 50 ans ont été tués près de Djibo.", language="fr").value != 25


def test_the_final_count_of_a_sentence_is_its_toll() -> None:
    t = count_fatalities("Residents spoke of 60 dead, while the official toll was 41 killed.")
    assert t.value == 41
    assert count_fatalities("Residents spoke of 60 dead.").value == 60


def test_an_unconfirmed_figure_never_raises_a_notes_toll() -> None:
    text = "Twelve soldiers were killed in the ambush. Local sources spoke of 30 dead, a figure not confirmed."
    assert count_fatalities(text).value == 12
    assert count_fatalities("Local sources spoke of 30 dead, a figure not confirmed.").value == 30  # the only one


# doc_types.riot_by_acts: a demonstration whose crowd loots or storms buildings that day is a riot
_MARCH_ARTICLE = (
    "Manifestations du 6 mars 2021 à Niamey\n"
    "\n"
    "Les manifestations du 6 mars 2021 sont des troubles survenus à Niamey, capitale du Niger, lors d'une "
    "journée de mobilisation lancée par des syndicats d'enseignants contre la hausse des frais de scolarité.\n"
    "\n"
    "Déroulement\n"
    "Le 6 mars, après un rassemblement devant la mairie, des manifestants ont pris d'assaut le siège du "
    "ministère de l'Éducation, où ils ont pillé des bureaux. Les forces de l'ordre ont tiré des gaz "
    "lacrymogènes pour les disperser.\n"
    "\n"
    "Suites\n"
    "Plusieurs responsables syndicaux ont été entendus par la police puis relâchés.\n"
)


def test_a_demonstration_whose_crowd_loots_is_a_riot_of_rioters(ex: Extractor) -> None:
    ev = _primary(ex, _MARCH_ARTICLE, "Niger")
    assert ev.event_type == "Riots"
    assert side(ev, "actor1") == ["Rioters (Niger)"]
    assert not any(a.canonical.startswith("Protesters") for a in ev.actors)  # the crowd of a riot are rioters


def test_a_demonstration_that_only_marches_stays_a_protest(ex: Extractor) -> None:
    calm = _MARCH_ARTICLE.replace(
        "ont pris d'assaut le siège du ministère de l'Éducation, où ils ont pillé des bureaux",
        "ont défilé jusqu'au siège du ministère de l'Éducation, où ils ont remis une pétition",
    )
    ev = _primary(ex, calm, "Niger")
    assert ev.event_type == "Protests"
