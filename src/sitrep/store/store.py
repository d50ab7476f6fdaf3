"""The store: documents, sources, statements and judgements behind one small, backend-neutral interface.

Why it looks like this:

- **Append-only facts.** Documents and statements are only ever inserted; inserting one that is already
  there is a no-op, not an error, so re-running an ingest or an extraction is always safe. Judgements are
  the exception by design: the same id (same pair, same decider) replaces the earlier decision, because an
  analyst re-judging a pair changes their mind; removing one is the undo.
- **One transaction per call.** ``ingest`` writes the document and its statements together or not at
  all: if the statement iterable raises half-way, or a row is rejected, the document is not left behind
  without its claims. Statements are streamed to the database in batches (executemany), so a large
  iterable is neither held in memory twice nor sent row by row.
- **Short connections.** Every call takes a pooled connection and returns it; nothing is held between
  calls, so a long-lived workbench never pins a read snapshot or a write lock. :meth:`Store.documents`
  pages through the table by key for the same reason rather than keeping a cursor open while the caller
  works.
- **Errors.** Driver errors become :class:`sitrep.errors.StoreError` with one readable line; unknown ids
  are :class:`sitrep.errors.NotFoundError`; wrong argument types are
  :class:`sitrep.errors.ValidationError`.

Everything backend-specific is in :mod:`sitrep.store.dialect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, delete, func, select, tuple_
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from sitrep.errors import NotFoundError, StoreError, ValidationError
from sitrep.model import Document, Judgement, Source, Statement
from sitrep.store import schema
from sitrep.store.dialect import WRITE_OPTION, Dialect, dialect_for
from sitrep.store.fused import FusedEventTables
from sitrep.store.migrations import LATEST, current_version, migrate
from sitrep.store.records import (
    SearchHit,
    document_row,
    judgement_row,
    row_document,
    row_judgement,
    row_source,
    row_statement,
    source_row,
    statement_row,
    utcnow,
)

_BATCH = 2000
"""Rows per executemany: large enough to amortise the round trip, small enough to bound memory."""

_PAGE = 200
"""Documents fetched per query while iterating :meth:`Store.documents`."""

_MIN_PREFIX = 6
_HEX_ID = re.compile(r"[0-9a-f]+")


class Store(FusedEventTables):
    """A sitrep database. Open with :meth:`Store.open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine, dialect: Dialect) -> None:
        self._engine: Engine | None = engine
        self._dialect = dialect

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at an SQLAlchemy URL.

        Use :func:`sitrep.config.database_url` to turn a ``--db`` path into a URL.
        """
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"{url!r} is not a database path or URL") from exc
        dialect = dialect_for(parsed)
        dialect.prepare()
        try:
            engine = create_engine(dialect.url, **dialect.engine_options())
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open {dialect.location()}: {exc}") from exc
        dialect.configure(engine)
        try:
            migrate(engine, dialect)
            dialect.opened(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise dialect.error(exc) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, dialect)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._engine is None else "open"
        return f"<Store {self._dialect.location()} ({state})>"

    # -- connections ----------------------------------------------------------------------------------

    def _live_engine(self) -> Engine:
        if self._engine is None:
            raise StoreError("the store is closed")
        return self._engine

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A connection whose queries share one snapshot; rolled back (nothing to keep) on exit."""
        try:
            with self._live_engine().connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise self._dialect.error(exc) from exc
        except UnicodeEncodeError as exc:  # lone surrogates, e.g. from undecodable command-line bytes
            raise ValidationError(f"text is not valid Unicode ({exc.reason} at {exc.start})") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: committed if the block finishes, rolled back if anything raises."""
        try:
            with (
                self._live_engine().connect().execution_options(**{WRITE_OPTION: True}) as conn,
                conn.begin(),
            ):
                yield conn
        except DBAPIError as exc:
            raise self._dialect.error(exc) from exc
        except UnicodeEncodeError as exc:  # lone surrogates, e.g. from undecodable command-line bytes
            raise ValidationError(f"text is not valid Unicode ({exc.reason} at {exc.start})") from exc

    # -- documents ------------------------------------------------------------------------------------

    def ingest(self, document: Document, statements: Iterable[Statement] = ()) -> bool:
        """Store a document with its statements, atomically. False, and nothing changed, if already stored.

        When the document is already there the statements are not even read: use :meth:`add_statements`
        to add claims to a stored document (a re-extraction, say).
        """
        return self.ingest_many([(document, statements)])[0]

    def ingest_many(self, items: Iterable[tuple[Document, Iterable[Statement]]]) -> list[bool]:
        """:meth:`ingest` for several documents in one transaction: one commit instead of one per document,
        which is most of a short document's write cost. All or nothing: a failure stores none of them, so a
        re-run stores them all. Returns, per document, whether it was new."""
        out: list[bool] = []
        with self._write() as conn:
            insert = self._dialect.insert_ignore(schema.documents)
            for document, statements in items:
                inserted = bool(conn.execute(insert, document_row(document, utcnow())).rowcount)
                if inserted:
                    self._insert_statements(conn, statements)
                out.append(inserted)
        return out

    def has_document(self, document_id: str) -> bool:
        with self._read() as conn:
            found = conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == document_id))
            return found.first() is not None

    def get_document(self, id_or_prefix: str) -> Document:
        """The document with this id, or with the one id starting with this prefix (≥ 6 hex characters)."""
        key = id_or_prefix.strip().lower()
        if len(key) < _MIN_PREFIX or len(key) > 64 or not _HEX_ID.fullmatch(key):
            raise NotFoundError(
                f"{id_or_prefix!r} is not a document id "
                f"(give the id or at least its first {_MIN_PREFIX} hex characters)"
            )
        docs = schema.documents
        where = docs.c.id == key if len(key) == 64 else self._dialect.prefix_clause(docs.c.id, key)
        with self._read() as conn:
            rows = conn.execute(select(docs).where(where).limit(2)).mappings().all()
        if not rows:
            raise NotFoundError(f"no stored document with id {key}{'' if len(key) == 64 else '…'}")
        if len(rows) > 1:
            raise NotFoundError(f"document id prefix {key!r} is ambiguous: it matches several documents")
        return row_document(rows[0])

    def documents(self) -> Iterator[Document]:
        """Every stored document, oldest ingest first (ties broken by id)."""
        docs = schema.documents
        order = (docs.c.ingested_at, docs.c.id)
        after: tuple[Any, Any] | None = None
        while True:
            query = select(docs).order_by(*order).limit(_PAGE)
            if after is not None:
                query = query.where(tuple_(*order) > tuple_(*after))
            with self._read() as conn:
                rows = conn.execute(query).mappings().all()
            for row in rows:
                yield row_document(row)
            if len(rows) < _PAGE:
                return
            after = (rows[-1]["ingested_at"], rows[-1]["id"])

    def document_count(self) -> int:
        return self._count(schema.documents)

    def document_ids(self) -> set[str]:
        """Every stored document id, without loading texts (re-runs skip what is already stored)."""
        with self._read() as conn:
            return set(conn.execute(select(schema.documents.c.id)).scalars())

    # -- sources --------------------------------------------------------------------------------------

    def upsert_source(self, source: Source) -> None:
        """Add a source or change its kind and reliability grade."""
        row = source_row(source, utcnow())
        with self._write() as conn:
            conn.execute(self._dialect.upsert(schema.sources, ["name"]), row)

    def get_source(self, name: str) -> Source | None:
        with self._read() as conn:
            row = conn.execute(select(schema.sources).where(schema.sources.c.name == name)).mappings().first()
        return None if row is None else row_source(row)

    def sources(self) -> list[Source]:
        """All sources, by name."""
        with self._read() as conn:
            rows = conn.execute(select(schema.sources).order_by(schema.sources.c.name)).mappings().all()
        return [row_source(r) for r in rows]

    # -- statements -----------------------------------------------------------------------------------

    def add_statements(self, statements: Iterable[Statement]) -> int:
        """Store statements not already stored (by id), in one transaction; returns how many were new."""
        with self._write() as conn:
            return self._insert_statements(conn, statements)

    def _insert_statements(self, conn: Connection, statements: Iterable[Statement]) -> int:
        added = 0
        it = iter(statements)
        while batch := list(islice(it, _BATCH)):
            now = utcnow()
            rows = [statement_row(s, now) for s in batch]
            added += self._dialect.insert_ignore_many(conn, schema.statements, rows)
        return added

    def statements(
        self,
        *,
        document_id: str | None = None,
        subject: str | None = None,
        property: str | None = None,
        subject_prefix: str | None = None,
    ) -> list[Statement]:
        """Statements matching every filter given (all of them when none is), in document and span order."""
        st = schema.statements
        where: list[ColumnElement[bool]] = []
        if document_id is not None:
            where.append(st.c.document_id == document_id)
        if subject is not None:
            where.append(st.c.subject == subject)
        if property is not None:
            where.append(st.c.property == property)
        if subject_prefix:
            where.append(self._dialect.prefix_clause(st.c.subject, subject_prefix))
        query = (
            select(st)
            .where(*where)
            .order_by(st.c.document_id, st.c.start, st.c.end, st.c.subject, st.c.property, st.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [row_statement(r) for r in rows]

    def statement_count(self) -> int:
        return self._count(schema.statements)

    # -- judgements -----------------------------------------------------------------------------------

    def add_judgement(self, judgement: Judgement) -> None:
        """Store a judgement; one with the same id (same pair, same decider) is replaced."""
        row = judgement_row(judgement, utcnow())
        with self._write() as conn:
            conn.execute(self._dialect.upsert(schema.judgements, ["id"]), row)

    def judgements(self, kind: str | None = None) -> list[Judgement]:
        """Judgements, optionally of one kind, in the order they were (last) made."""
        jt = schema.judgements
        query = select(jt).order_by(jt.c.created_at, jt.c.id)
        if kind is not None:
            query = query.where(jt.c.kind == kind)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [row_judgement(r) for r in rows]

    def remove_judgement(self, judgement_id: str) -> bool:
        """Undo a judgement; False if there was none with this id."""
        with self._write() as conn:
            result = conn.execute(delete(schema.judgements).where(schema.judgements.c.id == judgement_id))
            return bool(result.rowcount)

    # -- search and status ----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20, *, fuzzy: bool = False) -> list[SearchHit]:
        """Documents containing every word of ``query`` (title or text), best first.

        Any text is accepted: the words are matched literally, never parsed as query syntax. A word
        ending in ``*`` matches as a prefix. An empty query finds nothing. ``fuzzy`` matches words
        spelt differently ("Tilaberi"); only PostgreSQL with pg_trgm can, elsewhere it is a StoreError.
        """
        if not query.strip() or limit <= 0:
            return []
        with self._read() as conn:
            if fuzzy:
                return self._dialect.fuzzy_search(conn, query, limit)
            return self._dialect.search(conn, query, limit)

    def stats(self) -> dict[str, Any]:
        """What the store holds, for a status command: backend, location, schema version, row counts, size,
        and whether radius filters use PostGIS (``postgis``)."""
        with self._read() as conn:
            version = current_version(conn, self._dialect.location())
            counts = {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in schema.DATA_TABLES
            }
        return {
            "backend": self._dialect.name,
            "location": self._dialect.location(),
            "schema_version": version,
            "schema_latest": LATEST,
            **counts,
            "size_bytes": self._dialect.size_bytes(),
            "postgis": self._dialect.postgis,
        }

    def _count(self, table: Any) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
