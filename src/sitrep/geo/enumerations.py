"""Enumerations of places ("Xville, Yburg, Zdorf and Wtown"): peers, not a place and its region.

Why its own module: two steps read lists. Spotting must not take the second item for the region of the
first (as in "Douna, Mopti"), and the event's place is the list's first item whatever the position of the
trigger word (a strike "in Xville, Yburg and Zdorf" is coded at Xville, like a road at its first town).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def kind(self) -> str: ...


_LIST_COMMA = re.compile(r"^\s*,\s*$")
# the closing "and" of a list, perhaps after items written in lower case ("Xville, yburg and Zdorf")
_LIST_END = re.compile(r"^\s*,?\s*(?:[a-zà-ÿ'-]+\s*,\s*)*(?:[a-zà-ÿ'-]+\s+)?(?:and|or|&|et|ou)\s+$")


def list_runs(text: str, items: Sequence[_Located], kinds: Collection[str]) -> list[list[int]]:
    """Index runs of ``items`` (sorted by start) that form an enumeration of three names or more.

    Why the closing "and" is required: "Xville, Yburg, Zland" without it is as often a chain of village,
    district and region ("Boni, Douentza, Mopti") as a list, and a chain's names do contain each other.
    """
    out: list[list[int]] = []
    run: list[int] = [0] if items else []
    for i in range(1, len(items)):
        joint = text[items[i - 1].end : items[i].start]
        peers = items[i].kind in kinds and items[i - 1].kind in kinds
        if peers and _LIST_COMMA.match(joint):
            run.append(i)
            continue
        if peers and _LIST_END.match(joint):
            run.append(i)
            if len(run) >= 3:
                out.append(run)
        run = [i]
    return out


def list_heads(text: str, items: Sequence[_Located], kinds: Collection[str]) -> dict[int, int]:
    """The start of each listed item's list head, by the item's start (the head maps to itself)."""
    ordered = sorted(items, key=lambda m: (m.start, -m.end))
    heads: dict[int, int] = {}
    for run in list_runs(text, ordered, kinds):
        for i in run:
            heads[ordered[i].start] = ordered[run[0]].start
    return heads
