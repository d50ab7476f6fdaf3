"""Accuracy gate on a third Sahel set (tests/data/labelled_sahel3.jsonl: Mali 2018-19, Burkina Faso 2019-21, Niger
2019-21, Chad and Libya, written by scripts/make_labelled_sahel3.py).

Why another gate: these notes were written and coded without reading the extractor's rules and lean on what the
other sets have little of (territory changes, shelling, suicide bombs, mob violence, agreements and bases;
weekday and overnight dates; tweet-style notes; conflicting and wounded-only tolls; "dozens" of fighters who are
not dead). First run: event_type 0.90, sub_event_type 0.82, actors_f1 0.831, actor1 0.76, fatalities 0.80,
country 0.36; after the fixes it led to (each a general rule with its own tests in tests/test_rules_s5_*.py):
1.00, 1.00, 0.965, 1.00, 1.00, 0.38. The minimums sit a little below the current figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_sahel3.jsonl"

MINIMUMS = {
    "event_type": 0.98,
    "sub_event_type": 0.96,
    "actors_f1": 0.94,
    "actor1": 0.96,
    "fatalities": 0.98,
    "country": 0.36,  # no gazetteer in the test: only countries the note names
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_sahel3_set_covers_the_theatres_and_event_types() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 50
    countries = ("Mali", "Burkina Faso", "Niger", "Chad", "Libya")
    by_country = {c: sum(r["country"] == c for r in rows) for c in countries}
    assert by_country == {"Mali": 15, "Burkina Faso": 15, "Niger": 12, "Chad": 4, "Libya": 4}
    assert len({r["event_type"][0] for r in rows}) == 6
    assert len({r["sub_event_type"] for r in rows}) >= 15
