"""Reading the fused-event view: counting a filter's matches (capped) and reading a page of them.

Why counting and reading together: the capped count decides how the page is read (a narrow filter
through its own index and sorted, a broad one by walking the ranking index), so they are one decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.engine import Connection

from sitrep.store import schema
from sitrep.store.fused_filters import EventFilters
from sitrep.store.fused_query import EventPage, EventQuery, parse_cursor


class EventPages(EventFilters):
    """The list and map's reads; mixed into :class:`sitrep.store.Store` through ``FusedEventTables``."""

    def _count_cap(self, q: EventQuery) -> int:  # provided by FusedEventTables (fused.count_cap)
        raise NotImplementedError

    def _count_matches(self, conn: Connection, q: EventQuery, cap: int) -> tuple[int, bool, bool]:
        """(matches, whether that is the cap "at least", whether the filter is broad): counted from the one
        side index when a filter is alone (the R*Tree or GiST index, the actor pairs), else over the
        events, never further than ``cap + 1`` rows; a box alone as far as the dialect's
        :meth:`~sitrep.store.dialect.Dialect.narrow_box_max` (broad past it where
        :meth:`~sitrep.store.dialect.Dialect.box_walk_pays`; both asked through
        :meth:`~sitrep.store.dialect.Dialect.count_box`) and a title text alone as far as its
        :meth:`~sitrep.store.dialect.Dialect.narrow_text_max`, which decide whether they are broad."""
        fe = schema.fused_events
        alone = [
            q.date_from is not None or q.date_to is not None,
            q.bbox is not None,
            q.near is not None,
            bool(q.actor),
            bool(q.type),
            q.documents is not None or bool(q.text),
        ]
        n: int
        if q.bbox is not None and sum(alone) == 1:
            n, broad = self._dialect.count_box(conn, fe, q.bbox, cap, q.limit or 0)
            return min(n, cap), n > cap, broad
        else:
            if q.text and self._text_alone(q):
                narrow_max = self._dialect.narrow_text_max(conn, cap, q.limit or 0)
                n = self._dialect.count_title_matches(conn, fe, q.text, narrow_max + 1)
                return min(n, cap), n > cap, n > narrow_max
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

    @staticmethod
    def _text_alone(q: EventQuery) -> bool:
        """Title text is the query's one filter (an empty actor or type is no filter, as in ``_where``)."""
        dated = q.date_from is not None or q.date_to is not None
        placed = q.bbox is not None or q.near is not None
        return bool(q.text) and not (dated or placed or q.actor or q.type or q.documents is not None)

    def _run_page(
        self, q: EventQuery, cols: Sequence[Any], count: bool, *, covered: bool = False, raw: bool = False
    ) -> tuple[list[Any], int, bool]:
        """The page's rows, and the total. A narrow filter (at most the count cap of matches) is served by
        its own index and sorted; a broad one by walking the ranking index in order. ``covered``: every
        column of ``cols`` is carried by the page indexes (:data:`sitrep.store.dialect.COVERED_COLUMNS`).
        ``raw``: the rows are the driver's own tuples (no column of ``cols`` needs a result conversion)."""
        fetch = _fetch_raw if raw else _fetch_rows
        with self._read() as conn:
            if q.limit is None:  # everything: no page to stop early at
                rows = fetch(conn, self._select(q, cols, scan=False, covered=covered))
                if not count or (q.offset == 0 and q.after is None):
                    return rows, len(rows), False
                fe = schema.fused_events
                total = conn.execute(select(func.count()).select_from(fe).where(*self._where(q))).scalar_one()
                return rows, int(total), False
            cap = self._count_cap(q)
            counted: tuple[list[Any], int, bool] | None = None
            if covered and count and self._dialect.title_page_with_count and self._text_alone(q):
                counted = self._counted_title_page(conn, q, cols, cap, fetch)
                if counted is not None and counted is not _BROAD:
                    return counted
            if counted is _BROAD:
                total, estimate, broad = cap, True, True
            else:
                total, estimate, broad = self._count_matches(conn, q, cap)
            if covered:  # one statement per path, so steering the planner touches nothing else
                self._dialect.steer_page(conn, walk=broad)
            rows = fetch(conn, self._select(q, cols, scan=broad, covered=covered))
            if not estimate and q.offset == 0 and q.after is None and len(rows) < q.limit:
                total = len(rows)
            return rows, (total if count else len(rows)), estimate

    def _counted_title_page(
        self, conn: Connection, q: EventQuery, cols: Sequence[Any], cap: int, fetch: Any
    ) -> tuple[list[Any], int, bool] | None:
        """A title text alone, counted and ranked in one statement (where the dialect finds a text's
        matches through its title index with their ranking keys, PostgreSQL): its matches, up to the
        dialect's :meth:`~sitrep.store.dialect.Dialect.narrow_text_max` + 1, are read once, counted, and
        the page cut from them and looked up in the ranking index. Counting them in one statement and
        ranking them in another read every match's table row twice. :data:`_BROAD` where the text proved
        broad (the page is then walked); None where the page came back empty past its start (its count
        unknown: counted apart)."""
        fe = schema.fused_events
        assert q.limit is not None and q.text
        narrow_max = self._dialect.narrow_text_limit(cap, q.limit)
        keys = [fe.c.n_sources, fe.c.fat_rank, fe.c.day, fe.c.id]
        found = select(*keys).where(self._dialect.title_match_clause(fe, q.text)).limit(narrow_max + 1)
        matches = found.cte("matches")  # read twice below: materialised once
        ranked = [matches.c.n_sources, matches.c.fat_rank, matches.c.day, matches.c.id]
        inner = select(*ranked).order_by(*(c.desc() for c in ranked))
        if q.after is not None:
            inner = inner.where(tuple_(*ranked) < tuple_(*parse_cursor(q.after)))
        else:
            inner = inner.offset(q.offset)
        page = inner.limit(q.limit).subquery("page")
        n = select(func.count()).select_from(matches).scalar_subquery()
        on = and_(*(c == page.c[c.name] for c in keys))
        stmt = select(*cols, n.label("matches"), narrow_max.label("narrow")).join_from(fe, page, on)
        self._dialect.steer_page(conn, walk=False)
        rows = fetch(conn, stmt.order_by(*self._order()))
        if not rows:
            return ([], 0, False) if q.offset == 0 and q.after is None else None
        matched, narrow = rows[0][-2:]
        if matched > narrow:
            return _BROAD
        rows = [row[:-2] for row in rows]
        return rows, min(matched, cap), matched > cap

    def _select(self, q: EventQuery, cols: Sequence[Any], *, scan: bool, covered: bool = False) -> Any:
        """Rank and cut the page on the ranking columns alone, then read the page's own columns: the wide
        columns (payload, actor names) sit past the payload's overflow pages, and sorting every match with
        them read was most of a narrow filter's cost.

        ``covered`` (summary rows): a broad filter reads its columns in the same walk of the covering
        ranking index, one statement that reads no event row; a narrow one finds the page by its own
        index as above and then looks each row up in the ranking index by its full key (not by id, which
        would read the event row). A title text alone, where the dialect's title index carries the ranking
        key (:meth:`~sitrep.store.dialect.Dialect.title_rank_keys`), is ranked and cut there."""
        fe = schema.fused_events
        keys = self._dialect.title_rank_keys(q.text) if q.text and self._text_alone(q) else None
        if keys is None and covered and scan:
            walk = select(*cols).where(*self._page(q, scan=True)).order_by(*self._order())
            if q.after is None:
                walk = walk.offset(q.offset)
            return walk if q.limit is None else walk.limit(q.limit)
        key = [fe.c.n_sources, fe.c.fat_rank, fe.c.day, fe.c.id] if covered else [fe.c.id]
        if keys is not None:  # ranked and cut in the title index alone, a few or thousands of matches
            titles = keys.subquery("titles")
            ranked = [titles.c.n_sources, titles.c.fat_rank, titles.c.day, titles.c.id]
            inner = select(*ranked).order_by(*(c.desc() for c in ranked))
            if q.after is not None:
                inner = inner.where(tuple_(*ranked) < tuple_(*parse_cursor(q.after)))
        else:
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
            self._dialect.date_text(fe.c.date).label("date"),  # ISO text, made by the database
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
        rows, total, estimate = self._run_page(q, cols, count, covered=covered, raw=True)
        # The driver's own tuples (no Row objects), unpacked into a dict display: reading a Row by name, or
        # calling a function a row, cost more than the query on a 2,000-row map page. The date is ISO text
        # from the SQL; the cursor is event_cursor(n_sources, fat_rank, day, id), inline.
        page = [
            {
                "id": event_id,
                "title": title,
                "date": day_text,
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
                "cursor": f"{n_sources}.{fat_rank}.{day}.{event_id}",
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
            ) in rows
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

    def event_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.fused_events)).scalar_one())


_BROAD: tuple[list[Any], int, bool] = ([], -1, True)
"""What :meth:`EventPages._counted_title_page` answers for a text with more matches than it reads."""


def _fetch_rows(conn: Connection, stmt: Any) -> list[Any]:
    return list(conn.execute(stmt).all())


def _fetch_raw(conn: Connection, stmt: Any) -> list[Any]:
    """The statement's rows as the driver returns them (tuples), past SQLAlchemy's ``Row`` objects: for
    columns needing no result conversion (text, numbers; a date as text), the same values, read faster."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()
