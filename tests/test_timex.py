"""Date expressions: every written form, resolution against publication and earlier dates, false positives."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, needs_shared
from sitrep.nlp.timex import (
    PRECISION_CODES,
    TimeExpr,
    assumed_event_date,
    event_date,
    find_dates,
)

PUB = date(2020, 6, 10)  # a Wednesday


def only(text: str, published: date | None = PUB, language: str = "en") -> TimeExpr:
    found = find_dates(text, published, language=language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on 03.06.2020 in Kidal", date(2020, 6, 3), "day"),
        ("on 3/6/2020", date(2020, 6, 3), "day"),
        ("on 03-06-2020", date(2020, 6, 3), "day"),
        ("on 03.06.20", date(2020, 6, 3), "day"),
        ("the 6/13/2020 raid", date(2020, 6, 13), "day"),  # month-first only when day-first is impossible
        ("released on 2020-06-18", date(2020, 6, 18), "day"),
        ("released on 2020.06.18, took place", date(2020, 6, 18), "day"),
        ("on 3 June 2020", date(2020, 6, 3), "day"),
        ("on June 3, 2020", date(2020, 6, 3), "day"),
        ("on 3rd of June 2020", date(2020, 6, 3), "day"),
        ("Approved on July the First 2020", date(2020, 7, 1), "day"),
        ("Approved on July the First^h 2020", date(2020, 7, 1), "day"),
        ("on the twenty-first of May 2020", date(2020, 5, 21), "day"),
        ("le 3 juin 2020", date(2020, 6, 3), "day"),
        ("le 1er juillet 2019", date(2019, 7, 1), "day"),
        ("3 Sept. 2019", date(2019, 9, 3), "day"),
        ("on Apr.24-25 near Tessalit", date(2020, 4, 24), "day"),
        ("in March 2017", date(2017, 3, 15), "month"),
        ("en mars 2017", date(2017, 3, 15), "month"),
        ("the summer of 2018", date(2018, 7, 15), "season"),
        ("l'été 2018", date(2018, 7, 15), "season"),
        ("late 2019", date(2019, 11, 15), "season"),
        ("fin 2019", date(2019, 11, 15), "season"),
        ("in 2019", date(2019, 7, 1), "year"),
        ("since 2017", date(2017, 7, 1), "year"),
        ("depuis 2017", date(2017, 7, 1), "year"),
    ],
)
def test_absolute_forms(text: str, expected: date, precision: str) -> None:
    e = only(text)
    assert (e.value, e.precision) == (expected, precision)
    assert text[e.start : e.end] == e.text


def test_yearless_dates_take_the_latest_year_not_after_publication() -> None:
    e = only("JNIM claimed an attack on December 28", date(2018, 1, 2))
    assert e.value == date(2017, 12, 28)
    assert (e.anchor, e.relative) == ("published", False)
    assert only("On February 22, gunmen attacked", date(2017, 3, 1)).value == date(2017, 2, 22)
    assert only("on 22 February", date(2017, 3, 1)).value == date(2017, 2, 22)
    assert only("November, 24: 8 killed", date(2017, 11, 28)).value == date(2017, 11, 24)
    assert only("Claimed by ISGS on November, 15th.", date(2017, 11, 22)).value == date(2017, 11, 15)
    # A few days after publication keeps the year (a late update), far after goes back a year.
    assert only("died on November 21", date(2017, 11, 18)).value == date(2017, 11, 21)
    assert only("on 1 July", PUB).value == date(2019, 7, 1)


def test_yearless_date_without_publication_borrows_the_text_year() -> None:
    found = find_dates("On 1 June 2020 troops arrived. On 3 June, the battle began.", None)
    assert [e.value for e in found] == [date(2020, 6, 1), date(2020, 6, 3)]
    assert found[1].anchor == "previous"
    assert find_dates("On 3 June, the battle began.", None) == []


def test_numeric_day_month_needs_a_date_word() -> None:
    e = only("A village chief was shot dead there last 10/12.", date(2017, 12, 31))
    assert e.value == date(2017, 12, 10)
    assert e.text == "10/12"
    assert only("Claimed by ISGS on 26/12.", date(2017, 12, 30)).value == date(2017, 12, 26)
    assert find_dates("final toll 12 dead and 4/5 injured", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", date(2020, 6, 9)),
        ("this morning", date(2020, 6, 10)),
        ("after this morning's mine explosion", date(2020, 6, 10)),
        ("earlier today", date(2020, 6, 10)),
        ("today", date(2020, 6, 10)),
        ("overnight", date(2020, 6, 9)),
        ("last night", date(2020, 6, 9)),
        ("the day before yesterday", date(2020, 6, 8)),
        ("hier", date(2020, 6, 9)),
        ("ce matin", date(2020, 6, 10)),
        ("avant-hier", date(2020, 6, 8)),
        ("three days ago", date(2020, 6, 7)),
        ("il y a deux jours", date(2020, 6, 8)),
        ("on Wednesday", date(2020, 6, 10)),  # on or before publication
        ("on Monday", date(2020, 6, 8)),
        ("last Wednesday", date(2020, 6, 3)),  # strictly before with "last"
        ("last Tuesday", date(2020, 6, 9)),
        ("mercredi", date(2020, 6, 10)),
        ("mercredi dernier", date(2020, 6, 3)),
        ("dans la nuit de samedi à dimanche", date(2020, 6, 6)),
        ("during the night of Saturday to Sunday", date(2020, 6, 6)),
    ],
)
def test_relative_to_publication(text: str, expected: date) -> None:
    e = only(text)
    assert e.value == expected
    assert e.relative and e.anchor == "published"
    assert e.precision == "day"


def test_relative_words_need_a_publication_date() -> None:
    assert find_dates("attacked yesterday and on Wednesday", None) == []


def test_weekend_and_weeks() -> None:
    e = only("clashes over the weekend")
    assert (e.value, e.precision) == (date(2020, 6, 6), "week")
    e = only("ce week-end")
    assert e.value == date(2020, 6, 6)
    e = only("last week")
    assert (e.value, e.precision) == (date(2020, 6, 3), "week")
    assert find_dates("at the weekly market", PUB) == []
    assert find_dates("at the weekend market", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("On 3 June 2020 clashes broke out. Two days later the army withdrew.", date(2020, 6, 5), "day"),
        ("On 3 June 2020 clashes broke out. The next day the army withdrew.", date(2020, 6, 4), "day"),
        ("On 3 June 2020 clashes. A week later, more.", date(2020, 6, 10), "week"),
        ("On 3 June 2020 clashes. A few weeks before, a raid.", date(2020, 5, 13), "month"),
        ("On 3 June 2020 clashes. A few days later, a raid.", date(2020, 6, 6), "week"),
        ("Le 3 juin 2020, des combats. Deux jours plus tard, un raid.", date(2020, 6, 5), "day"),
        ("Le 3 juin 2020, des combats. Le lendemain, un raid.", date(2020, 6, 4), "day"),
        ("Le 3 juin 2020, des combats. La veille, un raid.", date(2020, 6, 2), "day"),
    ],
)
def test_relative_to_previous_date(text: str, expected: date, precision: str) -> None:
    found = find_dates(text, PUB, language="fr" if "Le " in text else "en")
    assert len(found) == 2, found
    e = found[1]
    assert (e.value, e.precision, e.anchor, e.relative) == (expected, precision, "previous", True)


def test_relative_to_previous_needs_a_previous_date() -> None:
    assert find_dates("Two days later the army withdrew.", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("early June", date(2020, 6, 5)),
        ("mid-June", date(2020, 6, 15)),
        ("late May", date(2020, 5, 25)),
        ("début juin", date(2020, 6, 5)),
        ("mi-juin", date(2020, 6, 15)),
        ("fin mai", date(2020, 5, 25)),
        ("at the end of May", date(2020, 5, 25)),
        ("in May", date(2020, 5, 15)),
        ("in March", date(2020, 3, 15)),
        ("in December", date(2019, 12, 15)),  # the latest December not after publication
    ],
)
def test_parts_of_months(text: str, expected: date) -> None:
    e = only(text)
    assert (e.value, e.precision) == (expected, "month")


def test_ranges_take_the_middle_and_widen_precision() -> None:
    e = only("lasted from 3 to 20 December", date(2017, 12, 20))
    assert (e.value, e.precision) == (date(2017, 12, 11), "month")
    e = only("around Tessit 5-10 July.", date(2017, 7, 11))
    assert (e.value, e.precision) == (date(2017, 7, 7), "week")
    e = only("on June 22 or 23, the herders were robbed", date(2017, 6, 24))
    assert (e.value, e.precision) == (date(2017, 6, 22), "day")


@pytest.mark.parametrize(
    "text",
    [
        "Civilians may be at risk.",
        "The Mayor of Konna said",
        "May God protect them",
        "a 4km March to protest",
        "a pickup carrying a 14.5mm ZPU-2 gun",
        "around 19h in Kidal",
        "attack at 8h this afternoon"[:12],
        "the 2015 peace accord",
        "2000 people demonstrated",
        "likely FR Mirage 2000",
        "in 1820 the town was founded",
        "in 2090 the town will be",
        "a silent march outside the town hall",
        "JNIM/AQMI kidnapped two marabouts",
        "killed 3 soldiers and 12 civilians",
        "Version 1.2.3 of the software",
        "sept morts et plusieurs blessés",
        "the march on Bamako",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_capitalised_month_needs_a_date_around_it() -> None:
    assert [e.text for e in find_dates("on May 3 the Mayor spoke; it may be late", PUB)] == ["May 3"]


def test_precision_codes_are_acleds() -> None:
    assert PRECISION_CODES["day"] == 1
    assert PRECISION_CODES["week"] == 2
    assert PRECISION_CODES["month"] == 3


def test_other_languages_go_through_dateparser() -> None:
    found = find_dates("El ataque ocurrió el 3 de junio de 2020 en Kidal.", PUB, language="es")
    assert [e.value for e in found] == [date(2020, 6, 3)]
    assert all(e.text == "El ataque ocurrió el 3 de junio de 2020 en Kidal."[e.start : e.end] for e in found)


class TestEventDate:
    def test_first_date_of_the_event(self) -> None:
        e = event_date("ISGS claimed another mine attack on December 28 near Ndaki", date(2017, 12, 29))
        assert e is not None and e.value == date(2017, 12, 28)

    def test_no_date_gives_none(self) -> None:
        assert event_date("Armed men raided Douna village and seized a herder", date(2018, 1, 14)) is None

    def test_claim_date_alone_is_moved_back(self) -> None:
        e = event_date("Truck hit a mine, 2 injured. ISGS claimed the blast on October, 27th.", date(2017, 11, 4))
        assert e is not None
        assert (e.value, e.precision) == (date(2017, 10, 26), "week")
        assert e.text == "October, 27th"

    def test_event_date_beats_claim_date(self) -> None:
        text = "Ambush on 3 June 2020 near Boni. Claimed by JNIM on 5 June 2020."
        e = event_date(text, date(2020, 6, 10))
        assert e is not None and e.value == date(2020, 6, 3)

    def test_follow_up_dates_rank_last(self) -> None:
        text = "Jihadists seized a village imam. They released him on May 21."
        e = event_date(text, date(2017, 5, 26))
        assert e is not None and e.value == date(2017, 5, 21)  # the only date: better than none
        text = "A man was abducted yesterday. He was released on May 25."
        e = event_date(text, date(2017, 5, 26))
        assert e is not None and e.text == "yesterday"

    def test_background_dates_are_not_the_event(self) -> None:
        text = "The mastermind of the attack in March 2016 was arrested in Gossi."
        assert event_date(text, date(2017, 1, 17)) is None
        assert event_date("Tensions have risen since 2015.", date(2017, 1, 17)) is None
        text = "A nun was kidnapped. The government blamed the FLM in April 2017."
        assert event_date(text, date(2017, 2, 19)) is None

    def test_relative_previous_is_not_preferred_over_its_anchor(self) -> None:
        text = "On June 22, they were beaten. The next day they were released."
        e = event_date(text, date(2017, 6, 24))
        assert e is not None and e.value == date(2017, 6, 22)

    def test_fallback_rule(self) -> None:
        assert assumed_event_date(date(2018, 1, 14)) == (date(2018, 1, 7), "week")
        assert assumed_event_date(date(2018, 1, 14), lag_days=1)[0] == date(2018, 1, 13)


_PIECES = st.sampled_from(
    [
        " on 3 June 2020",
        " yesterday",
        " 03.06.2020",
        " last 10/12",
        " two days later",
        " le 1er juillet",
        " mid-June",
        " in 2019",
        " May",
        " may be",
        " 14.5mm",
        " the weekend",
        " mercredi",
        " Apr.24-25",
        " July the First^h 2020",
        " dans la nuit de samedi à dimanche",
        "é",
        "\n",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=12).map("".join),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))),
)
def test_offsets_are_exact(text: str, published: date | None) -> None:
    found = find_dates(text, published)
    last_end = 0
    for e in found:
        assert text[e.start : e.end] == e.text
        assert e.start >= last_end  # in reading order, never overlapping
        last_end = e.end
        assert e.precision in PRECISION_CODES
        assert e.anchor in ("explicit", "published", "previous")


def test_speed() -> None:
    notes = [
        f"FAMa patrol ambushed near Dioungani {i}, 5 wounded. Claimed by JNIM on November, {i % 28 + 1}."
        for i in range(1000)
    ] + [f"Unknown gunmen killed {i} civilians yesterday in Barbon, Mopti Region" for i in range(1000)]
    start = time.perf_counter()
    for n in notes:
        find_dates(n, date(2017, 12, 1))
    rate = len(notes) / (time.perf_counter() - start)
    assert rate > 1000  # ≥ 2,000/s on a developer machine; half of that tolerated on shared CI runners


@needs_shared
def test_real_reports() -> None:
    text = (CORPUS / "ciedcoe-report-s115-2020.txt").read_text(encoding="utf-8")
    values = {(e.text, e.value) for e in find_dates(text, date(2020, 6, 20))}
    assert ("03.06.2020", date(2020, 6, 3)) in values
    assert ("2020.06.18", date(2020, 6, 18)) in values
    assert ("July the First^h 2020", date(2020, 7, 1)) in values
    text = (CORPUS / "wikipedia-battle-of-talahandak.txt").read_text(encoding="utf-8")
    found = find_dates(text, None)
    assert found and found[0].value == date(2020, 6, 3)
    assert all(text[e.start : e.end] == e.text for e in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 27 December, 10 gendarmes were killed near Dori.", date(2018, 12, 27)),
        ("On 3 June, 4 soldiers died in an ambush.", date(2018, 6, 3)),
        ("On November, 24 the army withdrew.", date(2018, 11, 24)),
    ],
)
def test_a_count_after_a_day_month_date_is_not_its_day(text: str, expected: date) -> None:
    found = find_dates(text, date(2018, 12, 29))
    assert [d.value for d in found] == [expected]
