"""Document-level corrections of an event's actor list, by ACLED's coding conventions.

The sentence that carries an event often does not name who did it ("Mine hits army truck outside
Tessit."), while another sentence of the same note does ("ISGS later said it laid the mine."). And the generic
people of a sentence change their ACLED name with the event type: "residents" who march are
"Protesters", who burn tyres "Rioters". These rules need the whole note and the coded type, so they run
after sentence-level coding: :func:`refine_actors` takes the actor list the extractor built and returns
the corrected one.
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.model import ActorMention, Span
from sitrep.nlp.actor_claims import find_claimant
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.attribution_agents import (
    _BATTLE_KINDS,
    _allied_forces,
    _bracketed_people,
    _member_not_opponent,
    _named_agent,
    _named_perpetrators,
    _same_group,
)
from sitrep.nlp.attribution_communities import (
    _CIVILIAN_TOLL,
    _armed_community,
    _civilian_initiators,
    _community_party,
)
from sitrep.nlp.crowds import demonstration_sides
from sitrep.nlp.drafts import RIVAL_SIDES
from sitrep.nlp.event_types import MILITARY_SITE
from sitrep.nlp.sides import CIVILIANS, GOVERNMENT, TWO_SIDED, UNIDENTIFIED, tag
from sitrep.nlp.victims import (
    civilian_victims,
    force_victim,
    herders,
    leader_casualty,
    looting,
    property_only,
    state_perpetrator,
    vehicle_victims,
    victim_identity,
    worship_identity,
)

__all__ = ["refine_actors"]


_NO_CIVILIAN_TYPES = frozenset({"Battles", "Protests"})


def _no_civilian_side(
    out: list[ActorMention],
    event_type: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    when: date | None,
    country: str | None,
) -> list[ActorMention]:
    """ACLED never codes Civilians as a side of a battle or of a protest (codebook, event types: a battle
    is fought by two organised armed groups; a protest's only actor is the protesters, and civilians
    met by force make it "Excessive force against protesters" with Protesters as actor2). A word such as
    "people" or "village" that word order put on the receiving end of a battle ("5 people were killed in
    an attack ... on CJA positions") is the toll, not a side: it is dropped, and the organised force the
    sentence names on neither side takes its place."""
    if event_type not in _NO_CIVILIAN_TYPES or not any(a.canonical.startswith(CIVILIANS) for a in out):
        return out
    kept = [a for a in out if not (a.canonical.startswith(CIVILIANS) and a.role in ("actor1", "actor2"))]
    if event_type == "Battles" and not any(a.role == "actor2" for a in kept) and scope is not None:
        listed = {a.canonical for a in kept}
        for h in hits:
            if not (scope[0] <= h.start < scope[1]) or h.kind not in _BATTLE_KINDS:
                continue
            name = load_kb().resolve(h, country, when)
            if name in listed:
                continue
            kept.append(ActorMention(h.text, name, "actor2", None))
            break
    return kept


# a force named just before an active firing verb fired ("LNA forces shelled Ain Zara"); the passive or a
# target phrase ("army post subjected to shelling", "rockets hit the MINUSMA camp") stays the victim
_FIRED = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:shelled|bombarded|fired (?:rockets?|mortars?|shells?|artillery|missiles?)|"
    r"launched (?:rockets?|mortars?|missiles?))\b",
    re.IGNORECASE,
)


# a defender's verb right after the only side named: who attacked it is left unsaid
_REPELLED = re.compile(
    r"^\s+(?:(?:have|has|had|ont|a|avaient|avait)\s+)?(?:\w+ly\s+)?(?:repuls\w*|repel\w*|fended\s+off|"
    r"fought\s+off|beat\s+back|repouss\w*)\s+(?:an?\s+|the\s+|une?\s+|l['’]\s*|les\s+)?(?:\w+\s+)?"
    r"(?:attacks?|assaults?|raids?|attaques?|assauts?|incursions?)\b",
    re.IGNORECASE,
)


def _unnamed_other_side(
    out: list[ActorMention],
    event_type: str,
    sub_event_type: str | None,
    country: str | None,
    text: str = "",
    when: date | None = None,
) -> list[ActorMention]:
    """A battle has two sides, and a bomb someone who laid it: when the note names only one side, the
    other is "Unidentified Armed Group (country)" (ACLED codebook: unknown perpetrators). When that one
    side is a government or peacekeeping force and the act is a mine, IED, shell or rocket, the force is
    on the receiving end ("MINUSMA vehicle hit an IED", "army post subjected to shelling"); air and
    drone strikes are the exception, flown by states."""
    if event_type not in TWO_SIDED or sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if event_type == "Battles" and country and MILITARY_SITE.search(text):
        # "militants attacked two military camps": the garrison of the site is the other side, the army of
        # the country (ACLED names a force by its state when the report does not name the unit)
        army = load_kb().entries.get(f"military:{country}")
        if army is not None and firsts and not any(a.canonical.startswith(GOVERNMENT) for a in firsts):
            name = army.resolve(country, when)
            return [*out, ActorMention(name, name, "actor2", None)]
    if not firsts or any(a.canonical.startswith(UNIDENTIFIED) for a in firsts):
        return out
    uag = ActorMention(tag(UNIDENTIFIED, country), tag(UNIDENTIFIED, country), "actor1", None)
    fired = sub_event_type == "Shelling/artillery/missile attack" and any(
        a.span is not None
        and (m := _FIRED.match(text[a.span.end : a.span.end + 60])) is not None
        and not re.search(r"\b(?:was|were|been|being|is|are)\b", m.group(0), re.IGNORECASE)
        for a in firsts
    )
    # "Dozo hunters repelled an attack on Samorogouan": the one side named held off attackers nobody names
    repelled = event_type == "Battles" and all(
        a.span is not None and _REPELLED.match(text[a.span.end : a.span.end + 60]) is not None for a in firsts
    )
    if repelled or (
        event_type == "Explosions/Remote violence"
        and not fired
        and all(a.canonical.startswith(GOVERNMENT) for a in firsts)
    ):
        moved = [ActorMention(a.name, a.canonical, "actor2", a.span) if a.role == "actor1" else a for a in out]
        return [uag, *moved]
    if fired and _CIVILIAN_TOLL.search(text):
        # "LNA forces shelled residential areas. Four civilians were killed": the shells fell on civilians
        civ = tag(CIVILIANS, country)
        return [*out, ActorMention(civ, civ, "actor2", None)]
    return [*out, ActorMention(uag.name, uag.canonical, "actor2", None)]


def refine_actors(
    actors: tuple[ActorMention, ...],
    *,
    event_type: str,
    text: str,
    hits: list[ActorHit],
    country: str | None,
    when: date | None,
    scope: tuple[int, int] | None = None,
    sub_event_type: str | None = None,
) -> tuple[ActorMention, ...]:
    """``actors`` with the document-level conventions applied (see the module docstring).

    * an unnamed attacker (actor1 "Unidentified Armed Group") becomes the group that claimed the attack
      anywhere in the note;
    * in Protests, civilians on the acting side are "Protesters (country)"; in Riots, "Rioters (country)";
    * battles and protests have no Civilians side (``scope``: the sentence that carries the event, where
      an organised force replacing a dropped civilian side is looked for).
    """
    out = _armed_community(list(actors), event_type, text, country)
    out = _civilian_initiators(out, event_type, country)
    claimant = find_claimant(text, hits)
    out = force_victim(out, event_type, sub_event_type, text, hits, scope, country, when)
    out = leader_casualty(out, event_type, text, hits, scope, country, when)
    if claimant is None:
        out = _unnamed_other_side(out, event_type, sub_event_type, country, text, when)
    if claimant is not None and event_type in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    ):
        name = claimant.resolve(country, when)
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(UNIDENTIFIED):
                out[i] = ActorMention(a.name, name, "actor1", a.span)
            elif a.role == "actor1" and a.canonical != name and not _same_group(a.canonical, claimant):
                # the claimant started it: whoever the sentence put first ("MINUSMA convoy struck by an
                # IED ... claimed by JNIM") was on the receiving end
                out[i] = ActorMention(a.name, a.canonical, "actor2", a.span)
        if not any(a.role == "actor1" for a in out):
            out.insert(0, ActorMention(claimant.canonical, name, "actor1", None))
    agent = _named_agent(text, hits) if claimant is None else None
    if agent is not None and event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        # "Armed men stormed the village. Three villagers were executed by JNIM": the note names the
        # anonymous attackers as the agent of its passive
        name = agent.resolve(country, when)
        out = [
            ActorMention(a.name, name, "actor1", a.span)
            if a.role == "actor1" and a.canonical.startswith(UNIDENTIFIED)
            else a
            for a in out
        ]
    blamed = _named_perpetrators(text, hits) if claimant is None and agent is None else []
    if blamed and event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        # "... traders shot on the road. The attackers are thought to be Ganda Izo and CMA fighters":
        # the first group named is the attacker, the others its associates (codebook: associated actors)
        head = blamed[0]
        first = head.entry.resolve(country, when)
        if any(a.role == "actor1" and a.canonical.startswith(UNIDENTIFIED) for a in out):
            out = [
                ActorMention(head.text, first, "actor1", Span(head.start, head.end))
                if a.role == "actor1" and a.canonical.startswith(UNIDENTIFIED)
                else a
                for a in out
            ]
            listed = {a.canonical for a in out}
            for h in blamed[1:]:
                name = h.entry.resolve(country, when)
                if name not in listed:
                    out.append(ActorMention(h.text, name, "assoc", Span(h.start, h.end)))
                    listed.add(name)
    if claimant is None:
        out = state_perpetrator(out, event_type, text, hits, scope, country, when)
    generic = {"Protests": "Protesters", "Riots": "Rioters"}.get(event_type)
    if generic is not None:
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(CIVILIANS):
                out[i] = ActorMention(a.name, tag(generic, country), "actor1", a.span)
    out = demonstration_sides(out, event_type, text, hits, scope, country, when)
    out = looting(out, event_type, sub_event_type, text, hits, scope, country)
    out = property_only(out, event_type, text, scope)
    out = vehicle_victims(out, event_type, sub_event_type, text, scope, country)
    out = civilian_victims(out, event_type, country)
    out = _no_civilian_side(out, event_type, hits, scope, when, country)
    out = herders(out, event_type, country)
    out = victim_identity(out, event_type, hits, scope, country, when)
    out = worship_identity(out, event_type, text, scope, country)
    out = _bracketed_people(out, text, hits)
    out = _member_not_opponent(out, event_type, hits, scope, country, when)
    out = _allied_forces(out, event_type, text, hits, scope, country, when)
    out = _community_party(out, sub_event_type)
    out = _component_beside_parent(out, text, hits)
    # one actor named twice (an alias and the claimant it resolved to) is listed once
    seen: set[tuple[str, str]] = set()
    uniq: list[ActorMention] = []
    for a in out:
        rival = (
            a.role == "actor2"
            and a.canonical.startswith("Unidentified Armed Group")
            and scope is not None
            and RIVAL_SIDES.search(text[scope[0] : scope[1]]) is not None
        )
        if (a.canonical, a.role) in seen or (
            not rival and a.role != "actor1" and any(b.canonical == a.canonical and b.role == "actor1" for b in uniq)
        ):
            continue
        seen.add((a.canonical, a.role))
        uniq.append(a)
    return tuple(uniq)


def _component_beside_parent(out: list[ActorMention], text: str, hits: list[ActorHit]) -> list[ActorMention]:
    """ "Katiba Macina (JNIM) attacked", "JNIM's Katiba Macina": a component named right beside the movement it
    belongs to (actors.yaml ``parent``) is that movement's side, and ACLED codes the movement alone (ACLED's Mali
    data code "JNIM's Katiba Macina" as JNIM), so the component is not listed beside it. Two groups named
    apart ("JNIM and AQIM fighters") are left alone."""
    parents = {h.start: h.entry.parent for h in hits if h.entry.parent}
    drop: list[ActorMention] = []
    for a in out:
        parent = parents.get(a.span.start) if a.span is not None else None
        if a.span is None or parent is None or a.role not in ("actor1", "actor2"):
            continue
        for b in out:
            if b.canonical != parent or b.role != a.role or b.span is None:
                continue
            lo, hi = sorted((a.span, b.span), key=lambda sp: sp.start)
            if _BESIDE.fullmatch(text[lo.end : hi.start]):
                drop.append(a)
                break
    return [a for a in out if a not in drop]


# what stands between two names of one side: a bracket, a slash, a dash, a possessive
_BESIDE = re.compile(r"\s*(?:\(|\)\s*|/|-|–|'s\s+|’s\s+|,\s*)?\s*")
