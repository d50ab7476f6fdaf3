"""The gazetteer file's tables, row types and the constants every gazetteer module shares.

Why its own module: building, importing and reading the gazetteer live in separate modules, and all of them
must agree on one schema version, one table layout and one notion of the focus region; keeping those here
means a schema change is made in one place (and bumps :data:`SCHEMA_VERSION`, which makes old files ask for
a rebuild).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

SCHEMA_VERSION = 1
REBUILD_HINT = "run `sitrep gazetteer rebuild` (or delete the file to get a fresh default one)"


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


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
