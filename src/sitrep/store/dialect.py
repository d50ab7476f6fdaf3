"""Everything that differs between database backends, in one seam, and the choice of backend for a URL.

The rest of the store speaks portable SQLAlchemy Core. Whatever cannot be said portably lives in the
``dialect*`` modules, on a :class:`Dialect` (:mod:`sitrep.store.dialect_base`): connection setup (pragmas,
transaction start), upserts and insert-or-ignore, prefix matching, the full-text index (FTS5 virtual table
and its triggers on SQLite), full-text queries, and file checks. A backend is one subclass
(:mod:`sitrep.store.dialect_sqlite`, :mod:`sitrep.store.dialect_postgres` with its search in
:mod:`sitrep.store.dialect_postgres_search`); :func:`dialect_for` picks it from the URL. How user text
becomes a full-text query is :mod:`sitrep.store.fulltext_query`.

Why this module still exists: it is the one place the rest of the store (and the tests) import the seam
from, so which module holds which backend stays an internal matter.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

from sitrep.errors import StoreError
from sitrep.store.dialect_base import COVERED_COLUMNS, RANK_INDEX, RANK_KEY, WRITE_OPTION, Dialect
from sitrep.store.dialect_postgres import PostgresDialect
from sitrep.store.dialect_sqlite import SQLiteDialect, event_key
from sitrep.store.fulltext_query import fts5_query, query_terms, tsquery_quote, tsquery_text

__all__ = [
    "COVERED_COLUMNS",
    "RANK_INDEX",
    "RANK_KEY",
    "WRITE_OPTION",
    "Dialect",
    "PostgresDialect",
    "SQLiteDialect",
    "dialect_for",
    "event_key",
    "fts5_query",
    "query_terms",
    "tsquery_quote",
    "tsquery_text",
]


def dialect_for(url: URL) -> Dialect:
    """The dialect for a database URL; a clear StoreError for backends sitrep does not support."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        return SQLiteDialect(url)
    if backend in ("postgresql", "postgres"):
        return PostgresDialect(url)
    raise StoreError(f"unsupported database {backend!r}; use an SQLite file (--db PATH) or a postgresql:// URL")
