"""Accuracy gate on a ninth, HELD-OUT set of whole encyclopedia-style articles
(tests/data/labelled_articles9.jsonl, written by scripts/make_labelled_articles9.py): one main event per
article, Mali, Burkina Faso, Niger, Libya, Mauritania and Algeria 2018-21, three of them in French, two with a
key: value infobox.

Why: the sealed set scores the FIRST event the extractor writes for a whole article. This set was written and
coded blind to the extractor's rules and before any run of it, so it measures how the article rules carry to
unseen events; no rule may be fitted to its rows."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles9.jsonl"

# Set by the lead after the one first run (commit 0d24ae3, the end of the sixth session's fixes; no rule was
# fitted to this set), a little below its no-gazetteer figures: date 1.00, event_type 0.80, fatalities 1.00,
# actor1 0.50, actors_f1 0.74, country 0.80. With the GeoNames dumps (sitrep extract + score.py): location@50km
# 0.80, admin1 0.90, country 1.00, field_mean 0.873, the best first run on unseen articles so far (0.72-0.81
# before), with actor1 its weak field.
MINIMUMS = {
    "date": 0.9,
    "event_type": 0.7,
    "actor1": 0.4,
    "actors_f1": 0.7,
    "fatalities": 0.9,
    "country": 0.7,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def _is_french(text: str) -> bool:
    return " le " in text and " la " in text and " des " in text


def test_articles9_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 10
    assert [r["id"] for r in rows] == [f"articles9:{i:03d}" for i in range(1, 11)]
    assert all(1500 <= len(r["text"]) <= 4500 and "\n\n" in r["text"] for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Mali": 2,
        "Burkina Faso": 2,
        "Niger": 2,
        "Libya": 2,
        "Mauritania": 1,
        "Algeria": 1,
    }
    assert sum(_is_french(r["text"]) for r in rows) == 3
    assert len({r["event_type"][0] for r in rows}) >= 5
    assert sum(r["text"].count("\nInfobox") for r in rows) == 2
    # each article is published weeks to months after its main event, as a real encyclopedia page would be
    assert all(r["published"] > r["date"] for r in rows)
