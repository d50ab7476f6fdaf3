"""Words that say which country a report is about without naming a place.

"Malian soldiers", "FAMa", "MINUSMA", "Koglweogo": each points at one country. The table is
``geo/data/country_cues.csv`` (cue, ISO code, whether case matters, source). Actor knowledge proper is the
extractor's (``nlp/data/actors.yaml``); these cues only decide which country a report is about, so an
ambiguous village name ("Boni": Mali and Burkina Faso) is read in that country.

A country named next to "border" is the neighbour ("close to the Mauritania border" in a Mali report), so
:func:`in_border_phrase` lets callers leave such names out of the vote.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

_BORDER_WORD = re.compile(r"\b(?:borders?|frontières?|frontieres?)\b", re.IGNORECASE)
# "the Egyptian Embassy in Niamey": a diplomatic mission stands in another country than the one it represents
_MISSION_WORD = re.compile(r"(?:embass(?:y|ies)|consulates?|ambassadors?|ambassades?|consulats?)\b", re.IGNORECASE)


_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontières?|frontieres?)\s+$", re.IGNORECASE)
# "Malian refugees", "réfugiés maliens", "Nigerien nationals": people who are, by the word, outside the country
# they are from (internally displaced people are not: they stay in it)
_ABROAD_AFTER = re.compile(r"(?:refugees?|exiles?|nationals|expatriates?|asylum[- ]seekers?|diaspora)\b", re.IGNORECASE)
_ABROAD_BEFORE = re.compile(
    r"\b(?:réfugiés?|refugies?|exilés?|exiles?|ressortissants?|expatriés?|expatries?|demandeurs d'asile)\s+$",
    re.IGNORECASE,
)


def _points_elsewhere(text: str, end: int, start: int | None = None) -> bool:
    """Whether the cue ending at ``end`` names a border, a diplomatic mission or people abroad (refugees,
    nationals), not the report's country.

    French puts the adjective after the noun: "vers la frontière burkinabè" (from ``start``) names the
    neighbour a place lies near, as "the Burkinabe border" does in English.
    """
    after = text[end : end + 20].lstrip(" -–")
    if start is not None and (
        _BORDER_BEFORE.search(text[max(0, start - 20) : start])
        or _ABROAD_BEFORE.search(text[max(0, start - 25) : start])
    ):
        return True
    return bool(_BORDER_WORD.match(after) or _MISSION_WORD.match(after) or _ABROAD_AFTER.match(after))


@lru_cache(maxsize=1)
def _cue_table() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("sitrep.geo").joinpath("data", "country_cues.csv").read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        flags = 0 if row["case"] == "exact" else re.IGNORECASE
        out.append((re.compile(rf"(?<![\w-]){re.escape(row['cue'])}(?![\w-])", flags), row["country"]))
    return tuple(out)


def country_cues(text: str) -> dict[str, int]:
    """ISO code -> how many times the text uses a demonym, national force or armed group of that country."""
    found: dict[str, int] = {}
    for rx, cc in _cue_table():
        # "by the Chadian border" places the event near Algeria, not in it
        n = sum(1 for m in rx.finditer(text) if not _points_elsewhere(text, m.end(), m.start()))
        if n:
            found[cc] = found.get(cc, 0) + n
    return found


def cue_first_positions(text: str) -> dict[str, int]:
    """ISO code -> where the text first uses a cue of that country: a tie in the country vote goes to the
    country the report points at first, not to the alphabetically first code."""
    first: dict[str, int] = {}
    for rx, cc in _cue_table():
        for m in rx.finditer(text):
            if not _points_elsewhere(text, m.end(), m.start()):
                first[cc] = min(first.get(cc, m.start()), m.start())
                break
    return first


def in_border_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a country name) is the neighbour of a border phrase.

    "along the Chad border", "the Chad-Niger border", "Niger's border with Chad",
    "la frontière avec le Niger".
    """
    after = text[end : end + 25]
    before = text[max(0, start - 30) : start]
    if _BORDER_WORD.match(after.lstrip(" -–'’s")) or re.match(r"^\s*(?:[-–]\s*\w+\s+)?borders?\b", after):
        return True
    return bool(re.search(r"(?:borders?\s+with|frontières?\s+avec|frontière)\s+(?:le\s+|la\s+|l')?$", before))
