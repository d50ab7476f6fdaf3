"""What every actor refiner may look at besides the actor list itself.

Why a value object: the refiners in attribution, attribution_agents, attribution_communities, victims and crowds
each used to take a different subset of the same seven arguments in a different order (two orders for the same
``when, country`` pair), which made the chain in ``attribution.refine_actors`` hard to read and easy to call
wrongly. They now all take ``(out, scene)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sitrep.nlp.actors import ActorHit


@dataclass(frozen=True, slots=True)
class Scene:
    """The note (or the sentence scope of a document) an event was coded from, as the refiners see it.

    ``scope`` is the sentence that carries the event (None: the whole text); ``when`` resolves period-tagged
    actor names ("Military Forces of Mali (2013-)")."""

    event_type: str
    text: str
    hits: list[ActorHit]
    country: str | None
    when: date | None
    scope: tuple[int, int] | None = None
    sub_event_type: str | None = None
