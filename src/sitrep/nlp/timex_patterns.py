"""The regular expressions that find date expressions, and the choice among overlapping matches.

Finding is kept apart from resolving (:mod:`sitrep.nlp.timex_resolve`): a pattern only says where an
expression is and of which kind; whether "March" is a month and which year "December 28" falls in is
decided later, against the publication date and the other dates of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.nlp.timex_words import MONTH_FULL, MONTHS_EN_ABBR, MONTHS_FR_ABBR, ORDINALS, SEASONS, WEEKDAYS

__all__ = ["Cand", "candidates", "select"]


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_MONTH_ANY_RE = rf"(?:(?:{_alt(MONTH_FULL)})\b|(?:{_alt({**MONTHS_EN_ABBR, **MONTHS_FR_ABBR})})\b\.?)"
_MONTH_FULL_RE = rf"(?:{_alt(MONTH_FULL)})\b"
_ORD_RE = rf"(?:{_alt(ORDINALS)})(?:[\^*]\w{{0,2}})?"
_DAYNUM_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|re|ème|eme|e)?(?:\^\w{1,2})?"
_DAY_RE = rf"(?:{_DAYNUM_RE}|{_ORD_RE})"
_YEAR_RE = r"(?:19|20)\d\d"
_WEEKDAY_RE = rf"(?:{_alt(WEEKDAYS)})"
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
        re.compile(rf"(?<![\w./-])(?P<x>(?P<y>{_YEAR_RE})([-./])(?P<m>\d{{1,2}})\3(?P<d>\d{{1,2}}))(?![\w.]?\d)"),
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
    # le 3 courant, du 12 courant, the 3rd instant / inst.: that day of the month the text was published in
    (
        "day_cur",
        re.compile(
            r"\b(?:le|du|au|the|on\s+the)\s+(?P<x>(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:courant|instant\b|inst\.))",
            _F,
        ),
    ),
    # 3 June 2020, 3rd of June, le 1er juillet, from 3 to 20 December, 28-30 April, the First^h of July,
    # du vendredi 4 au samedi 5 juin (the weekday before the first day is its own match, dropped later)
    (
        "dm",
        re.compile(
            rf"(?<![\w.,/-])(?P<x>(?:the\s+)?(?P<d>{_DAY_RE})"
            rf"(?:\s*(?:-|–|to|au|and|et|&|or|ou)\s*(?:the\s+)?(?:{_WEEKDAY_RE}\s+)?(?P<d2>{_DAY_RE}))?"
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
            rf"(?P<s>{_alt(SEASONS)})\s+(?:of\s+|de\s+l['’]année\s+|de\s+)?(?P<y>{_YEAR_RE}))(?![\w-])",
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
            # "overnight on 1 September", "overnight from Friday to Saturday": the date that follows says which night
            r"last\s+night|overnight(?!\s+(?:on|of|from|between|into|to)\b)|cette\s+nuit|la\s+nuit\s+dernière|"
            r"(?:this|last|past)\s+week|(?:cette|la)\s+semaine(?:\s+(?:dernière|passée))?|"
            r"(?:this|last|past)\s+month|ce\s+mois(?:-ci)?|le\s+mois\s+(?:dernier|passé)|"
            r"(?:in\s+)?(?:these|the)\s+(?:past|last)\s+(?:few\s+)?(?P<recent>days|weeks)|"
            r"ces\s+derniers\s+jours|ces\s+dernières\s+semaines|"
            rf"(?P<n>{_NUMWORD_RE})\s+(?P<unit>days?|weeks?|months?)\s+ago|"
            rf"il\s+y\s+a\s+(?P<n2>{_NUMWORD_RE})\s+(?P<unit2>jours?|semaines?|mois))(?![\w-])",
            _F,
        ),
    ),
    # two days later, a few weeks before, the next day, le lendemain, deux jours plus tard, la veille, le jour même
    (
        "rel_prev",
        re.compile(
            rf"(?<![\w-])(?P<x>(?P<n>{_NUMWORD_RE})\s+(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|"
            r"ans|années?)\s+(?P<dir>later|after(?:wards)?|earlier|before|prior|plus\s+tard|après|"
            r"auparavant|plus\s+tôt|avant)|"
            r"the\s+(?:next|following)\s+(?:day|morning|evening|night)|the\s+day\s+after|"
            r"the\s+(?:previous|preceding)\s+(?:day|evening|night)|the\s+day\s+before|the\s+eve|"
            r"(?:le|au)\s+lendemain|(?:le\s+)?surlendemain|(?:la|à\s+la)\s+veille|le\s+jour\s+suivant|"
            r"the\s+(?:next|following)\s+week|la\s+semaine\s+suivante|"
            # the day just named, said again: "on the same day", "le jour même", "ce jour-là"
            r"(?:that|the)\s+(?:very\s+)?same\s+(?:day|night|evening)|"
            r"(?:le|ce)\s+(?:même\s+jour|jour\s+même)|(?:la|cette)\s+même\s+nuit|ce\s+jour-là)(?![\w-])",
            _F,
        ),
    ),
]

_KIND_RANK = {k: i for i, (k, _) in enumerate(_PATTERNS)}


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: str
    m: re.Match[str]


# "On 27 December, 10 gendarmes were killed": a month that already has its day before it does not take the
# number after the comma as its day
_DAY_BEFORE_MONTH = re.compile(rf"(?<![\w.,/-]){_DAY_RE}(?:\s+of)?\s+$", re.IGNORECASE)


def candidates(text: str) -> Iterator[Cand]:
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if kind == "md" and _DAY_BEFORE_MONTH.search(text, max(0, m.start("x") - 12), m.start("x")):
                continue
            yield Cand(m.start("x"), m.end("x"), kind, m)


def select(cands: list[Cand]) -> list[Cand]:
    """Longest expressions win; among equals the more specific pattern (earlier in the list)."""
    cands.sort(key=lambda c: (-(c.end - c.start), _KIND_RANK[c.kind], c.start))
    taken: list[Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken
