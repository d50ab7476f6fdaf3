"""Accuracy gate on a sixth set of whole encyclopedia-style articles (tests/data/labelled_articles6.jsonl,
written by scripts/make_labelled_articles6.py): one main event per article, Burkina Faso, Niger, Mali, Libya,
Chad and Algeria 2018-21, two of them in French, two with a key: value infobox.

Why: the sealed set scores the FIRST event the extractor writes for a whole article; this set was written and
coded blind to the extractor's rules, so it measures how well the article rules carry to unseen events.
First run (no rule fitted to this set), no gazetteer (score_labelled): event_type 0.80, sub_event_type 0.70,
date 0.80, actor1 0.70, actors_f1 0.76, fatalities 0.70, country 0.90. With the GeoNames gazetteer
(sitrep extract + shared/eval/score.py): the same, plus country 1.00, admin1 0.70 (0.60 before Chad's
admin1 was corrected to ACLED's spelling "Ennedi-Est"), location@10km 0.60,
location@50km 0.70, field_mean 0.743. After the session's last fixes (places of residents / "paroisse de X",
the bomber's own death, plain-text infobox lines, "attaque armée" as an adjective): with the gazetteer
location@50km 0.90, admin1 0.90, actors_f1 0.78, fatalities 0.70 (the bomber's death raised it to 0.80, then
reading the infobox's "casualties2: several killed" as 10, our "several" convention, put 005 at 20 against a
coded 10). The minimums sit a little below the no-gazetteer figures."""

from __future__ import annotations

from pathlib import Path

from labelled_gate import accuracy_gate
from test_extract_accuracy import load_rows

DATA = Path(__file__).parent / "data" / "labelled_articles6.jsonl"

# raised after the sixth session's fixes, a little below the figures they reached (no gazetteer)
MINIMUMS = {
    "event_type": 0.9,
    "actor1": 0.7,
    "actors_f1": 0.8,
    "fatalities": 0.9,
    "country": 0.85,
}


scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)


def test_articles6_set_shape() -> None:
    rows = load_rows(DATA)
    assert len(rows) == 10
    assert all(1500 <= len(r["text"]) <= 4000 and "\n\n" in r["text"] for r in rows)
    countries = [r["country"] for r in rows]
    assert {c: countries.count(c) for c in set(countries)} == {
        "Burkina Faso": 2,
        "Niger": 2,
        "Mali": 2,
        "Libya": 2,
        "Chad": 1,
        "Algeria": 1,
    }
    french = [r for r in rows if " le " in r["text"] and " la " in r["text"]]
    assert len(french) == 2
    assert len({r["event_type"][0] for r in rows}) >= 5
    assert sum(r["text"].count("\nInfobox") for r in rows) == 2
