"""Who did what to whom, from word order around a trigger (the pipeline has no parser).

Reports of incidents follow few patterns, and these carry the roles:

* active: "Gunmen attacked a FAMa post" — the mention before the verb starts it, the one after suffers it;
* passive and headline passive: "A FAMa post was attacked by gunmen", "FAMa checkpoint attacked in Niono"
  — the mention before the verb is the target; the one after "by" (if any) the initiator;
* symmetric: "clashes between FAMa and jihadists", "FAMa and jihadists clashed" — both sides fight;
* claims: "JNIM claimed an IED attack on a FAMa convoy" — the claimant is the initiator;
* co-actors: "supported by", "alongside", "along with", "jointly with" — associated actors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitrep.nlp.actors import ActorHit
from sitrep.nlp.triggers import Trigger

__all__ = ["Roles", "assign_roles"]

_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get|gets|be|reportedly|allegedly|later|also|"
    r"both|all|subsequently|reported|then)\s*$",
    re.IGNORECASE,
)
_HEADLINE_NEXT = re.compile(
    r"^\s*(?:[,.;:)]|$|in\b|near\b|at\b|on\b|by\b|overnight|yesterday|today|this\b|last\b|between\b|along\b|"
    r"around\b|while\b|during\b|outside\b|inside\b|close\b|south|north|east|west|after\b|"
    r"when\b|as\b|and\b(?!\s+(?:an?|the|\d)\b)|early|late|in the\b|\d+\s*km|&|from\b|following\b|"
    r"amid|again|twice)",
    re.IGNORECASE,
)
_SYMMETRIC = frozenset({"clash"})
_ASSOC = re.compile(
    r"\b(?:supported by|backed by|alongside|along with|together with|jointly with|"
    r"in coordination with|with the support of|assisted by|aided by|allied with)\s*$",
    re.IGNORECASE,
)
_CONJ = re.compile(r"^\s*(?:,|and|&|/|as well as|,\s*and|or)\s*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


@dataclass(slots=True)
class Roles:
    initiators: list[ActorHit] = field(default_factory=list)
    targets: list[ActorHit] = field(default_factory=list)
    assoc: list[ActorHit] = field(default_factory=list)


def _extend_conj(
    text: str, base: int, hits: Sequence[ActorHit], first: ActorHit, forward: bool
) -> list[ActorHit]:
    """``first`` and the mentions joined to it by "and" / "," / "&" in the reading direction."""
    out = [first]
    ordered = sorted(hits, key=lambda h: h.start, reverse=not forward)
    idx = ordered.index(first)
    cur = first
    for h in ordered[idx + 1 :]:
        gap = text[cur.end - base : h.start - base] if forward else text[h.end - base : cur.start - base]
        if _CONJ.match(gap) or gap.strip() == "":
            out.append(h)
            cur = h
        else:
            break
    return out


def assign_roles(sentence: str, base: int, hits: Sequence[ActorHit], trigger: Trigger) -> Roles:
    """Roles of the actor mentions of one sentence (``base``: its offset in the document)."""
    roles = Roles()
    if not hits:
        return roles
    t0, t1 = trigger.start - base, trigger.end - base
    before = [h for h in hits if h.end - base <= t0]
    after = [h for h in hits if h.start - base >= t1]
    # co-actors introduced by "supported by", "alongside"...
    assoc = [h for h in hits if _ASSOC.search(sentence[: h.start - base][-40:])]
    roles.assoc.extend(assoc)
    before = [h for h in before if h not in assoc]
    after = [h for h in after if h not in assoc]

    # symmetric "between X and Y"
    between = re.search(r"\bbetween\b", sentence[t0:], re.IGNORECASE)
    if trigger.cls in _SYMMETRIC or between:
        if between and trigger.cls in ("clash", "attack", "kill", "shoot"):
            bpos = t0 + between.end()
            sides = [h for h in after if h.start - base >= bpos]
            if len(sides) >= 2:
                roles.initiators.append(sides[0])
                roles.targets.extend(sides[1:2])
                return roles
        if (
            trigger.cls in _SYMMETRIC
            and len(before) == 1
            and after
            and re.match(r"\s*(?:with|against)\b", sentence[t1:], re.IGNORECASE)
        ):
            roles.initiators.append(before[0])
            roles.targets.append(after[0])
            return roles
        if trigger.cls in _SYMMETRIC and len(before) >= 2 and not after:
            roles.initiators.append(before[-2])
            roles.targets.append(before[-1])
            return roles

    # agent of a passive: "by X"
    agent = None
    for h in after:
        lead = sentence[t1 : h.start - base]
        if (
            re.search(
                r"\bby\s+(?:(?:the|a|an|some|suspected|alleged|presumed|presumably|unknown|"
                r"\d+|several|two|three|four|five)\s+)*[\"']?$",
                lead,
                re.IGNORECASE,
            )
            and len(lead) < 80
        ):
            agent = h
            break
    preceding = sentence[:t0]
    passive = bool(_AUX.search(preceding)) or agent is not None
    if not passive and trigger.text.lower().endswith(("ed", "en")) and _HEADLINE_NEXT.match(sentence[t1:]):
        passive = bool(before)
    claim = re.search(r"\bclaim\w*\b", preceding, re.IGNORECASE)
    if claim and before:
        claimants = [h for h in before if h.end - base <= claim.start()]
        if claimants:
            roles.initiators.append(claimants[-1])
            rest = [h for h in hits if h not in claimants and h not in assoc]
            roles.targets.extend(rest[:1])
            return roles
    if passive:
        if agent is not None:
            roles.initiators.extend(_extend_conj(sentence, base, after, agent, True))
        if before:
            roles.targets.extend(_extend_conj(sentence, base, before, before[-1], False))
        elif after and agent is not None:
            others = [h for h in after if h is not agent and h not in roles.initiators]
            roles.targets.extend(others[:1])
        return roles
    # active voice
    if before:
        armed_before = [h for h in before if h.kind not in ("civilian",)]
        subject = armed_before[-1] if armed_before else before[-1]
        roles.initiators.extend(_extend_conj(sentence, base, before, subject, False))
    if after:
        roles.targets.extend(_extend_conj(sentence, base, after, after[0], True))
    return roles
