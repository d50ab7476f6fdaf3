"""Turning an assembled frame into an :class:`~sitrep.model.EventMention` with ACLED-style actor roles.

A frame collects every actor its sentences name; ACLED wants two sides and associates. The rules here drop
offices that are not forces, generic mentions where a named actor is there, and give each camp its role.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.model import EVENT_TYPES, ActorMention, DatePrecision, EventMention, Place, Span
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.country_names import acled_country, acled_place
from sitrep.nlp.doc_frames import VIOLENT_TYPES, Frame
from sitrep.nlp.doc_infobox import force_words

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor, _State

__all__ = ["to_mention"]


_NOT_COMBATANT_BEFORE = re.compile(
    r"\b(?:minist(?:er|ry)|secretary|department|chief of staff|spokes\w+|commander|head|chief)\s+(?:of|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_COMBATANT_AFTER = re.compile(r"^\s+(?:minister|ministry|spokes\w+|secretary)\b", re.IGNORECASE)
_STATE_SIDE = ("state", "international")


def _camp(kind: str) -> str:
    return "gov" if kind in _STATE_SIDE else "civ" if kind in ("civilian", "ethnic_group", "protester") else "armed"


def _generic(hit: ActorHit) -> bool:
    return "{country}" in hit.entry.key or hit.entry.key.endswith(":@doc")


def _actor_list(ex: Extractor, text: str, f: Frame, country: str | None, when: date | None) -> tuple[ActorMention, ...]:
    """The frame's actors with roles: the first initiator is actor1, the other side actor2, helpers assoc.

    Mentions that name an office, not a force ("the Minister of the Armed Forces"), are dropped; generic
    mentions ("militants") are dropped when a named actor of the same kind is there; a bare "armed forces"
    after a demonym ("French armed forces") is that country's army.
    """
    kb = ex.kb
    violent = f.etype in VIOLENT_TYPES
    items: list[tuple[ActorHit, str, str]] = []
    for hit, role in f.actors:
        before = text[max(0, hit.start - 40) : hit.start]
        if _NOT_COMBATANT_BEFORE.search(before) or _NOT_COMBATANT_AFTER.match(text[hit.end : hit.end + 20]):
            continue
        name = kb.resolve(hit, country, when)
        if hit.entry.key.startswith("military:@doc"):
            adj = re.search(r"(\w+)\s+$", before)
            force = force_words(kb).get(adj.group(1)) if adj else None
            if force is not None:
                name = force.resolve(force.country, when)
        if hit.kind == "ethnic_group":
            name = hit.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia")
        items.append((hit, role, name))
    camps_named = {_camp(h.kind) for h, _r, _n in items if not _generic(h)}
    parents = {h.entry.parent for h, _r, _n in items if h.entry.parent}
    items = [
        (h, r, n)
        for h, r, n in items
        if not (_generic(h) and _camp(h.kind) in camps_named and _camp(h.kind) != "civ") and h.entry.key not in parents
    ]
    if violent and f.etype == "Battles":
        items = [(h, r, n) for h, r, n in items if h.kind != "civilian"]
    out: list[ActorMention] = []
    seen: dict[str, str] = {}
    camp_of: dict[str, str] = {}
    for h, role, name in items:
        if name in seen:
            continue
        camp = _camp(h.kind)
        actor1 = [a for a in out if a.role == "actor1"]
        actor2 = [a for a in out if a.role == "actor2"]
        if role == "actor1":
            if not actor1 and not any(camp_of.get(a.canonical) == camp for a in actor2):
                final = "actor1"
            elif any(camp_of.get(a.canonical) == camp for a in actor1):
                final = "assoc"
            else:
                final = "actor2" if not actor2 else "assoc"
        elif role == "actor2":
            if actor1 and all(camp_of.get(a.canonical) == camp for a in actor1) and camp != "civ":
                final = "assoc"
            else:
                final = "actor2" if not actor2 or not any(camp_of.get(a.canonical) == camp for a in actor2) else "assoc"
                if final == "actor2" and actor2 and camp != "civ":
                    final = "assoc"
        else:
            final = "assoc"
        seen[name] = final
        camp_of[name] = camp
        out.append(ActorMention(h.text, name, final, Span(h.start, h.end)))
    if violent and not any(a.role == "actor1" for a in out):
        tr = f.drafts[0].trigger
        placeholder = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.insert(0, ActorMention(tr.text or placeholder, placeholder, "actor1", Span(tr.start, tr.end)))
    return tuple(out)


def to_mention(ex: Extractor, text: str, st: _State, f: Frame, index: int, reference: date | None) -> EventMention:
    country = (
        acled_country(f.place_value.country)
        if f.place_value is not None and f.place_value.country
        else acled_country(st.country)
    )
    when: date | None = None
    precision: DatePrecision | None = None
    dspan: Span | None = None
    if f.date is not None:
        when, precision = f.date.value, f.date.precision
        dspan = Span(f.date.start, f.date.end) if f.date.end > f.date.start else None
    elif st.published is not None or reference is not None:
        from sitrep.nlp.extract import UNDATED_OFFSET_DAYS

        base = st.published or reference
        assert base is not None
        when, precision = base - timedelta(days=UNDATED_OFFSET_DAYS), "week"
    location: Place | None = acled_place(f.place_value) if f.place_value is not None else None
    if location is not None and location.country is None and country:
        location = replace(location, country=country)
    if location is None and country:
        location = Place(name=country, country=country, geo_precision=3, how="document country")
    fat = f.fatalities.value if f.fatalities is not None else None
    if fat is None and not f.death_word:
        fat = 0  # an act with no death word reported: ACLED codes 0
    d0 = f.drafts[0]
    etype = f.etype
    sub: str | None = f.subtype
    if sub not in EVENT_TYPES.get(etype, ()):
        sub = None
    return EventMention(
        document_id=ex._doc_id,
        index=index,
        event_type=etype,
        sub_event_type=sub,
        date=when,
        date_precision=precision,
        actors=_actor_list(ex, text, f, country, when),
        location=location,
        fatalities=fat,
        captured=f.captured.value if f.captured is not None else None,
        evidence=Span(d0.sent[0], d0.sent[1]),
        date_span=dspan,
        type_span=Span(d0.trigger.start, d0.trigger.end),
        location_span=Span(f.place.start, f.place.end) if f.place is not None and f.place.end > f.place.start else None,
        fatalities_span=Span(f.fatalities.start, f.fatalities.end)
        if f.fatalities is not None and f.fatalities.value is not None
        else None,
        captured_span=Span(f.captured.start, f.captured.end)
        if f.captured is not None and f.captured.value is not None
        else None,
        confidence=round(min(0.9, f.confidence + (0.15 if f.from_infobox else 0.0) + 0.05 * (len(f.drafts) - 1)), 3),
    )
