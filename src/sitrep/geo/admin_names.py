"""How admin areas are named for people: ACLED's spelling of regions and districts, and names without their kind.

Why its own module: GeoNames, ISO and ACLED spell the same region differently ("Banghazi", "Benghazi"), and
both the build (which indexes the spellings) and the lookups (which show ACLED's) need one answer.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from sitrep.geo.gazetteer_schema import _data_text


@lru_cache(maxsize=1)
def acled_admin_names() -> dict[tuple[str, int, str], str]:
    """ACLED's spelling of each admin area, by (country, level, GeoNames code) (``geo/data/admin_display.csv``).

    GeoNames and ISO write "Banghazi", "Ouadai", "Hodh Ech Chargi"; ACLED's data (what analysts compare
    against) write "Benghazi", "Ouaddai", "Hodh ech Chargui". Algeria's 2019 wilayas map to the wilaya they
    were carved from, since ACLED's 2018-2021 data keep the 48-wilaya division.
    """
    out: dict[tuple[str, int, str], str] = {}
    for row in csv.DictReader(io.StringIO(_data_text("admin_display.csv"))):
        out[(row["country"], int(row["level"]), row["geonames_code"])] = row["acled_name"]
    return out


def admin_display_name(name: str) -> str:
    """An admin area's name as ACLED writes it: ``Douentza Cercle`` -> ``Douentza``.

    GeoNames names second-level areas with their kind (``Province du Soum``, ``Cercle de Gao``,
    ``Département de Say``); ACLED and reports use the bare name.
    """
    out = name.strip()
    lowered = out.lower()
    for prefix in (
        "province du ",
        "province de la ",
        "province de l'",
        "province des ",
        "province de ",
        "cercle de ",
        "cercle d'",
        "département de ",
        "département d'",
        "daïra de ",
        "daïra d'",
        "daïra d’",
        "daira de ",
        "departement de ",
        "région de ",
        "région du ",
        "region de ",
        "commune de ",
        "district de ",
    ):
        if lowered.startswith(prefix):
            out = out[len(prefix) :]
            break
    for suffix in (" Cercle", " Province", " Region", " Department", " Département", " District"):
        if out.endswith(suffix) and len(out) > len(suffix):
            out = out[: -len(suffix)]
            break
    return out.strip()
