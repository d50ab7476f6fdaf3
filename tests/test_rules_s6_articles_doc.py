# ruff: noqa: E501  (invented articles keep one paragraph per line, as the extractor reads them)
"""Whole-article rules (session 6): the type of a bare-titled attack, the lead below a title line, claims
and blame told after the account, and tolls that count a dead attacker but not burned houses.

Each rule is checked on an invented article or sentence: one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str):  # type: ignore[no-untyped-def]
    events = ex.extract(text, published=date(2022, 1, 1), document_id="t")
    assert events
    return events[0]


def _roles(ev) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


CAMP = """2019 Kerena attack

The 2019 Kerena attack took place on 3 March 2019, when fighters of Jama'at Nasr al-Islam wal Muslimin (JNIM) overran the camp of the Malian Armed Forces at Kerena, in Mali. Twelve soldiers died.

== Attack ==
At dawn on 3 March 2019, gunmen on motorcycles approached the camp. The soldiers exchanged fire with the assailants for an hour. The army said that twelve of its soldiers had been killed.

== Aftermath ==
JNIM claimed the attack on 5 March 2019.
"""

MASSACRE = """2019 Kerena massacre

The 2019 Kerena massacre took place on 3 March 2019 in Kerena, in Mali. Gunmen killed 30 villagers.

== Attack ==
At dawn on 3 March 2019, gunmen on motorcycles entered the village and shot the villagers. The gunmen killed women and children.
"""


def test_a_bare_titled_attack_on_a_camp_that_fought_back_is_a_battle_by_its_attacker(ex: Extractor) -> None:
    ev = _primary(ex, CAMP)
    assert ev.event_type == "Battles"
    roles = _roles(ev)
    assert any("JNIM" in n for n in roles["actor1"])
    assert any("Military Forces of Mali" in n for n in roles["actor2"])


def test_a_bare_titled_massacre_of_villagers_stays_violence_against_civilians(ex: Extractor) -> None:
    assert _primary(ex, MASSACRE).event_type == "Violence against civilians"


CLAIMED_LATER = """2019 Kerena bombing

On 3 March 2019, two soldiers of Operation Barkhane were killed when an improvised explosive device struck their vehicle near Kerena, in Mali.

== Aftermath ==
President Macron paid tribute on the same day. Jama'at Nasr al-Islam wal Muslimin (JNIM) claimed the attack in a statement on 6 March 2019. On 7 March 2019 a mine killed a soldier near Gao.
"""

OTHER_CLAIM = """2019 Kerena bombing

On 3 March 2019, two soldiers of Operation Barkhane were killed when an improvised explosive device struck their vehicle near Kerena, in Mali.

== Aftermath ==
Jama'at Nasr al-Islam wal Muslimin (JNIM) claimed the attack on Boni in a statement on 6 March 2019. On 7 March 2019 a mine killed a soldier near Gao.
"""


def test_a_claim_in_the_aftermath_names_the_author_of_the_main_event(ex: Extractor) -> None:
    roles = _roles(_primary(ex, CLAIMED_LATER))
    assert any("JNIM" in n for n in roles["actor1"])


def test_a_claim_of_another_named_attack_names_no_author(ex: Extractor) -> None:
    roles = _roles(_primary(ex, OTHER_CLAIM))
    assert not any("JNIM" in n for n in roles.get("actor1", []))


BLAMED = """Tripoli barracks strike

The Tripoli barracks strike was a drone strike on a barracks in Tripoli, Libya, on 4 January 2020. At least 12 recruits were killed. The Government of National Accord (GNA) blamed the Libyan National Army (LNA), which denied involvement.
"""


def test_the_side_blamed_for_an_unattributed_strike_is_actor1_and_its_accuser_actor2(ex: Extractor) -> None:
    roles = _roles(_primary(ex, BLAMED))
    assert any("Haftar" in n for n in roles["actor1"])
    assert any("National Accord" in n for n in roles.get("actor2", []))


ESCORT = """Kerena ambush

The Kerena ambush took place on 3 March 2019 near Kerena, in northern Burkina Faso, when gunmen attacked a convoy escorted by the Volunteers for the Defence of the Homeland (VDP). Ten people were killed.

== Attack ==
On 3 March 2019 the convoy left Kerena. The VDP fought the assailants for an hour.
"""


def test_the_escort_the_lead_says_was_attacked_is_actor2_of_unidentified_gunmen(ex: Extractor) -> None:
    roles = _roles(_primary(ex, ESCORT))
    assert any("Unidentified Armed Group" in n for n in roles["actor1"])
    assert any("VDP" in n for n in roles.get("actor2", []))


def test_burned_houses_are_not_dead_people() -> None:
    assert count_fatalities("Fighters set fire to hundreds of houses and killed at least 28 civilians.").value == 28
    assert count_fatalities("Hundreds of people were killed.").value == 100


def test_a_dead_bomber_told_beside_the_toll_is_counted(ex: Extractor) -> None:
    text = """2020 Kerena bombing

On 9 February 2020, a suicide bomber drove a vehicle loaded with explosives into a military post at Kerena, in southern Algeria. A soldier on guard was killed, along with the bomber.

== Bombing ==
The sentry opened fire on 9 February 2020 and the driver detonated his charge.
"""
    assert _primary(ex, text).fatalities == 2
    plain = text.replace(", along with the bomber", "")
    assert _primary(ex, plain).fatalities == 1
