"""Fused events (list with filters, detail with claims and quotes) and full-text search."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from sitrep.api.deps import check_id, workbench
from sitrep.api.event_filters import parse_bbox, summary
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
    actor: Annotated[str | None, Query(description="Part of an actor's canonical name", max_length=200)] = None,
    type: Annotated[str | None, Query(description="ACLED event type or sub-event type", max_length=100)] = None,
    q: Annotated[str | None, Query(description="Words in a cited document or the title", max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """Fused events, most important first, filtered; ``total`` counts all matches before paging.

    Answered as a ready JSONResponse: the items are plain JSON already, and FastAPI's generic encoder
    walking 500 nested events was most of a map query's time."""
    box = parse_bbox(bbox)
    with workbench(request) as wb:
        docs = None
        if q and q.strip():
            docs = frozenset(h.document_id for h in wb.search(q, limit=SEARCH_DOCS))
        query = EventQuery(
            date_from, date_to, box, actor or None, type or None, docs, (q or "").strip() or None, limit, offset
        )
        total, events = wb.event_page(query)
    return JSONResponse({"total": total, "offset": offset, "items": [summary(e) for e in events]})


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
