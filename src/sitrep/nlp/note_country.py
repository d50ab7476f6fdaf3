"""The country a report is about, by a vote of its places, its actors and the countries it names.

The fallback when no geo finder weighs the country itself; kept apart from the pipeline so that the vote
(who counts for how much) reads in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.nlp.actors import ActorHit, ActorKB

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State


def _actor_countries(hits: Sequence[ActorHit]) -> list[str]:
    """Countries the text's named actors belong to: national forces, armed groups and missions with a
    home country (MINUSMA, FAMa, GATIA, Ansaroul Islam), most cited first."""
    counts: dict[str, int] = {}
    for h in hits:
        e = h.entry
        if not e.country:
            continue
        if e.kind in ("rebel", "militia", "international") or (
            e.kind == "state" and e.key.startswith(("military:", "police:"))
        ):
            counts[e.country] = counts.get(e.country, 0) + 1
    return sorted(counts, key=lambda c: (-counts[c], c))


def _document_country(kb: ActorKB, text: str, st: _State, *, places_weighed: bool = False) -> str | None:
    """The country the report is about: the hint, else where its places are, else who it names.

    ``places_weighed``: geo has already voted with the places and country names (and found nothing), so
    only the actors count: a country named as someone's origin ("a nurse from Senegal") is not a cue.
    """
    if st.country_hint:
        return st.country_hint
    votes: dict[str, float] = {}
    for p in [] if places_weighed else st.places:
        if p.place.country:
            votes[p.place.country] = votes.get(p.place.country, 0.0) + 1.0
    for h in st.actors:
        if h.entry.country and h.entry.kind == "state" and h.entry.key.startswith(("military:", "police:")):
            votes[h.entry.country] = votes.get(h.entry.country, 0.0) + 1.0
        elif h.entry.country and h.entry.kind in ("rebel", "militia", "international"):
            votes[h.entry.country] = votes.get(h.entry.country, 0.0) + 0.5
    for i, c in enumerate([] if places_weighed else kb.mentioned_countries(text)):
        votes[c] = votes.get(c, 0.0) + (0.75 if i == 0 else 0.25)
    if not votes:
        return None
    return max(votes, key=lambda c: votes[c])
