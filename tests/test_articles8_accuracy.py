"""Accuracy gate on an eighth set of whole encyclopedia-style articles (tests/data/labelled_articles8.jsonl,
written by scripts/make_labelled_articles8.py): one main event per article, Mali, Burkina Faso, Niger, Libya,
Chad and Algeria 2018-21, four of them in French, three with a key: value infobox after the title.

Why: the sealed set scores the FIRST event the extractor writes for a whole article; this set was written and
coded blind to the extractor's rules, so it measures how well the article rules carry to unseen events (a
neighbouring village's toll, an abduction whose victim is found dead days later, injuries with no deaths,
a handover and a base opening with no violence at all).
First run (no rule fitted to this set), no gazetteer (score_labelled): date 0.75, event_type 0.75,
sub_event_type 0.75, actor1 0.667, actors_f1 0.808, fatalities 0.50, country 1.00 (location and admin1 0.00
without a gazetteer). With the GeoNames gazetteer (sitrep extract + shared/eval/score.py): the same, plus
admin1 0.833, location@10km 0.50, location@50km 0.667, field_mean 0.718.
The minimums sit a little below the no-gazetteer figures."""

from __future__ import annotations

import re
from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles8.jsonl"

# raised after the sixth session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "date": 0.8,
    "event_type": 0.75,
    "actor1": 0.75,
    "actors_f1": 0.8,
    "fatalities": 0.75,
    "country": 0.95,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def _has_infobox(text: str) -> bool:
    """An infobox is the paragraph right after the title made only of "Key: value" lines."""
    paragraphs = text.split("\n\n")
    return len(paragraphs) > 2 and all(re.match(r"[A-Z][\w ]*: \S", line) for line in paragraphs[1].splitlines())


def test_articles8_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 12
    assert all(1500 <= len(r["text"]) <= 4500 and "\n\n" in r["text"] for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Mali": 3,
        "Burkina Faso": 3,
        "Niger": 2,
        "Libya": 2,
        "Chad": 1,
        "Algeria": 1,
    }
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"]]
    assert len(french) == 4
    assert len({r["event_type"][0] for r in rows}) >= 5
    assert sum(_has_infobox(r["text"]) for r in rows) == 3
    assert all(r["id"].startswith("articles8:") for r in rows)
