"""Event coding of whole documents: reports, encyclopedia articles, wire stories.

A short note reports one incident in one or two sentences, and :mod:`sitrep.nlp.extract` codes it sentence
by sentence. A whole document is different in three ways, and this module handles each:

* **The frame is spread out.** "On 3 June the operation was launched ..." gives the date, a sentence two
  paragraphs later names the village, and "Four militants were killed" gives the toll. Each narrative
  sentence's arguments (dates, places, counts, actors) are attached to the nearest trigger sentence of the
  same paragraph, else of the same section, and a frame takes the most specific value of each field.
* **Most sentences are not events.** Assessments, prospects and background ("the ongoing fighting between
  X and Y", "an attempt to negotiate", "would change little") describe states, possibilities and opinions.
  Sections are zoned by name (analysis sections give nothing; background and aftermath only dated,
  specific reports) and sentences by mood (modal or conditional wording, announcements of a death that
  was reported elsewhere) before any event is built.
* **One event is told many times.** The title, the infobox, the lead and a "Battle" section all describe
  the same raid; frames of one document that agree on type, date and place are merged, so a document gives
  one mention per real event, the primary one first (the infobox / title / lead event of an article, the
  first event of an "Events" section of a brief), the rest by importance.

A campaign article (an infobox Date line spanning weeks or months, see
:attr:`~sitrep.nlp.doc_infobox.InfoboxFrame.campaign`) is coded as ACLED codes its first day: that day's
place and the deaths the prose gives for it, not the campaign's region or casualty totals.

The document's country is where its events happen (the primary event's place, the infobox place), not the
country word that occurs most often, and is written with ACLED's country names.

This module assembles the events; its parts are :mod:`~sitrep.nlp.doc_layout` (paragraphs, sections,
zones), :mod:`~sitrep.nlp.doc_mood` (which sentences report acts), :mod:`~sitrep.nlp.doc_dates` (which
dates date events), :mod:`~sitrep.nlp.doc_places`,
:mod:`~sitrep.nlp.doc_frames` (frames and merging), :mod:`~sitrep.nlp.doc_infobox`,
:mod:`~sitrep.nlp.doc_primary` (primary event, document country) and :mod:`~sitrep.nlp.doc_mentions`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from sitrep.model import EventMention
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_claims import claim_authors, with_claims
from sitrep.nlp.doc_conventions import after_midnight, handover_sides, lead_day, main_place_share, no_civilian_author
from sitrep.nlp.doc_dates import settle_dates, statement_dates
from sitrep.nlp.doc_frames import PRECISION_RANK, Frame, absorb, frame_specificity, merge_frames, month_day
from sitrep.nlp.doc_infobox import infobox_lines, read_infobox
from sitrep.nlp.doc_layout import (
    DocumentContext,
    Unit,
    build_context,
    is_whole_document,
)
from sitrep.nlp.doc_mentions import to_mention
from sitrep.nlp.doc_mood import not_an_act, relative_clauses, sentence_mood, told_elsewhere
from sitrep.nlp.doc_parties import not_a_party
from sitrep.nlp.doc_places import (
    collapse_relative,
    confine,
    locative,
    more_specific,
    place_ok,
    specificity,
    stated_chains,
)
from sitrep.nlp.doc_primary import (
    first_day,
    frames_country,
    lead_attacker,
    lead_targets,
    pick_primary,
    riot_tolls,
    with_attacker,
    with_infobox,
)
from sitrep.nlp.doc_setting import SPAN_BOUND, borrow_setting, title_setting
from sitrep.nlp.doc_tolls import (
    bomber_death,
    casualty_block,
    casualty_list,
    combine_sides,
    loss_prose,
    toll_camp,
)
from sitrep.nlp.doc_types import (
    crowd_control,
    crowd_damage,
    dispersed_crowd,
    lynching,
    peaceful_takeover,
    riot_by_acts,
    settle_type,
)
from sitrep.nlp.fatalities import (
    _SERIES,
    Toll,
    count_captured,
    count_fatalities,
    mask_non_counts,
    stated_final,
    unconfirmed,
)
from sitrep.nlp.numbers import parse_count
from sitrep.nlp.places import no_places
from sitrep.nlp.toll_cues import REVISED

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor, _State

# build_context and is_whole_document live in doc_layout; extract.stage_events reaches the whole-document
# path through this module alone, so they are part of its API too.
__all__ = ["assemble_events", "build_context", "is_whole_document"]


_COMPANIONS = re.compile(
    r"\b(?:killed|died|dead|slain|perished|was shot dead|lost (?:his|her) life)\b[^.;()]{0,40}?\b"
    r"(?:along|together)\s+with\s+(?P<n>[\w-]+)\s+(?:other|others|of\s+(?:his|her|their)|more|fellow|"
    r"companions|comrades|associates|fighters|militants|men|people)",
    re.IGNORECASE,
)

# one named victim and a counted group ("killed the priest, Father X, and five worshippers"): 1 + 5
_ONE_AND_N = re.compile(
    r"\b(?:killed|shot dead|executed|murdered|slew|tuant|tué|tués|abattu)\s+(?:the|a|an|one|le|la|un|une)\s+"
    r"[^\W\d]+(?:,\s*[^,;.()]{1,40},)?\s+(?:and|et)\s+(?P<n>[\w-]+)\s+(?:other\s+|autres\s+|of\s+(?:his|her|their)\s+)?[^\W\d]+s\b",
    re.IGNORECASE,
)


# a part of a toll said again ("157 villagers, many of them women and children, were killed"; "35 killed,
# among them 24 children"): a subset of the victims already counted, never more deaths
_PARTITIVE = re.compile(
    r",\s*(?:(?:many|most|some|several|half|all|mostly|\w+)\s+of\s+(?:them|whom)|among\s+(?:them|whom)|"
    r"including)\b[^,.;()]*",
    re.IGNORECASE,
)
# a toll corrected in the same sentence ("first reported 95 dead, but later revised the toll to 35";
# "a toll of 134 dead; it was later raised to 157"): the corrected figure replaces the first
_REVISED = re.compile(
    rf"\b{REVISED}\s+(?:(?:the|its|their|this)\s+(?:death\s+)?toll\s+)?(?:up\s+|down\s+)?to\s+"
    r"(?:at\s+least\s+|about\s+|around\s+)?(?P<n>\d[\d,]*)\b",
    re.IGNORECASE,
)


# the attacker's own death told beside a toll without a figure ("was killed, along with the bomber"; "one
# soldier was killed and the attacker died in the explosion"): ACLED counts the dead attacker too
_ATTACKER_TOO = re.compile(
    r"(?:\b(?:along|together)\s+with\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|kamikaze)\b|"
    r"\band\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|kamikaze)\s+(?:also\s+)?(?:died|was\s+killed|"
    r"blew\s+(?:himself|herself)\s+up)\b)",
    re.IGNORECASE,
)


# a killing told as a noun with its victims after a dated aside ("l'assassinat, le 9 août 2020, de huit
# personnes"): the counted victims are the deaths
_NOUN_KILLING = re.compile(
    r"\b(?:assassinat|meurtre|massacre|exécution|killing|murder|massacre|execution)\b(?:,[^,.;]{1,40},)?\s+"
    r"(?:de|d'|of)\s*(?:at\s+least\s+|au\s+moins\s+)?(?P<n>[^\W\d_]+|\d+)\s+[^\W\d_]+",
    re.IGNORECASE,
)


# one person put to death, told as a noun ("the murder of a young teacher", "l'assassinat d'un chef"): one
# death; a massacre or an execution "of a village" names a place, not one victim
_ONE_KILLED = re.compile(
    r"(?:assassinat|meurtre|killing|murder|assassination)\b(?:,[^,.;]{1,40},)?\s+(?:d['’]\s*une?|of\s+an?)\s",
    re.IGNORECASE,
)


# one person fatally wounded, told without a death word ("a young man was fatally shot", "un jeune homme a été
# mortellement atteint par balle"): one death; a plural subject gives no count
_ONE_FATALLY = re.compile(
    r"\b(?:a|an|one|un|une)\s+(?:[\w'’-]+\s+){0,6}?(?:was|has\s+been|a\s+été)\s+(?:fatally|mortally|mortellement)\s+"
    r"(?:shot|wounded|injured|hit|stabbed|atteinte?|bless[ée]e?|touch[ée]e?|frapp[ée]e?)\b",
    re.IGNORECASE,
)


def _sentence_toll(text: str, s: int, e: int, rel: Sequence[tuple[int, int]]) -> Toll:
    """Deaths of one sentence; "X was killed along with three others" counts X too (1 + 3)."""
    raw = text[s:e]
    if unconfirmed(raw):
        return Toll(None)  # a sentence of many figures: here the unconfirmed one never counts (fatalities.py)
    final = stated_final(text, s, e)
    if final is not None:
        return final
    sent = mask_non_counts(_PARTITIVE.sub(lambda m: " " * len(m.group(0)), raw))
    t = count_fatalities(sent)
    t = Toll(t.value, t.start + s, t.end + s) if t.value is not None else t
    noun = _NOUN_KILLING.search(sent) if t.value is None else None
    if noun is not None:
        n = 1 if _ONE_KILLED.match(noun.group(0)) else parse_count(noun.group("n"))
        if n is not None and (n > 1 or _ONE_KILLED.match(noun.group(0))):
            t = Toll(n, s + noun.start(), s + noun.end())
    revised = _REVISED.search(sent)
    if revised is not None and t.value is not None:
        n = parse_count(revised.group("n").replace(",", ""))
        if n is not None:
            t = Toll(n, s + revised.start(), s + revised.end())
    if t.value is not None and any(a <= t.start - s < b for a, b in rel):
        t = Toll(None)
    fatally = _ONE_FATALLY.search(sent) if t.value is None else None
    if fatally is not None and not any(a <= fatally.start() < b for a, b in rel):
        t = Toll(1, s + fatally.start(), s + fatally.end())
    one = _ONE_AND_N.search(text, s, e)
    if one is not None and t.value in (None, 1):
        n = parse_count(one.group("n"))
        if n is not None:
            return Toll(n + 1, one.start(), one.end())
    m = _COMPANIONS.search(text, s, e)
    if m:
        n = parse_count(m.group("n"))
        if n is not None and (t.value is None or t.value == n):
            return Toll(n + 1, m.start(), m.end())
    too = _ATTACKER_TOO.search(text, s, e)
    if too is not None and t.value is not None and not (t.start <= too.start() < t.end):
        return Toll(t.value + 1, t.start, max(t.end, too.end()))
    return t


def _unit_toll(text: str, s: int, e: int) -> Toll:
    """Deaths of the sentence ``text[s:e]``, its relative clauses set aside: the per-sentence reading that
    the losses-section rules of :mod:`sitrep.nlp.doc_tolls` weigh against each other."""
    return _sentence_toll(text, s, e, relative_clauses(text[s:e]))


def assemble_events(ex: Extractor, text: str, st: _State, ctx: DocumentContext) -> list[EventMention]:
    """The events of a whole document, primary first, one mention per real event."""
    from sitrep.nlp.drafts import _draft_for_sentence

    settle_dates(text, st, ctx)
    chains = stated_chains(text, st.places)
    if chains:
        st.places = confine(text, st.places, chains, None if ex.places is no_places else ex.places)
        chains = stated_chains(text, st.places)
        place_line = infobox_lines(text, ctx.sections).get("place")
        stated = next((c for c in chains if place_line and place_line[0] <= c.start < place_line[1]), None)
        if stated is not None:
            st.country = stated.country  # the infobox says where the article's event is
    units = ctx.units
    unit_of = {u.start: u for u in units}
    st.sentences = [(u.start, u.end) for u in units]
    # triggers that name things, or sit in asides, are not acts
    st.triggers = [t for t in st.triggers if not not_an_act(text, t)]
    ctx.excluded_dates.update(statement_dates(text, st, units))
    frames: list[Frame] = []
    moods: dict[int, str] = {}
    for u in units:
        if not u.narrative or u.zone in ("analysis", "skip"):
            continue
        sent = text[u.start : u.end]
        rel = relative_clauses(sent)
        saved = st.triggers
        st.triggers = [
            t for t in saved if not (u.start <= t.start < u.end and any(a <= t.start - u.start < b for a, b in rel))
        ]
        d = _draft_for_sentence(text, st, (u.start, u.end))
        st.triggers = saved
        if d is None:
            trig_here = [t for t in st.triggers if u.start <= t.start < u.end]
            if trig_here:
                moods[u.start] = sentence_mood(text, u.start, u.end, trig_here[0])
            else:
                moods[u.start] = "told" if told_elsewhere(text[u.start : u.end]) else "report"
            continue
        mood = sentence_mood(text, u.start, u.end, d.trigger)
        moods[u.start] = mood
        if mood != "report":
            continue
        own_date = [x for x in st.dates if u.start <= x.start < u.end and x.start not in ctx.excluded_dates]
        if u.zone == "context" and not any(x.precision in ("day", "week", "month") for x in own_date):
            continue  # background and aftermath: only dated, specific reports are events
        fr = Frame([d], u.zone, u.section, u.para, d.etype, d.subtype)
        if d.etype == "Riots" and dispersed_crowd(text, u.start, u.end):
            fr.etype, fr.subtype = "Protests", "Protest with intervention"
        fr.nominal = bool(
            re.match(
                r"(?:the|this|that|its|their)\s+$", text[max(u.start, d.trigger.start - 6) : d.trigger.start], re.I
            )
        )
        fr.confidence = (0.6 if d.roles.initiators and d.roles.targets else 0.45) * (
            0.7 if u.zone == "context" else 1.0
        )
        frames.append(fr)
    if not frames and not _infobox_in(ctx):
        return []
    _attach(ex, text, st, ctx, frames, moods, unit_of)
    info = read_infobox(text, ctx.sections, ctx.metadata, st, ex.kb, chains=chains)
    merged = merge_frames(frames)
    for f in merged:
        _sum_sides(f)
    primary = pick_primary(text, ctx, merged, info)
    attacker = lead_attacker(text, ctx, st.actors)
    if info is not None:
        primary = with_infobox(primary, info, ctx, attacker)
    elif primary is not None and primary.in_lead:
        with_attacker(primary, attacker, lead_targets(text, ctx, st.actors, attacker))
    rest = [f for f in merged if f is not primary]
    if primary is not None:
        _lead_date(primary, rest)
        title_setting(text, st, ctx, primary)
        rest = first_day(primary, rest)
        rest = lead_day(text, ctx, primary, rest)
        rest = month_day(primary, rest)
        after_midnight(text, ctx, primary)
        primary.actors = no_civilian_author(ex, primary)
        primary.actors.extend(_lone_claims(text, st, ctx, frames, moods))
        with_claims(primary, *claim_authors(text, st, ctx))
        day = primary.date.value if primary.date is not None and primary.date.precision == "day" else None
        damage = primary.etype == "Protests" and crowd_damage(text, ctx.units, st.actors, st.dates, day)
        rest = riot_tolls(primary, riot_by_acts(text, primary, absorb(primary, rest), damage))
        crowd_control(text, ctx.units, st.actors, st.dates, primary)
        listed = (
            (casualty_list(text, ctx.sections) or casualty_block(text)) if info is None or not info.campaign else None
        )
        if listed is not None and (primary.fatalities is None or (primary.fatalities.value or 0) < (listed.value or 0)):
            primary.fatalities = listed  # a per-side "Casualties" list: every side's deaths of the main event
        prose = (
            loss_prose(text, ctx.units, ctx.sections, partial(_unit_toll, text))
            if listed is None and (info is None or not info.campaign)
            else None
        )
        untold = primary.fatalities is None or primary.fatalities.value is None
        crowd = primary.etype in ("Protests", "Riots")
        if prose is None and listed is None and untold and not crowd and (info is None or not info.campaign):
            # the main event told no toll of its own: its "Casualties" section counts its dead (not a crowd's:
            # riot_tolls has already weighed which deaths were the crowd's, and the others are other events)
            prose = loss_prose(text, ctx.units, ctx.sections, partial(_unit_toll, text), gated=False)
        if prose is not None:
            primary.fatalities = prose  # the "Casualties" section weighs the sources; the main event's toll
            primary.sides = {}
        _add_bomber(text, ctx, primary, info)
        handover_sides(text, ctx, st.actors, primary)
        main_place_share(text, ctx, primary)
    rest.sort(key=lambda f: (-(f.fatalities.value or 0 if f.fatalities else 0), -frame_specificity(f), f.start))
    ordered = ([primary] if primary is not None else []) + rest
    for f in ordered:
        if not f.from_infobox or info is None or info.etype is None:
            settle_type(f)  # an "Attack type" line of the infobox states the type; else the sentences do
            peaceful_takeover(text, f, st.places)
            lynching(text, f)
        _sum_sides(f)  # frames absorbed into the primary may have brought another side's toll
    country = frames_country(ordered, st)
    if country is not None:
        st.country = country
    return [to_mention(ex, text, st, f, i, ctx.reference) for i, f in enumerate(ordered)]


def _lead_date(primary: Frame, rest: Sequence[Frame]) -> None:
    """A title names the article's event without a date ("Arrest of X", "Siege of Y"); the lead dates it
    ("The arrest of X was the detention, on 7 March 2020 in Z, of ..."). An undated primary event takes the
    stated day or month of the lead's first dated frame, not a date guessed from the publication."""
    if primary.date is not None or not primary.in_lead:
        return
    dated = [
        f
        for f in rest
        if f.in_lead
        and f.date is not None
        and f.date.precision in ("day", "month")
        and not (f.date.relative and f.date.anchor == "published")
    ]
    if dated:
        primary.date = min(dated, key=lambda f: f.start).date


def _sum_sides(f: Frame) -> None:
    """Each side's toll told in a sentence of its own: the frame's toll is their sum (ACLED adds both)."""
    total = combine_sides(f.fatalities.value if f.fatalities is not None else None, f.sides)
    if total is not None and f.fatalities is not None and total != f.fatalities.value:
        f.fatalities = Toll(total, f.fatalities.start, f.fatalities.end)


_ATTACKER_WORDS = re.compile(r"\b(?:bombers?|attackers?|assailants?|kamikazes?|assaillants?|drivers?)\b", re.I)


def _add_bomber(text: str, ctx: DocumentContext, f: Frame, info: object | None) -> None:
    """The suicide attacker's death told apart from the victims' figure is one more death (ACLED counts the
    bomber); never when the toll's own words or its camps already take in the attackers."""
    if f.fatalities is None or f.fatalities.value is None or info is not None or "armed" in f.sides:
        return
    t = f.fatalities
    n = t.value or 0
    if _ATTACKER_WORDS.search(re.split(r"[.;]", text[t.start : t.end + 40], maxsplit=1)[0]):
        return
    if bomber_death(text, ctx.units, ctx.sections, partial(_unit_toll, text)):
        f.fatalities = Toll(n + 1, t.start, t.end)


def _infobox_in(ctx: DocumentContext) -> bool:
    return any(s.name.lower() == "infobox" for s in ctx.sections) or any(k.startswith("infobox.") for k in ctx.metadata)


def _attach(
    ex: Extractor,
    text: str,
    st: _State,
    ctx: DocumentContext,
    frames: list[Frame],
    moods: dict[int, str],
    unit_of: dict[int, Unit],
) -> None:
    """Fill each frame from its own sentence, then from the sentences attached to it.

    A narrative sentence that reports (not modal, not an announcement) is attached to the nearest frame of
    its paragraph, else of its section; its date, places, counts and participating actors fill what the
    frame lacks or refine what it has (a day beats a month, a village beats a country).
    """
    attached: dict[int, list[Unit]] = {id(f): [] for f in frames}
    index = {u.start: i for i, u in enumerate(ctx.units)}
    by_section: dict[int, list[tuple[int, Frame]]] = {}
    for f in frames:
        by_section.setdefault(unit_of[f.drafts[0].sent[0]].section, []).append((index[f.drafts[0].sent[0]], f))
    for u in ctx.units:
        if (
            not u.narrative
            or u.zone in ("analysis", "skip")
            or moods.get(u.start, "report") not in ("report", "claim", "told")
        ):
            continue
        here = by_section.get(u.section)
        if not here:
            continue
        ui = index[u.start]
        k = bisect_right([i for i, _f in here], ui)
        near = [here[j] for j in (k - 1, k) if 0 <= j < len(here)]
        best = min(
            near,
            key=lambda item: (
                unit_of[item[1].drafts[0].sent[0]].para != u.para,
                abs(item[0] - ui) * 2 + (item[0] > ui),
            ),
        )[1]
        if best.drafts[0].sent[0] != u.start:
            attached[id(best)].append(u)
    claims = {u for u, m in moods.items() if m == "claim"}
    told = {u for u, m in moods.items() if m == "told"}
    for f in frames:
        own = unit_of[f.drafts[0].sent[0]]
        units = [own, *sorted(attached[id(f)], key=lambda u: abs(u.start - own.start))]
        _fill(text, st, ctx, f, units, claims, told)
        if f.place_value is None or specificity(f.place_value) == 0 or f.date is None:
            borrow_setting(text, st, ctx, f, own, told)


# a sentence that tells the same acts elsewhere ("Marches took place the same day in three other towns",
# "Des rassemblements ont eu lieu ailleurs dans le pays"): its places are other events', never this frame's
_ELSEWHERE = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|(?:le|ce)\s+même\s+jour|elsewhere|ailleurs|in\s+(?:several\s+|many\s+)?"
    r"other\s+(?:towns|cities|localities)|dans\s+(?:plusieurs\s+|de\s+nombreuses\s+)?(?:d['’]\s*)?autres\s+"
    r"(?:villes|localités))\b",
    re.IGNORECASE,
)


def _fill(
    text: str, st: _State, ctx: DocumentContext, f: Frame, units: list[Unit], claims: set[int], told: set[int]
) -> None:
    """A claim of responsibility attached to a frame names its author, never its date, place or toll; an
    announcement without a trigger of its own ("le ministère a annoncé la mort de 89 soldats le 13 janvier")
    gives the toll, never the date or place (those are the announcement's)."""
    trig = f.drafts[0].trigger
    for k, u in enumerate(units):
        if k > 0 and u.start in claims:
            f.actors.extend(_participants(text, st, u))
            continue
        sent = text[u.start : u.end]
        rel = relative_clauses(sent)

        def aside(pos: int, u: Unit = u, rel: list[tuple[int, int]] = rel) -> bool:
            return any(a <= pos - u.start < b for a, b in rel)

        ds = [
            d
            for d in st.dates
            if u.start not in told
            and u.start <= d.start < u.end
            and d.start not in ctx.excluded_dates
            and not aside(d.start)
            and not SPAN_BOUND.search(text, max(u.start, d.start - 30), d.start)
        ]
        if ds:
            d = min(ds, key=lambda x: (PRECISION_RANK.get(x.precision, 9), abs(x.start - trig.start)))
            if f.date is None or PRECISION_RANK.get(d.precision, 9) < PRECISION_RANK.get(f.date.precision, 9):
                f.date = d
        elsewhere = k > 0 and bool(_ELSEWHERE.search(sent))
        cands = collapse_relative([p for p in st.places if u.start <= p.start < u.end])
        cands = [
            p
            for p in cands
            if locative(text, p, u.start) and not aside(p.start) and u.start not in told and not elsewhere
        ]
        cands.sort(key=lambda p: (-specificity(p.place), abs(p.start - trig.start)))
        for p in cands:
            if more_specific(p.place, f.place_value) and place_ok(f.place_value, p.place):
                f.place, f.place_value = p, p.place
        toll = _sentence_toll(text, u.start, u.end, rel)
        if u.zone == "context" and _SERIES.search(sent):
            # "Several hundred civilians had been killed around the city since April": the background's
            # count of a campaign, which ACLED never puts on one event
            toll = Toll(None)
        if toll.value is not None and (f.fatalities is None or (f.fatalities.value or 0) < toll.value):
            f.fatalities = toll
        camp = toll_camp(text, toll)
        if camp is not None and toll.value is not None:
            f.sides[camp] = max(toll.value, f.sides.get(camp, 0))
        if any(t.cls == "kill" for t in st.triggers if u.start <= t.start < u.end):
            f.death_word = True
        cap = count_captured(text, u.start, u.end)
        if cap.value is not None and (f.captured is None or (f.captured.value or 0) < cap.value):
            f.captured = cap
        if k == 0:
            d0 = f.drafts[0]
            for hits, role in (
                (d0.roles.initiators, "actor1"),
                (d0.roles.targets, "actor2"),
                (d0.roles.assoc, "assoc"),
            ):
                f.actors.extend((h, role) for h in hits if not aside(h.start))
            if not d0.roles.initiators:
                f.actors.extend(_participants(text, st, u))
        else:
            f.actors.extend(_participants(text, st, u))
    f.actors = [(h, role) for h, role in f.actors if not not_a_party(text, h)]


# an actor named as taking part, or as claiming the act ("JNIM claimed the attack", "le GSIM (...) a
# revendiqué les attaques"): ACLED codes a claimant as the author of the act it claims
_PARTICIPATE = re.compile(
    r"^\s*(?:\([^()]{1,25}\)\s*)?(?:also\s+|a\s+|ont\s+|aussi\s+)?(?:participated|took part|joined|led|conducted|"
    r"carried out|launched|mounted|executed|claimed|revendiqu\w*)\b",
    re.IGNORECASE,
)
_AGENT_BEFORE = re.compile(
    r"\b(?:carried out|conducted|launched|led|mounted|executed|performed)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


def _lone_claims(
    text: str, st: _State, ctx: DocumentContext, frames: list[Frame], moods: dict[int, str]
) -> list[tuple[ActorHit, str]]:
    """Claimants told in a section of their own ("== Revendication ==", "== Claim =="), where no frame is
    near to take them: the claim is of the document's main event, whose author ACLED codes the claimant."""
    with_frames = {f.section for f in frames}
    out: list[tuple[ActorHit, str]] = []
    for u in ctx.units:
        if moods.get(u.start) == "claim" and u.section >= 0 and u.section not in with_frames:
            out.extend(_participants(text, st, u))
    return out


def _participants(text: str, st: _State, u: Unit) -> list[tuple[ActorHit, str]]:
    """Actors a trigger-less sentence names as taking part ("French Special Forces participated")."""
    out: list[tuple[ActorHit, str]] = []
    for h in st.actors:
        if not (u.start <= h.start < u.end) or h.kind in ("civilian", "ethnic_group"):
            continue
        if _PARTICIPATE.match(text[h.end : h.end + 30]) or _AGENT_BEFORE.search(
            text[max(u.start, h.start - 40) : h.start]
        ):
            out.append((h, "actor1"))
    return out
