"""Rules from the eastern7 round (Libya, Chad, Niger, Algeria, Mauritania notes): backers and their
appositions, the force a note blames for an air strike, sham posts, sea branches of an army, and two
death idioms.

Sentences are invented; most rules have one case they change and one they leave alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
LNA = "Military Forces of Libya (2014-) Haftar Faction"


# role_cues: "backed by the X" is an associate however the article stands
def test_backer_after_an_article_is_an_associate(ex: Extractor) -> None:
    ev = first(ex, "GNA forces backed by the Nawasi Brigade clashed with LNA fighters near Tarhuna.", "Libya")
    assert side(ev, "actor1") == [GNA]
    assert "Nawasi Brigade" in side(ev, "assoc")
    assert side(ev, "actor2") == [LNA]


# roles: the associate named again in apposition ("mercenaries of the Wagner Group") stays an associate
def test_backer_named_twice_stays_an_associate(ex: Extractor) -> None:
    ev = first(
        ex, "LNA units backed by Russian mercenaries of the Wagner Group attacked GNA positions near Sirte.", "Libya"
    )
    assert side(ev, "actor1") == [LNA]
    assert "Wagner Group" in side(ev, "assoc")
    assert side(ev, "actor2") == [GNA]


# role_completion: the force a note blames flew the strike, not the force that blames it
def test_blamed_force_owns_the_air_strike(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 May 2019, an air strike hit a farm near Gharyan. The GNA blamed Khalifa Haftar's LNA. "
        "Three farm workers were killed.",
        "Libya",
    )
    assert ev.sub_event_type == "Air/drone strike"
    assert side(ev, "actor1") == [LNA]


def test_air_strike_with_no_blame_keeps_the_named_force(ex: Extractor) -> None:
    ev = first(ex, "On 3 May 2019, an LNA air strike hit a farm near Gharyan, killing three workers.", "Libya")
    assert side(ev, "actor1") == [LNA]


# actor_cleanup: a fake checkpoint is no state side
def test_fake_checkpoint_names_no_state_force(ex: Extractor) -> None:
    ev = first(ex, "Gunmen manning a fake checkpoint near Ubari abducted two Sudanese traders.", "Libya")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Libya)"]


def test_real_checkpoint_attacked_is_still_the_army(ex: Extractor) -> None:
    ev = first(ex, "Gunmen attacked an army checkpoint near Gao, killing two soldiers.", "Mali")
    assert any(n.startswith("Military Forces of Mali") for n in side(ev, "actor2"))


# actors.yaml: "{adj} coastguard" is the country's military
def test_coastguard_is_the_military(ex: Extractor) -> None:
    ev = first(
        ex, "A Mauritanian coastguard patrol opened fire on a fishing boat off Nouadhibou, killing a man.", "Mauritania"
    )
    assert any(n.startswith("Military Forces of Mauritania") for n in side(ev, "actor1"))


# actors.yaml: "le gouvernement tchadien" is one name, so the pact has its two parties
def test_french_government_with_demonym_signs_a_pact(ex: Extractor) -> None:
    ev = first(ex, "Le gouvernement tchadien et le comité d'autodéfense de Miski ont signé un accord à Bardaï.", "Chad")
    assert ev.sub_event_type == "Agreement"
    assert any(n.startswith("Government of Chad") for n in side(ev, "actor1"))
    assert side(ev, "actor2") == ["Miski Self-Defence Committee"]


# actors.yaml: migrants are civilians, with Migrants as their identity
def test_migrants_killed_are_civilians_with_an_identity(ex: Extractor) -> None:
    ev = first(ex, "Gunmen shot dead five migrants near Bani Walid on 4 May.", "Libya")
    assert side(ev, "actor2") == ["Civilians (Libya)"]
    assert "Migrants (Libya)" in side(ev, "assoc")


# casualty_words / sentence_tolls: two death idioms
@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("Un soldat est tombé en martyr lors d'un accrochage près de Jijel.", "fr", 1),
        ("A bomb exploded under a farmer near Tebessa, killing him on the spot.", "en", 1),
        ("A bomb exploded under a farmer near Tebessa, wounding him.", "en", None),
    ],
)
def test_one_death_idioms(text: str, lang: str, n: int | None) -> None:
    assert count_fatalities(text, language=lang).value == n
