"""Accuracy gate on a second set of whole encyclopedia-style articles (tests/data/labelled_articles2.jsonl:
Mali, Burkina Faso, Niger, Chad, Libya and Algeria 2019-21, written by scripts/make_labelled_articles2.py).

Why: the sealed test includes whole articles, where the main event must be chosen among background attacks,
infobox lines and aftermath sections that carry their own dates and tolls. These twelve were written and coded
blind to the extractor's rules. Scored with the same helper as the English gate (score.py when ../shared is
present). First run: date 1.00, event_type 0.58, sub_event_type 0.58, actor1 0.50, actors_f1 0.81,
fatalities 0.83, country 0.92; after the fixes it led to (general rules about article structure, each tested
in tests/test_rules_s6_articles_doc.py): 1.00, 1.00, 1.00, 1.00, 0.94, 1.00, 0.92. The minimums sit a little
below the current figures (one article of twelve is 0.083)."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles2.jsonl"

MINIMUMS = {
    "date": 0.99,
    "event_type": 0.91,
    "sub_event_type": 0.91,
    "actor1": 0.91,
    "actors_f1": 0.9,
    "fatalities": 0.91,
    "country": 0.9,  # no gazetteer in the test: only countries the article names
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles2_set_is_whole_articles_from_six_countries() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 12
    by_country = {c: sum(r["country"] == c for r in rows) for c in ("Mali", "Burkina Faso", "Niger")}
    assert by_country == {"Mali": 4, "Burkina Faso": 3, "Niger": 2}
    assert {"Chad", "Libya", "Algeria"} <= {r["country"] for r in rows}
    assert len({r["event_type"][0] for r in rows}) == 3
    assert all(len(r["text"]) > 1200 and "== " in r["text"] for r in rows)
    assert sum("{{Infobox" in r["text"] for r in rows) == 3
