"""The domain types every stage shares.

All types are frozen dataclasses so a value that crossed a stage boundary cannot change behind the next
stage's back. Validation happens in ``__post_init__`` and raises :class:`sitrep.errors.ValidationError`
naming the field, so a bad value is caught where it is made, not three stages later.

The unit of everything is the :class:`Statement`: one claim, by one document, at one character span,
made by one extractor. Events, actors and places shown to a user are computed from statements.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sitrep.errors import ValidationError

RELIABILITY_CODES = ("A", "B", "C", "D", "E", "F")
"""NATO Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged."""

Reliability = Literal["A", "B", "C", "D", "E", "F"]
Verdict = Literal["positive", "negative", "unsure"]
DatePrecision = Literal["day", "week", "month", "season", "year"]
ROLES = ("actor1", "actor2", "assoc")

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's six event types and their sub-event types (ACLED codebook, 2019 onwards)."""


def normalise_text(text: str) -> str:
    """The form a document is hashed in: NFC, LF line ends, no trailing blanks at the end.

    Two copies of one report that differ only in encoding details (CRLF, a BOM, NFD accents) get one id,
    so ingesting both changes nothing.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip()


def content_id(text: str) -> str:
    """Document id: sha256 of the normalised text, hex."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def _require(cond: bool, type_name: str, field_name: str, reason: str) -> None:
    if not cond:
        raise ValidationError(f"{type_name}.{field_name}: {reason}")


@dataclass(frozen=True, slots=True)
class Section:
    """A named part of a document ("Events", "Background", "Infobox"), as a character span of its text."""

    name: str
    start: int
    end: int

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "Section", "name", "must not be empty")
        _require(0 <= self.start <= self.end, "Section", "start/end", f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Document:
    """A stored report. ``text`` is kept verbatim (after normalisation); every offset points into it."""

    text: str
    format: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    origin: str | None = None
    language: str | None = None
    sections: tuple[Section, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        _require(isinstance(self.text, str), "Document", "text", "must be a string")
        _require(bool(self.text.strip()), "Document", "text", "is empty")
        normal = normalise_text(self.text)
        if normal != self.text:
            object.__setattr__(self, "text", normal)
        expected = content_id(normal)
        if not self.id:
            object.__setattr__(self, "id", expected)
        _require(self.id == expected, "Document", "id", "is not the sha256 of the text")
        for s in self.sections:
            _require(s.end <= len(self.text), "Document", "sections", f"section {s.name!r} ends past the text")

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``, if any."""
        best: Section | None = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.end - s.start < best.end - best.start):
                best = s
        return best


@dataclass(frozen=True, slots=True)
class Source:
    """Who published a document, with its Admiralty reliability grade (F, cannot be judged, by default)."""

    name: str
    kind: str = "unknown"
    reliability: Reliability = "F"

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "Source", "name", "must not be empty")
        _require(self.reliability in RELIABILITY_CODES, "Source", "reliability", "must be one of A-F")


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Statement:
    """One claim: ``subject`` has ``property`` = ``value``, said by ``document_id`` at ``start:end``.

    ``value`` is any JSON value. The id is a hash of subject, property, value, document and span, so the
    same claim extracted twice is one row, and extractions on different machines agree.
    """

    subject: str
    property: str
    value: Any
    document_id: str
    start: int
    end: int
    extractor: str
    extractor_version: str
    confidence: float = 1.0
    id: str = ""

    def __post_init__(self) -> None:
        _require(bool(self.subject), "Statement", "subject", "must not be empty")
        _require(bool(self.property), "Statement", "property", "must not be empty")
        _require(0 <= self.start <= self.end, "Statement", "start/end", f"bad span {self.start}..{self.end}")
        _require(0.0 <= self.confidence <= 1.0, "Statement", "confidence", "must be within 0..1")
        try:
            encoded = _canonical_json(self.value)
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"Statement.value: not JSON-serialisable ({exc})") from exc
        if not self.id:
            key = "\x1f".join([self.subject, self.property, encoded, self.document_id, str(self.start), str(self.end)])
            object.__setattr__(self, "id", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32])

    @builtins.property  # the field named ``property`` shadows the builtin in this class body
    def value_json(self) -> str:
        return _canonical_json(self.value)


@dataclass(frozen=True, slots=True)
class Judgement:
    """A resolution decision: are ``left`` and ``right`` the same thing?

    Stored, listed and deletable; never applied destructively. ``decided_by`` starts with ``analyst:`` or
    ``machine:``; an analyst's judgement outranks a machine's on the same pair.
    """

    kind: str
    left: str
    right: str
    verdict: Verdict
    decided_by: str
    score: float | None = None
    reason: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        _require(self.kind in ("event", "actor", "place", "person"), "Judgement", "kind", "unknown kind")
        _require(self.verdict in ("positive", "negative", "unsure"), "Judgement", "verdict", "unknown verdict")
        _require(self.left != self.right, "Judgement", "left/right", "a thing is trivially itself")
        _require(self.decided_by.startswith(("analyst:", "machine:")), "Judgement", "decided_by", "analyst:/machine:")
        if self.left > self.right:  # a pair has one id whichever way round it was judged
            left, right = self.right, self.left
            object.__setattr__(self, "left", left)
            object.__setattr__(self, "right", right)
        if not self.id:
            key = "\x1f".join([self.kind, self.left, self.right, self.decided_by])
            object.__setattr__(self, "id", "j-" + hashlib.sha256(key.encode()).hexdigest()[:16])

    @property
    def by_analyst(self) -> bool:
        return self.decided_by.startswith("analyst:")


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        _require(0 <= self.start <= self.end, "Span", "start/end", f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location. ``uncertainty_km`` is the radius within which the true point lies."""

    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3
    uncertainty_km: float | None = None
    geonameid: int | None = None
    how: str = ""

    def __post_init__(self) -> None:
        _require(self.geo_precision in (1, 2, 3), "Place", "geo_precision", "must be 1, 2 or 3")
        if self.lat is not None:
            _require(-90 <= self.lat <= 90, "Place", "lat", "out of range")
        if self.lon is not None:
            _require(-180 <= self.lon <= 180, "Place", "lon", "out of range")

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "country": self.country,
            "lat": None if self.lat is None else round(self.lat, 5),
            "lon": None if self.lon is None else round(self.lon, 5),
            "geo_precision": self.geo_precision,
            "uncertainty_km": self.uncertainty_km,
        }


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as one document names it, with its ACLED canonical name and role in one event."""

    name: str
    canonical: str
    role: str
    span: Span | None = None

    def __post_init__(self) -> None:
        _require(self.role in ROLES, "ActorMention", "role", f"must be one of {ROLES}")
        _require(bool(self.canonical), "ActorMention", "canonical", "must not be empty")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as one document reports it: the output of extraction, the input of fusion.

    Each coded field carries the span that supports it, so every fused claim can quote its sentence.
    """

    document_id: str
    index: int
    event_type: str
    sub_event_type: str | None = None
    date: date | None = None
    date_precision: DatePrecision | None = None
    actors: tuple[ActorMention, ...] = ()
    location: Place | None = None
    fatalities: int | None = None
    captured: int | None = None
    evidence: Span | None = None
    date_span: Span | None = None
    type_span: Span | None = None
    location_span: Span | None = None
    fatalities_span: Span | None = None
    captured_span: Span | None = None
    confidence: float = 0.5

    def __post_init__(self) -> None:
        _require(self.event_type in EVENT_TYPES, "EventMention", "event_type", f"unknown {self.event_type!r}")
        if self.sub_event_type is not None:
            _require(
                self.sub_event_type in EVENT_TYPES[self.event_type],
                "EventMention",
                "sub_event_type",
                f"{self.sub_event_type!r} is not a sub-type of {self.event_type!r}",
            )
        for name in ("fatalities", "captured"):
            v = getattr(self, name)
            _require(v is None or v >= 0, "EventMention", name, "must not be negative")

    @property
    def subject(self) -> str:
        """The statement subject of this mention: stable across runs for the same document."""
        return f"mention:{self.document_id[:16]}:{self.index}"

    def as_json(self) -> dict[str, Any]:
        """The event object of ``shared/eval/SCHEMA.md`` (first part)."""
        out: dict[str, Any] = {
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actors": [{"name": a.name, "canonical": a.canonical, "role": a.role} for a in self.actors],
            "location": self.location.as_json() if self.location else None,
            "fatalities": self.fatalities,
            "captured": self.captured,
            "evidence": [{"start": self.evidence.start, "end": self.evidence.end}] if self.evidence else [],
        }
        return out
