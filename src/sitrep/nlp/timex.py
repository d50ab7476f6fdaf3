"""Dates in report text, English and French, resolved to calendar days with an ACLED-style precision.

Why our own regular expressions rather than dateparser alone: dateparser reads "03.06.2020" month-first
unless told otherwise, misses "the First^h of July", "November, 24", "last 10/12", "deux jours plus tard" and
the nights of "samedi à dimanche", and is slow (milliseconds a call) where a bulletin holds thousands of
notes. So English and French are read by our rules (words in :mod:`sitrep.nlp.timex_words`, patterns in
:mod:`sitrep.nlp.timex_patterns`, resolution in :mod:`sitrep.nlp.timex_resolve`), and dateparser is only
asked for the other languages. This module holds the public API on top of them.

How a date without a year is resolved: field notes are written one to fourteen days after the event, so a
day and month ("On February 22") is the latest such day not after the publication date ("Dec 28" in a note
published 2018-01-02 is 2017-12-28). Weekdays are the most recent such day on or before publication (strictly
before with "last"). "Two days later" counts from the previous date in the text. Nothing is guessed when
the text holds no date: :func:`find_dates` returns no expression and :func:`event_date` returns None; the
caller chooses a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitrep.model import DatePrecision
from sitrep.nlp.timex_patterns import Cand, candidates, select
from sitrep.nlp.timex_resolve import FUTURE_SLACK_DAYS, MAX_YEAR, MIN_YEAR, resolve

__all__ = [
    "CLAIM_LAG_DAYS",
    "DEFAULT_REPORTING_LAG_DAYS",
    "PRECISION_CODES",
    "TimeExpr",
    "assumed_event_date",
    "event_date",
    "find_dates",
]

PRECISION_CODES: dict[str, int] = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}
"""ACLED ``time_precision``: 1 the day is known, 2 the week (or a few days), 3 only the month or coarser."""


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date expression: ``text == source[start:end]``, resolved to ``value`` at ``precision``.

    ``relative`` says the words only make sense against another date ("yesterday", "two days later",
    "on Wednesday"); ``anchor`` says which: ``"explicit"`` (the text gives the full date), ``"published"``
    (the publication date fixed the year, the weekday or the offset) or ``"previous"`` (an earlier date in the
    same text).
    """

    start: int
    end: int
    text: str
    value: date
    precision: DatePrecision
    relative: bool = False
    anchor: str = "explicit"


# ---------------------------------------------------------------------------------------------- public API


def find_dates(text: str, published: date | None, *, language: str = "en") -> list[TimeExpr]:
    """Every date expression in ``text``, in reading order, resolved against ``published`` where needed.

    English and French are read by rules; any other language goes through dateparser's search (slower).
    Expressions that need the publication date ("yesterday", "on Wednesday", "February 22" without a year
    when no other date in the text gives one) are dropped when ``published`` is None.
    """
    return list(_find_dates_cached(text, published, language.lower()[:2]))


@lru_cache(maxsize=4096)
def _find_dates_cached(text: str, published: date | None, language: str) -> tuple[TimeExpr, ...]:
    if language not in ("en", "fr", ""):
        return tuple(_dateparser_dates(text, published, language))
    out: list[TimeExpr] = []
    chosen = select(list(candidates(text)))
    year_hint = _first_year(chosen)
    previous: TimeExpr | None = None
    for c in chosen:
        r = resolve(c, published, previous, year_hint)
        if r is None:
            continue
        value, precision, relative, anchor = r
        if previous is not None and (_apposed_mark(text, c, previous) or _narrative_night(c, previous)):
            value, precision, relative, anchor = previous.value, previous.precision, True, "previous"
        expr = TimeExpr(c.start, c.end, text[c.start : c.end], value, precision, relative, anchor)
        out.append(expr)
        if precision in ("day", "week"):
            previous = expr
    return tuple(_without_glosses(text, _without_named_weekdays(text, out)))


# "two days after militants burned ...", "a week after the attack", "deux jours après l'incendie", "the day
# after the vote", "au lendemain de l'attaque": a count whose object is an act, not the day before it
_MARK_WORD = re.compile(r"(?:after|before|après|avant|lendemain|veille)$", re.IGNORECASE)
_MARK_OBJECT = re.compile(
    r"\s+(?:de\s+|d['’]\s*)?(?!(?:that|then|this|which|ce\s+jour)\b)[^\W\d_]",
    re.IGNORECASE,
)
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:just|only|some|about|seulement|environ)\s+)?")


def _apposed_mark(text: str, c: Cand, previous: TimeExpr) -> bool:
    """ "On 9 June, two days after militants burned the mayor's house, ..." and "Le 17 avril, une semaine
    après l'incursion des rebelles, ...": a count after the day the sentence opens with, set off by a comma
    and followed by another act, places that day against the earlier act; it is the same day said again,
    not a day counted on from it (which "two days later" or "deux jours plus tard" would be)."""
    if c.kind != "rel_prev" or previous.relative or previous.precision != "day":
        return False
    return bool(
        _APPOSITION_GAP.fullmatch(text, previous.end, c.start)
        and _MARK_WORD.search(text, c.start, c.end)
        and _MARK_OBJECT.match(text, c.end)
    )


def _narrative_night(c: Cand, previous: TimeExpr) -> bool:
    """A bare "overnight" in a text that has already given a day ("On 5 June, the unit left the town
    overnight") is the night of the story's day, not the night before publication: unlike "last night" or
    "yesterday" it does not point back from the writer's today."""
    return c.kind == "rel_pub" and c.m.group("x").lower() == "overnight" and previous.precision == "day"


def _without_named_weekdays(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A weekday written just before a day names that day ("Sunday 21 March", "du vendredi 4 au samedi 5 juin");
    counted back from publication it would be a second, wrong day (an article is published months
    after its event)."""
    starts = {e.start for e in found if not e.relative and e.precision in ("day", "week")}

    def names_next(e: TimeExpr) -> bool:
        return any(e.end + k in starts and not text[e.end : e.end + k].strip(" ,") for k in (1, 2))

    return [e for e in found if not (e.relative and e.anchor == "published" and names_next(e))]


_GLOSS_OPEN = re.compile(r"\s*\(")
_GLOSS_WEEK = re.compile(r"\b(?:between|week|weekend|entre|semaine)\b", re.IGNORECASE)
_GLOSS_MONTH = re.compile(r"\b(?:month|mois)\b", re.IGNORECASE)


def _without_glosses(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A bracket right after a date glosses it: "Around 12 June 2019 (between 10 and 12 June)", "On 3 June
    (Wednesday)", "Around 15 March 2021 (month of)"; the other way round, "on Wednesday (3 June)", the bracket
    states the day the weekday stands for. ACLED's notes write the coded day first and the window it
    stands for in the bracket, so the bracket's own dates are not a second, nearer candidate for the event,
    and its words set the precision of the day before it (a window of days: week; "month of": month)."""
    out: list[TimeExpr] = []
    skip_until = -1
    for e in found:
        if e.start < skip_until:
            continue
        m = _GLOSS_OPEN.match(text, e.end)
        close = text.find(")", m.end()) if m else -1
        if m is not None and close != -1 and close - m.end() <= 60 and "(" not in text[m.end() : close]:
            inner = text[m.end() : close]
            stated = [x for x in found if m.end() <= x.start < close and not x.relative]
            if e.relative and stated:  # "On Wednesday (3 June)": the bracket states the day the weekday means
                out.append(stated[0])
                skip_until = close
                continue
            precision = e.precision
            if e.precision == "day" and _GLOSS_MONTH.search(inner):
                precision = "month"
            elif e.precision == "day" and _GLOSS_WEEK.search(inner):
                precision = "week"
            if precision != e.precision:
                e = TimeExpr(e.start, e.end, e.text, e.value, precision, e.relative, e.anchor)
            skip_until = close
        out.append(e)
    return out


def _first_year(chosen: list[Cand]) -> int | None:
    for c in chosen:
        if "y" in c.m.re.groupindex and c.m.group("y"):
            y = int(c.m.group("y"))
            if MIN_YEAR <= y <= MAX_YEAR:
                return y
    return None


def _dateparser_dates(text: str, published: date | None, language: str) -> list[TimeExpr]:
    """Other languages: dateparser's search, day-first, relative to publication. Offsets found in order."""
    from datetime import datetime

    from dateparser.search import search_dates

    settings: dict[str, object] = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        found = search_dates(text, languages=[language], settings=settings) or []
    except Exception:  # dateparser raises on unknown language codes; no date is the honest answer
        return []
    out: list[TimeExpr] = []
    pos = 0
    for sub, dt in found:
        start = text.find(sub, pos)
        if start < 0:
            continue
        pos = start + len(sub)
        d = dt.date()
        if MIN_YEAR <= d.year <= MAX_YEAR:
            out.append(TimeExpr(start, pos, sub, d, "day", False, "explicit"))
    return out


_CLAIM_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s)?|revendiqu\w*)(?:\s+by\s+[\w/'’-]+(?:\s+[\w/'’-]+)?|"
    r"\s+(?:the|this|its|l['’]|cette|le)\s*\w+|\s+it|\s+responsibility|\s+la\s+responsabilité)?"
    r"\s+(?:on|le|du)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A claim's own date: "Claimed by ISGS on 3/11", "ISGS claimed the ambush on March, 3rd". A longer
object ("claimed another mine attack on May 9") dates the attack, not the claim."""

_FOLLOW_UP_BEFORE = re.compile(
    r"\b(?:(?:reported|said|stated)\s+on|announced|published|posted|released|freed|found|discovered|"
    r"recovered|died|succumbed|confirmed|condemned|annonc\w*|déclar\w*|publi\w*|libéré\w*|retrouvé\w*|"
    r"découvert\w*|décédé\w*|succombé\w*)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
"""A date after these words dates something that followed the event (a release, a body found, a report)."""

CLAIM_LAG_DAYS = 1
"""Armed groups claim attacks after the fact, most often the next day: a note whose only date is the claim's
is coded that many days before it, at week precision (ACLED time_precision 2)."""

DEFAULT_REPORTING_LAG_DAYS = 7
"""Median of the 1-14 days between an event and the bulletin that reports it (shared/eval/SCHEMA.md)."""

_EVENT_WINDOW_DAYS = 45
"""A date more than this before publication is background ("since 2015", "the 2015 accord"), not the event."""


def event_date(text: str, published: date | None, language: str = "en") -> TimeExpr | None:
    """The date of the main event of a short note, or None when the text dates nothing usable.

    Preference: the first day-precise date that is not in a follow-up clause ("claimed on", "released on",
    "bodies found on"); then the first week- or month-precise one; then a follow-up date (a claim's is moved
    back :data:`CLAIM_LAG_DAYS` at week precision). Dates after publication or more than
    ``_EVENT_WINDOW_DAYS`` before it are background, never the event; year-only and seasonal expressions
    likewise. With None the caller picks a fallback, e.g. :func:`assumed_event_date`.
    """
    found = find_dates(text, published, language=language)
    if not found:
        return None

    def plausible(e: TimeExpr) -> bool:
        if e.precision in ("season", "year"):
            return False
        if published is None:
            return True
        if e.precision == "month":
            starts = e.value.replace(day=1)
            return starts <= published and (published - starts).days <= _EVENT_WINDOW_DAYS + 31
        return -FUTURE_SLACK_DAYS <= (published - e.value).days <= _EVENT_WINDOW_DAYS

    def follow_up(e: TimeExpr) -> bool:
        return bool(_FOLLOW_UP_BEFORE.search(text, 0, e.start) or _CLAIM_BEFORE.search(text, 0, e.start))

    candidates = [e for e in found if plausible(e)]
    for e in candidates:
        if e.precision == "day" and not follow_up(e) and e.anchor != "previous":
            return e
    for e in candidates:
        if e.precision == "day" and not follow_up(e):
            return e
    for e in candidates:
        if e.precision in ("week", "month") and not follow_up(e):
            return e
    for e in candidates:
        if _CLAIM_BEFORE.search(text, 0, e.start):
            value = e.value - timedelta(days=CLAIM_LAG_DAYS)
            return TimeExpr(e.start, e.end, e.text, value, "week", True, e.anchor)
        return e
    return None


def assumed_event_date(published: date, lag_days: int = DEFAULT_REPORTING_LAG_DAYS) -> tuple[date, DatePrecision]:
    """A documented guess for a note that dates nothing: ``lag_days`` before publication, week precision.

    Notes reach a bulletin 1-14 days after the event, so the median lag minimises the expected error in
    days; exact-day accuracy is about 1 in 14 whatever lag is chosen.
    """
    return published - timedelta(days=lag_days), "week"
