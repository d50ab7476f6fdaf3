"""Dates in report text, English and French, resolved to calendar days with an ACLED-style precision.

Why our own regular expressions rather than dateparser alone: dateparser reads "03.06.2020" month-first
unless told otherwise, misses "the First^h of July", "November, 24", "last 10/12", "deux jours plus tard" and
the nights of "samedi à dimanche", and is slow (milliseconds a call) where a bulletin holds thousands of
notes. So English and French are read by the rules below, and dateparser is only asked for the other
languages.

How a date without a year is resolved: field notes are written one to fourteen days after the event, so a
day and month ("On February 22") is the latest such day not after the publication date ("Dec 28" in a note
published 2018-01-02 is 2017-12-28). Weekdays are the most recent such day on or before publication (strictly
before with "last"). "Two days later" counts from the previous date in the text. Nothing is guessed when
the text holds no date: :func:`find_dates` returns no expression and :func:`event_date` returns None; the
caller chooses a fallback.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitrep.model import DatePrecision
from sitrep.nlp.numbers import word_number

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

_MIN_YEAR, _MAX_YEAR = 1950, 2035


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


# ---------------------------------------------------------------------------------------------- word tables

_MONTHS_EN = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTHS_EN_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTHS_FR = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_MONTHS_FR_ABBR = {"janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12}
_MONTH_FULL = {**_MONTHS_EN, **_MONTHS_FR}
_MONTH_ANY = {**_MONTH_FULL, **_MONTHS_EN_ABBR, **_MONTHS_FR_ABBR}

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
_EN_NAMES = set(_MONTHS_EN) | set(_MONTHS_EN_ABBR) | set(list(_WEEKDAYS)[:7])

_ORD_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
_ORDINALS.update(
    {
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "thirtieth": 30,
        "premier": 1,
        "première": 1,
    }
)
for _i, _w in enumerate(_ORD_UNITS):
    _ORDINALS[f"twenty-{_w}"] = 21 + _i
    _ORDINALS[f"twenty {_w}"] = 21 + _i
_ORDINALS["thirty-first"] = 31
_ORDINALS["thirty first"] = 31

_SEASONS = {
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
    "printemps": 3,
    "été": 6,
    "automne": 9,
    "hiver": 12,
}
"""First month of each northern meteorological season; a season is dated in the middle of its middle month."""

_VAGUE_COUNTS = {
    "a few": 3,
    "few": 3,
    "several": 3,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "quelques": 3,
    "plusieurs": 3,
    "some": 3,
}
"""Counts in "a few days later": three is a reading, so such offsets lose one precision step."""


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_MONTH_ANY_RE = rf"(?:(?:{_alt(_MONTH_FULL)})\b|(?:{_alt({**_MONTHS_EN_ABBR, **_MONTHS_FR_ABBR})})\b\.?)"
_MONTH_FULL_RE = rf"(?:{_alt(_MONTH_FULL)})\b"
_ORD_RE = rf"(?:{_alt(_ORDINALS)})(?:[\^*]\w{{0,2}})?"
_DAYNUM_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|re|ème|eme|e)?(?:\^\w{1,2})?"
_DAY_RE = rf"(?:{_DAYNUM_RE}|{_ORD_RE})"
_YEAR_RE = r"(?:19|20)\d\d"
_WEEKDAY_RE = rf"(?:{_alt(_WEEKDAYS)})"
_NUMWORD_RE = (
    r"(?:\d{1,3}|a\s+few|some|a\s+couple(?:\s+of)?|several|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|quinze|vingt|trente)"
)

_F = re.IGNORECASE

# Each pattern gives a kind; the span of the expression is group "x" (prepositions around it are context).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2020-06-18, 2020.06.18, 2020/06/18
    (
        "ymd",
        re.compile(
            rf"(?<![\w./-])(?P<x>(?P<y>{_YEAR_RE})([-./])(?P<m>\d{{1,2}})\3(?P<d>\d{{1,2}}))(?![\w.]?\d)"
        ),
    ),
    # 03.06.2020, 3/6/2020, 03-06-2020, 03.06.20
    (
        "dmy_num",
        re.compile(
            rf"(?<![\w.,/-])(?P<x>(?P<d>\d{{1,2}})([./-])(?P<m>\d{{1,2}})\3(?P<y>{_YEAR_RE}|\d\d))(?![\w/-]|[.,]\d)"
        ),
    ),
    # last 10/12, on 26/12 (day first; needs a preceding date word, else "4/5" would be a date)
    (
        "dm_num",
        re.compile(
            r"(?:\b(?:on|last|since|from|until|dated|of|le|du|au|depuis|dès|jusqu'au)\s+(?:the\s+)?)"
            r"(?P<x>(?P<d>\d{1,2})/(?P<m>\d{1,2}))(?![\w/-]|[.,]\d)",
            _F,
        ),
    ),
    # 3 June 2020, 3rd of June, le 1er juillet, from 3 to 20 December, 28-30 April, the First^h of July
    (
        "dm",
        re.compile(
            rf"(?<![\w.,/-])(?P<x>(?:the\s+)?(?P<d>{_DAY_RE})"
            rf"(?:\s*(?:-|–|to|au|and|et|&|or|ou)\s*(?:the\s+)?(?P<d2>{_DAY_RE}))?"
            rf"(?:\s+of)?(?:\s+the\s+month\s+of)?\s+(?P<m>{_MONTH_ANY_RE})(?:,?\s+(?P<y>{_YEAR_RE}))?)(?!\w)",
            _F,
        ),
    ),
    # June 3, 2020; December 28; November, 24; July the First 2020; April 28-30
    (
        "md",
        re.compile(
            rf"(?<![\w-])(?P<x>(?P<m>{_MONTH_ANY_RE}),?\s*(?:the\s+)?(?P<d>{_DAY_RE})"
            rf"(?:\s*(?:-|–|to|and|&|or)\s*(?P<d2>{_DAY_RE}))?(?!\d)(?!:\d)(?:,?\s+(?P<y>{_YEAR_RE}))?)(?![\w-])",
            _F,
        ),
    ),
    # early June, mid-June, late June 2019, in March 2017, début juin, fin juin, end of June
    (
        "my",
        re.compile(
            r"(?:(?P<prep>\b(?:in|since|during|until|till|by|from|of|throughout|last|this|en|depuis|durant|"
            r"pendant|jusqu'en|dès|courant|au\s+mois\s+de|in\s+the\s+month\s+of)\s+))?"
            rf"(?P<x>(?:(?P<mod>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
            rf"the\s+middle\s+of|début|mi|fin|courant|à\s+la\s+fin\s+de|au\s+début\s+de)[\s-]+)?"
            rf"(?:(?:the\s+)?month\s+of\s+|(?:du\s+)?mois\s+(?:de\s+|d['’]))?"
            rf"(?P<m>{_MONTH_FULL_RE})(?:\s+(?:of\s+)?(?P<y>{_YEAR_RE}))?)(?![\w-])",
            _F,
        ),
    ),
    # summer of 2018, l'été 2018, late 2019, fin 2019, early 2020
    (
        "season",
        re.compile(
            rf"(?<![\w-])(?P<x>(?:(?P<mod>early|mid|late|début|fin|mi)[\s-]+)?(?:the\s+|l['’]\s*)?"
            rf"(?P<s>{_alt(_SEASONS)})\s+(?:of\s+|de\s+l['’]année\s+|de\s+)?(?P<y>{_YEAR_RE}))(?![\w-])",
            _F,
        ),
    ),
    (
        "year_mod",
        re.compile(
            rf"(?<![\w-])(?P<x>(?P<mod>early|mid|late|the\s+end\s+of|end\s+of|beginning\s+of|début|fin|mi)"
            rf"[\s-]+(?P<y>{_YEAR_RE}))(?![\w-]|[.,/]\d)",
            _F,
        ),
    ),
    # in 2019, since 2017, en 2019, depuis 2017
    (
        "year",
        re.compile(
            r"\b(?:in|since|during|until|till|by|throughout|from|en|depuis|durant|pendant|jusqu'en|dès)\s+"
            rf"(?P<x>(?P<y>{_YEAR_RE}))(?![\w-]|[.,/]\d|\s*%)",
            _F,
        ),
    ),
    # dans la nuit de samedi à dimanche, the night of Saturday to Sunday, Saturday night
    (
        "night",
        re.compile(
            rf"(?P<x>(?:dans\s+)?(?:la\s+)?nuit\s+(?:de|du)\s+(?P<wd>{_WEEKDAY_RE})\s+(?:à|au)\s+(?:{_WEEKDAY_RE})"
            rf"|(?:(?:during|in)\s+)?the\s+night\s+(?:of|from)\s+(?P<wd2>{_WEEKDAY_RE})\s+(?:to|into)\s+"
            rf"(?:{_WEEKDAY_RE}))(?!\w)",
            _F,
        ),
    ),
    # on Wednesday, last Tuesday, mercredi dernier, Saturday night
    (
        "weekday",
        re.compile(
            rf"(?<![\w-])(?P<x>(?:(?P<last>last|this\s+past|past|previous)\s+)?(?P<wd>{_WEEKDAY_RE})"
            rf"(?:\s+(?P<last2>dernier|passé))?(?:\s+(?:morning|afternoon|evening|night|matin|soir|"
            rf"après-midi|nuit))?)(?![\w-])",
            _F,
        ),
    ),
    # the weekend, this weekend, last weekend, le week-end, ce week-end
    (
        "weekend",
        re.compile(
            r"(?<![\w-])(?P<x>(?:(?P<last>last|this|the|le|ce|au\s+cours\s+du)\s+)?(?:week-?end|week\s+end)"
            r"(?:\s+(?P<last2>dernier|passé))?)(?![\w-])(?!\s+(?:market|fair|trip|shift|edition|break|visit|"
            r"marché|foire))",
            _F,
        ),
    ),
    # yesterday, this morning, today, overnight, last night, hier, ce matin ...
    (
        "rel_pub",
        re.compile(
            r"(?<![\w-])(?P<x>the\s+day\s+before\s+yesterday|avant-hier|"
            r"yesterday(?:\s+(?:morning|afternoon|evening|night))?|hier(?:\s+(?:matin|soir|après-midi))?|"
            r"(?:earlier\s+)?today|(?:earlier\s+)?this\s+(?:morning|afternoon|evening)|tonight|"
            r"aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir|ce\s+jour|"
            r"last\s+night|overnight|cette\s+nuit|la\s+nuit\s+dernière|"
            r"(?:this|last|past)\s+week|(?:cette|la)\s+semaine(?:\s+(?:dernière|passée))?|"
            r"(?:this|last|past)\s+month|ce\s+mois(?:-ci)?|le\s+mois\s+(?:dernier|passé)|"
            r"(?:in\s+)?(?:these|the)\s+(?:past|last)\s+(?:few\s+)?(?P<recent>days|weeks)|"
            r"ces\s+derniers\s+jours|ces\s+dernières\s+semaines|"
            rf"(?P<n>{_NUMWORD_RE})\s+(?P<unit>days?|weeks?|months?)\s+ago|"
            rf"il\s+y\s+a\s+(?P<n2>{_NUMWORD_RE})\s+(?P<unit2>jours?|semaines?|mois))(?![\w-])",
            _F,
        ),
    ),
    # two days later, a few weeks before, the next day, le lendemain, deux jours plus tard, la veille
    (
        "rel_prev",
        re.compile(
            rf"(?<![\w-])(?P<x>(?P<n>{_NUMWORD_RE})\s+(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|"
            r"ans|années?)\s+(?P<dir>later|after(?:wards)?|earlier|before|prior|plus\s+tard|après|"
            r"auparavant|plus\s+tôt|avant)|"
            r"the\s+(?:next|following)\s+(?:day|morning|evening|night)|the\s+day\s+after|"
            r"the\s+(?:previous|preceding)\s+(?:day|evening|night)|the\s+day\s+before|the\s+eve|"
            r"(?:le|au)\s+lendemain|(?:le\s+)?surlendemain|(?:la|à\s+la)\s+veille|le\s+jour\s+suivant|"
            r"the\s+(?:next|following)\s+week|la\s+semaine\s+suivante)(?![\w-])",
            _F,
        ),
    ),
]

_KIND_RANK = {k: i for i, (k, _) in enumerate(_PATTERNS)}


# ---------------------------------------------------------------------------------------------- helpers


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (_MIN_YEAR <= y <= _MAX_YEAR and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def _day_value(token: str) -> int | None:
    t = token.strip().lower()
    if t.startswith("the "):
        t = t[4:].strip()
    m = re.match(r"\d+", t)
    if m:
        return int(m.group(0))
    t = re.sub(r"[\^*]\w*$", "", t)
    t = re.sub(r"\s+", " ", t)
    return _ORDINALS.get(t) or _ORDINALS.get(t.replace(" ", "-"))


def _month_value(token: str) -> int | None:
    """The month a token names, refusing lower-case English words ("march", "may be") that are not dates."""
    raw = token.strip().rstrip(".")
    low = raw.lower()
    if low not in _MONTH_ANY:
        return None
    if low in _MONTHS_EN or low in _MONTHS_EN_ABBR:
        if low not in _MONTHS_FR and not raw[0].isupper():
            return None
        if low == "may" and raw not in ("May", "MAY"):
            return None
    return _MONTH_ANY[low]


def _weekday_value(token: str) -> int | None:
    low = token.lower()
    if low in _EN_NAMES and not token[0].isupper():
        return None
    return _WEEKDAYS.get(low)


def _count_value(token: str) -> tuple[int, bool] | None:
    """(value, vague) for "two", "3", "a few", "une"."""
    t = re.sub(r"\s+", " ", token.strip().lower())
    if t.isdigit():
        return int(t), False
    if t in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[t], True
    if t in ("a", "an", "un", "une"):
        return 1, False
    v = word_number(t)
    return (v, False) if v is not None else None


_FUTURE_SLACK_DAYS = 7
"""A yearless date at most this far after publication keeps publication's year: a note updated after its
bulletin ("died of his wounds on November 21") or a bulletin dated a few days early is likelier than an event
a year old."""


def _infer_year(m: int, d: int, ref: date) -> date | None:
    """The latest ``m``/``d`` not after ``ref`` (give or take the slack): notes follow their events."""
    for y in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2):
        dt = _safe_date(y, m, d)
        if dt is not None and (dt - ref).days <= _FUTURE_SLACK_DAYS:
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


# ---------------------------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    m: re.Match[str]


def _candidates(text: str) -> Iterator[_Cand]:
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            yield _Cand(m.start("x"), m.end("x"), kind, m)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest expressions win; among equals the more specific pattern (earlier in the list)."""
    cands.sort(key=lambda c: (-(c.end - c.start), _KIND_RANK[c.kind], c.start))
    taken: list[_Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_Resolved = tuple[date, DatePrecision, bool, str]


def _resolve(
    c: _Cand, published: date | None, previous: TimeExpr | None, year_hint: int | None
) -> _Resolved | None:
    g = c.m.group
    kind = c.kind
    if kind in ("ymd", "dmy_num"):
        y = int(g("y"))
        if y < 100:
            y += 2000 if y <= (_MAX_YEAR % 100) else 1900
        d, mo = int(g("d")), int(g("m"))
        if kind == "dmy_num" and mo > 12 and d <= 12:
            d, mo = mo, d  # month-first (US) writing: 6/13/2020
        dt = _safe_date(y, mo, d)
        return None if dt is None else (dt, "day", False, "explicit")
    if kind in ("dm_num", "dm", "md"):
        if kind == "dm_num":
            d, mo_opt = int(g("d")), int(g("m"))
            if mo_opt > 12 and d <= 12:
                d, mo_opt = mo_opt, d
            month: int | None = mo_opt if 1 <= mo_opt <= 12 else None
            d2 = None
        else:
            month = _month_value(g("m"))
            dv = _day_value(g("d"))
            if dv is None:
                return None
            d = dv
            d2 = _day_value(g("d2")) if g("d2") else None
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
        month = _month_value(g("m"))
        if month is None:
            return None
        mod = re.sub(r"\s+", " ", (g("mod") or "").lower())
        if not g("y") and not g("prep") and not mod:
            return None  # a bare "March" is as likely a noun ("a 4km March") as a month
        if g("m").lower() in _MONTHS_EN and g("m")[0].islower():
            return None
        day = _MOD_DAY.get(mod, _MIDDLE_DAY)
        if g("y"):
            dt = _safe_date(int(g("y")), month, day)
            anchor = "explicit"
        elif published is not None:
            y = published.year if month <= published.month else published.year - 1
            if month == 1 and published.month == 12 and published.day > 31 - _FUTURE_SLACK_DAYS:
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
        dt = _safe_date(int(g("y")), _SEASONS[season] % 12 + 1, _MIDDLE_DAY)
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
        wd = _weekday_value(g("wd") or g("wd2") if kind == "night" else g("wd"))
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
        cv = _count_value(m.group("n") or m.group("n2"))
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
        cv = _count_value(m.group("n"))
        if cv is None:
            return None
        n, vague = cv
        unit = m.group("unit").lower()
        sign = (
            -1
            if m.group("dir").lower() in ("earlier", "before", "prior", "auparavant", "plus tôt", "avant")
            else 1
        )
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
    if "surlendemain" in x:
        return prev + timedelta(days=2), "day", True, "previous"
    if "week" in x or "semaine" in x:
        return prev + timedelta(days=7), "week", True, "previous"
    if any(w in x for w in ("next", "following", "after", "lendemain", "suivant")):
        return prev + timedelta(days=1), "day", True, "previous"
    return prev - timedelta(days=1), "day", True, "previous"


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
    chosen = _select(list(_candidates(text)))
    year_hint = _first_year(chosen)
    previous: TimeExpr | None = None
    for c in chosen:
        r = _resolve(c, published, previous, year_hint)
        if r is None:
            continue
        value, precision, relative, anchor = r
        expr = TimeExpr(c.start, c.end, text[c.start : c.end], value, precision, relative, anchor)
        out.append(expr)
        if precision in ("day", "week"):
            previous = expr
    return tuple(out)


def _first_year(chosen: list[_Cand]) -> int | None:
    for c in chosen:
        if "y" in c.m.re.groupindex and c.m.group("y"):
            y = int(c.m.group("y"))
            if _MIN_YEAR <= y <= _MAX_YEAR:
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
        if _MIN_YEAR <= d.year <= _MAX_YEAR:
            out.append(TimeExpr(start, pos, sub, d, "day", False, "explicit"))
    return out


_CLAIM_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s)?|revendiqu\w*)(?:\s+by\s+[\w/'’-]+(?:\s+[\w/'’-]+)?|"
    r"\s+(?:the|this|its|l['’]|cette|le)\s*\w+|\s+it|\s+responsibility|\s+la\s+responsabilité)?"
    r"\s+(?:on|le|du)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A claim's own date: "Claimed by JNIM on 26/12", "JNIM claimed the attack on October, 27th". A longer
object ("claimed a second IED attack on December 28") dates the attack, not the claim."""

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
        return -_FUTURE_SLACK_DAYS <= (published - e.value).days <= _EVENT_WINDOW_DAYS

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


def assumed_event_date(
    published: date, lag_days: int = DEFAULT_REPORTING_LAG_DAYS
) -> tuple[date, DatePrecision]:
    """A documented guess for a note that dates nothing: ``lag_days`` before publication, week precision.

    Notes reach a bulletin 1-14 days after the event, so the median lag minimises the expected error in
    days; exact-day accuracy is about 1 in 14 whatever lag is chosen.
    """
    return published - timedelta(days=lag_days), "week"
