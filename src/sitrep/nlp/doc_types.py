"""The event type of a frame that several sentences of a document tell.

A frame takes the type of its first sentence, and in an article that sentence is often the title or a
bare noun phrase ("2020 Sokolo attack", "was an armed assault on the prison"): an attack named with no
one attacked. Read alone, such an attack is typed Violence against civilians; whether it was one depends on
who was on the receiving end, which only the sentences that say who did what to whom tell ("fighters
attacked the gendarmerie detachment", "the gendarmes exchanged fire with the assailants"). ACLED codes an
attack on a force that fights back (a camp, a post, a patrol, an escorted convoy) as a battle.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_frames import Frame
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.places import PlaceMention
from sitrep.nlp.timex import TimeExpr

__all__ = [
    "crowd_control",
    "crowd_damage",
    "dispersed_crowd",
    "lynching",
    "peaceful_takeover",
    "riot_by_acts",
    "settle_type",
]

# the generic attack types a bare noun gets; a specific one ("airstrike", "IED") stands as it was read
_GENERIC = ("Violence against civilians", "Battles")


_MASSACRE = re.compile(r"massacres?|tueries?|carnages?|slaughter", re.IGNORECASE)


def settle_type(f: Frame) -> None:
    """A frame whose first sentence names a bare attack takes the type most of its sentences with
    participants give (Battles or Violence against civilians; a tie keeps the earliest such sentence's).

    A lead that names the attacker but only a place as its object ("a raid by militants on the town of X")
    says nothing yet of who was on the receiving end either: residents fired on as they fled make it an
    attack on civilians, a garrison that fought back a battle; only a first sentence that names someone
    attacked settles the type by itself."""
    first = f.drafts[0]
    if f.etype not in _GENERIC or first.roles.targets:
        return
    # a sentence that reads the event's established author (its claimant, the lead's attacker) as the one
    # attacked ("une attaque menée par des combattants de X contre le bourg") misread its roles: no vote
    authors = {h.entry.key for h, role in f.actors if role == "actor1" and h.kind != "unidentified"}
    told = [
        d
        for d in f.drafts[1:]
        if d.etype in _GENERIC
        and (d.roles.initiators or d.roles.targets)
        and not (not d.roles.initiators and all(h.entry.key in authors for h in d.roles.targets))
    ]
    if not told:
        return
    if _MASSACRE.fullmatch(first.trigger.text) and any(d.etype == "Violence against civilians" for d in told):
        # the account's own name for the act ("the X massacre", "la tuerie de X") says who was killed:
        # people who could not fight back. A guard post overrun on the way is the prelude, not a second side
        # (ACLED: an attack on civilians, Civilians as actor2)
        f.etype, f.subtype = "Violence against civilians", "Attack"
        f.actors = [(h, r) for h, r in f.actors if r != "actor2" or h.kind in ("civilian", "ethnic_group")]
        return
    votes = Counter(d.etype for d in told)
    best = max(votes.values())
    etype = next(d.etype for d in told if votes[d.etype] == best)
    if etype == f.etype:
        return
    subs = Counter(d.subtype for d in told if d.etype == etype)
    top = max(subs.values())
    f.etype, f.subtype = etype, next(d.subtype for d in told if d.etype == etype and subs[d.subtype] == top)


# a lynching is by definition a crowd putting someone to death or beating them without trial
_LYNCH = re.compile(r"\blynch", re.IGNORECASE)
_ORGANISED = ("state", "international", "rebel", "militia", "islamist", "ethnic_militia")


def lynching(text: str, f: Frame) -> None:
    """A frame whose own words call the act a lynching ("the lynching of X", "le lynchage de X") is mob
    violence (ACLED codebook, Riots: "Mob violence" covers lynching and vigilante justice by a crowd),
    whatever type a killing word gave it: the crowd is the author, its victim a civilian. Not when an
    organised force is named as its author (soldiers who "lynch" a suspect commit violence against a
    civilian)."""
    if f.etype not in _GENERIC or f.subtype not in ("Attack", "Armed clash"):
        return
    if any(role == "actor1" and h.kind in _ORGANISED for h, role in f.actors):
        return
    if any(_LYNCH.match(text, d.trigger.start, d.trigger.end) for d in f.drafts):
        f.etype, f.subtype = "Riots", "Mob violence"


# what a crowd does to property that makes its demonstration a riot (ACLED codebook: "vandalism, property
# destruction, looting"), in the words an article's account uses; a crowd burning tyres or flags stays a
# protest
_CROWD_DAMAGE = re.compile(
    r"\b(?:ransack|loot|pillag|plunder|torched|set (?:on )?fire|set ablaze|vandali|smash|stormed|"
    r"pill(?:é|è|a)|saccag|incendi(?:é|è|a)|mis le feu|pris d['’]assaut|pris d'assaut|prenant d'assaut)",
    re.IGNORECASE,
)
_CROWD = ("protester", "rioter")


def crowd_damage(
    text: str, units: Sequence[Unit], actors: Sequence[ActorHit], dates: Sequence[TimeExpr], day: date | None
) -> bool:
    """Some sentence of the account (an event section, not background) names a crowd (protesters, rioters)
    and then tells it damaging property, on the main event's ``day`` or without a day of its own."""
    for u in units:
        if not u.narrative or u.zone != "event":
            continue
        own_days = {d.value for d in dates if u.start <= d.start < u.end and d.precision == "day"}
        if own_days and day not in own_days:
            continue
        crowd = next((h for h in actors if u.start <= h.start < u.end and h.kind in _CROWD), None)
        if crowd is not None and _CROWD_DAMAGE.search(text, crowd.end, u.end):
            return True
    return False


# a crowd that the sentence tells being dispersed ("the protesters were dispersed with tear gas", "les
# manifestants ont été dispersés par des tirs de gaz lacrymogène"): the shots are the police's, not the crowd's
_DISPERSED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?dispersed\b|\b(?:ont|a|avaient|avait)\s+été\s+(?:\w+\s+)?dispersée?s?\b",
    re.IGNORECASE,
)
# what a crowd does that makes it violent in the same sentence: stones, fire, fighting back
_CROWD_VIOLENCE = re.compile(
    r"\b(?:ston(?:es|ed|ing)|rocks|projectiles|petrol\s+bombs|molotov|pierres|caillou|jets?\s+de|"
    r"riposté|fought\s+back|clashed|affront)",
    re.IGNORECASE,
)


def dispersed_crowd(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` tells a crowd dispersed by the police and no violence of its own:
    a protest met with intervention (ACLED: Protests, Protest with intervention), whatever word of shooting
    ("tirs de gaz lacrymogène") made it read as a riot."""
    sent = text[start:end]
    return bool(_DISPERSED.search(sent)) and not _CROWD_VIOLENCE.search(sent) and not _CROWD_DAMAGE.search(sent)


def riot_by_acts(text: str, primary: Frame, rest: list[Frame], damage: bool = False) -> list[Frame]:
    """A demonstration whose crowd, in the account of the same day, loots, storms or sets fire to property is
    a riot (ACLED: Riots, Violent demonstration), and the sentence telling those acts is that riot, not an
    event of its own ("des manifestants ont pris d'assaut l'Assemblée ... où ils ont pillé des bureaux").
    ``damage``: such acts are told in a sentence that gave no frame of its own (see :func:`crowd_damage`).
    Returns the frames left."""
    if primary.etype != "Protests":
        return rest
    if damage:
        primary.etype, primary.subtype = "Riots", "Violent demonstration"
    out = []
    for f in rest:
        d0 = f.drafts[0]
        same_day = f.date is None or (primary.date is not None and f.date.value == primary.date.value)
        if (
            f.zone == "event"
            and same_day
            and any(h.kind in _CROWD for h in d0.roles.initiators)
            and _CROWD_DAMAGE.search(text, d0.sent[0], d0.sent[1])
        ):
            primary.etype, primary.subtype = "Riots", "Violent demonstration"
            continue
        out.append(f)
    return out


# a force that enters or takes a town and meets no one who fights it: ACLED's Non-violent transfer of
# territory, whatever word of fighting ("offensive", "fighting") the sentence also uses
_NO_RESISTANCE = re.compile(
    r"\b(?:without\s+(?:meeting\s+|encountering\s+|facing\s+)?(?:any\s+|much\s+)?(?:resistance|opposition|"
    r"a\s+fight|a\s+shot\s+(?:being\s+)?fired|fighting|firing\s+a\s+shot)|unopposed|no\s+(?:fighting|clashes|resistance)\s+"
    r"(?:was|were|had\s+been)\s+reported|sans\s+(?:rencontrer\s+(?:de|aucune)\s+)?(?:résistance|combat|coup\s+férir|"
    r"tirer\s+un\s+(?:seul\s+)?coup\s+de\s+feu)|aucun\s+combat\s+n'a\s+été\s+signalé)",
    re.IGNORECASE,
)
_ENTERED = re.compile(
    r"\b(?:entered|took\s+(?:control\s+of|over)|seized|captured|occupied|reached|moved\s+into|rolled\s+into|"
    r"(?:est|sont)\s+entrés?\s+(?:dans|à)|ont\s+(?:pris|investi|occupé)|a\s+(?:pris|investi|occupé))\s+(?:the\s+(?:town|city)\s+of\s+)?",
    re.IGNORECASE,
)


def peaceful_takeover(text: str, f: Frame, places: Sequence[PlaceMention]) -> None:
    """A frame whose own sentence tells a force entering a town "without meeting any resistance" is a
    Non-violent transfer of territory, placed at the town entered (not the goal of the offensive the
    sentence also names)."""
    if f.etype == "Strategic developments" or (f.fatalities is not None and (f.fatalities.value or 0) > 0):
        return
    for d in f.drafts:
        s, e = d.sent
        calm = _NO_RESISTANCE.search(text, s, e)
        entered = next((m for m in _ENTERED.finditer(text, s, e)), None)
        if calm is None or entered is None:
            continue
        f.etype, f.subtype = "Strategic developments", "Non-violent transfer of territory"
        town = next((p for p in places if p.start == entered.end()), None)
        # the force that entered is on no receiving end: a side read as both target and initiator initiates
        doers = {h.entry.key for h, role in f.actors if role == "actor1"}
        f.actors = [(h, role) for h, role in f.actors if not (role == "actor2" and h.entry.key in doers)]
        if not any(role == "actor1" and h.kind != "unidentified" for h, role in f.actors) and any(
            role == "actor2" and h.kind != "unidentified" for h, role in f.actors
        ):
            # the force that walked in is the one acting ("forces of X entered" gave it no initiator role),
            # and no one is on the receiving end of a transfer nobody resisted
            f.actors = [(h, "actor1") for h, role in f.actors if role == "actor2" and h.kind != "unidentified"]
        if town is not None:
            f.place, f.place_value = town, town.place
        return


# what a force does to a crowd: the force's words that make it the other side of a riot ("police fired tear
# gas and live rounds to drive them back", "les gendarmes ont dispersé les manifestants")
_ON_CROWD = re.compile(
    r"\b(?:tear\s*gas|teargas|live\s+(?:rounds|ammunition|bullets)|rubber\s+bullets|water\s+cannons?|"
    r"warning\s+shots|dispers\w*|drive\s+(?:them|the\s+\w+)\s+back|drove\s+(?:them|the\s+\w+)\s+back|"
    r"push(?:ed)?\s+(?:them|the\s+\w+)\s+back|charged\s+the\s+(?:crowd|protesters|demonstrators|rioters)|"
    r"gaz\s+lacrymog\w+|balles\s+réelles|canons?\s+à\s+eau|tirs?\s+de\s+sommation|repouss\w+)",
    re.IGNORECASE,
)
_FORCES = ("state", "international")


def crowd_control(
    text: str, units: Sequence[Unit], actors: Sequence[ActorHit], dates: Sequence[TimeExpr], f: Frame
) -> None:
    """A riot whose sentences name only the crowd still met a force: the police or soldiers that the account
    of the same day tells acting on the crowd ("police officers fired tear gas and live rounds to drive them
    back") are the riot's other side (ACLED: Riots, the force that intervened is actor2). The first such
    force of the event sections, told before the words of its act, within a clause."""
    if f.etype != "Riots" and f.subtype != "Protest with intervention":
        return
    if any(h.kind not in ("protester", "rioter", "civilian") for h, _r in f.actors):
        return
    day = f.date.value if f.date is not None and f.date.precision == "day" else None
    for u in units:
        if not u.narrative or u.zone != "event":
            continue
        own_days = {d.value for d in dates if u.start <= d.start < u.end and d.precision == "day"}
        if own_days and day not in own_days:
            continue
        for h in actors:
            if not (u.start <= h.start < u.end) or h.kind not in _FORCES:
                continue
            m = _ON_CROWD.search(text, h.end, u.end)
            if m is not None and not re.search(r"[.;:]", text[h.end : m.start()]) and m.start() - h.end <= 80:
                f.actors.append((h, "actor2"))
                return
