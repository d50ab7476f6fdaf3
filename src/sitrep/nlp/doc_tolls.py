"""Whose deaths a toll counts, so that a document's tolls of both sides add up as ACLED's do.

ACLED's fatalities are all reported deaths, both sides together. A whole document often gives each side's
toll in a sentence of its own ("71 soldiers were killed." ... "The army said 57 assailants were killed."),
or an infobox gives one side and the prose the other; keeping the largest single figure would lose a side.
Each toll is given the camp its victims belong to (``gov``, ``armed``, ``civ``) when its words say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Section
from sitrep.nlp.fatalities import Toll, count_fatalities
from sitrep.nlp.numbers import parse_count

__all__ = ["CAMPS", "casualty_block", "casualty_list", "combine_sides", "toll_camp"]

CAMPS = ("gov", "armed", "civ")

_GOV = re.compile(
    r"\b(?:soldiers?|troops?|servicem[ae]n|gendarmes?|police(?:m[ae]n|officers?)?|policem[ae]n|guards?|"
    r"peacekeepers?|personnel|officers?|army|military|(?:armed|security|defen[cs]e) forces|"
    r"government (?:forces|fighters|troops)|militiam[ae]n|volunteers)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"\b(?:attackers?|assailants?|militants?|jihadists?|terrorists?|insurgents?|rebels?|gunmen|"
    r"bandits?|fighters?|islamists?|combatants?|raiders?)\b",
    re.IGNORECASE,
)
_CIV = re.compile(r"\b(?:civilians?|villagers?|residents?|herders?|farmers?|women|children|worshippers)\b", re.I)


def toll_camp(text: str, toll: Toll) -> str | None:
    """The camp of a toll's victims when its words name one only ("40 soldiers", "killing 15 attackers");
    None for mixed or unspecified tolls ("55 people", "40 soldiers and 15 attackers")."""
    if toll.value is None or toll.end <= toll.start:
        return None
    words = text[toll.start : min(len(text), toll.end + 30)]
    words = re.split(r"[.;]", words, maxsplit=1)[0]
    found = {c for c, rx in (("gov", _GOV), ("armed", _ARMED), ("civ", _CIV)) if rx.search(words)}
    return found.pop() if len(found) == 1 else None


def combine_sides(total: int | None, sides: dict[str, int]) -> int | None:
    """All deaths: the camps' own figures summed, never less than the largest single toll ``total``
    (which may already add both sides: "40 soldiers and 15 attackers were killed")."""
    if not sides:
        return total
    return max(total or 0, sum(sides.values()))


_LOSS_SECTION = re.compile(r"^(?:casualties|losses|victims|bilan|pertes|victimes)\b", re.IGNORECASE)
_LIST_LINE = re.compile(r"^[ \t]*[-*•][ \t]*(?P<label>[^:\n]{1,60}):[ \t]*(?P<value>[^\n]+)$", re.MULTILINE)
_NONE = re.compile(r"^\s*(?:none|nil|no\b|0\b|zero|aucune?|néant)", re.IGNORECASE)
_LEAD_FIGURE = re.compile(
    r"^\s*(?:about|around|some|at least|nearly|approximately|environ|au moins|près de)?\s*(?P<n>[\w,-]+)\s+"
    r"(?:killed|dead|deaths|tués|morts)\b",
    re.IGNORECASE,
)


def casualty_list(text: str, sections: Sequence[Section]) -> Toll | None:
    """All deaths of a "Casualties" section that lists each side on a line of its own.

    An article may break the losses down below its prose ("- Peacekeepers: 4 killed, 19 wounded",
    "- Assailants: about 20 killed"); the lines together are every side's deaths, which ACLED adds up.
    None when the document has no such list or none of its lines gives a death figure.
    """
    total: Toll | None = None
    for sec in sections:
        if not sec.name or not _LOSS_SECTION.match(sec.name.strip()):
            continue
        for m in _LIST_LINE.finditer(text, sec.start, sec.end):
            value = m.group("value")
            if _NONE.match(value):
                continue
            vs = m.start("value")
            t = count_fatalities(text, vs, m.end("value"))
            if t.value is None:
                lead = _LEAD_FIGURE.match(value)
                n = parse_count(lead.group("n").replace(",", "")) if lead else None
                t = Toll(n, vs, m.end("value")) if n is not None else t
            if t.value is None:
                continue
            total = t if total is None else Toll((total.value or 0) + t.value, total.start, max(total.end, t.end))
    return total


_LOSS_HEADING = re.compile(
    r"^[ \t]*(?:=+[ \t]*|#+[ \t]*)?(?:casualties|losses|bilan|pertes|victimes)[ \t]*(?:=+|:)?[ \t]*\n"
    r"(?P<body>(?:[ \t]*[-*•][^\n]*(?:\n|$))+)",
    re.IGNORECASE | re.MULTILINE,
)


def casualty_block(text: str) -> Toll | None:
    """A losses list under a bare heading line ("Bilan", "Casualties:") that ingest did not make a section
    of: a note's per-side list ("- Soldats nigériens : 89 tués", "- Assaillants : 77 tués") is every side's
    deaths, read as :func:`casualty_list` reads a "Casualties" section."""
    m = _LOSS_HEADING.search(text)
    if m is None:
        return None
    return casualty_list(text, [Section("Bilan", m.start("body"), m.end("body"))])
