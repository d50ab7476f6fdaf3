"""Fused events (list and map as summary rows, detail with claims and quotes) and full-text search."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from sitrep.api.deps import check_id, workbench
from sitrep.api.event_filters import parse_bbox, parse_near
from sitrep.api.security import EVENT_ID
from sitrep.store import EventQuery

router = APIRouter(prefix="/api", tags=["events"])

SEARCH_DOCS = 1000
"""Documents a full-text filter looks at; enough for an analyst's library, bounded for the server."""


@router.get("/events")
def list_events(
    request: Request,
    date_from: date | None = None,
    date_to: date | None = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat", max_length=200)] = None,
    near: Annotated[
        str | None, Query(description="lat,lon,radius_km: within radius_km (at most 2000) of a point", max_length=200)
    ] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's canonical name", max_length=200)] = None,
    type: Annotated[str | None, Query(description="ACLED event type or sub-event type", max_length=100)] = None,
    q: Annotated[str | None, Query(description="Words in a cited document or the title", max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    after: Annotated[
        str | None, Query(description="The next_cursor of the previous page (instead of offset)", max_length=200)
    ] = None,
) -> JSONResponse:
    """Fused events as summary rows, most important first, filtered.

    Summary rows are read from columns of the fused-event view without parsing any payload, so the list
    and the map cost a page, not the collection; claims (and which fields are contested) are on the event
    itself. ``total`` counts matches only up to a few pages: when ``total_is_estimate`` it is "at least".
    ``next_cursor`` pages on with ``after`` (stable while events are added, unlike ``offset``); it is null on
    the last page. ``near`` keeps events within a great-circle distance of a point (the sphere of
    docs/postgresql.md, "Radius queries"). Answered as a ready JSONResponse: the rows are plain JSON already."""
    box = parse_bbox(bbox)
    circle = parse_near(near)
    with workbench(request) as wb:
        docs = None
        if q and q.strip():
            docs = frozenset(h.document_id for h in wb.search(q, limit=SEARCH_DOCS))
        query = EventQuery(
            date_from,
            date_to,
            box,
            actor or None,
            type or None,
            docs,
            (q or "").strip() or None,
            limit,
            0 if after else offset,
            fields="summary",
            after=after or None,
            near=circle,
        )
        page = wb.event_page_counted(query)
    rows = page.rows
    # Past a cursor the count is not of what is left, so a full page there always offers the next one.
    more = len(rows) == limit and (bool(after) or page.total_is_estimate or offset + limit < page.total)
    return JSONResponse(
        {
            "total": page.total,
            "total_is_estimate": page.total_is_estimate,
            "offset": 0 if after else offset,
            "items": rows,
            "next_cursor": rows[-1]["cursor"] if rows and more else None,
        }
    )


@router.get("/events/{event_id}")
def get_event(event_id: str, request: Request) -> dict[str, Any]:
    """One event: each field's claims with status, credibility and evidence quotes (text[start:end])."""
    check_id(event_id, EVENT_ID, "event id (evt- and hex)")
    with workbench(request) as wb:
        return wb.event(event_id).as_json()


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500)],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    """Documents containing every word of ``q``; snippets mark matches with ``**``."""
    with workbench(request) as wb:
        hits = wb.search(q, limit=limit)
    return [{"document_id": h.document_id, "title": h.title, "snippet": h.snippet} for h in hits]
