# ruff: noqa: E501  (invented articles keep one paragraph per line, as the extractor reads them)
"""Whole-article rules (session 7): which of several figures is the toll, and whose deaths an infobox
already counts.

Each rule is checked on an invented article or sentence: one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.document import _sentence_toll
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _toll(sentence: str) -> int | None:
    return _sentence_toll(sentence, 0, len(sentence), []).value


def test_an_unconfirmed_figure_is_not_a_toll() -> None:
    assert _toll("Some outlets later cited a figure of 41 dead, which was not confirmed by officials.") is None
    assert _toll("Des notables évoquent jusqu'à 19 morts, un chiffre qui n'a pas été confirmé.") is None
    assert _toll("Officials later confirmed that 41 people were killed.") == 41


def test_the_final_count_beats_the_other_figures_of_its_sentence() -> None:
    s = "Local chiefs spoke of 75 dead, while the government's final count, which the inquiry retained, was 68, among them many children."
    assert _toll(s) == 68
    assert _toll("Local chiefs spoke of 75 dead.") == 75


def test_ages_are_not_deaths_and_a_noun_killing_counts_its_victims() -> None:
    assert _toll("Les quatre Belges, âgés de 30 à 45 ans, sont tués par balles.") != 34
    assert _toll("L'attaque de Kanto est l'assassinat, le 3 mai 2021, de cinq personnes dans la forêt.") == 5
    assert _toll("The killing of the chief shocked the town.") == 1


FR_BOX = """Attaque de Kanto

{{Infobox conflit militaire
| conflit = Attaque de Kanto
| date = 4 mai 2021
| lieu = Ténenkou, région de Mopti
| combattant1 = Forces armées maliennes
| combattant2 = Groupe de soutien à l'islam et aux musulmans (Katiba Macina)
| pertes1 = 11 morts
| pertes2 = 4 morts (selon l'armée)
}}

L'attaque de Kanto est un assaut mené le 4 mai 2021 par des combattants jihadistes contre le camp des Forces armées maliennes (FAMa) à Ténenkou. Elle coûte la vie à 11 militaires maliens.

== Bilan ==
Le gouvernement annonce un bilan de 11 militaires tués. L'armée affirme que 4 assaillants ont été tués.
"""

EN_BOX = """Battle of Kanto

{{Infobox military conflict
| conflict = Battle of Kanto
| date = 4 May 2019
| place = Gharyan, Libya
| combatant1 = Government of National Accord
| combatant2 = Libyan National Army
| casualties1 = 5 killed
| casualties2 = at least 20 killed
}}

The Battle of Kanto was fought on 4 May 2019 when forces of the Government of National Accord (GNA) seized the town of Gharyan from the Libyan National Army (LNA).

== Casualties ==
According to the hospital, at least 20 LNA fighters were killed. The GNA lost 5 fighters.
"""


def _roles(ev) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


def test_a_french_infobox_gives_both_sides_losses_and_the_side_by_its_name(ex: Extractor) -> None:
    ev = ex.extract(FR_BOX, published=date(2022, 1, 1), document_id="t")[0]
    assert ev.fatalities == 15
    assert any("JNIM" in n for n in _roles(ev)["actor1"])


def test_casualty_lines_for_every_side_leave_no_prose_side_to_add(ex: Extractor) -> None:
    ev = ex.extract(EN_BOX, published=date(2022, 1, 1), document_id="t")[0]
    assert ev.fatalities == 25
    assert any("Government of National Accord" in n for n in _roles(ev)["actor1"])  # the side that seized it
