"""The country a report is about, for choosing an event's place (and coding a country-level fallback).

Why its own module: unlike :func:`sitrep.geo.country_inference.infer_country` (run before resolution), this
vote reads resolved mentions, so a place resolved abroad, a country named as someone's origin or a protest's
subject count for less; the event-place rules and the fallbacks both ask it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.geo.country_votes import COUNTRY_VOTES
from sitrep.geo.cues import country_cues, in_border_phrase
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.mentions import MentionLike
from sitrep.geo.protest import PROTEST_TYPES, PROTEST_WORDS, is_topic_place


def _mention_country(m: MentionLike, gaz: Gazetteer) -> str | None:
    cands = getattr(m, "candidates", None)
    if cands:
        return str(cands[0].place.country_code)
    if m.place.country:
        return gaz.country_code(m.place.country)
    return None


def _is_region(m: MentionLike) -> bool:
    """Whether an admin mention resolved to a first-level region (not a district or a town's namesake)."""
    cands = getattr(m, "candidates", None)
    return bool(cands and getattr(cands[0].place, "feature_code", None) == "ADM1")


def _is_fuzzy(m: MentionLike) -> bool:
    cands = getattr(m, "candidates", None)
    return bool(cands and cands[0].match == "fuzzy") and m.kind != "relative"


def document_country(
    text: str,
    mentions: Sequence[MentionLike],
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    event_type: str | None = None,
) -> str | None:
    """ISO code of the country a report is about.

    The hint wins. Otherwise votes, weighed by :data:`sitrep.geo.country_votes.COUNTRY_VOTES` (the table
    :func:`sitrep.geo.country_inference.infer_country` uses too): a named country (the first more than
    later ones; none inside a border phrase or an origin such as "a nurse from Senegal"; less outside
    the Sahel and its neighbours), a first-level region of the Sahel named as such (enough to outvote a
    country's capped cues), a demonym, national force or armed group per use (capped), a confidently
    resolved place in the Sahel or its neighbours (a fuzzy or doubtful one less; outside the region less
    again). Places are the strongest evidence, but a Mali note that names Niamey as an aside still has
    "FAMa" and "Malian" to outvote it.

    ``event_type`` (ACLED's), when known, decides whether the note is a protest whose subject places do
    not vote; without it the note's wording decides (:data:`sitrep.geo.protest.PROTEST_WORDS`).
    """
    gaz = gazetteer
    if country_hint:
        return country_hint.upper() if len(country_hint) == 2 else gaz.country_code(country_hint)
    w = COUNTRY_VOTES
    votes: dict[str, float] = {}
    first = True
    protest_note = event_type in PROTEST_TYPES if event_type else bool(PROTEST_WORDS.search(text))
    for m in sorted(mentions, key=lambda m: m.start):
        cc = _mention_country(m, gaz)
        if not cc or _is_origin(text, m):
            continue  # "a nurse from Senegal", "an NGO from Luxembourg": where someone comes from
        if protest_note and is_topic_place(text, m.start):
            continue  # "protested against the decision to recognise Jerusalem": the subject, not the place
        if m.kind == "country":
            if in_border_phrase(text, m.start, m.end):
                continue  # "near the Xland border": the neighbour, not the country
            if _glosses_place(text, m, mentions):
                continue  # "Xville (Yland)": the place has voted; the gloss says where it is, once
            weight = w.country_first if first else w.country
            votes[cc] = votes.get(cc, 0.0) + (weight if cc in FOCUS_COUNTRIES else weight * w.outside_factor)
            first = False
        elif m.kind == "admin" and cc in FOCUS_COUNTRIES and _is_region(m):
            votes[cc] = votes.get(cc, 0.0) + w.region  # the writer said where: "the Y area of Xville Region"
        elif m.kind in ("toponym", "relative", "admin", "anchor"):
            weight = w.doubtful_place if (_is_fuzzy(m) or m.score < 0.2) else w.place
            if cc not in FOCUS_COUNTRIES:
                weight *= w.outside_place_factor
            votes[cc] = votes.get(cc, 0.0) + weight
    for cc, n in country_cues(text).items():
        votes[cc] = votes.get(cc, 0.0) + w.cue * min(n, w.cue_max_uses)
    if not votes:
        return None
    return max(sorted(votes), key=lambda c: votes[c])


def _glosses_place(text: str, m: MentionLike, mentions: Sequence[MentionLike]) -> bool:
    """Whether a country is named in brackets right after a place ("the Xville (Yland) attack").

    The writer glosses a place the reader may not know, which the place's own vote already counts; a
    second vote would let an aside about a place abroad outweigh the country the report is about.
    """
    if not re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start]) or not text[m.end :].lstrip().startswith(")"):
        return False
    opening = text.rfind("(", 0, m.start)
    return any(p.kind != "country" and 0 <= opening - p.end <= 2 for p in mentions)


_ORIGIN_BEFORE = re.compile(
    r"\b(?:peacekeepers?|soldiers?|troops?|nationals?|citizens?|workers?|employees?|NGO|company|"
    r"contingent|casques\s+bleus|ressortissants?)\s+(?:from|of|du|de\s+la|de|des)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_origin(text: str, m: MentionLike) -> bool:
    """Whether a place names where someone comes from ("a nurse from Senegal"), not where it happened."""
    return bool(_ORIGIN_BEFORE.search(text[max(0, m.start - 30) : m.start]))
