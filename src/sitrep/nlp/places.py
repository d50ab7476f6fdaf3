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

__all__ = ["PlaceFinder", "PlaceMention", "gazetteer_place_finder", "geo_place_finder", "no_places"]

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


class PlaceFinder(Protocol):
    def __call__(
        self, text: str, *, country_hint: str | None, exclude_spans: Sequence[tuple[int, int]]
    ) -> list[PlaceMention]: ...


def no_places(
    text: str, *, country_hint: str | None = None, exclude_spans: Sequence[tuple[int, int]] = ()
) -> list[PlaceMention]:
    """The finder used when no gazetteer is available: locations stay empty."""
    del text, country_hint, exclude_spans
    return []


def geo_place_finder(gazetteer_path: Path | str | None = None) -> PlaceFinder:
    """A finder backed by ``sitrep.geo``; falls back to :func:`no_places` when geo cannot be used."""
    try:
        from sitrep.geo.gazetteer import Gazetteer
        from sitrep.geo.geoparse import geoparse
    except ImportError:
        log.warning("sitrep.geo.geoparse is not available: event locations will be empty")
        return no_places
    try:
        gaz = Gazetteer.open(gazetteer_path)
    except SitrepError as exc:
        log.warning("gazetteer unavailable (%s): event locations will be empty", exc)
        return no_places
    return _wrap(geoparse, gaz)


def gazetteer_place_finder(gazetteer: Any) -> PlaceFinder:
    """A finder over an already-open :class:`sitrep.geo.gazetteer.Gazetteer` (errors stay the caller's)."""
    from sitrep.geo.geoparse import geoparse

    return _wrap(geoparse, gazetteer)


def _wrap(geoparse: Callable[..., Any], gaz: Any) -> PlaceFinder:
    def find(
        text: str, *, country_hint: str | None = None, exclude_spans: Sequence[tuple[int, int]] = ()
    ) -> list[PlaceMention]:
        try:
            found = geoparse(text, gaz, country_hint=country_hint, exclude_spans=list(exclude_spans))
        except TypeError:  # an older geoparse without exclude_spans
            found = geoparse(text, gaz, country_hint=country_hint)
        out = []
        for g in found:
            if getattr(g, "place", None) is None:
                continue
            out.append(
                PlaceMention(
                    int(g.start),
                    int(g.end),
                    str(g.text),
                    g.place,
                    float(getattr(g, "score", 1.0) or 0.0),
                    str(getattr(g, "kind", "toponym") or "toponym"),
                )
            )
        return out

    return find
