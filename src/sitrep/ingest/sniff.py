"""Which reader a file needs: content first, the file name's suffix second.

Magic numbers decide for binary formats, so a PDF saved as ``report.txt`` still reads as a PDF and a PNG
renamed ``report.txt`` is refused as an image instead of producing garbage text. Among text formats the
content decides where it is unmistakable (an HTML document, a JSON object per line, wiki ``= Title =``
headings); otherwise the suffix picks Markdown or plain text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitrep.errors import InputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as DOCX"),
    (b"{\\rtf", "an RTF document; save it as DOCX or plain text"),
    (b"%!PS", "a PostScript file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)

_TEXT_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_ANYWHERE = re.compile(r"<(?:head|body)[\s>]", re.I)
_WIKI_HEADING = re.compile(r"^(={1,6})[ \t]*[^=\n]+?[ \t]*\1[ \t]*$", re.M)
_SNIFF_BYTES = 65536
_PDF_HEADER_WINDOW = 1024


def detect_format(path: Path, data: bytes) -> str:
    """The reader name for ``data`` (a key of ``formats.READERS``), or :class:`InputError` for binaries."""
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise InputError(str(path), "binary content (a RIFF media file), not a report")
    for magic, label in _MAGIC:
        if data.startswith(magic):
            raise InputError(str(path), f"binary content ({label}), not a report")
    if suffix == ".pdf":
        raise InputError(str(path), "not a PDF (no %PDF- header); the file is truncated or mislabelled")
    if suffix == ".docx":
        raise InputError(str(path), "not a DOCX (not a zip archive); the file is corrupt or mislabelled")
    head = _sniff_text(data)
    if _HTML_START.match(head):
        return "html"
    if suffix in _JSONL_SUFFIXES or _first_line_is_object(head):
        return "jsonl"
    if suffix in _TEXT_SUFFIXES:
        return _TEXT_SUFFIXES[suffix]
    if suffix != ".txt" and _HTML_ANYWHERE.search(head[:4096]):
        return "html"
    if _looks_wiki(head):
        return "wiki"
    if _looks_markdown(head):
        return "md"
    return "txt"


def _sniff_text(data: bytes) -> str:
    head = data[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff")


def _first_line_is_object(head: str) -> bool:
    for line in head.splitlines():
        if line.strip():
            stripped = line.strip()
            if not (stripped.startswith("{") and stripped.endswith("}")):
                return False
            try:
                return isinstance(json.loads(stripped), dict)
            except ValueError:
                return False
    return False


def _looks_wiki(head: str) -> bool:
    """A ``= Title =`` first line, or at least two ``== Section ==`` headings."""
    first = next((ln.strip() for ln in head.splitlines() if ln.strip()), "")
    if _WIKI_HEADING.fullmatch(first) and first.startswith("= "):
        return True
    return len(_WIKI_HEADING.findall(head)) >= 2


def _looks_markdown(head: str) -> bool:
    """ATX headings (``# Title``) on lines of their own are the one unambiguous Markdown sign."""
    return len(re.findall(r"^#{1,6} \S", head, re.M)) >= 2
