"""Document-level corrections of an event's actor list, by ACLED's coding conventions.

The sentence that carries an event often does not name who did it ("A FAMa convoy struck an IED near
Boni."), while another sentence of the same note does ("JNIM claimed the attack."). And the generic
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
from sitrep.nlp.limits import SHORT_NOTE_CHARS

__all__ = ["refine_actors"]

_UNIDENTIFIED = "Unidentified Armed Group"
_CIVILIANS = "Civilians"


def _tag(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


_ARMED_PREFIXES = (_UNIDENTIFIED, "Islamist Militia", "Military Forces", "Police Forces", "Vigilante Militia")
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
    if event_type not in _NO_CIVILIAN_TYPES or not any(a.canonical.startswith(_CIVILIANS) for a in out):
        return out
    kept = [a for a in out if not (a.canonical.startswith(_CIVILIANS) and a.role in ("actor1", "actor2"))]
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


def _civilian_victims(out: list[ActorMention], event_type: str, country: str | None) -> list[ActorMention]:
    """ACLED's coding of the victim side: the target of violence against civilians is always "Civilians
    (country)"; who the victim worked for or belonged to (an off-duty officer of an armed group, an NGO)
    is an associated actor. A looting note's "Looting: gunmen raided a camp" has its raiders as actor1."""
    civ = _tag(_CIVILIANS, country)
    if event_type == "Violence against civilians":
        if any(a.role == "actor2" and a.canonical.startswith(_CIVILIANS) for a in out):
            return out
        fixed = [ActorMention(a.name, a.canonical, "assoc", a.span) if a.role == "actor2" else a for a in out]
        first = next((i for i, a in enumerate(fixed) if a.role == "actor1"), -1)
        fixed.insert(first + 1, ActorMention(civ, civ, "actor2", None))
        return fixed
    if event_type == "Strategic developments" and not any(a.role == "actor1" for a in out):
        armed = [i for i, a in enumerate(out) if a.role == "actor2" and a.canonical.startswith(_ARMED_PREFIXES)]
        if armed:
            i = armed[0]
            out[i] = ActorMention(out[i].name, out[i].canonical, "actor1", out[i].span)
    return out


_GOVERNMENT = ("Military Forces", "Police Forces", "MINUSMA", "EUTM", "Government of")
_TWO_SIDED = frozenset({"Battles", "Explosions/Remote violence"})


# a force named just before an active firing verb fired ("LNA forces shelled Ain Zara"); the passive or a
# target phrase ("army post subjected to shelling", "rockets hit the MINUSMA camp") stays the victim
_FIRED = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:shelled|bombarded|fired (?:rockets?|mortars?|shells?|artillery|missiles?)|"
    r"launched (?:rockets?|mortars?|missiles?))\b",
    re.IGNORECASE,
)


def _unnamed_other_side(
    out: list[ActorMention], event_type: str, sub_event_type: str | None, country: str | None, text: str = ""
) -> list[ActorMention]:
    """A battle has two sides, and a bomb someone who laid it: when the note names only one side, the
    other is "Unidentified Armed Group (country)" (ACLED codebook: unknown perpetrators). When that one
    side is a government or peacekeeping force and the act is a mine, IED, shell or rocket, the force is
    on the receiving end ("MINUSMA vehicle hit an IED", "army post subjected to shelling"); air and
    drone strikes are the exception, flown by states."""
    if event_type not in _TWO_SIDED or sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if not firsts or any(a.canonical.startswith(_UNIDENTIFIED) for a in firsts):
        return out
    uag = ActorMention(_tag(_UNIDENTIFIED, country), _tag(_UNIDENTIFIED, country), "actor1", None)
    fired = sub_event_type == "Shelling/artillery/missile attack" and any(
        a.span is not None
        and (m := _FIRED.match(text[a.span.end : a.span.end + 60])) is not None
        and not re.search(r"\b(?:was|were|been|being|is|are)\b", m.group(0), re.IGNORECASE)
        for a in firsts
    )
    if (
        event_type == "Explosions/Remote violence"
        and not fired
        and all(a.canonical.startswith(_GOVERNMENT) for a in firsts)
    ):
        moved = [ActorMention(a.name, a.canonical, "actor2", a.span) if a.role == "actor1" else a for a in out]
        return [uag, *moved]
    if fired and _CIVILIAN_TOLL.search(text):
        # "LNA forces shelled residential areas. Four civilians were killed": the shells fell on civilians
        civ = _tag(_CIVILIANS, country)
        return [*out, ActorMention(civ, civ, "actor2", None)]
    return [*out, ActorMention(uag.name, uag.canonical, "actor2", None)]


# "3 people arrested by FAMa soldiers were later executed", "two youths killed by gendarmerie": the force
# that held or shot the victims is the one the note names right after "by" (or just before "arrested")
_BY_FORCE = re.compile(
    r"\b(?P<verb>arrested|detained|apprehended|rounded up|taken into custody|executed|killed|shot(?: dead)?|"
    r"murdered|tortured|beaten|burned|abused)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_FORCE_ARRESTED = re.compile(
    r"^(?:\s+(?:soldiers|troops|forces|units|men|personnel|patrol|agents))?\s+(?:had\s+|have\s+)?"
    r"(?:arrested|detained|apprehended|rounded up)\b",
    re.IGNORECASE,
)
_CUSTODY = re.compile(r"^(?:arrested|detained|apprehended|rounded up|taken into custody)$", re.IGNORECASE)
# an arrest only names the killer when the same sentence has the arrested die or vanish
_DIED_IN_CUSTODY = re.compile(
    r"\b(?:executed|execution|killed|found dead|bodies|murdered|tortured|disappeared|buried|shot dead)\b",
    re.IGNORECASE,
)
# ... and is not the arrest of the suspected culprits of someone else's violence
_CULPRITS = re.compile(
    r"\b(?:suspect(?:s|ed)?|perpetrators?|attackers?|assailants?|culprits?|authors?)\b", re.IGNORECASE
)


def _sentence_at(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = text.find(". ", end)
    return text[lo : hi if hi >= 0 else len(text)]


def _state_perpetrator(
    out: list[ActorMention],
    event_type: str,
    text: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """Violence against civilians coded with an unnamed perpetrator, in a note that names the state force
    that arrested the victims before they were executed or disappeared, or that killed them ("killed by
    gendarmerie"): ACLED codes that force as actor1 (the custodian answers for deaths in custody)."""
    if event_type != "Violence against civilians":
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if firsts and not all(a.canonical.startswith(_UNIDENTIFIED) for a in firsts):
        return out
    lo, hi = _note_scope(text, scope)
    kb = load_kb()
    for h in hits:
        if not (lo <= h.start < hi) or h.kind != "state" or h.entry.key.startswith("Government of"):
            continue
        by = _BY_FORCE.search(text[max(0, h.start - 60) : h.start])
        custody = (by is not None and _CUSTODY.match(by.group("verb")) is not None) or (
            by is None and _FORCE_ARRESTED.match(text[h.end : h.end + 40]) is not None
        )
        if by is None and not custody:
            continue
        sentence = _sentence_at(text, h.start, h.end)
        if _CULPRITS.search(sentence) or (custody and not _DIED_IN_CUSTODY.search(sentence)):
            continue
        name = kb.resolve(h, country, when)
        rest = [a for a in out if a.role != "actor1" and a.canonical != name]
        return [ActorMention(h.text, name, "actor1", Span(h.start, h.end)), *rest]
    return out


# what a force's shells hit when no armed side is named: homes and the people in them
_CIVILIAN_TOLL = re.compile(
    r"\b(?:civilians?|residential|neighbou?rhoods?|homes|houses|residents|children|women|quartiers? résidentiels?|"
    r"habitations|civils)\b",
    re.IGNORECASE,
)


_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# person nouns that say nothing about who someone is: as the doer of violence ("2 men shot a trader",
# "murdered by two individuals") they are the unknown perpetrators, not civilians
_ANONYMOUS_PEOPLE = frozenset(
    {"men", "man", "individuals", "individual", "people", "persons", "person", "youths", "youth", "young men"}
)


def _civilian_initiators(out: list[ActorMention], event_type: str, country: str | None) -> list[ActorMention]:
    """Civilians are never the side that starts political violence (ACLED codebook: civilians are victims,
    coded as actor2 of violence against civilians and of remote violence). A civilian word that word order
    put first is one of two things: an anonymous doer ("two men shot ...") is an unidentified armed group;
    anything else (a mayor, a minibus, "one civilian dead following ... a mine") is the victim."""
    if event_type not in _VIOLENT:
        return out
    uag = _tag(_UNIDENTIFIED, country)
    fixed: list[ActorMention] = []
    for a in out:
        if a.role == "actor1" and a.canonical.startswith(_CIVILIANS):
            if a.name.lower() in _ANONYMOUS_PEOPLE:
                fixed.append(ActorMention(a.name, uag, "actor1", a.span))
            else:
                fixed.append(ActorMention(a.name, a.canonical, "actor2", a.span))
        else:
            fixed.append(a)
    if not any(a.role == "actor1" for a in fixed) and any(a.role == "actor2" for a in fixed):
        fixed.insert(0, ActorMention(uag, uag, "actor1", None))
    return fixed


def _note_scope(text: str, scope: tuple[int, int] | None) -> tuple[int, int]:
    """Where a sentence's event may find its missing side: the rest of a short note ("A vehicle struck an
    IED near Boni. Five soldiers dead."), only the sentence itself in a long document."""
    if scope is None:
        return (0, len(text))
    return (scope[0], len(text)) if len(text) <= SHORT_NOTE_CHARS else scope


def _force_victim(
    out: list[ActorMention],
    event_type: str,
    sub_event_type: str | None,
    text: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """A fight or a bomb whose target the carrying sentence leaves unnamed hit the force the note names as
    its casualties ("A vehicle was struck by an IED. 5 soldiers dead"; "Policeman wounded after armed men
    seized his vehicle"): ACLED codes the convoy's or post's force as actor2 of the IED or attack, and the
    unidentified armed group as actor1."""
    if event_type not in _TWO_SIDED or sub_event_type == "Air/drone strike" or any(a.role == "actor2" for a in out):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if firsts and all(a.canonical.startswith(_GOVERNMENT) for a in firsts):
        return out
    lo, hi = _note_scope(text, scope)
    listed = {a.canonical for a in out}
    kb = load_kb()
    for h in hits:
        if not (lo <= h.start < hi) or h.kind not in ("state", "international"):
            continue
        if h.entry.key.startswith("Government of"):
            continue
        name = kb.resolve(h, country, when)
        if name in listed or not name.startswith(_GOVERNMENT):
            continue
        if not firsts:
            uag = _tag(_UNIDENTIFIED, country)
            out = [ActorMention(uag, uag, "actor1", None), *out]
        return [*out, ActorMention(h.text, name, "actor2", Span(h.start, h.end))]
    return out


_DEMONSTRATORS = ("Protesters", "Rioters")
# what security forces do to a crowd: only then are they a side of the protest (ACLED: "Protest with
# intervention", "Excessive force against protesters"); "a march denouncing MINUSMA" makes the force a target
# of the grievance, not an actor
_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear[- ]?gas|gaz lacrymog\w*|fired|shot|shoot\w*|live (?:rounds|ammunition)|arrest\w*|"
    r"interpell\w*|clash\w*|repress\w*|répr\w*|beat(?:en|ing)?|charged|cordon|deployed|intervened|"
    r"wounded|injured|killed|blessés?|tués?|heurts?|affrontements?)\b",
    re.IGNORECASE,
)
# Which generic force words facing a crowd are the police. "Forces de l'ordre" (and riot police) name the
# public-order forces, police and gendarmerie, in Sahel French usage. "Security forces" is vaguer: it is read
# as the police only where the note says they used crowd-control means on the crowd (tear gas, dispersal,
# water cannon), the police's work. "FDS" / "defence and security forces" is left to resolve as the country's
# military: in Burkina Faso and Niger the phrase mostly names the army, and guessing police there would be
# wrong more often than right. (Our choice from the usage of these phrases, not a quoted codebook rule.)
_PUBLIC_ORDER = frozenset({"forces de l'ordre", "riot police"})
_SECURITY_FORCES = frozenset({"security forces", "forces de sécurité"})
_CROWD_MEANS = re.compile(
    r"\b(?:tear[- ]?gas|gaz lacrymog\w*|lacrymog\w*|dispers\w*|water[- ]cannons?|canons? à eau|"
    r"rubber bullets|balles en caoutchouc|batons?|truncheons?|matraqu\w*)\b",
    re.IGNORECASE,
)


def _is_crowd_police(word: str, crowd_means: bool) -> bool:
    """Whether a generic force word in a demonstration names the police (see _PUBLIC_ORDER above)."""
    w = word.lower()
    return w in _PUBLIC_ORDER or (crowd_means and w in _SECURITY_FORCES)


def _demonstration_sides(
    out: list[ActorMention],
    event_type: str,
    text: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """ACLED codes every demonstration with the demonstrators as actor1 ("Protesters (country)" for a
    protest, "Rioters (country)" for a riot) and the force that intervened, if any, as actor2 (codebook:
    Protests and Riots). Who the demonstrators are (soldiers' wives, MINUSMA troops protesting their pay)
    is at most an associated actor, and the object of the grievance is no actor at all."""
    if event_type not in ("Protests", "Riots"):
        return out
    crowd = _tag("Protesters" if event_type == "Protests" else "Rioters", country)
    kb = load_kb()
    police = kb.entries.get(f"police:{country}") if country else None
    # rioters' targets are sides too ("stones thrown at police"); a protest's police only when they act
    scoped = text[slice(*_note_scope(text, scope))]
    intervened = event_type == "Riots" or bool(_INTERVENTION.search(scoped))
    crowd_means = bool(_CROWD_MEANS.search(scoped))
    people: list[ActorMention] = []
    forces: list[ActorMention] = []
    others: list[ActorMention] = []
    for a in out:
        if a.canonical.startswith(_DEMONSTRATORS) or (a.canonical.startswith(_CIVILIANS) and a.role == "actor1"):
            people.append(a)
            continue
        if a.canonical.startswith("Government of"):
            continue  # the government protested against is the grievance, not a side
        if a.canonical.startswith(_GOVERNMENT[:2]):
            if _is_crowd_police(a.name, crowd_means) and police is not None:
                a = ActorMention(a.name, police.resolve(country, when), a.role, a.span)
            if intervened:
                forces.append(ActorMention(a.name, a.canonical, "actor2", a.span))
            elif a.role == "actor1" and a.span is not None and not _bare(a, hits):
                others.append(ActorMention(a.name, a.canonical, "assoc", a.span))
            continue
        if a.role == "actor1":
            others.append(ActorMention(a.name, a.canonical, "assoc", a.span))
        elif a.role == "assoc" or a.canonical.startswith(_CIVILIANS):
            others.append(a)
    if intervened and not forces:
        lo, hi = _note_scope(text, scope)
        for h in hits:
            if lo <= h.start < hi and h.kind == "state" and h.entry.key.startswith(("military:", "police:")):
                name = kb.resolve(h, country, when)
                if _is_crowd_police(h.text, crowd_means) and police is not None:
                    name = police.resolve(country, when)
                forces.append(ActorMention(h.text, name, "actor2", Span(h.start, h.end)))
                break
    first = people[0] if people else None
    # the event type names the crowd, not the note's word for it: "protesters" who torch a town hall are
    # Rioters (ACLED codebook: a demonstration turned violent is a riot and its participants rioters)
    lead = ActorMention(first.name if first else crowd, crowd, "actor1", first.span if first else None)
    return [lead, *forces[:1], *others]


def _bare(a: ActorMention, hits: list[ActorHit]) -> bool:
    """Whether a mention is a bare word ("the military") rather than a named force ("MINUSMA")."""
    return any(h.start == a.span.start and h.entry.key.endswith(":@doc") for h in hits if a.span is not None)


# robbery, as opposed to destruction: the owners robbed are the victims ACLED codes as Civilians
_ROBBERY = re.compile(
    r"\b(?:rob\w*|stripp\w*|seiz\w*|raid\w*|stole\w*|steal\w*|loot\w*|pillag\w*|"
    r"dépouill\w*|emport\w*|enlev\w*|vol(?:é|er|ent)\w*)\b",
    re.IGNORECASE,
)


def _looting(
    out: list[ActorMention],
    event_type: str,
    sub_event_type: str | None,
    text: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
) -> list[ActorMention]:
    """Looting is done by someone (an unidentified armed group when the note names nobody) to someone:
    robbed owners are "Civilians (country)", and an aid organisation robbed (ICRC, an NGO) is associated
    with its staff rather than coded as a side (ACLED codebook: civilians and their affiliations)."""
    if event_type != "Strategic developments" or sub_event_type != "Looting/property destruction":
        return out
    uag = _tag(_UNIDENTIFIED, country)
    civ = _tag(_CIVILIANS, country)
    if not any(a.role == "actor1" for a in out):
        armed = [i for i, a in enumerate(out) if a.role == "actor2" and a.canonical.startswith(_ARMED_PREFIXES)]
        if armed:  # "Looting: gunmen raided a camp": the raiders, after the heading's trigger, did it
            out = list(out)
            out[armed[0]] = ActorMention(out[armed[0]].name, out[armed[0]].canonical, "actor1", out[armed[0]].span)
        else:
            out = [ActorMention(uag, uag, "actor1", None), *out]
    lo, hi = scope if scope is not None else (0, len(text))
    if not _ROBBERY.search(text[lo:hi]):
        return out
    fixed = [
        ActorMention(a.name, a.canonical, "assoc", a.span)
        if a.role == "actor2"
        and not a.canonical.startswith(_CIVILIANS)
        and not a.canonical.startswith(_ARMED_PREFIXES)
        and not a.canonical.startswith(_GOVERNMENT)
        else a
        for a in out
    ]
    if any(a.role == "actor2" for a in fixed):
        return fixed
    victims = [h for h in hits if lo <= h.start < hi and h.kind == "civilian"]
    if victims:
        fixed.insert(1, ActorMention(victims[0].text, civ, "actor2", Span(victims[0].start, victims[0].end)))
        for h in victims:
            if "{country}" not in h.entry.canonical:
                fixed.append(ActorMention(h.text, h.entry.canonical, "assoc", Span(h.start, h.end)))
    return fixed


# things, not people: a civilian word that names a vehicle, a building or a place ("a truck struck by a
# mine", "the village under the control of CMA"), or owns one ("the prefect's house set alight")
_PROPERTY = re.compile(
    r"^(?:trucks?|lorry|minibus|bus|boats?|fishing boat|ambulances?|vehicles?|village|villages|house|houses|"
    r"shops?|market|marketplace|école|mairie|marché|boutiques|autocar|véhicule de transport)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^['’]s\b")
# a person hurt, killed, taken or missing; "no casualty", "no injuries" say the opposite and are removed first
_HARMED = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|dies|wound\w*|injur\w*|hurt|casualt\w*|victims?|abduct\w*|kidnap\w*|"
    r"missing|hostages?|beat(?:en)?|tortur\w*|executed|assassinated|murdered|shot|raped|tués?|blessés?|morts?|"
    r"enlevés?|victimes?)\b",
    re.IGNORECASE,
)
_UNHARMED = re.compile(
    r"\b(?:no|without|causing no|sans)\s+(?:\w+\s+)?(?:casualt\w*|injur\w*|victims?|deaths?|dead|fatalit\w*|"
    r"loss of life|victimes?|blessés?)\b",
    re.IGNORECASE,
)
_THING_TYPES = frozenset({"Explosions/Remote violence", "Strategic developments"})


def _property_only(
    out: list[ActorMention], event_type: str, text: str, scope: tuple[int, int] | None
) -> list[ActorMention]:
    """A civilian side that is only a thing is no side at all: ACLED codes Civilians when people are
    harmed, taken or put at risk, and leaves actor2 blank when a mine wrecks an empty truck or a mayor's
    office is burned (codebook: property destruction has no victim actor). Violence against civilians
    always has its Civilians side, so only the remote-violence and strategic-development notes change."""
    if event_type not in _THING_TYPES:
        return out
    lo, hi = _note_scope(text, scope)
    note = text[lo:hi]
    if _HARMED.search(_UNHARMED.sub(" ", note)) or _ROBBERY.search(note):
        # people hurt, or owners robbed of what they had: the Civilians side stands
        return out
    if event_type != "Strategic developments" and not _UNHARMED.search(note):
        # "a truck exploded on an IED" with no toll yet: ACLED still codes the passengers as the target
        return out

    def thing(a: ActorMention) -> bool:
        if a.span is None or not a.canonical.startswith(_CIVILIANS) or a.role == "assoc":
            return False
        word = text[a.span.start : a.span.end]
        return bool(_PROPERTY.match(word) or _POSSESSIVE.match(text[a.span.end : a.span.end + 3]))

    kept = [a for a in out if not thing(a)]
    if len(kept) < len(out) and not any(a.role == "actor1" for a in kept):
        # "the village of Djebok under the control of CMA": with the place gone, the group is the actor
        i = next((i for i, a in enumerate(kept) if a.role == "actor2"), None)
        if i is not None:
            kept[i] = ActorMention(kept[i].name, kept[i].canonical, "actor1", kept[i].span)
    return kept


# a vehicle nobody's force owns ("the explosion of a vehicle on an IED"); an army or UN one is named by its force
_VEHICLE = re.compile(r"\b(?:vehicles?|cars?|trucks?|lorry|lorries|minibus|bus|véhicules?|camions?)\b", re.IGNORECASE)
_BLAST = re.compile(r"\b(?:IEDs?|mines?|landmines?|explosive device|engin explosif|EEI)\b", re.IGNORECASE)


def _vehicle_victims(
    out: list[ActorMention],
    event_type: str,
    sub_event_type: str | None,
    text: str,
    scope: tuple[int, int] | None,
    country: str | None,
) -> list[ActorMention]:
    """A mine or IED that hits a vehicle the note ties to no force hit its passengers: ACLED codes them
    "Civilians (country)" even before any toll is known. A note that says nobody was hurt keeps no
    victim side (see ``_property_only``)."""
    if event_type != "Explosions/Remote violence" or sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    lo, hi = _note_scope(text, scope)
    note = text[lo:hi]
    if not (_VEHICLE.search(note) and _BLAST.search(note)) or _UNHARMED.search(note):
        return out
    civ = _tag(_CIVILIANS, country)
    first = next((i for i, a in enumerate(out) if a.role == "actor1"), -1)
    return [*out[: first + 1], ActorMention(civ, civ, "actor2", None), *out[first + 1 :]]


_FARMING_PEOPLES = ("Dogon Ethnic", "Bambara Ethnic", "Mossi Ethnic", "Djerma Ethnic")


def _herders(out: list[ActorMention], event_type: str, country: str | None) -> list[ActorMention]:
    """Farmer-herder violence: when a Fulani militia fights a farming people's militia (Dogon, Bambara),
    ACLED adds "Herders (country)" as an associated actor, the pastoralist side of the conflict. (Herders
    named as victims are not enough: their ethnic group or plain Civilians is the usual coding.)"""
    if event_type not in _VIOLENT:
        return out
    herders = _tag("Herders", country)
    if any(a.canonical == herders for a in out):
        return out
    sides = [a.canonical for a in out if a.role in ("actor1", "actor2")]
    fulani = any(c.startswith("Fulani Ethnic Militia") for c in sides)
    farmers = any(c.startswith(_FARMING_PEOPLES) for c in sides)
    if fulani and farmers:
        return [*out, ActorMention(herders, herders, "assoc", None)]
    return out


_VICTIM_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def _victim_identity(
    out: list[ActorMention],
    event_type: str,
    hits: list[ActorHit],
    scope: tuple[int, int] | None,
    country: str | None,
    when: date | None,
) -> list[ActorMention]:
    """A civilian victim the note names by the group they belong to ("an off-duty policeman") keeps that
    group as an associated actor (ACLED codebook: the victims are "Civilians (country)", their force or
    group assoc_actor_2; the groups are listed in the actor file's ``victim_identities``). A victim's ethnic
    group, when named, is the identity ACLED records instead."""
    civ = _tag(_CIVILIANS, country)
    if event_type not in _VICTIM_TYPES or not any(a.role == "actor2" and a.canonical == civ for a in out):
        return out
    if scope is None or any(a.role == "assoc" and "Ethnic Group" in a.canonical for a in out):
        return out
    kb = load_kb()
    listed = {a.canonical for a in out}
    # only the word the sentence made the victim: a herder who did the killing or a student who watched is not
    victims = {a.span.start for a in out if a.span is not None and a.role == "actor2"}
    for h in hits:
        if not (scope[0] <= h.start < scope[1]) or h.kind != "civilian" or h.start not in victims:
            continue
        ident = kb.identities.get(h.text.lower())
        if ident is None:
            continue
        if ident.endswith(":"):
            force = kb.entries.get(f"{ident}{country}") if country else None
            if force is None:
                continue
            name = force.resolve(country, when)
        else:
            name = ident.replace("({country})", f"({country})" if country else "").strip()
        if name not in listed:
            return [*out, ActorMention(h.text, name, "assoc", Span(h.start, h.end))]
    return out


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
    out = _civilian_initiators(list(actors), event_type, country)
    claimant = find_claimant(text, hits)
    out = _force_victim(out, event_type, sub_event_type, text, hits, scope, country, when)
    if claimant is None:
        out = _unnamed_other_side(out, event_type, sub_event_type, country, text)
    if claimant is not None and event_type in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    ):
        name = claimant.resolve(country, when)
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(_UNIDENTIFIED):
                out[i] = ActorMention(a.name, name, "actor1", a.span)
            elif a.role == "actor1" and a.canonical != name and not _same_group(a.canonical, claimant):
                # the claimant started it: whoever the sentence put first ("MINUSMA convoy struck by an
                # IED ... claimed by JNIM") was on the receiving end
                out[i] = ActorMention(a.name, a.canonical, "actor2", a.span)
        if not any(a.role == "actor1" for a in out):
            out.insert(0, ActorMention(claimant.canonical, name, "actor1", None))
    if claimant is None:
        out = _state_perpetrator(out, event_type, text, hits, scope, country, when)
    generic = {"Protests": "Protesters", "Riots": "Rioters"}.get(event_type)
    if generic is not None:
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(_CIVILIANS):
                out[i] = ActorMention(a.name, _tag(generic, country), "actor1", a.span)
    out = _demonstration_sides(out, event_type, text, hits, scope, country, when)
    out = _looting(out, event_type, sub_event_type, text, hits, scope, country)
    out = _property_only(out, event_type, text, scope)
    out = _vehicle_victims(out, event_type, sub_event_type, text, scope, country)
    out = _civilian_victims(out, event_type, country)
    out = _no_civilian_side(out, event_type, hits, scope, when, country)
    out = _herders(out, event_type, country)
    out = _victim_identity(out, event_type, hits, scope, country, when)
    out = _bracketed_people(out, text, hits)
    # one actor named twice (an alias and the claimant it resolved to) is listed once
    seen: set[tuple[str, str]] = set()
    uniq: list[ActorMention] = []
    for a in out:
        if (a.canonical, a.role) in seen or (
            a.role != "actor1" and any(b.canonical == a.canonical and b.role == "actor1" for b in uniq)
        ):
            continue
        seen.add((a.canonical, a.role))
        uniq.append(a)
    return tuple(uniq)
