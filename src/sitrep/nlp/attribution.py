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
from sitrep.nlp.limits import SHORT_NOTE_CHARS
from sitrep.nlp.scene import Scene
from sitrep.nlp.sides import CIVILIANS, GOVERNMENT, TWO_SIDED, UNIDENTIFIED, tag
from sitrep.nlp.victims import (
    casualty_comrades,
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


def _no_civilian_side(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """ACLED never codes Civilians as a side of a battle or of a protest (codebook, event types: a battle
    is fought by two organised armed groups; a protest's only actor is the protesters, and civilians
    met by force make it "Excessive force against protesters" with Protesters as actor2). A word such as
    "people" or "village" that word order put on the receiving end of a battle ("5 people were killed in
    an attack ... on CJA positions") is the toll, not a side: it is dropped, and the organised force the
    sentence names on neither side takes its place."""
    if scene.event_type not in _NO_CIVILIAN_TYPES or not any(a.canonical.startswith(CIVILIANS) for a in out):
        return out
    kept = [a for a in out if not (a.canonical.startswith(CIVILIANS) and a.role in ("actor1", "actor2"))]
    if scene.event_type == "Battles" and not any(a.role == "actor2" for a in kept) and scene.scope is not None:
        listed = {a.canonical for a in kept}
        for h in scene.hits:
            if not (scene.scope[0] <= h.start < scene.scope[1]) or h.kind not in _BATTLE_KINDS:
                continue
            name = load_kb().resolve(h, scene.country, scene.when)
            if name in listed:
                continue
            kept.append(ActorMention(h.text, name, "actor2", None))
            break
    return kept


# a force named just before an active firing verb fired ("LNA forces shelled Ain Zara"); the passive or a
# target phrase ("army post subjected to shelling", "rockets hit the MINUSMA camp") stays the victim
_FIRED = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:shelled|bombarded|"
    # "fired several Grad rockets", "launched two mortar shells": a count or a make may stand before the munition
    r"(?:fired|launched)\s+(?:(?:several|some|a\s+salvo\s+of|a\s+barrage\s+of|\d+|two|three|four|five|six|"
    r"dozens\s+of|(?-i:[A-Z][\w-]*)|mortar|artillery)\s+){0,3}?(?:rockets?|mortars?|shells?|artillery|missiles?))\b",
    re.IGNORECASE,
)


# a defender's verb right after the only side named: who attacked it is left unsaid
_REPELLED = re.compile(
    r"^\s+(?:(?:have|has|had|ont|a|avaient|avait)\s+)?(?:\w+ly\s+)?(?:repuls\w*|repel\w*|fended\s+off|"
    r"fought\s+off|beat\s+back|repouss\w*)\s+(?:an?\s+|the\s+|une?\s+|l['’]\s*|les\s+)?(?:\w+\s+)?"
    r"(?:attacks?|assaults?|raids?|attaques?|assauts?|incursions?)\b",
    re.IGNORECASE,
)


_LAID_BY = re.compile(
    r"\b(?:left(?: behind)?|planted|laid|placed)\s+by\s+(?:(?:the|withdrawing|retreating|departing)\s+)*$",
    re.IGNORECASE,
)


# a munition "fired from positions held by X", "tirés depuis des positions tenues par X": where it came from names
# who fired it (unlike "a position held by X was shelled", where X is the garrison struck)
_FIRED_FROM_HELD = re.compile(
    r"\b(?:fired|launched|tirée?s?|lancée?s?)\s+(?:from|depuis)\s+(?:the\s+|des\s+|les\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:held|controlled|occupied|manned|tenues?|contrôlée?s?|occupée?s?)\s+(?:by|par)\s+(?:the\s+|les\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


def _unnamed_other_side(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A battle has two sides, and a bomb someone who laid it: when the note names only one side, the
    other is "Unidentified Armed Group (country)" (ACLED codebook: unknown perpetrators). When that one
    side is a government or peacekeeping force and the act is a mine, IED, shell or rocket, the force is
    on the receiving end ("MINUSMA vehicle hit an IED", "army post subjected to shelling"); air and
    drone strikes are the exception, flown by states."""
    if scene.event_type not in TWO_SIDED or scene.sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if scene.event_type == "Battles" and scene.country and MILITARY_SITE.search(scene.text):
        # "militants attacked two military camps": the garrison of the site is the other side, the army of
        # the country (ACLED names a force by its state when the report does not name the unit)
        army = load_kb().entries.get(f"military:{scene.country}")
        if army is not None and firsts and not any(a.canonical.startswith(GOVERNMENT) for a in firsts):
            name = army.resolve(scene.country, scene.when)
            return [*out, ActorMention(name, name, "actor2", None)]
    if not firsts or any(a.canonical.startswith(UNIDENTIFIED) for a in firsts):
        return out
    uag = ActorMention(tag(UNIDENTIFIED, scene.country), tag(UNIDENTIFIED, scene.country), "actor1", None)
    fired = scene.sub_event_type == "Shelling/artillery/missile attack" and any(
        a.span is not None
        and (m := _FIRED.match(scene.text[a.span.end : a.span.end + 60])) is not None
        and not re.search(r"\b(?:was|were|been|being|is|are)\b", m.group(0), re.IGNORECASE)
        for a in firsts
    )
    # "rockets fired from positions held by LNA forces": the force holding the firing position fired them
    fired = fired or (
        scene.sub_event_type == "Shelling/artillery/missile attack"
        and any(
            a.span is not None and _FIRED_FROM_HELD.search(scene.text[max(0, a.span.start - 80) : a.span.start])
            for a in firsts
        )
    )
    # "a landmine left behind by withdrawing LNA forces": the force that laid the device is its author, and with
    # no other side named the device hit whoever came upon it, civilians (ACLED codes the harm of mines left
    # behind to the force that laid them)
    laid = scene.event_type == "Explosions/Remote violence" and any(
        a.span is not None and _LAID_BY.search(scene.text[max(0, a.span.start - 50) : a.span.start]) is not None
        for a in firsts
    )
    if laid:
        civ = tag(CIVILIANS, scene.country)
        return [*out, ActorMention(civ, civ, "actor2", None)]
    # "Dozo hunters repelled an attack on Samorogouan": the one side named held off attackers nobody names
    repelled = scene.event_type == "Battles" and all(
        a.span is not None and _REPELLED.match(scene.text[a.span.end : a.span.end + 60]) is not None for a in firsts
    )
    if repelled or (
        scene.event_type == "Explosions/Remote violence"
        and not fired
        and all(a.canonical.startswith(GOVERNMENT) for a in firsts)
    ):
        moved = [ActorMention(a.name, a.canonical, "actor2", a.span) if a.role == "actor1" else a for a in out]
        return [uag, *moved]
    if fired and _CIVILIAN_TOLL.search(scene.text):
        # "LNA forces shelled residential areas. Four civilians were killed": the shells fell on civilians
        civ = tag(CIVILIANS, scene.country)
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
    scene = Scene(event_type, text, hits, country, when, scope, sub_event_type)
    out = _armed_community(list(actors), scene)
    out = _civilian_initiators(out, scene)
    claimant = find_claimant(text, hits)
    out = force_victim(out, scene)
    out = leader_casualty(out, scene)
    if claimant is None:
        out = _unnamed_other_side(out, scene)
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
        out = state_perpetrator(out, scene)
    out = _generic_named_before(out, scene)
    generic = {"Protests": "Protesters", "Riots": "Rioters"}.get(event_type)
    if generic is not None:
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(CIVILIANS):
                out[i] = ActorMention(a.name, tag(generic, country), "actor1", a.span)
    out = demonstration_sides(out, scene)
    out = looting(out, scene)
    out = property_only(out, scene)
    out = vehicle_victims(out, scene)
    out = civilian_victims(out, scene)
    out = _no_civilian_side(out, scene)
    out = herders(out, scene)
    out = victim_identity(out, scene)
    out = worship_identity(out, scene)
    out = _bracketed_people(out, text, hits)
    out = _member_not_opponent(out, scene)
    out = _allied_forces(out, scene)
    out = casualty_comrades(out, scene)
    out = _community_party(out, scene)
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


def _generic_named_before(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """ "Hunters tried to break the blockade JNIM militants imposed on the village. Three militants were killed":
    in a short note, a bare "militants" (ACLED's "Islamist Militia") repeats the head noun of the one named
    group the note called by it before, and points back to that group (ACLED codes the named group). Two
    groups named with that noun, or a group named after the bare word, leave it open."""
    if len(scene.text) > SHORT_NOTE_CHARS:
        return out
    fixed: list[ActorMention] = []
    for a in out:
        if a.canonical.startswith("Islamist Militia") and a.role in ("actor1", "actor2") and a.span is not None:
            start, noun = a.span.start, a.name.lower()
            named = {
                h.entry.key: h
                for h in scene.hits
                if h.kind in ("rebel", "islamist")
                and "{country}" not in h.entry.canonical
                and h.end <= start
                and h.text.lower().endswith(" " + noun)
            }
            if len(named) == 1:
                name = next(iter(named.values())).entry.resolve(scene.country, scene.when)
                if any(b.canonical == name for b in out):
                    continue
                a = ActorMention(a.name, name, a.role, a.span)
        fixed.append(a)
    return fixed


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
            if b is a or b.canonical != parent or b.role != a.role or b.span is None:
                continue
            lo, hi = sorted((a.span, b.span), key=lambda sp: sp.start)
            if _BESIDE.fullmatch(text[lo.end : hi.start]):
                drop.append(a)
                break
    return [a for a in out if a not in drop]


# what stands between two names of one side: a bracket, a slash, a dash, a possessive
_BESIDE = re.compile(r"\s*(?:\(|\)\s*|/|-|–|'s\s+|’s\s+|,\s*)?\s*")
