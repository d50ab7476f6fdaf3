"""The sides of a demonstration: the crowd, and the force that met it.

Split from :mod:`sitrep.nlp.attribution` because protests and riots follow their own ACLED conventions
(the crowd is always actor1, a force is a side only when it intervened) and their own vocabulary of
crowd control, which no other event type needs.
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention, Span
from sitrep.nlp.actors import load_kb
from sitrep.nlp.scene import Scene
from sitrep.nlp.sides import CIVILIANS, GOVERNMENT, is_bare, note_scope, tag
from sitrep.nlp.triggers import in_grievance

__all__ = ["demonstration_sides"]


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


# a force that only came after the act: "beat him to death before police reached the scene", "avant l'arrivée
# de la police", "before the army intervened" tell when the force arrived, not that it met the crowd
_CAME_AFTER = re.compile(
    r"\b(?:before|until|by the time|avant(?:\s+que|\s+l['’]arrivée)?|jusqu['’]à l['’]arrivée)\s*"
    r"(?:(?:of|de|du|des|d['’]|la|le|les|l['’]|the|any|some)\s*)*$",
    re.IGNORECASE,
)


# the same told from the force's side: "Police arrived after the victim had died", "la gendarmerie est arrivée
# après le lynchage", "police only reached the scene later"
_ARRIVED_LATER = re.compile(
    r"[\w'’-]*\s+(?:(?:only|later|eventually|finally|then)\s+)?(?:arrived|came|reached|got there|showed up|"
    r"(?:est|sont) (?:arrivée?s?|venue?s?|intervenue?s?))\b[^.;]{0,30}?\b(?:after|later|too late|once|"
    r"après|trop tard|une fois)\b",
    re.IGNORECASE,
)


# a force named in what the crowd reacted to ("rioted after a miner was shot dead by a soldier") did the
# grievance's act, not met the crowd
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:riot\w*|protest\w*|demonstrat\w*|march\w*)\s+(?:after|following|over|against)\s+[^,;:.()]{0,80}$",
    re.IGNORECASE,
)


# "traders in Birni N'Konni, Tahoua region, rioted": the people named right before the crowd's verb are the
# crowd itself, however many words tell where they were
_CROWD_VERB_AFTER = re.compile(
    r"(?:\s+(?:in|at|from|of)\s+[^.;:]{1,60}?)?,?\s+(?:\w+\s+)?"
    r"(?:riot(?:ed|ing)|protest(?:ed|ing)|demonstrat(?:ed|ing)|marched|took to the streets)\b",
    re.IGNORECASE,
)


def _crowd_subject(text: str, a: ActorMention) -> bool:
    """Whether the civilians named by ``a`` are the subject of the crowd's own verb (see _CROWD_VERB_AFTER)."""
    return a.span is not None and _CROWD_VERB_AFTER.match(text, a.span.end) is not None


# "two other suspects were rescued by the police", "ont été mis à l'abri par la gendarmerie": a force that took
# the crowd's targets to safety kept out of the fight (ACLED codes the mob and its victims, not the rescuers)
_SHELTERED_BY = re.compile(
    r"\b(?:rescued|saved|sheltered|protected|evacuated|taken\s+to\s+safety|whisked\s+away|exfiltrated|"
    r"mis\s+à\s+l['’]abri|mise?s?\s+en\s+sécurité|secourus?|sauvés?|exfiltrés?|évacués?|protégés?)\s+"
    r"(?:by|par)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|des\s+)?$",
    re.IGNORECASE,
)


def _came_after(text: str, start: int | None) -> bool:
    """Whether the force named at ``start`` is told only as arriving after the act (see _CAME_AFTER)."""
    if start is None:
        return False
    if _CAME_AFTER.search(text[max(0, start - 40) : start]) is not None:
        return True
    if _SHELTERED_BY.search(text[max(0, start - 40) : start]) is not None:
        return True
    return _ARRIVED_LATER.match(text, start) is not None


def _is_crowd_police(word: str, crowd_means: bool) -> bool:
    """Whether a generic force word in a demonstration names the police (see _PUBLIC_ORDER above)."""
    w = word.lower()
    return w in _PUBLIC_ORDER or (crowd_means and w in _SECURITY_FORCES)


def _in_grievance(text: str, pos: int) -> bool:
    """Whether ``pos`` is in what the crowd protested about ("against the arrest of a trader by soldiers"):
    the force of the grievance did not act on the crowd."""
    cut = max(text.rfind(". ", 0, pos), text.rfind("; ", 0, pos))
    start = cut + 2 if cut >= 0 else 0
    stop = re.search(r"[.;](?:\s|$)", text[pos:])
    sentence = text[start : pos + stop.start() if stop else len(text)]
    return any(in_grievance(sentence, pos - start, lang) for lang in ("en", "fr"))


# a public building a crowd wrecks is named by a civilian word of the actor file ("mairie", "école"); it is
# the damage the riot did, and ACLED codes no side for it
_PUBLIC_BUILDING = re.compile(r"^(?:mairies?|écoles?|town\s+halls?|schools?|préfectures?)$", re.IGNORECASE)


def _public_building(text: str, a: ActorMention) -> bool:
    return a.span is not None and _PUBLIC_BUILDING.match(text[a.span.start : a.span.end]) is not None


def demonstration_sides(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """ACLED codes every demonstration with the demonstrators as actor1 ("Protesters (country)" for a
    protest, "Rioters (country)" for a riot) and the force that intervened, if any, as actor2 (codebook:
    Protests and Riots). Who the demonstrators are (soldiers' wives, MINUSMA troops protesting their pay)
    is at most an associated actor, and the object of the grievance is no actor at all."""
    if scene.event_type not in ("Protests", "Riots"):
        return out
    crowd = tag("Protesters" if scene.event_type == "Protests" else "Rioters", scene.country)
    kb = load_kb()
    police = kb.entries.get(f"police:{scene.country}") if scene.country else None
    # rioters' targets are sides too ("stones thrown at police"); a protest's police only when they act
    scoped = scene.text[slice(*note_scope(scene.text, scene.scope))]
    intervened = scene.event_type == "Riots" or any(
        not _in_grievance(scoped, m.start()) for m in _INTERVENTION.finditer(scoped)
    )
    crowd_means = bool(_CROWD_MEANS.search(scoped))
    people: list[ActorMention] = []
    forces: list[ActorMention] = []
    others: list[ActorMention] = []
    for a in out:
        if a.canonical.startswith(_DEMONSTRATORS) or (
            a.canonical.startswith(CIVILIANS) and (a.role == "actor1" or _crowd_subject(scene.text, a))
        ):
            people.append(a)
            continue
        if a.canonical.startswith("Government of"):
            continue  # the government protested against is the grievance, not a side
        # a peacekeeping force the rioters stoned or that fired tear gas at them is the riot's other side like
        # a national force (ACLED codes e.g. Rioters (Mali) against MINUSMA)
        riot_target = scene.event_type == "Riots" and a.canonical.startswith(GOVERNMENT[2:4])
        if a.canonical.startswith(GOVERNMENT[:2]) or riot_target:
            if _came_after(scene.text, a.span.start if a.span else None):
                continue
            if _is_crowd_police(a.name, crowd_means) and police is not None:
                a = ActorMention(a.name, police.resolve(scene.country, scene.when), a.role, a.span)
            if intervened:
                forces.append(ActorMention(a.name, a.canonical, "actor2", a.span))
            elif a.role == "actor1" and a.span is not None and not is_bare(a, scene.hits):
                others.append(ActorMention(a.name, a.canonical, "assoc", a.span))
            continue
        if a.role == "actor1":
            others.append(ActorMention(a.name, a.canonical, "assoc", a.span))
        elif a.role == "assoc" or a.canonical.startswith(CIVILIANS):
            if _public_building(scene.text, a):
                continue  # "ont saccagé la mairie": the building wrecked is the damage, not a side
            others.append(a)
    if intervened and not forces:
        lo, hi = note_scope(scene.text, scene.scope)
        for h in scene.hits:
            if (
                lo <= h.start < hi
                and h.kind == "state"
                and h.entry.key.startswith(("military:", "police:"))
                and not _came_after(scene.text, h.start)
                and not _GRIEVANCE_BEFORE.search(scene.text[max(lo, h.start - 120) : h.start])
            ):
                name = kb.resolve(h, scene.country, scene.when)
                if _is_crowd_police(h.text, crowd_means) and police is not None:
                    name = police.resolve(scene.country, scene.when)
                forces.append(ActorMention(h.text, name, "actor2", Span(h.start, h.end)))
                break
    first = people[0] if people else None
    # the event type names the crowd, not the note's word for it: "protesters" who torch a town hall are
    # Rioters (ACLED codebook: a demonstration turned violent is a riot and its participants rioters)
    lead = ActorMention(first.name if first else crowd, crowd, "actor1", first.span if first else None)
    return [lead, *forces[:1], *others]
