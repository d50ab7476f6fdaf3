"""Accuracy gate on an eighth set of short incident notes from the central Sahel (tests/data/labelled_sahel8.jsonl,
written by scripts/make_labelled_sahel8.py): fifty notes of 2019-2021, Burkina Faso 20, Niger 20, Mali 10,
twelve in French, every event type.

Why: the notes were written and coded blind to the extractor's rules, so the set measures how the note rules
carry to unseen text (a riot set off by an earlier killing, tolls per side and revised tolls, captives and
cattle that are not deaths, places relative to a town, a village with its commune in brackets, Boko Haram and
ISWAP in Diffa, bandits in Maradi and Dosso).
First run, no gazetteer (score_labelled): date 0.98, event_type 0.96, sub_event_type 0.94, actor1 0.94,
actors_f1 0.940, fatalities 0.90, country 0.36. With the GeoNames gazetteer (sitrep extract + score.py):
country 1.00, admin1 1.00, location@50km 0.98, location@10km 0.90, field_mean 0.960. The minimums sit a
little below the no-gazetteer figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_sahel8.jsonl"

MINIMUMS = {  # raised after the seventh session's fixes, a little below what they reached (no gazetteer)
    "date": 0.96,
    "event_type": 0.96,
    "sub_event_type": 0.96,
    "actor1": 0.96,
    "actors_f1": 0.95,
    "fatalities": 0.96,
    "country": 0.30,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_sahel8_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 50
    assert all(r["id"].startswith("sahel8:") for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {"Burkina Faso": 20, "Niger": 20, "Mali": 10}
    french = [r for r in rows if " ont " in r["text"]]
    assert len(french) == 12
    types = [r["event_type"][0] for r in rows]
    assert len(set(types)) == 6
    assert types.count("Violence against civilians") >= 15
    assert types.count("Battles") >= 10
    assert types.count("Explosions/Remote violence") >= 6
    assert types.count("Strategic developments") >= 4
    subs = {r["sub_event_type"] for r in rows}
    assert {
        "Remote explosive/landmine/IED",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Abduction/forced disappearance",
        "Looting/property destruction",
        "Arrests",
        "Agreement",
        "Mob violence",
    } <= subs
    admin1 = {r["admin1"] for r in rows}
    assert {"Sahel", "Est", "Centre-Nord", "Nord", "Boucle du Mouhoun", "Cascades", "Hauts-Bassins"} <= admin1
    assert {"Tillaberi", "Tahoua", "Diffa", "Maradi", "Dosso", "Niamey"} <= admin1
    assert {"Mopti", "Segou", "Tombouctou", "Gao", "Kidal", "Koulikoro"} <= admin1
    assert all(len(r["text"].split(". ")) <= 4 for r in rows)
