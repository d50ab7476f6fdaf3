"""ACLED's actor1 is the side that attacked, whatever the sentence's subject; and who sits on each side.

The notes are invented in the style of field bulletins (places from Mali, Niger, Burkina Faso, Libya)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str, when: date = date(2019, 6, 10)) -> EventMention:
    events = ex.extract(text, published=when, document_id="t", country_hint=country)
    assert events, text
    return events[0]


def _role(ev: EventMention, role: str) -> list[str]:
    return [a.canonical for a in ev.actors if a.role == role]


def test_the_side_that_was_repelled_attacked(ex: Extractor) -> None:
    ev = _primary(ex, "Malian soldiers repulsed an Ansarul Islam assault on their camp near Boulkessi.", "Mali")
    assert ev.event_type == "Battles"
    assert _role(ev, "actor1") == ["Ansaroul Islam"]
    assert _role(ev, "actor2")[0].startswith("Military Forces of Mali")


def test_a_relative_clause_names_who_attacked_first(ex: Extractor) -> None:
    ev = _primary(ex, "Nigerien troops killed 9 ISWAP fighters who had ambushed a convoy near Bosso.", "Niger")
    assert _role(ev, "actor1") == ["Islamic State (West Africa)"]
    assert _role(ev, "actor2")[0].startswith("Military Forces of Niger")


def test_a_plain_active_sentence_keeps_its_subject_first(ex: Extractor) -> None:
    ev = _primary(ex, "Nigerien troops killed 9 ISWAP fighters near Bosso.", "Niger")
    assert _role(ev, "actor1")[0].startswith("Military Forces of Niger")


def test_the_subject_of_a_when_clause_is_the_agent_of_the_passive(ex: Extractor) -> None:
    ev = _primary(
        ex, "Eleven villagers were killed when presumed jihadists stormed a hamlet near Djibasso.", "Burkina Faso"
    )
    assert ev.event_type == "Violence against civilians"
    assert _role(ev, "actor1") == ["Islamist Militia (Burkina Faso)"]
    assert _role(ev, "actor2") == ["Civilians (Burkina Faso)"]


@pytest.mark.parametrize(
    ("text", "country", "actor1"),
    [
        ("Emirati drones struck a GNA camp south of Misrata.", "Libya", "Military Forces of the United Arab Emirates"),
        ("Turkish warplanes struck LNA positions at al-Watiya.", "Libya", "Military Forces of Turkey"),
        ("French jets struck JNIM positions east of Boni.", "Mali", "Military Forces of France"),
        ("Nigerien aircraft bombed ISWAP positions on an island near Diffa.", "Niger", "Military Forces of Niger"),
    ],
)
def test_a_states_aircraft_are_its_military(ex: Extractor, text: str, country: str, actor1: str) -> None:
    ev = _primary(ex, text, country)
    assert ev.sub_event_type == "Air/drone strike"
    assert _role(ev, "actor1")[0].startswith(actor1)


def test_shells_on_homes_hit_civilians(ex: Extractor) -> None:
    ev = _primary(ex, "LNA artillery shelled houses in Abu Salim. Two children were killed.", "Libya")
    assert ev.event_type == "Explosions/Remote violence"
    assert _role(ev, "actor2") == ["Civilians (Libya)"]


def test_the_victims_identity_group_is_associated(ex: Extractor) -> None:
    ev = _primary(ex, "Gunmen killed six Fulani civilians near Djenne.", "Mali")
    assert _role(ev, "actor2") == ["Civilians (Mali)"]
    assert "Fulani Ethnic Group (Mali)" in _role(ev, "assoc")


def test_suicide_bombers_who_die_are_counted(ex: Extractor) -> None:
    ev = _primary(
        ex, "A suicide bomber blew himself up at a market in Kolofata area near Diffa, killing 4 traders.", "Niger"
    )
    assert ev.fatalities == 5


def test_mutineers_arresting_the_president(ex: Extractor) -> None:
    text = "On 18 August 2020, mutinous soldiers arrested the head of state and the prime minister in Kati."
    ev = _primary(ex, text, "Mali", date(2020, 8, 20))
    assert ev.event_type == "Strategic developments"
    assert _role(ev, "actor1") == ["Mutiny of Military Forces of Mali (2020-2021)"]
    assert _role(ev, "actor2") == ["Government of Mali"]


def test_the_libyan_tebu_militia_has_acleds_spelling(ex: Extractor) -> None:
    ev = _primary(ex, "Toubou fighters clashed with Tuareg militiamen in Ubari.", "Libya")
    assert "Tebu Ethnic Militia (Libya)" in [a.canonical for a in ev.actors]


def test_the_president_of_a_court_is_a_civilian(ex: Extractor) -> None:
    """Courts, associations and youth councils have presidents too: only "head of state" is the government."""
    text = "On 4 May 2019, the president of the regional court was kidnapped by unknown gunmen near Macina."
    ev = ex.extract(text, published=date(2019, 5, 10), document_id="t", country_hint="Mali")[0]
    assert ev.event_type == "Violence against civilians"
    assert _role(ev, "actor2") == ["Civilians (Mali)"]
