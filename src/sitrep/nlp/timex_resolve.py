"""Resolving a matched date expression to a calendar day and an ACLED-style precision.

The conventions live here, in one place: a yearless day is the latest such day not after publication (give
or take :data:`FUTURE_SLACK_DAYS`), weekdays count back from publication, "two days later" counts from the
previous date of the text, and imprecise dates ("mid-June", "summer of 2018", "5-10 July") sit in the
middle of the period they name.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.model import DatePrecision
from sitrep.nlp.timex_patterns import Cand
from sitrep.nlp.timex_words import (
    MONTHS_EN,
    SEASONS,
    count_value,
    day_value,
    month_value,
    weekday_value,
)

if TYPE_CHECKING:
    from sitrep.nlp.timex import TimeExpr

__all__ = ["FUTURE_SLACK_DAYS", "MAX_YEAR", "MIN_YEAR", "resolve"]

MIN_YEAR, MAX_YEAR = 1950, 2035


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


FUTURE_SLACK_DAYS = 7
"""A yearless date at most this far after publication keeps publication's year: a note updated after its
bulletin ("succumbed in hospital on 21 November") or a bulletin dated a few days early is likelier than an event
a year old."""


def _infer_year(m: int, d: int, ref: date) -> date | None:
    """The latest ``m``/``d`` not after ``ref`` (give or take the slack): notes follow their events."""
    for y in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2):
        dt = _safe_date(y, m, d)
        if dt is not None and (dt - ref).days <= FUTURE_SLACK_DAYS:
            return dt
    return None


def _latest_weekday(wd: int, ref: date, strictly_before: bool) -> date:
    back = (ref.weekday() - wd) % 7
    if back == 0 and strictly_before:
        back = 7
    return ref - timedelta(days=back)


def _add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _span_precision(first: date, last: date) -> DatePrecision:
    days = (last - first).days
    if days <= 1:
        return "day"  # "June 22 or 23": ACLED codes the first of two adjacent days as the day
    if days <= 7:
        return "week"
    return "month"


_MOD_DAY = {
    "early": 5,
    "début": 5,
    "beginning of": 5,
    "the beginning of": 5,
    "au début de": 5,
    "mid": 15,
    "mi": 15,
    "the middle of": 15,
    "courant": 15,
    "late": 25,
    "end of": 25,
    "the end of": 25,
    "fin": 25,
    "à la fin de": 25,
}
"""Middle of the first, second or last third of a month for "early", "mid" and "late" (see _MIDDLE_DAY)."""

_MIDDLE_DAY = 15
"""An imprecise date is coded at the middle of the period it names, as ACLED codes month-only events on the
15th; ranges ("5-10 July") take their midpoint, seasons the middle of their middle month, years 1 July."""

_MOD_MONTH = {
    "early": 2,
    "début": 2,
    "beginning of": 2,
    "mid": 6,
    "mi": 6,
    "late": 11,
    "end of": 11,
    "the end of": 11,
    "fin": 11,
}
"""The middle month of the first, middle or last third-ish of a year."""


_Resolved = tuple[date, DatePrecision, bool, str]


def resolve(c: Cand, published: date | None, previous: TimeExpr | None, year_hint: int | None) -> _Resolved | None:
    g = c.m.group
    kind = c.kind
    if kind in ("ymd", "dmy_num"):
        y = int(g("y"))
        if y < 100:
            y += 2000 if y <= (MAX_YEAR % 100) else 1900
        d, mo = int(g("d")), int(g("m"))
        if kind == "dmy_num" and mo > 12 and d <= 12:
            d, mo = mo, d  # month-first (US) writing: 6/13/2020
        dt = _safe_date(y, mo, d)
        return None if dt is None else (dt, "day", False, "explicit")
    if kind == "day_cur":
        # "le 26 courant" names a day of the current month: the month of publication, never a later one.
        if published is None:
            return None
        cur = _safe_date(published.year, published.month, int(g("d")))
        return None if cur is None else (cur, "day", False, "published")
    if kind in ("dm_num", "dm", "md"):
        if kind == "dm_num":
            d, mo_opt = int(g("d")), int(g("m"))
            if mo_opt > 12 and d <= 12:
                d, mo_opt = mo_opt, d
            month: int | None = mo_opt if 1 <= mo_opt <= 12 else None
            d2 = None
        else:
            month = month_value(g("m"))
            dv = day_value(g("d"))
            if dv is None:
                return None
            d = dv
            d2 = day_value(g("d2")) if g("d2") else None
        if month is None:
            return None
        if kind != "dm_num" and g("y"):
            first = _safe_date(int(g("y")), month, d)
            anchor = "explicit"
        elif published is not None:
            first = _infer_year(month, d, published)
            anchor = "published"
        elif year_hint is not None:
            first = _safe_date(year_hint, month, d)
            anchor = "previous"
        else:
            return None
        if first is None:
            return None
        precision: DatePrecision = "day"
        if d2 is not None and d2 > d:
            last = _safe_date(first.year, first.month, d2)
            if last is not None:
                precision = _span_precision(first, last)
                first = first + (last - first) // 2
        return first, precision, False, anchor
    if kind == "my":
        month = month_value(g("m"))
        if month is None:
            return None
        mod = re.sub(r"\s+", " ", (g("mod") or "").lower())
        if not g("y") and not g("prep") and not mod:
            return None  # a bare "March" is as likely a noun ("a 4km March") as a month
        if g("m").lower() in MONTHS_EN and g("m")[0].islower():
            return None
        day = _MOD_DAY.get(mod, _MIDDLE_DAY)
        if g("y"):
            dt = _safe_date(int(g("y")), month, day)
            anchor = "explicit"
        elif published is not None:
            y = published.year if month <= published.month else published.year - 1
            if month == 1 and published.month == 12 and published.day > 31 - FUTURE_SLACK_DAYS:
                y = published.year + 1
            dt = _safe_date(y, month, day)
            anchor = "published"
        elif year_hint is not None:
            dt = _safe_date(year_hint, month, day)
            anchor = "previous"
        else:
            return None
        return None if dt is None else (dt, "month", False, anchor)
    if kind == "season":
        season = g("s").lower()
        dt = _safe_date(int(g("y")), SEASONS[season] % 12 + 1, _MIDDLE_DAY)
        return None if dt is None else (dt, "season", False, "explicit")
    if kind == "year_mod":
        mod = re.sub(r"\s+", " ", g("mod").lower())
        dt = _safe_date(int(g("y")), _MOD_MONTH.get(mod, 6), _MIDDLE_DAY)
        return None if dt is None else (dt, "season", False, "explicit")
    if kind == "year":
        dt = _safe_date(int(g("y")), 7, 1)
        return None if dt is None else (dt, "year", False, "explicit")
    if published is None and kind != "rel_prev":
        return None
    if kind in ("night", "weekday"):
        assert published is not None
        wd = weekday_value(g("wd") or g("wd2") if kind == "night" else g("wd"))
        if wd is None:
            return None
        strictly = kind == "weekday" and bool(g("last") or g("last2"))
        return _latest_weekday(wd, published, strictly), "day", True, "published"
    if kind == "weekend":
        assert published is not None
        word = (g("last") or "").lower()
        if not word and not g("last2"):
            return None  # "weekend" alone is usually "weekend market", a noun
        sat = _latest_weekday(5, published, word == "last" or bool(g("last2")))
        return sat, "week", True, "published"
    if kind == "rel_pub":
        assert published is not None
        return _resolve_rel_pub(c.m, published)
    if kind == "rel_prev":
        if previous is None:
            return None
        return _resolve_rel_prev(c.m, previous.value)
    return None


def _resolve_rel_pub(m: re.Match[str], pub: date) -> _Resolved | None:
    x = re.sub(r"\s+", " ", m.group("x").lower()).replace("’", "'")
    if m.group("n") or m.group("n2"):
        cv = count_value(m.group("n") or m.group("n2"))
        if cv is None:
            return None
        n, vague = cv
        unit = (m.group("unit") or m.group("unit2")).lower()
        if unit.startswith(("day", "jour")):
            return pub - timedelta(days=n), ("week" if vague else "day"), True, "published"
        if unit.startswith(("week", "semaine")):
            return pub - timedelta(weeks=n), ("month" if vague else "week"), True, "published"
        return _add_months(pub, -n), "month", True, "published"
    recent = (m.group("recent") or "").lower()
    if recent == "days" or x == "ces derniers jours":
        return pub - timedelta(days=3), "week", True, "published"
    if recent == "weeks" or x == "ces dernières semaines":
        return pub - timedelta(days=14), "month", True, "published"
    if x in ("the day before yesterday", "avant-hier"):
        return pub - timedelta(days=2), "day", True, "published"
    if x.startswith(("yesterday", "hier", "last night", "overnight", "cette nuit", "la nuit")):
        return pub - timedelta(days=1), "day", True, "published"
    if "week" in x or "semaine" in x:
        if any(w in x for w in ("last", "past", "dernière", "passée")):
            return pub - timedelta(days=7), "week", True, "published"
        return pub, "week", True, "published"
    if "month" in x or "mois" in x:
        if any(w in x for w in ("last", "past", "dernier", "passé")):
            return _add_months(pub, -1).replace(day=1), "month", True, "published"
        return pub.replace(day=1), "month", True, "published"
    return pub, "day", True, "published"


def _resolve_rel_prev(m: re.Match[str], prev: date) -> _Resolved | None:
    x = re.sub(r"\s+", " ", m.group("x").lower())
    if m.group("n"):
        cv = count_value(m.group("n"))
        if cv is None:
            return None
        n, vague = cv
        unit = m.group("unit").lower()
        sign = -1 if m.group("dir").lower() in ("earlier", "before", "prior", "auparavant", "plus tôt", "avant") else 1
        precision: DatePrecision
        if unit.startswith(("day", "jour")):
            value = prev + timedelta(days=sign * n)
            precision = "week" if vague else "day"
        elif unit.startswith(("week", "semaine")):
            value = prev + timedelta(weeks=sign * n)
            precision = "month" if vague else "week"
        elif unit.startswith(("month", "mois")):
            value = _add_months(prev, sign * n)
            precision = "month"
        else:
            value = _add_months(prev, sign * 12 * n)
            precision = "year"
        return value, precision, True, "previous"
    if any(w in x for w in ("same", "même", "jour-là")):
        return prev, "day", True, "previous"
    if "surlendemain" in x:
        return prev + timedelta(days=2), "day", True, "previous"
    if "week" in x or "semaine" in x:
        return prev + timedelta(days=7), "week", True, "previous"
    if any(w in x for w in ("next", "following", "after", "lendemain", "suivant")):
        return prev + timedelta(days=1), "day", True, "previous"
    return prev - timedelta(days=1), "day", True, "previous"
