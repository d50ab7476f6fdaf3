"""Third round of general language rules: tolls told in pieces, attribution in a later sentence, and
ACLED coding of riots, property destruction and arrests. Invented sentences only."""

from __future__ import annotations

import pytest

from sitrep.nlp.fatalities import count_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also" adds the other side's dead from a later clause; a restatement is not added twice
        ("Nine gendarmes were killed. Officials said 6 raiders were also killed.", 15),
        ("Nine gendarmes were killed. Officials said nine gendarmes died.", 9),
        # a victim and a relative, the victim described by an "of" phrase
        ("Gunmen shot dead the chief of the village of Kara and his brother.", 2),
        ("Gunmen shot dead the chief of the village of Kara.", 1),
        # a singular victim after a counted object
        ("Bandits attacked the market, killing five traders and a boy.", 6),
        ("Bandits attacked the market, killing five traders and a boy was hurt.", 5),
        # one more death told without a figure, joined to a toll
        ("Four bandits were killed and a policeman died in the exchange.", 5),
        ("4 herders and a boy were killed near the well.", 5),
    ],
)
def test_tolls_told_in_pieces(text: str, expected: int) -> None:
    assert count_fatalities(text).value == expected


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from sitrep.nlp.extract import Extractor

    return Extractor()


def _actors(extractor, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from datetime import date

    ev = extractor.extract(text, published=date(2019, 6, 1), document_id="t")[0]
    return [(a.canonical, a.role) for a in ev.actors]


def test_blamed_force_in_later_sentence_is_the_attacker(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Rockets struck a clinic in Tripoli, killing two patients. Health officials blamed the LNA."
    assert ("Military Forces of Libya (2014-) Haftar Faction", "actor1") in _actors(extractor, text)


def test_force_named_without_blame_is_not_the_attacker(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Rockets struck a clinic in Tripoli, killing two patients. Health officials said the LNA had withdrawn."
    assert ("Military Forces of Libya (2014-) Haftar Faction", "actor1") not in _actors(extractor, text)


def _types(extractor, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from datetime import date

    ev = extractor.extract(text, published=date(2019, 6, 1), document_id="t")[0]
    return ev.event_type, ev.sub_event_type


def test_crowd_that_rioted_first_stays_a_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Youths rioted in Kayes over water cuts, torching the prefecture; police shot one rioter dead."
    assert _types(extractor, text) == ("Riots", "Violent demonstration")


def test_lethal_force_on_a_peaceful_march_is_excessive_force(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Police opened fire on protesters marching peacefully in Kayes, killing one."
    assert _types(extractor, text) == ("Protests", "Excessive force against protesters")
