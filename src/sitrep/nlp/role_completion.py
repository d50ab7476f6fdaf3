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

__all__ = ["complete_roles"]


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
