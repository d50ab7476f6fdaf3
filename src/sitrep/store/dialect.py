"""Everything that differs between database backends, in one seam.

The rest of the store speaks portable SQLAlchemy Core. Whatever cannot be said portably lives here, on a
:class:`Dialect`: connection setup (pragmas, transaction start), upserts and insert-or-ignore, prefix
matching, the full-text index (FTS5 virtual table and its triggers on SQLite), full-text queries, and
file checks. A backend is one subclass; :func:`dialect_for` picks it from the URL.

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
- **Query safety**: user text is never passed to ``MATCH`` as FTS5 syntax. Each whitespace-separated term
  becomes a quoted phrase (inner quotes doubled), so ``AQIM"``, ``-foo``, ``(``, ``NEAR`` or ``OR`` are
  words, not operators. Terms are ANDed. A trailing ``*`` on a term is kept as a prefix search, the one
  operator an analyst expects. Terms with no letter or digit are dropped.

PostgreSQL choices (:class:`PostgresDialect`, driver psycopg 3):

- **URLs**: ``postgresql://`` and ``postgresql+psycopg://`` (and ``postgres://``) all mean psycopg 3;
  other drivers are refused, because the error mapping below reads psycopg's errors.
- **Full-text search**: a side table ``document_search(document_id, vector tsvector)`` with a GIN index,
  kept by a trigger on ``documents`` (the same shape as SQLite's FTS table, and ``documents`` keeps the
  columns :mod:`sitrep.store.schema` gives it). Words go through a text search configuration
  ``sitrep_search``: a copy of ``simple`` (no stemming, no stop words — reports mix English, French and
  place names) with the ``unaccent`` dictionary in front when that extension can be installed, so
  "menaka" finds "Ménaka" as on SQLite. The user's terms become a ``to_tsquery`` expression built by
  :func:`tsquery_text`: each term quoted (a phrase, like FTS5's quoted terms), ANDed, a trailing ``*``
  kept as a prefix. ``ts_rank`` orders hits, ``ts_headline`` marks them with ``**``.
- **Fuzzy search**: where ``pg_trgm`` can be installed, a trigger keeps ``search_words`` (every distinct
  indexed word) with a trigram GIN index; :meth:`Dialect.fuzzy_search` swaps each word of the query for
  the stored words spelt like it ("Tilaberi" → "tillaberi") and runs the ranked search. Both extensions
  are optional: the migration installs them when it can and carries on without them.
- **Prefixes**: text compares with ``COLLATE "C"`` (code-point order) so the range in
  :meth:`Dialect.prefix_clause` is exact under any database collation; indexes with that collation serve
  it.
- **Migrations**: DDL is transactional on PostgreSQL, and a transaction-level advisory lock keeps two
  processes opening a new database at once from both migrating it (SQLite gets that from ``BEGIN
  IMMEDIATE``).
- **NUL**: PostgreSQL cannot store the character U+0000 in text; such input is refused with one line.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import JSON, ColumnElement, Engine, String, and_, bindparam, event, func, or_, select, text
from sqlalchemy.dialects import postgresql as postgresql_sql
from sqlalchemy.dialects import sqlite as sqlite_sql
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Column, Table

from sitrep.errors import StoreError
from sitrep.store.records import SNIPPET_MARK, SearchHit

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
        return _prefix_range(column, prefix)

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
        return _bbox_exact(table, bbox)

    def scan_bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        """The box for a broad filter, checked on each event met while walking the ranking index: plain
        column comparisons, whose statistics tell the planner how many events pass."""
        return _bbox_exact(table, bbox)

    def narrow_box_max(self, conn: Connection, cap: int, limit: int) -> int:
        """Up to how many matches a box alone is still served by the spatial index (and sorted) rather than
        by walking the ranking index; counted that far. SQLite: the count cap (its lat/lon index scans a
        whole band of latitudes, so sorting a box's matches costs more than the matches)."""
        return cap

    def steer_page(self, conn: Connection, *, walk: bool) -> None:
        """Before a summary page: ``walk`` — the capped count has shown the filter is broad, and the page is
        to be found by walking the ranking index in order, whatever the estimates say; else the page's
        rows are to be looked up one by one by their ranking key."""

    def count_in_bbox(self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int) -> int:
        """Events in ``bbox``, counted no further than ``cap``, by the spatial index alone."""
        inner = select(table.c.id).where(self.bbox_clause(table, bbox)).limit(cap).subquery()
        return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        """Events whose title has every word of ``query`` (each as a word prefix), by the title index."""
        terms = [t.casefold() for t, _ in query_terms(query)]
        if not terms:
            return table.c.id.is_(None)
        likes = [table.c.title.ilike("%" + _like_escape(t) + "%", escape="\\") for t in terms]
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


def _like_escape(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _lon_ranges(bbox: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    minlon, _minlat, maxlon, _maxlat = bbox
    return [(minlon, maxlon)] if minlon <= maxlon else [(minlon, 180.0), (-180.0, maxlon)]


def _bbox_exact(table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
    _minlon, minlat, _maxlon, maxlat = bbox
    lons = [table.c.lon.between(lo, hi) for lo, hi in _lon_ranges(bbox)]
    return and_(table.c.lat.between(minlat, maxlat), or_(*lons))


def event_key(event_id: str) -> int:
    """A stable 63-bit integer for an event id: the rowid of its entries in SQLite's R*Tree and FTS5 side
    tables (a table keyed by text has no stable rowid of its own; VACUUM may renumber it)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def _prefix_range(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return column.startswith(prefix, autoescape=True)
    upper = prefix[:-1] + chr(last + 1)
    return (column >= prefix) & (column < upper)


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The words of a user's query as ``(term, is_prefix)``; terms without a letter or digit are dropped."""
    # FTS5 reads the expression as a C string and PostgreSQL cannot take a NUL at all. Lone surrogates
    # (undecodable bytes in a command-line argument) cannot be encoded for the driver.
    cleaned = query.replace("\x00", " ").encode("utf-8", "ignore").decode("utf-8")
    terms: list[tuple[str, bool]] = []
    for raw in cleaned.split():
        prefix = raw.endswith("*")
        term = raw.rstrip("*") if prefix else raw
        if any(ch.isalnum() for ch in term):
            terms.append((term, prefix))
    return terms


def fts5_query(query: str) -> str | None:
    """User text as a safe FTS5 MATCH expression: each term quoted, ANDed; None if nothing is left.

    Exposed so it can be tested on its own; see the module docstring for the rules.
    """
    parts: list[str] = []
    for term, prefix in query_terms(query):
        quoted = '"' + term.replace('"', '""') + '"'
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts) if parts else None


def tsquery_quote(word: str) -> str:
    """One quoted tsquery operand: backslashes and single quotes escaped, nothing read as an operator."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_text(query: str) -> str | None:
    """User text as a safe PostgreSQL ``to_tsquery`` expression; None if nothing is left.

    Each term is single-quoted (backslashes and quotes escaped), so ``to_tsquery`` reads none of it as
    an operator and turns a term of several words ("title:AQIM") into a phrase, as FTS5 does with a
    quoted term. Terms are ANDed; a trailing ``*`` becomes ``:*``, a prefix match.
    """
    parts: list[str] = []
    for term, prefix in query_terms(query):
        quoted = tsquery_quote(term)
        parts.append(quoted + ":*" if prefix else quoted)
    return " & ".join(parts) if parts else None


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
            cur = dbapi_conn.cursor()
            try:
                cur.execute(f"PRAGMA busy_timeout = {int(timeout)}")
                cur.execute("PRAGMA foreign_keys = ON")
                cur.execute("PRAGMA journal_mode = WAL")
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
        titles = [{"key": event_key(r["id"]), "event_id": r["id"], "title": r["title"]} for r in rows]
        if titles:
            conn.execute(
                text("INSERT INTO event_titles_fts (rowid, event_id, title) VALUES (:key, :event_id, :title)"), titles
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
        return _bbox_exact(table, bbox)

    def scan_bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        # ``lat + 0``: SQLite's planner would otherwise take the lat/lon index and sort; the ranking index
        # carries lat and lon, so the walk reads no row.
        _minlon, minlat, _maxlon, maxlat = bbox
        lat, lon = table.c.lat + 0.0, table.c.lon + 0.0
        lons = [lon.between(lo, hi) for lo, hi in _lon_ranges(bbox)]
        return and_(lat.between(minlat, maxlat), or_(*lons))

    def count_in_bbox(self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int) -> int:
        """Counted on the R*Tree's own boxes (reading an auxiliary column costs microseconds a row; the
        boxes cost nothing), then corrected at the edges: a 32-bit box rounded outwards can only add points
        within a rounding step of an edge, so the points in thin strips along the edges that fail the exact
        test are subtracted."""
        _minlon, minlat, _maxlon, maxlat = bbox
        total = 0
        for lo, hi in _lon_ranges(bbox):
            coarse = "maxlon >= :lo AND minlon <= :hi AND maxlat >= :la AND minlat <= :lb"
            exact = "lon BETWEEN :lo AND :hi AND lat BETWEEN :la AND :lb"
            strips = [
                f"SELECT id FROM event_geo WHERE {coarse} AND minlon <= :lo + {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND maxlon >= :hi - {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND minlat <= :la + {_EDGE} AND NOT ({exact})",
                f"SELECT id FROM event_geo WHERE {coarse} AND maxlat >= :lb - {_EDGE} AND NOT ({exact})",
            ]
            params: dict[str, float | int] = {"lo": lo, "hi": hi, "la": minlat, "lb": maxlat}
            outside = int(conn.execute(text(f"SELECT count(*) FROM ({' UNION '.join(strips)})"), params).scalar_one())
            params["cap"] = cap - total + outside
            found = conn.execute(
                text(f"SELECT count(*) FROM (SELECT 1 FROM event_geo WHERE {coarse} LIMIT :cap)"), params
            )
            total += int(found.scalar_one()) - outside
            if total >= cap:
                return cap
        return total

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        match = fts5_query(" ".join(t + "*" for t, _ in query_terms(query)))
        if match is None:
            return table.c.id.is_(None)
        inner = (
            text("SELECT event_id FROM event_titles_fts WHERE event_titles_fts MATCH :title_match")
            .bindparams(title_match=match)
            .columns(event_id=String)
        )
        return table.c.id.in_(inner)


_MMAP_BYTES = 1 << 30
"""Memory-mapped reads of up to 1 GiB of the database file (address space only; the OS shares the pages)."""

_EDGE = 0.001
"""Degrees: wider than any 32-bit rounding step of a longitude or latitude (about 1e-5 at 180)."""

_SQLITE_EVENT_DDL = (
    # Point boxes (min = max) with the exact point and the event id beside them.
    "CREATE VIRTUAL TABLE event_geo USING rtree(id, minlon, maxlon, minlat, maxlat, +event_id, +lat, +lon)",
    "CREATE VIRTUAL TABLE event_titles_fts USING fts5("
    "event_id UNINDEXED, title, tokenize = 'unicode61 remove_diacritics 2')",
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


_PG_DRIVERS = ("", "psycopg")
_SEARCH_CONFIG = "sitrep_search"
_UNACCENTED_TOKENS = "word, hword, hword_part, numword, numhword, hword_numpart"
_MIGRATION_LOCK = 0x5117_2E9
"""Advisory lock key for migrations; any constant no other application on the server uses."""

_HEADLINE_OPTIONS = (
    f'StartSel="{SNIPPET_MARK}", StopSel="{SNIPPET_MARK}", MaxWords=16, MinWords=6, ShortWord=0, '
    'MaxFragments=1, FragmentDelimiter=" … "'
)
"""ts_headline's settings: about the 16 words of SQLite's snippet, the same markers."""


class PostgresDialect(Dialect):
    """PostgreSQL through psycopg 3: a shared server for a team. See the module docstring."""

    name = "postgresql"

    def __init__(self, url: URL) -> None:
        driver = url.drivername.partition("+")[2]
        if driver not in _PG_DRIVERS:
            raise StoreError(
                f"unsupported PostgreSQL driver {driver!r}; use a postgresql:// or postgresql+psycopg:// URL"
            )
        super().__init__(url.set(drivername="postgresql+psycopg"))
        self._trgm: str | bool | None = False  # False: not looked up yet

    def location(self) -> str:
        shown = self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        return unquote(shown)  # a socket directory in the query reads better as a path

    def prepare(self) -> None:
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise StoreError("PostgreSQL support needs the psycopg package: pip install 'sitrep[postgres]'") from exc

    def configure(self, engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # The store's queries are short (a page, a count capped at a few thousand): starting parallel
            # workers cost 10-30 ms each time, more than they saved.
            # force_custom_plan: psycopg prepares a statement after five runs, and the server then
            # switches to a generic plan that cannot see the bounding box or the filter values; for a
            # broad map box that plan sorted every match (p95 164 ms at 1M events, 6-11 ms planned
            # per call). Planning a page costs a fraction of a millisecond.
            with dbapi_conn.cursor() as cur:
                cur.execute("SET max_parallel_workers_per_gather = 0")
                cur.execute("SET plan_cache_mode = force_custom_plan")
            dbapi_conn.commit()

    def engine_options(self) -> dict[str, Any]:
        # pre_ping: a long-lived workbench outlives server restarts; connect_timeout: a wrong host fails
        # in seconds instead of hanging.
        return {
            "pool_pre_ping": True,
            "connect_args": {"connect_timeout": 10, "application_name": "sitrep"},
        }

    # -- writing --------------------------------------------------------------------------------------

    # preserve_rowcount: SQLAlchemy closes an INSERT's cursor before the caller asks, and psycopg then
    # reports -1, which the store would read as "inserted".

    def insert_ignore(self, table: Table) -> Insert:
        stmt = postgresql_sql.insert(table).on_conflict_do_nothing()
        return stmt.execution_options(preserve_rowcount=True)

    def upsert(self, table: Table, keys: Sequence[str]) -> Insert:
        stmt = postgresql_sql.insert(table)
        update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        upsert = stmt.on_conflict_do_update(index_elements=list(keys), set_=update)
        return upsert.execution_options(preserve_rowcount=True)

    def insert_ignore_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
        """One ``INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING`` per batch.

        psycopg's executemany reports no row count, and ``RETURNING`` every key is three times slower;
        one statement over column arrays is as fast as executemany and its row count is exact.
        """
        if not rows:
            return 0
        columns = list(table.columns)
        if any(isinstance(c.type, JSON) for c in columns):  # no array form: count returned keys instead
            key = next(iter(table.primary_key.columns))
            return len(conn.execute(self.insert_ignore(table).returning(key), rows).all())
        quote = conn.dialect.identifier_preparer.quote
        arrays = ", ".join(f"CAST(:c{i} AS {c.type.compile(dialect=conn.dialect)}[])" for i, c in enumerate(columns))
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"SELECT * FROM unnest({arrays}) ON CONFLICT DO NOTHING"
        )
        params = {f"c{i}": [row[c.name] for row in rows] for i, c in enumerate(columns)}
        return int(conn.execute(text(sql).execution_options(preserve_rowcount=True), params).rowcount)

    # -- reading --------------------------------------------------------------------------------------

    def prefix_clause(self, column: Column[Any], prefix: str) -> ColumnElement[bool]:
        return _prefix_range(column.collate("C"), prefix)

    def error(self, exc: DBAPIError) -> StoreError:
        message = " ".join(str(exc.orig).split())  # psycopg's messages span lines
        where = self.location()
        if isinstance(exc, OperationalError) and exc.statement is None:
            return StoreError(f"cannot connect to PostgreSQL at {where}: {message}")
        if "NUL (0x00)" in message:
            return StoreError(f"{where}: PostgreSQL cannot store the NUL character (U+0000) in text; remove it first")
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate == "23503":  # foreign_key_violation
            return StoreError(f"{where}: a statement refers to a document that is not stored")
        if sqlstate in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
            return StoreError(f"{where} is busy with another writer; try again ({message})")
        if isinstance(exc, IntegrityError):
            return StoreError(f"{where}: rejected by the database ({message})")
        return StoreError(f"{where}: database error ({message})")

    # -- migrations -----------------------------------------------------------------------------------

    def lock_for_migration(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})

    def core_tables_created(self, conn: Connection) -> None:
        # Prefix lookups compare in code-point order (prefix_clause); these indexes serve them.
        conn.exec_driver_sql('CREATE INDEX ix_documents_id_c ON documents (id COLLATE "C")')
        conn.exec_driver_sql('CREATE INDEX ix_statements_subject_c ON statements (subject COLLATE "C")')

    # -- the fused-event view's indexes ---------------------------------------------------------------

    def create_event_indexes(self, conn: Connection) -> None:
        for sql in _PG_EVENT_DDL:
            conn.exec_driver_sql(sql)

    def create_summary_index(self, conn: Connection) -> None:
        # INCLUDE: the shown columns ride in the leaf entries only. A btree entry is limited to about a
        # third of a page (2.7 kB, after compression), far above a title and a few actor names.
        key, cover = ", ".join(RANK_KEY), ", ".join(COVERED_COLUMNS)
        conn.exec_driver_sql(f"CREATE INDEX {RANK_INDEX} ON fused_events ({key}) INCLUDE ({cover})")
        # The GiST point index carries the point and the ranking key, so a box's matches are found, counted
        # and ranked by an index-only scan (it read a table block a match: up to 80 ms at 1M events).
        conn.exec_driver_sql("DROP INDEX ix_fused_events_point")
        conn.exec_driver_sql(_PG_POINT_INDEX)

    def narrow_box_max(self, conn: Connection, cap: int, limit: int) -> int:
        # The GiST index finds a box's m matches at about 0.5 us each with their sort (index-only), the
        # ranking walk reads ``limit * events / m`` entries at about 0.4 us: the two cost the same near
        # m = sqrt(limit * events), below it the box is cheaper, above it the walk. Events: the planner's
        # own estimate (a count would cost more than the page).
        events = conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE relname = 'fused_events'").scalar()
        balance = int(math.sqrt(limit * max(0.0, float(events or 0))))
        return max(cap, min(BOX_COUNT_MAX, balance))

    def steer_page(self, conn: Connection, *, walk: bool) -> None:
        # For this transaction only. A broad page: sorting made dear, as the planner's estimate of a box or
        # a filter is sometimes low enough that it takes the lat/lon index and sorts every match (a 2-degree
        # box at 1M events: 12,000 table blocks read, up to 80 ms) where the ranking walk reads 40,000
        # index entries and no table block. A narrow page: its rows (up to 2,000) are looked up in the
        # ranking index one by one; hash and merge joins made dear, as the planner otherwise scanned the
        # whole table to join them (100 ms at 100k events).
        if walk:
            conn.exec_driver_sql("SET LOCAL enable_sort = off")
        else:
            conn.exec_driver_sql("SET LOCAL enable_hashjoin = off")
            conn.exec_driver_sql("SET LOCAL enable_mergejoin = off")

    def settle(self, engine: Engine) -> None:
        # An index-only scan skips the table only for pages the visibility map marks all-visible, which
        # VACUUM does (autovacuum does it later on its own after inserts). Measured: right after a bulk
        # load one pass left a quarter of the pages unmarked, with no other transaction running; a second
        # pass (cheap: it skips the pages already marked) marks them.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) fused_events")
            conn.exec_driver_sql("VACUUM fused_events")

    def bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        # The GiST index is on point(lon, lat) of located events; the exact comparison rides along.
        _minlon, minlat, _maxlon, maxlat = bbox
        boxes = []
        for lo, hi in _lon_ranges(bbox):
            inside = text(
                "point(fused_events.lon, fused_events.lat) <@ box(point(:lo, :la), point(:hi, :lb))"
            ).bindparams(
                bindparam("lo", lo, unique=True),
                bindparam("hi", hi, unique=True),
                bindparam("la", minlat, unique=True),
                bindparam("lb", maxlat, unique=True),
            )
            boxes.append(inside)
        located = and_(table.c.lat.is_not(None), table.c.lon.is_not(None))
        return and_(located, or_(*boxes), _bbox_exact(table, bbox))

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        tsquery = tsquery_text(" ".join(t + "*" for t, _ in query_terms(query)))
        if tsquery is None:
            return table.c.id.is_(None)
        match = text(
            f"to_tsvector('{_SEARCH_CONFIG}', fused_events.title) @@ to_tsquery('{_SEARCH_CONFIG}', :title_q)"
        ).bindparams(bindparam("title_q", tsquery, unique=True))
        return and_(match)

    # -- full-text and fuzzy search -------------------------------------------------------------------

    def _install_extension(self, conn: Connection, name: str) -> str | None:
        """Install an optional extension if the server has it and we may; its schema, or None."""
        available = conn.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = :name"), {"name": name}
        ).first()
        if available is None:
            return None
        try:
            with conn.begin_nested():  # a refusal (no privilege) must not abort the migration
                conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {name}")
        except DBAPIError:
            return None
        return _extension_schema(conn, name)

    def create_search_index(self, conn: Connection) -> None:
        unaccent = self._install_extension(conn, "unaccent")
        trgm = self._install_extension(conn, "pg_trgm")
        conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {_SEARCH_CONFIG} (COPY = pg_catalog.simple)")
        if unaccent is not None:
            conn.exec_driver_sql(
                f"ALTER TEXT SEARCH CONFIGURATION {_SEARCH_CONFIG} ALTER MAPPING FOR {_UNACCENTED_TOKENS} "
                f"WITH {_ident(unaccent)}.unaccent, pg_catalog.simple"
            )
        for sql in _PG_SEARCH_DDL:
            conn.exec_driver_sql(sql)
        if trgm is not None:
            for sql in _PG_WORDS_DDL:
                conn.exec_driver_sql(sql.format(trgm=_ident(trgm)))
        conn.exec_driver_sql(
            "INSERT INTO document_search (document_id, vector) "
            f"SELECT id, {_PG_VECTOR.format(row='documents')} FROM documents"
        )

    def search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        tsquery = tsquery_text(query)
        if tsquery is None or limit <= 0:
            return []
        return self._ranked(conn, f"to_tsquery('{_SEARCH_CONFIG}', :tsquery)", tsquery, limit)

    def _ranked(self, conn: Connection, q: str, tsquery: str, limit: int) -> list[SearchHit]:
        """The best ``limit`` documents for a tsquery expression ``q`` (of the parameter ``:tsquery``)."""
        # Rank every match, then build snippets (which re-read the text) for the few that are returned.
        rows = conn.execute(
            text(
                "WITH hits AS ("
                f"SELECT s.document_id, ts_rank(s.vector, {q}, 1) AS rank FROM document_search AS s "
                f"WHERE s.vector @@ {q} ORDER BY rank DESC, s.document_id LIMIT :limit) "
                f"SELECT h.document_id, d.title, ts_headline('{_SEARCH_CONFIG}', d.text, {q}, :options) "
                "AS snippet, h.rank FROM hits AS h JOIN documents AS d ON d.id = h.document_id "
                "ORDER BY h.rank DESC, h.document_id"
            ),
            {"tsquery": tsquery, "limit": limit, "options": _HEADLINE_OPTIONS},
        )
        return [SearchHit(r.document_id, r.title, r.snippet, float(r.rank)) for r in rows]

    def _trgm_schema(self, conn: Connection) -> str | None:
        """pg_trgm's schema when this database has the word list fuzzy search needs."""
        if self._trgm is False:
            words = conn.execute(text("SELECT to_regclass('search_words') IS NOT NULL")).scalar()
            self._trgm = _extension_schema(conn, "pg_trgm") if words else None
        return self._trgm if isinstance(self._trgm, str) else None

    def fuzzy_search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        """Each word of the query becomes "any stored word spelt like it"; then a normal ranked search.

        The spelling match runs over ``search_words`` (every distinct word of every document, kept by a
        trigger, trigram-indexed), which is small and fast; matching trigrams against whole documents
        took a third of a second a query on a thousand reports.
        """
        trgm = self._trgm_schema(conn)
        if trgm is None:
            return super().fuzzy_search(conn, query, limit)
        words = " ".join(term for term, _prefix in query_terms(query))
        if not words or limit <= 0:
            return []
        # The query's words as the index spells them (lower case, no accents), one group per word.
        lexemes = conn.execute(
            text(f"SELECT tsvector_to_array(to_tsvector('{_SEARCH_CONFIG}', :words))"), {"words": words}
        ).scalar_one()
        groups: list[list[str]] = []
        for lexeme in lexemes:
            alike = conn.execute(
                text(
                    f"SELECT word FROM search_words WHERE word OPERATOR({_ident(trgm)}.%) :lexeme "
                    f"ORDER BY {_ident(trgm)}.similarity(word, :lexeme) DESC, word LIMIT :n"
                ),
                {"lexeme": lexeme, "n": _FUZZY_ALTERNATIVES},
            ).scalars()
            group = [tsquery_quote(word) for word in alike]
            if not group:
                return []  # a word like nothing stored: no document has every word
            groups.append(group)
        if not groups:
            return []
        tsquery = " & ".join("(" + " | ".join(group) + ")" for group in groups)
        return self._ranked(conn, "CAST(:tsquery AS tsquery)", tsquery, limit)


def _extension_schema(conn: Connection, name: str) -> str | None:
    return conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n ON n.oid = e.extnamespace "
            "WHERE e.extname = :name"
        ),
        {"name": name},
    ).scalar()


def _ident(name: str | None) -> str:
    """A schema name as a quoted SQL identifier (names come from the catalog, quoting is for odd ones)."""
    if name is None:
        raise ValueError("no schema")
    return '"' + name.replace('"', '""') + '"'


_PG_VECTOR = (
    f"setweight(to_tsvector('{_SEARCH_CONFIG}', coalesce({{row}}.title, '')), 'A') || "
    f"to_tsvector('{_SEARCH_CONFIG}', {{row}}.text)"
)
"""A document's search vector: title words weigh more than text words in the ranking."""

_PG_SEARCH_DDL = (
    "CREATE TABLE document_search ("
    "document_id VARCHAR(64) PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, "
    "vector TSVECTOR NOT NULL)",
    "CREATE INDEX document_search_vector ON document_search USING gin (vector)",
    # SET search_path FROM CURRENT: the trigger finds its table and configuration whatever the search
    # path of the session that inserts.
    "CREATE FUNCTION sitrep_index_document() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    "INSERT INTO document_search (document_id, vector) "
    f"VALUES (NEW.id, {_PG_VECTOR.format(row='NEW')}) "
    "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER documents_search_index AFTER INSERT OR UPDATE OF title, text ON documents "
    "FOR EACH ROW EXECUTE FUNCTION sitrep_index_document()",
)


_PG_POINT_INDEX = (
    "CREATE INDEX ix_fused_events_point ON fused_events USING gist (point(lon, lat)) "
    "INCLUDE (lat, lon, n_sources, fat_rank, day, id) WHERE lat IS NOT NULL AND lon IS NOT NULL"
)
"""The point index as migration 6 makes it (INCLUDE on GiST: PostgreSQL 12 or later)."""

BOX_COUNT_MAX = 50_000
"""The furthest a box alone is counted to decide how its page is read (PostgreSQL)."""

_PG_EVENT_DDL = (
    "CREATE INDEX ix_fused_events_point ON fused_events USING gist (point(lon, lat)) "
    "WHERE lat IS NOT NULL AND lon IS NOT NULL",
    f"CREATE INDEX ix_fused_events_title_words ON fused_events USING gin (to_tsvector('{_SEARCH_CONFIG}', title))",
)
"""PostgreSQL's map and title indexes: expression indexes on ``fused_events`` itself, kept by the server."""

_FUZZY_ALTERNATIVES = 12
"""Stored words tried for each word of a fuzzy query, most similar first."""

_PG_WORDS_DDL = (
    "CREATE TABLE search_words (word TEXT PRIMARY KEY)",
    "CREATE INDEX search_words_trgm ON search_words USING gin (word {trgm}.gin_trgm_ops)",
    # Words in sorted order, so two writers adding the same new words wait for each other instead of
    # deadlocking.
    "CREATE FUNCTION sitrep_add_words() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    "INSERT INTO search_words (word) SELECT w FROM unnest(tsvector_to_array(NEW.vector)) AS w "
    "ORDER BY w ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER document_search_words AFTER INSERT OR UPDATE OF vector ON document_search "
    "FOR EACH ROW EXECUTE FUNCTION sitrep_add_words()",
)
"""The word list behind fuzzy search (only with pg_trgm): every distinct indexed word, trigram-indexed."""


def dialect_for(url: URL) -> Dialect:
    """The dialect for a database URL; a clear StoreError for backends sitrep does not support."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        return SQLiteDialect(url)
    if backend in ("postgresql", "postgres"):
        return PostgresDialect(url)
    raise StoreError(f"unsupported database {backend!r}; use an SQLite file (--db PATH) or a postgresql:// URL")
