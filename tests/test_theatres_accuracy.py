"""Accuracy gate on the theatres beyond the Mali 2017 dev set (tests/data/labelled_theatres.jsonl: Burkina
Faso, Niger, Libya, Algeria, Chad, Mauritania, Mali 2018-19, written by scripts/make_labelled_theatres.py).

Why a separate gate: rules tuned on Mali 2017 meet other actors and note habits in the sealed test; this
set keeps them honest there. Scored with the same helper as the English gate (score.py when ../shared is
present); minimums sit a little below the current figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_theatres.jsonl"

MINIMUMS = {
    "event_type": 0.99,
    "actors_f1": 0.975,
    "fatalities": 0.99,
    "country": 0.25,  # no gazetteer in the test: only countries the note names
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_theatres_set_covers_the_test_countries() -> None:
    rows = load_rows(DATA)
    assert len(rows) >= 70
    assert {r["country"] for r in rows} >= {"Burkina Faso", "Niger", "Libya", "Algeria", "Chad", "Mauritania", "Mali"}
    assert len({r["event_type"][0] for r in rows}) == 6
