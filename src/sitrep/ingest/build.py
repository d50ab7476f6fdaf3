"""From a reader's RawDocument to a validated Document: structure, metadata, language, for all formats.

Sections and header metadata are computed on the normalised text, the exact string the Document stores,
so every offset is valid in ``Document.text``. What the container format supplied (an HTML title, a
JSONL line's ``published`` and ``source``) wins over what is inferred from the text.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import InputError, ValidationError
from sitrep.ingest.formats.base import RawDocument
from sitrep.ingest.header import read_header
from sitrep.ingest.language import guess_language
from sitrep.ingest.sections import find_sections
from sitrep.model import Document, normalise_text


def build_document(raw: RawDocument, *, path: Path, fmt: str) -> Document:
    """The Document for ``raw``, or :class:`InputError` (with the JSONL line, if any) when it is empty."""
    text = normalise_text(raw.text)
    if not text.strip():
        reason = "empty text" if raw.line is not None else "empty file (no text)"
        raise InputError(str(path), reason, line=raw.line)
    header = read_header(text, infer_title=raw.infer_title)
    metadata = dict(header.metadata)
    metadata.update(raw.metadata)
    if raw.line is not None:
        metadata["line"] = str(raw.line)
    title = raw.title or header.title
    if title:
        metadata["title"] = title
    try:
        return Document(
            text=text,
            format=fmt,
            title=title,
            source=raw.source or header.organisation,
            published=raw.published or header.published,
            origin=str(path),
            language=guess_language(text),
            sections=tuple(find_sections(text)),
            metadata=metadata,
        )
    except ValidationError as exc:
        raise InputError(str(path), str(exc), line=raw.line) from None
