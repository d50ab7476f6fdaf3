"""A place glossed with its admin unit lies in that unit's country: "Guire (Cercle of Nara)", "Douna, Mopti".

Why its own module: the geoparser ranks each name on its own evidence, and a village missing from the
default gazetteer (built without GeoNames dumps) finds only a namesake in a neighbouring country. The gloss
is the writer saying where the village is; a candidate in another country contradicts it, so the village is
left unresolved and the event is coded at the glossed unit (``eventplace``: an admin area's seat).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.geo.mentions import MentionLike
    from sitrep.geo.spotting import _Span

_GLOSS_BETWEEN = re.compile(
    r"^\s*(?:,|\(|-|–)\s*(?:(?:in\s+)?(?:the\s+)?(?:cercle|circle|province|r[ée]gion|region|d[ée]partement|"
    r"department|district|commune|wilaya)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l'|de\s+|du\s+|d')?)?$",
    re.IGNORECASE,
)


def glossing_country(text: str, spans: Sequence[_Span], idx: int) -> str | None:
    """The country of the admin unit written right after span ``idx`` as its gloss, or ``None``."""
    if idx + 1 >= len(spans):
        return None
    s, nxt = spans[idx], spans[idx + 1]
    if nxt.kind != "admin" or not nxt.cands or not _GLOSS_BETWEEN.match(text[s.end : nxt.start]):
        return None
    return str(nxt.cands[0].place.country_code)


def apply_glosses(text: str, spans: Sequence[_Span]) -> None:
    """Drop each glossed toponym's candidates outside its gloss's country (in place)."""
    for idx, s in enumerate(spans):
        if s.kind != "toponym" or not s.cands:
            continue
        cc = glossing_country(text, spans, idx)
        if cc is None or s.cands[0].place.country_code == cc:
            continue
        s.cands = [c for c in s.cands if c.place.country_code == cc]


_BRACKET_AFTER = re.compile(r"^\s*\(")


def bracket_glossed(text: str, points: Sequence[MentionLike]) -> set[int]:
    """Starts of places named inside brackets right after another place: "Xville (Yburg district, Yland)".

    The bracket tells the reader where Xville lies; its names are not where anything happened, so they must
    not compete with Xville for the event's place (a region named last in the bracket would otherwise win
    by lying nearer the verb that follows). Only brackets closed within the same sentence count.
    """
    out: set[int] = set()
    for head in points:
        if not _BRACKET_AFTER.match(text[head.end : head.end + 3]):
            continue
        opening = text.index("(", head.end)
        closing = text.find(")", opening)
        if closing == -1 or any(c in text[opening:closing] for c in ".!?\n"):
            continue
        out |= {m.start for m in points if m is not head and opening < m.start and m.end <= closing}
    return out
