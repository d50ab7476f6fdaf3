"""ACLED's conventions applied to an article's main event once it is chosen: who can be an author, whose share of
a split toll, which day a night or a month stands for, who hands a base over.

Why its own module: these rules read the chosen frame and the document's layout, not the sentences one by one,
and each is a small convention of its own; :mod:`sitrep.nlp.document` calls them in order after
:func:`sitrep.nlp.doc_primary.pick_primary`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_frames import Frame
from sitrep.nlp.doc_layout import DocumentContext
from sitrep.nlp.doc_tolls import place_share
from sitrep.nlp.fatalities import count_fatalities
from sitrep.nlp.lead import lead_units
from sitrep.nlp.role_completion import transfer_sides
from sitrep.nlp.roles import Roles

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor

__all__ = ["after_midnight", "handover_sides", "lead_day", "main_place_share", "no_civilian_author"]


_FIRED_FROM_AFAR = ("Air/drone strike", "Shelling/artillery/missile attack")


def _armed_author(actors: list[tuple[ActorHit, str]]) -> list[tuple[ActorHit, str]]:
    """Civilians fly no aircraft and fire no artillery: "an airstrike hit a detention centre for migrants ...
    blamed on the Libyan National Army" names the migrants first, but they are what was hit. With an armed
    party among the actors it becomes actor1 and the civilians actor2; with none, the roles stay as read."""
    if not any(role == "actor1" and h.kind == "civilian" for h, role in actors):
        return actors
    armed = next(
        (h for h, role in sorted(actors, key=lambda a: a[1] != "actor1") if h.kind not in ("civilian", "protester")),
        None,
    )
    if armed is None:
        return actors
    rest = [
        (h, "actor2" if role == "actor1" and h.kind == "civilian" else role) for h, role in actors if h is not armed
    ]
    return [(armed, "actor1"), *rest]


def no_civilian_author(ex: Extractor, f: Frame) -> list[tuple[ActorHit, str]]:
    """A suicide bombing's or a mine's author is never a civilian: "the driver detonated the explosives" names
    the bomber by his role, "a lorry of civilians struck a mine" its victims, and ACLED codes an author nobody
    identified as an Unidentified Armed Group. Nor is an air strike's or a shelling's (:func:`_armed_author`)."""
    mine = f.subtype == "Remote explosive/landmine/IED"
    if f.subtype in _FIRED_FROM_AFAR:
        return _armed_author(f.actors)
    if f.subtype != "Suicide bomb" and not mine:
        return f.actors  # elsewhere a civilian "actor1" may be a witness the prose names; the rules decide
    civ = [h for h, role in f.actors if role == "actor1" and h.kind == "civilian"]
    authors = ("civilian", "unidentified") if mine else ("civilian",)
    if not civ or any(role == "actor1" and h.kind not in authors for h, role in f.actors):
        return f.actors
    uag = next((e for e in ex.kb.entries.values() if e.kind == "unidentified"), None)
    out = [(h, role) for h, role in f.actors if not (role == "actor1" and h.kind == "civilian")]
    if mine:
        # "a lorry carrying civilians struck a mine": the vehicle's passengers are the mine's victims, and
        # whoever laid it, unnamed, its author
        out = [(h, role) for h, role in out if h.kind != "unidentified"]
        out.insert(0, (civ[0], "actor2"))
    if uag is not None:
        h = civ[0]
        out.insert(0, (ActorHit(h.start, h.end, h.text, uag), "actor1"))
    return out


def main_place_share(text: str, ctx: DocumentContext, f: Frame) -> None:
    """A toll broken down place by place counts the main event's place only (ACLED codes one event per
    location): its coded place, else the first of the places that the title names."""
    t = f.fatalities
    if t is None or t.value is None:
        return
    names = [x for x in (f.place.text if f.place else None, f.place_value.name if f.place_value else None) if x]
    title = ctx.title or text.lstrip().split("\n", 1)[0]
    # the toll's own sentence, else another event sentence that gives the same figure and its breakdown
    # ("About a hundred civilians were killed." ... "a toll of 100: 70 in X and 30 in Y")
    tolls = [(t, u.end) for u in ctx.units if u.start <= t.start < u.end]
    for u in ctx.event_units():
        if not u.start <= t.start < u.end:
            other = count_fatalities(text, u.start, u.end)
            if other.value == t.value:
                tolls.append((other, u.end))
    for toll, end in tolls:
        share = place_share(text, toll, end, names, title)
        if share is not None:
            f.fatalities = share
            f.sides = {}
            return


def lead_day(text: str, ctx: DocumentContext, primary: Frame, rest: list[Frame]) -> list[Frame]:
    """The lead's day beats a month the title gives ("September 2019 X shelling" ... "on 1 September 2019"):
    a frame of the lead paragraph of the primary's type, dated a day of the primary's month, restates it.
    The lead is its first paragraph alone, title or not: the month to beat is the title's."""
    d = primary.date
    if d is None or d.precision not in ("month", "year"):
        return rest
    lead = {u.para for u in lead_units(text, ctx, title=None)}
    para = {u.start: u.para for u in ctx.units}
    for f in rest:
        fd = f.date
        if (
            fd is not None
            and fd.precision == "day"
            and para.get(f.drafts[0].sent[0]) in lead
            and f.etype == primary.etype
            and fd.value.year == d.value.year
            and (d.precision == "year" or fd.value.month == d.value.month)
        ):
            primary.date = fd
            return [g for g in rest if g is not f]
    return rest


# "on the night of 10 to 11 August", "dans la nuit du 4 au 5 juin": ACLED codes a night on its first day, unless
# the account puts the act itself after midnight ("Shortly after midnight, rebels attacked"; "vers deux heures
# du matin")
_NIGHT_OF = re.compile(
    r"\b(?:night\s+of|nuit\s+du)\s+(?:\w+\s+)?(?P<d>\d{1,2})(?:er)?\s+(?:to|au|and)\s+(?:\w+\s+)?(?P<e>\d{1,2})\b",
    re.IGNORECASE,
)
_SMALL_HOURS = re.compile(
    r"\b(?:(?:shortly|just|soon)\s+)?after\s+midnight\b|\bin\s+the\s+(?:early|small)\s+hours\b|"
    r"\b(?:peu\s+)?après\s+minuit\b|\bvers\s+(?:une|deux|trois|quatre|[1-4])\s*(?:heures?|h)\s+du\s+matin\b|"
    r"\b(?:at|around|about)\s+[1-4](?::\d\d)?\s*a\.?m\b",
    re.IGNORECASE,
)
_BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+midnight\b|\bavant\s+minuit\b|\bin\s+the\s+evening\b|\bsoir\b", re.I)


def after_midnight(text: str, ctx: DocumentContext, primary: Frame) -> None:
    """A night told "of D to D+1" is coded on D+1 when the account of the act starts after midnight."""
    d = primary.date
    if d is None or d.precision != "day":
        return
    night = next(
        (
            m
            for m in _NIGHT_OF.finditer(text)
            if int(m.group("d")) == d.value.day and int(m.group("e")) in (d.value.day + 1, 1)
        ),
        None,
    )
    if night is None:
        return
    for u in ctx.event_units():
        sent = text[u.start : u.end]
        if _BEFORE_MIDNIGHT.search(sent):
            return  # the account starts before midnight: the night's first day stands
        if _SMALL_HOURS.search(sent):
            primary.date = replace(d, value=d.value + timedelta(days=1))
            return


# a handover told as a noun with its giver and receiver ("the handover by the French army to the Malian armed
# forces of the base", "la remise par l'armée française aux FAMa de l'emprise")
_HANDOVER = re.compile(
    r"\b(?:remise|rétrocession|restitution|cession|transfert|passation|handover|hand-over|handing\s+over|"
    r"transfer|return)\s+(?:officielle\s+|formal\s+)?(?:par|by)\s+",
    re.IGNORECASE,
)
_RECEIVER = re.compile(r"\s+(?:aux|au|à\s+la|à\s+l['’]|à|to\s+the|to)\s*", re.IGNORECASE)


def handover_sides(text: str, ctx: DocumentContext, actors: Sequence[ActorHit], f: Frame) -> None:
    """A transfer of territory that the lead tells as a handover by one force to another: the giver is
    actor1, the receiver actor2 (ACLED codes the actor who hands over as the one acting)."""
    if f.subtype != "Non-violent transfer of territory":
        return
    # the title line, then the lead's first paragraph, whatever the section
    for u in lead_units(text, ctx, title=None, paras=2, one_section=False):
        m = _HANDOVER.search(text, u.start, u.end)
        if m is None:
            if not any(role == "actor2" for _h, role in f.actors) and _both_sides(text, u.start, u.end, actors, f):
                return
            continue
        giver = next((h for h in actors if m.end() <= h.start <= m.end() + 4 and h.end <= u.end), None)
        if giver is None:
            return
        to = _RECEIVER.match(text, giver.end)
        receiver = (
            next((h for h in actors if to.end() <= h.start <= to.end() + 4 and h.end <= u.end), None) if to else None
        )
        if receiver is None or receiver.entry is giver.entry:
            return
        names = {giver.entry, receiver.entry}
        kept = [(h, "assoc") for h, role in f.actors if h.entry not in names and role == "assoc"]
        f.actors = [(giver, "actor1"), (receiver, "actor2"), *kept]
        return


def _both_sides(text: str, start: int, end: int, actors: Sequence[ActorHit], f: Frame) -> bool:
    """A lead sentence that names both sides of the transfer ("the LNA had left the town, and GNA units
    entered it") completes a frame whose own sentence named only the force that took the place ("the takeover
    of the town by GNA forces"): the taker agrees, the side that left is actor2, its ally an associate.
    ``text[start:end]`` is one lead unit, a sentence as the extractor cut it; read whole, so an abbreviation
    ("Gen. Haftar's forces") does not split it."""
    takers = {h.entry.key for h, role in f.actors if role == "actor1"}
    hits = [h for h in actors if start <= h.start and h.end <= end]
    roles = transfer_sides(Roles(), text[start:end], start, hits)
    if not roles.initiators or not roles.targets or (takers and roles.initiators[0].entry.key not in takers):
        return False
    names = {h.entry.key for h in (*roles.initiators, *roles.targets, *roles.assoc)}
    kept = [(h, "assoc") for h, role in f.actors if h.entry.key not in names and role == "assoc"]
    f.actors = [
        (roles.initiators[0], "actor1"),
        (roles.targets[0], "actor2"),
        *((h, "assoc") for h in roles.assoc),
        *kept,
    ]
    return True
