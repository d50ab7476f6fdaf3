"""Clause-level readings that :mod:`sitrep.nlp.roles` combines: lists of joined sides, time clauses, the
two sides of "between", coalitions and shared subjects.

Split from :mod:`sitrep.nlp.roles` because each answers one narrow question about the words around a
mention, and the main rule reads more clearly as a sequence of those questions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from sitrep.nlp.actors import ActorHit
from sitrep.nlp.role_cues import _EN, _PASSIVE_BREAK, _PASSIVE_HARM, _SYMMETRIC, _Syntax
from sitrep.nlp.triggers import Trigger

# a relative clause opened after the last comma: what it names is an aside, not one of a list of sides
_RELATIVE_OPEN = re.compile(r"\b(?:où|dont|where|whose|which)\b[^,;:()]*$", re.IGNORECASE)


def _extend_conj(
    text: str, base: int, hits: Sequence[ActorHit], first: ActorHit, forward: bool, syn: _Syntax = _EN
) -> list[ActorHit]:
    """``first`` and the mentions joined to it by "and" / "," / "&" in the reading direction."""
    out = [first]
    ordered = sorted(hits, key=lambda h: h.start, reverse=not forward)
    idx = ordered.index(first)
    cur = first
    for h in ordered[idx + 1 :]:
        gap = text[cur.end - base : h.start - base] if forward else text[h.end - base : cur.start - base]
        if not forward and "," in gap and _RELATIVE_OPEN.search(text[: h.start - base]):
            break  # "..., où se tenait une réunion du G5 Sahel, et les assaillants": the comma closes the aside
        if syn.conj.match(gap) or gap.strip() == "":
            out.append(h)
            cur = h
        else:
            break
    return out


def _unknown_first(a: ActorHit, b: ActorHit, trigger: Trigger) -> tuple[ActorHit, ActorHit]:
    """The two sides of a clash that word order does not rank ("a firefight between CMA fighters and
    unidentified raiders", "soldiers and gunmen clashed"): an unidentified side is the one that came upon the other,
    so ACLED lists it first. A named force does not set out to fight men nobody can name; those who
    stay unnamed are, in these reports, the raiders, bandits and ambushers the named force ran into."""
    if trigger.cls in _SYMMETRIC and b.kind == "unidentified" and a.kind != "unidentified":
        return b, a
    return a, b


def _when_clause_agent(sentence: str, base: int, t1: int, after: Sequence[ActorHit], syn: _Syntax) -> ActorHit | None:
    for h in after:
        if h.kind == "civilian":
            continue
        lead = sentence[t1 : h.start - base]
        if len(lead) < 60 and syn.when_lead.search(lead) and syn.clause_verb.match(sentence[h.end - base :]):
            return h
        return None
    return None


# the verb of a time clause whose subject held off an attack ("when Dozo hunters repelled an attack",
# "lorsque les VDP ont repoussé l'assaut")
_REPEL_VERB = re.compile(
    r"^\s+(?:(?:ont|a|avaient|avait|had|have)\s+)?(?:\w+ly\s+)?(?:repuls\w*|repel\w*|fended\s+off|fought\s+off|"
    r"beat\s+back|pushed\s+back|foiled|thwarted|repouss\w*|déjou\w*)\b",
    re.IGNORECASE,
)


def _when_clause_defender(
    sentence: str, base: int, t1: int, after: Sequence[ActorHit], syn: _Syntax
) -> ActorHit | None:
    """The subject of a time clause that repelled an attack, after a passive of harm: those the passive
    harmed ("several gunmen were killed when ...") were the attackers (ACLED codebook: actor1 initiated)."""
    for h in after:
        if h.kind == "civilian":
            continue
        lead = sentence[t1 : h.start - base]
        if len(lead) < 60 and syn.when_lead.search(lead) and _REPEL_VERB.match(sentence[h.end - base :]):
            return h
        return None
    return None


# what may open the first side after "between": a few words of the same phrase ("the presumed", "forces loyal
# to the"); "an ambush on a FAMa convoy between Dofana & Sambani, 1 FAMa killed" puts places there, and the
# mentions after the comma are no pair of sides
_BETWEEN_LEAD = re.compile(r"^\s*(?:[\w'’\"()-]+\s+){0,5}?[\"'“«(]?$")


_BETWEEN_JOIN = re.compile(r"^[^.;:]{0,40}?(?:\b(?:and|et)\b|&|,)", re.IGNORECASE)


def _second_side(sentence: str, base: int, sides: Sequence[ActorHit]) -> ActorHit:
    """The other side of "between X and Y": the first mention after the "and" that follows X ("between ISGS
    and its Katiba Salaheddine and a Niger army column" can name one side twice before the "and")."""
    for h in sides[1:]:
        if _BETWEEN_JOIN.match(_gap(sentence, base, sides[0], h)):
            return h
    return sides[1]


def _pair_before(sentence: str, base: int, before: Sequence[ActorHit], span: tuple[int, int], syn: _Syntax) -> bool:
    """ "GATIA and MSA fighting near Inekar ...": two mentions joined by "and" right before the noun of a
    fight (``span``, relative to the sentence) are its two sides, whatever the sentence names after it; "FAMa
    and MINUSMA clashed with jihadists" is one side against the one after "with"."""
    t0, t1 = span
    return (
        bool(syn.conj.match(_gap(sentence, base, before[-2], before[-1])))
        and re.fullmatch(r"\s*(?:\w+\s+)?", sentence[before[-1].end - base : t0]) is not None
        and not syn.with_against.match(sentence[t1:])
    )


def _passive_before(sentence: str, base: int, before: Sequence[ActorHit], t0: int) -> bool:
    """Whether the mention nearest before the trigger is the subject of a passive verb of harm that stands
    between them in the same clause ("two army trucks were captured
    following a firefight"): the
    trigger then tells how the harm came about, and the mention suffered it."""
    if not before:
        return False
    m = _PASSIVE_HARM.search(sentence[before[-1].end - base : t0])
    return m is not None and not _PASSIVE_BREAK.search(m.group("rest"))


# "MNLA fighters of the CMA", "des éléments du MSA de la Plateforme": a group's members named with the
# coalition they belong to
_MEMBERS_OF = re.compile(
    r"^\s+(?:fighters|members|elements|men|combatants|militants|units?|éléments|combattants|membres)\s+"
    r"(?:of|from|within|de|du|des|d['’]|au\s+sein\s+d[eu'’]?)\s*(?:the\s+|la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


_MEMBER_KINDS = frozenset({"rebel", "militia", "islamist", "ethnic_militia"})


def _coalitions(sentence: str, base: int, hits: Sequence[ActorHit]) -> list[ActorHit]:
    """Coalitions named only as what a group belongs to: the group acts, the coalition is associated (ACLED
    codebook: a member group is the actor, its alliance an associated actor)."""
    out: list[ActorHit] = []
    for a, b in itertools.pairwise(hits):
        if (
            a.kind in _MEMBER_KINDS
            and b.kind in _MEMBER_KINDS
            and "{country}" not in a.entry.canonical
            and "{country}" not in b.entry.canonical
            and a.entry.key != b.entry.key
            and _MEMBERS_OF.match(sentence[a.end - base : b.start - base])
        ):
            out.append(b)
    return out


# "... and retook Tarhuna", "... puis a repris Ménaka": a verb joined to the one before it, with no subject
# of its own between the conjunction and the verb
_COORDINATED_VERB = re.compile(
    r"(?:\band|\bthen|\bbefore|\bet|\bpuis|\bavant\s+de)\s+(?:(?:later|then|also|subsequently|finally|eventually|"
    r"ensuite|aussi|enfin|a|ont|avait|avaient)\s+)*$",
    re.IGNORECASE,
)


# a clause opens after these: its subject is not the subject of a clause before them
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:but|while|whereas|after|when|as|because|since|although|which|who|mais|alors que|tandis que|"
    r"après que|lorsque|quand|qui|car)\b",
    re.IGNORECASE,
)


# a mention introduced by a preposition is a complement ("clashes with FAMa"), never a subject
_PREPOSED = re.compile(
    r"\b(?:by|with|against|on|of|from|to|at|into|for|par|avec|contre|de|du|des|aux?|pour|sur)\s+"
    r"(?:the\s+|a\s+|an\s+|les?\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


def _gap(sentence: str, base: int, a: ActorHit, b: ActorHit) -> str:
    return sentence[a.end - base : b.start - base]


def _shared_subject(
    sentence: str, base: int, t0: int, armed_before: Sequence[ActorHit], syn: _Syntax
) -> ActorHit | None:
    """The subject of a coordinated verb ("the GNA pushed back the LNA and retook Tarhuna"): the verb after
    "and" shares the subject of the verb before it, so the mention nearest the trigger (the first verb's
    object) is not who acted; the first mention of the clause that no preposition introduces is. Only when
    the nearest mention is an object, i.e. something other than a conjunction separates it from the one
    before it ("GNA and LNA forces ... and retook" keeps its joined subjects)."""
    if len(armed_before) < 2 or not _COORDINATED_VERB.search(sentence[:t0]):
        return None
    last = armed_before[-1]
    joined = _gap(sentence, base, armed_before[-2], last)
    if syn.conj.match(joined) or not joined.strip():
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, last.start - base)]
    opening = breaks[-1] if breaks else 0
    for h in armed_before[:-1]:
        if h.start - base < opening or _PREPOSED.search(sentence[: h.start - base][-20:]):
            continue
        if _CLAUSE_BREAK.search(sentence[h.end - base : last.start - base]):
            return None
        return h
    return None
