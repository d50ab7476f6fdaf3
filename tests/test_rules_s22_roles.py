"""Note-level actor rules (session 22): who fired from a held position, the parties of an exchange, medical
staff as civilians, the Chadian junta's name, a political movement as the crowd's associate.

Each rule is checked on an invented note: one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.actors import load_kb
from sitrep.nlp.attribution import _FIRED_FROM_HELD
from sitrep.nlp.extract import Extractor

GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
LNA = "Military Forces of Libya (2014-) Haftar Faction"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _roles(ex: Extractor, text: str) -> dict[str, list[str]]:
    ev = ex.extract(text, published=date(2022, 1, 1), document_id="t")[0]
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


def test_fired_from_a_held_position_names_the_holder() -> None:
    assert _FIRED_FROM_HELD.search("Mortar shells fired from positions held by ")
    assert _FIRED_FROM_HELD.search("des obus tirés depuis des positions tenues par ")
    assert not _FIRED_FROM_HELD.search("Mortar shells hit a position held by ")


def test_the_holder_of_the_firing_position_is_the_attacker(ex: Extractor) -> None:
    fired = "Mortar shells fired from positions held by GNA forces struck a school in Sirte, Libya, on 3 March 2020."
    assert _roles(ex, fired)["actor1"] == [GNA]
    struck = "Mortar shells hit a position held by GNA forces in Sirte, Libya, on 3 March 2020."
    assert _roles(ex, struck)["actor2"] == [GNA]


def test_both_parties_of_an_exchange_first_named_first(ex: Extractor) -> None:
    text = (
        "On 3 March 2020, the LNA and the GNA exchanged detainees near Misrata, Libya; 12 LNA fighters and 4 GNA "
        "fighters were freed."
    )
    roles = _roles(ex, text)
    assert roles["actor1"] == [LNA]
    assert roles["actor2"] == [GNA]
    other = "On 3 March 2020, the GNA and the LNA exchanged detainees near Misrata, Libya; ten fighters were freed."
    assert _roles(ex, other)["actor1"] == [GNA]


def test_medical_staff_killed_by_a_strike_are_civilians(ex: Extractor) -> None:
    text = "A GNA drone struck a clinic in Sirte, Libya, on 3 March 2020, killing two medics."
    assert _roles(ex, text)["actor2"] == ["Civilians (Libya)"]


def test_the_military_transition_council_is_no_army_side(ex: Extractor) -> None:
    text = (
        "On 2 May 2021, protesters opposed to the military transition council threw stones at police in Abeche, Chad."
    )
    roles = _roles(ex, text)
    assert roles["actor2"] == ["Police Forces of Chad (2021-)"]
    assert not any(n.startswith("Military Forces") for names in roles.values() for n in names)


def test_the_june_5_movement_is_in_the_actor_file() -> None:
    kb = load_kb()
    keys = {k for a, k in kb.patterns if a in ("M5-RFP", "Mouvement du 5 juin")}
    assert keys == {"M5-RFP: June 5 Movement - Rally of Patriotic Forces"}
    assert kb.entries["M5-RFP: June 5 Movement - Rally of Patriotic Forces"].source


def test_a_peaceful_march_of_the_movement_lists_it_as_associate(ex: Extractor) -> None:
    roles = _roles(ex, "On 3 August 2020, supporters of the M5-RFP marched peacefully in Sikasso, Mali.")
    assert roles["actor1"] == ["Protesters (Mali)"]
    assert roles["assoc"] == ["M5-RFP: June 5 Movement - Rally of Patriotic Forces"]
