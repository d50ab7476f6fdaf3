"""Rules of session 20: territory changing hands without a fight, and trigger words inside party names."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers, in_org_name


def _classes(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.cls) for t in find_triggers(text, 0, language)]


# triggers: a capitalised word of a party's name tells no act
def test_a_word_inside_a_party_name_is_no_trigger() -> None:
    gov = "Troops of the Government of National Accord patrolled the coast road."
    assert ("Accord", "agreement") not in _classes(gov)
    rally = "Members of the Rally for the Republic were seen in Zinder."
    assert all(c != "protest" for _w, c in _classes(rally))
    fr = "Des cadres du Rassemblement pour la Patrie ont été reçus à Niamey."
    assert all(c != "protest" for _w, c in _classes(fr, "fr"))


def test_a_named_accord_and_a_lower_case_rally_stay_triggers() -> None:
    assert ("Accord", "agreement") in _classes("The parties renewed their pledge to the Ouagadougou Accord.")
    assert ("rally", "protest") in _classes("Hundreds joined a rally for peace in Gao.")
    assert not in_org_name("Accord reached.", 0, 6)


# triggers: entering a town nobody defends, the takeover told as a noun
def test_entering_without_resistance_and_takeover_noun_are_territory() -> None:
    assert ("entered it", "territory") in _classes(
        "The rebels had gone, and army units entered it without meeting resistance."
    )
    assert ("takeover of", "territory") in _classes("The takeover of Kidal by the rebels came in May.")
    fr = "Les militaires sont entrés dans la ville sans rencontrer de résistance."
    assert ("entrés dans la ville", "territory") in _classes(fr, "fr")
    assert ("prise de contrôle de", "territory") in _classes("La prise de contrôle de la ville par l'armée.", "fr")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str) -> EventMention:
    evs = ex.extract(text, published=date(2019, 3, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs[0]


def _sides(ev: EventMention) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical or a.name)
    return out


# role_completion.transfer_sides: the side that takes the place acts, the side that left is actor2
def test_note_taker_is_actor1_and_the_side_that_withdrew_actor2(ex: Extractor) -> None:
    text = (
        "On 3 February 2019, Malian soldiers entered Tessit after CMA fighters and their GATIA allies withdrew "
        "towards the border during the night. No clashes were reported."
    )
    ev = _primary(ex, text, "Mali")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    sides = _sides(ev)
    assert "Military Forces of Mali" in sides["actor1"][0]
    assert sides["actor2"][0].startswith("CMA")


def test_left_then_entered_in_french(ex: Extractor) -> None:
    text = (
        "Le 3 février 2019, les combattants de la CMA ont quitté Tessit dans la nuit, et les soldats maliens "
        "sont entrés dans la ville sans rencontrer de résistance."
    )
    ev = _primary(ex, text, "Mali")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    sides = _sides(ev)
    assert "Military Forces of Mali" in sides["actor1"][0]
    assert sides["actor2"][0].startswith("CMA")


def test_a_departure_alone_keeps_the_leaver_acting(ex: Extractor) -> None:
    ev = _primary(ex, "On 3 February 2019, CMA fighters left Tessit, handing security to the army.", "Mali")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert _sides(ev)["actor1"][0].startswith("CMA")


# doc_conventions.handover_sides: a lead naming both sides completes the frame of the takeover noun
def test_article_lead_names_the_side_that_left(ex: Extractor) -> None:
    text = (
        "Fall of Tessit\n\n"
        "The fall of Tessit was the takeover of the town of Tessit by the Malian Armed Forces on 3 February "
        "2019. CMA fighters and their GATIA allies had left the town two days earlier, and army units entered "
        "it without meeting resistance.\n\n"
        "Background\nThe town had been held by the rebels since 2017, and the army had twice failed to reach it."
        "\n"
    )
    ev = _primary(ex, text, "Mali")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    sides = _sides(ev)
    assert "Military Forces of Mali" in sides["actor1"][0]
    assert sides["actor2"][0].startswith("CMA")


def test_a_departure_told_apart_gives_the_arrival_no_second_side(ex: Extractor) -> None:
    text = (
        "On 3 February 2019, the army evacuated its post in Tessit; CMA fighters moved in without a fight the next day."
    )
    ev = _primary(ex, text, "Mali")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert "actor2" not in _sides(ev)
