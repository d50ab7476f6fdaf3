"""Attack claims with a harm verb, strikes on vehicles carrying fighters, and armed groups leaving a town."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _code(ex: Extractor, text: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    evs = ex.extract(text, published=date(2018, 3, 1), document_id="t")
    if not evs:
        return None
    j = evs[0].as_json()
    return j["event_type"], j["sub_event_type"], [(a["role"], a["name"]) for a in j["actors"]]


def test_claimed_harm_to_a_vehicle_is_an_attack_by_the_claimant(ex: Extractor) -> None:
    got = _code(ex, "ISGS claimed hitting a Nigerien army truck north of Ayorou.")
    assert got is not None
    assert got[0] == "Battles"  # no weapon named
    assert any(role == "actor1" and name.startswith("ISGS") for role, name in got[2])
    assert any(role == "actor2" and "army" in name for role, name in got[2])


def test_claimed_destruction_with_a_mine_stays_remote_violence(ex: Extractor) -> None:
    got = _code(ex, "JNIM claimed destroying a FAMa vehicle with a landmine near Douentza.")
    assert got is not None and got[0] == "Explosions/Remote violence"
    assert got[2][0][0] == "actor1" and got[2][0][1].startswith("JNIM")


def test_destroying_vehicles_carrying_fighters_is_a_battle_not_an_arrest(ex: Extractor) -> None:
    got = _code(ex, "French troops destroyed a pick-up carrying ISGS fighters; two were later captured.")
    assert got is not None and got[0] == "Battles"
    assert got[2][0][0] == "actor1" and "French" in got[2][0][1]
    assert any(role == "actor2" and name.startswith("ISGS") for role, name in got[2])


def test_armed_group_leaving_a_town_is_a_transfer_of_territory(ex: Extractor) -> None:
    got = _code(ex, "GATIA left Anefis, leaving the town in the hands of the CMA.")
    assert got is not None and got[:2] == ("Strategic developments", "Non-violent transfer of territory")
    assert got[2][0][0] == "actor1" and got[2][0][1].startswith("GATIA")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers left Boni after the threats.",  # civilians fleeing hand nothing over
        "The convoy left Monday for Gao.",  # a day, not a town
    ],
)
def test_leaving_is_no_transfer_without_an_armed_subject(ex: Extractor, text: str) -> None:
    got = _code(ex, text)
    assert got is None or got[1] != "Non-violent transfer of territory"


def test_attackers_leaving_after_a_killing_stay_the_killing(ex: Extractor) -> None:
    got = _code(ex, "The gunmen left Tillia after killing three herders.")
    assert got is not None and got[0] == "Violence against civilians"
