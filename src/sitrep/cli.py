"""The ``sitrep`` command: thin Typer commands over :mod:`sitrep.workbench`.

Every command parses its arguments, calls one library function and renders the result. User errors
(:class:`sitrep.errors.SitrepError`) become one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from sitrep import __version__
from sitrep.errors import SitrepError

app = typer.Typer(
    name="sitrep",
    help="A workbench for conflict analysts: ingest reports, code events, fuse them with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
sources_app = typer.Typer(help="Sources and their Admiralty reliability grades (A-F).", no_args_is_help=True)
app.add_typer(sources_app, name="sources")

out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, highlight=False)


class State:
    db: str | None = None


state = State()


def report_error(error: object) -> None:
    """One line on stderr, never wrapped: scripts and tests read errors line by line."""
    sys.stderr.write("error: " + " ".join(str(error).split()) + "\n")


def _version(value: bool) -> None:
    if value:
        out.print(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database file or SQLAlchemy URL (default: SITREP_DB, else the data directory)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Global options come before the command: sitrep --db /tmp/t.db events."""
    state.db = db


def _workbench() -> Any:
    from sitrep.workbench import Workbench

    return Workbench.open(state.db)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports (txt, md, html, pdf, docx, jsonl).")],
    workers: Annotated[
        int | None, typer.Option("--workers", help="Extract on N local worker processes (Dask).", min=1)
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Extract on a Dask distributed cluster at ADDRESS.")
    ] = None,
) -> None:
    """Store reports and code their events. The same document twice changes nothing."""
    from sitrep.workbench import expand_paths

    files = expand_paths(paths)
    with _workbench() as wb, _progress() as bar:
        task = bar.add_task("ingesting", total=len(files))
        if workers or scheduler:
            from sitrep.ingest.parallel import ingest_parallel

            report = ingest_parallel(
                wb, files, workers=workers, scheduler=scheduler, progress=lambda _p: bar.advance(task)
            )
        else:
            report = wb.ingest_paths(files, progress=lambda _p: bar.advance(task))
    for doc in report.added:
        out.print(f"added   {doc.id[:12]}  {doc.title or doc.origin or ''}")
    for doc in report.skipped:
        out.print(f"present {doc.id[:12]}  {doc.title or doc.origin or ''}")
    for e in report.errors:
        report_error(e)
    out.print(
        f"{len(report.added)} added, {len(report.skipped)} already stored, {len(report.errors)} failed; "
        f"{report.events} event mentions coded"
    )
    if report.errors:
        raise typer.Exit(1)


@app.command()
def extract(
    input: Annotated[Path, typer.Argument(help="A JSONL file of {id, text, published, source}, or one report file.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSONL predictions here.")] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="The theatre, when known (e.g. Mali): wins over cues in the text.")
    ] = None,
) -> None:
    """Code events without storing anything (the contract of shared/eval/SCHEMA.md)."""
    from sitrep.workbench import Workbench

    wb = Workbench.for_extraction()
    if output is not None:
        from sitrep.nlp.jsonl import count_documents, extract_jsonl

        total = count_documents(input)
        with _progress() as bar:
            task = bar.add_task("extracting", total=total)
            n, errors = extract_jsonl(
                input, output, wb.extractor, progress=lambda: bar.advance(task), country_hint=country
            )
        for e in errors:
            report_error(e)
        out.print(f"{n} reports coded -> {output}")
        if errors:
            raise typer.Exit(1)
        return
    from sitrep.ingest.read import read_path

    result = read_path(input)
    for e in result.errors:
        report_error(e)
    payload = []
    for doc in result.documents:
        mentions = wb.extractor.extract_document(doc, country_hint=country)
        payload.append({"id": doc.metadata.get("external_id", doc.id), "events": [m.as_json() for m in mentions]})
    sys.stdout.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2) + "\n")
    if result.errors:
        raise typer.Exit(1)


@app.command()
def events(
    as_json: Annotated[bool, typer.Option("--json", help="JSON as in shared/eval/SCHEMA.md, second part.")] = False,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date, YYYY-MM-DD.")] = None,
    bbox: Annotated[str | None, typer.Option("--bbox", help="min_lon,min_lat,max_lon,max_lat (WGS84 degrees).")] = None,
    near: Annotated[
        str | None,
        typer.Option("--near", help="lat,lon,km: within km (great-circle, up to 2000) of a point, e.g. 15.92,2.40,30."),
    ] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Actor name (any part, any role).")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Event or sub-event type.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Words in the event's title, place or quotes.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Most events to list.", min=1)] = None,
) -> None:
    """Fused events, most important first, optionally filtered."""
    from sitrep.store.near import parse_near  # the store (SQLAlchemy) only for commands that open it

    start, end, box, circle = (
        _parse_date(date_from, "--from"),
        _parse_date(date_to, "--to"),
        _parse_bbox(bbox),
        parse_near(near, "--near"),
    )
    with _workbench() as wb:
        fused = wb.fused_events(
            date_from=start, date_to=end, bbox=box, actor=actor, type=event_type, text=text, limit=limit, near=circle
        )
        rows = [e.as_json() for e in fused]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if not rows:
        out.print("no events match" if circle is not None else "no events yet: run `sitrep ingest FILE...` first")
        return
    table = Table(title=f"{len(rows)} fused events", title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event")
    table.add_column("place")
    table.add_column("actors")
    table.add_column("killed", justify="right", no_wrap=True)
    table.add_column("sources", justify="right", no_wrap=True)
    for i, j in enumerate(rows, 1):
        loc = j.get("location") or {}
        place = ", ".join(dict.fromkeys(x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x))
        actors = "; ".join(_short_actor(a["canonical"]) for a in j.get("actors", []))
        table.add_row(
            str(i),
            j["id"][4:14],
            j.get("date") or "?",
            Text(j.get("sub_event_type") or j.get("event_type") or ""),
            Text(place),
            Text(actors),
            "" if j.get("fatalities") is None else str(j["fatalities"]),
            str(len(j.get("sources", []))),
        )
    out.print(table)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SitrepError(f"{option} {value!r}: expected a date as YYYY-MM-DD") from None


def _parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or not (-180 <= parts[0] <= parts[2] <= 180 and -90 <= parts[1] <= parts[3] <= 90):
        raise SitrepError(f"--bbox {value!r}: expected min_lon,min_lat,max_lon,max_lat")
    return parts


def _short_actor(canonical: str) -> str:
    """ACLED names are long ("AQIM: Al Qaeda in the Islamic Maghreb"): tables show the part before the colon."""
    return canonical.split(":", 1)[0]


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="Event id, unique id prefix, or rank in `sitrep events`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,
) -> None:
    """One fused event: every field with its claims, status, credibility and quotes."""
    with _workbench() as wb:
        event = wb.event(event_id)
    j = event.as_json()
    if as_json:
        sys.stdout.write(json.dumps(j, ensure_ascii=False, indent=2) + "\n")
        return
    from sitrep.products.show import render_event

    render_event(out, j)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in stored documents.")],
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
) -> None:
    """Full-text search over stored documents."""
    with _workbench() as wb:
        hits = wb.search(query, limit=limit)
    if not hits:
        out.print("no matches")
        return
    for h in hits:
        out.print(f"[bold]{h.document_id[:12]}[/bold]  {h.title or ''}")
        out.print("    " + " ".join(h.snippet.split()), markup=False)


@app.command()
def status() -> None:
    """What the store holds."""
    with _workbench() as wb:
        stats = wb.store.stats()
    for k, v in stats.items():
        out.print(f"{k:20} {v}", markup=False)


KindOpt = Annotated[str, typer.Option("--kind", help="event, actor, person or place.")]


@app.command()
def merges(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    kind: KindOpt = "event",
) -> None:
    """Merge decisions (events, or actors/persons/places): the machine's and the analysts'."""
    with _workbench() as wb:
        rows = wb.merges(kind)
    if as_json:
        payload = [
            {
                "id": j.id,
                "left": j.left,
                "right": j.right,
                "verdict": j.verdict,
                "decided_by": j.decided_by,
                "score": j.score,
                "reason": j.reason,
            }
            for j in rows
        ]
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
        return
    table = Table(title="merge decisions")
    for col in ("id", "left", "right", "verdict", "by", "score", "reason"):
        table.add_column(col)
    for j in rows:
        table.add_row(
            j.id, j.left, j.right, j.verdict, j.decided_by, "" if j.score is None else f"{j.score:.2f}", j.reason
        )
    out.print(table)


LeftArg = Annotated[str, typer.Argument(help="One mention or entity (as listed by `sitrep merges`).")]
RightArg = Annotated[str, typer.Argument(help="The other one.")]
AnalystOpt = Annotated[str, typer.Option(help="Who decides.")]
ReasonOpt = Annotated[str, typer.Option(help="Why.")]


@app.command()
def unmerge(
    left: LeftArg, right: RightArg, analyst: AnalystOpt = "analyst", reason: ReasonOpt = "", kind: KindOpt = "event"
) -> None:
    """Record that two mentions are different events (reversible: `sitrep forget JUDGEMENT_ID`)."""
    with _workbench() as wb:
        j = wb.unmerge(left, right, analyst, reason, kind=kind)
    out.print(f"recorded {j.id}: {j.left} ≠ {j.right}")


@app.command()
def merge(
    left: LeftArg, right: RightArg, analyst: AnalystOpt = "analyst", reason: ReasonOpt = "", kind: KindOpt = "event"
) -> None:
    """Record that two mentions report the same event (reversible: `sitrep forget JUDGEMENT_ID`)."""
    with _workbench() as wb:
        j = wb.merge(left, right, analyst, reason, kind=kind)
    out.print(f"recorded {j.id}: {j.left} = {j.right}")


@app.command()
def forget(judgement_id: Annotated[str, typer.Argument(help="A judgement id from `sitrep merges`.")]) -> None:
    """Remove an analyst's judgement; the machine's decision applies again."""
    with _workbench() as wb:
        if not wb.forget_judgement(judgement_id):
            raise SitrepError(f"no stored judgement {judgement_id!r}")
    out.print(f"removed {judgement_id}")


@app.command("rebuild-events")
def rebuild_events() -> None:
    """Recompute every fused event from the stored statements and judgements (after heavy ingest)."""
    with _workbench() as wb:
        n = wb.rebuild_events()
    out.print(f"{n} events rebuilt")


@app.command()
def persons(
    name: Annotated[str | None, typer.Argument(help="A person's name (any spelling).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """People the reports name, with each role a source gives them as a graded, quoted claim."""
    with _workbench() as wb:
        views = [wb.person(name)] if name else wb.persons()
    if as_json:
        payload = [v.as_json() for v in views]
        sys.stdout.write(json.dumps(payload[0] if name else payload, ensure_ascii=False, indent=2) + "\n")
        return
    for v in views:
        j = v.as_json()
        out.print(Text(j["name"], style="bold"))
        if len(j["names"]) > 1:
            out.print(Text("  also: " + ", ".join(n for n in j["names"] if n != j["name"]), style="dim"))
        for c in j["claims"]:
            value = c["value"]
            role = value.get("role") if isinstance(value, dict) else str(value)
            out.print(Text(f"  {role}  [{c['status']}, credibility {c.get('credibility', '?')}]"))
            for e in c.get("evidence", []):
                out.print(Text(f"    “{' '.join(e['quote'].split())}” ({e['document_id'][:12]})", style="dim"))


@sources_app.command("list")
def sources_list() -> None:
    """Sources seen so far, with their grades."""
    with _workbench() as wb:
        rows = wb.store.sources()
    table = Table(title="sources")
    for col in ("name", "kind", "reliability"):
        table.add_column(col)
    for s in rows:
        table.add_row(s.name, s.kind, s.reliability)
    out.print(table)


@sources_app.command("set")
def sources_set(
    name: Annotated[str, typer.Argument(help="Source name as stored (see `sitrep sources list`).")],
    grade: Annotated[str, typer.Argument(help="Admiralty reliability: A B C D E or F.")],
) -> None:
    """Grade a source; fused events use it at once."""
    with _workbench() as wb:
        s = wb.set_reliability(name, grade)
    out.print(f"{s.name}: {s.reliability}")


def _mount_geo() -> None:
    """The gazetteer commands live with the geo package."""
    try:
        from sitrep.geo import cli as geo_cli
    except ImportError:  # pragma: no cover - geo is part of the package
        return
    app.add_typer(geo_cli.gazetteer_app, name="gazetteer")

    @app.command()
    def geocode(
        text: Annotated[str, typer.Argument(help="Text naming places, e.g. '80 km east of Tessalit'.")],
        country: Annotated[str | None, typer.Option(help="Country hint, e.g. Mali.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    ) -> None:
        """Show which places a text names, where they are, and why."""
        geo_cli.geocode_command(text, country=country, json=as_json)


_mount_geo()

# Packages that add commands of their own expose ``register(app, context)``; each owns its command module.
for _module in ("sitrep.products.cli", "sitrep.export.cli", "sitrep.api.cli"):
    try:
        _plugin = importlib.import_module(_module)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module:
            raise
        continue
    _plugin.register(app, state)


def main() -> None:
    """Entry point: run the app, turning user errors into one line and exit code 1."""
    try:
        app()
    except SitrepError as e:
        report_error(e)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
