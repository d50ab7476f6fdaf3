"""Which place of an "X-Y" pair is the event's: a road is coded at its first town, a village at the second.

Why its own module: reports name roads ("axis Wtown-Zdorf") and villages with their commune ("Gabero-Zinda")
with the same hyphen; telling them apart is a rule of its own, with its own word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.geo.mentions import MentionLike


def _axis_starts(text: str, mentions: Sequence[MentionLike]) -> set[int]:
    """Starts of the place of an "X-Y" pair that is not the event's location.

    A bare hyphenated pair ("Gabero-Zinda") names a village by its commune: the event is at the second
    name. A road ("axis Wtown-Zdorf", "the Xville to Ke-Yburg axis") is coded at its first town.
    """
    out: set[int] = set()
    for a in mentions:
        for b in mentions:
            if a is b or b.start <= a.end:
                continue
            joint = text[a.end : b.start]
            if joint in ("-", "–", "‐", "/"):
                out.add(b.start if _is_road(text, a.start, b.end) else a.start)
            elif re.fullmatch(r"\s+(?:to|à|and)\s+", joint) and _is_road(text, a.start, b.end):
                out.add(b.start)
    return out


def _pair_heads(text: str, mentions: Sequence[MentionLike]) -> dict[int, int]:
    """The start of the first name of each bare "X-Y" pair, by the second name's start.

    "in Gabero-Zinda": the locative before the pair introduces the village (the second name) as much as
    its commune, so the second name is ranked with the words before the first.
    """
    out: dict[int, int] = {}
    for a in mentions:
        for b in mentions:
            if a is b or b.start <= a.end:
                continue
            if text[a.end : b.start] in ("-", "–", "‐") and not _is_road(text, a.start, b.end):
                out[b.start] = a.start
    return out


_ROAD_BEFORE = re.compile(
    r"\b(?:axis|axe|road|route|highway|track|piste|tronçon|stretch)\s+(?:of\s+|de\s+|between\s+)?$", re.I
)
_ROAD_AFTER = re.compile(r"^\s+(?:axis|axe|road|route|highway|track)\b", re.I)


def _is_road(text: str, start: int, end: int) -> bool:
    """Whether "X-Y" at ``start:end`` names a road ("axis Wtown-Zdorf", "the Gao-Ansongo road").

    ACLED codes an event on a road at the first town named (the stretch is reported from that end);
    a bare "Gabero-Zinda" is a village by its commune and is coded at the village, the second name.
    """
    return bool(_ROAD_BEFORE.search(text[max(0, start - 25) : start]) or _ROAD_AFTER.match(text[end : end + 12]))
