"""The web workbench in a real headless Chromium against a real server: list, map, event, upload, XSS.

Needs /usr/bin/chromium (``make system-deps-browser``) and the ``playwright`` package; skipped locally
without them, a failure in CI (CI=true), where they must be present.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api_fixtures import HOSTILE, library  # noqa: F401  (a fixture)
from conftest import CHROMIUM, CHROMIUM_FLAGS, require_browser

ARGS = CHROMIUM_FLAGS


def _require_browser() -> Any:
    require_browser(playwright=True)
    from playwright.sync_api import sync_playwright

    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(library: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # noqa: F811
    _require_browser()
    port = _free_port()
    env = {**os.environ, "SITREP_DATA_DIR": str(tmp_path_factory.getbasetemp() / "data-dir")}
    env.pop("SITREP_TOKEN", None)
    env.pop("SITREP_READ_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "--db", library, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/sources", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"server did not start: {err}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_workbench_in_a_browser(server: str, tmp_path: Path) -> None:
    sync_playwright = _require_browser()
    hostile = tmp_path / "gao-checkpoint.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.goto(server + "/")

        # The event list, the map with its uncertainty circles, the timeline.
        page.wait_for_selector("#event-list li")
        assert page.locator("#event-list li").count() >= 1
        page.wait_for_selector("#map .map-dot", state="attached")
        assert page.locator("#map .map-circle").count() >= 1
        assert page.locator("#timeline circle").count() >= 1
        page.screenshot(path=str(tmp_path / "events.png"))

        # An event: claims per field with status marks and grades, source texts with quoted spans marked.
        page.locator("#event-list li").first.click()
        page.wait_for_selector("#event-detail table.claims")
        statuses = set(page.locator("#event-detail [data-status]").all_text_contents())
        assert statuses and statuses <= {"corroborated", "single-source", "contested"}
        assert page.locator("#event-detail .badge.grade").count() >= 1
        page.wait_for_selector("#event-detail .doc-text mark")
        marks = page.locator("#event-detail .doc-text mark").all_text_contents()
        quotes = page.locator("#event-detail blockquote").all_text_contents()
        assert marks and all(any(m in q or q in m for q in quotes) for m in marks)
        page.screenshot(path=str(tmp_path / "event.png"), full_page=True)
        shutil.copy(tmp_path / "event.png", "/tmp/sitrep-ui.png")

        # The event's brief: sections as text, each citation opens its quote marked in the source text.
        page.click("#brief-button")
        page.wait_for_selector("#event-brief a.cite")
        cite = page.locator("#event-brief ul a.cite").first
        quote = cite.get_attribute("title") or ""
        cite.click()
        page.wait_for_selector("#event-brief .citation-view mark")
        marked = page.locator("#event-brief .citation-view mark").first.text_content() or ""
        assert marked and marked == quote

        # The timeline from the API, the network drawn from the server's SVG in an <img>, persons' roles.
        page.click("header nav button[data-view=chronology]")
        page.wait_for_selector("#chronology li time")
        page.locator("#chronology a.cite").first.click()
        page.wait_for_selector("#chronology-source mark")
        page.click("header nav button[data-view=network]")
        page.wait_for_selector("#network-edges tbody tr")  # filled after the image has loaded
        assert page.evaluate("document.getElementById('network-img').naturalWidth") > 0
        assert page.locator("#view-network svg").count() == 0  # the SVG is an image, never inlined
        page.screenshot(path=str(tmp_path / "network.png"))
        page.click("header nav button[data-view=persons]")
        page.wait_for_selector("#persons li.person [data-status]")
        assert page.locator("#persons blockquote").count() >= 1
        page.click("header nav button[data-view=events]")

        # Upload a hostile report: it goes in, and its markup is shown as text, never run.
        page.click("header nav button[data-view=upload]")
        page.set_input_files("#upload input[name=file]", str(hostile))
        page.click("#upload button[type=submit]")
        page.locator("#upload-result").filter(has_text="1 added").wait_for()
        page.wait_for_selector("#documents li")
        page.locator("#documents li").filter(has_text="gao-checkpoint").click()
        page.wait_for_selector("#document-view .doc-text")
        shown = page.locator("#document-view .doc-text").text_content() or ""
        assert "<script>window.__xss=1</script>" in shown and '<img src=x onerror="window.__xss=1">' in shown
        assert page.locator("#document-view script, #document-view img").count() == 0
        page.screenshot(path=str(tmp_path / "upload.png"), full_page=True)

        page.click("header nav button[data-view=events]")
        page.fill("#filters input[name=q]", "checkpoint")
        with page.expect_response(lambda r: "/api/events?" in r.url):
            page.click("#filters button[type=submit]")
        page.locator("#event-count").filter(has_text="events").wait_for()
        if page.locator("#event-list li").count():
            page.locator("#event-list li").first.click()
            hostile_view = page.locator("#event-detail .doc-text").filter(has_text="window.__xss=1").first
            hostile_view.wait_for()
            shown = hostile_view.text_content() or ""
            assert "<script>window.__xss=1</script>" in shown and 'onerror="window.__xss=1"' in shown
            assert page.locator("#event-detail script, #event-detail img").count() == 0
        assert page.evaluate("typeof window.__xss") == "undefined"

        # Merge review lists the machine's decisions with an unmerge button.
        page.click("header nav button[data-view=merges]")
        page.wait_for_selector("#merges tbody tr")
        assert page.locator("#merges tbody button").count() >= 1
        page.screenshot(path=str(tmp_path / "merges.png"))
        browser.close()
    assert not problems, problems
