"""The regions where the armed conflicts sitrep follows take place, as a tie-break between namesakes.

Why: Sahel village names repeat across a country (Mali has five Dounas, four Gawas), and a note from a
conflict monitor that names one without region, district or neighbouring place gives nothing else to choose
by; GeoNames ids then decide, which is arbitrary. Such a note is far likelier to be about a village in a
region where the fighting is (OCHA's conflict-affected regions, ``geo/data/conflict_regions.csv``, a source
per row) than about its namesake in a quiet one. The prior is small: any cue in the text (a named region, a
nearby place, a border) outweighs it.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.gazetteer_schema import _data_text
from sitrep.geo.normalise import normalise_name

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer, PlaceRow

CONFLICT_REGION_PRIOR = 0.25
"""Added to a candidate lying in a conflict-affected region of its country (less than any textual cue)."""


@lru_cache(maxsize=1)
def conflict_regions() -> frozenset[tuple[str, str]]:
    """(country code, normalised admin1 name) of every conflict-affected region in the data file."""
    rows = csv.DictReader(io.StringIO(_data_text("conflict_regions.csv")))
    return frozenset((r["country"], normalise_name(r["admin1"])) for r in rows)


@lru_cache(maxsize=4096)
def in_conflict_region(country_code: str, admin1_name: str | None) -> bool:
    """Whether a place's region (its GeoNames admin1 name) is one where the conflicts are fought."""
    return bool(admin1_name) and (country_code, normalise_name(admin1_name or "")) in conflict_regions()


UNKNOWN_REGION_KM = 80.0
"""How far the nearest village with a known region may lie for a village GeoNames leaves without one."""


def region_name(gaz: Gazetteer, row: PlaceRow) -> str | None:
    """A place's region name; for one GeoNames files under no region (code ``00``), its nearest
    compatriot's, as the place's reported fields do (:mod:`sitrep.geo.place_fields`).

    Why: a village of unknown region must not lose the conflict-region tie-break to its namesake merely
    because GeoNames never coded it (Mali's Boré on the Konna-Douentza road has code ``00``)."""
    if row.admin1_code not in ("", "00"):
        return gaz.admin1_name(row.country_code, row.admin1_code)
    if row.feature_class not in ("P", "S", "L", "H", "T", "V"):
        return None
    near = gaz.nearest(row.lat, row.lon, max_km=UNKNOWN_REGION_KM, country=row.country_code)
    return gaz.admin1_name(near[0].country_code, near[0].admin1_code) if near else None
