"""Persistence: documents, sources, statements and judgements in SQLite (default) or, later, PostgreSQL.

Open with ``Store.open(sitrep.config.database_url(db))``. The schema is in :mod:`sitrep.store.schema`,
its versions in :mod:`sitrep.store.migrations`, and every piece of backend-specific SQL in
:mod:`sitrep.store.dialect`.
"""

from __future__ import annotations

from sitrep.store.fused import BlockQuery, EventPage, EventQuery
from sitrep.store.records import SearchHit
from sitrep.store.store import Store

__all__ = ["BlockQuery", "EventPage", "EventQuery", "SearchHit", "Store"]
