"""Accuracy gate on a sixth set of short incident notes from the central Sahel (tests/data/labelled_central6.jsonl,
written by scripts/make_labelled_central6.py): fifty notes, Mali 2018-19, Burkina Faso 2019-21 and Niger 2019-21,
twelve in French, every event type.

Why: these are the theatres of the sealed test set; the notes were written and coded blind to the extractor's
rules, so the set measures how the note rules carry to unseen text (Dozo and Fulani militias, VDP, Koglweogo,
ISGS against MSA/GATIA, Boko Haram in Diffa; tolls to sum, conflicting tolls, relative places, commune-only
places).
First run, no gazetteer (score_labelled): date 1.00, event_type 0.96, sub_event_type 0.90, actor1 0.84,
actors_f1 0.884, fatalities 0.90, country 0.30. With the GeoNames gazetteer (sitrep extract + score.py):
country 1.00, admin1 1.00, location@50km 1.00, location@10km 0.94 (0.92 before our approximate point for
Boulkessi, not in GeoNames, was corrected by 46 km), field_mean 0.958. The minimums sit a little below the
no-gazetteer figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_central6.jsonl"

# raised after the sixth session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "date": 0.96,
    "event_type": 0.96,
    "sub_event_type": 0.96,
    "actor1": 0.94,
    "actors_f1": 0.94,
    "fatalities": 0.96,
    "country": 0.25,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_central6_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 50
    assert all(r["id"].startswith("central6:") for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {"Mali": 20, "Burkina Faso": 18, "Niger": 12}
    french = [r for r in rows if " ont " in r["text"]]
    assert len(french) == 12
    types = [r["event_type"][0] for r in rows]
    assert len(set(types)) == 6
    assert types.count("Strategic developments") >= 3
    assert types.count("Protests") >= 2
    assert types.count("Explosions/Remote violence") >= 6
    subs = {r["sub_event_type"] for r in rows}
    assert {"Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"} <= subs
    assert all(len(r["text"].split(". ")) <= 4 for r in rows)
