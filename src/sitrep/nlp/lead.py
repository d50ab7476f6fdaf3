"""The lead of a document: its first narrative paragraph, and the one after it when the first is a title.

Why one definition: several rules trust the lead over the rest of a document (the setting an act borrows, the
main event and its attacker, the lead's day, a handover's sides), and they must agree on where it is. Their
deliberate differences are parameters: which test makes a first paragraph a title, how many paragraphs
count, whether the lead stays in the first paragraph's section, and where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.nlp.doc_layout import DocumentContext, Unit

TitleTest = Callable[[str, Sequence[Unit]], bool]


def open_line(text: str, units: Sequence[Unit]) -> bool:
    """One sentence left open: a title, for a lead read for its date or place (a loose test costs nothing)."""
    return len(units) == 1 and not text[units[0].start : units[0].end].rstrip().endswith((".", "!", "?"))


def short_title(text: str, units: Sequence[Unit]) -> bool:
    """One short line without a stop: a title, for a lead read for who attacked (a long open line is a lead)."""
    if len(units) != 1:
        return False
    line = text[units[0].start : units[0].end].strip()
    return "\n" not in line and len(line.split()) <= 15 and not re.search(r"[.!?…]\W*$", line)


def lead_units(
    text: str,
    ctx: DocumentContext,
    *,
    title: TitleTest | None = open_line,
    paras: int = 1,
    one_section: bool = True,
    first: Unit | None = None,
) -> list[Unit]:
    """The narrative sentences of the lead: ``paras`` paragraphs from ``first`` (the first narrative sentence
    by default), one more when ``title`` finds the first paragraph a title; with ``one_section`` the
    paragraphs after the first must be of its section (a lead never runs into "Background")."""
    narrative = ctx.event_units()
    if not narrative:
        return []
    first = first or narrative[0]
    pool = [u for u in narrative if u.para >= first.para and (not one_section or u.section == first.section)]
    order = list(dict.fromkeys(u.para for u in pool))
    head = [u for u in narrative if u.para == order[0]]
    keep = set(order[: paras + (1 if title is not None and title(text, head) else 0)])
    return [u for u in pool if u.para in keep]
