"""Roles that word order leaves open, filled by ACLED conventions (aircraft belong to states, an operation to
the force that runs it, an organised force named on neither side is the one acting).

Split from :mod:`sitrep.nlp.roles`: these rules run after the word-order reading, with the whole note in
view, and know nothing of the sentence patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.nlp.actors import ActorHit
from sitrep.nlp.attribution_agents import blamed_at
from sitrep.nlp.roles import Roles
from sitrep.nlp.triggers import Trigger

__all__ = ["complete_roles", "transfer_sides"]


# "a Barkhane raid", "a FAMa/G5 operation", "a French air strike": the force that names the operation ran it
_OWN_OPERATION = re.compile(
    r"^(?:[/-][\w-]+)?\s+(?:(?:military|joint|ground|air|aerial|counter-?terrorism|anti-?terrorist|night|"
    r"special)\s+)?(?:operations?|raids?|offensives?|sweeps?|air ?strikes?|strikes?)\b",
    re.IGNORECASE,
)


# what separates a verb from its object: nothing but an article or a number
_DIRECT_OBJECT = re.compile(r"\s*(?:(?:the|a|an|another|two|three|several|une?|les?|la|des|l['’])\s+)?", re.IGNORECASE)


def _operation_owner(roles: Roles, sentence: str, base: int, trigger: Trigger) -> Roles:
    """A government force named as the owner of an operation ("militants survived a Barkhane raid",
    "a commander escaped a FAMa operation, a fighter was killed") ran it: it is the initiator, and the
    armed group word order put first was on the receiving end (ACLED codebook: actor1 is the side that
    initiated the engagement; security operations are initiated by the forces that conduct them). The
    direct object of the act ("gunmen ambushed a Barkhane raid") stays its target."""
    if len(roles.initiators) != 1 or roles.initiators[0].kind in _GOVERNMENT_SIDE | {"civilian"}:
        return roles
    for t in roles.targets:
        if (
            t.kind in _GOVERNMENT_SIDE
            and _OWN_OPERATION.match(sentence[t.end - base :])
            and not (t.start >= trigger.end and _DIRECT_OBJECT.fullmatch(sentence[trigger.end - base : t.start - base]))
        ):
            rest = [h for h in roles.targets if h is not t]
            roles.initiators, roles.targets = [t], [*roles.initiators, *rest]
            break
    return roles


_ORGANISED = frozenset({"state", "international", "rebel", "militia", "ethnic_militia"})


_GOVERNMENT_SIDE = frozenset({"state", "international"})


# "an attack against FAMa", "airstrikes targeting Ansaroul Islam": the mention after these suffers the act
_TARGET_LEAD = re.compile(
    r"\b(?:against|on|upon|at|targeting|targeted|into|toward|towards|contre|sur|visant)\s+(?:the\s+|a\s+|an\s+|"
    r"les\s+|la\s+|le\s+|des\s+|un\s+|une\s+|joint\s+|two\s+|several\s+)?(?:[\w'\"-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _struck_after_owner(owner: ActorHit, hits: Sequence[ActorHit], roles: Roles) -> list[ActorHit]:
    """The side hit by a strike whose owner word order took for its object ("Frappe aérienne de Barkhane près
    de Ménaka : dix terroristes neutralisés", "strike by French jets ... militants killed"): the owner is
    the attacker, so the first non-state party named after it is what the aircraft struck."""
    taken = {id(h) for h in roles.assoc}
    for h in hits:
        if h.start >= owner.end and id(h) not in taken and h.kind not in _GOVERNMENT_SIDE:
            return [h]
    return []


# a force giving a place up: told as a verb with its subject before it ("the LNA had left the town", "les rebelles
# se sont retirés"), or as a noun with the force after it ("after the withdrawal of LNA units")
_LEAVE_VERB = re.compile(
    r"\b(?:withdr[ea]w\w*|pulled (?:out|back)|retreated|left|evacuated|abandoned|vacated|fled|"
    r"(?:se sont|s['’]est) retirée?s?|(?:ont|a) (?:quitté|évacué|abandonné))\b",
    re.IGNORECASE,
)
_LEAVE_NOUN = re.compile(
    r"\b(?:withdrawal|departure|pull-?out|retreat|retrait|départ)\s+(?:of|from|d[eu]|des|d['’])\s*(?:the\s+|l['’])?",
    re.IGNORECASE,
)
# a force coming into it: "GNA units entered it", "took over the town", "sont entrés dans", "the takeover ... by"
_ENTER_VERB = re.compile(
    r"\b(?:entered|moved (?:in|into)|marched into|rolled into|took (?:over|control)|seized control|"
    r"(?:est|sont) entrée?s?|(?:ont|a) (?:pris le contrôle|investi|réinvesti))\b",
    re.IGNORECASE,
)
_ENTER_NOUN = re.compile(r"\b(?:take-?over|prise de contrôle)\b[^.;]{0,80}?\b(?:by|par)\s+", re.IGNORECASE)
# what opens the second clause of "X left, and Y entered", "Y entered after X withdrew"
_NEXT_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|then|after|once|when|as soon as|before|et|puis|après que|après qu['’]|lorsque|quand|"
    r"dès que)\s",
    re.IGNORECASE,
)


def _subject_of(verb_start: int, hits: Sequence[ActorHit], lo: int) -> list[ActorHit]:
    return [h for h in hits if lo <= h.start and h.end <= verb_start]


def _after_noun(m: re.Match[str], sentence: str, base: int, hits: Sequence[ActorHit]) -> list[ActorHit]:
    clause = re.compile(r"[,;.:]|\s(?:which|who|qui)\s").search(sentence, m.end())
    stop = clause.start() if clause is not None else len(sentence)
    return [h for h in hits if m.end() <= h.start - base and h.end - base <= min(stop, m.end() + 80)]


def transfer_sides(roles: Roles, sentence: str, base: int, hits: Sequence[ActorHit]) -> Roles:
    """A place changing hands told with both sides ("the LNA had left the town, and GNA units entered it",
    "GNA forces entered the town after LNA units withdrew"): ACLED codes the side that takes the place as
    actor1 and the side that gave it up as actor2, the ally that left with it as associate. Word order alone
    reads the nearest subject of whichever verb the trigger is. A sentence telling only a departure ("CMA left
    Menaka, leaving it in the hands of FAMa") keeps its word-order reading: the leaver is the one acting."""
    leave = _LEAVE_VERB.search(sentence)
    leave_noun = _LEAVE_NOUN.search(sentence)
    enter = _ENTER_VERB.search(sentence)
    enter_noun = _ENTER_NOUN.search(sentence)
    organised = [h for h in hits if h.kind in _ORGANISED]
    # a noun's force follows it, up to the clause's end ("the withdrawal of LNA units and the Kaniyat militia")
    takers = _after_noun(enter_noun, sentence, base, organised) if enter_noun is not None else []
    if takers and not roles.initiators:
        # "the takeover of the town by GNA forces": the force after "by" took it, whatever else is told
        key = takers[0].entry.key
        roles = Roles([takers[0]], [h for h in roles.targets if h.entry.key != key], roles.assoc)
    if (leave is None and leave_noun is None) or (enter is None and enter_noun is None):
        return roles
    leavers = _after_noun(leave_noun, sentence, base, organised) if leave_noun is not None else []
    verbs = sorted(
        [(m.start(), m.end(), kind) for m, kind in ((leave, "leave"), (enter, "enter")) if m is not None],
    )
    if len(verbs) == 2 and ";" in sentence[verbs[0][1] : verbs[1][0]]:
        # "FAMa evacuated its camp on Wednesday; JNIM moved in the next morning": two acts told apart, the
        # departure no side of the arrival (only a clause joined by "after", "and" ties them into one transfer)
        return roles
    # each verb's subject: the forces before it, back to the clause that opens after the other verb
    lo = 0
    for start, end, kind in verbs:
        subject = _subject_of(base + start, organised, base + lo)
        if kind == "enter" and not takers:
            takers = subject
        elif kind == "leave" and not leavers:
            leavers = subject
        nxt = _NEXT_CLAUSE.search(sentence, end)
        lo = nxt.end() if nxt is not None else end
    if not takers or not leavers:
        return roles
    taker = takers[0]
    keys = {taker.entry.key}
    gave: list[ActorHit] = []
    for h in leavers:
        if h.entry.key not in keys:
            keys.add(h.entry.key)
            gave.append(h)
    if not gave:
        return roles
    assoc = [*gave[1:], *(h for h in roles.assoc if h.entry.key not in keys)]
    return Roles([taker], [gave[0]], assoc)


def complete_roles(
    roles: Roles,
    sentence: str,
    base: int,
    hits: Sequence[ActorHit],
    trigger: Trigger,
    note_hits: Sequence[ActorHit],
    text: str | None = None,
) -> Roles:
    """Fill an empty initiator side from what word order left unassigned, by two conventions.

    * Aircraft belong to states: the attacker of an air or drone strike is the state or international
      force the note names ("airstrikes ... were reported by French forces"), not an unnamed group.
    * An organised force named in the sentence on neither side is the one acting when nobody else is
      ("two men killed in clashes with Barkhane", "one militant killed during a Malian military operation"),
      unless it is on the same side as the victims (a joint FAMa-MINUSMA convoy) or introduced as a target.
    """
    if trigger.cls == "air":
        if not any(h.kind in _GOVERNMENT_SIDE for h in roles.initiators):
            # "The GNA blamed Haftar's LNA": a force the note blames owns the aircraft, not the one blaming it
            in_note = [h for h in note_hits if h.kind in _GOVERNMENT_SIDE]
            if text is not None:
                in_note = sorted(in_note, key=lambda h: not blamed_at(text, h))
            force = [h for h in hits if h.kind in _GOVERNMENT_SIDE] or in_note
            if force:
                owner_after = force[0] in roles.targets
                moved = [h for h in roles.initiators if h.kind not in _GOVERNMENT_SIDE]
                roles.initiators = [force[0]]
                roles.targets = [*moved, *(h for h in roles.targets if h is not force[0])]
                if owner_after and not roles.targets:
                    roles.targets = _struck_after_owner(force[0], hits, roles)
        return roles
    if trigger.cls == "territory":
        roles = transfer_sides(roles, sentence, base, hits)
    if roles.initiators or not trigger.violent:
        return _operation_owner(roles, sentence, base, trigger)
    taken = {id(h) for h in (*roles.targets, *roles.assoc)}
    government_victims = any(h.kind in _GOVERNMENT_SIDE for h in roles.targets)
    for h in hits:
        if id(h) in taken or h.kind not in _ORGANISED:
            continue
        if government_victims and h.kind in _GOVERNMENT_SIDE:
            continue
        if _TARGET_LEAD.search(sentence[: h.start - base][-40:]):
            if h.kind not in {t.kind for t in roles.targets}:
                roles.targets.append(h)
            continue
        roles.initiators.append(h)
        break
    return _operation_owner(roles, sentence, base, trigger)
