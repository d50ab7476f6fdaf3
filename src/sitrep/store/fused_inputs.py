"""Reading what fusion needs from the store: unfused documents, statements, documents, block candidates
and the current membership of events.

Why apart from the event list's queries: these reads serve :mod:`sitrep.fuse.maintain` (deciding which
events change), batched by ``IN`` lists, while the list and map read pages through the ranking indexes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select

from sitrep.model import Document, Statement
from sitrep.store import schema
from sitrep.store.fused_access import StoreAccess, chunks
from sitrep.store.records import row_document, row_statement


@dataclass(frozen=True, slots=True)
class BlockQuery:
    """Rows of ``event_blocks`` under one of ``blocks`` with ``lo <= slot <= hi``."""

    wide: int
    blocks: tuple[str, ...]
    lo: int
    hi: int


class FusionInputs(StoreAccess):
    """What incremental fusion reads; mixed into :class:`sitrep.store.Store` through ``FusedEventTables``."""

    # -- what needs fusing ------------------------------------------------------------------------

    def unfused_documents(self) -> list[str]:
        """Stored documents not yet filed into events, oldest first. Two counts when there are none."""
        docs, fused = schema.documents, schema.fused_documents
        with self._read() as conn:
            # Both counts in one statement: this runs before every page of the list and the map.
            counts = select(
                select(func.count()).select_from(docs).scalar_subquery(),
                select(func.count()).select_from(fused).scalar_subquery(),
            )
            n_docs, n_fused = conn.execute(counts).one()
            if n_docs == n_fused:
                return []
            done = select(fused.c.document_id).where(fused.c.document_id == docs.c.id).exists()
            query = select(docs.c.id).where(~done).order_by(docs.c.ingested_at, docs.c.id)
            return list(conn.execute(query).scalars())

    # -- reading what fusion needs ----------------------------------------------------------------

    def statements_of_subjects(self, subjects: Iterable[str]) -> list[Statement]:
        st = schema.statements
        out: list[Statement] = []
        with self._read() as conn:
            for batch in chunks(sorted(set(subjects))):
                rows = conn.execute(select(st).where(st.c.subject.in_(batch))).mappings().all()
                out.extend(row_statement(r) for r in rows)
        return out

    def event_statements_of_documents(self, document_ids: Iterable[str]) -> list[Statement]:
        """The ``event.*`` statements of these documents."""
        st = schema.statements
        out: list[Statement] = []
        with self._read() as conn:
            for batch in chunks(sorted(set(document_ids))):
                is_event = self._dialect.prefix_clause(st.c.property, "event.")
                query = select(st).where(st.c.document_id.in_(batch), is_event)
                out.extend(row_statement(r) for r in conn.execute(query).mappings().all())
        return out

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        docs = schema.documents
        out: dict[str, Document] = {}
        with self._read() as conn:
            for batch in chunks(sorted(set(ids))):
                for r in conn.execute(select(docs).where(docs.c.id.in_(batch))).mappings().all():
                    d = row_document(r)
                    out[d.id] = d
        return out

    def block_candidates(self, queries: Sequence[BlockQuery]) -> set[str]:
        """Mentions filed under any of the queried blocks and slots."""
        eb = schema.event_blocks
        found: set[str] = set()
        with self._read() as conn:
            for q in queries:
                cond = and_(eb.c.wide == q.wide, eb.c.block.in_(q.blocks), eb.c.slot.between(q.lo, q.hi))
                found.update(conn.execute(select(eb.c.mention).where(cond)).scalars())
        return found

    def events_of_mentions(self, subjects: Iterable[str]) -> dict[str, str]:
        """mention subject -> event id, for the mentions already filed."""
        em = schema.event_members
        out: dict[str, str] = {}
        with self._read() as conn:
            for batch in chunks(sorted(set(subjects))):
                rows = conn.execute(select(em.c.mention, em.c.event_id).where(em.c.mention.in_(batch)))
                out.update({m: e for m, e in rows})
        return out

    def events_of_documents(self, document_ids: Iterable[str]) -> set[str]:
        em = schema.event_members
        out: set[str] = set()
        with self._read() as conn:
            for batch in chunks(sorted(set(document_ids))):
                out.update(conn.execute(select(em.c.event_id).where(em.c.document_id.in_(batch))).scalars())
        return out

    def document_ids_of_source(self, source: str) -> list[str]:
        docs = schema.documents
        with self._read() as conn:
            return list(conn.execute(select(docs.c.id).where(docs.c.source == source)).scalars())

    def event_members(self, event_ids: Iterable[str]) -> dict[str, list[str]]:
        """event id -> its member mention subjects, sorted."""
        em = schema.event_members
        out: dict[str, list[str]] = defaultdict(list)
        with self._read() as conn:
            for batch in chunks(sorted(set(event_ids))):
                rows = conn.execute(select(em.c.event_id, em.c.mention).where(em.c.event_id.in_(batch)))
                for e, m in rows:
                    out[e].append(m)
        return {e: sorted(ms) for e, ms in out.items()}

    def event_machine_judgements(self, event_ids: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """event id -> the machine merge decisions stored with it (all events when ``event_ids`` is None)."""
        fe = schema.fused_events
        out: dict[str, list[dict[str, Any]]] = {}
        with self._read() as conn:
            if event_ids is None:
                rows = conn.execute(select(fe.c.id, fe.c.judgements).where(fe.c.judgements != "[]").order_by(fe.c.id))
                out.update({e: json.loads(j) for e, j in rows})
                return out
            for batch in chunks(sorted(set(event_ids))):
                rows = conn.execute(select(fe.c.id, fe.c.judgements).where(fe.c.id.in_(batch)))
                out.update({e: json.loads(j) for e, j in rows})
        return out
