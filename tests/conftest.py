"""Shared fixtures: where ../shared is, and a gazetteer built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
DEV = SHARED / "eval" / "dev"
GAZETTEER_DUMPS = SHARED / "gazetteer"
EXAMPLES = ROOT / "src" / "sitrep" / "examples"

needs_shared = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is absent (CI always has it)")
needs_dev = pytest.mark.skipif(not DEV.exists(), reason="../shared/eval/dev is absent (CI always has it)")
needs_dumps = pytest.mark.skipif(
    not (GAZETTEER_DUMPS / "geonames-ML.txt").exists(), reason="../shared/gazetteer is absent (CI always has it)"
)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes into the user's real data directory."""
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data-dir"))
    monkeypatch.delenv("SITREP_DB", raising=False)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",  # this machine's network is closed: no background connections
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_browser(*, playwright: bool = False, pillow: bool = False) -> None:
    """Skip a browser test where Chromium (or Playwright, or Pillow) is missing; fail instead in CI,
    where the Makefile installs them, so a green CI run always means the browser tests ran."""
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} is missing (make system-deps-browser)"
    if pillow and missing is None:
        try:
            import PIL  # noqa: F401
        except ImportError:
            missing = "Pillow is not installed"
    if playwright and missing is None:
        try:
            import playwright.sync_api
        except ImportError:
            missing = "the playwright package is not installed"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
