"""Accuracy gate on a second northern set (tests/data/labelled_north2.jsonl: Libya, Chad, Algeria, Mauritania
2018-2021, written by scripts/make_labelled_north2.py).

Why: the theatres set holds only a handful of notes per northern country, so a rule tuned on the Sahel can
break Libyan militias, Fezzan and Chadian communal fighting, rebels or Hirak protests without any gate
noticing. These notes were written and coded before the extractor was run on them. Scored with the same
helper as the other gates (score.py when ../shared is present); minimums sit a little below the current
figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_extract_accuracy import load_rows, score_labelled

DATA = Path(__file__).parent / "data" / "labelled_north2.jsonl"

MINIMUMS = {
    "event_type": 0.98,
    "actors_f1": 0.95,
    "fatalities": 0.98,
    "country": 0.30,  # no gazetteer in the test: only countries the note names
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_labelled(DATA)


def test_north2_set_covers_the_northern_countries() -> None:
    rows = load_rows(DATA)
    assert len(rows) >= 50
    assert {r["country"] for r in rows} == {"Libya", "Chad", "Algeria", "Mauritania"}
    assert len({r["event_type"][0] for r in rows}) == 6


@pytest.mark.parametrize("field", sorted(MINIMUMS))
def test_minimum_accuracy(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= MINIMUMS[field], f"{field} {scores[field]:.3f} < {MINIMUMS[field]}"
