"""Accuracy gate on a HELD-OUT set of twelve whole encyclopedia-style articles (tests/data/labelled_articles15.jsonl,
written by scripts/make_labelled_articles15.py): one main event per article, Mali, Burkina Faso, Niger, Libya,
Chad and Algeria 2018-21, four of them in French, two with a key: value infobox.

Why: this set was written and coded blind to the extractor's rules and nobody fixes the extractor against it, so
it measures how the article rules carry to unseen text; the gate only catches regressions.
First run (frozen tree, no rule fitted to this set), no gazetteer (score_labelled): date 1.00, event_type 0.83,
sub_event_type 0.83, actor1 0.75, actors_f1 0.78, fatalities 0.75, country 0.83 (places need the gazetteer).
With the GeoNames gazetteer (sitrep extract + shared/eval/score.py): the same, plus country 1.00, admin1 0.92,
location@10km 0.75, location@50km 0.92, field_mean 0.867. The minimums sit a little below the no-gazetteer
figures (one row is 0.083)."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles15.jsonl"

MINIMUMS = {
    "date": 0.95,
    "event_type": 0.8,
    "sub_event_type": 0.8,
    "actor1": 0.7,
    "actors_f1": 0.75,
    "fatalities": 0.7,
    "country": 0.8,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles15_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 12
    assert all(250 <= len(r["text"].split()) <= 700 and "\n\n" in r["text"] for r in rows)
    assert all("2018-01-01" <= r["date"] <= "2021-12-31" for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Mali": 3,
        "Burkina Faso": 3,
        "Niger": 2,
        "Libya": 2,
        "Chad": 1,
        "Algeria": 1,
    }
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"] and " des " in r["text"]]
    assert len(french) == 4
    assert len({r["event_type"][0] for r in rows}) >= 5
    assert sum(r["event_type"] == ["Strategic developments"] for r in rows) <= 1
    assert sum(r["text"].count("\nInfobox") for r in rows) == 2
