"""Actor rules of :func:`sitrep.nlp.attribution.refine_actors` for armed agents: allied forces, members named
with their group, and perpetrators a note names outside the sentence of the event.

Split from :mod:`sitrep.nlp.attribution` because these rules share one question (which named force or group
is the side, and whose side it is), apart from the rules on communities and civilians.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sitrep.model import ActorMention, Span
from sitrep.nlp.actors import ActorEntry, ActorHit, load_kb
from sitrep.nlp.scene import Scene
from sitrep.nlp.sides import GOVERNMENT, note_scope

# kinds that can be a side of a battle (ACLED codebook: "a violent interaction between two politically
# organised armed groups"); civilians, protesters and identity groups cannot
_BATTLE_KINDS = frozenset({"state", "international", "rebel", "militia", "ethnic_militia", "islamist"})


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


def _allied_forces(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A second government or peacekeeping force the note names in a battle ("Barkhane intervened with
    airstrikes", "evacuated by French troops", "a soldier and a peacekeeper dead") took part in it on the
    side of the force already coded: ACLED lists every joint force of an engagement, the first as the side
    and the others as associated actors (codebook: "associated actors ... operating alongside")."""
    if scene.event_type != "Battles":
        return out
    sides = [a.canonical for a in out if a.role in ("actor1", "actor2")]
    if not any(c.startswith(GOVERNMENT) for c in sides):
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    kb = load_kb()
    listed = {_state_of(a.canonical) for a in out}
    states = {a.canonical for a in out if _FORCE_OF.match(a.canonical)}
    added: list[ActorMention] = []
    for h in scene.hits:
        if not (lo <= h.start < hi) or h.kind not in _FORCE_KINDS or h.entry.key.startswith("Government of"):
            continue
        if h.entry.key.endswith(":@doc") and states:
            # a bare "police" beside a named country's force is that country's police
            continue
        name = kb.resolve(h, scene.country, scene.when)
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


def _member_not_opponent(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A group and its own member unit ("JNIM's Katiba Macina") cannot fight each other: the unit named
    on the other side of a battle is the same side named twice, so it is dropped, and the force the
    sentence names on neither side is the opponent (ACLED codes member units under the coalition: acled-
    actors, JNIM's constituent groups)."""
    if scene.event_type != "Battles":
        return out
    firsts = {a.canonical for a in out if a.role == "actor1"}
    parents = {h.start: h.entry.parent for h in scene.hits if h.entry.parent}
    members = [a for a in out if a.role == "actor2" and a.span is not None and parents.get(a.span.start) in firsts]
    if not members:
        return out
    kept = [a for a in out if a not in members]
    if scene.scope is not None and not any(a.role == "actor2" for a in kept):
        listed = {a.canonical for a in out}
        for h in scene.hits:
            if scene.scope[0] <= h.start < scene.scope[1] and h.kind in _BATTLE_KINDS:
                name = load_kb().resolve(h, scene.country, scene.when)
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
    r"(?:to\s+(?:be|have\s+been)\s+)?|"
    # "the attackers were later identified as JNIM fighters": an identification after the act names them
    r"(?:(?:are|were|is|was|have|has)\s+(?:(?:later|subsequently|since|formally|been)\s+){0,3}"
    r"identified\s+as\s+)|(?:sont|seraient|serait|est|étaient|seraient\s+des|présumés\s+sont)\s+)"
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
    # "blamed the attack on X", "a imputé l'attaque à X", "attribue l'attentat à X": the act named between the
    # verb and the one it is laid on
    r"(?:blamed|attributed|imputed|imput\w*|attribu\w*)\s+(?:the|this|that|l['’]|cette|cet|les?|la|ces)\s*"
    r"(?:\w+\s+){0,2}?(?:attacks?|ambush|assault|raid|killings?|bombings?|blasts?|explosions?|massacre|strikes?|"
    r"attaques?|attentats?|embuscades?|tueries?|massacres?|explosions?|assassinats?|enlèvements?|kidnappings?|"
    r"abductions?)\s+(?:on|to|à|aux?)|"
    # "the attack bore the hallmarks of Boko Haram", "porte la signature de l'EIGS": the modus operandi names it
    r"(?:the\s+)?(?:hallmarks?|signature|trademark|modus\s+operandi)\s+of|"
    r"(?:la\s+)?(?:marque|signature|mode\s+opératoire)\s+d[eu']?)\s*"
    # "blamed Khalifa Haftar's LNA": the leader's possessive names the same force
    r"(?:the\s+|les?\s+|la\s+|l['’])?(?:\w+(?:\s+\w+)?['’]s\s+)?"
    # "accused members of the Koglweogo of carrying out the killings": the members stand for their group
    r"(?:(?:members|elements|fighters|militants|men|membres|éléments|combattants)\s+(?:of|d[eu']|des)\s+"
    r"(?:the\s+|l['’]|la\s+)?)?$",
    re.IGNORECASE,
)


_BLAMABLE_KINDS = _AGENT_KINDS | {"ethnic_militia", "state", "international"}


# "JAS, the Shekau faction of Boko Haram, is suspected", "l'EIGS est soupçonné": the group named as the subject
# of a suspicion is the note's perpetrator (an apposition between name and verb may describe the group)
_IS_SUSPECTED = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:is|are|was|were|est|sont|serait|seraient|était|étaient)\s+"
    r"(?:(?:widely|strongly|also|now|again|largely|fortement|également|aussi)\s+)?"
    r"(?:suspected|blamed|believed\s+(?:to\s+be\s+)?(?:responsible|behind)|held\s+responsible|"
    r"thought\s+to\s+be\s+(?:responsible|behind)|the\s+(?:main|prime|chief)\s+suspects?|"
    r"soupçonnée?s?|suspectée?s?|mise?s?\s+en\s+cause|pointée?s?\s+du\s+doigt|tenue?s?\s+pour\s+responsables?)"
    r"\b",
    re.IGNORECASE,
)


# "Suspected Boko Haram militants had planted the device", "des éléments de l'EIGS auraient posé l'engin": a
# sentence after the blast telling who laid the charge (or was behind the attack) names its perpetrator
_DID_IT = re.compile(
    r"^\s*(?:(?:militants?|fighters?|members?|elements?|jihadists?|insurgents?|gunmen|combattants?|"
    r"éléments?|membres?|jihadistes?|djihadistes?)\s+)?"
    r"(?:(?:had|have|has|reportedly|allegedly|probably|likely|avaient|auraient|aurait|avait|ont|a)\s+)*"
    r"(?:planted|laid|placed|buried|set|posé|placé|enfoui|(?:was|were|are|is)\s+behind|"
    r"(?:être|été|sont|seraient|serait|est)\s+à\s+l['’]origine\s+d[eu']?)\s*"
    r"(?:the|a|an|this|that|l['’]|la|le|cet|cette|une?|de\s+l['’]|de\s+la|du)?\s*"
    r"(?:device|mine|landmine|IED|explosives?|bomb|charge|attack|ambush|blast|explosion|engin|"
    r"explosifs?|bombe|attaque|embuscade|attentat)\b",
    re.IGNORECASE,
)


# "Security sources suspected ISWAP of planting the device", "l'armée soupçonne l'EIGS d'avoir posé l'engin":
# the active verb of suspicion with its "of doing" names the perpetrator ("suspected JNIM militants" does not)
_SUSPECT_LEAD = re.compile(
    r"\b(?:suspected|suspects?|accused|soupçonn\w*|suspect\w*)\s+(?:the\s+|les?\s+|la\s+|l['’])?$", re.IGNORECASE
)
_SUSPECT_OF = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:militants?|fighters?|members?|elements?|jihadists?)\s+)?"
    r"(?:of\s+(?:\w+ing|having|being)|d['’](?:avoir|être)|de\s+(?:l['’]|cette|cet)\s*(?:attaque|attentat|embuscade))\b",
    re.IGNORECASE,
)


def _suspected_of(text: str, hit: ActorHit) -> bool:
    """Whether a verb of suspicion makes ``hit`` the doer of the act ("suspected ISWAP of planting it")."""
    return (
        _SUSPECT_LEAD.search(text[max(0, hit.start - 30) : hit.start]) is not None
        and _SUSPECT_OF.match(text[hit.end : hit.end + 60]) is not None
    )


def blamed_at(text: str, hit: ActorHit) -> bool:
    """Whether the note names ``hit`` as the one blamed or accused ("The GNA blamed Haftar's LNA")."""
    return _BLAMED.search(text[max(0, hit.start - 40) : hit.start]) is not None


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
            suspected = named and (
                _IS_SUSPECTED.match(text[h.end : h.end + 120])
                or _DID_IT.match(text[h.end : h.end + 120])
                or _suspected_of(text, h)
            )
            if suspected:
                out.append(h)
                break
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
