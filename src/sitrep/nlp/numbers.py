"""Counts written in words or digits, in English and French, read the way ACLED codes them.

Rules (ACLED's fatality guidance, "Fatalities", ACLED FAQ "Uses and limitations of ACLED data", 2023; and
the 2019 codebook, "Reported fatalities"):

* A vague estimate takes its most conservative reading: "4-5", "four or five", "between 4 and 5" → 4;
  "at least 4", "more than 10", "over 10", "up to 10", "nearly 10", "about 10" → the number given.
* "tens" → 10, "dozens" / "des dizaines" → 12, "scores of" → 20, "hundreds" / "des centaines" → 100,
  "thousands" / "des milliers" → 1000 (ACLED: 10 for "tens", 12 for "dozens", 100 for "hundreds", "and so
  on").
* "several", "many", "numerous", "multiple", "plusieurs", "de nombreux" → 10: ACLED's codebook codes 10 when a
  report says fatalities were plural but gives no figure.
* "a few" / "quelques" → 3: our own conservative choice (the smallest plural that is "few"), flagged
  ``approx``.
* "some", "a number of", "certain" → no value: nothing in them bounds the count.
* French approximate nouns: "une dizaine" → 10, "une douzaine" → 12, "une quinzaine" → 15, "une vingtaine"
  → 20, "une trentaine" → 30 ... "une centaine" → 100 (the noun's own number, the conservative reading).

Everything is regular expressions over a small word table, so a note is read in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Count", "find_counts", "number_words", "parse_count", "word_number"]

_EN_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FR_UNITS = {
    "zéro": 0,
    "aucun": 0,
    "aucune": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
}
_FR_TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "soixante-dix": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "cent": 100, "cents": 100, "mille": 1000}

# Words whose value is a conventional reading, not a count (see the module docstring).
_VAGUE: dict[str, int | None] = {
    "a dozen": 12,
    "dozen": 12,
    "dozens": 12,
    "dozens of": 12,
    "tens": 10,
    "tens of": 10,
    "scores": 20,
    "scores of": 20,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "thousands of": 1000,
    "several": 10,
    "many": 10,
    "numerous": 10,
    "multiple": 10,
    "a few": 3,
    "few": 3,
    "some": None,
    "a number of": None,
    "plusieurs": 10,
    "de nombreux": 10,
    "de nombreuses": 10,
    "nombreux": 10,
    "nombreuses": 10,
    "quelques": 3,
    "certains": None,
    "certaines": None,
    "des dizaines": 12,
    "des dizaines de": 12,
    "des centaines": 100,
    "des centaines de": 100,
    "des milliers": 1000,
    "des milliers de": 1000,
    "une dizaine": 10,
    "une douzaine": 12,
    "une quinzaine": 15,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une centaine": 100,
    "un millier": 1000,
}

_ALL_WORDS: dict[str, int] = {**_EN_UNITS, **_EN_TENS, **_FR_UNITS, **_FR_TENS}


def number_words() -> dict[str, int]:
    """Every single number word (English and French units, tens and scales) with its value.

    For other modules' patterns (relative distances in :mod:`sitrep.geo.relative`), so one table of number
    words serves the whole project; compounds ("twenty-one") are read by :func:`word_number`.
    """
    return {**_ALL_WORDS, **_SCALES}


def word_number(word: str) -> int | None:
    """The value of one number written in words ("twenty-one", "vingt-et-un", "two hundred"), else None.

    Shared with :mod:`sitrep.nlp.timex` ("two days later", "deux jours plus tard").
    """
    w = re.sub(r"[\s\u2010\u2011-]+", "-", word.strip().lower()).replace("-et-", "-")
    if not w:
        return None
    if w in _ALL_WORDS:
        return _ALL_WORDS[w]
    parts = w.split("-")
    total = 0
    current = 0
    i = 0
    seen = False
    while i < len(parts):
        # Greedily take the longest known compound starting here ("quatre-vingt-dix", "dix-sept").
        for j in range(len(parts), i, -1):
            chunk = "-".join(parts[i:j])
            if chunk in _ALL_WORDS:
                current += _ALL_WORDS[chunk]
                i = j
                seen = True
                break
            if chunk in _SCALES:
                scale = _SCALES[chunk]
                if scale == 1000:
                    total += max(current, 1) * scale
                    current = 0
                else:
                    current = max(current, 1) * scale
                i = j
                seen = True
                break
        else:
            if parts[i] == "and":
                i += 1
                continue
            return None
    return total + current if seen else None


@dataclass(frozen=True, slots=True)
class Count:
    """A number expression: ``text == source[start:end]``; ``approx`` for vague or bounded counts."""

    start: int
    end: int
    text: str
    value: int
    approx: bool = False


_UNIT_WORDS = sorted(
    [w for w in _ALL_WORDS if w not in ("a", "an", "no", "une", "un", "aucun", "aucune")],
    key=len,
    reverse=True,
)
_WORD_NUM = (
    r"(?:(?:an?\s+(?:hundred|thousand)|" + "|".join(re.escape(w) for w in _UNIT_WORDS) + r")"
    r"(?:[\s-]+(?:and[\s-]+|et[\s-]+)?(?:"
    + "|".join(re.escape(w) for w in [*_UNIT_WORDS, *_SCALES, "une", "un"])
    + r"))*)"
)
_DIGITS = r"(?:\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?![.,]\d)"
_NUM = rf"(?:{_DIGITS}|{_WORD_NUM})"
_VAGUE_RE = "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
_BOUND = (
    r"(?:at\s+least|more\s+than|over|up\s+to|nearly|almost|about|around|approximately|roughly|some|"
    r"as\s+many\s+as|no\s+fewer\s+than|no\s+less\s+than|"
    r"au\s+moins|plus\s+de|près\s+de|environ|quelque|jusqu'à|pas\s+moins\s+de)"
)

_COUNT_RE = re.compile(
    rf"(?<![\w.,/-])(?:"
    rf"(?P<between>(?:between|entre)\s+(?P<b1>{_NUM})\s+(?:and|et)\s+(?P<b2>{_NUM}))"
    rf"|(?P<range>(?P<r1>{_DIGITS})\s*[-–]\s*(?P<r2>{_DIGITS})"
    rf"|(?P<r1w>{_NUM})\s+(?:or|to|ou|à)\s+(?P<r2w>{_NUM}))"
    rf"|(?P<bound>{_BOUND}\s+(?:\+\s*)?(?P<bn>{_NUM}))"
    rf"|(?P<plus>\+\s*(?P<pn>{_DIGITS}))"
    rf"|(?P<vague>{_VAGUE_RE})"
    rf"|(?P<num>{_NUM})"
    rf")(?![\w/%-])",
    re.IGNORECASE,
)


def _value(s: str) -> int | None:
    s = s.strip()
    digits = re.sub(r"[,\u202f\u00a0 ]", "", s)
    if digits.isdigit():
        return int(digits)
    return word_number(s)


# French number words spelled like English words: only read as numbers outside English text
_EN_HOMOGRAPHS = frozenset({"seize", "sept"})


def find_counts(text: str, language: str = "en") -> list[Count]:
    """Every number expression in ``text``, left to right, with its span and conservative value.

    Words that name no number ("some", "a number of") are left out. English and French words are both
    recognised whatever ``language`` says, because notes mix them ("une dizaine de morts" quoted in English
    notes), except French numbers that are also English words ("seize", "sept") in English text.
    """
    out: list[Count] = []
    for m in _COUNT_RE.finditer(text):
        if language == "en" and m.group(0).lower() in _EN_HOMOGRAPHS:
            continue  # "seize a vehicle", "Sept. 12": French numbers that are English words
        value: int | None
        approx = True
        if m.group("between"):
            a, b = _value(m.group("b1")), _value(m.group("b2"))
            value = None if a is None or b is None else min(a, b)
        elif m.group("range"):
            a = _value(m.group("r1") or m.group("r1w"))
            b = _value(m.group("r2") or m.group("r2w"))
            if a is None or b is None or a > b:
                # "3-1" is a score or a reference, not a range of counts.
                continue
            value = a
        elif m.group("bound"):
            value = _value(m.group("bn"))
        elif m.group("plus"):
            value = _value(m.group("pn"))
        elif m.group("vague"):
            value = _VAGUE[m.group("vague").lower()]
        else:
            value = _value(m.group("num"))
            approx = False
        if value is None:
            continue
        out.append(Count(m.start(), m.end(), m.group(0), value, approx))
    return out


def parse_count(text: str, language: str = "en") -> int | None:
    """The value of the first count in ``text`` ("three" → 3, "a dozen" → 12, "at least 4" → 4), else None.

    A bare "a"/"an"/"une" is not a count on its own here (it is in "a dozen"); "some" and "a number of" give
    None, see the module docstring for every rule.
    """
    found = find_counts(text, language)
    return found[0].value if found else None
