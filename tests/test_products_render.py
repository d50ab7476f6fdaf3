"""The pictures as a reader sees them: map, timeline and network rendered by a real headless Chromium.

Each product is screenshotted to PNG and checked not to be blank: the marker, dot and node colours the
renderers use must appear, so a page that only shows its header (a script error, an SVG that failed to
parse) fails. The map is also driven with Playwright: every event has a marker and an uncertainty circle,
and clicking a marker opens a popup with its title and quotes, while report text stays inert.

Needs /usr/bin/chromium, the playwright package and Pillow (a dependency of fpdf2): skipped locally without
them, a failure in CI (CI=true). A copy of each PNG goes to /tmp/sitrep-{map,timeline,network}.png for a
person to look at.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import CHROMIUM, CHROMIUM_FLAGS, require_browser
from sitrep.export import geojson, library
from sitrep.export.cli import network_output
from sitrep.products import timeline
from sitrep.products.cite import Citations
from sitrep.products.map import map_html
from sitrep.workbench import Workbench
from test_export_sample import FIXED_CLOCK, XSS_ACTOR, build

FLAGS = [*CHROMIUM_FLAGS, "--hide-scrollbars"]
TIMELINE_DOT = (0xCC, 0x00, 0x00)  # timeline.py dot fill #c00
NODE_ACTOR, NODE_PERSON = (0xC0, 0x39, 0x2B), (0x24, 0x71, 0xA3)  # network.py _COLOURS


def _require(with_playwright: bool = False) -> None:
    require_browser(playwright=with_playwright, pillow=True)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workbench]:
    mp = pytest.MonkeyPatch()
    mp.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    wb = build(tmp_path_factory.mktemp("render") / "sample.db")
    yield wb
    wb.close()
    mp.undo()


@pytest.fixture(scope="module")
def titles(sample: Workbench) -> set[str]:
    return {e.title for e in sample.fused_events() if e.location is not None}


def screenshot(page: Path, png: Path) -> dict[tuple[int, int, int], int]:
    """Render ``page`` at 1200x800 and return its colour histogram (RGB)."""
    from PIL import Image

    profile = png.parent / f"profile-{png.stem}"
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1200,800"]
    proc = subprocess.run([*cmd, page.as_uri()], capture_output=True, text=True, timeout=90, check=False)
    assert png.is_file(), f"no screenshot: {proc.stderr[-2000:]}"
    with Image.open(png) as img:
        assert img.size == (1200, 800)
        raw = img.convert("RGB").tobytes()
    return Counter(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))


def not_blank(colours: dict[tuple[int, int, int], int]) -> float:
    """Share of pixels that differ from the commonest colour (the background)."""
    total = sum(colours.values())
    return 1 - max(colours.values()) / total


def keep(png: Path, name: str) -> None:
    with contextlib.suppress(OSError):  # the copy is for people; a read-only /tmp must not fail the test
        shutil.copyfile(png, Path("/tmp") / f"sitrep-{name}.png")


def _features(sample: Workbench) -> list[dict[str, Any]]:
    sel = library.select(sample, None)
    return list(geojson.events_geojson(sel.events, sel.texts)["features"])


def _map_page(sample: Workbench, tmp_path: Path) -> Path:
    sel = library.select(sample, None)
    page = tmp_path / "map.html"
    page.write_text(map_html(geojson.events_geojson(sel.events, sel.texts), title="Sahel"), encoding="utf-8")
    return page


def test_map_png_shows_the_markers(sample: Workbench, tmp_path: Path) -> None:
    _require()
    colours = screenshot(_map_page(sample, tmp_path), tmp_path / "map.png")
    keep(tmp_path / "map.png", "map")
    assert not_blank(colours) > 0.01
    # Two markers (fill #e74c3c at 0.9 opacity over the pale background): strongly red pixels.
    red = sum(n for (r, g, b), n in colours.items() if r > 190 and g < 120 and b < 110)
    assert red >= 2 * 30


def test_timeline_png_shows_dots_and_labels(sample: Workbench, tmp_path: Path) -> None:
    _require()
    cit = Citations(sample.document, sample.reliability)
    events = [e.as_json() for e in sample.fused_events()]
    entries = timeline.build_timeline(sample.statements_with("timeline.claim"), events, cit)
    assert len(entries) >= 2
    page = tmp_path / "timeline.html"
    page.write_text(timeline.to_html(entries, cit.references, "Sahel timeline"), encoding="utf-8")
    colours = screenshot(page, tmp_path / "timeline.png")
    keep(tmp_path / "timeline.png", "timeline")
    assert not_blank(colours) > 0.01
    assert colours[TIMELINE_DOT] >= 2  # the dots on the axis


def test_network_png_shows_actor_and_person_nodes(sample: Workbench, tmp_path: Path) -> None:
    _require()
    (tmp_path / "network.svg").write_text(str(network_output(sample, "svg", None)), encoding="utf-8")
    # Scaled to the window like a reader's viewer does, so wide label margins cannot push nodes off-screen.
    page = tmp_path / "network.html"
    page.write_text(
        '<!DOCTYPE html><html><body style="margin:0;background:#fff">'
        '<img src="network.svg" style="max-width:100vw;max-height:100vh" alt="network"></body></html>',
        encoding="utf-8",
    )
    colours = screenshot(page, tmp_path / "network.png")
    keep(tmp_path / "network.png", "network")
    assert not_blank(colours) > 0.005
    assert colours[NODE_ACTOR] >= 20 and colours[NODE_PERSON] >= 20


def test_map_dom_markers_circles_and_popups(sample: Workbench, titles: set[str], tmp_path: Path) -> None:
    _require(with_playwright=True)
    from playwright.sync_api import sync_playwright

    page_file = _map_page(sample, tmp_path)
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page: Any = browser.new_page(viewport={"width": 1200, "height": 800})

            def on_dialog(d: Any) -> None:
                dialogs.append(d.message)
                d.dismiss()

            page.on("dialog", on_dialog)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_selector(".leaflet-overlay-pane path.leaflet-interactive")
            paths = page.locator(".leaflet-overlay-pane path.leaflet-interactive")
            boxes = [paths.nth(i).bounding_box() for i in range(paths.count())]
            markers = [b for b in boxes if b and b["width"] <= 16]
            circles = [b for b in boxes if b and b["width"] > 16]
            assert len(markers) == len(titles) == 2
            assert len(circles) == 2  # both events have an uncertainty radius
            seen: set[str] = set()
            for b in markers:
                page.mouse.click(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
                popup = page.locator(".leaflet-popup-content")
                popup.wait_for()
                seen.add(popup.locator("h3").inner_text())
                assert popup.locator("ol.cites li").count() >= 1  # a quote per source
                if XSS_ACTOR in popup.inner_text():
                    assert popup.locator("img").count() == 0  # the actor's name is text, not markup
                page.locator(".leaflet-popup-close-button").click()
                page.locator(".leaflet-popup").wait_for(state="detached")
            assert seen == titles
            labels = page.locator(".leaflet-tooltip-pane .place-label").all_inner_texts()
            assert sorted(labels) == sorted(f["properties"]["place"] for f in _features(sample))
        finally:
            browser.close()
    assert not dialogs and not errors
