"""Analyst products over HTTP: infobox, brief, timeline, map, network, ACH, persons and exports.

Each route is a thin call into :mod:`sitrep.products` / :mod:`sitrep.export`, the same functions the CLI
calls, so a brief fetched from the server is the brief ``sitrep brief`` writes. JSON is the default and
the form the web UI renders (as DOM text); HTML and SVG renderings escape all report text themselves and
are served under a sandboxing Content-Security-Policy (no scripts, no network), because they carry
report text that an attacker may have written.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response

from sitrep.api.deps import check_id, workbench
from sitrep.api.security import CSP_PRODUCT, EVENT_ID
from sitrep.errors import NotFoundError
from sitrep.products.cite import Citations
from sitrep.workbench import Workbench

router = APIRouter(prefix="/api", tags=["products"])

MAX_ACH_BYTES = 256 * 1024
"""An ACH hypotheses file is a page of YAML; anything larger is refused unread."""

About = Annotated[str | None, Query(description="Words, an actor, a person or a place", max_length=500)]

EXPORT_TYPES = {
    "stix": ("application/stix+json;version=2.1", "stix.json"),
    "acled": ("text/csv; charset=utf-8", "acled.csv"),
    "geojson": ("application/geo+json", "geojson"),
    "kml": ("application/vnd.google-earth.kml+xml", "kml"),
    "json": ("application/json", "json"),
}
_SAFE_NAME = re.compile(r"[^a-z0-9]+")


def _product(body: str | bytes, media_type: str) -> Response:
    """HTML/SVG/Markdown built from report text: served inert, whatever the text holds."""
    return Response(body, media_type=media_type, headers={"Content-Security-Policy": CSP_PRODUCT})


def _json_text(text: str) -> Response:
    return Response(text, media_type="application/json")


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    fmt = fmt.lower()
    if fmt not in allowed:
        raise HTTPException(status_code=422, detail=f"unknown format {fmt!r}: use one of {', '.join(allowed)}")
    return fmt


def _one_event(wb: Workbench, event_id: str) -> tuple[dict[str, Any], list[str], str]:
    ev = wb.event(event_id).as_json()
    return ev, [s["document_id"] for s in ev.get("sources", [])], ev.get("title") or ev["id"]


def _about(wb: Workbench, about: str | None) -> tuple[list[dict[str, Any]], list[str], str]:
    """Events about a query (all without one) and the documents they cite, as the exports choose them."""
    from sitrep.export import library

    sel = library.select(wb, about)
    if about and about.strip() and not sel.events:
        raise NotFoundError(f"no event matches {about!r}")
    events = [e.as_json() for e in sel.events]
    return events, [d.id for d in sel.documents], (f"Brief: {about}" if about and about.strip() else "All reports")


def _citations(wb: Workbench) -> Citations:
    return Citations(wb.document, wb.reliability)


def _brief_response(wb: Workbench, events: list[dict[str, Any]], docs: list[str], title: str, fmt: str) -> Response:
    from sitrep.products import brief as br

    cit = _citations(wb)
    order = {d: i for i, d in enumerate(docs)}
    stmts = wb.statements_with("relation.", docs) + wb.statements_with("judgement.", docs)
    stmts.sort(key=lambda s: (order.get(s.document_id, 0), s.start))
    b = br.build_brief(title, events, stmts, cit)
    if fmt == "json":
        return _json_text(
            json.dumps(
                {
                    "title": b.title,
                    "sections": [
                        {"heading": h, "lines": [{"text": ln.text, "cites": ln.cites} for ln in lines]}
                        for h, lines in b.sections
                    ],
                    "references": [r.as_json() for r in b.references],
                },
                ensure_ascii=False,
            )
        )
    if fmt == "markdown":
        return _product(br.to_markdown(b), "text/markdown; charset=utf-8")
    return _product(br.to_html(b), "text/html; charset=utf-8")


EventId = Annotated[str, Path(max_length=40)]


@router.get("/events/{event_id}/infobox")
def event_infobox(
    event_id: EventId,
    request: Request,
    format: Annotated[str, Query(description="json, markdown or html")] = "json",
) -> Response:
    """An infobox for one event: every field cited to a stored span; fields no source gives are left out."""
    from sitrep.products import infobox as ib

    check_id(event_id, EVENT_ID, "event id (evt- and hex)")
    fmt = _check_format(format, ("json", "markdown", "html"))
    with workbench(request) as wb:
        ev, docs, title = _one_event(wb, event_id)
        cit = _citations(wb)
        fields = ib.build_infobox(ev, wb.statements_with("relation.", docs), cit)
        refs = cit.references
    if fmt == "json":
        return _json_text(ib.to_json(title, fields, refs))
    if fmt == "markdown":
        return _product(ib.to_markdown(title, fields, refs), "text/markdown; charset=utf-8")
    return _product(ib.to_html(title, fields, refs), "text/html; charset=utf-8")


@router.get("/events/{event_id}/brief")
def event_brief(
    event_id: EventId,
    request: Request,
    format: Annotated[str, Query(description="json, markdown or html")] = "markdown",
) -> Response:
    """A brief (Events / Assessment / Prospects) on one event, numbered citations to verbatim spans."""
    check_id(event_id, EVENT_ID, "event id (evt- and hex)")
    fmt = _check_format(format, ("json", "markdown", "html"))
    with workbench(request) as wb:
        ev, docs, title = _one_event(wb, event_id)
        return _brief_response(wb, [ev], docs, title, fmt)


@router.get("/brief")
def brief_about(
    request: Request,
    about: Annotated[str, Query(min_length=1, max_length=500, description="What the brief is about")],
    format: Annotated[str, Query(description="json, markdown or html")] = "markdown",
) -> Response:
    """A brief on every event about a query (words, actor, person, place)."""
    fmt = _check_format(format, ("json", "markdown", "html"))
    with workbench(request) as wb:
        events, docs, title = _about(wb, about)
        return _brief_response(wb, events, docs, title, fmt)


@router.get("/timeline")
def timeline(
    request: Request,
    about: About = None,
    format: Annotated[str, Query(description="json or svg")] = "json",
) -> Response:
    """Every dated claim and event in date order (relative dates resolved), each citing its span."""
    from sitrep.products import timeline as tl

    fmt = _check_format(format, ("json", "svg"))
    with workbench(request) as wb:
        events, docs, _title = _about(wb, about)
        cit = _citations(wb)
        entries = tl.build_timeline(wb.statements_with("timeline.claim", docs), events, cit)
        refs = cit.references
    if fmt == "json":
        return _json_text(tl.to_json(entries, refs))
    return _product(tl.to_svg(entries), "image/svg+xml")


@router.get("/map.geojson")
def map_geojson(request: Request, about: About = None) -> Response:
    """Fused events as GeoJSON points with uncertainty radii and quoted sources."""
    from sitrep.export import geojson, library

    with workbench(request) as wb:
        sel = library.select(wb, about)
        body = geojson.events_geojson(sel.events, sel.texts)
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/geo+json")


@router.get("/network")
def network(
    request: Request,
    about: About = None,
    format: Annotated[str, Query(description="json, graphml or svg")] = "json",
    layout: Annotated[str, Query(description="circular or spring (svg)")] = "circular",
) -> Response:
    """The actor network (relations, roles, who fought whom), each edge with its citations."""
    from sitrep.export.cli import network_output

    fmt = _check_format(format, ("json", "graphml", "svg"))
    layout = _check_format(layout, ("circular", "spring"))
    with workbench(request) as wb:
        data = network_output(wb, fmt, about, layout)
    if fmt == "json":
        return _json_text(data if isinstance(data, str) else data.decode())
    if fmt == "graphml":
        return Response(data, media_type="application/graphml+xml")
    return _product(data, "image/svg+xml")


@router.post(
    "/ach",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/yaml": {"schema": {"type": "string"}}},
            "description": "hypotheses (id, text) and optional rated evidence, as for `sitrep ach`",
        }
    },
)
async def ach(
    request: Request,
    format: Annotated[str, Query(description="markdown, html or json")] = "markdown",
) -> Response:
    """Analysis of Competing Hypotheses over the stored evidence: the YAML body is the hypotheses file.

    A POST because the body is the input; it changes nothing, so the read token may call it too."""
    fmt = _check_format(format, ("markdown", "html", "json"))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():  # capped as it arrives, whatever Content-Length claims
        size += len(chunk)
        if size > MAX_ACH_BYTES:
            raise HTTPException(
                status_code=413, detail=f"hypotheses too large (the limit is {MAX_ACH_BYTES // 1024} KB)"
            )
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        raise HTTPException(status_code=422, detail="send the hypotheses YAML as the request body")
    from fastapi.concurrency import run_in_threadpool

    return await run_in_threadpool(_ach, request, body, fmt)


def _ach(request: Request, body: bytes, fmt: str) -> Response:
    from sitrep.products import ach as a

    with tempfile.TemporaryDirectory(prefix="sitrep-ach-") as tmp:
        path = FilePath(tmp) / "hypotheses.yaml"
        path.write_bytes(body)
        try:
            hyps, manual = a.load_hypotheses(path)
        except a.ACHError as exc:
            raise a.ACHError(str(exc).replace(str(path), "body")) from None
    with workbench(request) as wb:
        cit = _citations(wb)
        m = a.build_matrix(hyps, manual, wb.statements_with(""), cit)
    if fmt == "markdown":
        return _product(a.to_markdown(m), "text/markdown; charset=utf-8")
    if fmt == "html":
        return _product(a.to_html(m), "text/html; charset=utf-8")
    return _json_text(
        json.dumps(
            {
                "hypotheses": [{"id": h.id, "text": h.text} for h in m.hypotheses],
                "rows": [
                    {
                        "text": r.text,
                        "ratings": r.ratings,
                        "cite": r.cite,
                        "suggested": r.suggested,
                        "diagnostic": r.diagnostic,
                        "note": r.note,
                    }
                    for r in m.rows
                ],
                "scores": m.scores,
                "ranking": m.ranking,
                "references": [r.as_json() for r in m.references],
            },
            ensure_ascii=False,
        )
    )


@router.get("/persons")
def persons(request: Request) -> list[dict[str, Any]]:
    """Every person named in a role statement, spellings joined, each differing role a graded claim."""
    with workbench(request) as wb:
        return [p.as_json() for p in wb.persons()]


@router.get("/persons/{name}")
def person(name: Annotated[str, Path(min_length=1, max_length=200)], request: Request) -> dict[str, Any]:
    """One person by any spelling (folded, transliteration-tolerant)."""
    if any(ord(c) < 32 for c in name):
        raise HTTPException(status_code=400, detail="names cannot contain control characters")
    with workbench(request) as wb:
        return wb.person(name).as_json()


@router.get("/export")
def export(
    request: Request,
    format: Annotated[str, Query(description="stix, acled, geojson, kml or json")],
    about: About = None,
) -> Response:
    """Fused events (and for STIX every stored claim) as a download for other tools."""
    from sitrep.export.cli import export_text

    fmt = _check_format(format, tuple(EXPORT_TYPES))
    with workbench(request) as wb:
        text = export_text(wb, fmt, about)
    media, suffix = EXPORT_TYPES[fmt]
    stem = "sitrep-events"
    if about and about.strip():
        stem += "-" + (_SAFE_NAME.sub("-", about.lower()).strip("-")[:40] or "query")
    return Response(text, media_type=media, headers={"Content-Disposition": f'attachment; filename="{stem}.{suffix}"'})
