"""Accuracy gate for French: the extractor on our own French labelled notes (tests/data/labelled_fr.jsonl),
scored like shared/eval/score.py. Minimums sit a little below the current figures (docs/french.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.ingest.language import guess_language
from test_extract_accuracy import load_rows, score_labelled

DATA = Path(__file__).parent / "data" / "labelled_fr.jsonl"

MINIMUMS = {
    "event_type": 0.95,
    "actors_f1": 0.93,
    "fatalities": 0.95,
    "date": 0.99,
    "country": 0.12,  # without a gazetteer the country comes from demonyms and forces only
}


def _rows() -> list[dict[str, Any]]:
    return load_rows(DATA)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    # no language is given: the extractor must recognise French by itself
    return score_labelled(DATA)


def test_labelled_set_is_large_and_varied() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert {r["country"] for r in rows} >= {"Mali", "Burkina Faso", "Niger", "Chad", "Mauritania"}
    assert len({r["event_type"][0] for r in rows}) == 6
    assert {r["date"][:4] for r in rows} >= {"2018", "2019", "2020", "2021", "2022"}


def test_every_note_is_recognised_as_french() -> None:
    assert all(guess_language(r["text"]) == "fr" for r in _rows())


@pytest.mark.parametrize("field", sorted(MINIMUMS))
def test_minimum_accuracy(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= MINIMUMS[field], f"{field} {scores[field]:.3f} < {MINIMUMS[field]}"
