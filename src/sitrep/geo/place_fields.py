"""Turning a gazetteer row into :class:`sitrep.model.Place` fields: names, admin areas, precision, radius.

Why its own module: every resolved mention (named, relative or admin) is reported with the same admin names
(ACLED's spellings, a village's district from its nearest neighbour) and the same precision rules; the
fields are cached on the gazetteer because the same towns recur across a corpus.
"""

from __future__ import annotations

from sitrep.geo.conflict_regions import region_name
from sitrep.geo.gazetteer import Gazetteer, PlaceRow, admin_display_name
from sitrep.geo.normalise import normalise_name

ADMIN_RADIUS_KM = {"ADM1": 150.0, "ADM2": 50.0, "ADM3": 15.0}


def _place_from_row(gaz: Gazetteer, row: PlaceRow, *, name: str | None = None) -> dict[str, object]:
    cache: dict[int, dict[str, object]] | None = getattr(gaz, "_sitrep_place_fields", None)
    if cache is None:
        cache = {}
        gaz._sitrep_place_fields = cache  # type: ignore[attr-defined]
    if name is None and row.geonameid in cache:
        return cache[row.geonameid]
    fields = _fields_from_row(gaz, row, name=name)
    if name is None:
        cache[row.geonameid] = fields
    return fields


def _fields_from_row(gaz: Gazetteer, row: PlaceRow, *, name: str | None = None) -> dict[str, object]:
    country = gaz.country_name(row.country_code)
    admin1 = gaz.admin1_name(row.country_code, row.admin1_code) if row.admin1_code else None
    admin2 = gaz.admin2_name(row.country_code, row.admin1_code, row.admin2_code) if row.admin2_code else None
    if admin2 is None and row.feature_code != "ADM1" and row.feature_class != "A":
        near = gaz.nearest(row.lat, row.lon, max_km=60, with_admin2=True)
        if near and near[0].admin1_code == row.admin1_code and near[0].country_code == row.country_code:
            admin2 = gaz.admin2_name(near[0].country_code, near[0].admin1_code, near[0].admin2_code)
    if row.feature_code == "ADM2":
        admin1 = _namesake_region(gaz, row) or _seat_region(gaz, row) or admin1
    if admin1 is None:
        # a village GeoNames files under no region (code 00) takes its nearest compatriot's, as the
        # conflict-region tie-break does: a nearer village across a border says nothing of its region
        admin1 = region_name(gaz, row)
    return {
        "name": name or (admin_display_name(row.name) if row.feature_class == "A" else row.name),
        "country": country,
        "admin1": admin1,
        "admin2": admin_display_name(admin2) if admin2 else None,
        "lat": row.lat,
        "lon": row.lon,
        "geonameid": row.geonameid if row.is_geonames else None,
    }


def _namesake_region(gaz: Gazetteer, row: PlaceRow) -> str | None:
    """The region a department lies in when both carry one name (Tillaberi department, Tillaberi region):
    GeoNames files a few such departments under another region's code, and a region's point must carry
    that region's admin1."""
    key = normalise_name(admin_display_name(row.name))
    for pid in gaz.ids_for(key, normalised=True):
        other = gaz.place(pid)
        if other is not None and other.feature_code == "ADM1" and other.country_code == row.country_code:
            return gaz.admin1_name(other.country_code, other.admin1_code) if other.admin1_code else None
    return None


SEAT_REGION_KM = 150.0
"""How far a department's seat may lie from the department's GeoNames point (a Sahel department is at most a
few hundred km across and its point is its centroid)."""


def _seat_region(gaz: Gazetteer, row: PlaceRow) -> str | None:
    """The region of the town a department is named after, when GeoNames files the department elsewhere.

    Why: older GeoNames admin2 rows keep the region codes of before a reform (Niger's Filingué department is
    filed under Niamey, code 08, while Filingué town, its seat, is under Tillabéri, 09); Sahel departments
    are named for their seats and the seat's row is the better kept, so the seat's region wins. Only a seat
    (PPLA2/PPLA3) of the same country within :data:`SEAT_REGION_KM` counts, not any village of the name."""
    from sitrep.geo.gazetteer import haversine_km

    key = normalise_name(admin_display_name(row.name))
    for pid in gaz.ids_for(key, normalised=True):
        town = gaz.place(pid)
        if (
            town is not None
            and town.feature_class == "P"
            and town.feature_code in ("PPLA2", "PPLA3")
            and town.country_code == row.country_code
            and town.admin1_code
            and town.admin1_code != row.admin1_code
            and haversine_km(town.lat, town.lon, row.lat, row.lon) <= SEAT_REGION_KM
        ):
            return gaz.admin1_name(town.country_code, town.admin1_code)
    return None


def _precision(row: PlaceRow) -> tuple[int, float]:
    if row.feature_class == "A":
        radius = ADMIN_RADIUS_KM.get(row.feature_code, 30.0)
        return (3 if row.feature_code in ("ADM1", "ADM2", "PCLI") else 2), radius
    if row.feature_class == "L" and row.feature_code in ("RGN", "AREA", "RESF", "RESW", "RESN"):
        return 2, 25.0
    if row.feature_class == "P":
        return 1, 5.0 if row.feature_code in ("PPLC", "PPLA") or row.population > 50_000 else 2.0
    return 1, 5.0
