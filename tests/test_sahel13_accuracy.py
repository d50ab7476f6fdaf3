"""Accuracy gate on a thirteenth set of short Sahel event notes (tests/data/labelled_sahel13.jsonl, written by
scripts/make_labelled_sahel13.py): fifty notes in the style of ACLED's notes of 2019-2021, Burkina Faso 15,
Niger 13, Mali 12 and Chad, Libya, Mauritania and Algeria 10, twelve in French.

Why: the notes were written and coded blind to the extractor's rules, so the set measures how the note rules
carry to unseen text (tolls per side and revised tolls, attackers named only by a later claim, relative places,
rare villages, Takuba partners, M5-RFP riots, FACT, Hirak).
First run, no gazetteer (score_labelled): date 0.98, event_type 0.94, sub_event_type 0.92, actor1 0.88,
actors_f1 0.881, fatalities 0.90, country 0.30. With the GeoNames gazetteer (sitrep extract + score.py):
country 1.00, admin1 1.00, location@50km 0.98, location@10km 0.88 (0.86 before the one
gold correction, Koutougou's point; see the script's docstring), actors_f1 0.891, field_mean 0.949. The
minimums sit a little below the no-gazetteer figures.
After the ninth session's two fixer rounds (no gazetteer): date 1.00, event_type 1.00, sub_event_type 0.98, actor1 0.98,
actors_f1 0.950, fatalities 1.00, country 0.30; the minimums were raised to just below these."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_sahel13.jsonl"

MINIMUMS = {
    "date": 0.98,
    "event_type": 0.98,
    "sub_event_type": 0.96,
    "actor1": 0.96,
    "actors_f1": 0.93,
    "fatalities": 0.98,
    "country": 0.28,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_sahel13_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 50
    assert all(r["id"].startswith("sahel13:") for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Burkina Faso": 15,
        "Niger": 13,
        "Mali": 12,
        "Chad": 3,
        "Libya": 4,
        "Mauritania": 1,
        "Algeria": 2,
    }
    assert all("2019-01-01" <= r["date"] <= "2021-12-31" for r in rows)
    assert all(r["date"] <= r["published"] for r in rows)
    french = [r for r in rows if " ont " in r["text"]]
    assert len(french) == 12
    types = [r["event_type"][0] for r in rows]
    assert len(set(types)) == 6
    assert types.count("Explosions/Remote violence") >= 8
    subs = {r["sub_event_type"] for r in rows}
    assert {"Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"} <= subs
    assert {"Abduction/forced disappearance", "Violent demonstration", "Arrests"} <= subs
    assert all(len(r["text"].split(". ")) <= 4 for r in rows)
