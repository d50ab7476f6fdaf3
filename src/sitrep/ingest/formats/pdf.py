"""PDF: the text of every page, in order, pages separated by a blank line.

pypdf is lenient and raises a zoo of exception types on damaged files (PdfReadError, ValueError,
KeyError, struct errors...), so every failure while parsing is reported as a corrupt file. A PDF that
parses but has no text layer (a scan) is refused too: an empty document is useless and OCR is out of scope.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader

from sitrep.errors import InputError
from sitrep.ingest.formats.base import RawDocument, ReaderOutput, clean_piece

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(path: Path, data: bytes) -> ReaderOutput:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(str(path), "encrypted PDF; remove the password first")
        pages = [clean_piece(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata
        title = info.title if info is not None else None
        created = info.creation_date if info is not None else None
    except InputError:
        raise
    except Exception as exc:  # see module docstring: any parser failure means a damaged file
        raise InputError(str(path), f"corrupt or truncated PDF ({type(exc).__name__})") from None
    text = "\n\n".join(page for page in pages if page)
    if not text.strip():
        raise InputError(str(path), "PDF has no extractable text (a scan? run OCR first)")
    metadata = {"pdf.pages": str(len(pages))}
    # The creation date is when the file was made, not when the report was issued: metadata only.
    if created is not None:
        metadata["pdf.created"] = created.date().isoformat()
    clean_title = title.strip() if isinstance(title, str) and title.strip() else None
    return ReaderOutput(documents=[RawDocument(text=text, title=clean_title, metadata=metadata)])
