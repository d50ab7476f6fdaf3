"""Filtering fused events for the event list: pure functions over ``FusedEvent.as_json()`` dicts.

Fusion computes the whole picture at once, so filters apply to its output rather than to SQL; at
100k events this wants an index (left for the benchmark work).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.errors import ValidationError


@dataclass(frozen=True)
class EventFilter:
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    actor: str | None = None
    type: str | None = None
    documents: frozenset[str] | None = None
    """Event must cite one of these documents (the full-text query's hits)."""
    text: str | None = None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``minlon,minlat,maxlon,maxlat`` in degrees, as in GeoJSON and OGC APIs."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        raise ValidationError("bbox: expected minlon,minlat,maxlon,maxlat as numbers") from None
    if len(nums) != 4:
        raise ValidationError("bbox: expected four numbers minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = nums
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise ValidationError("bbox: coordinates out of range (or minlat > maxlat)")
    return (minlon, minlat, maxlon, maxlat)


def _in_bbox(loc: dict[str, Any] | None, bbox: tuple[float, float, float, float]) -> bool:
    if not loc or loc.get("lat") is None or loc.get("lon") is None:
        return False
    minlon, minlat, maxlon, maxlat = bbox
    lat, lon = float(loc["lat"]), float(loc["lon"])
    if not minlat <= lat <= maxlat:
        return False
    if minlon <= maxlon:
        return minlon <= lon <= maxlon
    return lon >= minlon or lon <= maxlon  # a box across the antimeridian


def matches(event: dict[str, Any], f: EventFilter) -> bool:
    when = date.fromisoformat(event["date"]) if event.get("date") else None
    if f.date_from and (when is None or when < f.date_from):
        return False
    if f.date_to and (when is None or when > f.date_to):
        return False
    if f.bbox and not _in_bbox(event.get("location"), f.bbox):
        return False
    if f.actor:
        needle = f.actor.casefold()
        if not any(needle in a["canonical"].casefold() for a in event.get("actors", [])):
            return False
    if f.type:
        needle = f.type.casefold()
        kinds = [event.get("event_type") or "", event.get("sub_event_type") or ""]
        if not any(needle == k.casefold() for k in kinds):
            return False
    if f.documents is not None or f.text:
        cited = {s["document_id"] for s in event.get("sources", [])}
        by_doc = f.documents is not None and bool(cited & f.documents)
        by_title = bool(f.text) and f.text.casefold() in (event.get("title") or "").casefold()  # type: ignore[union-attr]
        if not (by_doc or by_title):
            return False
    return True


def filter_events(events: Iterable[dict[str, Any]], f: EventFilter) -> list[dict[str, Any]]:
    return [e for e in events if matches(e, f)]


def summary(event: dict[str, Any]) -> dict[str, Any]:
    """An event for the list and map: everything but the claims, plus how contested it is."""
    out = {k: v for k, v in event.items() if k not in ("claims", "explanations")}
    statuses = [c.get("status") for c in event.get("claims", [])]
    out["contested_fields"] = sorted({c["field"] for c in event.get("claims", []) if c.get("status") == "contested"})
    out["corroborated_claims"] = statuses.count("corroborated")
    return out
