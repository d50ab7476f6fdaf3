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

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitrep.nlp import lang
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.triggers import Trigger

__all__ = ["Roles", "assign_roles", "complete_roles", "imputed_identity"]

# a passive needs a form of "be"/"get" before the participle; adverbs may sit between ("were reportedly")
_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get|gets|be)\s+(?:(?:reportedly|allegedly|later|also|both|all|"
    r"subsequently|reported|then|then|apparently|presumably|allegedly|badly|severely|fatally)\s+)*$"
    r"|\b(?:was|were|been|being|is|are|got|get|gets|be)\s*$",
    re.IGNORECASE,
)
_HEADLINE_NEXT = re.compile(
    r"^\s*(?:[,.;:)]|$|in\b|near\b|at\b|on\b|by\b|overnight|yesterday|today|this\b|last\b|between\b|along\b|"
    r"around\b|while\b|during\b|outside\b|inside\b|close\b|south|north|east|west|after\b|"
    r"when\b|as\b|and\b(?!\s+(?:an?|the|\d)\b|\s+\w+ed\b)|early|late|in the\b|\d+\s*km|&(?!\s*\w+ed\b)|"
    r"from\b|following\b|"
    r"amid|again|twice)",
    re.IGNORECASE,
)
_SYMMETRIC = frozenset({"clash"})
# "reported by residents", "according to ...": the one after "by" is a source, not the agent
_REPORTED_BY = re.compile(
    r"\b(?:reported|said|announced|confirmed|signall?ed|documented|denied|condemned|witnessed|seen|"
    r"spotted|observed|heard)\s+by\b",
    re.IGNORECASE,
)
# "by" then up to four modifiers ("by unidentified armed", "by a group of", "by suspected FLM") then the agent
_BY_AGENT = re.compile(
    r"\bby\s+(?:[\w'\"/-]+\s+){0,4}?[\"'(]?$",
    re.IGNORECASE,
)
# "trucks chartered by MINUSMA", "a convoy escorted by FAMa": "by" after a participle of ownership, hire or
# escort names who the target belongs to, not who struck it
_OWNER_BY = re.compile(
    r"\b(?:chartered|rented|hired|leased|owned|operated|run|managed|funded|financed|built|used|employed|"
    r"escorted|accompanied|sent|dispatched|contracted|loué(?:e|s|es)?|affrété(?:e|s|es)?|escorté(?:e|s|es)?)"
    r"\s+(?:by|par)\s+(?:[\w'’\"/-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# "A National Guard pick-up was seized after an exchange of fire", "a MINUSMA vehicle was damaged by an IED":
# a passive verb of harm or seizure between the mention and a later trigger makes the mention its target
_PASSIVE_HARM = re.compile(
    r"\b(?:was|were|has been|have been|had been|got)\s+(?:\w+ly\s+)?(?:seized|damaged|destroyed|hit|struck|"
    r"targeted|burned|burnt|looted|stolen|robbed|attacked|ambushed|overrun|captured|shelled|bombed|wounded|"
    r"injured|killed|abducted|kidnapped)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PASSIVE_BREAK = re.compile(r"[;:]|\b(?:and|but|when|while|as|because|who|which|that)\b", re.IGNORECASE)
# "attaques menées par X", "attacks carried out by X": the participle names the act's agent
_LED_BY = re.compile(
    r"\b(?:carried out|conducted|launched|perpetrated|committed|staged|led|men(?:é|ée|és|ées)|"
    r"perpétr(?:é|ée|és|ées)|commise?s?|lanc(?:é|ée|és|ées)|conduite?s?)\s+(?:by|par)\s+(?:[\w'’\"/-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# "des hommes armés ont attaqué dans la nuit ...", "gunmen have attacked in ...": a participle after "have" or
# "avoir" is a compound past of the active verb, not a headline passive with its "was" left out
_PERFECT_AUX = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|avons|have|has|had)\s+(?:(?:\w+ment|\w+ly|also|reportedly|"
    r"allegedly|again|déjà|encore|aussi|également)\s+)*$",
    re.IGNORECASE,
)
_ASSOC = re.compile(
    r"\b(?:supported by|backed by|alongside|along with|together with|jointly with|"
    r"in coordination with|with the support of|assisted by|aided by|allied with)\s*$",
    re.IGNORECASE,
)
# "a Barkhane-MINUSMA base", "a CMA-HCUA patrol": a hyphen between two names joins them as "and" does
_CONJ = re.compile(r"^\s*(?:,|and|&|/|-|\(|as well as|,\s*and|or)\s*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# "suspected of being thieves", "taken for jihadists", "accusés d'être des jihadistes": what the victims
# were said to be, not a party present at the event
_IMPUTED = re.compile(
    r"\b(?:accus\w*(?:\s+\w+){0,2}\s+of|mistaken\s+for|taken\s+for|suspected\s+of|on\s+suspicion\s+of|"
    r"accusée?s?\s+d[e']|soupçonnée?s?\s+d[e']|suspectée?s?\s+d[e']|pris\s+pour)\b[^,.;:()\"]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Syntax:
    """The word-order cues of one language (see the module docstring for what each one marks)."""

    aux: re.Pattern[str]
    headline_next: re.Pattern[str]
    reported_by: re.Pattern[str]
    by_agent: re.Pattern[str]
    assoc: re.Pattern[str]
    conj: re.Pattern[str]
    between: re.Pattern[str]
    with_against: re.Pattern[str]
    claim: re.Pattern[str]
    participle_ends: tuple[str, ...]
    suffer: re.Pattern[str]
    irregular: frozenset[str] = frozenset()
    # "civilians were killed when suspected jihadists raided a village": the subject of the time clause is
    # the agent the passive leaves out; when_lead is the conjunction before it, clause_verb the act after it
    when_lead: re.Pattern[str] = re.compile(r"(?!)")
    clause_verb: re.Pattern[str] = re.compile(r"(?!)")


_EN = _Syntax(
    _AUX,
    _HEADLINE_NEXT,
    _REPORTED_BY,
    _BY_AGENT,
    _ASSOC,
    _CONJ,
    re.compile(r"\bbetween\b", re.IGNORECASE),
    re.compile(r"\s*(?:with|against)\b", re.IGNORECASE),
    # "JNIM claimed the attack"; not reported speech ("GATIA sources claim that CMA attacked ...")
    re.compile(r"\bclaim\w*\b(?!\s+that\b)", re.IGNORECASE),
    ("ed", "en"),
    # "MINUSMA camp subjected to an attack", "the convoy came under fire", "FAMa, victims of an ambush":
    # what comes before suffers the act though no "was ... by" says so
    re.compile(
        r"\b(?:subjected to|came under|comes? under|was under|were under|target of|targets of|victims? of|"
        r"struck by|hit by)\s+(?:(?:an?|the|another|new|heavy|several|two|a\s+series\s+of)\s+)*(?:[\w/+-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    # past participles without -ed/-en that head a passive headline ("FAMa vehicle struck by IED")
    frozenset({"struck", "hit", "seized", "burnt"}),
    re.compile(r"\b(?:when|as|after|while)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE),
    # acts only: "armed men based in the area" or "gunmen dressed as soldiers" are descriptions, not the act
    re.compile(
        r"^\s+(?:\w+ly\s+)?(?:attacked|ambushed|raided|assaulted|stormed|overran|opened|shot|fired|struck|hit|"
        r"blew|set|shelled|bombed|targeted|killed|executed|kidnapped|abducted|seized|looted|robbed|burned|burnt|"
        r"torched|destroyed|detonated|planted|launched|clashed|fought|engaged|surrounded|invaded|besieged|"
        r"intercepted|captured|beat|stabbed|hacked|massacred)\b",
        re.IGNORECASE,
    ),
)
# French: "a été attaqué par", "ont été tués", "affrontements entre X et Y", "X a affronté Y", "revendiqué".
_FR = _Syntax(
    re.compile(
        r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:également|aussi|tous|toutes|ensuite|"
        r"notamment|probablement)\s+)*été\s+(?:(?:grièvement|mortellement|violemment|également)\s+)*$"
        r"|\b(?:est|sont|fut|furent|été|était|étaient)\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?:[,.;:)]|$|à\b|près\b|dans\b|sur\b|par\b|le\b\s+\d|lors\b|entre\b|au\b|aux\b|en\b|"
        r"non loin|vers\b|hier|avant-hier|ce\s+matin|\d+\s*km|après\b|pendant\b|alors\b|et\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:rapporté|annoncé|confirmé|signalé|documenté|démenti|condamné|revendiqué)e?s?\s+par\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bpar\s+(?:[\w'’\"/-]+\s+){0,4}?[\"'(«]?\s*$", re.IGNORECASE),
    re.compile(
        r"\b(?:appuyée?s? par|soutenue?s? par|aux côtés d(?:es|u|e|e la|e l['’])|avec l['’]appui d(?:es|u|e)|"
        r"avec le soutien d(?:es|u|e)|en coordination avec|conjointement avec|épaulée?s? par|"
        r"accompagnée?s? (?:par|de))\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?:,|et|&|/|\(|ainsi que|,\s*et|ou)\s*(?:les\s+|des\s+|la\s+|le\s+|l['’]|un\s+|une\s+)?$", re.IGNORECASE
    ),
    re.compile(r"\bentre\b", re.IGNORECASE),
    re.compile(r"\s*(?:à|aux|avec|contre)\b", re.IGNORECASE),
    re.compile(r"\brevendiqu\w*\b", re.IGNORECASE),
    ("é", "és", "ée", "ées", "is", "it", "u", "us"),
    re.compile(
        r"\b(?:victimes? d['’]une?|(?:a|ont) fait l['’]objet d['’]une?|(?:a|ont) subi une?|essuyé des|"
        r"sous le feu d['’]|pris(?:e|es)? pour cible par)\s+(?:[\w/+-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    when_lead=re.compile(r"\b(?:lorsque|lorsqu['’]|quand|après que|alors que)\s*(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE),
    # the auxiliary of a compound past ("lorsque des hommes armés ont attaqué")
    clause_verb=re.compile(r"^\s+(?:ont|a|avaient|avait)\b", re.IGNORECASE),
)


def imputed_identity(sentence: str, base: int, hit: ActorHit) -> bool:
    """Whether ``hit`` only names what someone was accused of or taken for, within its own clause."""
    return _IMPUTED.search(sentence[: max(0, hit.start - base)]) is not None


@dataclass(slots=True)
class Roles:
    initiators: list[ActorHit] = field(default_factory=list)
    targets: list[ActorHit] = field(default_factory=list)
    assoc: list[ActorHit] = field(default_factory=list)


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
    """The other side of "between X and Y": the first mention after the "and" that follows X ("between JNIM's
    Katiba Macina and a National Guard patrol" names one side twice before the "and")."""
    for h in sides[1:]:
        if _BETWEEN_JOIN.match(_gap(sentence, base, sides[0], h)):
            return h
    return sides[1]


def _pair_before(sentence: str, base: int, before: Sequence[ActorHit], span: tuple[int, int], syn: _Syntax) -> bool:
    """ "CMA and Platform clashes in Techanak ...": two mentions joined by "and" right before the noun of a
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
    between them in the same clause ("A National Guard pick-up was seized after an exchange of fire"): the
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


# the parties of a pact: "X and Y signed", "an agreement between X and Y" are its two sides
_PACT = frozenset({"agreement"})


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
    # "Turkish drones struck": a mention the trigger word overlaps ("drones struck") is still its subject
    before = [h for h in hits if h.end - base <= t0 or (h.start - base < t0 and h.end - base <= t1)]
    after = [h for h in hits if h.start - base >= t1]
    # co-actors introduced by "supported by", "alongside"...
    assoc = [h for h in hits if syn.assoc.search(sentence[: h.start - base][-40:])]
    roles.assoc.extend(assoc)
    before = [h for h in before if h not in assoc]
    after = [h for h in after if h not in assoc]

    # symmetric "between X and Y"
    between = syn.between.search(sentence[t0:])
    if trigger.cls in _SYMMETRIC or between:
        if between and trigger.cls in ("clash", "attack", "kill", "shoot"):
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
        parties = sorted(roles.initiators, key=lambda h: h.start)
        roles.initiators, roles.targets = parties[:1], [*parties[1:], *roles.targets]
    return _attacker_first(roles, sentence, base)


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


_ORGANISED = frozenset({"state", "international", "rebel", "militia", "ethnic_militia"})
_GOVERNMENT_SIDE = frozenset({"state", "international"})
# "an attack against FAMa", "airstrikes targeting Ansaroul Islam": the mention after these suffers the act
_TARGET_LEAD = re.compile(
    r"\b(?:against|on|upon|at|targeting|targeted|into|toward|towards|contre|sur|visant)\s+(?:the\s+|a\s+|an\s+|"
    r"les\s+|la\s+|le\s+|des\s+|un\s+|une\s+|joint\s+|two\s+|several\s+)?(?:[\w'\"-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def complete_roles(
    roles: Roles, sentence: str, base: int, hits: Sequence[ActorHit], trigger: Trigger, note_hits: Sequence[ActorHit]
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
            force = [h for h in hits if h.kind in _GOVERNMENT_SIDE] or [
                h for h in note_hits if h.kind in _GOVERNMENT_SIDE
            ]
            if force:
                moved = [h for h in roles.initiators if h.kind not in _GOVERNMENT_SIDE]
                roles.initiators = [force[0]]
                roles.targets = [*moved, *(h for h in roles.targets if h is not force[0])]
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
