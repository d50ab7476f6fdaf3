"""Accuracy gate on a second northern set (tests/data/labelled_north2.jsonl: Libya, Chad, Algeria, Mauritania
2018-2021, written by scripts/make_labelled_north2.py).

Why: the theatres set holds only a handful of notes per northern country, so a rule tuned on the Sahel can
break Libyan militias, Fezzan and Chadian communal fighting, rebels or Hirak protests without any gate
noticing. These notes were written and coded before the extractor was run on them. Scored with the same
helper as the other gates (score.py when ../shared is present); minimums sit a little below the current
figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_north2.jsonl"

MINIMUMS = {
    "event_type": 0.98,
    "actors_f1": 0.95,
    "fatalities": 0.98,
    "country": 0.30,  # no gazetteer in the test: only countries the note names
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_north2_set_covers_the_northern_countries() -> None:
    rows = load_rows(DATA)
    assert len(rows) >= 50
    assert {r["country"] for r in rows} == {"Libya", "Chad", "Algeria", "Mauritania"}
    assert len({r["event_type"][0] for r in rows}) == 6
