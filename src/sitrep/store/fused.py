"""The store's half of materialised fusion: fused-event rows, their members and the on-disk block index.

Why the store keeps a computed view at all: recomputing every fused event from every statement on each query
is quadratic in practice and took seconds at 10k reports; the list and map must answer in milliseconds at
100k events. The view is never the truth: statements and judgements are, and
:meth:`sitrep.workbench.Workbench.rebuild_events` recomputes the whole view from them. What is here is only
reading and writing rows; deciding which events change is :mod:`sitrep.fuse.maintain`'s job.

The code is split by job: the query values in :mod:`sitrep.store.fused_query`, fusion's reads in
:mod:`sitrep.store.fused_inputs`, the writes in :mod:`sitrep.store.fused_writes`, the filters in
:mod:`sitrep.store.fused_filters` and the page reads in :mod:`sitrep.store.fused_pages`. This module
puts them together as :class:`FusedEventTables`, holds the count-cap policy, and keeps every public name
importable from here.
"""

from __future__ import annotations

from sitrep.store.fused_inputs import BlockQuery, FusionInputs
from sitrep.store.fused_pages import EventPages
from sitrep.store.fused_query import SUMMARY_FIELDS, EventPage, EventQuery
from sitrep.store.fused_writes import EventViewWrites

__all__ = [
    "COUNT_CAP_PER_ROW",
    "MAX_COUNT_CAP",
    "MIN_COUNT_CAP",
    "SUMMARY_FIELDS",
    "BlockQuery",
    "EventPage",
    "EventQuery",
    "FusedEventTables",
    "count_cap",
]

COUNT_CAP_PER_ROW = 2
"""A page of ``limit`` rows counts its matches up to ``COUNT_CAP_PER_ROW * (offset + limit)``, kept within
:data:`MIN_COUNT_CAP` .. :data:`MAX_COUNT_CAP`; beyond that ``total`` is the cap with ``total_is_estimate``.

The cap is also where a filter stops being narrow. Below it the filter's own index finds every match and
they are sorted (cost: the matches); above it the ranking index is walked in order until the page is full
(cost: about ``limit * events / matches`` index entries, which carry lat/lon so a map box reads no rows)."""

MIN_COUNT_CAP = 1000
MAX_COUNT_CAP = 5000


def count_cap(q: EventQuery) -> int:
    """How far a page's matches are counted exactly; also the line between a narrow and a broad filter."""
    return min(MAX_COUNT_CAP, max(MIN_COUNT_CAP, COUNT_CAP_PER_ROW * (q.offset + (q.limit or 0))))


class FusedEventTables(FusionInputs, EventViewWrites, EventPages):
    """Mixed into :class:`sitrep.store.Store`; uses its connections and dialect."""

    def _count_cap(self, q: EventQuery) -> int:
        # Looked up here, in this module, so that tuning (or a test patching) the caps above takes effect.
        return count_cap(q)
