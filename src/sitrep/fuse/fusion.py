"""Fusion: many mentions, one record per real-world event, each field with its claims, evidence and grades.

Pure functions over mentions, documents and judgements; the store supplies them and keeps what comes back.
Coreference (:mod:`sitrep.fuse.coref`) decides which mentions are one event; :mod:`sitrep.fuse.claims`
groups and grades each field's values; this module picks the fused value per field and explains it.

Fused values: fatalities follow ACLED's rule, the most conservative (lowest) figure among credible claims
(credibility 1-4 or 6; an improbable figure, 5, is set aside), and the reason is written into
``explanations``. Every other field takes the best-supported claim: most independent sources, then the best
reliability grade, then the most specific value (a day beats a month, geo_precision 1 beats 3). Actors are
the union of all claims, each actor one claim.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.errors import ValidationError
from sitrep.fuse.claims import (
    Claim,
    Support,
    date_specificity,
    dates_agree,
    grade_claims,
    group_values,
    place_specificity,
    places_agree,
    rank_claims,
)
from sitrep.fuse.coref import Clustering, CorefConfig, resolve
from sitrep.fuse.sources import normalise_source
from sitrep.model import EVENT_TYPES, ROLES, EventMention, Judgement, Place, Span

FIELDS = ("date", "event_type", "sub_event_type", "location", "actors", "fatalities", "captured")


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What fusion needs of a document: its text for quotes, title and source for the source list."""

    id: str
    title: str | None
    source: str | None
    text: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    document_id: str
    title: str | None
    reliability: str

    def as_json(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "title": self.title, "reliability": self.reliability}


@dataclass(frozen=True, slots=True)
class FusedEvent:
    """One real-world event as the evidence stands. Computed, never stored as truth."""

    id: str
    title: str
    date: date | None
    date_precision: str | None
    event_type: str
    sub_event_type: str | None
    actors: tuple[tuple[str, str], ...]
    location: Place | None
    fatalities: int | None
    captured: int | None
    sources: tuple[SourceRef, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[str, ...]
    explanations: Mapping[str, str] = field(default_factory=dict)

    @property
    def n_sources(self) -> int:
        """Independent sources across all member mentions."""
        return len({s.source_key for c in self.claims for s in c.supports})

    def as_json(self) -> dict[str, Any]:
        """The fused-event object of ``shared/eval/SCHEMA.md`` (second part), plus mentions and
        explanations."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actors": [{"canonical": c, "role": r} for c, r in self.actors],
            "location": self.location.as_json() if self.location else None,
            "fatalities": self.fatalities,
            "captured": self.captured,
            "sources": [s.as_json() for s in self.sources],
            "claims": [c.as_json() for c in self.claims],
            "mentions": list(self.mentions),
            "explanations": dict(self.explanations),
        }


@dataclass(slots=True)
class FusionResult:
    events: list[FusedEvent]
    judgements: list[Judgement]
    """Machine judgements for the merges coreference made (for the store, ``sitrep merges``)."""
    clustering: Clustering


def event_id(subjects: Iterable[str]) -> str:
    """Stable id of an event: a hash of its member mention subjects, sorted."""
    return "evt-" + hashlib.sha256("\n".join(sorted(subjects)).encode("utf-8")).hexdigest()[:16]


def fuse(
    mentions: Sequence[EventMention],
    documents: Mapping[str, DocInfo],
    judgements: Iterable[Judgement] = (),
    reliability: Callable[[str | None], str] = lambda _name: "F",
    *,
    config: CorefConfig | None = None,
) -> list[FusedEvent]:
    """Resolve ``mentions`` into events and fuse each one; most important first."""
    return fuse_all(mentions, documents, judgements, reliability, config=config).events


def fuse_all(
    mentions: Sequence[EventMention],
    documents: Mapping[str, DocInfo],
    judgements: Iterable[Judgement] = (),
    reliability: Callable[[str | None], str] = lambda _name: "F",
    *,
    config: CorefConfig | None = None,
) -> FusionResult:
    """:func:`fuse`, also returning the machine judgements and the clustering behind the events."""
    clustering = resolve(mentions, judgements, config)
    events = fuse_groups(clustering.groups(mentions), documents, reliability)
    return FusionResult(events, clustering.judgements, clustering)


def fuse_groups(
    groups: Iterable[Sequence[EventMention]],
    documents: Mapping[str, DocInfo],
    reliability: Callable[[str | None], str],
) -> list[FusedEvent]:
    """Fuse already-resolved groups of mentions (one group per event); most important first."""
    grades: dict[str | None, str] = {}

    def grade(source: str | None) -> str:
        if source not in grades:
            grades[source] = reliability(source)
        return grades[source]

    events = [fuse_event(g, documents, grade) for g in groups if g]
    events.sort(key=lambda e: (-e.n_sources, -(e.fatalities or 0), -(e.date.toordinal() if e.date else 0), e.id))
    return events


def _support(
    m: EventMention,
    value: Any,
    span: Span | None,
    documents: Mapping[str, DocInfo],
    grade: Callable[..., str],
) -> Support:
    doc = documents.get(m.document_id)
    if doc is None:
        raise ValidationError(f"fuse: mention {m.subject} refers to document {m.document_id[:12]} not given")
    span = span if span is not None else m.evidence
    quote = ""
    if span is not None:
        if span.end > len(doc.text):
            raise ValidationError(f"fuse: span {span.start}..{span.end} of {m.subject} runs past its document")
        quote = doc.text[span.start : span.end]
    key = "source:" + normalise_source(doc.source) if doc.source and normalise_source(doc.source) else "doc:" + doc.id
    return Support(value, m.document_id, key, grade(doc.source), span, quote)


def _claims(
    name: str,
    supports: list[Support],
    agree: Callable[[Any, Any], bool] | None = None,
    specificity: Callable[[Any], Any] | None = None,
    to_json: Callable[[Any], Any] | None = None,
) -> list[Claim]:
    """Claims of one field: values grouped by ``agree`` (equality by default), ranked by ``specificity``
    (none by default), shown through ``to_json`` (the value itself by default)."""
    if not supports:
        return []
    agree = agree or _eq
    specificity = specificity or _identity
    to_json = to_json or _identity
    claims = []
    for g in group_values(supports, agree, specificity):
        claims.append(Claim(name, to_json(g[0].value), g, extra={"raw": g[0].value}))
    grade_claims(claims)
    return rank_claims(claims, specificity)


def _eq(a: Any, b: Any) -> bool:
    return bool(a == b)


def _identity(v: Any) -> Any:
    return v


def _count_label(claims: list[Claim]) -> str:
    return "; ".join(
        f"{c.value} ({c.n_sources} source{'s' if c.n_sources != 1 else ''}, credibility {c.credibility})"
        for c in claims
    )


def fuse_event(
    members: Sequence[EventMention], documents: Mapping[str, DocInfo], grade: Callable[[str | None], str]
) -> FusedEvent:
    """One fused event from the mentions coreference put together."""
    ms = sorted(members, key=lambda m: m.subject)
    explanations: dict[str, str] = {}

    def sup(m: EventMention, value: Any, span: Span | None) -> Support:
        return _support(m, value, span, documents, grade)

    date_claims = _claims(
        "date",
        [sup(m, (m.date, m.date_precision), m.date_span) for m in ms if m.date is not None],
        dates_agree,
        date_specificity,
        lambda v: v[0].isoformat(),
    )
    type_claims = _claims("event_type", [sup(m, m.event_type, m.type_span) for m in ms])
    event_type = type_claims[0].value
    sub_claims = _claims(
        "sub_event_type",
        [sup(m, m.sub_event_type, m.type_span) for m in ms if m.sub_event_type is not None],
    )
    loc_claims = _claims(
        "location",
        [sup(m, m.location, m.location_span) for m in ms if m.location is not None],
        places_agree,
        place_specificity,
        lambda p: p.as_json(),
    )
    fat_claims = _claims(
        "fatalities",
        [sup(m, m.fatalities, m.fatalities_span) for m in ms if m.fatalities is not None],
    )
    cap_claims = _claims(
        "captured",
        [sup(m, m.captured, m.captured_span) for m in ms if m.captured is not None],
    )
    actor_claims = _actor_claims(ms, sup)

    # Fused values.
    date_value = date_claims[0].extra["raw"] if date_claims else (None, None)
    sub = next((c.value for c in sub_claims if c.value in _subtypes(event_type)), None)
    location = loc_claims[0].extra["raw"] if loc_claims else None
    fatalities = _conservative(fat_claims, explanations)
    captured = cap_claims[0].value if cap_claims else None
    for name, field_claims in (
        ("date", date_claims),
        ("event_type", type_claims),
        ("sub_event_type", sub_claims),
        ("location", loc_claims),
        ("captured", cap_claims),
    ):
        if len(field_claims) > 1:
            shown = [c if name != "location" else _named(c) for c in field_claims]
            explanations[name] = (
                f"sources differ: {_count_label(shown)}; the best-supported value is used "
                "(most independent sources, then source reliability, then precision)"
            )

    subjects = tuple(m.subject for m in ms)
    title = sub or event_type
    if location is not None:
        title += f" in {location.name}"
    if date_value[0] is not None:
        title += f", {date_value[0].isoformat()}"
    seen_docs: dict[str, SourceRef] = {}
    for m in ms:
        doc = documents[m.document_id]
        seen_docs.setdefault(doc.id, SourceRef(doc.id, doc.title, grade(doc.source)))
    sources = tuple(sorted(seen_docs.values(), key=lambda s: (s.reliability, s.document_id)))
    claims = tuple(date_claims + type_claims + sub_claims + loc_claims + actor_claims + fat_claims + cap_claims)
    return FusedEvent(
        id=event_id(subjects),
        title=title,
        date=date_value[0],
        date_precision=date_value[1],
        event_type=event_type,
        sub_event_type=sub,
        actors=tuple((c.value["canonical"], c.value["role"]) for c in actor_claims),
        location=location,
        fatalities=fatalities,
        captured=captured,
        sources=sources,
        claims=claims,
        mentions=subjects,
        explanations=explanations,
    )


def _named(c: Claim) -> Claim:
    """A location claim shown by name in an explanation."""
    return Claim(c.field, c.extra["raw"].name, c.supports, c.status, c.credibility)


def _subtypes(event_type: str) -> tuple[str, ...]:
    return EVENT_TYPES.get(event_type, ())


def _conservative(claims: list[Claim], explanations: dict[str, str]) -> int | None:
    """ACLED's rule: the lowest figure among credible claims, with the reason."""
    if not claims:
        return None
    if len(claims) == 1:
        return int(claims[0].value)
    credible = [c for c in claims if c.credibility != 5] or claims
    chosen = min(int(c.value) for c in credible)
    set_aside = [c for c in claims if c not in credible]
    text = (
        f"sources differ: {_count_label(claims)}; following ACLED's most conservative rule the lowest "
        f"credible figure, {chosen}, is used"
    )
    if set_aside:
        text += f"; set aside as improbable: {', '.join(str(c.value) for c in set_aside)}"
    explanations["fatalities"] = text
    return chosen


def _actor_claims(ms: Sequence[EventMention], sup: Callable[[EventMention, Any, Span | None], Support]) -> list[Claim]:
    """Each canonical actor is one claim; its role is the one most sources give (roles in ACLED order on
    ties)."""
    by_actor: dict[str, list[tuple[str, Support]]] = {}
    for m in ms:
        for a in m.actors:
            by_actor.setdefault(a.canonical, []).append((a.role, sup(m, a.canonical, a.span)))
    claims: list[Claim] = []
    for canonical, items in by_actor.items():
        roles: dict[str, set[str]] = {}
        for role, s in items:
            roles.setdefault(role, set()).add(s.source_key)
        role = min(roles, key=lambda r: (-len(roles[r]), ROLES.index(r)))
        claim = Claim("actors", {"canonical": canonical, "role": role}, [s for _, s in items])
        grade_claims([claim])
        claims.append(claim)
    claims.sort(key=lambda c: (ROLES.index(c.value["role"]), -c.n_sources, c.value["canonical"]))
    return claims
