"""Coding one invented note for the rule tests: the first event and the canonical names in one role.

Shared by the rule test files so that each states only its sentences and expectations.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor


def first(ex: Extractor, text: str, country: str = "Mali") -> EventMention:
    """The first event coded from ``text``, published 1 June 2019 in ``country``; fails when there is none."""
    evs = ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs[0]


def side(ev: EventMention, role: str) -> list[str]:
    """Canonical names of the actors in ``role`` (actor1, actor2, assoc)."""
    return [a.canonical for a in ev.actors if a.role == role]
