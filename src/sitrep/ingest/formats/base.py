"""What a format reader hands back before structure, metadata and language are worked out.

Readers only turn bytes into text plus whatever metadata the format itself carries (an HTML ``<title>``,
a PDF's info dictionary, a JSONL line's fields). Everything derived from the text is done once, for all
formats, by :mod:`sitrep.ingest.build`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.errors import InputError


@dataclass
class RawDocument:
    """A document's text and the metadata its container format supplied.

    ``infer_title`` is False where a "first short line" is not a title (one JSONL note is one line).
    """

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    line: int | None = None
    infer_title: bool = True


@dataclass
class ReaderOutput:
    documents: list[RawDocument] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


Reader = Callable[[Path, bytes], ReaderOutput]
"""A reader takes the file's path (for messages) and its bytes; whole-file failures raise InputError."""


def clean_piece(text: str) -> str:
    """Normalise one extracted piece (a paragraph, a cell, a page) the way Document normalises text.

    Joining already-normalised pieces with newlines keeps the joined text normalised, so offsets computed
    while assembling stay valid after :class:`sitrep.model.Document` normalises it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)
