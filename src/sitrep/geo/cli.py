"""``sitrep gazetteer ...`` and ``sitrep geocode``: inspect, extend, rebuild the gazetteer; try geoparsing.

The lead mounts :data:`gazetteer_app` as ``sitrep gazetteer`` and :func:`geocode_command` as
``sitrep geocode``.
Every command takes ``--gazetteer PATH`` (default :func:`sitrep.config.gazetteer_path`). ``download`` is the
user's way to the full GeoNames country files: it fetches ``{base}/{CC}.zip`` (base from ``--base-url`` or
``SITREP_GEONAMES_URL``, default GeoNames' dump folder), unzips in memory and imports. sitrep never downloads
anything on its own; this runs only when asked.
"""

from __future__ import annotations

import io
import json as jsonlib
import os
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import GazetteerError, SitrepError
from sitrep.geo.gazetteer import Gazetteer

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump"
MAX_DOWNLOAD_BYTES = 400 * 1024 * 1024

gazetteer_app = typer.Typer(help="Inspect, extend and rebuild the offline gazetteer.", no_args_is_help=True)
PathOpt = Annotated[
    Path | None, typer.Option("--gazetteer", "-g", help="Gazetteer file (default: the data directory's).")
]


def _path(path: Path | None) -> Path:
    if path is not None:
        return path
    from sitrep.config import gazetteer_path

    return gazetteer_path()


def _fail(err: SitrepError) -> None:
    sys.stderr.write("error: " + " ".join(str(err).split()) + "\n")
    raise typer.Exit(1)


@gazetteer_app.command("status")
def status_command(gazetteer: PathOpt = None) -> None:
    """What the gazetteer holds: sources with row counts and dates, file path and size."""
    try:
        gaz = Gazetteer.open(_path(gazetteer), build_default=False)
        st = gaz.status()
    except SitrepError as err:
        _fail(err)
        return
    console = Console()
    console.print(f"[bold]{st.path}[/bold]  {st.size_bytes / 1e6:.1f} MB, schema {st.schema_version}")
    console.print(
        f"{st.places:,} places, {st.names:,} names, {st.admin1:,} admin1 and {st.admin2:,} admin2 areas, "
        f"{st.countries} countries"
    )
    table = Table("source", "rows", "loaded", "detail")
    for s in st.sources:
        table.add_row(s.name, f"{s.rows:,}", s.loaded_at, s.detail)
    console.print(table)
    console.print("Place data: GeoNames (geonames.org), CC BY 4.0.")


@gazetteer_app.command("import")
def import_command(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dumps (CC.txt) and admin code files.")],
    gazetteer: PathOpt = None,
) -> None:
    """Import GeoNames country dumps and admin1CodesASCII.txt / admin2Codes.txt."""
    try:
        with Gazetteer.open(_path(gazetteer)) as gaz:
            counts = gaz.import_geonames(files)
    except SitrepError as err:
        _fail(err)
        return
    for name, n in counts.items():
        Console().print(f"{name}: {n:,} rows kept")


@gazetteer_app.command("download")
def download_command(
    countries: Annotated[list[str], typer.Argument(help="ISO country codes, e.g. ML BF NE.")],
    gazetteer: PathOpt = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Where CC.zip files are (env SITREP_GEONAMES_URL).")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each download.")] = 60.0,
) -> None:
    """Download GeoNames country dumps (CC.zip) and import them."""
    base = (base_url or os.environ.get("SITREP_GEONAMES_URL") or DEFAULT_BASE_URL).rstrip("/")
    try:
        with Gazetteer.open(_path(gazetteer)) as gaz, tempfile.TemporaryDirectory() as tmp:
            files: list[Path] = []
            for cc in countries:
                code = cc.strip().upper()
                if not (len(code) == 2 and code.isalpha()):
                    raise GazetteerError(f"{cc!r} is not a two-letter country code")
                files.append(_fetch(f"{base}/{code}.zip", code, Path(tmp), timeout))
            counts = gaz.import_geonames(files)
    except SitrepError as err:
        _fail(err)
        return
    for name, n in counts.items():
        Console().print(f"{name}: {n:,} rows kept")


def _fetch(url: str, code: str, folder: Path, timeout: float) -> Path:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            data = resp.read(MAX_DOWNLOAD_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise GazetteerError(f"cannot download {url}: {getattr(exc, 'reason', exc)}") from exc
    if len(data) > MAX_DOWNLOAD_BYTES:
        raise GazetteerError(f"{url} is larger than {MAX_DOWNLOAD_BYTES // 2**20} MiB")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            member = f"{code}.txt"
            if member not in zf.namelist():
                raise GazetteerError(f"{url} has no {member} inside")
            out = folder / member
            out.write_bytes(zf.read(member))
    except zipfile.BadZipFile as exc:
        raise GazetteerError(f"{url} is not a zip file") from exc
    return out


@gazetteer_app.command("rebuild")
def rebuild_command(
    gazetteer: PathOpt = None,
    countries: Annotated[
        list[str] | None, typer.Option("--country", help="Keep only these countries' towns (repeatable).")
    ] = None,
) -> None:
    """Replace the gazetteer with a fresh default one (no network; re-import or download dumps after)."""
    path = _path(gazetteer)
    keep = {c.upper() for c in countries} if countries else None
    try:
        path.unlink(missing_ok=True)
        with Gazetteer.build_default(path, countries=keep) as gaz:
            st = gaz.status()
    except (SitrepError, OSError) as err:
        _fail(err if isinstance(err, SitrepError) else GazetteerError(f"cannot rebuild {path}: {err}"))
        return
    Console().print(f"built {path}: {st.places:,} places, {st.names:,} names")


def geocode_command(text: str, country: str | None = None, json: bool = False, gazetteer: Path | None = None) -> None:
    """Print what geoparse finds in ``text`` and why (candidates with scores and reasons)."""
    from sitrep.geo.geoparse import geoparse

    try:
        gaz = Gazetteer.open(_path(gazetteer))
        mentions = geoparse(text, gaz, country_hint=country)
    except SitrepError as err:
        _fail(err)
        return
    if json:
        typer.echo(jsonlib.dumps([m.as_json() for m in mentions], ensure_ascii=False, indent=2))
        return
    console = Console()
    if not mentions:
        console.print("no places found")
        return
    for m in mentions:
        p = m.place
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x)
        point = f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else "no point"
        console.print(
            f"[bold]{m.text}[/bold] [{m.start}:{m.end}] {m.kind} → {p.name} ({where}) {point} "
            f"±{p.uncertainty_km} km, precision {p.geo_precision}, confidence {m.score:.2f}",
            highlight=False,
        )
        console.print(f"  why: {p.how}", highlight=False)
        if m.candidates:
            table = Table("candidate", "country", "feature", "lat", "lon", "score", "reasons", box=None)
            for c in m.candidates[:5]:
                table.add_row(
                    c.place.name,
                    c.place.country_code,
                    f"{c.place.feature_class}.{c.place.feature_code}",
                    f"{c.place.lat:.3f}",
                    f"{c.place.lon:.3f}",
                    f"{c.score:.2f}",
                    "; ".join(c.reasons),
                )
            console.print(table)


@gazetteer_app.command("geocode")
def _geocode_cli(
    text: str,
    country: Annotated[str | None, typer.Option(help="Country hint (name or ISO code).")] = None,
    json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    gazetteer: PathOpt = None,
) -> None:
    """Geoparse TEXT and show the candidates weighed (also mounted as `sitrep geocode`)."""
    geocode_command(text, country, json, gazetteer)
