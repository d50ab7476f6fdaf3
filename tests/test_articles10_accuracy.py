"""Accuracy gate on a tenth set of whole encyclopedia-style articles (tests/data/labelled_articles10.jsonl,
written by scripts/make_labelled_articles10.py): one main event per article, Mali, Burkina Faso, Niger, Chad,
Libya, Mauritania and Algeria 2018-21, three of them in French, two with a key: value infobox.

Why: this set was written to make the INITIATOR hard to find (perpetrator named only in a later section or in a
claim, the victim as the article's subject, passive voice, a coalition, a denial, a background actor first in
the lead, the victim side listed first in an infobox), and coded blind to the extractor's rules, so it measures
how well actor1 and actor2 carry to unseen articles.
First run (no rule fitted to this set), no gazetteer (score_labelled): event_type 1.00, sub_event_type 1.00,
date 0.67, actor1 0.67, actors_f1 0.85, fatalities 0.83, country 0.92. With the GeoNames gazetteer
(sitrep extract + shared/eval/score.py): date 0.67, event_type 1.00, sub_event_type 1.00, fatalities 0.83,
location@10km 0.67, location@50km 0.83, admin1 1.00, country 1.00, actor1 0.58, actors_f1 0.87,
field_mean 0.867. The minimums sit a little below the no-gazetteer figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles10.jsonl"

# raised after the seventh session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "event_type": 0.9,
    "sub_event_type": 0.9,
    "date": 0.9,
    "actor1": 0.9,
    "actors_f1": 0.85,
    "fatalities": 0.9,
    "country": 0.85,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles10_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 12
    assert all(250 <= len(r["text"].split()) <= 700 and "\n\n" in r["text"] for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Mali": 4,
        "Burkina Faso": 2,
        "Niger": 2,
        "Chad": 1,
        "Libya": 1,
        "Mauritania": 1,
        "Algeria": 1,
    }
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"]]
    assert len(french) == 3
    types = [r["event_type"][0] for r in rows]
    assert types.count("Battles") >= 3 and types.count("Violence against civilians") >= 3
    assert len(set(types)) == 6
    subs = {r["sub_event_type"] for r in rows}
    assert {"Remote explosive/landmine/IED", "Air/drone strike", "Agreement"} <= subs
    assert sum(r["text"].count("\nInfobox") for r in rows) == 2
