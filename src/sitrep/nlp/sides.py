"""ACLED's names for the sides of an event, and where in a note a missing side may be looked for.

Shared by the document-level actor rules (:mod:`sitrep.nlp.attribution`, :mod:`sitrep.nlp.victims`,
:mod:`sitrep.nlp.crowds`) so that each speaks of "Unidentified Armed Group", "Civilians" and the
government forces in one spelling, and all agree on how far a short note's sentences share their sides.
"""

from __future__ import annotations

from sitrep.model import ActorMention
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.limits import SHORT_NOTE_CHARS

__all__ = ["CIVILIANS", "GOVERNMENT", "TWO_SIDED", "UNIDENTIFIED", "VIOLENT", "is_bare", "note_scope", "tag"]

UNIDENTIFIED = "Unidentified Armed Group"
CIVILIANS = "Civilians"


def tag(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


GOVERNMENT = ("Military Forces", "Police Forces", "MINUSMA", "EUTM", "Government of")
TWO_SIDED = frozenset({"Battles", "Explosions/Remote violence"})
# the event types whose initiator does violence (civilians are never that side)
VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def note_scope(text: str, scope: tuple[int, int] | None) -> tuple[int, int]:
    """Where a sentence's event may find its missing side: the rest of a short note ("A vehicle struck an
    IED near Boni. Five soldiers dead."), only the sentence itself in a long document."""
    if scope is None:
        return (0, len(text))
    return (scope[0], len(text)) if len(text) <= SHORT_NOTE_CHARS else scope


def is_bare(a: ActorMention, hits: list[ActorHit]) -> bool:
    """Whether a mention is a bare word ("the military") rather than a named force ("MINUSMA")."""
    return any(h.start == a.span.start and h.entry.key.endswith(":@doc") for h in hits if a.span is not None)
