"""Per-sentence drafts: the trigger, the sides and the ACLED type one sentence supports.

A draft is what both assemblers start from: short notes keep the first one or two
(:mod:`sitrep.nlp.note_events`), whole documents fill frames from many (:mod:`sitrep.nlp.document`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.nlp.actors import ARMED_KINDS, ActorHit
from sitrep.nlp.background import background_spans, in_spans
from sitrep.nlp.event_types import MILITARY_SITE, deal_over_detainees, main_class, names_unarmed_victim, type_event
from sitrep.nlp.role_completion import complete_roles
from sitrep.nlp.role_cues import IMPUTED_MEMBERSHIP
from sitrep.nlp.roles import Roles, assign_roles, imputed_identity
from sitrep.nlp.triggers import Trigger, earlier_act_spans, find_triggers, in_grievance

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State


_GENERIC_VICTIM_KINDS = ("civilian", "ethnic_group")


@dataclass
class _Draft:
    sent: tuple[int, int]
    trigger: Trigger
    classes: set[str]
    roles: Roles
    etype: str
    subtype: str


def _kinds(hits: list[ActorHit]) -> list[str]:
    return [h.kind for h in hits]


def _victim_kind_fix(hits: list[ActorHit]) -> list[ActorHit]:
    return hits


_PARTICIPANT_LEAD = re.compile(
    r"\b(?:between|against|on|by|targeting|targeted|at|of|par|contre|entre|sur)\s+(?:the\s+|a\s+|an\s+|les?\s+|la\s+|des\s+)?"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _clause_verb(text: str, trig: Trigger, real: Sequence[Trigger], hits: Sequence[ActorHit]) -> Trigger:
    """The trigger whose neighbours are its agent and patient, when the picked one has neither side before it.

    "The attack took place on 23 March when Boko Haram fighters attacked an army base": the opening noun names
    the event but every actor follows it, so word order around it cannot tell who attacked; the later verb
    with an actor on each side can."""
    # a mention the trigger overlaps ("Turkish drones" in "drones struck") or opens with ("Air force" in "Air
    # force strikes") stands before it
    if not trig.violent or trig.cls == "clash" or any(h.start <= trig.start for h in hits):
        return trig
    later = [h for h in hits if h.start >= trig.end]
    if later and _PARTICIPANT_LEAD.search(text[trig.end : later[0].start]):
        return trig  # "assault on MINUSMA", "attacks by JNIM": the noun has its own participants
    for t in real:
        agent = any(h.end <= t.start and h.start >= trig.end for h in hits)
        if t.start > trig.start and t.violent and agent and any(h.start >= t.end for h in hits):
            return t
    return trig


# a sentence-opening phrase of time or circumstance closed by a comma: "After several hours of fighting,",
# "Following clashes with the army,", "À l'issue des combats,"
_FRONTED = re.compile(
    r"\s*(?:after|following|during|amid|in the course of|après|lors|à l['’]issue|au cours)\b[^,.;]{0,60},",
    re.IGNORECASE,
)

# a side giving ground is an outcome, not the act whose sides a fronted fight leaves to the main clause
_GIVING_GROUND = re.compile(r"withdr|abandon|left\b|retreat|fled|quitt", re.IGNORECASE)

_RAID_WORD = re.compile(r"raid(?:s|ed)?", re.IGNORECASE)
# a raid on a dwelling or building: a search, not an assault on a position
_RAID_ON_BUILDING = re.compile(
    r"\braid(?:s|ed)?\s+(?:on\s+)?(?:a|an|the|two|three|several|\w+'s)\s+(?:\w+\s+)?(?:houses?|homes?|"
    r"residences?|compounds?|buildings?|apartments?|flats?|farms?|shops?|premises|dwellings?)\b",
    re.IGNORECASE,
)
# a place or store an armed group's word describes rather than names a party in: "a terrorist hideout",
# "a jihadist arms cache", "une cache terroriste" is the French order and is left alone
_ATTRIBUTIVE_SITE = re.compile(
    r"\s+(?:arms\s+|weapons?\s+|explosives?\s+|bomb-making\s+)?(?:hide-?outs?|caches?|dens?|hideaways?|"
    r"workshops?|depots?|stockpiles?|shelters?)\b",
    re.IGNORECASE,
)
# a clause of cause or time after the main verb: "..., after X agreed to", "once X had left"
_CAUSE_CLAUSE = re.compile(r"\b(?:after|following|once|when|as)\b", re.IGNORECASE)
# a crowd's grievance told as an earlier event, from "after" to the clause's end
_LONG_GRIEVANCE = re.compile(r"\b(?:after|following|après|suite\s+[àa])\s+[^,;:.()]{0,80}$", re.IGNORECASE)
# the riot trigger of a crowd setting on a person (see triggers_en: "a crowd ... attacked a man")
_CROWD_ON_PERSON = re.compile(r"\b(?:crowds?|mobs?)\b.*\b(?:attacked|assaulted|set upon|beat(?: up)?)$", re.IGNORECASE)
_UNARMED_CROWD = re.compile(
    r"(?:rival |opposing |the )?(?:students?|pupils|youths?|young (?:men|people)|supporters|fans)", re.IGNORECASE
)


def _unarmed_receiver(text: str, sent: tuple[int, int], hits: Sequence[ActorHit], roles: Roles) -> bool:
    """Whether the sentence's only armed side is its attacker: every other named party is civilian and
    the words outside the attackers' names name an unarmed victim and no armed one."""
    if not roles.initiators or any(h.kind != "civilian" for h in hits if h not in roles.initiators):
        return False
    s, e = sent
    rest = text[s:e]
    for h in sorted(roles.initiators, key=lambda h: -h.start):
        rest = rest[: h.start - s] + " " + rest[h.end - s :]
    return names_unarmed_victim(rest)


# a position held by a force: taking it means overpowering its garrison
_POSITION = re.compile(r"\b(?:check-?(?:post|point)s?|posts?|camps?|bases?|barracks|garrisons?|positions?)\b", re.I)
# ground forces beside an air strike
_GROUND = re.compile(
    r"\bground (?:forces|troops|units|assault|operations?|raids?|attacks?|fighting|combat)|\b(?:air|aerial)"
    r"(?:-| and )ground\b|\bground and air\b",
    re.IGNORECASE,
)


def _attack_on_military_site(sentence: str, hits: Sequence[ActorHit], roles: Roles, typed: tuple[str, str]) -> bool:
    """An attack with no named target whose object is a military site was fought against the garrison that
    holds it (ACLED codebook: an attack on a base or camp is a battle with its force), not against civilians."""
    if typed != ("Violence against civilians", "Attack") or roles.targets:
        return False
    if any(h.kind in _GENERIC_VICTIM_KINDS for h in hits if h not in roles.initiators):
        return False
    return MILITARY_SITE.search(sentence) is not None


def _armed_position_or_ground(sentence: str, roles: Roles, typed: tuple[str, str]) -> tuple[str, str]:
    """Two ACLED conventions that need the sentence's words, not only its trigger classes.

    A non-state group taking a force's post, camp or checkpoint took it from armed men: the codebook's
    "Non-state actor overtakes territory" (Battles), not a non-violent transfer. An air strike flown with
    ground forces in the same raid is one armed engagement (ACLED codes an air-supported ground operation as
    an armed clash; "Air/drone strike" is for strikes alone)."""
    if typed == ("Strategic developments", "Non-violent transfer of territory"):
        held = [h for h in roles.targets if h.kind in ("state", "international") and _POSITION.search(h.text)]
        if held and roles.initiators and roles.initiators[0].kind not in ("state", "international"):
            return "Battles", "Non-state actor overtakes territory"
    if typed[1] == "Air/drone strike" and _GROUND.search(sentence):
        return "Battles", "Armed clash"
    return typed


# two unnamed sides fighting each other ("rival armed groups clashed", "fighting between rival groups of miners")
RIVAL_SIDES = re.compile(r"\b(?:rival|opposing)\b", re.IGNORECASE)


# dead or wounded counted on each side: whatever verb opened the note, both sides fought ("an attack on
# farmers ... nine dead on both sides", "des pertes de part et d'autre")
_BOTH_SIDES = re.compile(
    r"\b(?:on|from|of|among)\s+(?:both|either|each)\s+sides?\b|\bde\s+part\s+et\s+d['’]autre\b|"
    r"\b(?:des|dans les|parmi les)\s+deux\s+(?:camps|côtés|parties)\b|\bdans chaque camp\b",
    re.IGNORECASE,
)

_COMMUNAL_KINDS = ("ethnic_group", "ethnic_militia")


# the two sides of the Sahel's land-use conflicts: herders and farmers are armed when they fight over fields or
# water, whatever their community (ACLED codes each such fight as an armed clash between communal militias)
_LAND_USERS = re.compile(
    r"(?:\w+\s+)?(?:herders?|herdsmen|pastoralists?|breeders?|nomads?|farmers?|cultivators?|growers?|"
    r"éleveurs?|agriculteurs?|cultivateurs?|agro-?pasteurs?|pasteurs?|transhumants?)",
    re.IGNORECASE,
)


def _land_users_fought(roles: Roles) -> bool:
    """Whether the two sides of a clash are herders and farmers (or two such groups) named only by their
    livelihood: a communal battle, not an attack on civilians (see ``_LAND_USERS``)."""
    if not roles.initiators or not roles.targets:
        return False
    sides = roles.initiators + roles.targets
    return all(h.kind == "civilian" and _LAND_USERS.fullmatch(h.text) for h in sides)


def _communal_fight(sentence: str, classes: set[str], hits: Sequence[ActorHit]) -> Roles | None:
    """Communities or rival groups fighting each other are two armed sides, not attackers and victims.

    ACLED codes armed communal fighting ("clashes between A herders and B farmers", "A and B fought") as a
    battle between the two communities' ethnic militias, and rival unnamed groups clashing as a battle between
    two unidentified armed groups; a named organised side in the sentence leaves the usual roles alone. A
    community already named as armed ("A fighters") is one of the two communities, not an organised side."""
    if "clash" not in classes or any(
        h.kind in ARMED_KINDS and h.kind not in ("unidentified", "ethnic_militia") for h in hits
    ):
        return None
    groups: list[ActorHit] = []
    for h in hits:
        if h.kind in _COMMUNAL_KINDS and all(g.entry.key != h.entry.key for g in groups):
            groups.append(h)
    if len(groups) >= 2:
        return Roles(initiators=[groups[0]], targets=[groups[1]], assoc=[])
    if not groups and RIVAL_SIDES.search(sentence):
        return Roles()
    return None


def _slash_allies(text: str, hits: Sequence[ActorHit], roles: Roles) -> Roles:
    """ "the MSA/GATIA coalition", "the MINUSMA/Barkhane camp": two forces joined by a slash act together, the
    first named as the side and the second beside it (ACLED codebook: associated actors act alongside the
    main actor; the matcher has already made one side of a group named with its own component)."""
    sided = roles.initiators + roles.targets
    allies: list[ActorHit] = []
    for a, b in itertools.pairwise(hits):
        if text[a.end : b.start] == "/" and a in sided and a.entry.key != b.entry.key and b not in roles.assoc:
            allies.append(b)
    if not allies:
        return roles
    inits = [h for h in roles.initiators if h not in allies]
    targets = [h for h in roles.targets if h not in allies]
    return Roles(inits, targets, roles.assoc + allies)


# "in Qasr bin Ghashir, an LNA-held suburb": an appositive that tells who holds the place where it happened
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:an?|the)\s+$", re.IGNORECASE)
_HELD_PLACE_AFTER = re.compile(
    r"-(?:held|controlled|occupied)\s+(?:[\w'’-]+\s+){0,2}?(?:suburbs?|areas?|towns?|city|district|"
    r"neighbou?rhoods?|villages?|locality|quarter|zone|region|territory)\b",
    re.IGNORECASE,
)


def _place_holder(text: str, h: ActorHit) -> bool:
    """A force named only as the holder of the place, in an appositive describing it, took no part in the
    act told around it (ACLED codes who acted and who was harmed, not who controls the ground)."""
    return bool(_APPOSITIVE_BEFORE.search(text[max(0, h.start - 8) : h.start])) and bool(
        _HELD_PLACE_AFTER.match(text, h.end)
    )


# "LNA forces and their Russian mercenaries", "the army and its allied militia": a force named with a
# possessive after "and" fights beside the first
_AND_THEIR = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:and|with)\s+(?:their|its)\s+(?:[\w'’-]+\s+){0,2}?", re.I)


def _their_allies(text: str, roles: Roles) -> Roles:
    """A target named as the initiator's own auxiliaries (see _AND_THEIR) acts beside it (ACLED codebook:
    associated actors act alongside the main actor), it is not the side attacked."""
    if not roles.initiators:
        return roles
    lead = roles.initiators[0]
    allies = [
        h
        for h in roles.targets
        if h.start > lead.end and _AND_THEIR.fullmatch(text, lead.end, h.start) and h.entry.key != lead.entry.key
    ]
    if not allies:
        return roles
    return Roles(roles.initiators, [h for h in roles.targets if h not in allies], roles.assoc + allies)


def _before_grievance(text: str, s: int, e: int, hits: list[ActorHit], language: str = "en") -> list[ActorHit]:
    """The hits before what a crowd protests about: from the first name in the grievance ("after the
    detention of four GATIA men during a combined FAMa and MINUSMA sweep") to the clause's end, every
    name belongs to the grievance, however long it runs."""
    sentence = text[s:e]
    crowd = [t.start for t in find_triggers(sentence, 0, language) if t.cls in ("protest", "riot")]
    first = min(crowd) if crowd else None
    for i, h in enumerate(hits):
        if in_grievance(sentence, h.start - s, language) or (
            # "rioted after a gold miner was shot dead by a soldier": a longer grievance clause, up to its comma
            first is not None and h.start - s > first and _LONG_GRIEVANCE.search(sentence[first : h.start - s])
        ):
            rest = sentence[h.start - s :]
            stop = re.search(r"[;:]", rest)
            end = h.start + (stop.start() if stop else len(rest))
            return hits[:i] + [g for g in hits[i:] if g.start >= end]
    return hits


def _held_as_members(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """ "arrested two individuals suspected of links with ISGS": the people held are named twice, by a plain
    word and by the group they are taken to belong to; ACLED codes the group (as for "suspected ISGS
    members"), so the plain word gives way to it."""
    out: list[ActorHit] = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            h.kind == "civilian"
            and nxt is not None
            and nxt.kind in ARMED_KINDS
            and nxt.start - h.end < 60
            and not re.search(r"[,.;:]", text[h.end : nxt.start])
            and IMPUTED_MEMBERSHIP.search(text[h.end : nxt.start])
        ):
            continue
        out.append(h)
    return out


# the finite verb of the main clause: "des hommes soupçonnés d'être des miliciens peuls ont attaqué le village",
# "men suspected of links with the group were arrested"
_MAIN_VERB = re.compile(
    r"\s(?:ont|sont|a\s+(?:été|\w+é)|were|was|have|has)\s",
    re.IGNORECASE,
)


# "killing 49 according to the government": the one a figure or an account is credited to reports the event,
# it takes no part in it (so it does not make the attack a battle with a force on the other side)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|selon|d['’]après|reported\s+by|citing|cité\s+par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?$",
    re.IGNORECASE,
)


# "burned a school and warned teachers not to return": the people a second verb speaks to were threatened or
# told, not struck by the act; they are no side of it (ACLED codes the destruction with no actor2)
_SPOKEN_TO = re.compile(
    r"\b(?:and\s+|then\s+)?(?:warned|warning|threatened|threatening|ordered|ordering|told|telling|urged|"
    r"instructed|summoned|forbade|banned|averti|menacé|ordonné|sommé|intimé)\s+(?:the\s+|les\s+|des\s+|all\s+)?$",
    re.IGNORECASE,
)


def _main_verb_ends(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A background clause (what someone was suspected of, an earlier act) ends where the main clause's verb
    comes: the subject it describes then acts, and what that verb governs is the event's own side."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        m = _MAIN_VERB.search(sentence, a + 1, b)
        out.append((a, m.start()) if m else (a, b))
    return out


def _sides(
    text: str, st: _State, sent: tuple[int, int], trig: Trigger, real: list[Trigger], hits: list[ActorHit]
) -> tuple[Trigger, Roles]:
    """The clause's verb and the sides read around it from ``hits``."""
    s, e = sent
    trig = _clause_verb(text, trig, real, hits)
    roles = complete_roles(
        _their_allies(text, assign_roles(text[s:e], s, hits, trig, st.language)),
        text[s:e],
        s,
        hits,
        trig,
        st.actors,
        text,
    )
    return trig, _slash_allies(text, hits, roles)


def _draft_for_sentence(text: str, st: _State, sent: tuple[int, int]) -> _Draft | None:
    s, e = sent
    trigs = [t for t in st.triggers if s <= t.start < e]
    if not trigs:
        return None
    classes = {t.cls for t in trigs}
    if {"agreement", "arrest"} <= classes and deal_over_detainees(tuple(t.text for t in trigs if t.cls == "arrest")):
        # "signed a pact to free the detainees": the people held are the deal's object, not an arrest's
        trigs = [t for t in trigs if t.cls != "arrest"]
        classes = {t.cls for t in trigs}
    main = main_class(classes)
    if main is None:
        return None
    # the trigger that carries the roles: the first of the main class (a prefix's first real trigger)
    real = [t for t in trigs if not t.cls.startswith("prefix:")]
    pick = [t for t in real if t.cls == main] or real or trigs
    trig = pick[0]
    # in a violent sentence the first violent word is the clause's verb ("FAMa post attacked, 2 dead"): the
    # later ones are its outcome, and reading roles from them puts the victims before the verb as attackers
    # a violent word in a fronted adverbial ("After hours of fighting, JNIM overran the camp") has no subject
    # of its own: the main clause's verb after the comma is the one whose neighbours are the sides
    # (when the main clause has an act of its own: "Following CMA and Platform clashes, the Platform withdrew"
    # tells the clash's outcome, a side giving ground, and the fronted clash is the event)
    fronted = _FRONTED.match(text, s, e)
    first_violent = [t for t in real if t.violent]
    main_acts = [t for t in first_violent if fronted and t.start >= fronted.end() and not _GIVING_GROUND.match(t.text)]
    if main_acts:
        first_violent = main_acts
    if trig.violent and first_violent and first_violent[0].start < trig.start:
        trig = first_violent[0]
    arrest_told = any(t.cls == "arrest" or t.cls == "prefix:arrest" for t in trigs)
    hits = [
        h
        for h in st.actors
        if s <= h.start < e and not imputed_identity(text[s:e], s, h, arrest_told) and not _place_holder(text, h)
    ]
    if arrest_told:
        hits = _held_as_members(text, hits)
    if st.language in ("en", "fr") and main in ("protest", "riot"):
        # "to denounce the killing of a Dogon hunter": who the crowd's grievance is about took no part in it
        hits = _before_grievance(text, s, e, hits, st.language)
    # the parties of an earlier event or of an accusation are not this event's sides
    spans = _main_verb_ends(text[s:e], background_spans(text[s:e]))
    # a suspected membership of the people held is who they are, not an accusation's party
    members = [h for h in hits if arrest_told and IMPUTED_MEMBERSHIP.search(text[max(s, h.start - 80) : h.start])]
    foreground = [h for h in hits if not in_spans(h.start - s, spans) or h in members]
    if foreground:
        hits = foreground
    # the sides of an earlier act dated from this one ("Two days after X killed Y, Z shot ...") are left out
    # only when the main clause names both of its own: "a week after FACT rebels crossed into Tibesti, the
    # army clashed with their column" points back at them
    earlier = earlier_act_spans(text[s:e])
    later = [h for h in hits if not in_spans(h.start - s, earlier)]
    verb = trig
    trig, roles = _sides(text, st, sent, verb, real, later or hits)
    if later and len(later) < len(hits) and not (roles.initiators and roles.targets):
        trig, roles = _sides(text, st, sent, verb, real, hits)
    else:
        hits = later or hits
    if roles.targets:
        spoken = [
            h
            for h in roles.targets
            if h.start > trig.end and _SPOKEN_TO.search(text[max(trig.end, h.start - 40) : h.start])
        ]
        if spoken:
            roles = Roles(roles.initiators, [h for h in roles.targets if h not in spoken], roles.assoc)
    others = tuple(
        h.kind
        for h in hits
        if h not in roles.initiators
        and h not in roles.targets
        and not _SOURCE_BEFORE.search(text[max(0, h.start - 30) : h.start])
    )
    typed = type_event(
        classes,
        _kinds(roles.initiators),
        _kinds(roles.targets),
        others,
        tuple(t.text.lower() for t in trigs),
        language=st.language,
    )
    if typed is None:
        return None
    arrest = [t for t in real if t.cls == "arrest"]
    if (
        main == "attack"
        and arrest
        and classes <= {"attack", "arrest"}
        and all(_RAID_WORD.fullmatch(t.text) for t in real if t.cls == "attack")
        and _RAID_ON_BUILDING.search(text[s:e])
        and roles.initiators
        and roles.initiators[0].kind in ("state", "international", "militia")
    ):
        # "police raided a house and arrested four suspects": a search of a building that ends in detentions,
        # with no fighting or harm told, is the arrest (ACLED codebook: Arrests by state forces or
        # authorities); the people held are the sides, not the house searched
        typed = ("Strategic developments", "Arrests")
        held = complete_roles(
            assign_roles(text[s:e], s, hits, arrest[0], st.language), text[s:e], s, hits, arrest[0], st.actors
        )
        if held.initiators and held.targets:
            roles = held
    if typed[1] == "Disrupted weapons use" and roles.targets:
        # "destroyed a terrorist hideout": a group word that only describes the place or cache wrecked names
        # nobody who took part (ACLED codes a disrupted weapons use with no actor2 unless one is engaged)
        kept = [h for h in roles.targets if not _ATTRIBUTIVE_SITE.match(text, h.end)]
        if len(kept) < len(roles.targets):
            roles = Roles(roles.initiators, kept, roles.assoc)
    if typed[0] == "Battles" and main in ("attack", "kill", "abduct") and _unarmed_receiver(text, sent, hits, roles):
        # only the attackers are armed (a mayor's car ambushed, a judge's driver killed): ACLED codes the
        # attack as violence against civilians; an escort, a guard or return fire keeps it a battle
        sub = "Abduction/forced disappearance" if main == "abduct" else "Attack"
        typed = ("Violence against civilians", sub)
    typed = _armed_position_or_ground(text[s:e], roles, typed)
    nxt = [n for n in st.sentences if n[0] >= e][:1]
    told_mutual = any(_BOTH_SIDES.search(text[a:b]) for a, b in [sent, *nxt])
    communal = _communal_fight(text[s:e], classes | {"clash"} if told_mutual else classes, hits)
    if communal is not None:
        roles, typed = communal, ("Battles", "Armed clash")
    elif "clash" in classes and typed[0] == "Violence against civilians" and _land_users_fought(roles):
        typed = ("Battles", "Armed clash")
    if main == "attack" and _attack_on_military_site(text[s:e], hits, roles, typed):
        typed = ("Battles", "Armed clash")
    if typed[1] == "Change to group/activity" and roles.targets and not roles.initiators:
        # "The MSA announced that it was suspending its patrols": the group that changes its own activity is
        # the one acting, told as the subject of the verb that reports it (ACLED codebook, Strategic
        # developments: Change to group/activity lists the group as actor1)
        roles = Roles(roles.targets[:1], roles.targets[1:], roles.assoc)
    if typed[1] == "Headquarters or base established" and roles.targets:
        # "set up its headquarters at the airport, after local fighters agreed to hand over the town": who let
        # the force in is told in a clause of its own, a cause and not a side of the base set up
        kept = [h for h in roles.targets if not (h.start > trig.end and _CAUSE_CLAUSE.search(text[trig.end : h.start]))]
        if len(kept) < len(roles.targets):
            roles = Roles(roles.initiators, kept, roles.assoc)
    if typed == ("Riots", "Violent demonstration") and any(_CROWD_ON_PERSON.search(t.text) for t in real):
        # a crowd that set on a person rather than on property or the police (ACLED codebook, Riots: "Mob
        # violence" is violence by a crowd against people, vigilante justice included)
        typed = ("Riots", "Mob violence")
    sides = roles.initiators + roles.targets
    if (
        main == "clash"
        and typed[0] == "Violence against civilians"
        and sides
        and all(_UNARMED_CROWD.fullmatch(h.text) for h in sides)
    ):
        # students or youths fighting each other are no armed, organised side and nobody is attacked
        # defenceless: ACLED codes the brawl as a riot
        typed = ("Riots", "Mob violence")
    return _Draft(sent, trig, classes, roles, typed[0], typed[1])
