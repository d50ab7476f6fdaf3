"""Where a demonstration happened when the note does not say, and which places are only its subject.

ACLED codes a national protest whose note names no place ("2000 people demonstrated against the
constitutional reform") at the country's capital with geo-precision 3: national political protests
gather in the capital, and a coder who knew of another town would have named it. The same note may
name a place that is what the crowd protests *about* ("against the decision to recognise Jerusalem as
the capital of Israel", "to denounce the sale of migrants in Libya"): that place is the topic, not the
event's location.
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import Place

__all__ = ["CAPITAL_RADIUS_KM", "PROTEST_TYPES", "PROTEST_WORDS", "capital_mention", "is_topic_place"]

PROTEST_TYPES = frozenset({"Protests", "Riots"})
CAPITAL_RADIUS_KM = 50.0
"""``uncertainty_km`` of a protest placed at the capital by default: the capital is a convention, not a
reading of the text."""

_OBJECT_CUE = re.compile(
    r"\b(?:against|over|about|denounc\w*|condemn\w*|oppos(?:e|es|ed|ing)\b|in\s+opposition\s+to|in\s+support\s+of|support\s+for|"
    r"decision|recogni[sz]\w*|contre|d[ée]non[cç]\w*|au\s+sujet\s+de|soutien\s+[àa])\b",
    re.IGNORECASE,
)
_LOCATIVE_JUST_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|throughout|through|à|dans|devant|en|of\s+(?:the\s+)?(?:city|town|capital))"
    r"\s+(?:the\s+)?(?:(?:streets?|city|town|capital|centre|center|rues?|ville)\s+(?:of\s+|de\s+)?)?$"
    r"|\b(?:in|across|throughout|dans)\s+(?:the\s+|les\s+)?(?:several|many|various|some|other|most|all|two|three|four|"
    r"plusieurs|divers|certains|d'autres)?\s*(?:(?:poor|outlying|southern|northern|eastern|western|central)\s+)?"
    r"(?:districts?|neighbou?rhoods?|quarters?|suburbs?|areas?|parts?|arrondissements?|quartiers?|secteurs?)"
    r"\s+(?:of|de|d'|du)\s*(?:the\s+(?:capital|city)\s*,?\s*)?$"
    r"|\bin\s+front\s+of\s+(?:the\s+)?[\w' ]{0,40}\s+in\s+$",
    re.IGNORECASE,
)
PROTEST_WORDS = re.compile(
    r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ies|ied)|(?-i:march|[mM]arch(?:ed|es|ing))|sit-in|"
    r"(?<!air\s)(?<!air-)(?<!drone\s)(?<!drone-)(?<!missile\s)(?<!rocket\s)(?<!artillery\s)(?<!aerial\s)strike|"
    r"manifest\w*|took\s+(?:to\s+)?the\s+streets?|went\s+to\s+the\s+streets?|gr[èe]ve|marche)\b",
    re.IGNORECASE,
)
"""Words that make a note a protest note, for callers that do not know the event type yet (a caller that
does passes it instead). "March" alone and capitalised is the month ("On 3 March, ..."), so only the
lower-case noun or verb and the inflected forms count; an "air strike" or "drone strike" is an attack,
not a stoppage of work."""
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def is_topic_place(text: str, start: int) -> bool:
    """Whether the place at ``start`` is what a protest is about rather than where it took place.

    It is when an object cue ("against", "over", "denounce", "the decision to recognise") comes before it
    in the same clause and nothing locative ("in", "at", "in front of ... in") introduces the place itself:
    "protested against the FCFA in Dakar" still happened in Dakar."""
    head = text[max(0, start - 120) : start]
    brk = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    head = head[brk:]
    if not _OBJECT_CUE.search(head):
        return False
    return not _LOCATIVE_JUST_BEFORE.search(head[-40:])


def capital_mention(gazetteer: Gazetteer, country_code: str) -> Any:
    """The country's capital as a zero-width mention at geo-precision 3, or None when unknown."""
    from sitrep.geo.geoparse import GeoMention

    row = gazetteer.conn.execute(
        "SELECT geonameid FROM places WHERE country_code = ? AND feature_code = 'PPLC' "
        "ORDER BY population DESC, geonameid LIMIT 1",
        (country_code,),
    ).fetchone()
    cap = gazetteer.place(int(row[0])) if row else None
    if cap is None:
        return None
    country = gazetteer.country_name(country_code) or country_code
    a1 = gazetteer.admin1_name(cap.country_code, cap.admin1_code) if cap.admin1_code else None
    place = Place(
        name=cap.name,
        country=country,
        admin1=a1,
        lat=cap.lat,
        lon=cap.lon,
        geo_precision=3,
        uncertainty_km=CAPITAL_RADIUS_KM,
        geonameid=cap.geonameid if cap.geonameid > 0 else None,
        how="a protest with no stated place: coded at the capital (ACLED convention for national protests)",
    )
    return GeoMention(0, 0, "", place, 0.2, "admin", [])
