"""Document-level corrections of an event's actor list, by ACLED's coding conventions.

The sentence that carries an event often does not name who did it ("A FAMa convoy struck an IED near
Boni."), while another sentence of the same note does ("JNIM claimed the attack."). And the generic
people of a sentence change their ACLED name with the event type: "residents" who march are
"Protesters", who burn tyres "Rioters". These rules need the whole note and the coded type, so they run
after sentence-level coding: :func:`refine_actors` takes the actor list the extractor built and returns
the corrected one.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import ActorMention
from sitrep.nlp.actors import ActorEntry, ActorHit, find_claimant

__all__ = ["refine_actors"]

_UNIDENTIFIED = "Unidentified Armed Group"
_CIVILIANS = "Civilians"


def _tag(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


_ARMED_PREFIXES = (_UNIDENTIFIED, "Islamist Militia", "Military Forces", "Police Forces", "Vigilante Militia")


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


def _same_group(canonical: str, claimant: ActorEntry) -> bool:
    """A named member or parent of the claimant ("Ansar Dine" within JNIM) is its own side, not a victim."""
    return canonical in (claimant.parent, claimant.canonical) or canonical.startswith(("Islamist Militia",))


def refine_actors(
    actors: tuple[ActorMention, ...],
    *,
    event_type: str,
    text: str,
    hits: list[ActorHit],
    country: str | None,
    when: date | None,
) -> tuple[ActorMention, ...]:
    """``actors`` with the document-level conventions applied (see the module docstring).

    * an unnamed attacker (actor1 "Unidentified Armed Group") becomes the group that claimed the attack
      anywhere in the note;
    * in Protests, civilians on the acting side are "Protesters (country)"; in Riots, "Rioters (country)".
    """
    out = list(actors)
    claimant = find_claimant(text, hits)
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
    generic = {"Protests": "Protesters", "Riots": "Rioters"}.get(event_type)
    if generic is not None:
        for i, a in enumerate(out):
            if a.role == "actor1" and a.canonical.startswith(_CIVILIANS):
                out[i] = ActorMention(a.name, _tag(generic, country), "actor1", a.span)
    out = _civilian_victims(out, event_type, country)
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
