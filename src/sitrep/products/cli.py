"""``sitrep infobox | brief | timeline | ach``: analyst products, each line cited to a stored span."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.errors import SitrepError


class ProductError(SitrepError):
    """A product was asked for in a form it cannot give (unknown format, nothing selected)."""


def _emit(text: str | bytes, output: Path | None) -> None:
    if output is None:
        if isinstance(text, bytes):
            raise ProductError("binary output needs -o FILE")
        sys.stdout.write(text)
        return
    try:
        if isinstance(text, bytes):
            output.write_bytes(text)
        else:
            output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ProductError(f"{output}: cannot write ({exc.strerror})") from exc


def _check(fmt: str, allowed: tuple[str, ...]) -> str:
    fmt = fmt.lower()
    if fmt not in allowed:
        raise ProductError(f"unknown format {fmt!r}: use one of {', '.join(allowed)}")
    return fmt


def _select(wb: Any, event_ref: str | None, about: str | None) -> tuple[list[dict[str, Any]], list[str], str]:
    """Events and documents a product covers: one event and its sources, or a full-text query's hits."""
    if event_ref:
        ev = wb.event(event_ref).as_json()
        return [ev], [s["document_id"] for s in ev.get("sources", [])], ev.get("title") or ev["id"]
    if about:
        docs = [h.document_id for h in wb.search(about, limit=50)]
        if not docs:
            raise ProductError(f"no document matches {about!r}")
        events = [
            e.as_json()
            for e in wb.fused_events()
            if any(s["document_id"] in docs for s in e.as_json().get("sources", []))
        ]
        return events, docs, f"Brief: {about}"
    return [e.as_json() for e in wb.fused_events()], [d.id for d in wb.store.documents()], "All reports"


def register(app: typer.Typer, state: Any) -> None:
    from sitrep.products.cite import Citations

    def workbench() -> Any:
        from sitrep.workbench import Workbench

        return Workbench.open(state.db)

    @app.command()
    def infobox(
        event: Annotated[str, typer.Argument(help="Event id, id prefix or rank.")],
        fmt: Annotated[str, typer.Option("--format", help="text, json or markdown.")] = "text",
    ) -> None:
        """An infobox for one event: every field cited; fields no source gives are left out."""
        from sitrep.products import infobox as ib

        fmt = _check(fmt, ("text", "json", "markdown", "html"))
        with workbench() as wb:
            events, docs, title = _select(wb, event, None)
            cit = Citations(wb.document, wb.reliability)
            fields = ib.build_infobox(events[0], wb.statements_with("relation.", docs), cit)
            render = {"text": ib.to_text, "json": ib.to_json, "markdown": ib.to_markdown, "html": ib.to_html}[fmt]
            _emit(render(title, fields, cit.references), None)

    @app.command()
    def brief(
        event: Annotated[str | None, typer.Argument(help="Event id, id prefix or rank.")] = None,
        about: Annotated[str | None, typer.Option("--about", help="Full-text query selecting reports.")] = None,
        fmt: Annotated[str, typer.Option("--format", help="markdown, html or pdf.")] = "markdown",
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
    ) -> None:
        """A brief (Events / Assessment / Prospects) with numbered citations and graded references."""
        from sitrep.products import brief as br

        fmt = _check(fmt, ("markdown", "html", "pdf"))
        if not event and not about:
            raise ProductError("give an EVENT id or --about QUERY")
        with workbench() as wb:
            events, docs, title = _select(wb, event, about)
            cit = Citations(wb.document, wb.reliability)
            stmts = wb.statements_with("relation.", docs) + wb.statements_with("judgement.", docs)
            stmts.sort(key=lambda s: (docs.index(s.document_id) if s.document_id in docs else 0, s.start))
            b = br.build_brief(title, events, stmts, cit)
            if fmt == "pdf":
                _emit(br.to_pdf(b), output)
            else:
                _emit(br.to_markdown(b) if fmt == "markdown" else br.to_html(b), output)

    @app.command()
    def timeline(
        about: Annotated[str | None, typer.Option("--about", help="Full-text query selecting reports.")] = None,
        fmt: Annotated[str, typer.Option("--format", help="text, json, html or svg.")] = "text",
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
    ) -> None:
        """Every dated claim and event in date order, relative dates resolved."""
        from sitrep.products import timeline as tl

        fmt = _check(fmt, ("text", "json", "html", "svg"))
        with workbench() as wb:
            events, docs, title = _select(wb, None, about)
            cit = Citations(wb.document, wb.reliability)
            entries = tl.build_timeline(wb.statements_with("timeline.claim", docs), events, cit)
            out = {
                "text": lambda: tl.to_text(entries),
                "json": lambda: tl.to_json(entries, cit.references),
                "svg": lambda: tl.to_svg(entries),
                "html": lambda: tl.to_html(entries, cit.references, title),
            }[fmt]()
            _emit(out, output)

    @app.command()
    def ach(
        hypotheses: Annotated[Path, typer.Argument(help="YAML file of hypotheses (and optional rated evidence).")],
        fmt: Annotated[str, typer.Option("--format", help="markdown or html.")] = "markdown",
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
    ) -> None:
        """Analysis of Competing Hypotheses: a consistency matrix over stored evidence, ranked."""
        from sitrep.products import ach as a

        fmt = _check(fmt, ("markdown", "html"))
        hyps, manual = a.load_hypotheses(hypotheses)
        with workbench() as wb:
            cit = Citations(wb.document, wb.reliability)
            m = a.build_matrix(hyps, manual, wb.statements_with(""), cit)
            _emit(a.to_markdown(m) if fmt == "markdown" else a.to_html(m), output)
