"""Accuracy gate on a seventh set of whole encyclopedia-style articles (tests/data/labelled_articles7.jsonl,
written by scripts/make_labelled_articles7.py): one main event per article, Mali, Burkina Faso, Niger, Libya,
Chad and Algeria 2018-21, four of them in French, three with a key: value infobox after the title.

Why: the sealed set scores the FIRST event the extractor writes for a whole article; this set was written and
coded blind to the extractor's rules, so it measures how well the article rules carry to unseen events (a
"night of 4 to 5" date, a two-village massacre coded to the first village, government against claimed tolls,
protesters shot by police, an arrest as a strategic development).
First run (no rule fitted to this set), no gazetteer (score_labelled): date 0.833, event_type 0.667,
sub_event_type 0.667, actor1 0.500, actors_f1 0.643, fatalities 0.583, country 0.917. With the GeoNames
gazetteer (sitrep extract + shared/eval/score.py): date 0.917, event_type 0.833, sub_event_type 0.833,
actor1 0.583, actors_f1 0.679, fatalities 0.583, location@10km 0.667 (0.750 once Indelimane's gold point
was corrected to GeoNames'), location@50km 0.917, admin1 0.917, country 1.000, field_mean 0.808.
The minimums sit a little below the no-gazetteer figures."""

from __future__ import annotations

import re
from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles7.jsonl"

# raised after the sixth session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "date": 0.8,
    "event_type": 0.62,
    "actor1": 0.7,
    "actors_f1": 0.7,
    "fatalities": 0.75,
    "country": 0.9,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles7_set_shape() -> None:
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
    french = [r for r in rows if "\nContexte\n" in r["text"]]
    assert len(french) == 4
    assert len({r["event_type"][0] for r in rows}) >= 5
    infobox = [r for r in rows if re.search(r"^Date ?: ", r["text"][:400], re.MULTILINE)]
    assert len(infobox) == 3
    assert all(r["id"].startswith("articles7:") for r in rows)
