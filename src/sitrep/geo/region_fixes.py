"""GeoNames rows filed under the wrong first-level region, corrected when they are read.

Why at read time rather than at build time: the region of a village matters to every lookup (the reported
admin1, the region named in the text, the conflict-region tie-break, a neighbour's region lent to a village
GeoNames left uncoded), and gazetteers built before a correction was known must benefit without a rebuild.
Why a file of its own: Mali's Kidal Region was carved out of Gao in 1991 and GeoNames still files several
of its villages under Gao; each fix in ``geo/data/region_corrections.csv`` cites its source. A fix names the
region, not its code, so it holds whatever admin1 codes a gazetteer was built with, and it applies only to
the row it names (same id, name and country), never to a namesake.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable
from functools import lru_cache

from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer_schema import PlaceRow, _data_text
from sitrep.geo.normalise import normalise_name


@dataclasses.dataclass(frozen=True, slots=True)
class RegionFix:
    """One GeoNames row's region, as a cited source gives it."""

    name: str
    country: str
    admin1: str


@lru_cache(maxsize=1)
def region_fixes() -> dict[int, RegionFix]:
    """The corrections by GeoNames id; a row without a source is refused (the file is knowledge, not a patch)."""
    out: dict[int, RegionFix] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(_data_text("region_corrections.csv"))), 2):
        if not (row.get("source") or "").strip():
            raise GazetteerError(f"region_corrections.csv:{n}: every correction must cite a source")
        try:
            gid = int(row["geonameid"])
            fix = RegionFix(row["name"].strip(), row["country"].strip(), row["admin1"].strip())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GazetteerError(f"region_corrections.csv:{n}: bad or missing geonameid/name/country/admin1") from exc
        if not (fix.name and fix.country and fix.admin1):
            raise GazetteerError(f"region_corrections.csv:{n}: name, country and admin1 are required")
        out[gid] = fix
    return out


def fix_region(row: PlaceRow, code_of: Callable[[str, str], str | None]) -> PlaceRow:
    """``row`` with its admin1 code corrected when the file names this very row.

    ``code_of(country, region name)`` gives the gazetteer's admin1 code of a region; a region this
    gazetteer does not know leaves the row as it is.
    """
    fix = region_fixes().get(row.geonameid)
    if fix is None or fix.country != row.country_code or normalise_name(fix.name) != normalise_name(row.name):
        return row
    code = code_of(row.country_code, fix.admin1)
    if code is None or code == row.admin1_code:
        return row
    return dataclasses.replace(row, admin1_code=code)
