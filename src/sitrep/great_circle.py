"""Great-circle distance, shared by the gazetteer, event coreference and the store's radius filter.

Why one module at the package root: geo, fuse and store each need the same formula, and none of them may import
the others' packages just for it (store must not pull in the gazetteer; fuse must not pull in the store). The
radius is an argument because the store has to agree with PostGIS's sphere while ranking code does not care.
"""

from __future__ import annotations

import math

MEAN_RADIUS_KM = 6371.0
"""The conventional round mean radius: what ranking, coreference and gazetteer radii use."""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float, radius_km: float = MEAN_RADIUS_KM) -> float:
    """Distance along the sphere of ``radius_km``; within 0.5 % of the ellipsoid, plenty for radii of a few km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * radius_km * math.asin(min(1.0, math.sqrt(h)))
