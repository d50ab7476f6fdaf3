"""A FusedEvent as one JSON record and back, losslessly, so the store can keep fused events.

Why not just ``as_json()``: the exports and products read claims' supports (who said what, graded how),
which ``as_json()`` flattens into evidence. The record is ``as_json()`` (what the API returns as is) plus,
per claim, its supports and the raw value; reading it back gives an event equal to the one fused.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.fuse.claims import Claim, Support
from sitrep.fuse.fusion import FusedEvent, SourceRef
from sitrep.model import Place, Span

_PLACE_FIELDS = (
    "name",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "geonameid",
    "how",
)


def _place_out(p: Place) -> dict[str, Any]:
    return {f: getattr(p, f) for f in _PLACE_FIELDS}


def _place_in(d: dict[str, Any]) -> Place:
    return Place(**{f: d[f] for f in _PLACE_FIELDS if f in d})


def _value_out(field: str, value: Any) -> Any:
    if field == "date":
        return [value[0].isoformat(), value[1]]
    if field == "location":
        return _place_out(value)
    return value


def _value_in(field: str, value: Any) -> Any:
    if field == "date":
        return (date.fromisoformat(value[0]), value[1])
    if field == "location":
        return _place_in(value)
    return value


def _support_out(field: str, s: Support) -> list[Any]:
    span = [s.span.start, s.span.end] if s.span is not None else None
    return [_value_out(field, s.value), s.document_id, s.source_key, s.grade, span, s.quote]


def _support_in(field: str, row: list[Any]) -> Support:
    value, doc, key, grade, span, quote = row
    return Support(_value_in(field, value), doc, key, grade, Span(*span) if span else None, quote)


def to_record(event: FusedEvent) -> dict[str, Any]:
    """``event.as_json()`` plus ``_claims``: per claim, its raw value and supports."""
    out = event.as_json()
    out["_claims"] = [
        {
            "raw": _value_out(c.field, c.extra["raw"]) if "raw" in c.extra else None,
            "has_raw": "raw" in c.extra,
            "supports": [_support_out(c.field, s) for s in c.supports],
        }
        for c in event.claims
    ]
    if event.location is not None:
        out["_location"] = _place_out(event.location)
    return out


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The ``as_json()`` part of a record (what the API and ``--json`` show)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def from_record(record: dict[str, Any]) -> FusedEvent:
    claims: list[Claim] = []
    for c, detail in zip(record["claims"], record["_claims"], strict=True):
        field = c["field"]
        extra = {"raw": _value_in(field, detail["raw"])} if detail["has_raw"] else {}
        supports = [_support_in(field, s) for s in detail["supports"]]
        claims.append(Claim(field, c["value"], supports, c["status"], c["credibility"], extra))
    loc = record.get("_location")
    return FusedEvent(
        id=record["id"],
        title=record["title"],
        date=date.fromisoformat(record["date"]) if record["date"] else None,
        date_precision=record["date_precision"],
        event_type=record["event_type"],
        sub_event_type=record["sub_event_type"],
        actors=tuple((a["canonical"], a["role"]) for a in record["actors"]),
        location=_place_in(loc) if loc else None,
        fatalities=record["fatalities"],
        captured=record["captured"],
        sources=tuple(SourceRef(s["document_id"], s["title"], s["reliability"]) for s in record["sources"]),
        claims=tuple(claims),
        mentions=tuple(record["mentions"]),
        explanations=dict(record["explanations"]),
    )
