"""The store's half of materialised fusion: fused-event rows, their members and the on-disk block index.

Why the store keeps a computed view at all: recomputing every fused event from every statement on each query
is quadratic in practice and took seconds at 10k reports; the list and map must answer in milliseconds at
100k events. The view is never the truth: statements and judgements are, and
:meth:`sitrep.workbench.Workbench.rebuild_events` recomputes the whole view from them. What is here is only
reading and writing rows; deciding which events change is :mod:`sitrep.fuse.maintain`'s job.

Every write of the view goes through :meth:`FusedEventTables.replace_events`, one transaction that removes
the events that changed and inserts what replaces them, so a reader never sees a mention in two events or
in none.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import String, and_, delete, func, or_, select, tuple_, type_coerce
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ColumnElement

from sitrep.errors import ValidationError
from sitrep.model import EVENT_TYPES, Document, Statement
from sitrep.store import schema
from sitrep.store.dialect import Dialect
from sitrep.store.records import row_document, row_statement, utcnow

_IN_BATCH = 900
"""Values per ``IN (...)``: below SQLite's historical 999-variable limit."""


def _chunks(values: Iterable[str], n: int = _IN_BATCH) -> Iterator[list[str]]:
    it = iter(values)
    while batch := list(islice(it, n)):
        yield batch


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of the event list and map; every one given must hold."""

    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    """minlon, minlat, maxlon, maxlat (a box with minlon > maxlon crosses the antimeridian)."""
    actor: str | None = None
    """Part of a canonical actor name, any case."""
    type: str | None = None
    """An ACLED event type or sub-event type, any case."""
    documents: frozenset[str] | None = None
    """The event cites one of these documents (or its title contains ``text``)."""
    text: str | None = None
    """Every word starts a word of the title (or the event cites one of ``documents``)."""
    limit: int | None = None
    offset: int = 0
    fields: str = "full"
    """"full": each event's ``FusedEvent.as_json()``; "summary": the slim row of :data:`SUMMARY_FIELDS`
    read from columns (no JSON parsing), for the list and the map."""
    after: str | None = None
    """Keyset paging: the ``cursor`` of the last summary row of the previous page (instead of ``offset``)."""


SUMMARY_FIELDS = (
    "id",
    "title",
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "lat",
    "lon",
    "uncertainty_km",
    "country",
    "admin1",
    "fatalities",
    "n_sources",
    "actors",
    "cursor",
)
"""Keys of a summary row; ``actors`` is a list of canonical names, ``cursor`` feeds :attr:`EventQuery.after`."""


def _cursor(n_sources: int, fat_rank: int, day: int, event_id: str) -> str:
    return f"{n_sources}.{fat_rank}.{day}.{event_id}"


def _parse_cursor(cursor: str) -> tuple[int, int, int, str]:
    try:
        n, f, d, event_id = cursor.split(".", 3)
        return int(n), int(f), int(d), event_id
    except ValueError:
        raise ValidationError(f"not an event-list cursor: {cursor!r}") from None


COUNT_CAP_PER_ROW = 2
"""A page of ``limit`` rows counts its matches up to ``COUNT_CAP_PER_ROW * (offset + limit)``, kept within
:data:`MIN_COUNT_CAP` .. :data:`MAX_COUNT_CAP`; beyond that ``total`` is the cap with ``total_is_estimate``.

The cap is also where a filter stops being narrow. Below it the filter's own index finds every match and
they are sorted (cost: the matches); above it the ranking index is walked in order until the page is full
(cost: about ``limit * events / matches`` index entries, which carry lat/lon so a map box reads no rows)."""

MIN_COUNT_CAP = 1000
MAX_COUNT_CAP = 5000


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of the event list: ``total`` matches before paging (a lower bound, "at least", when
    ``total_is_estimate``), and the rows (summary dicts or payload JSON text)."""

    total: int
    rows: list[Any]
    total_is_estimate: bool = False


def count_cap(q: EventQuery) -> int:
    """How far a page's matches are counted exactly; also the line between a narrow and a broad filter."""
    return min(MAX_COUNT_CAP, max(MIN_COUNT_CAP, COUNT_CAP_PER_ROW * (q.offset + (q.limit or 0))))


@dataclass(frozen=True, slots=True)
class BlockQuery:
    """Rows of ``event_blocks`` under one of ``blocks`` with ``lo <= slot <= hi``."""

    wide: int
    blocks: tuple[str, ...]
    lo: int
    hi: int


def _canonical_type(needle: str) -> str | None:
    folded = needle.strip().casefold()
    for event_type, subs in EVENT_TYPES.items():
        for name in (event_type, *subs):
            if name.casefold() == folded:
                return name
    return None


class FusedEventTables:
    """Mixed into :class:`sitrep.store.Store`; uses its connections and dialect."""

    _dialect: Dialect

    def _read(self) -> AbstractContextManager[Connection]:  # provided by Store
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:  # provided by Store
        raise NotImplementedError

    def _live_engine(self) -> Engine:  # provided by Store
        raise NotImplementedError

    # -- what needs fusing ------------------------------------------------------------------------

    def unfused_documents(self) -> list[str]:
        """Stored documents not yet filed into events, oldest first. Two counts when there are none."""
        docs, fused = schema.documents, schema.fused_documents
        with self._read() as conn:
            n_docs = conn.execute(select(func.count()).select_from(docs)).scalar_one()
            n_fused = conn.execute(select(func.count()).select_from(fused)).scalar_one()
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
            for batch in _chunks(sorted(set(subjects))):
                rows = conn.execute(select(st).where(st.c.subject.in_(batch))).mappings().all()
                out.extend(row_statement(r) for r in rows)
        return out

    def event_statements_of_documents(self, document_ids: Iterable[str]) -> list[Statement]:
        """The ``event.*`` statements of these documents."""
        st = schema.statements
        out: list[Statement] = []
        with self._read() as conn:
            for batch in _chunks(sorted(set(document_ids))):
                is_event = self._dialect.prefix_clause(st.c.property, "event.")
                query = select(st).where(st.c.document_id.in_(batch), is_event)
                out.extend(row_statement(r) for r in conn.execute(query).mappings().all())
        return out

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        docs = schema.documents
        out: dict[str, Document] = {}
        with self._read() as conn:
            for batch in _chunks(sorted(set(ids))):
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
            for batch in _chunks(sorted(set(subjects))):
                rows = conn.execute(select(em.c.mention, em.c.event_id).where(em.c.mention.in_(batch)))
                out.update({m: e for m, e in rows})
        return out

    def events_of_documents(self, document_ids: Iterable[str]) -> set[str]:
        em = schema.event_members
        out: set[str] = set()
        with self._read() as conn:
            for batch in _chunks(sorted(set(document_ids))):
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
            for batch in _chunks(sorted(set(event_ids))):
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
            for batch in _chunks(sorted(set(event_ids))):
                rows = conn.execute(select(fe.c.id, fe.c.judgements).where(fe.c.id.in_(batch)))
                out.update({e: json.loads(j) for e, j in rows})
        return out

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
            for batch in _chunks(sorted(set(remove))):
                self._dialect.unindex_events(conn, batch)
                conn.execute(delete(ea).where(ea.c.event_id.in_(batch)))
                conn.execute(delete(em).where(em.c.event_id.in_(batch)))
                conn.execute(delete(fe).where(fe.c.id.in_(batch)))
            for batch in _chunks([m for m, _, _ in members]):
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

    # -- queries ----------------------------------------------------------------------------------

    def _actor_names(self, needle_text: str) -> Any:
        an = schema.actor_names
        needle = needle_text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return select(an.c.actor).where(an.c.actor.like(f"%{needle}%", escape="\\"))

    def _where(self, q: EventQuery, *, scan: bool = False) -> list[ColumnElement[bool]]:
        """The filters as SQL. ``scan=False``: each filter in the form its own index serves (the page is
        then found through that index and sorted: right for a narrow filter). ``scan=True``: every filter
        in a form no filter index serves, so the planner walks the ranking index in order and stops at the
        page's last row (right for a broad filter, where a page is found after a few thousand rows)."""
        fe, em = schema.fused_events, schema.event_members
        where: list[ColumnElement[bool]] = []
        if q.date_from is not None:
            where.append(fe.c.day >= q.date_from.toordinal() if scan else fe.c.date >= q.date_from)
        if q.date_to is not None:
            where.append(and_(fe.c.day > 0, fe.c.day <= q.date_to.toordinal()) if scan else fe.c.date <= q.date_to)
        if q.bbox is not None:
            clause = self._dialect.scan_bbox_clause if scan else self._dialect.bbox_clause
            where.append(clause(fe, q.bbox))
        if q.actor:
            ea = schema.event_actors
            names = self._actor_names(q.actor)
            others = q.bbox is not None or q.type or q.text or q.documents is not None
            others = others or q.date_from is not None or q.date_to is not None
            if scan or others:  # checked per event found by another index (or by the ranking scan)
                where.append(select(ea.c.event_id).where(ea.c.event_id == fe.c.id, ea.c.actor.in_(names)).exists())
            else:
                where.append(fe.c.id.in_(select(ea.c.event_id).where(ea.c.actor.in_(names))))
        if q.type:
            name = _canonical_type(q.type)
            if name is None:
                where.append(fe.c.id.is_(None))  # no such type: nothing matches
            elif scan:
                kind, sub = func.coalesce(fe.c.event_type, ""), func.coalesce(fe.c.sub_event_type, "")
                where.append(or_(kind == name, sub == name))
            elif name in EVENT_TYPES:
                where.append(fe.c.event_type == name)
            else:
                # A sub-event type: every event's type is one of EVENT_TYPES (the model checks it on every
                # mention) and no sub-event type is named like a type, so naming the types lets the
                # (event_type, sub_event_type) index find it by equality on both columns; spelt with
                # ``OR`` PostgreSQL scanned that whole index instead (220 ms at 1M events).
                where.append(and_(fe.c.event_type.in_(sorted(EVENT_TYPES)), fe.c.sub_event_type == name))
        if q.documents is not None or q.text:
            alts: list[ColumnElement[bool]] = []
            if q.documents:
                cited = select(em.c.event_id).where(em.c.document_id.in_(sorted(q.documents)))
                alts.append(fe.c.id.in_(cited))
            if q.text:
                alts.append(self._dialect.title_match_clause(fe, q.text))
            where.append(or_(*alts) if alts else fe.c.id.is_(None))
        return where

    def _page(self, q: EventQuery, *, scan: bool = False) -> list[ColumnElement[bool]]:
        """The filters plus the keyset bound of ``after``."""
        where = self._where(q, scan=scan)
        if q.after is not None:
            fe = schema.fused_events
            key = tuple_(fe.c.n_sources, fe.c.fat_rank, fe.c.day, fe.c.id)
            where.append(key < tuple_(*_parse_cursor(q.after)))
        return where

    def _order(self, *, scan: bool = True) -> list[Any]:
        """The ranking. ``scan=False`` spells it so the ranking index cannot serve it (``+ 0``), so the
        planner takes the narrow filter's own index instead of walking the ranking index to skip a sort."""
        fe = schema.fused_events
        if scan:
            return [fe.c.n_sources.desc(), fe.c.fat_rank.desc(), fe.c.day.desc(), fe.c.id.desc()]
        return [(fe.c.n_sources + 0).desc(), (fe.c.fat_rank + 0).desc(), (fe.c.day + 0).desc(), fe.c.id.desc()]

    def _count_matches(self, conn: Connection, q: EventQuery, cap: int) -> tuple[int, bool, bool]:
        """(matches, whether that is the cap "at least", whether the filter is broad): counted from the one
        side index when a filter is alone (the R*Tree or GiST index, the actor pairs), else over the
        events, never further than ``cap + 1`` rows; a box alone as far as the dialect's
        :meth:`~sitrep.store.dialect.Dialect.narrow_box_max`, which decides whether it is broad."""
        fe = schema.fused_events
        alone = [
            q.date_from is not None or q.date_to is not None,
            q.bbox is not None,
            bool(q.actor),
            bool(q.type),
            q.documents is not None or bool(q.text),
        ]
        n: int
        if q.bbox is not None and sum(alone) == 1:
            narrow_max = self._dialect.narrow_box_max(conn, cap, q.limit or 0)
            n = self._dialect.count_in_bbox(conn, fe, q.bbox, narrow_max + 1)
            return min(n, cap), n > cap, n > narrow_max
        else:
            if q.actor and sum(alone) == 1:
                ea = schema.event_actors
                names = list(conn.execute(self._actor_names(q.actor)).scalars())  # so the pairs' key is used
                # Each event once, at its first matching actor: a streaming count that stops at the cap
                # (DISTINCT would gather every pair first).
                ea2 = ea.alias("earlier")
                earlier = select(ea2.c.event_id).where(
                    ea2.c.event_id == ea.c.event_id, ea2.c.actor.in_(names), ea2.c.actor < ea.c.actor
                )
                driver = select(ea.c.event_id).where(ea.c.actor.in_(names), ~earlier.exists())
            else:
                driver = select(fe.c.id).where(*self._where(q))
            n = int(conn.execute(select(func.count()).select_from(driver.limit(cap + 1).subquery())).scalar_one())
        return (cap, True, True) if n > cap else (n, False, False)

    def _run_page(
        self, q: EventQuery, cols: Sequence[Any], count: bool, *, covered: bool = False
    ) -> tuple[list[Any], int, bool]:
        """The page's rows, and the total. A narrow filter (at most the count cap of matches) is served by
        its own index and sorted; a broad one by walking the ranking index in order. ``covered``: every
        column of ``cols`` is carried by the page indexes (:data:`sitrep.store.dialect.COVERED_COLUMNS`)."""
        with self._read() as conn:
            if q.limit is None:  # everything: no page to stop early at
                rows = list(conn.execute(self._select(q, cols, scan=False, covered=covered)).all())
                if not count or (q.offset == 0 and q.after is None):
                    return rows, len(rows), False
                fe = schema.fused_events
                total = conn.execute(select(func.count()).select_from(fe).where(*self._where(q))).scalar_one()
                return rows, int(total), False
            total, estimate, broad = self._count_matches(conn, q, count_cap(q))
            if covered:  # one statement per path, so steering the planner touches nothing else
                self._dialect.steer_page(conn, walk=broad)
            rows = list(conn.execute(self._select(q, cols, scan=broad, covered=covered)).all())
            if not estimate and q.offset == 0 and q.after is None and len(rows) < q.limit:
                total = len(rows)
            return rows, (total if count else len(rows)), estimate

    def _select(self, q: EventQuery, cols: Sequence[Any], *, scan: bool, covered: bool = False) -> Any:
        """Rank and cut the page on the ranking columns alone, then read the page's own columns: the wide
        columns (payload, actor names) sit past the payload's overflow pages, and sorting every match with
        them read was most of a narrow filter's cost.

        ``covered`` (summary rows): a broad filter reads its columns in the same walk of the covering
        ranking index, one statement that reads no event row; a narrow one finds the page by its own
        index as above and then looks each row up in the ranking index by its full key (not by id, which
        would read the event row)."""
        fe = schema.fused_events
        if covered and scan:
            walk = select(*cols).where(*self._page(q, scan=True)).order_by(*self._order())
            if q.after is None:
                walk = walk.offset(q.offset)
            return walk if q.limit is None else walk.limit(q.limit)
        key = [fe.c.n_sources, fe.c.fat_rank, fe.c.day, fe.c.id] if covered else [fe.c.id]
        inner = select(*key).where(*self._page(q, scan=scan)).order_by(*self._order(scan=scan))
        if q.after is None:
            inner = inner.offset(q.offset)
        if q.limit is not None:
            inner = inner.limit(q.limit)
        page = inner.subquery("page")
        on = and_(*(c == page.c[c.name] for c in key))
        return select(*cols).join_from(fe, page, on).order_by(*self._order())

    def query_events(self, q: EventQuery, *, count: bool = True) -> tuple[int, list[str]]:
        """(number of matches before paging, the page's payloads as JSON text), most important first."""
        page = self.query_event_payload_page(q, count=count)
        return page.total, page.rows

    def query_event_payload_page(self, q: EventQuery, *, count: bool = True) -> EventPage:
        fe = schema.fused_events
        rows, total, estimate = self._run_page(q, [fe.c.payload], count)
        return EventPage(total, [r[0] for r in rows], estimate)

    def query_event_summaries(self, q: EventQuery, *, count: bool = True) -> tuple[int, list[dict[str, Any]]]:
        """(number of matches before paging, the page as summary rows), most important first."""
        page = self.query_event_summary_page(q, count=count)
        return page.total, page.rows

    def query_event_summary_page(self, q: EventQuery, *, count: bool = True, covered: bool = True) -> EventPage:
        """The hot path of the list and the map: plain columns read from the covering page indexes, no
        event row or payload read, no JSON parsed. ``covered=False`` reads the columns from the event rows
        instead (how pages were read before migration 6; kept so the benchmark measures both in one run)."""
        fe = schema.fused_events
        cols = [
            fe.c.id,
            fe.c.title,
            type_coerce(fe.c.date, String).label("date"),  # ISO text as stored (SQLite): no date parsed
            fe.c.date_precision,
            fe.c.event_type,
            fe.c.sub_event_type,
            fe.c.lat,
            fe.c.lon,
            fe.c.uncertainty_km,
            fe.c.country,
            fe.c.admin1,
            fe.c.fatalities,
            fe.c.n_sources,
            fe.c.actor_names,
            fe.c.fat_rank,
            fe.c.day,
        ]
        rows, total, estimate = self._run_page(q, cols, count, covered=covered)
        # Plain tuples unpacked by position: a Row's attribute lookup cost more than the query on a
        # 2,000-row map page.
        page = [
            {
                "id": event_id,
                "title": title,
                "date": day_text if day_text is None or isinstance(day_text, str) else day_text.isoformat(),
                "date_precision": precision,
                "event_type": event_type,
                "sub_event_type": sub_type,
                "lat": lat,
                "lon": lon,
                "uncertainty_km": uncertainty,
                "country": country,
                "admin1": admin1,
                "fatalities": fatalities,
                "n_sources": n_sources,
                "actors": actor_names.split("\n") if actor_names else [],
                "cursor": _cursor(n_sources, fat_rank, day, event_id),
            }
            for (
                event_id,
                title,
                day_text,
                precision,
                event_type,
                sub_type,
                lat,
                lon,
                uncertainty,
                country,
                admin1,
                fatalities,
                n_sources,
                actor_names,
                fat_rank,
                day,
            ) in map(tuple, rows)
        ]
        return EventPage(total, page, estimate)

    def event_payload(self, event_id: str) -> str | None:
        fe = schema.fused_events
        with self._read() as conn:
            return conn.execute(select(fe.c.payload).where(fe.c.id == event_id)).scalar()

    def event_payloads_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        fe = schema.fused_events
        with self._read() as conn:
            query = select(fe.c.payload).where(self._dialect.prefix_clause(fe.c.id, prefix)).limit(limit)
            return list(conn.execute(query).scalars())

    def analyze(self) -> None:
        """Refresh the query planner's statistics, after a bulk load or rebuild, so it picks the filter's
        index for a narrow filter and the ranking index for a broad one."""
        with self._write() as conn:
            self._dialect.analyze(conn)
        self._dialect.settle(self._live_engine())

    def event_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.fused_events)).scalar_one())
