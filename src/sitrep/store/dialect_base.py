"""The interface every database backend implements, with the portable defaults.

Why an interface: the rest of the store speaks portable SQLAlchemy Core; whatever cannot be said portably
is a method of :class:`Dialect`, which one subclass per backend overrides (:mod:`sitrep.store.dialect_sqlite`,
:mod:`sitrep.store.dialect_postgres`). The ranking index's columns live here too, because both the
default and PostgreSQL's override of :meth:`Dialect.create_summary_index` spell that index from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Float, Integer, Select, String, and_, func, literal, select, type_coerce
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Column, Table

from sitrep.errors import StoreError
from sitrep.store.dialect_clauses import bbox_exact, like_escape, prefix_range
from sitrep.store.fulltext_query import query_terms
from sitrep.store.near import Near, near_bbox
from sitrep.store.records import SearchHit

WRITE_OPTION = "sitrep_write"
"""Execution option marking a connection whose transaction will write (see :meth:`Dialect.configure`)."""


class Dialect:
    """The backend-specific half of the store. Subclasses override what their database does differently."""

    name = "generic"

    def __init__(self, url: URL) -> None:
        self.url = url

    # -- connecting ---------------------------------------------------------------------------------

    def location(self) -> str:
        """How to name this database in a message to the user (never includes a password)."""
        return self.url.render_as_string(hide_password=True)

    def prepare(self) -> None:
        """Checks and set-up before the engine is created (e.g. that a file is a database at all)."""

    def engine_options(self) -> dict[str, Any]:
        return {}

    def configure(self, engine: Engine) -> None:
        """Register per-connection set-up on a new engine."""

    def opened(self, engine: Engine) -> None:
        """After the migrations, when the store opens: look up what this database offers (PostGIS)."""

    postgis = False
    """Radius filters (:meth:`near_clause`) are answered by PostGIS's ``ST_DWithin`` and its index."""

    # -- writing --------------------------------------------------------------------------------------

    def insert_ignore(self, table: Table) -> Insert:
        """An INSERT that silently skips rows whose primary key is already there."""
        raise NotImplementedError

    def upsert(self, table: Table, keys: Sequence[str]) -> Insert:
        """An INSERT that replaces every non-key column of a row whose ``keys`` are already there."""
        raise NotImplementedError

    def insert_ignore_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
        """Insert-or-ignore ``rows`` in one executemany; returns how many were new."""
        if not rows:
            return 0
        return int(conn.execute(self.insert_ignore(table), rows).rowcount)

    # -- reading --------------------------------------------------------------------------------------

    def prefix_clause(self, column: Column[Any], prefix: str) -> ColumnElement[bool]:
        """``column`` starts with ``prefix``, exactly (case-sensitive), in a form an index can serve.

        A range ``prefix <= column < successor(prefix)`` rather than ``LIKE``: SQLite's LIKE ignores ASCII
        case and cannot use an ordinary index. Correct where text sorts by code point (SQLite's BINARY
        collation; PostgreSQL with ``COLLATE "C"``).
        """
        return prefix_range(column, prefix)

    def date_text(self, column: ColumnElement[Any]) -> ColumnElement[str]:
        """A date column as ISO text (``YYYY-MM-DD``), made by the database so a page's rows need no
        conversion in Python. SQLite stores dates as that text already."""
        return type_coerce(column, String)

    def size_bytes(self) -> int | None:
        """Bytes the database takes on disk, where that is cheap to know."""
        return None

    def error(self, exc: DBAPIError) -> StoreError:
        """A driver error as one line the user can act on."""
        if isinstance(exc, IntegrityError):
            return StoreError(f"{self.location()}: rejected by the database ({exc.orig})")
        return StoreError(f"{self.location()}: database error ({exc.orig})")

    # -- migrations -----------------------------------------------------------------------------------

    def lock_for_migration(self, conn: Connection) -> None:
        """Inside a migration's write transaction: keep other processes from migrating at the same time."""

    def core_tables_created(self, conn: Connection) -> None:
        """After migration 1 made the core tables: backend-specific indexes on them."""

    def extension_tables(self, conn: Connection) -> set[str]:
        """Tables in the default schema that belong to database extensions (PostGIS's ``spatial_ref_sys``
        when an administrator installed it there first): not a sign of somebody else's database."""
        return set()

    def create_radius_index(self, conn: Connection) -> None:
        """Migration 8: whatever serves radius filters beyond the box indexes (PostGIS's geography index)."""

    # -- full-text search -----------------------------------------------------------------------------

    def create_search_index(self, conn: Connection) -> None:
        """Create the full-text index over documents (title and text) and fill it from existing rows."""
        raise NotImplementedError

    def search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        """Documents matching the words of ``query``, best first. Must never raise on odd input."""
        raise NotImplementedError

    def fuzzy_search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        """Documents containing words *like* every word of ``query`` (misspellings), best first."""
        raise StoreError(f"{self.location()}: fuzzy search needs PostgreSQL with the pg_trgm extension")

    # -- the fused-event view's map and title indexes -------------------------------------------------

    def create_event_indexes(self, conn: Connection) -> None:
        """Migration 4: the backend's spatial and title-word indexes over ``fused_events``."""

    def index_events(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        """File new ``fused_events`` rows into side indexes the database does not keep itself."""

    def unindex_events(self, conn: Connection, event_ids: Sequence[str]) -> None:
        """Forget events (about to be deleted) in those side indexes."""

    def clear_event_indexes(self, conn: Connection) -> None:
        """Empty those side indexes (the whole view is being rebuilt)."""

    def analyze(self, conn: Connection) -> None:
        """Refresh the planner's statistics."""
        conn.exec_driver_sql("ANALYZE")

    def settle(self, engine: Engine) -> None:
        """After a bulk load: whatever lets the covering indexes answer without reading the table (outside
        any transaction)."""

    def create_summary_index(self, conn: Connection) -> None:
        """Migration 6: the ranking index carries every column a summary row shows, so a page of the list
        or the map is read from it and never from the event rows (which hold the payload). SQLite has no
        ``INCLUDE``: the shown columns are trailing key columns there."""
        columns = ", ".join(RANK_KEY + COVERED_COLUMNS)
        conn.exec_driver_sql(f"CREATE INDEX {RANK_INDEX} ON fused_events ({columns})")

    def bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        """Events whose point lies in ``bbox`` (minlon, minlat, maxlon, maxlat; minlon > maxlon crosses the
        antimeridian), in a form the backend's spatial index serves."""
        return bbox_exact(table, bbox)

    def scan_bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        """The box for a broad filter, checked on each event met while walking the ranking index: plain
        column comparisons, whose statistics tell the planner how many events pass."""
        return bbox_exact(table, bbox)

    def near_clause(self, table: Table, near: Near, *, scan: bool = False) -> ColumnElement[bool]:
        """Events within ``near`` = (lat, lon, radius_km): the circle's box in the form :meth:`bbox_clause`
        (or, for a broad filter's walk, :meth:`scan_bbox_clause`) gives, so the spatial index finds the
        candidates, then the exact great-circle distance (:mod:`sitrep.store.near`)."""
        box = near_bbox(near)
        inside = self.scan_bbox_clause(table, box) if scan else self.bbox_clause(table, box)
        lat, lon, radius = near
        return and_(inside, self.distance_km(table, lat, lon) <= radius)

    def distance_km(self, table: Table, lat: float, lon: float) -> ColumnElement[float]:
        """Great-circle kilometres from each event's point to (lat, lon); NULL for events without one. By
        default the function ``sitrep_distance_km`` (SQLite registers it on every connection)."""
        return func.sitrep_distance_km(table.c.lat, table.c.lon, lat, lon, type_=Float)

    def narrow_box_max(self, conn: Connection, cap: int, limit: int) -> int:
        """Up to how many matches a box alone is still served by the spatial index (and sorted) rather than
        by walking the ranking index; counted that far. The count cap on both backends: SQLite's lat/lon
        index scans a whole band of latitudes, so sorting a box's matches costs more than the matches, and
        PostgreSQL decides past the cap by :meth:`box_walk_pays` rather than by counting further."""
        return cap

    def box_walk_pays(
        self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], limit: int
    ) -> bool:
        """A box alone with more matches than :meth:`narrow_box_max`: whether its page is cheaper found by
        walking the ranking index (true unless the backend can tell otherwise cheaply)."""
        return True

    def narrow_text_max(self, conn: Connection, cap: int, limit: int) -> int:
        """Up to how many title matches a text filter alone is still served by the title index (each match
        looked up, then sorted) rather than by walking the ranking index and checking every event met on
        the way; counted that far. The walk meets about ``limit * events / matches`` events, so it pays
        only for a match count well past the count cap."""
        return cap

    def count_box(
        self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int, limit: int
    ) -> tuple[int, bool]:
        """A box alone: (its matches counted up to :meth:`narrow_box_max` + 1, whether its page is to be
        found by walking the ranking index). A backend may answer both in one statement."""
        narrow_max = self.narrow_box_max(conn, cap, limit)
        n = self.count_in_bbox(conn, table, bbox, narrow_max + 1)
        return n, n > narrow_max and self.box_walk_pays(conn, table, bbox, limit)

    title_page_with_count = False
    """A title text alone is counted and its page cut in one statement
    (:meth:`sitrep.store.fused_pages.EventPages._counted_title_page`): where the title index finds the
    matches but does not carry their ranking key (:meth:`title_rank_keys` is None)."""

    def narrow_text_limit(self, cap: int, limit: int) -> ColumnElement[int]:
        """:meth:`narrow_text_max` as an SQL expression, for a statement that counts and ranks at once."""
        return literal(cap, Integer)

    def steer_page(self, conn: Connection, *, walk: bool) -> None:
        """Before a summary page: ``walk`` — the capped count has shown the filter is broad, and the page is
        to be found by walking the ranking index in order, whatever the estimates say; else the page's
        rows are to be looked up one by one by their ranking key."""

    def count_in_bbox(self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int) -> int:
        """Events in ``bbox``, counted no further than ``cap``, by the spatial index alone."""
        inner = select(table.c.id).where(self.bbox_clause(table, bbox)).limit(cap).subquery()
        return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())

    def scan_title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        """The title match for a broad filter, checked on each event met while walking the ranking index
        (not used to find the events: a broad match has thousands, and looking each up cost more than
        the walk)."""
        return self.title_match_clause(table, query)

    def title_rank_keys(self, query: str) -> Select[Any] | None:
        """The ranking keys (``n_sources, fat_rank, day, id``) of the events whose title matches ``query``,
        read from the title index alone, for a text filter alone to be ranked and cut without looking any
        event up; None where the title index does not carry them (the page is then found by the filters)."""
        return None

    def rank_title_index(self, conn: Connection) -> None:
        """Migration 7: the title index carries each event's ranking key where it is a side table kept by
        the store (SQLite); nothing where the database indexes the event rows themselves (PostgreSQL)."""

    def count_title_matches(self, conn: Connection, table: Table, query: str, cap: int) -> int:
        """Events whose title matches ``query``, counted no further than ``cap``, by the title index alone."""
        inner = select(table.c.id).where(self.title_match_clause(table, query)).limit(cap).subquery()
        return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        """Events whose title has every word of ``query`` (each as a word prefix), by the title index."""
        terms = [t.casefold() for t, _ in query_terms(query)]
        if not terms:
            return table.c.id.is_(None)
        likes = [table.c.title.ilike("%" + like_escape(t) + "%", escape="\\") for t in terms]
        return and_(*likes)


RANK_INDEX = "ix_fused_events_rank"
RANK_KEY = ("n_sources", "fat_rank", "day", "id", "lat", "lon")
"""The ranking index a broad filter walks in order (lat and lon ride in its key since migration 5)."""

COVERED_COLUMNS = (
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "uncertainty_km",
    "fatalities",
    "country",
    "admin1",
    "title",
    "actor_names",
)
"""What a summary row shows beyond the ranking key; carried by :data:`RANK_INDEX` since migration 6. The lat/lon
index stays narrow: a narrow box scans a band of latitudes in it, most of it outside the box's longitudes, and
then looks the page's rows up in the ranking index by their full key."""
