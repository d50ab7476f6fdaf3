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
