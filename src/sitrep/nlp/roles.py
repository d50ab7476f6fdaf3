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
from itertools import pairwise

from sitrep.nlp import lang
from sitrep.nlp.actors import ARMED_KINDS, ActorHit
from sitrep.nlp.role_clauses import (
    _BETWEEN_LEAD,
    _coalitions,
    _extend_conj,
    _pair_before,
    _passive_before,
    _second_side,
    _shared_subject,
    _unknown_first,
    _when_clause_agent,
    _when_clause_defender,
)
from sitrep.nlp.role_cues import (
    _EN,
    _FR,
    _IMPUTED,
    _LED_BY,
    _OWNER_BY,
    _PERFECT_AUX,
    _SYMMETRIC,
    IMPUTED_MEMBERSHIP,
    _Syntax,
)
from sitrep.nlp.triggers import Trigger

__all__ = ["Roles", "assign_roles", "imputed_identity"]


def imputed_identity(sentence: str, base: int, hit: ActorHit, arrest: bool = False) -> bool:
    """Whether ``hit`` only names what someone was accused of or taken for, within its own clause.

    In an arrest (``arrest``), a suspected membership ("suspected of links with ISGS") is what ACLED codes the
    people held as, so it is kept as a side."""
    before = sentence[: max(0, hit.start - base)]
    if arrest and IMPUTED_MEMBERSHIP.search(before):
        return False
    return _IMPUTED.search(before) is not None


@dataclass(slots=True)
class Roles:
    initiators: list[ActorHit] = field(default_factory=list)
    targets: list[ActorHit] = field(default_factory=list)
    assoc: list[ActorHit] = field(default_factory=list)


# the parties of a pact: "X and Y signed", "an agreement between X and Y" are its two sides
_PACT = frozenset({"agreement"})


# "Wagner contractors backing the LNA", "des supplétifs soutenant l'armée": the force described as backing
# another fights on its side, as its associate (the backed force is the side ACLED names)
_BACKING = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:backing|supporting|assisting|fighting\s+(?:for|alongside|on\s+behalf\s+of)|"
    r"in\s+support\s+of|soutenant|appuyant|aux\s+côtés\s+d[eu']|combattant\s+pour)\s+"
    r"(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?$",
    re.IGNORECASE,
)


# what joins a description to the name it describes: "mercenaries of the Wagner Group", "fighters (Rada)"
_APPOSED = re.compile(r"\s*(?:of|from|d[eu']|des)\s+(?:the\s+|l['’]\s*|la\s+)?|\s*\(\s*", re.IGNORECASE)


def _backers(sentence: str, base: int, hits: Sequence[ActorHit]) -> list[ActorHit]:
    """The armed actors a sentence describes as backing the armed actor named right after them."""
    out: list[ActorHit] = []
    for a, b in pairwise(hits):
        if a.kind in ARMED_KINDS and b.kind in ARMED_KINDS and _BACKING.match(sentence[a.end - base : b.start - base]):
            out.append(a)
    return out


def assign_roles(
    sentence: str, base: int, hits: Sequence[ActorHit], trigger: Trigger, language: str | None = None
) -> Roles:
    """Roles of the actor mentions of one sentence (``base``: its offset in the document).

    ``language`` picks the word-order cues ("en", "fr"); None: the language of the extraction in progress."""
    parents = _coalitions(sentence, base, hits)
    if parents:
        roles = _assign_roles(sentence, base, [h for h in hits if h not in parents], trigger, language)
        roles.assoc.extend(h for h in parents if h not in roles.assoc)
        return roles
    return _assign_roles(sentence, base, hits, trigger, language)


def _assign_roles(
    sentence: str, base: int, hits: Sequence[ActorHit], trigger: Trigger, language: str | None = None
) -> Roles:
    syn = _FR if lang.pick(language) == "fr" else _EN
    roles = Roles()
    if not hits:
        return roles
    t0, t1 = trigger.start - base, trigger.end - base
    # "Turkish drones struck": a mention the trigger word overlaps ("drones struck") is still its subject, and
    # so is one the trigger phrase opens with ("Air force strikes near Kaya": the hit "Air force")
    before = [h for h in hits if h.end - base <= t0 or (h.start - base <= t0 and h.end - base <= t1)]
    after = [h for h in hits if h.start - base >= t1]
    # co-actors introduced by "supported by", "alongside"...
    assoc = [h for h in hits if syn.assoc.search(sentence[: h.start - base][-40:])]
    assoc += [h for h in _backers(sentence, base, hits) if h not in assoc]
    # "backed by Russian mercenaries of the Wagner Group": the same associate named again in apposition
    assoc += [
        h
        for a, h in pairwise(hits)
        if a in assoc
        and h not in assoc
        and (h.entry == a.entry or _APPOSED.fullmatch(sentence[a.end - base : h.start - base]))
    ]
    roles.assoc.extend(assoc)
    before = [h for h in before if h not in assoc]
    after = [h for h in after if h not in assoc]

    # symmetric "between X and Y"
    between = syn.between.search(sentence[t0:])
    if trigger.cls in _SYMMETRIC or between:
        # a pact "between X and Y" lists its first party first, as ACLED does (its actor1)
        if between and (trigger.cls in ("clash", "attack", "kill", "shoot") or trigger.cls in _PACT):
            bpos = t0 + between.end()
            sides = [h for h in after if h.start - base >= bpos]
            if len(sides) >= 2 and _BETWEEN_LEAD.match(sentence[bpos : sides[0].start - base]):
                first, second = _unknown_first(sides[0], _second_side(sentence, base, sides), trigger)
                roles.initiators.append(first)
                roles.targets.append(second)
                return roles
        if trigger.cls in _SYMMETRIC and len(before) == 1 and after and syn.with_against.match(sentence[t1:]):
            roles.initiators.append(before[0])
            roles.targets.append(after[0])
            return roles
        if (
            trigger.cls in _SYMMETRIC
            and len(before) >= 2
            and not after
            and syn.with_against.match(sentence[t1:])
            and not syn.conj.match(sentence[before[-2].end - base : before[-1].start - base])
        ):
            # "a week after FACT rebels crossed the border, the army clashed with their column": the mention
            # nearest the verb is its subject and the earlier one is who "with them" points back to (ACLED
            # lists the subject of "X clashed with Y" first)
            roles.initiators.append(before[-1])
            roles.targets.append(before[-2])
            return roles
        if (
            trigger.cls in _SYMMETRIC
            and len(before) >= 2
            and (not after or _pair_before(sentence, base, before, (t0, t1), syn))
        ):
            first, second = _unknown_first(before[-2], before[-1], trigger)
            roles.initiators.append(first)
            roles.targets.append(second)
            return roles

    # agent of a passive: "by X"; "attacks carried out by X", "assauts menés par X" name the agent of the
    # act however far the participle stands from the noun
    agent = None
    for h in after:
        lead = sentence[t1 : h.start - base]
        if (
            syn.by_agent.search(lead)
            and not syn.reported_by.search(lead)
            and not _OWNER_BY.search(lead)
            and (len(lead) < 80 or _LED_BY.search(lead))
        ):
            agent = h
            break
    preceding = sentence[:t0]
    passive = (
        bool(syn.aux.search(preceding))
        or agent is not None
        or bool(before and syn.suffer.search(preceding))
        or _passive_before(sentence, base, before, t0)
    )
    word = trigger.text.lower()
    if (
        not passive
        and (word.endswith(syn.participle_ends) or word in syn.irregular)
        and syn.headline_next.match(sentence[t1:])
        and not _PERFECT_AUX.search(preceding)
        and not re.match(r"\s+at\b", sentence[t1:])  # "police shot at protesters", "fired at": active
    ):
        passive = bool(before)
    claim = syn.claim.search(preceding)
    if claim and before:
        claimants = [h for h in before if h.end - base <= claim.start()]
        if claimants:
            roles.initiators.append(claimants[-1])
            rest = [h for h in hits if h not in claimants and h not in assoc]
            if rest:  # "claimed an attack on a joint army and UN convoy": both owners were targeted
                roles.targets.extend(_extend_conj(sentence, base, rest, rest[0], True, syn))
            return roles
    if passive:
        defender = _when_clause_defender(sentence, base, t1, after, syn) if agent is None else None
        if defender is not None and before:
            # "gunmen were killed when Dozo hunters repelled an attack": the dead attacked the defenders
            roles.initiators.extend(_extend_conj(sentence, base, before, before[-1], False, syn))
            roles.targets.append(defender)
            return roles
        if agent is None:
            agent = _when_clause_agent(sentence, base, t1, after, syn)
        if agent is not None:
            roles.initiators.extend(_extend_conj(sentence, base, after, agent, True, syn))
        if before:
            roles.targets.extend(_extend_conj(sentence, base, before, before[-1], False, syn))
        elif after and agent is not None:
            others = [h for h in after if h is not agent and h not in roles.initiators]
            roles.targets.extend(others[:1])
        if trigger.cls in _PACT and not roles.initiators:
            # "the LNA and the GNA exchanged prisoners; 20 fighters were freed": the parties joined before a
            # pact's passive are its two sides, the first named first (ACLED's actor1 of an agreement)
            pair = _joined_parties(sentence, base, before, syn)
            if pair is not None:
                roles.initiators, roles.targets = [pair[0]], [pair[1]]
        return roles
    # active voice
    if before:
        armed_before = [h for h in before if h.kind not in ("civilian",)]
        subject = armed_before[-1] if armed_before else before[-1]
        subject = _shared_subject(sentence, base, t0, armed_before, syn) or subject
        roles.initiators.extend(_extend_conj(sentence, base, before, subject, False, syn))
    if after:
        roles.targets.extend(_extend_conj(sentence, base, after, after[0], True, syn))
    if trigger.cls in _PACT and len(roles.initiators) >= 2:
        # "Dan Na Ambassagou and Fulani community leaders signed a peace agreement": one party on each side
        # ("... to free the detainees": the people a pact is about are its object, not a party to it)
        parties = sorted(roles.initiators, key=lambda h: h.start)
        objects = [h for h in roles.targets if h.kind != "civilian"]
        roles.initiators, roles.targets = parties[:1], [*parties[1:], *objects]
    return _attacker_first(roles, sentence, base)


def _joined_parties(
    sentence: str, base: int, before: Sequence[ActorHit], syn: _Syntax
) -> tuple[ActorHit, ActorHit] | None:
    """The first two different forces joined by "and" before a verb ("the LNA and the GNA exchanged ...")."""
    for a, b in pairwise(before):
        if a.entry.key != b.entry.key and syn.conj.match(sentence[a.end - base : b.start - base]):
            return a, b
    return None


# "FAMa repulsed a JNIM attack", "soldiers fought off the assailants": the object of these verbs attacked
_REPEL = re.compile(
    r"\b(?:repuls\w*|repel\w*|fended\s+off|fought\s+off|beat\s+back|beaten\s+back|pushed\s+back|foiled|"
    r"thwarted|repouss\w*|déjou\w*)\b",
    re.IGNORECASE,
)
# "killed 18 ISGS militants who had attacked a patrol": the relative clause says who started the fight
_WHO_ATTACKED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?,?\s*(?:who|which|that|qui)\s+(?:had\s+|have\s+|has\s+|avaient\s+|ont\s+)?(?:\w+ly\s+)?"
    r"(?:attacked|ambushed|raided|stormed|assaulted|attaqué|tendu)\b",
    re.IGNORECASE,
)


def _attacker_first(roles: Roles, sentence: str, base: int) -> Roles:
    """ACLED's actor1 is the side that attacked (codebook: the initiator of a battle); an active sentence
    whose subject repelled the attack, or whose object is said to have attacked first, names the attacker
    second, so the sides swap."""
    if len(roles.initiators) != 1 or not roles.targets:
        return roles
    subj, obj = roles.initiators[0], roles.targets[0]
    if subj.kind == "civilian" or obj.kind == "civilian":
        return roles
    repelled = _REPEL.search(sentence[subj.end - base : obj.start - base]) is not None
    struck_first = _WHO_ATTACKED.match(sentence[obj.end - base :]) is not None
    if repelled or struck_first:
        roles.initiators, roles.targets = [obj], [subj, *roles.targets[1:]]
    return roles
