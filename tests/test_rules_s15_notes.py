"""Rules of the sixth session for short notes: dates glossed in a bracket, as ACLED's own notes write them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sitrep.nlp.timex import event_date, find_dates


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Around 4 May 2020 (between 1 and 4 May), armed men abducted two traders near Ansongo.", "2020-05-04", "week"),
        ("Around 16 August 2019 (month of), gunmen burned a school in Koro cercle.", "2019-08-16", "month"),
        ("Around 9 March 2021 (week of), soldiers arrested a herder in Tillaberi.", "2021-03-09", "week"),
        ("On Thursday (7 May), militants shelled the camp at Tessalit.", "2020-05-07", "day"),
        ("Around 22 April 2020 (as reported), a mine hit a truck near Boni.", "2020-04-22", "day"),
    ],
)
def test_a_bracket_after_a_date_glosses_it(text: str, day: str, precision: str) -> None:
    found = event_date(text, date.fromisoformat(day) + timedelta(days=5))
    assert found is not None
    assert (found.value.isoformat(), found.precision) == (day, precision)


def test_a_bracketed_window_is_not_a_second_date() -> None:
    found = find_dates("Around 4 May 2020 (between 1 and 4 May), armed men abducted two traders.", date(2020, 5, 12))
    assert [d.text for d in found] == ["4 May 2020"]


def test_a_bracket_that_is_not_a_gloss_keeps_the_next_date() -> None:
    found = find_dates("On 5 June (3 killed) and on 7 June (2 killed) the village was raided.", date(2020, 6, 12))
    assert [d.value.day for d in found] == [5, 7]
