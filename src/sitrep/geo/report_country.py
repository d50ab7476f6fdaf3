"""The country a report is about, for choosing an event's place (and coding a country-level fallback).

Why its own module: unlike :func:`sitrep.geo.country_inference.infer_country` (run before resolution), this
vote reads resolved mentions, so a place resolved abroad, a country named as someone's origin or a protest's
subject count for less; the event-place rules and the fallbacks both ask it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.geo.country_inference import REGION_VOTE
from sitrep.geo.cues import country_cues, in_border_phrase
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.mentions import MentionLike
from sitrep.geo.protest import PROTEST_WORDS, is_topic_place


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
    text: str, mentions: Sequence[MentionLike], gazetteer: Gazetteer, *, country_hint: str | None = None
) -> str | None:
    """ISO code of the country a report is about.

    The hint wins. Otherwise votes: a named country 0.5 (the first 0.75; none inside a border phrase or
    an origin such as "a peacekeeper from Liberia"; half outside the Sahel and its neighbours), a
    first-level region of the Sahel named as such ``country_inference.REGION_VOTE`` (2.0), a
    demonym, national force or armed group 0.75 each (at most three), a confidently resolved place in the
    Sahel or its neighbours 1.0 (a fuzzy or doubtful one 0.3; outside the region a third of that). Places
    are the strongest evidence, but a Mali note that names Niamey as an aside still has "FAMa" and
    "Malian" to outvote it.
    """
    gaz = gazetteer
    if country_hint:
        return country_hint.upper() if len(country_hint) == 2 else gaz.country_code(country_hint)
    votes: dict[str, float] = {}
    first = True
    protest_note = bool(PROTEST_WORDS.search(text))
    for m in sorted(mentions, key=lambda m: m.start):
        cc = _mention_country(m, gaz)
        if not cc or _is_origin(text, m):
            continue  # "a peacekeeper from Liberia", "an NGO from Luxembourg": where someone comes from
        if protest_note and is_topic_place(text, m.start):
            continue  # "protested against the decision to recognise Jerusalem": the subject, not the place
        if m.kind == "country":
            if in_border_phrase(text, m.start, m.end):
                continue  # "near the Burkina Faso border": the neighbour, not the country
            weight = 0.75 if first else 0.5
            votes[cc] = votes.get(cc, 0.0) + (weight if cc in FOCUS_COUNTRIES else weight * 0.5)
            first = False
        elif m.kind == "admin" and cc in FOCUS_COUNTRIES and _is_region(m):
            votes[cc] = votes.get(cc, 0.0) + REGION_VOTE  # the writer said where: "the Boulkessi area of Mopti"
        elif m.kind in ("toponym", "relative", "admin", "anchor"):
            weight = 0.3 if (_is_fuzzy(m) or m.score < 0.2) else 1.0
            if cc not in FOCUS_COUNTRIES:
                weight *= 0.3
            votes[cc] = votes.get(cc, 0.0) + weight
    for cc, n in country_cues(text).items():
        votes[cc] = votes.get(cc, 0.0) + 0.75 * min(n, 3)
    if not votes:
        return None
    return max(sorted(votes), key=lambda c: votes[c])


_ORIGIN_BEFORE = re.compile(
    r"\b(?:peacekeepers?|soldiers?|troops?|nationals?|citizens?|workers?|employees?|NGO|company|"
    r"contingent|casques\s+bleus|ressortissants?)\s+(?:from|of|du|de\s+la|de|des)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_origin(text: str, m: MentionLike) -> bool:
    """Whether a place names where someone comes from ("a peacekeeper from Liberia"), not where it happened."""
    return bool(_ORIGIN_BEFORE.search(text[max(0, m.start - 30) : m.start]))
