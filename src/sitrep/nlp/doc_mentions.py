"""Turning an assembled frame into an :class:`~sitrep.model.EventMention` with ACLED-style actor roles.

A frame collects every actor its sentences name; ACLED wants two sides and associates. The rules here drop
offices that are not forces, generic mentions where a named actor is there, and give each camp its role.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.model import EVENT_TYPES, ActorMention, DatePrecision, EventMention, Place, Span
from sitrep.nlp.actors import ActorEntry, ActorHit
from sitrep.nlp.country_names import acled_country, acled_place
from sitrep.nlp.doc_frames import VIOLENT_TYPES, Frame
from sitrep.nlp.doc_infobox import force_words

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor, _State

__all__ = ["to_mention"]


_NOT_COMBATANT_BEFORE = re.compile(
    r"\b(?:minist(?:er|ry)|secretary|department|chief of staff|spokes\w+|commander|head|chief)\s+(?:of|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_COMBATANT_AFTER = re.compile(r"^\s+(?:minister|ministry|spokes\w+|secretary)\b", re.IGNORECASE)
# the subject of a reporting verb is a source of the account, not a side: "The government gave a toll of
# 134 dead", "local officials first reported 95 dead", "the army said"
_SOURCE_AFTER = re.compile(
    r"^\s+(?:(?:first|later|initially|also|then|officially|\w+ly)\s+)?(?:said|says|gave|reported|announced|"
    r"stated|put|told|confirmed|declared|estimated|counted|revised|raised|lowered|claimed responsibility)\b",
    re.IGNORECASE,
)
# the source a toll or an account is credited to ("Selon le maire et le gouvernement, six personnes ont été
# tuées", "according to the army and local officials"): who told it, not who took part
_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d['’]après|according\s+to|citing|cité\w*\s+par|quoted\s+by)\b[^,.;:()]*$", re.IGNORECASE
)
_PROTEST_TYPES = ("Protests", "Riots")
_STATE_SIDE = ("state", "international")


def _camp(kind: str) -> str:
    return "gov" if kind in _STATE_SIDE else "civ" if kind in ("civilian", "ethnic_group", "protester") else "armed"


# the qualifier after a state force's period: "Military Forces of Libya (2014-) Haftar Faction"
_FACTION = re.compile(r"\(\d{4}-(?:\d{4})?\)\s*(?P<faction>\S.*)$")


def _side(kind: str, name: str) -> str:
    """The camp of an actor, with rival governments apart: ACLED names each faction of a divided state
    after its period ("... (2014-) Haftar Faction" against "... (2016-2021) Government of National
    Accord"), and two factions are opposing sides, not allies, while an army and its own police are one."""
    camp = _camp(kind)
    m = _FACTION.search(name) if camp == "gov" else None
    return f"gov:{m.group('faction')}" if m else camp


_UMBRELLA = re.compile(
    r"\bsecurity\s+forces\b|\bforces\s+de\s+(?:d[ée]fense\s+et\s+de\s+)?s[ée]curit[ée]\b|\bFDS\b", re.IGNORECASE
)


_EVENT_NOUN = re.compile(
    r"^(?:the\s+|an?\s+|l'|la\s+|le\s+|les\s+|une?\s+)?(?:kidnappings?|abductions?|attacks?|offensives?|clashes|"
    r"fighting|ambush(?:es)?|raids?|assaults?|massacres?|bombings?|explosions?|killings?|enl[èe]vements?|"
    r"attaques?|affrontements?|combats?|embuscades?|assauts?|attentats?|tueries?|rapts?)$",
    re.IGNORECASE,
)


def _sentence_before(text: str, hit: ActorHit) -> str:
    """The words of the hit's sentence (up to 120 characters) before it."""
    before = text[max(0, hit.start - 120) : hit.start]
    return re.split(r"[.!?\n]\s", before)[-1]


# a building, a vehicle or goods that stands for its civilian owners in a note ("torched shops", "attacked a
# bus"): the right canonical (Civilians), but no name for the victims where the account names the people
_THING = re.compile(
    r"(?:the\s+|les\s+|le\s+|la\s+|l['’]|des\s+)?(?:boutiques?|shops?|market(?:place)?|marchés?|écoles?|mairies?|"
    r"houses?|maisons?|trucks?|minibus|bus|autocars?|boats?|fishing\s+boats?|ambulances?|civilian\s+vehicles?|"
    r"véhicules?(?:\s+de\s+transport)?|public\s+transport\s+vehicles?|nomad\s+camps?)",
    re.IGNORECASE,
)


def _people_first(items: list[tuple[ActorHit, str, str]]) -> list[tuple[ActorHit, str, str]]:
    """Civilian mentions that name people ("cinq paroissiens", "six personnes") come before those that name
    their property ("plusieurs boutiques"): the first of one canonical name is the one shown. Only the
    civilian mentions of one canonical name and one role change places among themselves; every other mention
    keeps its place."""
    out = list(items)
    for key in {(n, r) for h, r, n in items if h.kind == "civilian"}:
        slots = [i for i, (h, r, n) in enumerate(items) if h.kind == "civilian" and (n, r) == key]
        civ = sorted((items[i] for i in slots), key=lambda item: bool(_THING.fullmatch(item[0].text)))
        for i, item in zip(slots, civ, strict=True):
            out[i] = item
    return out


def _generic(hit: ActorHit) -> bool:
    return "{country}" in hit.entry.key or hit.entry.key.endswith(":@doc")


def _actor_list(ex: Extractor, text: str, f: Frame, country: str | None, when: date | None) -> tuple[ActorMention, ...]:
    """The frame's actors with roles: the first initiator is actor1, the other side actor2, helpers assoc.

    Mentions that name an office, not a force ("the Minister of the Armed Forces"), are dropped; generic
    mentions ("militants") are dropped when a named actor of the same kind is there; a bare "armed forces"
    after a demonym ("French armed forces") is that country's army.
    """
    kb = ex.kb
    violent = f.etype in VIOLENT_TYPES
    items: list[tuple[ActorHit, str, str]] = []
    for hit, role in f.actors:
        if _EVENT_NOUN.match(hit.text):
            continue  # "Kidnapping of X", "the offensive on Y": the act's name, never who acted
        before = text[max(0, hit.start - 40) : hit.start]
        if _NOT_COMBATANT_BEFORE.search(before) or _NOT_COMBATANT_AFTER.match(text[hit.end : hit.end + 20]):
            continue
        if hit.kind not in ("protester", "rioter") and (
            _SOURCE_AFTER.match(text[hit.end : hit.end + 50]) or _SOURCE_BEFORE.search(_sentence_before(text, hit))
        ):
            continue
        name = kb.resolve(hit, country, when)
        if hit.entry.key.startswith("military:@doc"):
            adj = re.search(r"(\w+)\s+$", before)
            force = force_words(kb).get(adj.group(1)) if adj else None
            if force is not None:
                name = force.resolve(force.country, when)
        if hit.kind == "ethnic_group":
            if role != "actor1" and f.etype in _VICTIM_TYPES:
                # a community on the receiving end is the victims' identity: Civilians are actor2, the
                # group ("Fulani Ethnic Group (Mali)") an associate (ACLED codebook: identity groups)
                items.append((hit, "actor2", _civilians(country)))
                items.append((hit, "assoc", hit.entry.resolve(country, when)))
                continue
            name = hit.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia")
        items.append((hit, role, name))
    if any(h.entry.key.startswith("police:") for h, _r, _n in items):
        # "the gendarmerie detachment ... the Burkinabe security forces": the umbrella word names no force,
        # the gendarmes are the force there, and ACLED codes a gendarmerie as the country's police
        items = [(h, r, n) for h, r, n in items if not _UMBRELLA.search(h.text)]
    camps_named = {_camp(h.kind) for h, _r, _n in items if not _generic(h)}
    initiators_named = {_camp(h.kind) for h, r, _n in items if not _generic(h) and r == "actor1"}
    parents = {h.entry.parent for h, _r, _n in items if h.entry.parent}
    # a generic attacker ("gunmen") gives way to a named one of its camp; a named victim of that camp (a
    # militia post the gunmen attacked) does not make the attackers someone else
    items = [
        (h, r, n)
        for h, r, n in items
        if not (
            _generic(h)
            and _camp(h.kind) in (initiators_named if r == "actor1" else camps_named)
            and _camp(h.kind) != "civ"
        )
        and h.entry.key not in parents
    ]
    items = _people_first(items)
    if f.etype in _PROTEST_TYPES:
        items = _crowd_first(items, f, country)
    if violent and f.etype == "Battles":
        # civilians in a battle are no side of it, unless the force fought as their escort ("an attack on a
        # convoy of civilians escorted by soldiers"): then ACLED codes them with the escort, as an associate
        items = [
            (h, "assoc", _civilians(country)) if h.kind == "civilian" else (h, r, n)
            for h, r, n in items
            if h.kind != "civilian" or _ESCORTED.match(text, h.end)
        ]
    out: list[ActorMention] = []
    seen: dict[str, str] = {}
    camp_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for h, role, name in items:
        if name in seen:
            continue
        camp = _side(h.kind, name)
        actor1 = [a for a in out if a.role == "actor1"]
        actor2 = [a for a in out if a.role == "actor2"]
        if role == "actor1":
            if not actor1 and not any(camp_of.get(a.canonical) == camp for a in actor2):
                final = "actor1"
            elif any(camp_of.get(a.canonical) == camp for a in actor1):
                final = "assoc"
            else:
                final = "actor2" if not actor2 else "assoc"
        elif role == "actor2" and f.subtype in _PACT_TYPES and actor1 and not actor2:
            final = "actor2"  # the other party of a pact: two armed groups that agree are two sides, not allies
        elif role == "actor2":
            # an unidentified attacker and a named armed group it attacked are two sides, not allies
            if (
                actor1
                and all(camp_of.get(a.canonical) == camp for a in actor1)
                and camp != "civ"
                and not (h.kind != "unidentified" and all(kind_of.get(a.canonical) == "unidentified" for a in actor1))
            ):
                final = "assoc"
            else:
                final = "actor2" if not actor2 or not any(camp_of.get(a.canonical) == camp for a in actor2) else "assoc"
                if final == "actor2" and actor2 and camp != "civ":
                    final = "assoc"
        else:
            final = "assoc"
        seen[name] = final
        camp_of[name] = camp
        kind_of[name] = h.kind
        out.append(ActorMention(h.text, name, final, Span(h.start, h.end)))
    if (f.etype == "Violence against civilians" or f.subtype == "Mob violence") and not any(
        a.role == "actor2" for a in out
    ):
        # violence against civilians always has civilians on the receiving end, named or not ("Soumaila
        # Cisse and his team were kidnapped": the victims are no actor of the actor file); so has a mob
        # that set on a person (ACLED codes a lynching's victim as Civilians)
        civ = _civilians(country)
        if civ in seen:
            out = [ActorMention(a.name, a.canonical, "actor2", a.span) if a.canonical == civ else a for a in out]
        else:
            out.insert(1 if out and out[0].role == "actor1" else 0, ActorMention(civ, civ, "actor2", None))
    held_office = bool(f.drafts) and bool(_OFFICE.search(text, f.drafts[0].sent[0], f.drafts[0].sent[1]))
    if f.subtype == "Arrests" and [a.role for a in out] == ["actor1"] and not held_office:
        # people held whom the account names by name only ("police detained the journalist X") are no actor
        # of the actor file: ACLED codes people arrested outside any armed group as Civilians (not office
        # holders: a president or minister held is the government, a coup's other side)
        civ = _civilians(country)
        out.insert(1, ActorMention(civ, civ, "actor2", None))
    if violent and not any(a.role == "actor1" for a in out):
        placeholder = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        # no words name the attacker: the trigger ("Kidnapping", "attacked") is the act, never the actor's name
        out.insert(0, ActorMention(placeholder, placeholder, "actor1", None))
    return tuple(out)


_OFFICE = re.compile(
    r"\b(?:president|prime\s+minister|ministers?|governors?|mayors?|président|premier\s+ministre|ministres?|"
    r"gouverneurs?|maires?)\b",
    re.IGNORECASE,
)
_ESCORTED = re.compile(
    r"\s*,?\s*(?:escorted|protected|guarded|accompanied)\s+by\b|\s*,?\s*(?:escortée?s?|protégée?s?|accompagnée?s?)\s+par\b|"
    r"\s*,?\s*(?:under\s+(?:the\s+)?(?:protection|escort)|sous\s+(?:la\s+)?(?:protection|escorte))\b",
    re.IGNORECASE,
)
_VICTIM_TYPES = ("Violence against civilians", "Explosions/Remote violence")
_PACT_TYPES = ("Agreement", "Non-violent transfer of territory")


def _civilians(country: str | None) -> str:
    return f"Civilians ({country})" if country else "Civilians"


def _crowd_first(
    items: list[tuple[ActorHit, str, str]], f: Frame, country: str | None
) -> list[tuple[ActorHit, str, str]]:
    """A demonstration's actor1 is the crowd (Protesters or Rioters of the country), whoever the sentence
    put first; the police are actor2 only where they intervened, and a peaceful protest has no other side
    (ACLED codebook: Protests)."""
    crowd = "Protesters" if f.etype == "Protests" else "Rioters"
    name = f"{crowd} ({country})" if country else crowd
    kinds = ("protester", "rioter", "civilian")
    if f.subtype == "Mob violence":
        # a mob's victims are on the receiving end: the civilians the account names as set upon stay Civilians
        victims = [(h, r, n) for h, r, n in items if h.kind == "civilian" and r == "actor2"]
        items = [item for item in items if item not in victims]
    else:
        victims = []
    # the crowd of a riot is its rioters, whatever word the account used for its demonstrators
    crowd_hits = [
        (h, "actor1", name if h.kind == "civilian" or (crowd == "Rioters" and n.startswith("Protesters")) else n)
        for h, _r, n in items
        if h.kind in kinds
    ]
    if not crowd_hits:
        tr = f.drafts[0].trigger
        crowd_hits = [(ActorHit(tr.start, tr.end, tr.text, _placeholder_entry(name)), "actor1", name)]
    others: list[tuple[ActorHit, str, str]] = []
    if f.subtype != "Peaceful protest":
        others = [(h, "actor2", n) for h, _r, n in items if h.kind not in kinds]
    return crowd_hits + victims + others


def _placeholder_entry(name: str) -> ActorEntry:
    """The crowd of a demonstration whose words name no protesters ("marches were held")."""
    return ActorEntry(key="protester:@doc", canonical=name, kind="protester")


def to_mention(ex: Extractor, text: str, st: _State, f: Frame, index: int, reference: date | None) -> EventMention:
    country = (
        acled_country(f.place_value.country)
        if f.place_value is not None and f.place_value.country
        else acled_country(st.country)
    )
    when: date | None = None
    precision: DatePrecision | None = None
    dspan: Span | None = None
    if f.date is not None:
        when, precision = f.date.value, f.date.precision
        dspan = Span(f.date.start, f.date.end) if f.date.end > f.date.start else None
    elif st.published is not None or reference is not None:
        from sitrep.nlp.extract import UNDATED_OFFSET_DAYS

        base = st.published or reference
        assert base is not None
        when, precision = base - timedelta(days=UNDATED_OFFSET_DAYS), "week"
    location: Place | None = acled_place(f.place_value) if f.place_value is not None else None
    if location is not None and location.country is None and country:
        location = replace(location, country=country)
    if location is None and country:
        location = Place(name=country, country=country, geo_precision=3, how="document country")
    fat = f.fatalities.value if f.fatalities is not None else None
    if fat is None and not f.death_word:
        fat = 0  # an act with no death word reported: ACLED codes 0
    d0 = f.drafts[0]
    etype = f.etype
    sub: str | None = f.subtype
    if sub not in EVENT_TYPES.get(etype, ()):
        sub = None
    return EventMention(
        document_id=ex._doc_id,
        index=index,
        event_type=etype,
        sub_event_type=sub,
        date=when,
        date_precision=precision,
        actors=_actor_list(ex, text, f, country, when),
        location=location,
        fatalities=fat,
        captured=f.captured.value if f.captured is not None else None,
        evidence=Span(d0.sent[0], d0.sent[1]),
        date_span=dspan,
        type_span=Span(d0.trigger.start, d0.trigger.end),
        location_span=Span(f.place.start, f.place.end) if f.place is not None and f.place.end > f.place.start else None,
        fatalities_span=Span(f.fatalities.start, f.fatalities.end)
        if f.fatalities is not None and f.fatalities.value is not None
        else None,
        captured_span=Span(f.captured.start, f.captured.end)
        if f.captured is not None and f.captured.value is not None
        else None,
        confidence=round(min(0.9, f.confidence + (0.15 if f.from_infobox else 0.0) + 0.05 * (len(f.drafts) - 1)), 3),
    )
