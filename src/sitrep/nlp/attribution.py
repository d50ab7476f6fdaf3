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
from sitrep.nlp.actors import ActorEntry, ActorHit, find_claimant, load_kb

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


def _unnamed_other_side(
    out: list[ActorMention], event_type: str, sub_event_type: str | None, country: str | None
) -> list[ActorMention]:
    """A battle has two sides, and a bomb someone who laid it: when the note names only one side, the
    other is "Unidentified Armed Group (country)" (ACLED codebook: unknown perpetrators). When that one
    side is a government or peacekeeping force and the act is a mine, IED, shell or rocket, the force is
    on the receiving end ("MINUSMA vehicle hit an IED", "FAMa camp subjected to mortar fire"); air and
    drone strikes are the exception, flown by states."""
    if event_type not in _TWO_SIDED or sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if not firsts or any(a.canonical.startswith(_UNIDENTIFIED) for a in firsts):
        return out
    uag = ActorMention(_tag(_UNIDENTIFIED, country), _tag(_UNIDENTIFIED, country), "actor1", None)
    if event_type == "Explosions/Remote violence" and all(a.canonical.startswith(_GOVERNMENT) for a in firsts):
        moved = [ActorMention(a.name, a.canonical, "actor2", a.span) if a.role == "actor1" else a for a in out]
        return [uag, *moved]
    return [*out, ActorMention(uag.name, uag.canonical, "actor2", None)]


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
    out = list(actors)
    claimant = find_claimant(text, hits)
    if claimant is None:
        out = _unnamed_other_side(out, event_type, sub_event_type, country)
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
    out = _no_civilian_side(out, event_type, hits, scope, when, country)
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
