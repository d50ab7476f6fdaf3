"""Where and when an act told without its own place or day happened: the setting the story has just given.

Why a module of its own: the document path fills a frame from its sentence and the sentences attached to it
(``document._fill``); what is still missing after that is borrowed from what came before, a different rule
with its own limits (earlier sentences only, the lead's date only, the frame's country only).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.nlp.doc_frames import PRECISION_RANK, Frame
from sitrep.nlp.doc_layout import DocumentContext, Unit
from sitrep.nlp.doc_mood import relative_clauses
from sitrep.nlp.doc_places import collapse_relative, locative, more_specific, place_ok, specificity
from sitrep.nlp.lead import lead_units, short_title

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State

# a date that bounds a span ("the heaviest losses since 2012", "depuis 2015", "until 2020") is not the day
# of the act the sentence tells
SPAN_BOUND = re.compile(
    r"\b(?:since|until|till|depuis|jusqu'(?:en|au|à)?)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+|"
    r"(?:la\s+)?(?:fin|début)\s+(?:de\s+|d')?)?$",
    re.IGNORECASE,
)


def borrow_setting(text: str, st: _State, ctx: DocumentContext, f: Frame, own: Unit, told: set[int]) -> None:
    """An act told without a place or a day ("They burnt tyres and blocked roads") happened where and when
    the story has just put its actors: the nearest place of the sentences before it in its paragraph, then
    its section, then the lead's. Sentences after it never lend theirs (they may move the story on); a
    place of another country than the frame's never refines it. The date comes from the lead alone (a
    section's earlier dated sentence may close a campaign the act summed up); of the lead's dates the first
    is its main clause's ("broke out on 24 June, after ... the election of 22 June")."""
    before = [u for u in ctx.units if u.start < own.start and u.section == own.section and u.zone != "skip"]
    lead = lead_units(text, ctx)
    before.sort(key=lambda u: (u.para != own.para, -u.start))
    need_place = f.place_value is None or specificity(f.place_value) == 0
    for u in [*before, *[u for u in lead if u not in before and u.start < own.start]]:
        if u.start in told or not u.narrative or not (need_place or f.date is None):
            continue
        rel = relative_clauses(text[u.start : u.end])
        if f.date is None and u in lead:
            ds = [
                d
                for d in st.dates
                if u.start <= d.start < u.end
                and d.precision in ("day", "week", "month")
                and d.start not in ctx.excluded_dates
                and not d.relative
                and not any(a <= d.start - u.start < b for a, b in rel)
                and not SPAN_BOUND.search(text, max(u.start, d.start - 30), d.start)
            ]
            if ds:
                f.date = min(ds, key=lambda d: (PRECISION_RANK.get(d.precision, 9), d.start))
        if not need_place:
            continue
        cands = [
            p
            for p in collapse_relative([p for p in st.places if u.start <= p.start < u.end])
            if locative(text, p, u.start) and not any(a <= p.start - u.start < b for a, b in rel)
        ]
        cands = [p for p in cands if more_specific(p.place, f.place_value) and place_ok(f.place_value, p.place)]
        if cands:
            best = max(cands, key=lambda p: (specificity(p.place), -p.start))
            f.place, f.place_value = best, best.place
            need_place = False


def title_setting(text: str, st: _State, ctx: DocumentContext, f: Frame) -> None:
    """A title names the article's act without its parties or place ("Arrest of X", "Arrestation de X"); the
    sentences of the account that tell that same act ("X's arrest was his detention, on 7 March in Z, ...",
    "Plainclothes police detained X near the square") say where and by whom. The first such sentence with a
    place gives the place, the first that names who did it gives the sides. Only sentences of the event
    account (never background or aftermath) and none dated to another day: those tell other acts of the
    same kind (an earlier arrest, a later trial)."""
    from sitrep.nlp.roles import assign_roles

    if len(f.drafts) != 1 or f.actors or f.from_infobox:
        return
    d0 = f.drafts[0]
    first = next((u for u in ctx.units if u.zone != "skip"), None)
    if first is None or first.start != d0.sent[0] or not short_title(text, [first]):
        return
    need_place = f.place_value is None or specificity(f.place_value) == 0
    need_sides = True
    cls = d0.trigger.cls
    for u in ctx.units:
        if u.start <= first.start or u.zone != "event" or not u.narrative or not (need_place or need_sides):
            continue
        rel = relative_clauses(text[u.start : u.end])
        trigs = [t for t in st.triggers if u.start <= t.start < u.end and t.cls == cls and not _aside(rel, u, t.start)]
        if not trigs:
            continue
        days = [d for d in st.dates if u.start <= d.start < u.end and d.precision == "day" and not d.relative]
        if f.date is not None and any(d.value != f.date.value for d in days):
            continue
        if need_place:
            cands = [
                p
                for p in collapse_relative([p for p in st.places if u.start <= p.start < u.end])
                if locative(text, p, u.start) and not _aside(rel, u, p.start)
            ]
            cands = [p for p in cands if more_specific(p.place, f.place_value) and place_ok(f.place_value, p.place)]
            if cands:
                best = max(cands, key=lambda p: (specificity(p.place), -p.start))
                f.place, f.place_value = best, best.place
                need_place = False
        if need_sides:
            hits = [h for h in st.actors if u.start <= h.start < u.end and not _aside(rel, u, h.start)]
            roles = assign_roles(text[u.start : u.end], u.start, hits, trigs[0], st.language)
            if roles.initiators:
                f.actors.extend((h, "actor1") for h in roles.initiators)
                # the act's own clause: "..., while he was filming the protesters" names bystanders
                stop = re.search(r"[,;]", text[trigs[0].end : u.end])
                end = trigs[0].end + stop.start() if stop else u.end
                f.actors.extend((h, "actor2") for h in roles.targets if h.start < end)
                f.actors.extend((h, "assoc") for h in roles.assoc if h.start < end)
                need_sides = False


def _aside(rel: list[tuple[int, int]], u: Unit, pos: int) -> bool:
    return any(a <= pos - u.start < b for a, b in rel)
