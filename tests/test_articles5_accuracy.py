"""Accuracy gate on a fifth set of whole encyclopedia-style articles (tests/data/labelled_articles5.jsonl,
written by scripts/make_labelled_articles5.py): one main event per article, Burkina Faso, Niger, Mali, Libya,
Chad, Mauritania and Algeria 2018-21, three of them in French, three with an infobox.

Why: the sealed set scores the FIRST event the extractor writes for a whole article, so background sections,
earlier attacks, later reprisals, conflicting tolls and reactions must not displace the main event. This set
was written and coded blind to the extractor's rules and to the earlier article sets.

First run (no rule fitted to this set, no coding changed after it), with no gazetteer (this test): date 0.83,
event_type 0.67, sub_event_type 0.67, actor1 0.50, actors_f1 0.60, fatalities 0.42, country 0.92, admin1 and
location 0.00 (no place resolves without a gazetteer); field_mean 0.42. With the GeoNames gazetteer
(``sitrep extract`` with SITREP_GAZETTEER, scored by shared/eval/score.py): date 0.83, event_type 0.75,
actor1 0.50, actors_f1 0.65, fatalities 0.42, location@50km 0.83, admin1 0.83, country 1.00, field_mean 0.72.
The main misses: the larger of two conflicting tolls taken, attackers' deaths not summed with victims', groups
named in background or aftermath paragraphs taken as the perpetrator, a non-violent takeover typed as a battle,
a riot typed as a peaceful protest. After the fifth session's fixes (tests/test_rules_s10_articles.py,
test_rules_s11_articles.py and the note rules): date 0.92, event_type 0.83, actor1 0.92, actors_f1 0.89,
fatalities 1.00, country 0.92 without a gazetteer; with the dumps event_type 0.92, actors_f1 0.94, location@50km
0.92, admin1 0.83, field_mean 0.92. The minimums sit a little below the no-gazetteer figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles5.jsonl"

MINIMUMS = {
    "date": 0.9,
    "event_type": 0.8,
    "actor1": 0.9,
    "actors_f1": 0.87,
    "fatalities": 0.95,
    "country": 0.9,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles5_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 12
    assert all(1500 <= len(r["text"]) <= 4000 and "\n\n" in r["text"] for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Burkina Faso": 3,
        "Niger": 2,
        "Mali": 2,
        "Libya": 2,
        "Chad": 1,
        "Mauritania": 1,
        "Algeria": 1,
    }
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"]]
    assert len(french) == 3
    assert len({r["event_type"][0] for r in rows}) >= 5
