"""The event list's filters as SQL, in two spellings: for a narrow filter's own index or for a ranking walk.

Why apart from the page reader: which form a filter takes decides which index the planner uses, and
that choice (with the ranking order spelt to allow or forbid the ranking index) is the subtle part of
the list and map's speed; the page reader only decides which spelling to ask for.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from sitrep.model import EVENT_TYPES
from sitrep.store import schema
from sitrep.store.fused_access import StoreAccess
from sitrep.store.fused_query import EventQuery, parse_cursor


def canonical_type(needle: str) -> str | None:
    folded = needle.strip().casefold()
    for event_type, subs in EVENT_TYPES.items():
        for name in (event_type, *subs):
            if name.casefold() == folded:
                return name
    return None


class EventFilters(StoreAccess):
    """Filters, keyset bound and ranking order of an :class:`~sitrep.store.fused_query.EventQuery`."""

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
        if q.near is not None:  # the circle's box through the spatial index, then the exact distance
            where.append(self._dialect.near_clause(fe, q.near, scan=scan))
        if q.actor:
            ea = schema.event_actors
            names = self._actor_names(q.actor)
            others = q.bbox is not None or q.near is not None or q.type or q.text or q.documents is not None
            others = others or q.date_from is not None or q.date_to is not None
            if scan or others:  # checked per event found by another index (or by the ranking scan)
                where.append(select(ea.c.event_id).where(ea.c.event_id == fe.c.id, ea.c.actor.in_(names)).exists())
            else:
                where.append(fe.c.id.in_(select(ea.c.event_id).where(ea.c.actor.in_(names))))
        if q.type:
            name = canonical_type(q.type)
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
                title = self._dialect.scan_title_match_clause if scan else self._dialect.title_match_clause
                alts.append(title(fe, q.text))
            where.append(or_(*alts) if alts else fe.c.id.is_(None))
        return where

    def _page(self, q: EventQuery, *, scan: bool = False) -> list[ColumnElement[bool]]:
        """The filters plus the keyset bound of ``after``."""
        where = self._where(q, scan=scan)
        if q.after is not None:
            fe = schema.fused_events
            key = tuple_(fe.c.n_sources, fe.c.fat_rank, fe.c.day, fe.c.id)
            where.append(key < tuple_(*parse_cursor(q.after)))
        return where

    def _order(self, *, scan: bool = True) -> list[Any]:
        """The ranking. ``scan=False`` spells it so the ranking index cannot serve it (``+ 0``), so the
        planner takes the narrow filter's own index instead of walking the ranking index to skip a sort."""
        fe = schema.fused_events
        if scan:
            return [fe.c.n_sources.desc(), fe.c.fat_rank.desc(), fe.c.day.desc(), fe.c.id.desc()]
        return [(fe.c.n_sources + 0).desc(), (fe.c.fat_rank + 0).desc(), (fe.c.day + 0).desc(), fe.c.id.desc()]
