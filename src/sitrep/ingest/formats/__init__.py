"""Format readers, registered by the format name stored on each Document."""

from __future__ import annotations

from sitrep.ingest.formats.base import RawDocument, Reader, ReaderOutput
from sitrep.ingest.formats.docx import read_docx
from sitrep.ingest.formats.html import read_html
from sitrep.ingest.formats.jsonl import read_jsonl
from sitrep.ingest.formats.pdf import read_pdf
from sitrep.ingest.formats.text import read_text

READERS: dict[str, Reader] = {
    "txt": read_text,
    "md": read_text,
    "wiki": read_text,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
    "jsonl": read_jsonl,
}

__all__ = ["READERS", "RawDocument", "Reader", "ReaderOutput"]
