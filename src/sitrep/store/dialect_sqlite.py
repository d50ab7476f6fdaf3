"""SQLite, the default backend: connection pragmas, FTS5 search and the R*Tree/FTS5 side indexes of events.

SQLite choices (:class:`SQLiteDialect`):

- **WAL journal, ``synchronous=NORMAL``**: readers (the web face, a second CLI) never block the writer, and
  a commit is durable against a process crash; a power cut may lose the last transactions, never corrupt.
- **``foreign_keys=ON``**: SQLite ignores foreign keys unless asked, and a statement pointing at a missing
  document is exactly the bug they catch.
- **``busy_timeout``**: a second writer waits a few seconds instead of failing at once.
- **Explicit ``BEGIN``**: Python's sqlite3 module starts transactions itself and only before DML, so DDL
  in a migration would run outside any transaction. Following the SQLAlchemy documentation's recipe, the
  driver's own handling is switched off and the dialect emits ``BEGIN`` — ``BEGIN IMMEDIATE`` for write
  transactions, so the write lock is taken (and waited for) up front instead of failing when a read
  transaction tries to upgrade.
- **Full-text search**: an FTS5 table ``documents_fts(document_id UNINDEXED, title, text)`` that keeps its
  own copy of title and text, filled by triggers on ``documents``. An external-content table would save
  the copy but needs a stable integer rowid, which a table keyed by a sha256 string does not have (VACUUM
  may renumber implicit rowids). The ``unicode61`` tokenizer with ``remove_diacritics 2`` makes "Menaka"
  find "Ménaka".
- **Query safety**: user text becomes FTS5 syntax only through :func:`sitrep.store.fulltext_query.fts5_query`.
- **Radius filters**: the circle's box through the lat/lon index, then ``sitrep_distance_km`` (a Python
  function registered on every connection: :func:`sitrep.store.near.great_circle_km`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, String, and_, event, or_, select, text
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.dialects import sqlite as sqlite_sql
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Table

from sitrep.errors import StoreError
from sitrep.store.dialect_base import WRITE_OPTION, Dialect
from sitrep.store.dialect_clauses import bbox_exact, lon_ranges
from sitrep.store.fulltext_query import fts5_query, query_terms
from sitrep.store.near import great_circle_km
from sitrep.store.records import SNIPPET_MARK, SearchHit


def event_key(event_id: str) -> int:
    """A stable 63-bit integer for an event id: the rowid of its entries in SQLite's R*Tree and FTS5 side
    tables (a table keyed by text has no stable rowid of its own; VACUUM may renumber it)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big") >> 1


_SQLITE_MAGIC = b"SQLite format 3\x00"


class SQLiteDialect(Dialect):
    """SQLite, the default: one file, no server. See the module docstring for the pragmas and FTS5."""

    name = "sqlite"
    busy_timeout_ms = 5000

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory database."""
        database = self.url.database
        if not database or database == ":memory:" or database.startswith("file::memory:"):
            return None
        return Path(database).expanduser()

    def location(self) -> str:
        path = self.path
        return str(path) if path is not None else "in-memory database"

    def prepare(self) -> None:
        path = self.path
        if path is None:
            return
        if path.is_dir():
            raise StoreError(f"{path} is a directory, not a sitrep database")
        if path.exists():
            try:
                with path.open("rb") as fh:
                    head = fh.read(len(_SQLITE_MAGIC))
            except OSError as exc:
                raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from exc
            # A zero-length file is what sqlite3 leaves after a bare connect: a valid, empty database.
            if head and head != _SQLITE_MAGIC:
                raise StoreError(f"{path} is not a sitrep database (not an SQLite file)")
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its directory ({exc.strerror or exc})") from exc

    def engine_options(self) -> dict[str, Any]:
        if self.path is None:
            # Every new connection to ":memory:" is a new, empty database; share one.
            return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        return {}

    def configure(self, engine: Engine) -> None:
        timeout = self.busy_timeout_ms

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (module docstring)
            # Radius filters: SQLite's own math functions (sin, asin, ...) exist only in builds compiled
            # with SQLITE_ENABLE_MATH_FUNCTIONS, so the distance is a Python function, deterministic (the
            # planner may then use it like a built-in).
            dbapi_conn.create_function("sitrep_distance_km", 4, great_circle_km, deterministic=True)
            cur = dbapi_conn.cursor()
            try:
                cur.execute(f"PRAGMA busy_timeout = {int(timeout)}")
                cur.execute("PRAGMA foreign_keys = ON")
                _enter_wal(cur, timeout)
                cur.execute("PRAGMA synchronous = NORMAL")
                # Event pages read rows scattered over a large file: a bigger page cache and memory-mapped
                # reads (no read() call a page) keep a narrow filter's lookups in memory.
                cur.execute("PRAGMA cache_size = -65536")
                cur.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
            finally:
                cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get(WRITE_OPTION, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    def insert_ignore(self, table: Table) -> Insert:
        return sqlite_sql.insert(table).on_conflict_do_nothing()

    def upsert(self, table: Table, keys: Sequence[str]) -> Insert:
        stmt = sqlite_sql.insert(table)
        update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        return stmt.on_conflict_do_update(index_elements=list(keys), set_=update)

    def size_bytes(self) -> int | None:
        path = self.path
        if path is None:
            return None
        total = 0
        for p in (path, Path(f"{path}-wal")):
            with contextlib.suppress(OSError):  # no WAL file between sessions is normal
                total += os.stat(p).st_size
        return total

    def error(self, exc: DBAPIError) -> StoreError:
        message = str(exc.orig)
        where = self.location()
        if "file is not a database" in message:
            return StoreError(f"{where} is not a sitrep database (not an SQLite file, or damaged)")
        if "database is locked" in message or "database is busy" in message:
            return StoreError(f"{where} is locked by another program; try again when it has finished")
        if "FOREIGN KEY constraint failed" in message:
            return StoreError(f"{where}: a statement refers to a document that is not stored")
        if "readonly" in message or "unable to open" in message:
            return StoreError(f"{where} cannot be written or opened ({message})")
        return super().error(exc)

    def create_search_index(self, conn: Connection) -> None:
        for sql in _SQLITE_FTS_DDL:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            "INSERT INTO documents_fts (document_id, title, text) SELECT id, coalesce(title, ''), text FROM documents"
        )

    def search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        match = fts5_query(query)
        if match is None or limit <= 0:
            return []
        rows = conn.execute(
            text(
                "SELECT f.document_id, d.title, "
                "snippet(documents_fts, 2, :mark, :mark, '…', 16) AS snippet, "
                "bm25(documents_fts) AS rank "
                "FROM documents_fts AS f JOIN documents AS d ON d.id = f.document_id "
                "WHERE documents_fts MATCH :match ORDER BY rank, f.document_id LIMIT :limit"
            ),
            {"match": match, "limit": limit, "mark": SNIPPET_MARK},
        )
        # bm25() is lower-is-better and negative; flip it so a bigger score is a better hit.
        return [SearchHit(r.document_id, r.title, r.snippet, -float(r.rank)) for r in rows]

    # -- the fused-event view's side indexes ----------------------------------------------------------

    def create_event_indexes(self, conn: Connection) -> None:
        for sql in _SQLITE_EVENT_DDL:
            conn.exec_driver_sql(sql)

    def index_events(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        geo = [
            {"key": event_key(r["id"]), "event_id": r["id"], "lat": r["lat"], "lon": r["lon"]}
            for r in rows
            if r.get("lat") is not None and r.get("lon") is not None
        ]
        if geo:
            conn.execute(
                text(
                    "INSERT INTO event_geo (id, minlon, maxlon, minlat, maxlat, event_id, lat, lon) "
                    "VALUES (:key, :lon, :lon, :lat, :lat, :event_id, :lat, :lon)"
                ),
                geo,
            )
        titles = [
            {"key": event_key(r["id"]), "event_id": r["id"], "title": r["title"], **{c: r[c] for c in _RANK_COLUMNS}}
            for r in rows
        ]
        if titles:
            conn.execute(
                text(
                    "INSERT INTO event_titles_fts (rowid, event_id, title, n_sources, fat_rank, day) "
                    "VALUES (:key, :event_id, :title, :n_sources, :fat_rank, :day)"
                ),
                titles,
            )

    def unindex_events(self, conn: Connection, event_ids: Sequence[str]) -> None:
        keys = [{"key": event_key(e)} for e in event_ids]
        if keys:
            conn.execute(text("DELETE FROM event_geo WHERE id = :key"), keys)
            conn.execute(text("DELETE FROM event_titles_fts WHERE rowid = :key"), keys)

    def clear_event_indexes(self, conn: Connection) -> None:
        conn.exec_driver_sql("DELETE FROM event_geo")
        conn.exec_driver_sql("DELETE FROM event_titles_fts")

    def bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        # A page is served by the (lat, lon, ranking key) index, not the R*Tree: reading the R*Tree's
        # auxiliary columns (event id, exact point) costs microseconds a match, the index range almost
        # nothing. The R*Tree counts (count_in_bbox), on its boxes alone.
        return bbox_exact(table, bbox)

    def scan_bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        # ``lat + 0``: SQLite's planner would otherwise take the lat/lon index and sort; the ranking index
        # carries lat and lon, so the walk reads no row.
        _minlon, minlat, _maxlon, maxlat = bbox
        lat, lon = table.c.lat + 0.0, table.c.lon + 0.0
        lons = [lon.between(lo, hi) for lo, hi in lon_ranges(bbox)]
        return and_(lat.between(minlat, maxlat), or_(*lons))

    def count_in_bbox(self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int) -> int:
        """Counted on the R*Tree's own boxes (reading an auxiliary column costs microseconds a row; the
        boxes cost nothing), then corrected at the edges: a 32-bit box rounded outwards can only add points
        within a rounding step of an edge, so the points in thin strips along the edges that fail the exact
        test are subtracted."""
        _minlon, minlat, _maxlon, maxlat = bbox
        total = 0
        for lo, hi in lon_ranges(bbox):
            coarse = "maxlon >= :lo AND minlon <= :hi AND maxlat >= :la AND minlat <= :lb"
            exact = "lon BETWEEN :lo AND :hi AND lat BETWEEN :la AND :lb"
            strips = [
                f"SELECT id FROM event_geo WHERE {coarse} AND minlon <= :lo + {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND maxlon >= :hi - {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND minlat <= :la + {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND maxlat >= :lb - {_EDGE} AND NOT ({exact})",
            ]
            # One statement: the strips are counted first (a CTE read twice is materialised) and the
            # coarse count stops at the cap plus them.
            sql = (
                f"WITH outside AS (SELECT count(*) AS n FROM ({' UNION '.join(strips)})) "
                f"SELECT (SELECT count(*) FROM (SELECT 1 FROM event_geo WHERE {coarse} "
                "LIMIT :cap + (SELECT n FROM outside))) - (SELECT n FROM outside)"
            )
            params = {"lo": lo, "hi": hi, "la": minlat, "lb": maxlat, "cap": cap - total}
            total += int(conn.execute(text(sql), params).scalar_one())
            if total >= cap:
                return cap
        return total

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        return self._title_match(table, query, table.c.id)

    def scan_title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        # ``id || ''``: the id index cannot serve it, so the matches are a list checked while walking the
        # ranking index. Spelt on ``id`` the planner looked every match up by id and sorted them all,
        # reading each match's row for the summary columns (a 5,000-20,000-match prefix at 1M events:
        # 25-45 ms, where the walk stops after about ``100 * events / matches`` index entries).
        return self._title_match(table, query, table.c.id + "")

    def _title_match(self, table: Table, query: str, event_id: ColumnElement[Any]) -> ColumnElement[bool]:
        match = fts5_query(" ".join(t + "*" for t, _ in query_terms(query)))
        if match is None:
            return table.c.id.is_(None)
        inner = (
            text("SELECT event_id FROM event_titles_fts WHERE event_titles_fts MATCH :title_match")
            .bindparams(title_match=match)
            .columns(event_id=String)
        )
        return event_id.in_(inner)

    def title_rank_keys(self, query: str) -> Select[Any] | None:
        # The FTS table carries each event's ranking key (migration 7), so a text filter's page is ranked
        # from the FTS table alone: one read of the table's own row a match (about 2 us), no event looked
        # up. Found through ``id IN (...)`` each match cost its id read there, then the event found by id
        # and its row read (about 6 us: a 5,800-match name 35 ms at 1M events); the ranking walk checked
        # every event met against the list of matches (20-35 ms for 1,000-6,000 matches). This way: 2-12 ms.
        match = fts5_query(" ".join(t + "*" for t, _ in query_terms(query)))
        if match is None:
            return None
        fts = _TITLES
        keys = (fts.c.n_sources, fts.c.fat_rank, fts.c.day, fts.c.event_id.label("id"))
        where = text("event_titles_fts MATCH :title_keys_match").bindparams(title_keys_match=match)
        return select(*keys).select_from(fts).where(where)

    def rank_title_index(self, conn: Connection) -> None:
        # Rebuilt from the old table's own rows (their rowids are the events' keys) joined to the events
        # for their ranking keys: no key recomputed, no payload read (1M events: about 20 s).
        declared = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(event_titles_fts)")}
        if set(_RANK_COLUMNS) <= declared:
            return  # made in this shape by migration 4 on this version
        conn.exec_driver_sql("ALTER TABLE event_titles_fts RENAME TO event_titles_fts_v6")
        conn.exec_driver_sql(_TITLES_DDL)
        conn.exec_driver_sql(
            "INSERT INTO event_titles_fts (rowid, event_id, title, n_sources, fat_rank, day) "
            "SELECT o.rowid, o.event_id, o.title, e.n_sources, e.fat_rank, e.day "
            "FROM event_titles_fts_v6 AS o JOIN fused_events AS e ON e.id = o.event_id"
        )
        conn.exec_driver_sql("DROP TABLE event_titles_fts_v6")

    def count_title_matches(self, conn: Connection, table: Table, query: str, cap: int) -> int:
        # The FTS table alone (one row per event, kept with it by index_events): its matches stream and
        # the count stops at the cap. Through ``id IN (...)`` every match was gathered first and looked
        # up in the id index (15-25 ms for a broad prefix at 1M events, against under 1 ms).
        match = fts5_query(" ".join(t + "*" for t, _ in query_terms(query)))
        if match is None:
            return 0
        sql = "SELECT count(*) FROM (SELECT 1 FROM event_titles_fts WHERE event_titles_fts MATCH :m LIMIT :cap)"
        return int(conn.execute(text(sql), {"m": match, "cap": cap}).scalar_one())


_MMAP_BYTES = 1 << 30
"""Memory-mapped reads of up to 1 GiB of the database file (address space only; the OS shares the pages)."""

_EDGE = 0.001
"""Degrees: wider than any 32-bit rounding step of a longitude or latitude (about 1e-5 at 180)."""

_RANK_COLUMNS = ("n_sources", "fat_rank", "day")

_TITLES_DDL = (
    "CREATE VIRTUAL TABLE event_titles_fts USING fts5(event_id UNINDEXED, title, "
    "n_sources UNINDEXED, fat_rank UNINDEXED, day UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
)
"""The event-title index: with the event id, its ranking key (``n_sources, fat_rank, day``), kept with the
event row by :meth:`SQLiteDialect.index_events` (an event whose ranking changes is replaced, so re-filed)."""

_TITLES = sql_table("event_titles_fts", *map(sql_column, ("event_id", *_RANK_COLUMNS)))

_SQLITE_EVENT_DDL = (
    # Point boxes (min = max) with the exact point and the event id beside them.
    "CREATE VIRTUAL TABLE event_geo USING rtree(id, minlon, maxlon, minlat, maxlat, +event_id, +lat, +lon)",
    _TITLES_DDL,
)
"""SQLite's map and title indexes over fused events, keyed by :func:`event_key` and kept by the store."""

_SQLITE_FTS_DDL = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts (document_id, title, text) "
    "VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE document_id = old.id; END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE document_id = old.id; "
    "INSERT INTO documents_fts (document_id, title, text) "
    "VALUES (new.id, coalesce(new.title, ''), new.text); END",
)


def _enter_wal(cur: Any, timeout_ms: int) -> None:
    """Switch the file to WAL, waiting out a concurrent opener.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database is locked" at once,
    without the busy handler, when several processes open a brand-new file together (one of them is
    migrating it). The mode is stored in the file, so the usual case is a read that finds it set already.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    delay = 0.005
    while True:
        try:
            row = cur.execute("PRAGMA journal_mode").fetchone()
            if row and str(row[0]).lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
