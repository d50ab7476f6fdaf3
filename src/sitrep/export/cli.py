"""Commands for maps, networks, exports and structured imports: ``sitrep map``, ``network``, ``export``,
``import-csv``, ``import-stix``. Each parses its options and calls one library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.errors import SitrepError

FORMATS_EXPORT = ("stix", "acled", "geojson", "kml", "json")


def _write(path: Path | None, data: str | bytes) -> None:
    if path is None:
        if isinstance(data, bytes):
            raise SitrepError("binary output needs -o FILE")
        sys.stdout.write(data)
        return
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise SitrepError(f"cannot write {path}: {exc.strerror or exc}") from exc
    typer.echo(f"wrote {path}", err=True)


def export_text(wb: Any, fmt: str, about: str | None) -> str:
    """The text of one export format for the events ``about`` a query (all without one)."""
    from sitrep.export import acled, geojson, kml, library, stix
    from sitrep.export.common import ExportError, now

    if fmt not in FORMATS_EXPORT:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS_EXPORT)}")
    sel = library.select(wb, about)
    if fmt == "json":
        return json.dumps([e.as_json() for e in sel.events], ensure_ascii=False, indent=2) + "\n"
    if fmt == "geojson":
        return json.dumps(geojson.events_geojson(sel.events, sel.texts), ensure_ascii=False, indent=2) + "\n"
    if fmt == "kml":
        return kml.events_kml(sel.events, sel.texts)
    if fmt == "acled":
        return acled.events_acled_csv(sel.events, now(), sel.texts)
    data = stix.collect(sel.events, sel.documents, sel.statements, sel.reliability)
    return stix.bundle_json(stix.build_bundle(data, now()))


def network_output(wb: Any, fmt: str, about: str | None, layout_kind: str = "circular") -> str | bytes:
    from sitrep.export.common import matches, select_events
    from sitrep.products import network

    events = wb.fused_events()
    texts: dict[str, str] = {}
    statements = [
        s
        for s in wb.store.statements()
        if s.property.startswith(network.RELATION_PREFIX) or s.property == "person.role"
    ]
    for doc_id in sorted({s.document_id for s in statements} | {r.document_id for e in events for r in e.sources}):
        texts[doc_id] = wb.store.get_document(doc_id).text
    g = network.build_network(statements, events, texts)
    if about and about.strip():
        # Events match on their own fields and quotes only: a report that names a leader in passing does
        # not pull every event it reports into the leader's network.
        chosen = {e.id for e in select_events(events, about)}
        keep = [n for n, d in g.nodes(data=True) if matches(about, d["label"])]
        keep += [n for n, d in g.nodes(data=True) if d["kind"] == "event" and d["label"] in chosen]
        keep += [u for u, _v, d in g.edges(data=True) if d.get("event") in chosen]
        g = network.filter_network(g, keep)
    if fmt == "json":
        return json.dumps(network.network_json(g), ensure_ascii=False, indent=2) + "\n"
    if fmt == "graphml":
        return network.network_graphml(g)
    if fmt == "svg":
        return network.network_svg(g, layout_kind=layout_kind)
    if fmt == "png":
        return network.network_png(g, layout_kind=layout_kind)
    raise network.RenderError(f"unknown network format {fmt!r}: use json, graphml, svg or png")


def import_csv(wb: Any, path: Path, fmt: str | None) -> tuple[int, int]:
    from sitrep.export.tabular import read_rows

    added = present = 0
    for row in read_rows(path, fmt):
        if wb.ingest_structured(row.document, [row.mention]):
            added += 1
        else:
            present += 1
    return added, present


def import_stix(wb: Any, path: Path) -> tuple[int, int]:
    from sitrep.export.stix import read_bundle

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SitrepError(f"{path}: cannot read ({exc})") from exc
    data = read_bundle(text)
    for source in data.sources:
        if wb.store.get_source(source.name) is None:
            wb.store.upsert_source(source)
    added = present = 0
    for doc, statements in data.documents:
        if wb.store.ingest(doc, statements):
            added += 1
        else:
            present += 1
    return added, present


def register(app: typer.Typer, state: Any) -> None:
    def open_wb() -> Any:
        from sitrep.workbench import Workbench

        return Workbench.open(state.db)

    @app.command("map")
    def map_command(
        output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
        about: Annotated[str | None, typer.Option(help="Only events about this (actor, place, words).")] = None,
        fmt: Annotated[str, typer.Option("--format", help="html (Leaflet, works offline) or geojson.")] = "html",
        tiles: Annotated[
            str | None, typer.Option(help="Online tile URL template ({z}/{x}/{y}); off by default.")
        ] = None,
    ) -> None:
        """A map of fused events: markers, uncertainty circles, popups quoting the sources."""
        from sitrep.export import geojson, library
        from sitrep.products.map import map_html

        if fmt not in ("html", "geojson"):
            raise SitrepError(f"unknown map format {fmt!r}: use html or geojson")
        with open_wb() as wb:
            sel = library.select(wb, about)
        gj = geojson.events_geojson(sel.events, sel.texts)
        if fmt == "geojson":
            _write(output, json.dumps(gj, ensure_ascii=False, indent=2) + "\n")
        else:
            title = "sitrep map" + (f": {about}" if about else "")
            _write(output, map_html(gj, title=title, tiles=tiles))

    @app.command("network")
    def network_command(
        about: Annotated[str | None, typer.Option(help="Only this actor/person/event and its neighbours.")] = None,
        fmt: Annotated[
            str, typer.Option("--format", help="json, graphml, svg or png (png needs matplotlib).")
        ] = "json",
        output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")] = None,
        layout_kind: Annotated[str, typer.Option("--layout", help="circular or spring (svg/png).")] = "circular",
    ) -> None:
        """The actor network: relations, roles and who fought whom, each edge with its citations."""
        with open_wb() as wb:
            data = network_output(wb, fmt, about, layout_kind)
        _write(output, data)

    @app.command("export")
    def export_command(
        fmt: Annotated[str, typer.Option("--format", help="stix, acled, geojson, kml or json.")],
        output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")] = None,
        about: Annotated[str | None, typer.Option(help="Only events about this.")] = None,
    ) -> None:
        """Export fused events (and for STIX every stored claim) for other tools."""
        with open_wb() as wb:
            text = export_text(wb, fmt, about)
        _write(output, text)

    @app.command("import-csv")
    def import_csv_command(
        path: Annotated[Path, typer.Argument(help="An ACLED or UCDP GED CSV file.")],
        fmt: Annotated[str | None, typer.Option("--format", help="acled or ucdp (default: from the header).")] = None,
    ) -> None:
        """Store ACLED / UCDP rows as structured sources; they fuse with text reports."""
        with open_wb() as wb:
            added, present = import_csv(wb, path, fmt)
        typer.echo(f"{added} rows added, {present} already stored")

    @app.command("import-stix")
    def import_stix_command(path: Annotated[Path, typer.Argument(help="A STIX 2.1 bundle (JSON).")]) -> None:
        """Store the documents and claims of a STIX bundle (as written by `sitrep export --format stix`)."""
        with open_wb() as wb:
            added, present = import_stix(wb, path)
        typer.echo(f"{added} documents added, {present} already stored")
