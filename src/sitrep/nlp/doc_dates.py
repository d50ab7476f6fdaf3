"""Which dates of a whole document date its events, and in which year.

An article mixes the day of its event with days of other things: the publication line, earlier attacks
named as time marks ("since the coup of 18 August"), the day a statement was made, counts ("two days
later") that start from a background date of another section, and days written without a year that
belong to the story's year rather than the publication's. :func:`settle_dates` reads the document's
dates once, before any event is built, and leaves the ones that date nothing in
``ctx.excluded_dates``; :func:`statement_dates` runs once the triggers are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.nlp.doc_layout import DocumentContext, Unit, reference_date, section_at
from sitrep.nlp.timex import TimeExpr, find_dates

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State

__all__ = ["settle_dates", "stated_years", "statement_dates"]


def settle_dates(text: str, st: _State, ctx: DocumentContext) -> None:
    """Re-read the dates against the document's own reference day, give yearless days the story's year,
    and exclude dates of other events and counts from another section's day."""
    if ctx.reference is None:
        ref = reference_date(text, ctx, st.dates)
        if ref is not None:
            ctx.excluded_dates.add(ref.start)
            if st.published is None:
                ctx.reference = ref.value
                st.dates = [d for d in find_dates(text, ref.value)]
    st.dates = stated_years(text, st.dates, ctx)
    ctx.excluded_dates.update(d.start for d in st.dates if _dates_other_event(text, d))
    ctx.excluded_dates.update(_counted_across_sections(st.dates, ctx))


# "riots ... after the presidential election of 22 June", "depuis le coup d'État du 18 août", "avant le scrutin
# du 22 juin": a date that names another event (an election, a coup, an earlier attack) as a time mark, told
# in a clause of "after", "since" or "before"; the act the sentence reports happened on another day
_OTHER_EVENT = re.compile(
    r"\b(?:after|following|since|before|ahead\s+of|après|avant|depuis|à\s+la\s+suite\s+d[eu]|suite\s+à)\s+"
    r"(?:the|a|an|its|their|le|la|les|l['’]|son|sa|ses|leur)\s*(?:[^\W\d][\w'’-]*\s+){1,4}?"
    r"(?:of|du|de\s+l['’]|de\s+la|d['’])\s*$",
    re.IGNORECASE,
)


def _dates_other_event(text: str, d: TimeExpr) -> bool:
    return d.precision == "day" and not d.relative and bool(_OTHER_EVENT.search(text, max(0, d.start - 70), d.start))


def _counted_across_sections(dates: list[TimeExpr], ctx: DocumentContext) -> set[int]:
    """Counts like "two days later" or "the same evening" start from the day the story has just told; at
    the head of a new section (Casualties, Responsibility) the last date of the text before it is often a
    background one (an earlier attack), so a count from a date of another section dates nothing."""
    out: set[int] = set()
    previous: TimeExpr | None = None
    for d in dates:
        if (
            d.relative
            and d.anchor == "previous"
            and previous is not None
            and section_at(ctx.sections, previous.start) != section_at(ctx.sections, d.start)
        ):
            out.add(d.start)
        if d.precision in ("day", "week"):
            previous = d
    return out


# "On 23 June the electoral commission announced that X had won", "Le 19 juin, le gouvernement a reconnu dans
# un communiqué que ...": the date before a statement verb and its "that" clause dates the statement
_STATEMENT_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:announced|said|stated|declared|confirmed|reported|acknowledged|indicated|revealed|"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annonc|déclar|confirm|indiqu|affirm|reconn|rapport)\w*)\b"
    r"[^.;]{0,60}?\b(?:that|que|qu['’])",
    re.IGNORECASE,
)


def statement_dates(text: str, st: _State, units: Sequence[Unit]) -> set[int]:
    """Dates of statements told in a sentence that reports no act of its own: such a date is the day of
    the announcement, never of the act the statement is about (nor of the act the sentence sits next to)."""
    out: set[int] = set()
    for u in units:
        if any(u.start <= t.start < u.end for t in st.triggers):
            continue
        for d in st.dates:
            if u.start <= d.start < u.end and _STATEMENT_AFTER.match(text, d.end, u.end):
                out.add(d.start)
    return out


_INDEFINITE = re.compile(r"\b(?:a|an|one|un|une)\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:–|—|-|to|and|until|till)\s*$", re.IGNORECASE)


def stated_years(text: str, dates: list[TimeExpr], ctx: DocumentContext) -> list[TimeExpr]:
    """Dates written without a year take the year the document states, not the publication's.

    An article published years later says "23 March 2019" once and then "early on 23 March"; the day
    belongs to the story's year. The year comes from the end of a range ("30 September – 1 October 2019"),
    else the last fully dated day or month before it in the same section, else the infobox's or the
    lead's date; of that year and its neighbours, the one that puts the day nearest the anchor.
    """
    # "Sunday 21 March", "le vendredi 2 mars 2018": the weekday names the date that follows it, not the
    # last such weekday before the publication
    starts = {d.start for d in dates if not d.relative and d.precision == "day"}
    dates = [d for d in dates if not (d.relative and d.precision == "day" and _names_next(text, d.end, starts))]
    # "on a Sunday in August 2020", "un vendredi": an indefinite weekday names no particular day
    dates = [
        d
        for d in dates
        if not (d.relative and d.precision == "day" and _INDEFINITE.search(text[max(0, d.start - 8) : d.start]))
    ]
    explicit = [d for d in dates if d.anchor == "explicit" and d.precision in ("day", "month")]
    if not explicit:
        return dates
    box = next((x for x in ctx.sections if x.name.lower() == "infobox"), None)
    in_box = [d for d in explicit if box is not None and box.start <= d.start < box.end]
    narrative = ctx.event_units()
    lead_end = max((u.end for u in narrative if narrative and u.para == narrative[0].para), default=0)
    stated = in_box or [d for d in explicit if d.start < lead_end]
    doc_anchor = stated[0] if stated else None
    out: list[TimeExpr] = []
    shift = None  # how far the last re-dated day moved: "the next day" after it was counted from it
    for d in dates:
        if d.relative and d.anchor == "previous" and shift is not None:
            out.append(replace(d, value=d.value + shift))
            continue
        if d.anchor != "published" or d.relative or d.precision not in ("day", "month"):
            shift = None if not d.relative else shift
            out.append(d)
            continue
        after = [n for n in explicit if 0 <= n.start - d.end <= 8 and _RANGE_TO.match(text[d.end : n.start])]
        sec = section_at(ctx.sections, d.start)
        before = [a for a in explicit if a.end <= d.start and sec >= 0 and section_at(ctx.sections, a.start) == sec]
        anchor = after[0] if after else before[-1] if before else doc_anchor
        if anchor is None:
            shift = None
            out.append(d)
            continue
        best = d.value
        for y in (anchor.value.year - 1, anchor.value.year, anchor.value.year + 1):
            try:
                cand = d.value.replace(year=y)
            except ValueError:
                continue
            if after and cand > anchor.value:
                continue  # the first day of a range comes before its last
            if abs((cand - anchor.value).days) < abs((best - anchor.value).days):
                best = cand
        shift = best - d.value if best != d.value else None
        out.append(replace(d, value=best, anchor="previous") if best != d.value else d)
    return out


def _names_next(text: str, end: int, starts: set[int]) -> bool:
    """A day date starts one or two blanks or a comma after ``end``."""
    return any(end + k in starts and not text[end : end + k].strip(" ,") for k in (1, 2))
