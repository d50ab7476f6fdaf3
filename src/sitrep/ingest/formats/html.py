"""HTML pages: main text via trafilatura, title and date from the page's metadata.

trafilatura returns text, never markup, and drops ``<script>``/``<style>``; event-handler attributes
(``onerror=``) are attributes and so never reach the text at all. Escaped markup that a page *shows*
(``&lt;script&gt;`` in an article about XSS) stays as the literal characters the reader sees: it is the
document's text, and whoever renders it must escape it like any other text.

The text is rendered here from trafilatura's element tree rather than taken from its text output: that
output either loses headings or, with formatting on, backslash-escapes Markdown characters
(``ISIS\\_Sahel``), which would corrupt names. Headings become Markdown ``#`` lines so one section finder
serves HTML and Markdown; list items become ``- item``; table rows become cells joined by `` | ``.
Short pages that trafilatura judges too small to extract fall back to a plain text dump of the body
with non-content elements removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_text
from sitrep.ingest.formats.base import RawDocument, ReaderOutput, clean_piece

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table")


def read_html(path: Path, data: bytes) -> ReaderOutput:
    markup = _decode_html(path, data)
    try:
        extracted = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_formatting=False,
            include_tables=True,
            include_comments=False,
            favor_recall=True,
        )
    except Exception as exc:  # a parser over arbitrary input: any failure is a bad file, not a bug here
        raise InputError(str(path), f"unreadable HTML ({type(exc).__name__})") from None
    body = getattr(extracted, "body", None) if extracted is not None else None
    text = "\n\n".join(block for block in _render(body) if block) if body is not None else ""
    if not text:
        text = _fallback_text(markup)
    text = clean_piece(text).strip()
    if not text:
        raise InputError(str(path), "HTML page yields no text")
    title = getattr(extracted, "title", None) if extracted is not None else None
    published = _iso_date(getattr(extracted, "date", None) if extracted is not None else None)
    metadata: dict[str, str] = {}
    for key in ("author", "sitename", "url", "hostname", "description"):
        value = getattr(extracted, key, None) if extracted is not None else None
        if isinstance(value, str) and value.strip():
            metadata[f"html.{key}"] = value.strip()
    doc = RawDocument(text=text, title=title.strip() if title else None, published=published, metadata=metadata)
    return ReaderOutput(documents=[doc])


def _decode_html(path: Path, data: bytes) -> str:
    """A page that declares its charset is decoded with it; otherwise the strict text policy applies."""
    declared = _CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:512])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(str(path), f"HTML declares an unknown charset {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                str(path), f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    return decode_text(data, path)


def _render(element: Any) -> Iterator[str]:
    """Blocks of text from trafilatura's output tree (head, p, list/item, table/row/cell, quote...)."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("quote", "div", "body"):
            yield from _render(child)
        elif tag == "list":
            yield "\n".join(f"- {text}" for item in child.iter("item") if (text := _flat(item)))
        elif tag == "table":
            rows = (" | ".join(_flat(cell) for cell in row.iter("cell")) for row in child.iter("row"))
            yield "\n".join(row for row in rows if row.strip(" |"))
        elif tag == "head":
            rend = child.get("rend", "")
            level = int(rend[1]) if rend[:1] == "h" and rend[1:2].isdigit() else 2
            yield "#" * level + " " + _flat(child) if _flat(child) else ""
        else:
            yield _flat(child)


def _flat(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _fallback_text(markup: str) -> str:
    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # lxml raises ParserError/ValueError on empty or odd documents
        return ""
    for element in root.iter(*_DROP):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
