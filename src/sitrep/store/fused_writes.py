"""Writing the fused-event view: replacing events in one transaction, emptying it, refreshing statistics.

Why one module: every write of the view goes through :meth:`EventViewWrites.replace_events`, one
transaction that removes the events that changed and inserts what replaces them, so a reader never sees a
mention in two events or in none; keeping the writes together keeps that rule in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete

from sitrep.store import schema
from sitrep.store.fused_access import StoreAccess, chunks
from sitrep.store.records import utcnow


class EventViewWrites(StoreAccess):
    """The view's writers; mixed into :class:`sitrep.store.Store` through ``FusedEventTables``."""

    # -- writing the view -------------------------------------------------------------------------

    def replace_events(
        self,
        remove: Iterable[str],
        rows: Sequence[dict[str, Any]],
        members: Sequence[tuple[str, str, str]],
        blocks: Sequence[tuple[int, str, int, str]] = (),
        fused_documents: Iterable[str] = (),
    ) -> None:
        """In one transaction: drop the events ``remove`` (and their membership), insert ``rows``, file
        ``members`` (mention, event id, document id) and ``blocks`` (wide, block, slot, mention), and mark
        ``fused_documents`` as filed."""
        fe, em, eb, fd = schema.fused_events, schema.event_members, schema.event_blocks, schema.fused_documents
        ea = schema.event_actors
        now = utcnow()
        with self._write() as conn:
            for batch in chunks(sorted(set(remove))):
                self._dialect.unindex_events(conn, batch)
                conn.execute(delete(ea).where(ea.c.event_id.in_(batch)))
                conn.execute(delete(em).where(em.c.event_id.in_(batch)))
                conn.execute(delete(fe).where(fe.c.id.in_(batch)))
            for batch in chunks([m for m, _, _ in members]):
                conn.execute(delete(em).where(em.c.mention.in_(batch)))
            for start in range(0, len(rows), 500):
                chunk = rows[start : start + 500]
                conn.execute(fe.insert(), [{**r, "updated_at": now} for r in chunk])
                self._dialect.index_events(conn, chunk)
                pairs = sorted({(a, r["id"]) for r in chunk for a in r["actors"].split("\n") if a})
                if pairs:
                    conn.execute(ea.insert(), [{"actor": a, "event_id": e} for a, e in pairs])
                    names = [{"actor": a} for a in sorted({a for a, _ in pairs})]
                    self._dialect.insert_ignore_many(conn, schema.actor_names, names)
            member_rows = [{"mention": m, "event_id": e, "document_id": d} for m, e, d in members]
            for start in range(0, len(member_rows), 2000):
                conn.execute(em.insert(), member_rows[start : start + 2000])
            block_rows = [{"wide": w, "block": b, "slot": s, "mention": m} for w, b, s, m in blocks]
            for start in range(0, len(block_rows), 2000):
                self._dialect.insert_ignore_many(conn, eb, block_rows[start : start + 2000])
            doc_rows = [{"document_id": d, "fused_at": now} for d in sorted(set(fused_documents))]
            for start in range(0, len(doc_rows), 2000):
                self._dialect.insert_ignore_many(conn, fd, doc_rows[start : start + 2000])

    def clear_events(self) -> None:
        """Empty the whole view (before a rebuild)."""
        with self._write() as conn:
            self._dialect.clear_event_indexes(conn)
            for table in schema.FUSION_TABLES:
                conn.execute(delete(table))

    def analyze(self) -> None:
        """Refresh the query planner's statistics, after a bulk load or rebuild, so it picks the filter's
        index for a narrow filter and the ranking index for a broad one."""
        with self._write() as conn:
            self._dialect.analyze(conn)
        self._dialect.settle(self._live_engine())
