"""The primary event of a document and the document's country.

An article is about one event (the one of its infobox, title or lead paragraph): it comes first, takes
what the infobox states, and decides where the document's events happen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.model import Span
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.country_names import acled_country
from sitrep.nlp.doc_frames import PRECISION_RANK, PROTEST_RANK, VIOLENT_TYPES, Frame
from sitrep.nlp.doc_infobox import InfoboxFrame, force_words
from sitrep.nlp.doc_layout import DocumentContext
from sitrep.nlp.doc_places import in_country, more_specific, other_admin1, place_ok, places_agree
from sitrep.nlp.fatalities import Toll
from sitrep.nlp.lead import lead_units, short_title
from sitrep.nlp.triggers import Trigger

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State

__all__ = [
    "bare_toll",
    "first_day",
    "frames_country",
    "lead_attacker",
    "lead_targets",
    "pick_primary",
    "riot_tolls",
    "with_attacker",
    "with_infobox",
]


def _lead_units(text: str, ctx: DocumentContext) -> tuple[int, int]:
    """The title and first narrative paragraph (of the first event section, for a sectioned brief); a title
    line ("2020 Sokolo attack") stands alone above the lead, and the paragraph after it (after an infobox, if
    any, so in any section) is the one that states who attacked whom."""
    named = [
        u
        for u in ctx.event_units()
        if u.section >= 0 and re.search(r"event|summary|incident|facts", ctx.sections[u.section].name, re.I)
    ]
    first = named[0] if named else None
    lead = lead_units(text, ctx, title=None if named else short_title, one_section=False, first=first)
    return (first.start if first else 0, max(u.end for u in lead)) if lead else (0, 0)


def pick_primary(text: str, ctx: DocumentContext, frames: list[Frame], info: InfoboxFrame | None) -> Frame | None:
    """The article's main event: the one of the infobox, title or lead paragraph."""
    if not frames:
        return None
    lo, hi = _lead_units(text, ctx)
    lead = [f for f in frames if any(lo <= d.sent[0] < hi for d in f.drafts)]
    for f in lead:
        f.in_lead = True
    if info is not None and info.date is not None:
        match = [
            f for f in frames if f.date is not None and f.date.value == info.date.value and f.etype in VIOLENT_TYPES
        ]
        if match:
            return match[0]
    if lead:
        violent = [f for f in lead if f.etype in VIOLENT_TYPES]
        riot = [f for f in lead if f.etype == "Riots"]
        if riot and violent and all(bare_toll(f) for f in violent) and riot[0].start < violent[0].start:
            return riot[0]  # "... riots were violent demonstrations ... Two people were killed": the riot's toll
        return (violent or lead)[0]
    return frames[0]


# a span of days in one month ("from 16 to 21 January 2019", "du 3 au 5 mai"): its first day
_DAY_RANGE = re.compile(r"^(?P<d>\d{1,2})(?:er)?\s*(?:to|-|–|—|au|and|et|until)\s*\d{1,2}\b", re.IGNORECASE)


def first_day(primary: Frame, rest: list[Frame]) -> list[Frame]:
    """A lead that dates its event as a span of days ("fighting ... from 16 to 21 January") tells several
    days of events; ACLED codes them day by day, so the article's main event is the first day. When the
    account tells that first day in a frame of its own ("On 16 January, fighting broke out in X ... five
    fighters were killed on the first day"), that frame is the main event's day: its date, its place where
    more precise, and its toll (the span's total is not the first day's). The lead keeps its sides. Returns
    the frames left; without such a frame the span stands as it was read."""
    d = primary.date
    if d is None or d.precision != "week" or not primary.in_lead or primary.from_infobox:
        return rest
    m = _DAY_RANGE.match(d.text)
    if m is None:
        return rest
    try:
        day = d.value.replace(day=int(m.group("d")))
    except ValueError:
        return rest
    if day > d.value:
        return rest
    own = next(
        (
            f
            for f in rest
            if f.zone == "event"
            and f.etype in VIOLENT_TYPES
            and f.date is not None
            and f.date.precision == "day"
            and f.date.value == day
            and places_agree(primary.place_value, f.place_value)
        ),
        None,
    )
    if own is None:
        return rest
    primary.date = own.date
    if (
        own.place_value is not None
        and more_specific(own.place_value, primary.place_value)
        and place_ok(primary.place_value, own.place_value)
    ):
        primary.place, primary.place_value = own.place, own.place_value
    primary.fatalities = own.fatalities if own.fatalities is not None else Toll(0, own.start, own.start)
    primary.sides = dict(own.sides)
    primary.actors.extend(own.actors)
    return [f for f in rest if f is not own]


def bare_toll(f: Frame) -> bool:
    """A frame that only counts deaths ("Two people were killed"): its sentence names no one who killed."""
    d0 = f.drafts[0]
    return d0.trigger.cls == "kill" and not d0.roles.initiators


def _riot_casualty(primary: Frame, f: Frame) -> bool:
    """A death the riot's own account tells ("a young man was fatally shot and several others wounded"): a
    sentence of the event sections, of the riot's day and place, that names no one who did it."""
    d0 = f.drafts[0]
    return (
        f.zone == "event"
        and not d0.roles.initiators
        and d0.trigger.cls in ("kill", "shoot", "wound")
        and f.date is not None
        and primary.date is not None
        and f.date.precision == "day"
        and f.date.value == primary.date.value
        and (f.place_value.name if f.place_value else None)
        == (primary.place_value.name if primary.place_value else None)
    )


def riot_tolls(primary: Frame, rest: list[Frame]) -> list[Frame]:
    """A riot article's lead counts the riot's dead in a sentence of its own: that count is the riot's toll,
    not a killing of its own (ACLED codes deaths in a riot on the riot). Returns the frames left."""
    if primary.etype != "Riots" or not primary.in_lead:
        return rest
    out = []
    for f in rest:
        if f.etype in VIOLENT_TYPES and ((f.in_lead and bare_toll(f)) or _riot_casualty(primary, f)):
            n = f.fatalities.value if f.fatalities is not None else None
            if n is not None and (primary.fatalities is None or (primary.fatalities.value or 0) < n):
                primary.fatalities = f.fatalities
            continue
        out.append(f)
    return out


def with_infobox(
    primary: Frame | None, info: InfoboxFrame, ctx: DocumentContext, attacker: ActorHit | None = None
) -> Frame | None:
    """The infobox frame joins the primary event: it gives the date, place, sides and tolls it states;
    ``attacker`` (see :func:`lead_attacker`) says which side is actor1."""
    if primary is None:
        if info.date is None and info.place is None:
            return None
        from sitrep.nlp.drafts import _Draft
        from sitrep.nlp.roles import Roles

        ev = info.evidence or Span(0, 0)
        trig = Trigger(ev.start, ev.start, "", "clash")
        etype, sub = (info.etype, info.subtype) if info.etype and info.subtype else ("Battles", "Armed clash")
        draft = _Draft((ev.start, ev.end), trig, {"clash"}, Roles(), etype, sub)
        primary = Frame([draft], "event", -1, -1, etype, sub, from_infobox=True, confidence=0.6)
    if (
        info.etype is not None
        and info.subtype is not None
        # a "Methods" line names the crowd's methods, not the intervention the prose says it met
        and not (
            info.etype == primary.etype == "Protests"
            and PROTEST_RANK.get(primary.subtype, 0) > PROTEST_RANK.get(info.subtype, 0)
        )
    ):
        # an "Attack type" line states the kind of act; the prose's words may type it otherwise ("kidnapped
        # by JNIM" reads as a clash with an armed group)
        primary.etype, primary.subtype = info.etype, info.subtype
    if info.date is not None and (
        primary.date is None
        or PRECISION_RANK.get(info.date.precision, 9) < PRECISION_RANK.get(primary.date.precision, 9)
        # a weekday the prose names ("on a Sunday") was only resolved against the publication date; the
        # infobox's stated day is the event's
        or (primary.date.relative and primary.date.anchor == "published" and info.date.precision == "day")
        or (info.date.value == primary.date.value and info.date.end > info.date.start)
    ):
        primary.date = info.date
    # a campaign's infobox place is its whole theatre: the first day's own place stands where it has one in
    # the stated country
    keep_place = (
        info.campaign
        and primary.place_value is not None
        and (info.country is None or in_country(primary.place_value, info.country))
    )
    if (
        info.place is not None
        and not keep_place
        and (
            primary.place_value is None
            or (info.country is not None and not in_country(primary.place_value, info.country))
            # "X, Region, Country": a place the prose names in another region is a landmark ("60 km from
            # the capital"), not where the event was
            or other_admin1(primary.place_value, info.place.place)
            or (
                place_ok(primary.place_value, info.place.place)
                and info.place.place.geo_precision <= primary.place_value.geo_precision
            )
        )
    ):
        primary.place, primary.place_value = info.place, info.place.place
    if info.campaign:
        # the casualty lines total the whole campaign; the first day has the deaths the prose gives for it,
        # and none stated is ACLED's 0
        if primary.fatalities is None or primary.fatalities.value is None:
            primary.fatalities = Toll(0, primary.start, primary.start)
    elif info.fatalities is not None and info.fatalities.value is not None:
        # the infobox's sides, plus the prose's toll of a side it leaves out; never below the prose's total
        # (an infobox that gives every combatant's losses on lines of their own leaves no side out)
        extra = (
            sum(n for c, n in primary.sides.items() if c not in info.toll_camps)
            if info.toll_camps and info.sides_given < 2
            else 0
        )
        body = primary.fatalities.value if primary.fatalities is not None else None
        stated = info.fatalities.value + extra
        # the prose may add up more deaths (both sides in one sentence) than the infobox states
        if body is None or body <= stated:
            primary.fatalities = Toll(stated, info.fatalities.start, info.fatalities.end)
    if info.captured is not None and info.captured.value is not None:
        primary.captured = info.captured
    primary.actors = _sides_as_roles(info.actors, primary.actors, attacker) + primary.actors
    primary.from_infobox = True
    primary.in_lead = True
    primary.confidence = max(primary.confidence, 0.6)
    return primary


_ATTACK_BY = re.compile(
    r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|offensive|incursion|strikes?|onslaught)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:by|from)\s+(?:the\s+)?(?:forces\s+of\s+(?:the\s+)?)?"
    # the agent's full name may be unknown and only its acronym matched: "by the Group for ... (JNIM)"
    r"(?:(?:[A-Z][\w'’-]*|of|for|the|and|in|al|de|du|des|la|le)\s+){0,10}?(?:\(\s*)?$",
    re.IGNORECASE,
)
# the French lead: "une attaque menée dans la nuit du 12 au 13 décembre par des combattants de X"
_ATTACK_PAR = re.compile(
    r"\b(?:attaques?|assauts?|raids?|embuscades?|offensives?)\s+(?:menée?s?|lancée?s?|perpétrée?s?|conduite?s?)\b"
    r"[^.;]{0,60}?\bpar\s+(?:des\s+|les\s+)?(?:(?:combattants|hommes|membres|éléments|jihadistes|djihadistes)\s+"
    r"(?:de\s+|du\s+|d'|des\s+)?)?(?:l'|la\s+|le\s+)?$",
    re.IGNORECASE,
)
_ATTACKED = re.compile(
    r"^(?:\s*\([^)]{1,20}\))?(?:\s+(?:fighters|militants|insurgents|gunmen|jihadists|forces|troops|soldiers|"
    r"members|units|commandos))?\s+(?:\w+ly\s+)?(?:attacked|assaulted|raided|ambushed|stormed|overran|"
    r"launched an? (?:attack|assault|raid|offensive)|struck|seized|captured|recaptured|retook)\b",
    re.IGNORECASE,
)


def lead_attacker(text: str, ctx: DocumentContext, actors: list[ActorHit]) -> ActorHit | None:
    """The attacker the title or lead paragraph names: "an assault by X against Y", "X fighters attacked".

    The lead of an article states its event in one sentence and says who attacked; the sentence-level role
    rules can miss it where the act is a noun ("an attack by X on Y") or sits in a subordinate clause.
    """
    lo, hi = _lead_units(text, ctx)
    for h in sorted(actors, key=lambda a: a.start):
        if not (lo <= h.start < hi) or h.kind in ("civilian", "ethnic_group"):
            continue
        before = text[max(lo, h.start - 60) : h.start]
        if (
            _ATTACK_BY.search(before)
            or _ATTACK_PAR.search(text[max(lo, h.start - 120) : h.start])
            or _ATTACKED.match(text[h.end : h.end + 60])
        ):
            return _first_of_joint(text, h)
    return None


# "a joint assault by Nigerien and French troops": a demonym that shares the noun of the force named after it
_SHARED_NOUN = re.compile(r"\b(?P<w>(?-i:[A-Z])[\w'’-]+)\s+(?:and|et)\s+$", re.IGNORECASE)


def _first_of_joint(text: str, hit: ActorHit) -> ActorHit:
    """The force named first of two that share one noun ("Nigerien and French troops"): the phrase orders
    a joint force as the account does, and ACLED names the first as actor1 and its partner as associate."""
    if hit.kind not in ("state", "international"):
        return hit
    lo = max(0, hit.start - 40)
    m = _SHARED_NOUN.search(text, lo, hit.start)
    entry = force_words(load_kb()).get(m.group("w")) if m else None
    if m is None or entry is None or entry.key == hit.entry.key:
        return hit
    return ActorHit(m.start("w"), m.end("w"), m.group("w"), entry)


def lead_targets(text: str, ctx: DocumentContext, actors: list[ActorHit], attacker: ActorHit | None) -> frozenset[str]:
    """Actors (entry keys) the lead's attack sentence names after the attacker's verb: those attacked."""
    if attacker is None or not _ATTACKED.match(text[attacker.end : attacker.end + 60]):
        return frozenset()
    unit = next((u for u in ctx.units if u.start <= attacker.start < u.end), None)
    if unit is None:
        return frozenset()
    return frozenset(
        h.entry.key
        for h in actors
        if attacker.end < h.start < unit.end and h.entry.key != attacker.entry.key and h.kind != "civilian"
    )


def _camp(hit: ActorHit) -> str:
    return (
        "gov"
        if hit.kind in ("state", "international")
        else "civ"
        if hit.kind in ("civilian", "ethnic_group")
        else "armed"
    )


def _sides_as_roles(
    sides: list[tuple[ActorHit, str]], prose: list[tuple[ActorHit, str]], attacker: ActorHit | None
) -> list[tuple[ActorHit, str]]:
    """The infobox's sides with ACLED roles: the side the prose names as the attacker is actor1.

    An infobox lists belligerents, not initiators (by custom the state comes first); "an assault by X
    against Y" in the lead says who attacked. When the prose names no attacker that belongs to one side
    only, the infobox order stands.
    """
    attackers = [attacker] if attacker is not None else [h for h, role in prose if role == "actor1"]
    one = [h for h, role in sides if role == "actor1"]
    two = [h for h, role in sides if role == "actor2"]
    if not attackers or not (one or two):
        return list(sides)
    swap = {"actor1": "actor2", "actor2": "actor1"}
    verdicts: list[str] = []
    for a in attackers:
        in_one = any(h.entry.key == a.entry.key for h in one)
        in_two = any(h.entry.key == a.entry.key for h in two)
        if in_one == in_two:
            in_one = any(_camp(h) == _camp(a) for h in one)
            in_two = any(_camp(h) == _camp(a) for h in two)
        if in_one and not in_two:
            verdicts.append("keep")
        elif in_two and not in_one:
            verdicts.append("swap")
        elif not in_one and not in_two and not (one and two) and attacker is not None:
            # one side listed, and the lead's attacker is not on it: the listed side was attacked
            return [(a, "actor1"), *((h, "actor2" if role in ("actor1", "actor2") else role) for h, role in sides)]
        if attacker is not None and verdicts:
            break
    # the prose's sentences may make each side the doer of some act (the attack, its claim, then the army's
    # response): the side most of them make the doer is the attacker, the first named breaking a tie
    swaps, keeps = verdicts.count("swap"), verdicts.count("keep")
    if swaps > keeps or (swaps == keeps and verdicts and verdicts[0] == "swap"):
        swapped = [(h, swap.get(role, role)) for h, role in sides]
        return sorted(swapped, key=lambda item: item[1] != "actor1")
    return list(sides)


def with_attacker(primary: Frame, attacker: ActorHit | None, targets: frozenset[str] = frozenset()) -> None:
    """The lead's attacker is the primary event's actor1, and the camp the sentence rules made actor1
    instead becomes actor2 (an article without an infobox; :func:`with_infobox` does this for sides)."""
    if attacker is None:
        return
    mine = _camp(attacker)
    if mine != "civ" and targets and any(role == "actor1" and h.entry.key in targets for h, role in primary.actors):
        # "gunmen attacked a convoy escorted by the VDP": the escort the attack sentence names after its verb
        # was attacked, whatever the sentence rules made of it
        primary.actors = [(attacker, "actor1")] + [
            (h, "actor2" if role == "actor1" and h.entry.key in targets else role) for h, role in primary.actors
        ]
        return
    if (
        mine != "civ"
        and not any(role == "actor1" and h.kind != "unidentified" for h, role in primary.actors)
        and any(role == "actor2" and h.entry.key == attacker.entry.key for h, role in primary.actors)
    ):
        # the sentence rules read the lead's attacker as the one attacked ("an attack carried out by X
        # against the village") and found no author: the attacker is actor1, an unnamed one is it again
        primary.actors = [(attacker, "actor1")] + [
            (h, role)
            for h, role in primary.actors
            if h.entry.key != attacker.entry.key and not (role == "actor1" and h.kind == "unidentified")
        ]
        return
    if mine == "civ":
        return
    if not any(role == "actor1" and _camp(h) != mine for h, role in primary.actors):
        if any(role == "actor1" for _h, role in primary.actors):
            # an ally the sentences made actor1 ("accompanied by French commandos"): the lead's attacker
            # leads, its partner follows as associate
            primary.actors = [(attacker, "actor1")] + [
                (h, "assoc" if role == "actor1" else role)
                for h, role in primary.actors
                if h.entry.key != attacker.entry.key
            ]
        return
    flipped: list[tuple[ActorHit, str]] = [(attacker, "actor1")]
    for h, role in primary.actors:
        if _camp(h) == mine and role == "actor2":
            flipped.append((h, "actor1"))
        elif _camp(h) != mine and role == "actor1":
            flipped.append((h, "actor2"))
        else:
            flipped.append((h, role))
    primary.actors = flipped


def frames_country(frames: list[Frame], st: _State) -> str | None:
    """Where the document's events happen: the primary event's place, else the places of all events."""
    for f in frames[:1]:
        if f.place_value is not None and f.place_value.country:
            return acled_country(f.place_value.country)
    votes: dict[str, int] = {}
    for f in frames:
        if f.place_value is not None and f.place_value.country:
            c = acled_country(f.place_value.country) or ""
            votes[c] = votes.get(c, 0) + 1
    if votes:
        return max(votes, key=lambda c: votes[c])
    return acled_country(st.country)
