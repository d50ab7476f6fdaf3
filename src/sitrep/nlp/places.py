"""The seam between event coding and the geo package.

Extraction only needs "which places does this text name, where, and which country are they in"; the geo
package answers with ``sitrep.geo.geoparse.geoparse``. This adapter imports it lazily so that the
extractor runs (with empty locations) in an installation or a checkout where geo is absent or its
gazetteer cannot be opened, and so that tests can pass a fake.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sitrep.errors import SitrepError
from sitrep.model import Place

__all__ = ["GeoPlaceFinder", "PlaceFinder", "PlaceMention", "gazetteer_place_finder", "geo_place_finder", "no_places"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place the text names at ``start:end``, resolved to ``place``; ``kind`` as geo reports it."""

    start: int
    end: int
    text: str
    place: Place
    score: float = 1.0
    kind: str = "toponym"
    candidates: tuple[Any, ...] = ()


class PlaceFinder(Protocol):
    """``country_prior``: countries the text's actors point to (a soft preference, never a filter)."""

    def __call__(
        self,
        text: str,
        *,
        country_hint: str | None,
        exclude_spans: Sequence[tuple[int, int]],
        country_prior: Sequence[str] = (),
    ) -> list[PlaceMention]: ...


def no_places(
    text: str,
    *,
    country_hint: str | None = None,
    exclude_spans: Sequence[tuple[int, int]] = (),
    country_prior: Sequence[str] = (),
) -> list[PlaceMention]:
    """The finder used when no gazetteer is available: locations stay empty."""
    del text, country_hint, exclude_spans, country_prior
    return []


def geo_place_finder(gazetteer_path: Path | str | None = None) -> PlaceFinder:
    """A finder backed by ``sitrep.geo``; falls back to :func:`no_places` when geo cannot be used.

    It is a :class:`GeoPlaceFinder`, so the extractor also gets geo's choice of an event's place and of a
    report's country (a bare finder would leave it the generic nearest-place rule).
    """
    try:
        from sitrep.geo.gazetteer import Gazetteer
    except ImportError:
        log.warning("sitrep.geo.geoparse is not available: event locations will be empty")
        return no_places
    try:
        gaz = Gazetteer.open(gazetteer_path)
    except SitrepError as exc:
        log.warning("gazetteer unavailable (%s): event locations will be empty", exc)
        return no_places
    return GeoPlaceFinder(gaz)


def gazetteer_place_finder(gazetteer: Any) -> GeoPlaceFinder:
    """A finder over an already-open :class:`sitrep.geo.gazetteer.Gazetteer` (errors stay the caller's)."""
    return GeoPlaceFinder(gazetteer)


class GeoPlaceFinder:
    """Place mentions from :func:`sitrep.geo.geoparse.geoparse`, plus geo's choice of an event's place and
    of a report's country (which need the gazetteer, so they live with the finder)."""

    def __init__(self, gazetteer: Any) -> None:
        from sitrep.geo.geoparse import geoparse

        self.gazetteer = gazetteer
        self._find = _wrap(geoparse, gazetteer)

    def __call__(
        self,
        text: str,
        *,
        country_hint: str | None = None,
        exclude_spans: Sequence[tuple[int, int]] = (),
        country_prior: Sequence[str] = (),
    ) -> list[PlaceMention]:
        return self._find(text, country_hint=country_hint, exclude_spans=exclude_spans, country_prior=country_prior)

    def event_location(
        self,
        text: str,
        mentions: Sequence[PlaceMention],
        *,
        country_hint: str | None,
        trigger: tuple[int, int],
        scope: tuple[int, int],
        event_type: str | None = None,
    ) -> PlaceMention | None:
        """The event's place the way ACLED codes it (see :func:`sitrep.geo.eventplace.event_location`);
        ``event_type`` lets it code a demonstration that names no place at the capital."""
        from sitrep.geo.eventplace import event_location

        got = event_location(
            text,
            mentions,
            self.gazetteer,
            country_hint=country_hint,
            trigger=trigger,
            scope=scope,
            event_type=event_type,
        )
        return None if got is None else _as_place_mention(got)

    def document_country(self, text: str, mentions: Sequence[PlaceMention], country_hint: str | None) -> str | None:
        """The report's country as a name ("Mali"), from places, demonyms and forces; None if no cue."""
        from sitrep.geo.eventplace import document_country

        code = document_country(text, mentions, self.gazetteer, country_hint=country_hint)
        return self.gazetteer.country_name(code) if code else None


def _as_place_mention(g: Any) -> PlaceMention:
    if isinstance(g, PlaceMention):
        return g
    return PlaceMention(
        int(g.start),
        int(g.end),
        str(g.text),
        g.place,
        float(getattr(g, "score", 1.0) or 0.0),
        str(getattr(g, "kind", "toponym") or "toponym"),
        tuple(getattr(g, "candidates", ()) or ()),
    )


def _wrap(geoparse: Callable[..., Any], gaz: Any) -> PlaceFinder:
    def find(
        text: str,
        *,
        country_hint: str | None = None,
        exclude_spans: Sequence[tuple[int, int]] = (),
        country_prior: Sequence[str] = (),
    ) -> list[PlaceMention]:
        try:
            found = geoparse(
                text, gaz, country_hint=country_hint, exclude_spans=list(exclude_spans), country_prior=country_prior
            )
        except TypeError:  # an older geoparse without exclude_spans or country_prior
            found = geoparse(text, gaz, country_hint=country_hint)
        return [_as_place_mention(g) for g in found if getattr(g, "place", None) is not None]

    return find
