"""DOCX: body paragraphs and table cells in document order.

Paragraphs styled as headings ("Title", "Heading 1".."Heading 6") are written as Markdown ``#`` lines,
the same convention the HTML reader uses, so one section finder serves both. A table row becomes one line
with its cells separated by `` | `` (a merged cell appears once). Core properties supply the title and
author when set.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from sitrep.errors import InputError
from sitrep.ingest.formats.base import RawDocument, ReaderOutput, clean_piece

_HEADING_STYLE = re.compile(r"^Heading ([1-6])$")


def read_docx(path: Path, data: bytes) -> ReaderOutput:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise InputError(str(path), "zip archive without word/document.xml: not a DOCX")
    except zipfile.BadZipFile:
        raise InputError(str(path), "not a DOCX (corrupt or truncated zip archive)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_lines(document))
        props = document.core_properties
        title = (props.title or "").strip() or None
        author = (props.author or "").strip()
    except InputError:
        raise
    except Exception as exc:  # python-docx/lxml over arbitrary input: any failure is a damaged file
        raise InputError(str(path), f"corrupt DOCX ({type(exc).__name__})") from None
    text = "\n\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise InputError(str(path), "DOCX has no text")
    metadata = {"docx.author": author} if author else {}
    return ReaderOutput(documents=[RawDocument(text=text, title=title, metadata=metadata)])


def _lines(document: DocxDocument) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield _paragraph(block)
        elif isinstance(block, Table):
            yield from _table(block)


def _paragraph(paragraph: Paragraph) -> str:
    text = " ".join(clean_piece(paragraph.text).split("\n")).strip()
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title" and text:
        return f"# {text}"
    match = _HEADING_STYLE.match(style or "")
    if match and text:
        return "#" * (int(match.group(1)) + 1) + " " + text  # one level below the Title
    return text


def _table(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(clean_piece(cell.text).split()))
        if any(cells):
            yield " | ".join(cells)
