"""What every product and export shares: the clock, the ``--about`` filter, citations and actor classes.

Exports must be reproducible (golden files, diffs between two runs of the same store), so the only clock they
read is :func:`now`, which honours ``SITREP_FIXED_CLOCK``. Every item an export writes cites the stored text
behind it; :func:`citations` collects those quotes from the fused claims so no export invents its own.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sitrep.errors import SitrepError
from sitrep.fuse.fusion import FusedEvent

CLOCK_ENV = "SITREP_FIXED_CLOCK"


class ExportError(SitrepError):
    """An export or import could not be made from what the user gave."""


def now() -> datetime:
    """The current UTC time, or the fixed instant in ``SITREP_FIXED_CLOCK`` (ISO 8601) for reproducible runs."""
    fixed = os.environ.get(CLOCK_ENV)
    if fixed:
        try:
            value = datetime.fromisoformat(fixed.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ExportError(f"{CLOCK_ENV}={fixed!r} is not an ISO 8601 timestamp") from exc
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class Citation:
    document_id: str
    title: str | None
    start: int
    end: int
    quote: str

    def as_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }


_FIELD_ORDER = ("event_type", "sub_event_type", "location", "date", "actors", "fatalities", "captured")


MAX_QUOTE = 500


def citations(event: FusedEvent, texts: Mapping[str, str] | None = None) -> list[Citation]:
    """One quote per source document of ``event``.

    With the documents' ``texts``, the quote is the stretch of text from the first to the last span that
    document's claims cite (the whole passage that reports the event, still an exact span) when that is
    at most ``MAX_QUOTE`` characters. Otherwise it is the span behind the type claim (what happened), else
    the first claim's span.
    """
    titles = {s.document_id: s.title for s in event.sources}
    best: dict[str, tuple[int, Citation]] = {}
    bounds: dict[str, tuple[int, int]] = {}
    for claim in event.claims:
        rank = _FIELD_ORDER.index(claim.field) if claim.field in _FIELD_ORDER else len(_FIELD_ORDER)
        for ev in claim.evidence():
            cite = Citation(ev.document_id, titles.get(ev.document_id), ev.start, ev.end, ev.quote)
            if ev.document_id not in best or rank < best[ev.document_id][0]:
                best[ev.document_id] = (rank, cite)
            lo, hi = bounds.get(ev.document_id, (ev.start, ev.end))
            bounds[ev.document_id] = (min(lo, ev.start), max(hi, ev.end))
    for doc_id, (lo, hi) in bounds.items():
        text = (texts or {}).get(doc_id)
        if text is not None and hi - lo <= MAX_QUOTE and hi <= len(text):
            best[doc_id] = (0, Citation(doc_id, titles.get(doc_id), lo, hi, text[lo:hi]))
    order = [s.document_id for s in event.sources]
    return [best[d][1] for d in order if d in best] + [c for d, (_r, c) in sorted(best.items()) if d not in order]


def actor_class(canonical: str) -> str:
    """ACLED's actor class from the canonical name: ``state``, ``civilians``, ``protesters``, ``rioters``,
    ``communal`` (identity militia), ``unidentified`` or ``rebel``.

    ACLED names state forces "Military/Police Forces of <country>"; the other classes follow its naming
    conventions for generic actors (ACLED codebook, section "Actor names").
    """
    low = canonical.lower()
    if low.startswith(("military forces of", "police forces of", "government of")):
        return "state"
    if low.startswith("civilians"):
        return "civilians"
    if low.startswith("protesters"):
        return "protesters"
    if low.startswith("rioters"):
        return "rioters"
    if "communal militia" in low or "ethnic militia" in low:
        return "communal"
    if low.startswith("unidentified"):
        return "unidentified"
    return "rebel"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def event_text(event: FusedEvent) -> str:
    """Everything an ``--about`` query is matched against."""
    loc = event.location
    parts = [event.title, event.event_type, event.sub_event_type or "", *(a for a, _ in event.actors)]
    if loc is not None:
        parts += [loc.name, loc.admin1 or "", loc.admin2 or "", loc.country or ""]
    parts += [q.quote for q in citations(event)]
    return " ".join(parts)


def matches(query: str | None, text: str) -> bool:
    """Every word of ``query`` occurs (as a word prefix, case- and accent-sensitive folding aside) in ``text``."""
    if not query or not query.strip():
        return True
    have = _words(text)
    return all(any(h.startswith(w) for h in have) for w in _words(query))


def select_events(
    events: Sequence[FusedEvent], about: str | None, matching_documents: Iterable[str] = ()
) -> list[FusedEvent]:
    """Events about ``about``: the query's words are in the event's fields or quotes, or one of its source
    documents matched a full-text search for it."""
    if not about or not about.strip():
        return list(events)
    docs = set(matching_documents)
    return [e for e in events if matches(about, event_text(e)) or any(s.document_id in docs for s in e.sources)]
