# ruff: noqa: E501  (invented articles keep one paragraph per line, as the extractor reads them)
"""Whole-article rules (session 7): the author of an article's main event.

Each rule is checked on an invented article: one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.doc_primary import _ATTACK_PAR
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _roles(ex: Extractor, text: str) -> dict[str, list[str]]:
    ev = ex.extract(text, published=date(2022, 1, 1), document_id="t")[0]
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


FR_LEAD = """Attaque de Kanto

L'attaque de Kanto est une attaque menée dans la nuit du 4 au 5 mai 2021 par des combattants de Boko Haram contre le bourg de Bosso, région de Diffa, au Niger. Elle fait 12 morts parmi les habitants.
"""

BOMBER = """2021 Kanto bombing

The 2021 Kanto bombing was a suicide attack on an Algerian army post at Timiaouine, in Algeria, on 4 May 2021.

== Attack ==
On the morning of 4 May 2021, the soldier on guard tried to stop a vehicle approaching the post. The driver detonated the explosives, killing the soldier and himself.
"""

VICTIM_DRIVER = """2021 Kanto killing

The 2021 Kanto killing took place at Timiaouine, in Algeria, on 4 May 2021, when gunmen shot dead a driver.
"""


def test_the_french_lead_names_the_attacker_after_par() -> None:
    lead = FR_LEAD.split("\n")[2]
    before = lead[: lead.index("Boko Haram")]
    assert _ATTACK_PAR.search(before)
    assert not _ATTACK_PAR.search("L'attaque de Kanto a visé des combattants de ")  # no "menée par": no attacker


def test_a_civilian_word_is_never_the_author_of_a_bombing(ex: Extractor) -> None:
    roles = _roles(ex, BOMBER)
    assert roles["actor1"] == ["Unidentified Armed Group (Algeria)"]
    assert not any("Civilians" in n for n in roles.get("actor1", []))
    victim = _roles(ex, VICTIM_DRIVER)  # a civilian who was attacked stays the target
    assert any("Civilians" in n for n in victim.get("actor2", []))
    assert not any("Civilians" in n for n in victim.get("actor1", []))
