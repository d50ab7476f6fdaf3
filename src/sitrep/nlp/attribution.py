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
from itertools import pairwise

from sitrep.model import ActorMention, Span
from sitrep.nlp.actors import ActorEntry, ActorHit, find_claimant, load_kb
from sitrep.nlp.crowds import demonstration_sides
from sitrep.nlp.drafts import RIVAL_SIDES
from sitrep.nlp.event_types import MILITARY_SITE
from sitrep.nlp.sides import CIVILIANS, GOVERNMENT, TWO_SIDED, UNIDENTIFIED, VIOLENT, note_scope, tag
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
)

__all__ = ["refine_actors"]


# kinds that can be a side of a battle (ACLED codebook: "a violent interaction between two politically
# organised armed groups"); civilians, protesters and identity groups cannot
_BATTLE_KINDS = frozenset({"state", "international", "rebel", "militia", "ethnic_militia", "islamist"})
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


# what a force's shells hit when no armed side is named: homes and the people in them
_CIVILIAN_TOLL = re.compile(
    r"\b(?:civilians?|residential|neighbou?rhoods?|homes|houses|residents|children|women|quartiers? résidentiels?|"
    r"habitations|civils)\b",
    re.IGNORECASE,
)


# person nouns that say nothing about who someone is: as the doer of violence ("2 men shot a trader",
# "murdered by two individuals") they are the unknown perpetrators, not civilians
_ANONYMOUS_PEOPLE = frozenset(
    {"men", "man", "individuals", "individual", "people", "persons", "person", "youths", "youth", "young men"}
)


# the people of a place as a body, who can take up arms together ("villagers repelled the attack",
# "clashes between jihadists and locals"); a trade or a single person cannot
_COMMUNITY = frozenset(
    {
        "locals",
        "local residents",
        "residents",
        "inhabitants",
        "villagers",
        "population",
        "youths",
        "youth",
        "young men",
        "villageois",
        "habitants",
        "jeunes",
        "populations",
    }
)
# "two youths were killed": a counted group is a toll, not a side
_COUNTED = re.compile(
    r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens? of|"
    r"deux|trois|quatre|cinq|plusieurs))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ARMED_SIDES = (UNIDENTIFIED, "Islamist Militia")


def _armed_community(out: list[ActorMention], event_type: str, text: str, country: str | None) -> list[ActorMention]:
    """The people of a place who fight ("clashes between jihadists and locals", "youths in the village
    repelled an attack by bandits") or seize armed men and hand them over are no longer civilians: ACLED
    codes a community's self-defence as "Vigilante Militia (country)" (codebook: civilians who take up
    arms are a militia, never Civilians as a side of a battle). A counted group ("two youths") is a toll,
    and a single person or a trade stays what it was."""
    if event_type == "Strategic developments":
        if not any(a.role == "actor2" and a.canonical.startswith(_ARMED_SIDES) for a in out):
            return out
        roles: tuple[str, ...] = ("actor1",)
    elif event_type == "Battles":
        roles = ("actor1", "actor2")
    else:
        return out
    vigilantes = tag("Vigilante Militia", country)
    fixed: list[ActorMention] = []
    for a in out:
        if (
            a.role in roles
            and a.canonical.startswith(CIVILIANS)
            and a.name.lower() in _COMMUNITY
            and a.span is not None
            and not _COUNTED.search(text[max(0, a.span.start - 25) : a.span.start])
        ):
            town = _TOWN_BEFORE.search(text[max(0, a.span.start - 30) : a.span.start])
            if town is not None and town.group(1).lower() not in _NOT_TOWNS and not _is_demonym(town.group(1)):
                # "a brawl between gendarmes and Ayorou youths": a community named after its town
                name = tag(f"{town.group(1)} Communal Militia", country)
                a = ActorMention(a.name, name, a.role, a.span)
            else:
                a = ActorMention(a.name, vigilantes, a.role, a.span)
        fixed.append(a)
    return fixed


# a capitalised word right before the community noun, inside a sentence (not its first word)
_TOWN_BEFORE = re.compile(r"(?<=[a-z,&]\s)([A-Z][\w'’-]+)\s+$")
_NOT_TOWNS = frozenset({"local", "angry", "armed", "young", "some", "the", "les", "des", "other", "many"})


def _is_demonym(word: str) -> bool:
    """ "Malian youths", "Fulani youths", "MNLA youths": a nation, a people or a named group, not a town."""
    kb = load_kb()
    w = word.lower()
    return any(w == adj.lower() for adjs in kb.countries.values() for adj in adjs) or any(
        w == alias.lower() for alias, _ in kb.patterns
    )


def _civilian_initiators(out: list[ActorMention], event_type: str, country: str | None) -> list[ActorMention]:
    """Civilians are never the side that starts political violence (ACLED codebook: civilians are victims,
    coded as actor2 of violence against civilians and of remote violence). A civilian word that word order
    put first is one of two things: an anonymous doer ("two men shot ...") is an unidentified armed group;
    anything else (a mayor, a minibus, "one civilian dead following ... a mine") is the victim."""
    if event_type not in VIOLENT:
        return out
    uag = tag(UNIDENTIFIED, country)
    fixed: list[ActorMention] = []
    for a in out:
        if a.role == "actor1" and a.canonical.startswith(CIVILIANS):
            if a.name.lower() in _ANONYMOUS_PEOPLE:
                fixed.append(ActorMention(a.name, uag, "actor1", a.span))
            else:
                fixed.append(ActorMention(a.name, a.canonical, "actor2", a.span))
        else:
            fixed.append(a)
    if not any(a.role == "actor1" for a in fixed) and any(a.role == "actor2" for a in fixed):
        fixed.insert(0, ActorMention(uag, uag, "actor1", None))
    return fixed


def _same_group(canonical: str, claimant: ActorEntry) -> bool:
    """A named member or parent of the claimant ("Ansar Dine" within JNIM) is its own side, not a victim."""
    return canonical in (claimant.parent, claimant.canonical) or canonical.startswith(("Islamist Militia",))


_BRACKET = re.compile(r"\s*\(\s*")


def _bracketed_people(out: list[ActorMention], text: str, hits: list[ActorHit]) -> list[ActorMention]:
    """ "Dozo militia (Bambara)", "hunters (Bambara Dozos)": the bracket names the people the militia is
    drawn from, one side named twice; ACLED names a communal militia by its people ("Bambara Ethnic
    Militia"), so the militia's own name is dropped when that people's side is coded."""
    drop: set[str] = set()
    for a, b in pairwise(hits):
        if a.kind != "militia" or b.kind not in ("ethnic_group", "ethnic_militia"):
            continue
        if not _BRACKET.fullmatch(text[a.end : b.start]):
            continue
        if any(m.span is not None and m.span.start == b.start and m.role != "assoc" for m in out):
            drop.update(m.canonical for m in out if m.span is not None and m.span.start == a.start)
    return [m for m in out if m.canonical not in drop]


# state and peacekeeping forces: the kinds that fight alongside one another in a joint operation
_FORCE_KINDS = frozenset({"state", "international"})


def _allied_forces(
    out: list[ActorMention],
    event_type: str,
    text: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """A second government or peacekeeping force the note names in a battle ("Barkhane intervened with
    airstrikes", "evacuated by French troops", "a soldier and a peacekeeper dead") took part in it on the
    side of the force already coded: ACLED lists every joint force of an engagement, the first as the side
    and the others as associated actors (codebook: "associated actors ... operating alongside")."""
    if event_type != "Battles":
        return out
    sides = [a.canonical for a in out if a.role in ("actor1", "actor2")]
    if not any(c.startswith(GOVERNMENT) for c in sides):
        return out
    lo, hi = note_scope(text, scope)
    kb = load_kb()
    listed = {_state_of(a.canonical) for a in out}
    states = {a.canonical for a in out if _FORCE_OF.match(a.canonical)}
    added: list[ActorMention] = []
    for h in hits:
        if not (lo <= h.start < hi) or h.kind not in _FORCE_KINDS or h.entry.key.startswith("Government of"):
            continue
        if h.entry.key.endswith(":@doc") and states:
            # a bare "police" beside a named country's force is that country's police
            continue
        name = kb.resolve(h, country, when)
        if _state_of(name) in listed or not name.startswith(GOVERNMENT):
            continue
        listed.add(_state_of(name))
        added.append(ActorMention(h.text, name, "assoc", Span(h.start, h.end)))
    return [*out, *added]


_FORCE_OF = re.compile(r"^(?:Military|Police) Forces of (?P<state>[A-Z][\w ]*?)(?: \(|$)")


def _state_of(canonical: str) -> str:
    """The state or mission a force answers to: an army and a police of one country are one government,
    which ACLED codes once (its gendarmes and soldiers at one checkpoint are the same side)."""
    m = _FORCE_OF.match(canonical)
    return m.group("state") if m else canonical


def _member_not_opponent(
    out: list[ActorMention],
    event_type: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """A group and its own member unit ("JNIM's Katiba Macina") cannot fight each other: the unit named
    on the other side of a battle is the same side named twice, so it is dropped, and the force the
    sentence names on neither side is the opponent (ACLED codes member units under the coalition: acled-
    actors, JNIM's constituent groups)."""
    if event_type != "Battles":
        return out
    firsts = {a.canonical for a in out if a.role == "actor1"}
    parents = {h.start: h.entry.parent for h in hits if h.entry.parent}
    members = [a for a in out if a.role == "actor2" and a.span is not None and parents.get(a.span.start) in firsts]
    if not members:
        return out
    kept = [a for a in out if a not in members]
    if scope is not None and not any(a.role == "actor2" for a in kept):
        listed = {a.canonical for a in out}
        for h in hits:
            if scope[0] <= h.start < scope[1] and h.kind in _BATTLE_KINDS:
                name = load_kb().resolve(h, country, when)
                if name not in listed and h.entry.parent not in firsts:
                    kept.append(ActorMention(h.text, name, "actor2", Span(h.start, h.end)))
                    break
    return kept


# a violent participle then "by"/"par" and a few modifiers ("killed by ISGS militants", "tués par des
# éléments de l'EIGS"): the named group after it did the act
_AGENT_LEAD = re.compile(
    r"\b(?:killed|executed|murdered|assassinated|attacked|ambushed|abducted|kidnapped|shot|beheaded|"
    r"tu(?:é|ée|és|ées)|exécut(?:é|ée|és|ées)|assassin(?:é|ée|és|ées)|attaqu(?:é|ée|és|ées)|"
    r"enlev(?:é|ée|és|ées)|abattu(?:e|s|es)?)\s+(?:by|par)\s+(?:[\w'’-]+\s+){0,4}?(?:[ld]['’])?$",
    re.IGNORECASE,
)
_AGENT_KINDS = frozenset({"rebel", "militia", "islamist"})


# "the attackers are said to be X", "les auteurs seraient des éléments de X": the note names who did it
# in a sentence of its own, after the act
_PERPETRATORS_ARE = re.compile(
    r"\b(?:perpetrators?|culprits?|attackers?|assailants?|killers?|auteurs?|assaillants?)\s+"
    r"(?:(?:are|were|is|was)\s+(?:(?:alleged|believed|said|suspected|thought|reported|presumed|likely)\s+)?"
    r"(?:to\s+(?:be|have\s+been)\s+)?|(?:sont|seraient|serait|est|étaient|seraient\s+des|présumés\s+sont)\s+)"
    r"(?:(?:probably|reportedly|allegedly|presumably|members\s+of|elements\s+of|fighters\s+of|"
    r"des\s+éléments\s+d[eu']|des\s+membres\s+d[eu']|the|des|les|du|de\s+l['’])\s*)*$",
    re.IGNORECASE,
)


def _named_agent(text: str, hits: list[ActorHit]) -> ActorEntry | None:
    """The named armed group a passive in the note gives as the agent of a violent act, if any."""
    for h in hits:
        if h.kind not in _AGENT_KINDS or "{country}" in h.entry.canonical:
            continue
        if _AGENT_LEAD.search(text[max(0, h.start - 60) : h.start]):
            return h.entry
    return None


# "Residents blamed X", "the strike was attributed to X", "officials accused X", "the attack bore the hallmarks
# of X": the note names who did it; a state force or a foreign army may be blamed as well as an armed group
_BLAMED = re.compile(
    r"\b(?:blamed|accused|attributed\s+to|blamed\s+on|imputed\s+to|accusent|accusé|attribu[ée]e?s?\s+(?:à|aux?)|"
    # "the attack bore the hallmarks of Boko Haram", "porte la signature de l'EIGS": the modus operandi names it
    r"(?:the\s+)?(?:hallmarks?|signature|trademark|modus\s+operandi)\s+of|"
    r"(?:la\s+)?(?:marque|signature|mode\s+opératoire)\s+d[eu']?)\s*"
    r"(?:the\s+|les?\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_BLAMABLE_KINDS = _AGENT_KINDS | {"ethnic_militia", "state", "international"}


def _named_perpetrators(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """The named armed groups a sentence gives as the perpetrators ("The attackers are thought to be
    Ganda Izo and CMA fighters"): the first, and the ones joined to it by "and", in order."""
    out: list[ActorHit] = []
    prev: ActorHit | None = None
    for h in hits:
        named = h.kind in _AGENT_KINDS | {"ethnic_militia"} and "{country}" not in h.entry.canonical
        if prev is None:
            perpetrator = named and _PERPETRATORS_ARE.search(text[max(0, h.start - 90) : h.start])
            blamed = h.kind in _BLAMABLE_KINDS and _BLAMED.search(text[max(0, h.start - 40) : h.start])
            if perpetrator or blamed:
                out.append(h)
                prev = h
            continue
        if named and re.fullmatch(
            r"\s*(?:,|and|&|/|et|or|ou)\s*(?:the\s+|les?\s+|la\s+|l['’])?", text[prev.end : h.start]
        ):
            if all(h.entry != o.entry for o in out):
                out.append(h)
            prev = h
            continue
        break
    return out


_PARTY_TYPES = frozenset({"Agreement", "Non-violent transfer of territory"})


def _community_party(out: list[ActorMention], sub_event_type: str | None) -> list[ActorMention]:
    """A community that signs a pact is a party, not a victim: "Dan Na Ambassagou and Fulani community
    leaders signed an agreement" has the Fulani Ethnic Group as actor2 (ACLED codebook: identity groups are
    actors in their own right when they act), not Civilians with the group associated."""
    if sub_event_type not in _PARTY_TYPES:
        return out
    groups = [a for a in out if a.role == "assoc" and "Ethnic Group" in a.canonical and a.span is not None]
    for g in groups:
        same = [
            i
            for i, a in enumerate(out)
            if a.role == "actor2" and a.canonical.startswith(CIVILIANS) and a.span == g.span
        ]
        if same:
            i = same[0]
            out = [ActorMention(g.name, g.canonical, "actor2", g.span) if j == i else a for j, a in enumerate(out)]
            out = [a for a in out if a is not g]
    return out


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
    out = _bracketed_people(out, text, hits)
    out = _member_not_opponent(out, event_type, hits, scope, country, when)
    out = _allied_forces(out, event_type, text, hits, scope, country, when)
    out = _community_party(out, sub_event_type)
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
