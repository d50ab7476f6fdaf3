"""Accuracy gate on a seventh eastern set (tests/data/labelled_eastern7.jsonl: 50 short ACLED-style notes from
Libya, Chad, Niger's Diffa and Tahoua regions, Algeria and Mauritania, 2018-21, ten in French, written by
scripts/make_labelled_eastern7.py).

Why: these theatres are the ones the earlier sets cover least, and this set was written and coded blind to the
extractor's rules, with the traps real notes hold (ACLED's "Around D (between X and D)" and "night of D-E"
dates, a statement dated after the fighting, an earlier incident named after the main one, per-side and
claimed-versus-acknowledged tolls, Tripoli's districts, places given relative to a town, spelling variants).
First run (no rule fitted to this set), no gazetteer (score_labelled): date 0.96, event_type 0.86,
sub_event_type 0.82, actor1 0.70, actors_f1 0.761, fatalities 0.92, country 0.30. With the GeoNames
gazetteer (``sitrep extract`` + score.py): location@10km 0.82, location@50km 0.94, admin1 0.92 (0.94 after
Ubari's admin1 was corrected to ACLED's "Wadi al Hayaa"), country 0.96, field_mean 0.894. The minimums sit a
little below the no-gazetteer figures."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_eastern7.jsonl"

# raised after the sixth session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "date": 0.96,
    "event_type": 0.94,
    "sub_event_type": 0.92,
    "actor1": 0.9,
    "actors_f1": 0.9,
    "fatalities": 0.9,
    "country": 0.3,
}

_FRENCH = re.compile(r"\b(le|la|les|des|du|une|ont|été|dans|selon|lors|à|au)\b")


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_eastern7_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 50
    assert all(r["id"].startswith("eastern7:") for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Libya": 18,
        "Chad": 10,
        "Niger": 8,
        "Algeria": 7,
        "Mauritania": 7,
    }
    french = [r for r in rows if len(set(_FRENCH.findall(r["text"].lower()))) >= 3]
    assert len(french) == 10
    types = [r["event_type"][0] for r in rows]
    assert len(set(types)) == 6
    assert types.count("Strategic developments") >= 5
    assert types.count("Protests") >= 6
    assert types.count("Riots") >= 3
    assert types.count("Explosions/Remote violence") >= 8
    assert len({r["sub_event_type"] for r in rows if r["event_type"][0] == "Protests"}) == 3
    for r in rows:
        lag = (date.fromisoformat(r["published"]) - date.fromisoformat(r["date"])).days
        assert 1 <= lag <= 14, r["id"]
        assert "2018" <= r["date"][:4] <= "2021", r["id"]
