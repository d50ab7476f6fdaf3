"""Rules for the day of an article's main event: a night told with its weekdays, "the same day", a month
the body makes a day, the date of another event named as a time mark, the date of a statement.

Sentences and articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import DatePrecision
from sitrep.nlp.doc_dates import _OTHER_EVENT, _STATEMENT_AFTER, _counted_across_sections
from sitrep.nlp.doc_frames import Frame, month_day
from sitrep.nlp.doc_layout import build_context
from sitrep.nlp.extract import Extractor
from sitrep.nlp.timex import TimeExpr, find_dates


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# timex_patterns: a range of two days with a weekday before each day
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des hommes armés ont attaqué Dakoro dans la nuit du lundi 8 au mardi 9 mars 2021.", "fr"),
        ("Gunmen raided Dakoro on the night of Monday 8 to Tuesday 9 March 2021.", "en"),
    ],
)
def test_a_night_told_with_its_weekdays_is_one_range(text: str, lang: str) -> None:
    found = find_dates(text, date(2021, 5, 20), language=lang)
    assert [(d.value, d.precision, d.relative) for d in found] == [(date(2021, 3, 8), "day", False)]


def test_a_weekday_alone_still_counts_back_from_publication() -> None:
    found = find_dates("Des hommes armés ont attaqué Dakoro lundi.", date(2021, 5, 20), language="fr")
    assert [(d.value, d.relative) for d in found] == [(date(2021, 5, 17), True)]


# timex_patterns / timex_resolve: the day just named, said again
@pytest.mark.parametrize(
    "text",
    [
        "Le 2 avril 2019, les soldats ont arrêté dix bergers. Ils ont été exécutés le jour même.",
        "Le 2 avril 2019, les soldats ont arrêté dix bergers. Ils ont été exécutés le même jour.",
        "On 2 April 2019 soldiers detained ten herders, who were executed the same day.",
        "On 2 April 2019 soldiers detained ten herders, who were executed that same day.",
    ],
)
def test_the_same_day_is_the_day_before_it(text: str) -> None:
    found = find_dates(text, date(2019, 5, 1), language="en")
    assert [d.value for d in found] == [date(2019, 4, 2), date(2019, 4, 2)]
    assert found[1].anchor == "previous"


def test_days_later_still_count_forward() -> None:
    found = find_dates("Le 2 avril 2019, ils ont été arrêtés. On a retrouvé les corps deux jours plus tard.", None)
    assert [d.value for d in found] == [date(2019, 4, 2), date(2019, 4, 4)]


# doc_frames.month_day: a month the body makes a day
def _frame(etype: str, subtype: str, value: date, precision: DatePrecision, para: int) -> Frame:
    expr = TimeExpr(para * 100, para * 100 + 5, "x", value, precision)
    return Frame([], "event", para, para, etype, subtype, date=expr)


def test_a_month_takes_the_one_day_the_body_gives() -> None:
    primary = _frame("Strategic developments", "Agreement", date(2020, 9, 15), "month", 0)
    body = _frame("Strategic developments", "Agreement", date(2020, 9, 7), "day", 3)
    other = _frame("Battles", "Armed clash", date(2020, 9, 20), "day", 4)
    rest = month_day(primary, [body, other])
    assert primary.date is not None and primary.date.value == date(2020, 9, 7)
    assert primary.date.precision == "day"
    assert rest == [other]


def test_two_days_of_the_month_leave_the_month() -> None:
    primary = _frame("Battles", "Armed clash", date(2020, 9, 15), "month", 0)
    a = _frame("Battles", "Armed clash", date(2020, 9, 7), "day", 3)
    b = _frame("Violence against civilians", "Attack", date(2020, 9, 20), "day", 4)
    assert month_day(primary, [a, b]) == [a, b]
    assert primary.date is not None and primary.date.precision == "month"


def test_a_day_of_another_month_is_another_event() -> None:
    primary = _frame("Battles", "Armed clash", date(2020, 9, 15), "month", 0)
    a = _frame("Battles", "Armed clash", date(2020, 10, 2), "day", 3)
    assert month_day(primary, [a]) == [a]


# document: the date of another event named as a time mark
@pytest.mark.parametrize(
    "before",
    [
        "Riots broke out in the capital after the presidential election of ",
        "The strikes went on for weeks following the military coup of ",
        "Des émeutes ont éclaté après le scrutin présidentiel du ",
        "La ville est encerclée depuis l'attaque de la gendarmerie du ",
    ],
)
def test_the_date_of_an_earlier_event_is_a_time_mark(before: str) -> None:
    assert _OTHER_EVENT.search(before)


@pytest.mark.parametrize(
    "before",
    [
        "Riots broke out in the capital on ",
        "Des émeutes ont éclaté dans la capitale le ",
        "The attack of ",
    ],
)
def test_the_act_s_own_date_is_no_time_mark(before: str) -> None:
    assert not _OTHER_EVENT.search(before)


# document: the date of a statement
def test_a_date_before_a_statement_dates_the_statement() -> None:
    assert _STATEMENT_AFTER.match(" the electoral board announced that the incumbent had won.")
    assert _STATEMENT_AFTER.match(", le ministère a confirmé dans un communiqué que dix soldats étaient morts.")
    assert not _STATEMENT_AFTER.match(" gunmen stormed the market and burned the stalls.")
    assert not _STATEMENT_AFTER.match(". The governor said that the town was calm.")


# document: a count from a date of another section
_SECTIONS = """Raid on Dakoro

Background
Gunmen had raided the market of Dakoro on 2 May 2020, and burned the mayor's house two days later.

Casualties
According to a statement issued the same evening, eight guards were killed.
"""


def test_a_count_from_another_section_dates_nothing() -> None:
    found = find_dates(_SECTIONS, date(2020, 9, 1))
    ctx = build_context(_SECTIONS, [(0, len(_SECTIONS))], None)
    assert [d.text for d in found] == ["2 May 2020", "two days later", "the same evening"]
    assert _counted_across_sections(found, ctx) == {found[2].start}  # "two days later" counts in its section


_RIOTS = """Kaolack unrest of 2024

The Kaolack unrest was a wave of riots in Kaolack after the local election of 3 March 2024. On 4 March the \
electoral board announced that the mayor had been re-elected.

Riots
On 6 March, hundreds of young men took to the streets of Kaolack. They burned tyres, threw stones at the \
police and set fire to the town hall. Police used tear gas to disperse them.
"""


def test_an_article_dates_its_riots_by_their_own_day(ex: Extractor) -> None:
    evs = ex.extract(_RIOTS, published=date(2024, 4, 20), document_id="t", country_hint="Senegal")
    assert evs and evs[0].event_type == "Riots"
    assert evs[0].date == date(2024, 3, 6)


_NIGHT = """Attaque de Dakoro

L'attaque de Dakoro est une tuerie commise dans la nuit du lundi 8 au mardi 9 mars 2021 à Dakoro, au Niger.

Déroulement
Vers trois heures du matin, des hommes armés à moto ont tiré sur les habitants et incendié le marché. \
Douze villageois ont été tués.
"""


def test_a_night_after_midnight_is_its_second_day(ex: Extractor) -> None:
    evs = ex.extract(_NIGHT, published=date(2021, 5, 20), document_id="t", country_hint="Niger")
    assert evs and evs[0].date == date(2021, 3, 9)
