"""A library filled once from the bundled examples, shared by the API and browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from sitrep.workbench import Workbench

HOSTILE = (
    "Gao, 4 June 2020 — <script>window.__xss=1</script> Gunmen attacked a checkpoint near Gao on 3 June 2020, "
    'killing two soldiers. <img src=x onerror="window.__xss=1"> Residents said the attackers fled on motorbikes.\n'
)


def example_files() -> list[Path]:
    return [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".md") and p.name != "README.md"]


def filled_library(tmp: Path, base: Path) -> str:
    """A database with the examples ingested; the gazetteer is the session's shared one."""
    db = str(tmp / "api.db")
    with Workbench.open(db, gazetteer_path=base / "data-dir" / "gazetteer.sqlite") as wb:
        report = wb.ingest_paths(example_files())
        assert not report.errors, report.errors
    return db


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> str:
    return filled_library(tmp_path_factory.mktemp("api"), tmp_path_factory.getbasetemp())
