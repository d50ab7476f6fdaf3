"""Actor rules of :func:`sitrep.nlp.attribution.refine_actors` for communities: when an armed community or a
town's people is a side, and which side the parties of a pact sit on.

Split from :mod:`sitrep.nlp.attribution` because these rules share one question (is a community named as
a side, and in which role), apart from who the armed agents are.
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention
from sitrep.nlp.actors import load_kb
from sitrep.nlp.scene import Scene
from sitrep.nlp.sides import CIVILIANS, UNIDENTIFIED, VIOLENT, tag

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


def _armed_community(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """The people of a place who fight ("clashes between jihadists and locals", "youths in the village
    repelled an attack by bandits") or seize armed men and hand them over are no longer civilians: ACLED
    codes a community's self-defence as "Vigilante Militia (country)" (codebook: civilians who take up
    arms are a militia, never Civilians as a side of a battle). A counted group ("two youths") is a toll,
    and a single person or a trade stays what it was."""
    if scene.event_type == "Strategic developments":
        if not any(a.role == "actor2" and a.canonical.startswith(_ARMED_SIDES) for a in out):
            return out
        roles: tuple[str, ...] = ("actor1",)
    elif scene.event_type == "Battles":
        roles = ("actor1", "actor2")
    else:
        return out
    vigilantes = tag("Vigilante Militia", scene.country)
    fixed: list[ActorMention] = []
    for a in out:
        if (
            a.role in roles
            and a.canonical.startswith(CIVILIANS)
            and a.name.lower() in _COMMUNITY
            and a.span is not None
            and not _COUNTED.search(scene.text[max(0, a.span.start - 25) : a.span.start])
        ):
            town = _TOWN_BEFORE.search(scene.text[max(0, a.span.start - 30) : a.span.start])
            if town is not None and town.group(1).lower() not in _NOT_TOWNS and not _is_demonym(town.group(1)):
                # "a brawl between gendarmes and Ayorou youths": a community named after its town
                name = tag(f"{town.group(1)} Communal Militia", scene.country)
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


def _civilian_initiators(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """Civilians are never the side that starts political violence (ACLED codebook: civilians are victims,
    coded as actor2 of violence against civilians and of remote violence). A civilian word that word order
    put first is one of two things: an anonymous doer ("two men shot ...") is an unidentified armed group;
    anything else (a mayor, a minibus, "one civilian dead following ... a mine") is the victim."""
    if scene.event_type not in VIOLENT:
        return out
    uag = tag(UNIDENTIFIED, scene.country)
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


_PARTY_TYPES = frozenset({"Agreement", "Non-violent transfer of territory"})


def _community_party(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A community that signs a pact is a party, not a victim: "Dan Na Ambassagou and Fulani community
    leaders signed an agreement" has the Fulani Ethnic Group as actor2 (ACLED codebook: identity groups are
    actors in their own right when they act), not Civilians with the group associated."""
    if scene.sub_event_type not in _PARTY_TYPES:
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
