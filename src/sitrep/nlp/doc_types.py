"""The event type of a frame that several sentences of a document tell.

A frame takes the type of its first sentence, and in an article that sentence is often the title or a
bare noun phrase ("2020 Sokolo attack", "was an armed assault on the prison"): an attack named with no
one attacked. Read alone, such an attack is typed Violence against civilians; whether it was one depends on
who was on the receiving end, which only the sentences that say who did what to whom tell ("fighters
attacked the gendarmerie detachment", "the gendarmes exchanged fire with the assailants"). ACLED codes an
attack on a force that fights back (a camp, a post, a patrol, an escorted convoy) as a battle.
"""

from __future__ import annotations

from collections import Counter

from sitrep.nlp.doc_frames import Frame

__all__ = ["settle_type"]

# the generic attack types a bare noun gets; a specific one ("airstrike", "IED") stands as it was read
_GENERIC = ("Violence against civilians", "Battles")


def settle_type(f: Frame) -> None:
    """A frame whose first sentence names a bare attack takes the type most of its sentences with
    participants give (Battles or Violence against civilians; a tie keeps the earliest such sentence's)."""
    first = f.drafts[0]
    if f.etype not in _GENERIC or first.roles.initiators or first.roles.targets:
        return
    told = [d for d in f.drafts[1:] if d.etype in _GENERIC and (d.roles.initiators or d.roles.targets)]
    if not told:
        return
    votes = Counter(d.etype for d in told)
    best = max(votes.values())
    etype = next(d.etype for d in told if votes[d.etype] == best)
    if etype == f.etype:
        return
    subs = Counter(d.subtype for d in told if d.etype == etype)
    top = max(subs.values())
    f.etype, f.subtype = etype, next(d.subtype for d in told if d.etype == etype and subs[d.subtype] == top)
