"""The words of dates, English and French: months, weekdays, ordinals, seasons and vague counts.

Kept apart from the patterns that use them so a new spelling ("févr", "twenty first") is one table entry,
and so the readers that turn a matched word into a number refuse the same lower-case English words
("march", "may be") wherever a date is read.
"""

from __future__ import annotations

import re

from sitrep.nlp.numbers import word_number

__all__ = [
    "MONTHS_EN",
    "MONTHS_EN_ABBR",
    "MONTHS_FR_ABBR",
    "MONTH_FULL",
    "ORDINALS",
    "SEASONS",
    "WEEKDAYS",
    "count_value",
    "day_value",
    "month_value",
    "weekday_value",
]

MONTHS_EN = {
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
MONTHS_EN_ABBR = {
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
MONTHS_FR_ABBR = {"janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12}
MONTH_FULL = {**MONTHS_EN, **_MONTHS_FR}
_MONTH_ANY = {**MONTH_FULL, **MONTHS_EN_ABBR, **MONTHS_FR_ABBR}

WEEKDAYS = {
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
_EN_NAMES = set(MONTHS_EN) | set(MONTHS_EN_ABBR) | set(list(WEEKDAYS)[:7])

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
ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
ORDINALS.update(
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
    ORDINALS[f"twenty-{_w}"] = 21 + _i
    ORDINALS[f"twenty {_w}"] = 21 + _i
ORDINALS["thirty-first"] = 31
ORDINALS["thirty first"] = 31

SEASONS = {
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


def day_value(token: str) -> int | None:
    t = token.strip().lower()
    if t.startswith("the "):
        t = t[4:].strip()
    m = re.match(r"\d+", t)
    if m:
        return int(m.group(0))
    t = re.sub(r"[\^*]\w*$", "", t)
    t = re.sub(r"\s+", " ", t)
    return ORDINALS.get(t) or ORDINALS.get(t.replace(" ", "-"))


def month_value(token: str) -> int | None:
    """The month a token names, refusing lower-case English words ("march", "may be") that are not dates."""
    raw = token.strip().rstrip(".")
    low = raw.lower()
    if low not in _MONTH_ANY:
        return None
    if low in MONTHS_EN or low in MONTHS_EN_ABBR:
        if low not in _MONTHS_FR and not raw[0].isupper():
            return None
        if low == "may" and raw not in ("May", "MAY"):
            return None
    return _MONTH_ANY[low]


def weekday_value(token: str) -> int | None:
    low = token.lower()
    if low in _EN_NAMES and not token[0].isupper():
        return None
    return WEEKDAYS.get(low)


def count_value(token: str) -> tuple[int, bool] | None:
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
