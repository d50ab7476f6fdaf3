"""Small invented gazetteers for the geo rule tests: a few GeoNames-format rows written by the test itself,
on top of an empty or a default build, so each rule is checked fast and without ../shared."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from pathlib import Path

from sitrep.geo.gazetteer import Gazetteer


def dump_line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    fcl: str,
    fcode: str,
    cc: str,
    a1: str,
    *,
    alternates: str = "",
    population: int = 0,
) -> str:
    """One row of a GeoNames country dump (19 tab-separated columns)."""
    cols = [gid, name, name, alternates, lat, lon, fcl, fcode, cc, "", a1, "", "", "", population, "", 0]
    return "\t".join(str(c) for c in [*cols, "Africa/Bamako", ""])


def invented_gazetteer(
    folder: Path, lines: Iterable[str], *, default_countries: Collection[str] | None = None
) -> Gazetteer:
    """The rows in ``lines`` imported into an empty gazetteer (countries and packaged admin1 names only), or
    into the default build for ``default_countries``."""
    if default_countries:
        g = Gazetteer.build_default(folder / "g.sqlite", countries=set(default_countries))
    else:
        g = Gazetteer.create_empty(folder / "g.sqlite")
        g._load_countries()
        g._load_packaged_admin1()
    dump = folder / "geonames-test.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    g.import_geonames([dump])
    return g


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, written here rather than imported so the tests do not check geo with itself."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
