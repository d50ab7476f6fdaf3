"""Plain text, Markdown and wiki-style text: the bytes decoded, nothing else changed.

The three differ only in how :mod:`sitrep.ingest.sections` finds their headings, so they share one reader;
the format name recorded on the Document says which flavour was detected.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest.decode import decode_text
from sitrep.ingest.formats.base import RawDocument, ReaderOutput


def read_text(path: Path, data: bytes) -> ReaderOutput:
    return ReaderOutput(documents=[RawDocument(text=decode_text(data, path))])
