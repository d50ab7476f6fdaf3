"""Fused events as GeoJSON (RFC 7946): one Point feature per located event, every feature citing its sources.

RFC 7946 orders positions longitude first; coordinates are WGS84 and rounded to 5 decimals (about a metre),
which is already finer than any gazetteer point. Events without coordinates are left out of the features and
counted in the collection's ``unlocated`` member, so a map never silently pretends to be complete.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.export.common import citations
from sitrep.fuse.fusion import FusedEvent


def event_feature(event: FusedEvent, texts: Mapping[str, str] | None = None) -> dict[str, Any] | None:
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    props: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "type": event.event_type,
        "sub_type": event.sub_event_type,
        "actors": [{"canonical": c, "role": r} for c, r in event.actors],
        "place": loc.name,
        "admin1": loc.admin1,
        "country": loc.country,
        "geo_precision": loc.geo_precision,
        "fatalities": event.fatalities,
        "uncertainty_km": loc.uncertainty_km,
        "citations": [
            {"document_id": c.document_id, "title": c.title, "quote": c.quote} for c in citations(event, texts)
        ],
    }
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
        "properties": props,
    }


def events_geojson(events: Sequence[FusedEvent], texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    features = [f for f in (event_feature(e, texts) for e in events) if f is not None]
    out: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if features:
        lons = [f["geometry"]["coordinates"][0] for f in features]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        out["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    out["unlocated"] = len(events) - len(features)
    return out
