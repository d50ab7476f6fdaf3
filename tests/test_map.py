"""The HTML map: Leaflet inlined (works offline), every event drawn with its uncertainty and citations, and
report text unable to inject markup or script."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.export import geojson, library
from sitrep.products.map import MapError, map_html, safe_json
from sitrep.workbench import Workbench
from test_export_sample import FIXED_CLOCK, XSS, XSS_ACTOR, build


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    with build(tmp_path / "sample.db") as wb:
        sel = library.select(wb, None)
        yield map_html(geojson.events_geojson(sel.events, sel.texts), title="Sahel <map>")


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="sitrep-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def test_map_is_standalone_with_leaflet_inline(page: str) -> None:
    assert "<script src=" not in page and "<link" not in page  # nothing fetched at run time
    assert "L.map(" in page and "leaflet-container" in page  # Leaflet's JS and CSS are inline
    assert "tileLayer(data.tiles" in page and embedded(page)["tiles"] is None  # no tiles unless asked


def test_map_draws_each_event_with_uncertainty_and_citations(page: str) -> None:
    data = embedded(page)["geojson"]
    titles = sorted(f["properties"]["title"] for f in data["features"])
    assert titles == ["Abduction/forced disappearance in Menaka, 2024-06-10", "Armed clash in Tessit, 2024-06-03"]
    tessit = next(f for f in data["features"] if "Tessit" in f["properties"]["title"])
    assert tessit["properties"]["uncertainty_km"] == 5.0
    assert "L.circle(ll, {radius: f.properties.uncertainty_km * 1000" in page
    assert any("Four soldiers were killed" in c["quote"] for c in tessit["properties"]["citations"])


def test_report_text_cannot_inject_markup(page: str) -> None:
    assert XSS not in page
    assert "<img src=x" not in page
    assert "Sahel &lt;map&gt;" in page  # the title is escaped server-side
    assert "innerHTML" not in page.split("<script>")[-1]  # popups are built with textContent
    data = embedded(page)
    quotes = [c["quote"] for f in data["geojson"]["features"] for c in f["properties"]["citations"]]
    assert any(XSS in q for q in quotes) and any(XSS_ACTOR in q for q in quotes)  # kept, as text


def test_safe_json_cannot_close_a_script_block() -> None:
    text = safe_json({"q": "</script><script>alert(1)</script>\u2028"})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == {"q": "</script><script>alert(1)</script>\u2028"}


def test_tiles_only_from_an_http_url() -> None:
    gj = {"type": "FeatureCollection", "features": []}
    assert embedded(map_html(gj, tiles="https://tiles.example/{z}/{x}/{y}.png"))["tiles"].startswith("https://")
    with pytest.raises(MapError, match="--tiles"):
        map_html(gj, tiles="javascript:alert(1)")


def test_map_command_writes_html_and_geojson(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    db = tmp_path / "sample.db"
    build(db).close()
    runner = CliRunner()
    out = tmp_path / "map.html"
    result = runner.invoke(app, ["--db", str(db), "map", "-o", str(out), "--about", "Tessit"])
    assert result.exit_code == 0, result.output
    features = embedded(out.read_text(encoding="utf-8"))["geojson"]["features"]
    assert [f["properties"]["place"] for f in features] == ["Tessit"]
    gj = tmp_path / "map.geojson"
    result = runner.invoke(app, ["--db", str(db), "map", "--format", "geojson", "-o", str(gj)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(gj.read_text(encoding="utf-8"))["features"]) == 2


def test_empty_library_gives_an_empty_map(tmp_path: Path) -> None:
    with Workbench.open(str(tmp_path / "empty.db")) as wb:
        page = map_html(geojson.events_geojson(wb.fused_events()))
    assert "0 located events" in page and embedded(page)["geojson"]["features"] == []
