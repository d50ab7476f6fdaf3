"""Rules added for the second Sahel and northern labelled sets; invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _first(ex: Extractor, text: str, country: str | None = None) -> tuple[str, str, list[str]]:
    m = ex.extract(text, published=date(2020, 3, 1), document_id="t", country_hint=country)[0]
    return m.event_type, m.sub_event_type or "", sorted(a.canonical for a in m.actors if a.role != "assoc")


@pytest.mark.parametrize(
    "text",
    [
        "Jets of the rebel coalition struck a fuel depot outside the town.",
        "Foreign drones hit a supply column on the coast road.",
        "An air force strike on insurgent camps killed several fighters.",
    ],
)
def test_aircraft_words_are_air_strikes(text: str) -> None:
    assert "air" in {t.cls for t in find_triggers(text, language="en")}


def test_aircraft_hitting_positions_is_not_a_clash(ex: Extractor) -> None:
    etype, sub, _ = _first(ex, "Chadian army warplanes hit FACT positions north of Faya on 3 May.")
    assert (etype, sub) == ("Explosions/Remote violence", "Air/drone strike")


def test_two_communities_fighting_are_two_militias(ex: Extractor) -> None:
    etype, _, actors = _first(
        ex, "Masalit farmers and Arab herders fought over a well near Adre on 2 May; nine died.", "Chad"
    )
    assert etype == "Battles"
    assert actors == ["Arab Ethnic Militia (Chad)", "Masalit Ethnic Militia (Chad)"]


def test_one_community_attacking_stays_violence_against_civilians(ex: Extractor) -> None:
    etype, _, _ = _first(ex, "Armed Arab herders attacked a Masalit hamlet near Adre, killing four farmers.")
    assert etype == "Violence against civilians"


def test_rival_groups_are_two_unidentified_sides(ex: Extractor) -> None:
    etype, _, actors = _first(ex, "Rival gangs clashed in a market of Sabha on 5 May, leaving two dead.", "Libya")
    assert etype == "Battles"
    assert actors == ["Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"]


def test_found_weapons_are_disrupted_use(ex: Extractor) -> None:
    etype, sub, actors = _first(ex, "A cache of rockets and grenades was found by gendarmes near Tahoua on 4 May.")
    assert (etype, sub) == ("Strategic developments", "Disrupted weapons use")
    assert not any(a.startswith("Unidentified") for a in actors)


def test_wrecked_hideout_with_seized_bombs_is_disrupted_use(ex: Extractor) -> None:
    etype, sub, _ = _first(ex, "Soldiers destroyed a hideout near Tessalit and seized three artisanal mines.")
    assert (etype, sub) == ("Strategic developments", "Disrupted weapons use")


def test_negated_fight_ends_with_its_noun() -> None:
    from sitrep.nlp.background import background_spans

    s = "Rebels entered Faya without a fight after the garrison withdrew."
    assert [s[a:b] for a, b in background_spans(s)] == ["without a fight"]


def test_town_taken_without_a_fight_is_a_transfer(ex: Extractor) -> None:
    etype, sub, actors = _first(
        ex, "Soldiers took Ubari without a fight after the militia withdrew overnight.", "Libya"
    )
    assert (etype, sub) == ("Strategic developments", "Non-violent transfer of territory")
    assert any(a.startswith("Military Forces of Libya") for a in actors)
