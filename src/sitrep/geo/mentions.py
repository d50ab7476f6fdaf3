"""What a place mention is: geo's own :class:`GeoMention` and the :class:`MentionLike` shape callers may pass.

Why its own module: the geoparser makes mentions and the event-place rules read them (from geo or from the
NLP side's adapters); both sides need the type without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sitrep.model import Place

if TYPE_CHECKING:
    from sitrep.geo.resolve import Candidate


@dataclass(slots=True)
class GeoMention:
    """A place a text mentions: its span, resolved :class:`Place`, confidence and the candidates weighed."""

    start: int
    end: int
    text: str
    place: Place
    score: float
    kind: str
    candidates: list[Candidate] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "score": self.score,
            "place": self.place.as_json() | {"how": self.place.how, "geonameid": self.place.geonameid},
            "candidates": [c.as_json() for c in self.candidates[:5]],
        }


class MentionLike(Protocol):
    """Anything with a span, a resolved place, a score and a kind (read-only: frozen mentions qualify)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def place(self) -> Place: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...
