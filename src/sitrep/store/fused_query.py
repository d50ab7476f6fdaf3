"""What a reader asks of the fused-event view and what it gets back: filters, pages, summary rows, cursors.

Why apart from the code that runs the queries: the web API, the workbench and the benchmarks build and
read these values without touching a database, and the summary row's keys are a contract of the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.errors import ValidationError
from sitrep.store.near import check_near


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of the event list and map; every one given must hold."""

    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    """minlon, minlat, maxlon, maxlat (a box with minlon > maxlon crosses the antimeridian)."""
    actor: str | None = None
    """Part of a canonical actor name, any case."""
    type: str | None = None
    """An ACLED event type or sub-event type, any case."""
    documents: frozenset[str] | None = None
    """The event cites one of these documents (or its title contains ``text``)."""
    text: str | None = None
    """Every word starts a word of the title (or the event cites one of ``documents``)."""
    limit: int | None = None
    offset: int = 0
    fields: str = "full"
    """"full": each event's ``FusedEvent.as_json()``; "summary": the slim row of :data:`SUMMARY_FIELDS`
    read from columns (no JSON parsing), for the list and the map."""
    after: str | None = None
    """Keyset paging: the ``cursor`` of the last summary row of the previous page (instead of ``offset``)."""
    near: tuple[float, float, float] | None = None
    """lat, lon, radius_km: the event's point lies within radius_km of (lat, lon), great-circle distance on
    the sphere of :data:`sitrep.store.near.EARTH_RADIUS_KM` (checked when the query is made: latitude in
    -90..90, longitude in -180..180, radius above 0 and at most 2,000 km)."""

    def __post_init__(self) -> None:
        if self.near is not None:
            object.__setattr__(self, "near", check_near(self.near))


SUMMARY_FIELDS = (
    "id",
    "title",
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "lat",
    "lon",
    "uncertainty_km",
    "country",
    "admin1",
    "fatalities",
    "n_sources",
    "actors",
    "cursor",
)
"""Keys of a summary row; ``actors`` is a list of canonical names, ``cursor`` feeds :attr:`EventQuery.after`."""


def event_cursor(n_sources: int, fat_rank: int, day: int, event_id: str) -> str:
    return f"{n_sources}.{fat_rank}.{day}.{event_id}"


def parse_cursor(cursor: str) -> tuple[int, int, int, str]:
    try:
        n, f, d, event_id = cursor.split(".", 3)
        return int(n), int(f), int(d), event_id
    except ValueError:
        raise ValidationError(f"not an event-list cursor: {cursor!r}") from None


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of the event list: ``total`` matches before paging (a lower bound, "at least", when
    ``total_is_estimate``), and the rows (summary dicts or payload JSON text)."""

    total: int
    rows: list[Any]
    total_is_estimate: bool = False
