"""Fatalities and captives of an event, by ACLED's counting rules.

Rules (ACLED codebook, "Fatalities"): deaths on all sides are summed ("9 soldiers and 2 assailants
killed" → 11); the wounded are not counted; "no casualties" / "no victims" / "no loss of life" → 0; a
range or bound takes its lowest reading (via :mod:`sitrep.nlp.numbers`); "dozens" → 12. Restated tolls are
not double-counted: within a sentence every distinct count attached to a death word is added, a breakdown
in brackets after a total ("4 dead (2 assailants, a soldier and a peacekeeper)") is skipped, and across
sentences the largest sentence total is kept, because later sentences of a note usually repeat or revise
the toll of the first.

Captured: people taken prisoner, captured or who surrendered in the fighting. Abducted civilians are
not "captured" (ACLED codes them through the Abduction sub-event), so they are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.nlp.numbers import Count, find_counts

__all__ = ["Toll", "count_captured", "count_fatalities"]

_DEATH = re.compile(
    r"\b(?:killed|dead|died|deaths?|killing|kills|executed|shot dead|murdered|assassinated|beheaded|slain|"
    r"slaughtered|lost their lives|lost his life|lost her life|perished|neutrali[sz]ed|bodies|corpses|"
    r"fatalities|lifeless|massacred|lynched|tués?|morts?|decapitated|burned alive|drowned)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:wounded|injured|hurt|injuries|blessés?|missing|arrested|captured|abducted|"
    r"kidnapped|seized|destroyed|burned|stolen|detained)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\bno (?:casualt(?:y|ies)|victims?|deaths?|fatalit(?:y|ies)|loss(?:es)? of (?:life|lives)|"
    r"(?:one|body|person) (?:was )?(?:killed|hurt|injured)|injur(?:y|ies)|human loss(?:es)?|dead|losses)\b|"
    r"without (?:casualties|victims|loss)|no (?:reported )?(?:casualties|deaths)|nobody (?:was )?killed|"
    r"no one (?:was )?(?:killed|hurt)|pas de victimes?|aucune victime|sans faire de victimes?",
    re.IGNORECASE,
)
_SINGULAR_VICTIM = re.compile(
    r"\b(?:an?|one|the)\s+(?:[\w'-]+\s+){0,4}?(?:was|has been|had been|got)\s+(?:reportedly\s+|allegedly\s+)?"
    r"(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead|lynched)\b"
    r"|\b(?:killed|executed|murdered|assassinated|beheaded|shot dead|killing)\s+(?:an?|one)\s+\w+",
    re.IGNORECASE,
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:km|kms|kilomet\w*|miles?|h\b|hrs?|hours?|days?|weeks?|months?|years?|vehicles?|pick-?ups?|"
    r"motorbikes?|motorcycles?|trucks?|cars?|%|am\b|pm\b|[/:.]\d)",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|ao[uû]t|"
    r"déc)[a-zéû]*\b",
    re.IGNORECASE,
)
_SENT = re.compile(r"[^.;!?]+(?:[.;!?]+|$)")
_CAPTURE = re.compile(
    r"\b(?:captured|taken prisoner|taken prisoners|prisoners?|surrendered|made prisoner|taken captive)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Toll:
    """A count and the span of text that supports it (``None`` value: the text says nothing)."""

    value: int | None
    start: int = 0
    end: int = 0


def _people_counts(text: str) -> list[Count]:
    out = []
    for c in find_counts(text):
        after = text[c.end : c.end + 12]
        before = text[max(0, c.start - 12) : c.start]
        if _NOT_PEOPLE.match(after) or _MONTHS.search(before) or _MONTH_AFTER.match(after):
            continue
        if re.match(r"\s*(?:/|-\s*\d|th\b|st\b|nd\b|rd\b)", after):
            continue
        if re.search(r"\d[/:.]\s*$", before) or (c.text.isdigit() and len(c.text) == 4):
            continue
        out.append(c)
    return out


def _inside_parens(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside a bracketed breakdown."""
    open_ = text.rfind("(", 0, pos)
    return open_ != -1 and text.find(")", open_) > pos and text.rfind(")", 0, pos) < open_


def _sentence_toll(text: str, base: int) -> Toll | None:
    counts = _people_counts(text)
    deaths = list(_DEATH.finditer(text))
    if not deaths:
        return None
    used: set[int] = set()
    total = 0
    found = False
    lo, hi = len(text), 0
    for d in deaths:
        # backwards: counts in the clause before the death word, not separated by another casualty word
        for c in reversed([c for c in counts if c.end <= d.start()]):
            between = text[c.end : d.start()]
            if _HURT.search(between) or _DEATH.search(between) or len(between) > 60:
                break
            if re.search(r"[;:]|\bwhile\b|\bwhen\b|\bafter\b", between):
                break
            if c.start in used or (_inside_parens(text, c.start) and not _inside_parens(text, d.start())):
                continue
            used.add(c.start)
            total += c.value
            found = True
            lo, hi = min(lo, c.start), max(hi, d.end())
        # forwards: "killed 5 assailants", "killing 10", "death toll of 7"
        after_counts = [c for c in counts if c.start >= d.end()]
        if after_counts:
            c = after_counts[0]
            between = text[d.end() : c.start]
            active = d.group(0).lower() in (
                "killed",
                "killing",
                "kills",
                "executed",
                "neutralized",
                "neutralised",
            )
            toll_word = re.search(r"toll|deaths?|fatalities|bodies", d.group(0), re.I)
            if (
                c.start not in used
                and len(between) <= 12
                and not re.search(r"[,;:()]|\b(?:and|by|in|on|at|near|when)\b", between)
                and (active or toll_word or re.fullmatch(r"\s*(?:of|at|to|:)?\s*", between))
                and not _inside_parens(text, c.start)
            ):
                used.add(c.start)
                total += c.value
                found = True
                lo, hi = min(lo, d.start()), max(hi, c.end)
    if not found:
        m = _SINGULAR_VICTIM.search(text)
        if m:
            return Toll(1, base + m.start(), base + m.end())
        return None
    return Toll(total, base + lo, base + hi)


def count_fatalities(text: str, start: int = 0, end: int | None = None) -> Toll:
    """Deaths reported in ``text[start:end]``; value None when the text says nothing about deaths."""
    end = len(text) if end is None else end
    scope = text[start:end]
    best: Toll | None = None
    for m in _SENT.finditer(scope):
        t = _sentence_toll(m.group(0), start + m.start())
        if t is not None and t.value is not None and (best is None or (best.value or 0) < t.value):
            best = t
    if best is not None:
        return best
    z = _ZERO.search(scope)
    if z:
        return Toll(0, start + z.start(), start + z.end())
    return Toll(None)


def count_captured(text: str, start: int = 0, end: int | None = None) -> Toll:
    """People captured or taken prisoner in ``text[start:end]`` (None when not said)."""
    end = len(text) if end is None else end
    scope = text[start:end]
    for m in _CAPTURE.finditer(scope):
        before = scope[max(0, m.start() - 50) : m.start()]
        counts = _people_counts(before)
        if counts and not _HURT.search(before[counts[-1].end - len(before) :] if False else ""):
            c = counts[-1]
            between = before[c.end - len(before) :] if c.end - len(before) < 0 else ""
            if not _DEATH.search(between):
                return Toll(c.value, start + m.start() - len(before) + c.start, start + m.end())
        after = scope[m.end() : m.end() + 20]
        fc = _people_counts(after)
        if fc and fc[0].start < 4:
            return Toll(fc[0].value, start + m.start(), start + m.end() + fc[0].end)
    return Toll(None)
