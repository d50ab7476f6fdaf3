"""Assembly of the EventMentions of a short note from its sentences' drafts.

A note reports one incident, so the first draft (or a later one with a violent act and named sides) is the
primary event and the rest are kept only when they add a new event. Whole documents are assembled by
:mod:`sitrep.nlp.document` instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sitrep.model import ActorMention, EventMention, Place, Span
from sitrep.nlp.actors import ARMED_KINDS, ActorHit
from sitrep.nlp.attribution import refine_actors
from sitrep.nlp.country_names import acled_place
from sitrep.nlp.doc_mood import sentence_mood
from sitrep.nlp.drafts import _UNARMED_CROWD, RIVAL_SIDES, _Draft, _draft_for_sentence
from sitrep.nlp.event_types import CROWD_DAMAGE
from sitrep.nlp.fatalities import Toll, count_captured, count_fatalities
from sitrep.nlp.limits import SHORT_NOTE_CHARS
from sitrep.nlp.places import PlaceMention
from sitrep.nlp.roles import Roles
from sitrep.nlp.signatures import _accepts
from sitrep.nlp.triggers import in_grievance

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor, _State

# why a week: see the module docstring of :mod:`sitrep.nlp.extract`, which exports it
UNDATED_OFFSET_DAYS = 7


def _actor_mentions(ex: Extractor, draft: _Draft, st: _State, when: date | None) -> tuple[ActorMention, ...]:
    country = st.country
    out: list[ActorMention] = []
    seen: set[str] = set()

    def add(hit: ActorHit, role: str, canonical: str | None = None) -> None:
        name = canonical or ex.kb.resolve(hit, country, when)
        if name in seen:
            return
        seen.add(name)
        out.append(ActorMention(hit.text, name, role, Span(hit.start, hit.end)))

    violent = draft.etype in ("Battles", "Violence against civilians", "Explosions/Remote violence")
    inits = [h for h in draft.roles.initiators if h.kind != "ethnic_group"] or draft.roles.initiators
    targets = draft.roles.targets
    # a mob that set on people (ACLED's "Mob violence") has victims beside it; a violent demonstration's
    # target is property or the police, and a civilian word after it names no side
    crowd = "Rioters" if draft.subtype == "Mob violence" else None
    for h in inits:
        if crowd is not None and h.kind == "civilian":
            # the mob is named as such at once, so that the civilians it attacked stay a side of their own
            # ("Residents of Tougan beat to death a man": Rioters, and the man Civilians)
            add(h, "actor1", f"{crowd} ({country})" if country else crowd)
        elif h.kind == "ethnic_group" and draft.subtype != "Agreement":
            add(h, "actor1", h.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia"))
        elif h.kind == "ethnic_group":
            # a community whose leaders sign a pact acts as the community, not as an armed militia (ACLED
            # codebook: identity groups are actors in their own right when they act; militia means armed)
            add(h, "actor1")
        else:
            add(h, "actor1")
    if violent and not inits:
        tr = draft.trigger
        name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.append(ActorMention(tr.text, name, "actor1", Span(tr.start, tr.end)))
        seen.add(name)
    if (
        draft.etype == "Battles"
        and not inits
        and not targets
        and RIVAL_SIDES.search(st.text[draft.sent[0] : draft.sent[1]])
    ):
        # rival unnamed groups fighting each other: ACLED lists the unidentified armed group on both sides
        tr = draft.trigger
        name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.append(ActorMention(tr.text, name, "actor2", Span(tr.start, tr.end)))
    if draft.etype == "Protests" and not inits:
        tr = draft.trigger
        name = f"Protesters ({country})" if country else "Protesters"
        out.append(ActorMention(tr.text, name, "actor1", Span(tr.start, tr.end)))
        seen.add(name)
    if draft.etype == "Riots" and not inits:
        tr = draft.trigger
        name = f"Rioters ({country})" if country else "Rioters"
        out.append(ActorMention(tr.text, name, "actor1", Span(tr.start, tr.end)))
        seen.add(name)
    if draft.etype == "Battles" and any(h.kind != "civilian" for h in targets):
        targets = [h for h in targets if h.kind != "civilian"]
    for h in targets:
        # "young people", "young men": the matcher's hit may be the bare noun
        crowd_words = st.text[max(0, h.start - 6) : h.end]
        crowd_hit = any(m.end() == len(crowd_words) for m in _UNARMED_CROWD.finditer(crowd_words))
        if draft.etype == "Riots" and h.kind == "civilian" and crowd_hit:
            add(h, "actor2", f"Rioters ({country})" if country else "Rioters")  # one side of the brawl
        elif h.kind == "ethnic_group":
            if draft.etype == "Battles":
                add(h, "actor2", h.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia"))
            else:
                civ = f"Civilians ({country})" if country else "Civilians"
                add(h, "actor2", civ)
                add(h, "assoc")
        else:
            add(h, "actor2")
    for h in draft.roles.assoc:
        add(h, "assoc")
    return tuple(out)


# a date that opens a state lasting to the event ("the blockade imposed since early October", "assiégé depuis
# le 3 mars") is when the situation began, not when the act was done: it is the event's date only when the
# note gives no other
_SINCE = re.compile(r"\b(?:since|ever\s+since|depuis)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _event_date(st: _State, draft: _Draft, scope: tuple[int, int]) -> tuple[date | None, str | None, Span | None]:
    s, e = draft.sent
    dates = [d for d in st.dates if not _SINCE.search(st.text[max(0, d.start - 30) : d.start])] or st.dates
    inside = [d for d in dates if s <= d.start < e]
    near = inside or [d for d in dates if scope[0] <= d.start < scope[1]] or dates
    if near:
        d = min(near, key=lambda x: abs(x.start - draft.trigger.start))
        return d.value, d.precision, Span(d.start, d.end)
    if st.published is not None:
        return st.published - timedelta(days=UNDATED_OFFSET_DAYS), "week", None
    return None, None, None


def _event_place(ex: Extractor, st: _State, draft: _Draft, scope: tuple[int, int]) -> PlaceMention | None:
    """Geo's chooser when the finder has one (it knows regions, borders and ACLED's coding of relative
    places); otherwise the most specific place nearest the trigger."""
    chooser = getattr(ex.places, "event_location", None)
    if chooser is not None:
        kwargs: dict[str, Any] = {
            "country_hint": st.country_hint or st.country,
            "trigger": (draft.trigger.start, draft.trigger.end),
            "scope": scope,
        }
        if _accepts(chooser, "event_type"):  # lets geo code a protest with no stated place at the capital
            kwargs["event_type"] = draft.etype
        found: PlaceMention | None = chooser(st.text, st.places, **kwargs)
        return found
    s, e = draft.sent
    cands = (
        [p for p in st.places if s <= p.start < e]
        or [p for p in st.places if scope[0] <= p.start < scope[1]]
        or st.places
    )
    if not cands:
        return None

    def rank(p: PlaceMention) -> tuple[int, int, float]:
        return (p.place.geo_precision, abs(p.start - draft.trigger.start), -p.score)

    return min(cands, key=rank)


# a sentence that says it tells another incident
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|also|par ailleurs|ailleurs|autre|distinct)\b", re.I)
# the act named as the thing laid on someone: "officials blamed the attack on X", "ont imputé l'attaque à X",
# "attributed the killings to X" refers back to the incident the note told, it is no second event
_BLAMED_ACT = re.compile(
    r"\b(?:blamed|attributed|imputed|imput\w*|attribu\w*)\s+(?:the|this|that|l['’]|cette|cet|les?|la|ces)\s*"
    r"(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


def _scope_end(text: str, st: _State, first: int) -> int:
    """Where the primary event's narrative ends: the paragraph, for short notes the whole text."""
    if len(text) <= SHORT_NOTE_CHARS:
        return len(text)
    para = text.find("\n\n", first)
    return len(text) if para == -1 else para


def _build_events(ex: Extractor, text: str, st: _State) -> list[EventMention]:
    drafts = [d for d in (_draft_for_sentence(text, st, s) for s in st.sentences) if d is not None]
    if not drafts:
        return []
    primary = drafts[0]
    # a later sentence with a violent act and named sides beats an opening that is only context; a crowd's
    # demonstration or riot is an event of its own, and what the police did next is its intervention
    if not primary.trigger.violent and primary.etype not in ("Protests", "Riots"):
        for d in drafts[1:3]:
            if (
                d.trigger.violent
                and len(text) <= SHORT_NOTE_CHARS
                and d.roles.initiators
                and not primary.roles.initiators
            ):
                primary = d
                break
    # the next sentence, with no attacker of its own, often tells how the act was done or what it cost: a
    # robbery whose passengers were wounded is violence against civilians (ACLED codes looting with people
    # hurt as an attack); "the base was attacked. Rockets landed inside the base" is remote violence
    at = drafts.index(primary)
    nxt = drafts[at + 1] if at + 1 < len(drafts) and len(text) <= SHORT_NOTE_CHARS else None
    if nxt is not None and not nxt.roles.initiators:
        if primary.subtype == "Looting/property destruction" and nxt.etype == "Violence against civilians":
            roles = Roles(primary.roles.initiators, primary.roles.targets + nxt.roles.targets, primary.roles.assoc)
            primary = _Draft(primary.sent, primary.trigger, primary.classes, roles, nxt.etype, nxt.subtype)
        elif (
            primary.etype == "Battles"
            and "clash" not in primary.classes
            and nxt.etype == "Explosions/Remote violence"
            and nxt.subtype != "Air/drone strike"
            and re.search(
                r"explo|detonat|blast|\bhit\b|struck|\bfell\b|landed|went off", text[nxt.sent[0] : nxt.sent[1]], re.I
            )
        ):
            primary = _Draft(primary.sent, primary.trigger, primary.classes, primary.roles, nxt.etype, nxt.subtype)
    if (
        nxt is not None
        and primary.subtype == "Non-violent transfer of territory"
        and primary.roles.initiators
        and not nxt.roles.initiators
        and nxt.etype == "Battles"
        and nxt.roles.targets
        and all(h.kind in ARMED_KINDS for h in nxt.roles.targets)
    ):
        # "the army moved back into Pensa. About ten assailants were killed in the operation": the place was
        # taken by fighting, against the men killed (ACLED codebook, Battles: Government regains territory /
        # Non-state actor overtakes territory); people living there are no side of the fight
        state = primary.roles.initiators[0].kind == "state"
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        armed = [h for h in primary.roles.targets if h.kind in ARMED_KINDS] or nxt.roles.targets
        roles = Roles(primary.roles.initiators, armed, primary.roles.assoc)
        primary = _Draft(primary.sent, primary.trigger, primary.classes, roles, "Battles", sub)
    if (
        nxt is not None
        and primary.subtype == "Disrupted weapons use"
        and primary.trigger.text.lower().startswith("intercept")
        and nxt.classes & {"kill", "shoot", "clash"}
        and nxt.etype in ("Violence against civilians", "Battles")
    ):
        # "intercepted a convoy ... two smugglers were killed": men killed in an interception were fought, an
        # armed clash with the force (ACLED codes a seizure without a fight as a disrupted weapons use)
        primary = _Draft(primary.sent, primary.trigger, primary.classes, primary.roles, "Battles", "Armed clash")
    if len(text) <= SHORT_NOTE_CHARS and _attackers_fell(text, primary):
        primary = _Draft(primary.sent, primary.trigger, primary.classes, primary.roles, "Battles", "Armed clash")
    absorbed: _Draft | None = None  # a later sentence folded into the primary is no event of its own
    if len(text) <= SHORT_NOTE_CHARS and primary.subtype == "Peaceful protest":
        primary, absorbed = _intervention_told_later(text, primary, drafts[at + 1 :], st)
    if len(text) <= SHORT_NOTE_CHARS and primary.subtype in ("Looting/property destruction", "Arrests"):
        primary = _harm_in_custody_or_raid(text, primary, drafts[at + 1 :])
    # the primary retyped above is still the sentence's draft: it is not a second event
    ordered = [primary] + [d for d in drafts if d is not primary and d is not drafts[at] and d is not absorbed]
    events: list[EventMention] = []
    used_types: set[tuple[str, frozenset[str]]] = set()
    for d in ordered:
        if d is not primary:
            # news of an act reported elsewhere ("the minister announced the death of X") is not a new event
            if sentence_mood(text, d.sent[0], d.sent[1], d.trigger) == "announcement":
                continue
            if _BLAMED_ACT.search(text[max(d.sent[0], d.trigger.start - 40) : d.trigger.start]):
                continue
            names = frozenset(h.entry.key for h in d.roles.initiators + d.roles.targets)
            key = (d.etype, names)
            # restatements of the primary (same type, and no new sides or no date of their own) are not new events
            own_date = any(d.sent[0] <= t.start < d.sent[1] for t in st.dates)
            if d.etype == primary.etype and (
                not own_date or not (names - {h.entry.key for h in primary.roles.initiators + primary.roles.targets})
            ):
                continue
            if key in used_types or not names:
                continue
            if (
                len(text) <= SHORT_NOTE_CHARS
                and not own_date
                and not d.roles.initiators
                and d.classes <= {"kill", "shoot"}
                and all(h.kind == "civilian" for h in d.roles.targets)
                and not _SEPARATE.search(text[d.sent[0] : d.sent[1]])
            ):
                # "Four people died and nine were wounded": a toll with nobody acting, told after the act, is
                # what the primary event cost, not an event of its own
                continue
            used_types.add(key)
        scope = (d.sent[0], _scope_end(text, st, d.sent[0])) if d is primary else d.sent
        events.append(_mention(ex, text, st, d, scope, len(events)))
    return events


# the attackers themselves put down: "a dozen assailants were killed", "une quinzaine d'assaillants ont été
# neutralisés", "troops killed about 15 attackers"
_ATTACKERS_FELL = re.compile(
    r"\b(?:assailants|attackers|assaillants)\b[^.;]{0,40}?\b(?:killed|neutrali[sz]ed|dead|tués|neutralisés|abattus)|"
    r"\b(?:killed|neutrali[sz]ed|tué|neutralisé|abattu)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:d['’])?"
    r"(?:assailants|attackers|assaillants)\b",
    re.IGNORECASE,
)


def _attackers_fell(text: str, primary: _Draft) -> bool:
    """Whether a ground assault on a force opened by shells or bombs cost the attackers their own dead.

    Attackers killed at the target came within the defenders' fire: ACLED codes such a complex attack on a
    camp (mortars, then car bombs and assault teams) as the battle it became, not as the shelling that
    opened it. A lone suicide bomber dies by his own bomb, so suicide bombings are left as they are."""
    if primary.etype != "Explosions/Remote violence" or primary.subtype in ("Suicide bomb", "Air/drone strike"):
        return False
    if "attack" not in primary.classes or not any(h.kind in ARMED_KINDS for h in primary.roles.targets):
        return False
    return bool(_ATTACKERS_FELL.search(text, primary.sent[0]))


# the demonstrators named again as the ones held: "arrested ten of them", "a interpellé une dizaine d'entre eux"
_CROWD_HELD = re.compile(
    r"\b(?:them|protesters|demonstrators|marchers|participants|organi[sz]ers|manifestants|marcheurs|"
    r"d['’]entre eux|les\s+a\s+(?:\w+\s+)?(?:interpell|arrêt))",
    re.IGNORECASE,
)


def _crowd_damage_told(text: str, d: _Draft, st: _State) -> bool:
    """Whether a later sentence tells the crowd itself wrecking property ("Some of them stormed the
    assembly and set fires; police fired tear gas"): a damage word with no armed side named before it in
    its sentence has the demonstrators for its subject (ACLED codebook, Riots: a demonstration with
    "vandalism, property destruction" is a violent demonstration, whatever the police did after)."""
    s, e = d.sent
    for t in st.triggers:
        if not (s <= t.start < e and t.cls in ("destroy", "loot") and CROWD_DAMAGE.search(t.text)):
            continue
        armed_before = any(s <= h.start < t.start and h.kind in ARMED_KINDS for h in st.actors)
        if not armed_before and not in_grievance(text[s:e], t.start - s, st.language):
            return True
    return False


def _intervention_told_later(
    text: str, primary: _Draft, later: list[_Draft], st: _State
) -> tuple[_Draft, _Draft | None]:
    """A protest whose note goes on to tell how a force broke it up or held its demonstrators.

    The first sentence says who marched and why, the next what the police did ("La gendarmerie a dispersé
    la foule", "Police arrested ten of them"): ACLED codes the demonstration as a Protest with intervention
    (codebook, Protests: "individuals are engaged in a peaceful protest and there is an attempt to disperse
    or suppress the protest"), with the same crowd and the same place."""
    for d in later:
        sentence = text[d.sent[0] : d.sent[1]]
        if (d.subtype == "Violent demonstration" and "riot" in d.classes) or _crowd_damage_told(text, d, st):
            # "Some youths threw stones at the gate and police fired tear gas": the crowd turned violent, and
            # ACLED codes the whole demonstration as a riot (codebook, Riots: "demonstrators engage in
            # violence"), the crowd on one side and the force that met it on the other
            crowd = primary.roles.initiators or [h for h in primary.roles.targets if h.kind not in ARMED_KINDS]
            armed = [h for h in d.roles.initiators + d.roles.targets if h.kind in ARMED_KINDS] or [
                h for h in primary.roles.targets if h.kind in ARMED_KINDS
            ]
            roles = Roles(crowd, armed[:1], primary.roles.assoc)
            riot = _Draft(primary.sent, primary.trigger, primary.classes, roles, "Riots", "Violent demonstration")
            # the sentence told the crowd's own damage under a type of its own (the force's shooting): it is this
            # riot, not a second event; one typed as a riot is left to the restatement check below
            return riot, (d if d.etype != "Riots" else None)
        held = d.subtype == "Arrests" and _CROWD_HELD.search(sentence) is not None
        if d.subtype == "Protest with intervention" or "intervene" in d.classes or held:
            told = _Draft(
                primary.sent, primary.trigger, primary.classes, primary.roles, "Protests", "Protest with intervention"
            )
            return told, None
    return primary, None


_PEOPLE_HARMED = re.compile(
    r"tortur|whipp|flogg|mutilat|ill-?treat|mistreat|\bbeaten\b(?!\s+(?:back|off))|\bbeat\b|beating|"
    r"killed|wounded|injured|executed|shot\b|stabbed",
    re.IGNORECASE,
)


def _harm_in_custody_or_raid(text: str, primary: _Draft, later: list[_Draft]) -> _Draft:
    """A raid or an arrest whose note goes on to tell of people hurt by it is violence against civilians.

    ACLED codes looting or property destruction in which people are assaulted as an attack on civilians,
    and detainees beaten, tortured or killed by their captors likewise (codebook, Violence against
    civilians: "violence ... upon unarmed non-combatants"); a later sentence with no attacker of its own
    ("two guards were beaten", "all the detainees were tortured") tells what the same raiders or captors did."""
    for d in later:
        if d.roles.initiators or d.etype != "Violence against civilians":
            continue
        if d.trigger.cls in ("kill", "shoot") and _PEOPLE_HARMED.search(text[d.sent[0] : d.sent[1]]):
            roles = Roles(primary.roles.initiators, primary.roles.targets + d.roles.targets, primary.roles.assoc)
            return _Draft(primary.sent, primary.trigger, primary.classes, roles, d.etype, d.subtype)
    return primary


def _mention(ex: Extractor, text: str, st: _State, d: _Draft, scope: tuple[int, int], index: int) -> EventMention:
    when, precision, date_span = _event_date(st, d, scope)
    # a short note is about its primary event from its first word: a place named before the sentence that
    # carries the trigger ("Clashes in Bankass, Mopti Region. 2 herders dead ...") is still the event's place
    place_scope = (0, scope[1]) if index == 0 and len(text) <= SHORT_NOTE_CHARS else scope
    place = _event_place(ex, st, d, place_scope)
    fat: Toll = count_fatalities(text, scope[0] if index else 0, scope[1], st.language)
    cap: Toll = count_captured(text, scope[0], scope[1], st.language)
    location: Place | None = acled_place(place.place) if place else None
    if location is not None and location.country is None and st.country:
        location = Place(**{**_place_fields(location), "country": st.country})
    if location is None and st.country:
        # no place resolved: the country alone, at country precision, so the event is still placed somewhere
        location = Place(name=st.country, country=st.country, geo_precision=3, how="document country")
    # A note that gives no toll makes no claim about one: None, not 0, so fusion does not read silence as a
    # contradiction of another source's figure (the scorer counts null as 0 anyway).
    fatalities = fat.value
    # nothing a report tells happened after it was published: a date read past it is a misread one (a
    # later claim's month), so the names actors bore at publication are used instead
    named_when = min(when, st.published) if when is not None and st.published is not None else when
    actors = refine_actors(
        _actor_mentions(ex, d, st, named_when),
        event_type=d.etype,
        text=st.text,
        hits=st.actors,
        country=st.country,
        when=named_when,
        scope=d.sent,
        sub_event_type=d.subtype,
    )
    return EventMention(
        document_id=ex._doc_id,
        index=index,
        event_type=d.etype,
        sub_event_type=d.subtype,
        date=when,
        date_precision=precision,  # type: ignore[arg-type]
        actors=actors,
        location=location,
        fatalities=fatalities,
        captured=cap.value,
        evidence=Span(d.sent[0], d.sent[1]),
        date_span=date_span,
        type_span=Span(d.trigger.start, d.trigger.end),
        location_span=Span(place.start, place.end) if place and place.end > place.start else None,
        fatalities_span=Span(fat.start, fat.end) if fat.value is not None else None,
        captured_span=Span(cap.start, cap.end) if cap.value is not None else None,
        confidence=0.6 if d.roles.initiators and d.roles.targets else 0.4,
    )


def _place_fields(p: Place) -> dict[str, Any]:
    return {k: getattr(p, k) for k in Place.__slots__}
