"""Accuracy gate on a fourth set of whole encyclopedia-style articles (tests/data/labelled_articles4.jsonl,
written by scripts/make_labelled_articles4.py): one main event per article, Mali, Burkina Faso, Niger, Libya,
Chad and Algeria 2019-21, two of them in French.

Why: the sealed set scores the FIRST event the extractor writes for a whole article, so background sections,
earlier attacks and later reprisals must not displace the main event. This set was written and coded blind to
the extractor's rules. Its first run crashed on the two articles with an infobox and no other section the
layout code recognised (fixed in nlp/doc_layout.reference_date; nlp/jsonl now writes such a report with no
events and a one-line error instead of losing the batch); counting those two as misses it gave event_type 0.70,
actor1 0.60, actors_f1 0.62, fatalities 0.60. With the crash fixed and the session's last rules (no rule was
fitted to this set): event_type 0.90, actor1 0.70, actors_f1 0.68, fatalities 0.70, country 0.90 (no
gazetteer). After the fifth session's article rules (riots by their acts, a lead toll with no killer is the riot's
toll; tests/test_rules_s9_articles.py): event_type 1.00, actor1 0.80, actors_f1 0.72. The minimums sit a little
below."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles4.jsonl"

MINIMUMS = {
    "event_type": 0.95,
    "actors_f1": 0.84,
    "fatalities": 0.7,
    "country": 0.88,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles4_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 10
    assert all(len(r["text"]) > 700 and "\n\n" in r["text"] for r in rows)
    countries = {r["country"] for r in rows}
    assert countries == {"Mali", "Burkina Faso", "Niger", "Libya", "Chad", "Algeria"}
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"]]
    assert len(french) == 2
    assert len({r["event_type"][0] for r in rows}) == 5
