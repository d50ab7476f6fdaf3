"""Event coding: a report's text in, ACLED-coded EventMentions out.

The pipeline is a blank spaCy English tokenizer plus named stages, each taking the Doc and leaving more
annotation in ``doc.user_data["sitrep"]`` ("Doc in, Doc out"). Stages, in order (:data:`STAGES`):
sentences → actors → dates → places → counts → triggers → events. Everything is rules over tokens and
character offsets, so a short note is coded in about a millisecond and every coded field keeps the span
that supports it.

Undated notes: when the text has no date expression the event is dated :data:`UNDATED_OFFSET_DAYS` before
the publication date with ``week`` precision. Field bulletins report events one to fourteen days old, so
the middle of that window is the guess with the smallest expected error; the precision says it is a guess.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.ingest.language import guess_language
from sitrep.ingest.sections import find_sections
from sitrep.model import ActorMention, Document, EventMention, Place, Section, Span
from sitrep.nlp import lang
from sitrep.nlp.actors import ActorHit, ActorKB, ActorMatcher, load_kb
from sitrep.nlp.attribution import refine_actors
from sitrep.nlp.country_names import acled_country, acled_place
from sitrep.nlp.doc_mood import sentence_mood
from sitrep.nlp.fatalities import Toll, count_captured, count_fatalities
from sitrep.nlp.limits import SHORT_NOTE_CHARS
from sitrep.nlp.places import PlaceFinder, PlaceMention, no_places
from sitrep.nlp.roles import Roles, assign_roles, complete_roles, imputed_identity
from sitrep.nlp.timex import TimeExpr, find_dates
from sitrep.nlp.triggers import Trigger, find_triggers, main_class, names_unarmed_victim, type_event

__all__ = ["STAGES", "UNDATED_OFFSET_DAYS", "Extractor"]

UNDATED_OFFSET_DAYS = 7
EXTRACTOR_NAME = "sitrep.rules"
EXTRACTOR_VERSION = "0.1"

Stage = Callable[["Extractor", Doc], Doc]


@dataclass
class _State:
    """What the stages write for one document."""

    published: date | None
    country_hint: str | None
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    actors: list[ActorHit] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    country: str | None = None
    events: list[EventMention] = field(default_factory=list)
    sections: tuple[Section, ...] | None = None
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    language: str = lang.DEFAULT


def _state(doc: Doc) -> _State:
    st: _State = doc.user_data["sitrep"]
    return st


# --- stages ---------------------------------------------------------------------------------------------

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=[-*•]\s)")
_ABBREV = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Dr|Gen|Col|Lt|Capt|Sgt|St|No|vs|approx|incl|esp|Sept?|Oct|Nov|Dec|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|U\.S|U\.N|km|e\.g|i\.e)\.$"
)


def stage_sentences(ex: Extractor, doc: Doc) -> Doc:
    """Sentence spans by punctuation: notes are short and telegraphic, a statistical splitter adds little."""
    text = _state(doc).text
    st = _state(doc)
    start = 0
    for m in _SENT_END.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if text[start : m.start()].strip():
            st.sentences.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        st.sentences.append((start, len(text)))
    return doc


def stage_actors(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    st.actors = _bind_bare_forces(_drop_sources(st.text, ex.matcher_for(st.language)(doc)))
    return doc


# "according to Gao residents", "heard by locals", "residents said": people named as the source of a
# report, who are no side of the event they tell of (ACLED codes the event's actors, not its witnesses)
_SOURCE_BEFORE = re.compile(
    r"\b(?:reported|heard|seen|witnessed|observed|confirmed|signalled|signaled|according to)\s+(?:by\s+)?"
    r"(?:the\s+|some\s+|several\s+|many\s+)?(?:[A-Z][\w'-]*\s+)?$",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(r"^\s+(?:said|say|says|reported|report|told|claimed|claim|witnessed|recounted)\b")


# the people of a place, who tell of what they saw; a victim telling of his own beating ("two men said they
# were beaten") is still the victim
_BYSTANDERS = frozenset(
    {"locals", "local residents", "residents", "resident", "inhabitants", "villagers", "population", "people"}
)


def _drop_sources(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Civilian words that name who told of an event, not who took part in it; and a "chief" that is an armed
    group's own ("a GATIA commander"), whom the group's name already stands for (ACLED codes an attack on a
    commander as one on his group, not on civilians)."""
    armed_ends = {h.end for h in hits if h.kind in _ARMED_KINDS}
    return [
        h
        for h in hits
        if not (
            h.kind == "civilian"
            and h.text.lower() in _BYSTANDERS
            and (_SOURCE_BEFORE.search(text[max(0, h.start - 40) : h.start]) or _SOURCE_AFTER.match(text[h.end :]))
        )
        and not (
            h.kind == "civilian"
            and h.text.lower() in _RANKS
            and any(text[e : h.start].strip().lower() in _RANK_QUALIFIERS for e in armed_ends if e <= h.start)
        )
    ]


_ARMED_KINDS = frozenset({"state", "rebel", "militia", "islamist", "international", "ethnic_militia"})
_RANKS = frozenset({"chief", "leader", "commander"})
_RANK_QUALIFIERS = frozenset({"", "military", "security", "senior", "top", "local", "field", "operations"})


_ANAPHORA_CHARS = 400


def _bind_bare_forces(hits: list[ActorHit]) -> list[ActorHit]:
    """A bare "soldiers" or "troops" after one named force is that force's ("Operation Barkhane said ...
    soldiers neutralised 20 jihadists"; "a MINUSMA convoy ... two soldiers killed"): the word refers back,
    it does not bring the host country's army in. With two forces named before it the reference is open,
    and the word keeps meaning the army of the report's country."""
    out: list[ActorHit] = []
    for i, h in enumerate(hits):
        if h.entry.key == "military:@doc":
            named = {
                p.entry.key: p
                for p in hits[:i]
                if p.kind in ("state", "international")
                and not p.entry.key.endswith(":@doc")
                and not p.entry.key.startswith("police:")
                and not p.entry.canonical.startswith("Government")
                and h.start - p.end < _ANAPHORA_CHARS
            }
            if len(named) == 1:
                out.append(ActorHit(h.start, h.end, h.text, next(iter(named.values())).entry))
                continue
        out.append(h)
    return out


def stage_dates(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    st.dates = list(find_dates(_state(doc).text, st.published, language=st.language))
    return doc


def stage_places(ex: Extractor, doc: Doc) -> Doc:
    """Places, resolved with the actors as a soft country prior ("FAMa" makes Mali's Boni likelier than
    Burkina Faso's), then the report's country."""
    st = _state(doc)
    exclude = [(h.start, h.end) for h in st.actors if h.kind not in ("ethnic_group",)]
    prior = _actor_countries(st.actors)
    if prior and _takes_prior(ex.places):
        st.places = ex.places(st.text, country_hint=st.country_hint, exclude_spans=exclude, country_prior=prior)
    else:
        st.places = ex.places(st.text, country_hint=st.country_hint, exclude_spans=exclude)
    geo_country = getattr(ex.places, "document_country", None)
    if geo_country is not None and not st.country_hint:
        # geo has weighed the places and country names; only the actors are left to ask
        st.country = acled_country(
            geo_country(st.text, st.places, None) or _document_country(ex.kb, st.text, st, places_weighed=True)
        )
    else:
        st.country = acled_country(_document_country(ex.kb, st.text, st))
    return doc


def stage_counts(ex: Extractor, doc: Doc) -> Doc:
    return doc  # counts are read per event scope in stage_events (they depend on the event's sentences)


def stage_triggers(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    for s, e in st.sentences:
        st.triggers.extend(find_triggers(_state(doc).text[s:e], s, st.language))
    return doc


def stage_events(ex: Extractor, doc: Doc) -> Doc:
    """Short notes: one sentence, one event. Whole documents (sections, several paragraphs): frames filled
    across sentences and merged per real event (:mod:`sitrep.nlp.document`, imported here because it builds
    on this module's drafts)."""
    from sitrep.nlp import document

    st = _state(doc)
    text = st.text
    sections = st.sections if st.sections is not None else tuple(find_sections(text))
    # the whole-document assembler reads English discourse cues; other languages are coded note-style
    if st.language == lang.DEFAULT and document.is_whole_document(text, sections):
        ctx = document.build_context(text, st.sentences, sections, st.title, st.metadata)
        st.events = document.assemble_events(ex, text, st, ctx)
    else:
        st.events = _build_events(ex, text, st)
    return doc


STAGES: dict[str, Stage] = {
    "sentences": stage_sentences,
    "actors": stage_actors,
    "dates": stage_dates,
    "places": stage_places,
    "counts": stage_counts,
    "triggers": stage_triggers,
    "events": stage_events,
}
"""The pipeline's stages by name; :attr:`Extractor.pipeline` lists the names in order."""


# --- helpers ----------------------------------------------------------------------------------------------


def _takes_prior(finder: object) -> bool:
    """Whether a place finder accepts ``country_prior`` (test fakes and older finders do not)."""
    return _accepts(finder, "country_prior")


def _accepts(fn: object, name: str) -> bool:
    """Whether ``fn`` takes the keyword ``name``: asked of the signature, so that a TypeError raised inside
    the call is never mistaken for "does not take it". Cached on the underlying function."""
    return _accepts_cached(getattr(fn, "__func__", fn), name)


@functools.lru_cache(maxsize=64)
def _accepts_cached(fn: object, name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _actor_countries(hits: Sequence[ActorHit]) -> list[str]:
    """Countries the text's named actors belong to: national forces, armed groups and missions with a
    home country (MINUSMA, FAMa, GATIA, Ansaroul Islam), most cited first."""
    counts: dict[str, int] = {}
    for h in hits:
        e = h.entry
        if not e.country:
            continue
        if e.kind in ("rebel", "militia", "international") or (
            e.kind == "state" and e.key.startswith(("military:", "police:"))
        ):
            counts[e.country] = counts.get(e.country, 0) + 1
    return sorted(counts, key=lambda c: (-counts[c], c))


def _document_country(kb: ActorKB, text: str, st: _State, *, places_weighed: bool = False) -> str | None:
    """The country the report is about: the hint, else where its places are, else who it names.

    ``places_weighed``: geo has already voted with the places and country names (and found nothing), so
    only the actors count: a country named as someone's origin ("a peacekeeper from Liberia") is not a cue.
    """
    if st.country_hint:
        return st.country_hint
    votes: dict[str, float] = {}
    for p in [] if places_weighed else st.places:
        if p.place.country:
            votes[p.place.country] = votes.get(p.place.country, 0.0) + 1.0
    for h in st.actors:
        if h.entry.country and h.entry.kind == "state" and h.entry.key.startswith(("military:", "police:")):
            votes[h.entry.country] = votes.get(h.entry.country, 0.0) + 1.0
        elif h.entry.country and h.entry.kind in ("rebel", "militia", "international"):
            votes[h.entry.country] = votes.get(h.entry.country, 0.0) + 0.5
    for i, c in enumerate([] if places_weighed else kb.mentioned_countries(text)):
        votes[c] = votes.get(c, 0.0) + (0.75 if i == 0 else 0.25)
    if not votes:
        return None
    return max(votes, key=lambda c: votes[c])


_GENERIC_VICTIM_KINDS = ("civilian", "ethnic_group")


@dataclass
class _Draft:
    sent: tuple[int, int]
    trigger: Trigger
    classes: set[str]
    roles: Roles
    etype: str
    subtype: str


def _kinds(hits: list[ActorHit]) -> list[str]:
    return [h.kind for h in hits]


def _victim_kind_fix(hits: list[ActorHit]) -> list[ActorHit]:
    return hits


_PARTICIPANT_LEAD = re.compile(
    r"\b(?:between|against|on|by|targeting|targeted|at|of|par|contre|entre|sur)\s+(?:the\s+|a\s+|an\s+|les?\s+|la\s+|des\s+)?"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _clause_verb(text: str, trig: Trigger, real: Sequence[Trigger], hits: Sequence[ActorHit]) -> Trigger:
    """The trigger whose neighbours are its agent and patient, when the picked one has neither side before it.

    "The attack took place on 23 March when Boko Haram fighters attacked an army base": the opening noun names
    the event but every actor follows it, so word order around it cannot tell who attacked; the later verb
    with an actor on each side can."""
    # a mention the trigger overlaps ("Turkish drones" in "drones struck") stands before it
    if not trig.violent or trig.cls == "clash" or any(h.start < trig.start for h in hits):
        return trig
    later = [h for h in hits if h.start >= trig.end]
    if later and _PARTICIPANT_LEAD.search(text[trig.end : later[0].start]):
        return trig  # "assault on MINUSMA", "attacks by JNIM": the noun has its own participants
    for t in real:
        agent = any(h.end <= t.start and h.start >= trig.end for h in hits)
        if t.start > trig.start and t.violent and agent and any(h.start >= t.end for h in hits):
            return t
    return trig


_UNARMED_CROWD = re.compile(
    r"(?:rival |opposing |the )?(?:students?|pupils|youths?|young (?:men|people)|supporters|fans)", re.IGNORECASE
)


def _unarmed_receiver(text: str, sent: tuple[int, int], hits: Sequence[ActorHit], roles: Roles) -> bool:
    """Whether the sentence's only armed side is its attacker: every other named party is civilian and
    the words outside the attackers' names name an unarmed victim and no armed one."""
    if not roles.initiators or any(h.kind != "civilian" for h in hits if h not in roles.initiators):
        return False
    s, e = sent
    rest = text[s:e]
    for h in sorted(roles.initiators, key=lambda h: -h.start):
        rest = rest[: h.start - s] + " " + rest[h.end - s :]
    return names_unarmed_victim(rest)


def _draft_for_sentence(text: str, st: _State, sent: tuple[int, int]) -> _Draft | None:
    s, e = sent
    trigs = [t for t in st.triggers if s <= t.start < e]
    if not trigs:
        return None
    classes = {t.cls for t in trigs}
    main = main_class(classes)
    if main is None:
        return None
    # the trigger that carries the roles: the first of the main class (a prefix's first real trigger)
    real = [t for t in trigs if not t.cls.startswith("prefix:")]
    pick = [t for t in real if t.cls == main] or real or trigs
    trig = pick[0]
    # in a violent sentence the first violent word is the clause's verb ("FAMa post attacked, 2 dead"): the
    # later ones are its outcome, and reading roles from them puts the victims before the verb as attackers
    first_violent = [t for t in real if t.violent]
    if trig.violent and first_violent and first_violent[0].start < trig.start:
        trig = first_violent[0]
    hits = [h for h in st.actors if s <= h.start < e and not imputed_identity(text[s:e], s, h)]
    trig = _clause_verb(text, trig, real, hits)
    roles = complete_roles(assign_roles(text[s:e], s, hits, trig, st.language), text[s:e], s, hits, trig, st.actors)
    others = tuple(h.kind for h in hits if h not in roles.initiators and h not in roles.targets)
    typed = type_event(
        classes,
        _kinds(roles.initiators),
        _kinds(roles.targets),
        others,
        tuple(t.text.lower() for t in trigs),
        language=st.language,
    )
    if typed is None:
        return None
    if typed[0] == "Battles" and main in ("attack", "kill", "abduct") and _unarmed_receiver(text, sent, hits, roles):
        # only the attackers are armed (a mayor's car ambushed, a judge's driver killed): ACLED codes the
        # attack as violence against civilians; an escort, a guard or return fire keeps it a battle
        sub = "Abduction/forced disappearance" if main == "abduct" else "Attack"
        typed = ("Violence against civilians", sub)
    sides = roles.initiators + roles.targets
    if (
        main == "clash"
        and typed[0] == "Violence against civilians"
        and sides
        and all(_UNARMED_CROWD.fullmatch(h.text) for h in sides)
    ):
        # students or youths fighting each other are no armed, organised side and nobody is attacked
        # defenceless: ACLED codes the brawl as a riot
        typed = ("Riots", "Mob violence")
    return _Draft(sent, trig, classes, roles, typed[0], typed[1])


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
    for h in inits:
        if h.kind == "ethnic_group":
            add(h, "actor1", h.entry.resolve(country, when).replace("Ethnic Group", "Ethnic Militia"))
        else:
            add(h, "actor1")
    if violent and not inits:
        tr = draft.trigger
        name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        out.append(ActorMention(tr.text, name, "actor1", Span(tr.start, tr.end)))
        seen.add(name)
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
        if draft.etype == "Riots" and h.kind == "civilian" and _UNARMED_CROWD.fullmatch(h.text):
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


def _event_date(st: _State, draft: _Draft, scope: tuple[int, int]) -> tuple[date | None, str | None, Span | None]:
    s, e = draft.sent
    inside = [d for d in st.dates if s <= d.start < e]
    near = inside or [d for d in st.dates if scope[0] <= d.start < scope[1]] or st.dates
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
    # a later sentence with a violent act and named sides beats an opening that is only context
    if not primary.trigger.violent and primary.etype != "Protests":
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
    # hurt as an attack); "the camp came under attack. Mortar shells hit the camp" is remote violence
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
    ordered = [primary] + [d for d in drafts if d is not primary]
    events: list[EventMention] = []
    used_types: set[tuple[str, frozenset[str]]] = set()
    for d in ordered:
        if d is not primary:
            # news of an act reported elsewhere ("the minister announced the death of X") is not a new event
            if sentence_mood(text, d.sent[0], d.sent[1], d.trigger) == "announcement":
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
            used_types.add(key)
        scope = (d.sent[0], _scope_end(text, st, d.sent[0])) if d is primary else d.sent
        events.append(_mention(ex, text, st, d, scope, len(events)))
    return events


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
    actors = refine_actors(
        _actor_mentions(ex, d, st, when),
        event_type=d.etype,
        text=st.text,
        hits=st.actors,
        country=st.country,
        when=when,
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


class Extractor:
    """The event coder. Build once (loads actor knowledge and patterns), then call :meth:`extract`."""

    def __init__(
        self,
        places: PlaceFinder | None = None,
        *,
        kb: ActorKB | None = None,
        pipeline: tuple[str, ...] = tuple(STAGES),
    ) -> None:
        self.nlp: Language = spacy.blank("en")
        self.kb = kb or load_kb()
        self.matcher = ActorMatcher(self.nlp, self.kb)
        # other languages' tokenizers and matchers are built on first use: English-only runs pay nothing
        self._nlps: dict[str, Language] = {lang.DEFAULT: self.nlp}
        self._matchers: dict[str, ActorMatcher] = {lang.DEFAULT: self.matcher}
        self.places: PlaceFinder = places or no_places
        unknown = [p for p in pipeline if p not in STAGES]
        if unknown:
            raise ValueError(f"unknown pipeline stages: {unknown}")
        self.pipeline = pipeline
        self._doc_id = ""

    def nlp_for(self, language: str) -> Language:
        """The blank spaCy pipeline for ``language`` (French splits elisions: "d'AQMI" → "d'" "AQMI")."""
        code = lang.pick(language)
        if code not in self._nlps:
            self._nlps[code] = spacy.blank(code)
        return self._nlps[code]

    def matcher_for(self, language: str) -> ActorMatcher:
        """The actor matcher built on ``language``'s tokenizer."""
        code = lang.pick(language)
        if code not in self._matchers:
            self._matchers[code] = ActorMatcher(self.nlp_for(code), self.kb)
        return self._matchers[code]

    @staticmethod
    def detect_language(text: str) -> str:
        """The language to read ``text`` in: the function-word guess, English when it cannot tell."""
        return lang.pick(guess_language(text) or lang.DEFAULT)

    @classmethod
    def with_gazetteer(cls, gazetteer_path: str | None = None) -> Extractor:
        """An extractor that fills locations from the geo package's gazetteer (when available)."""
        from sitrep.nlp.places import geo_place_finder

        return cls(geo_place_finder(gazetteer_path))

    def annotate(
        self,
        text: str,
        *,
        published: date | None,
        country_hint: str | None = None,
        sections: Sequence[Section] | None = None,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        language: str | None = None,
    ) -> Doc:
        code = lang.pick(language) if language is not None else self.detect_language(text)
        doc = self.nlp_for(code).make_doc(text)
        doc.user_data["sitrep"] = _State(
            published=published,
            country_hint=country_hint,
            text=text,
            sections=tuple(sections) if sections is not None else None,
            title=title,
            metadata=dict(metadata or {}),
            language=code,
        )
        with lang.using(code):  # helpers that take no language argument follow the document's
            for name in self.pipeline:
                doc = STAGES[name](self, doc)
        return doc

    def extract(
        self,
        text: str,
        *,
        published: date | None,
        document_id: str,
        country_hint: str | None = None,
        sections: Sequence[Section] | None = None,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        language: str | None = None,
    ) -> list[EventMention]:
        """The events ``text`` reports, primary first (``index`` 0..n-1).

        ``language`` ("en", "fr") picks the rules; None: guessed from the text's function words (English
        when the guess is unsure). Quotes and evidence spans stay in the text's own language.

        ``sections`` (as ingest found them) steer whole-document coding; when omitted they are found in the
        text with the ingest package's own rules, so plain text gives the same result.
        """
        self._doc_id = document_id
        doc = self.annotate(
            text,
            published=published,
            country_hint=country_hint,
            sections=sections,
            title=title,
            metadata=metadata,
            language=language,
        )
        return list(_state(doc).events)

    def extract_document(
        self, document: Document, *, country_hint: str | None = None, language: str | None = None
    ) -> list[EventMention]:
        """The events of an ingested :class:`~sitrep.model.Document`, using its sections and metadata
        (and its ``language`` as ingest found it, unless ``language`` is given)."""
        return self.extract(
            document.text,
            published=document.published,
            document_id=document.id,
            country_hint=country_hint,
            sections=document.sections,
            title=document.title,
            metadata=document.metadata,
            language=language or document.language,
        )
