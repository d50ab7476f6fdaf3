"""EventMentions to Statements and back: the store keeps statements only.

One mention becomes one statement per coded field, each at the span that supports it, so a fused claim can
quote its own sentence and a later extractor can add or dispute one field without rewriting the others.

Properties (``subject`` is :attr:`EventMention.subject`):

- ``event.type``       ``{"event_type", "sub_event_type"}``, at ``type_span``
- ``event.date``       ``{"date": "YYYY-MM-DD" | null, "precision"}``, at ``date_span``
- ``event.actor``      ``{"name", "canonical", "role", "n"}`` (one per actor; ``n`` keeps the order and keeps
  two identical actors from collapsing into one statement id), at the actor's span
- ``event.location``   the :class:`Place` fields, at ``location_span``
- ``event.fatalities`` int, at ``fatalities_span``
- ``event.captured``   int, at ``captured_span``
- ``event.evidence``   ``{"has_evidence": bool, "fallback": [...]}``, at the evidence span

A field without a span of its own is stored at the evidence span (so every statement still points at text
that supports it) and the ``event.evidence`` statement lists those fields under ``fallback``: that is what
lets :func:`mentions_from_statements` rebuild the mention exactly instead of inventing spans. With no
evidence span either, the statement sits at 0:0. A span given for a field without a value (a
``fatalities_span`` with no ``fatalities``) supports nothing and is not kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sitrep.errors import ValidationError
from sitrep.model import ActorMention, EventMention, Place, Span, Statement

PREFIX = "event."
_PLACE_FIELDS = (
    "name",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "geonameid",
    "how",
)
_SUBJECT = re.compile(r"^mention:([0-9A-Za-z_-]*):(\d+)$")


def mention_statements(m: EventMention, *, extractor: str, version: str) -> list[Statement]:
    """The statements that together say everything ``m`` says."""
    fallback: list[str] = []
    ev = m.evidence

    def at(key: str, span: Span | None, value: Any, prop: str) -> Statement:
        if span is None:
            fallback.append(key)
            span = ev if ev is not None else Span(0, 0)
        return Statement(
            subject=m.subject,
            property=prop,
            value=value,
            document_id=m.document_id,
            start=span.start,
            end=span.end,
            extractor=extractor,
            extractor_version=version,
            confidence=m.confidence,
        )

    out = [
        at(
            "type",
            m.type_span,
            {"event_type": m.event_type, "sub_event_type": m.sub_event_type},
            "event.type",
        )
    ]
    if m.date is not None or m.date_precision is not None:
        date_value = {"date": m.date.isoformat() if m.date else None, "precision": m.date_precision}
        out.append(at("date", m.date_span, date_value, "event.date"))
    for n, a in enumerate(m.actors):
        value: dict[str, Any] = {"name": a.name, "canonical": a.canonical, "role": a.role, "n": n}
        out.append(at(f"actor.{n}", a.span, value, "event.actor"))
    if m.location is not None:
        place = {f: getattr(m.location, f) for f in _PLACE_FIELDS}
        out.append(at("location", m.location_span, place, "event.location"))
    if m.fatalities is not None:
        out.append(at("fatalities", m.fatalities_span, m.fatalities, "event.fatalities"))
    if m.captured is not None:
        out.append(at("captured", m.captured_span, m.captured, "event.captured"))
    span = ev if ev is not None else Span(0, 0)
    out.append(
        Statement(
            subject=m.subject,
            property="event.evidence",
            value={"has_evidence": ev is not None, "fallback": sorted(fallback)},
            document_id=m.document_id,
            start=span.start,
            end=span.end,
            extractor=extractor,
            extractor_version=version,
            confidence=m.confidence,
        )
    )
    return out


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order versions numerically where they are numbers ("0.10" after "0.9")."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.\-+]", version))


def mentions_from_statements(stmts: Iterable[Statement]) -> list[EventMention]:
    """Rebuild the mentions the statements describe, ordered by document then index.

    Statements of other subjects or properties are ignored (the store holds other kinds too). Where one
    mention was extracted by several versions, the newest version's statements win: a re-extraction replaces
    the mention's reading rather than mixing two readings field by field.
    """
    by_subject: dict[str, list[Statement]] = defaultdict(list)
    for s in stmts:
        if s.property.startswith(PREFIX) and _SUBJECT.match(s.subject):
            by_subject[s.subject].append(s)
    out: list[EventMention] = []
    for subject, group in by_subject.items():
        newest = max(((s.extractor, _version_key(s.extractor_version)) for s in group), key=lambda t: t[1])
        chosen = [s for s in group if (s.extractor, _version_key(s.extractor_version)) == newest]
        out.append(_rebuild(subject, chosen))
    out.sort(key=lambda m: (m.document_id, m.index))
    return out


def _span(s: Statement) -> Span:
    return Span(s.start, s.end)


def _rebuild(subject: str, group: list[Statement]) -> EventMention:
    match = _SUBJECT.match(subject)
    assert match is not None
    index = int(match.group(2))
    props: dict[str, list[Statement]] = defaultdict(list)
    for s in group:
        props[s.property].append(s)
    if not props.get("event.type") or not props.get("event.evidence"):
        raise ValidationError(f"statements of {subject}: missing event.type or event.evidence")
    meta = props["event.evidence"][0]
    fallback = set(meta.value.get("fallback", []))
    evidence = _span(meta) if meta.value.get("has_evidence") else None

    def span(key: str, s: Statement) -> Span | None:
        return None if key in fallback else _span(s)

    t = props["event.type"][0]
    kwargs: dict[str, Any] = {
        "document_id": t.document_id,
        "index": index,
        "event_type": t.value["event_type"],
        "sub_event_type": t.value["sub_event_type"],
        "type_span": span("type", t),
        "evidence": evidence,
        "confidence": t.confidence,
    }
    if props.get("event.date"):
        d = props["event.date"][0]
        kwargs["date"] = date.fromisoformat(d.value["date"]) if d.value["date"] else None
        kwargs["date_precision"] = d.value["precision"]
        kwargs["date_span"] = span("date", d)
    actors = sorted(props.get("event.actor", []), key=lambda s: int(s.value["n"]))
    kwargs["actors"] = tuple(
        ActorMention(
            name=s.value["name"],
            canonical=s.value["canonical"],
            role=s.value["role"],
            span=span(f"actor.{s.value['n']}", s),
        )
        for s in actors
    )
    if props.get("event.location"):
        loc = props["event.location"][0]
        kwargs["location"] = Place(**{f: loc.value.get(f) for f in _PLACE_FIELDS if f in loc.value})
        kwargs["location_span"] = span("location", loc)
    for name in ("fatalities", "captured"):
        if props.get(f"event.{name}"):
            s = props[f"event.{name}"][0]
            kwargs[name] = int(s.value)
            kwargs[f"{name}_span"] = span(name, s)
    return EventMention(**kwargs)
