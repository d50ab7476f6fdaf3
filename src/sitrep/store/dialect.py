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

PostgreSQL: a ``PostgresDialect`` would subclass :class:`Dialect`, use ``ON CONFLICT`` from
``sqlalchemy.dialects.postgresql`` for the upserts, a ``tsvector`` column with a GIN index (created in
:meth:`Dialect.create_search_index`) and ``websearch_to_tsquery``/``ts_headline`` in :meth:`Dialect.search`,
and would have to reject NUL characters in text, which PostgreSQL cannot store. It is registered in
:func:`dialect_for` once written.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, event, text
from sqlalchemy.dialects import sqlite as sqlite_sql
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
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
        last = ord(prefix[-1])
        if last >= 0x10FFFF:
            return column.startswith(prefix, autoescape=True)
        upper = prefix[:-1] + chr(last + 1)
        return (column >= prefix) & (column < upper)

    def size_bytes(self) -> int | None:
        """Bytes the database takes on disk, where that is cheap to know."""
        return None

    def error(self, exc: DBAPIError) -> StoreError:
        """A driver error as one line the user can act on."""
        if isinstance(exc, IntegrityError):
            return StoreError(f"{self.location()}: rejected by the database ({exc.orig})")
        return StoreError(f"{self.location()}: database error ({exc.orig})")

    # -- full-text search -----------------------------------------------------------------------------

    def create_search_index(self, conn: Connection) -> None:
        """Create the full-text index over documents (title and text) and fill it from existing rows."""
        raise NotImplementedError

    def search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        """Documents matching the words of ``query``, best first. Must never raise on odd input."""
        raise NotImplementedError


def fts5_query(query: str) -> str | None:
    """User text as a safe FTS5 MATCH expression: each term quoted, ANDed; None if nothing is left.

    Exposed so it can be tested on its own; see the module docstring for the rules.
    """
    parts: list[str] = []
    # FTS5 reads the expression as a C string: a NUL would end it inside a quoted term. Lone surrogates
    # (undecodable bytes in a command-line argument) cannot be encoded for the driver at all.
    cleaned = query.replace("\x00", " ").encode("utf-8", "ignore").decode("utf-8")
    for raw in cleaned.split():
        prefix = raw.endswith("*")
        term = raw.rstrip("*") if prefix else raw
        if not any(ch.isalnum() for ch in term):
            continue
        quoted = '"' + term.replace('"', '""') + '"'
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts) if parts else None


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
            "INSERT INTO documents_fts (document_id, title, text) "
            "SELECT id, coalesce(title, ''), text FROM documents"
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


def dialect_for(url: URL) -> Dialect:
    """The dialect for a database URL; a clear StoreError for backends sitrep does not support (yet)."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        return SQLiteDialect(url)
    if backend in ("postgresql", "postgres"):
        # The place for PostgresDialect(url): see the module docstring for what it needs.
        raise StoreError("PostgreSQL is not supported yet; use an SQLite file (--db PATH)")
    raise StoreError(f"unsupported database {backend!r}; use an SQLite file (--db PATH)")
