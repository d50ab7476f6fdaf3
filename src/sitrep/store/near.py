"""Radius filters ("events within 30 km of Ménaka"): the distance model, its checks and the circle's box.

Why one module: every backend must draw the same circle. SQLite checks the distance with a Python function
registered on each connection (:func:`great_circle_km`), PostgreSQL without PostGIS with the same formula
in SQL, PostgreSQL with PostGIS with ``ST_DWithin`` on its sphere; all three use the sphere below, so they
agree except for points within a metre of the circle's edge. The box around the circle lets each backend's
spatial index find the candidates first; it is computed here once, right across the antimeridian and
around the poles.

The model: a sphere of radius :data:`EARTH_RADIUS_KM` (the IUGG mean radius R1 of WGS84, (2a + b) / 3,
which is also the sphere PostGIS uses when asked not to use the spheroid), great-circle distance by the
haversine formula. Against WGS84 geodesic distance it errs by at most about 0.5 %: 150 m at 30 km.
"""

from __future__ import annotations

import math

from sitrep.errors import ValidationError
from sitrep.great_circle import haversine_km

EARTH_RADIUS_KM = 6371.0088
"""The sphere's radius; PostGIS's own sphere for WGS84 is 6371.00877 km (a difference of 1 cm at 2,000 km)."""

MAX_RADIUS_KM = 2000.0
"""The largest radius accepted: regional questions, and a circle whose box stays well inside a hemisphere."""

BOX_MARGIN_DEG = 1e-6
"""Added around the circle's box (about 0.1 m) so rounding in the box never drops a point the exact check keeps."""

Near = tuple[float, float, float]
"""(lat, lon, radius_km)."""


def check_near(near: Near) -> Near:
    """``near`` as floats, or a one-line ValidationError naming what is wrong."""
    try:
        lat, lon, radius = (float(x) for x in near)
    except (TypeError, ValueError):
        raise ValidationError("near: expected lat,lon,radius_km as three numbers") from None
    if not all(math.isfinite(x) for x in (lat, lon, radius)):
        raise ValidationError("near: lat, lon and radius_km must be finite numbers")
    if not -90.0 <= lat <= 90.0:
        raise ValidationError(f"near: latitude {lat:g} is outside -90..90")
    if not -180.0 <= lon <= 180.0:
        raise ValidationError(f"near: longitude {lon:g} is outside -180..180")
    if not 0.0 < radius <= MAX_RADIUS_KM:
        raise ValidationError(f"near: radius {radius:g} km must be more than 0 and at most {MAX_RADIUS_KM:g} km")
    return (lat, lon, radius)


def parse_near(value: str | None, name: str = "near") -> Near | None:
    """``"LAT,LON,KM"`` (degrees, WGS84; kilometres) as checked numbers; None for nothing given."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        raise ValidationError(f"{name} {value!r}: expected lat,lon,radius_km as numbers") from None
    if len(nums) != 3:
        raise ValidationError(f"{name} {value!r}: expected three numbers lat,lon,radius_km")
    try:
        return check_near((nums[0], nums[1], nums[2]))
    except ValidationError as exc:
        raise ValidationError(f"{name} {value!r}: {str(exc).removeprefix('near: ')}") from None


def great_circle_km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    """Haversine distance on the sphere of :data:`EARTH_RADIUS_KM`; None where a point is missing (SQL NULL).

    Registered as the SQL function ``sitrep_distance_km`` on every SQLite connection; PostgreSQL spells the
    same formula in SQL (:func:`sitrep.store.dialect_clauses.haversine_km`)."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    return haversine_km(lat1, lon1, lat2, lon2, EARTH_RADIUS_KM)


def near_bbox(near: Near) -> tuple[float, float, float, float]:
    """The smallest lat/lon box holding the circle (minlon, minlat, maxlon, maxlat; minlon > maxlon crosses
    the antimeridian, as for a ``bbox`` filter), widened by :data:`BOX_MARGIN_DEG`.

    The longitudes reached are ``lon ± asin(sin d / cos lat)`` for an angular radius d (not ``d / cos lat``,
    which is too narrow for large circles); a circle over a pole reaches every longitude."""
    lat, lon, radius = near
    d = radius / EARTH_RADIUS_KM
    d_deg = math.degrees(d)
    minlat, maxlat = lat - d_deg - BOX_MARGIN_DEG, lat + d_deg + BOX_MARGIN_DEG
    if minlat <= -90.0 or maxlat >= 90.0:
        return (-180.0, max(minlat, -90.0), 180.0, min(maxlat, 90.0))
    ratio = math.sin(d) / math.cos(math.radians(lat))
    if ratio >= 1.0:
        return (-180.0, minlat, 180.0, maxlat)
    d_lon = math.degrees(math.asin(ratio)) + BOX_MARGIN_DEG
    if d_lon >= 180.0:
        return (-180.0, minlat, 180.0, maxlat)
    minlon, maxlon = lon - d_lon, lon + d_lon
    if minlon < -180.0:
        minlon += 360.0
    if maxlon > 180.0:
        maxlon -= 360.0
    return (minlon, minlat, maxlon, maxlat)
