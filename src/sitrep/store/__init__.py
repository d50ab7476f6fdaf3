"""Persistence: documents, sources, statements and judgements in SQLite (default) or, later, PostgreSQL.

Open with ``Store.open(sitrep.config.database_url(db))``. The schema is in :mod:`sitrep.store.schema`,
its versions in :mod:`sitrep.store.migrations`, and every piece of backend-specific SQL in the
``dialect*`` modules behind the seam :mod:`sitrep.store.dialect`; the fused-event view's reads and writes
are the ``fused*`` modules, put together in :mod:`sitrep.store.fused`.
"""

from __future__ import annotations

from sitrep.store.fused import BlockQuery, EventPage, EventQuery
from sitrep.store.records import SearchHit
from sitrep.store.store import Store

__all__ = ["BlockQuery", "EventPage", "EventQuery", "SearchHit", "Store"]
