"""Parsing the event list's filters from query strings.

The filtering itself happens in the store (indexed columns of the fused-event view), so what is left
here is turning an analyst's ``bbox`` and ``near`` strings into numbers, with a one-line error when they
are malformed.
"""

from __future__ import annotations

from sitrep.errors import ValidationError
from sitrep.store.near import parse_near as _parse_near


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


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    """``lat,lon,radius_km`` (degrees, WGS84; kilometres, at most 2,000): events within that great-circle
    distance of the point. Latitude first, as an analyst says it ("15.92 N, 2.40 E"), unlike ``bbox``."""
    return _parse_near(value, "near")
