"""Domain values to table rows and back.

Kept apart from :mod:`sitrep.store.store` so the conversion rules sit in one place: a value that
round-trips through here round-trips through every backend. Reading a row back goes through the domain
constructors, so a corrupted row fails loudly as a :class:`sitrep.errors.ValidationError` rather than
leaking a half-valid object.

JSON values come back as JSON gives them: a statement value written as a tuple is read back as a list.
The statement id does not change, because it was hashed from the canonical JSON in the first place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sitrep.errors import ValidationError
from sitrep.model import Document, Judgement, Section, Source, Statement


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One document matching a full-text query.

    ``snippet`` is a short extract of the text around the match with matched words wrapped in ``**``
    (Markdown bold) so any face can render or strip it; ``score`` is higher for better matches and only
    comparable within one result list.
    """

    document_id: str
    title: str | None
    snippet: str
    score: float


SNIPPET_MARK = "**"


def utcnow() -> datetime:
    """Naive UTC now: the form every timestamp column holds (SQLite has no zone-aware type)."""
    return datetime.now(UTC).replace(tzinfo=None)


def document_row(doc: Document, ingested_at: datetime) -> dict[str, Any]:
    if not isinstance(doc, Document):
        raise ValidationError(f"ingest: expected a Document, got {type(doc).__name__}")
    return {
        "id": doc.id,
        "text": doc.text,
        "title": doc.title,
        "source": doc.source,
        "published": doc.published,
        "format": doc.format,
        "origin": doc.origin,
        "language": doc.language,
        "sections": [[s.name, s.start, s.end] for s in doc.sections],
        "metadata": dict(doc.metadata),
        "ingested_at": ingested_at,
    }


def row_document(row: Mapping[Any, Any]) -> Document:
    return Document(
        text=row["text"],
        format=row["format"],
        title=row["title"],
        source=row["source"],
        published=row["published"],
        origin=row["origin"],
        language=row["language"],
        sections=tuple(Section(name, start, end) for name, start, end in row["sections"]),
        metadata=dict(row["metadata"]),
        id=row["id"],
    )


def statement_row(stmt: Statement, created_at: datetime) -> dict[str, Any]:
    if not isinstance(stmt, Statement):
        raise ValidationError(f"statements: expected a Statement, got {type(stmt).__name__}")
    return {
        "id": stmt.id,
        "subject": stmt.subject,
        "property": stmt.property,
        "value": stmt.value_json,
        "document_id": stmt.document_id,
        "start": stmt.start,
        "end": stmt.end,
        "extractor": stmt.extractor,
        "extractor_version": stmt.extractor_version,
        "confidence": stmt.confidence,
        "created_at": created_at,
    }


def row_statement(row: Mapping[Any, Any]) -> Statement:
    return Statement(
        subject=row["subject"],
        property=row["property"],
        value=json.loads(row["value"]),
        document_id=row["document_id"],
        start=row["start"],
        end=row["end"],
        extractor=row["extractor"],
        extractor_version=row["extractor_version"],
        confidence=row["confidence"],
        id=row["id"],
    )


def source_row(source: Source, updated_at: datetime) -> dict[str, Any]:
    if not isinstance(source, Source):
        raise ValidationError(f"upsert_source: expected a Source, got {type(source).__name__}")
    return {
        "name": source.name,
        "kind": source.kind,
        "reliability": source.reliability,
        "updated_at": updated_at,
    }


def row_source(row: Mapping[Any, Any]) -> Source:
    return Source(name=row["name"], kind=row["kind"], reliability=row["reliability"])


def judgement_row(j: Judgement, created_at: datetime) -> dict[str, Any]:
    if not isinstance(j, Judgement):
        raise ValidationError(f"add_judgement: expected a Judgement, got {type(j).__name__}")
    return {
        "id": j.id,
        "kind": j.kind,
        "left": j.left,
        "right": j.right,
        "verdict": j.verdict,
        "decided_by": j.decided_by,
        "score": j.score,
        "reason": j.reason,
        "created_at": created_at,
    }


def row_judgement(row: Mapping[Any, Any]) -> Judgement:
    return Judgement(
        kind=row["kind"],
        left=row["left"],
        right=row["right"],
        verdict=row["verdict"],
        decided_by=row["decided_by"],
        score=row["score"],
        reason=row["reason"],
        id=row["id"],
    )
