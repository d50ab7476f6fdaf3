"""JSONL: one report per line, ``{"id", "text", "published", "source"}`` plus an optional ``title``.

A bad line is one :class:`InputError` carrying its line number; the other lines still become documents,
so one malformed row does not cost an analyst a whole batch. ``published`` must be an ISO date (a full
ISO timestamp is cut to its date) or null. Other scalar fields are kept in metadata under their own name.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_text
from sitrep.ingest.formats.base import RawDocument, ReaderOutput, clean_piece

_KNOWN = frozenset({"id", "text", "published", "source", "title"})


def read_jsonl(path: Path, data: bytes) -> ReaderOutput:
    out = ReaderOutput()
    for number, line in enumerate(_lines(path, data), start=1):
        if not line.strip():
            continue
        try:
            out.documents.append(_row(_decode_line(line), number))
        except _BadLine as bad:
            out.errors.append(InputError(str(path), str(bad), line=number))
    if not out.documents and not out.errors:
        raise InputError(str(path), "no JSON lines")
    return out


class _BadLine(Exception):
    pass


def _lines(path: Path, data: bytes) -> list[bytes]:
    """UTF-8 files are decoded line by line, so one badly encoded line costs only that line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, path).encode("utf-8").split(b"\n")
    if b"\x00" in data:
        raise InputError(str(path), "binary content (NUL bytes), not a text report")
    return data.removeprefix(b"\xef\xbb\xbf").split(b"\n")


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadLine(f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})") from None


def _row(line: str, number: int) -> RawDocument:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _BadLine(f"not a JSON object (a {type(obj).__name__})")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _BadLine("missing or empty 'text'")
    metadata: dict[str, str] = {}
    ext_id = obj.get("id")
    if ext_id is not None:
        if not isinstance(ext_id, str | int) or isinstance(ext_id, bool):
            raise _BadLine("'id' must be a string or an integer")
        metadata["external_id"] = str(ext_id)
    for key, value in obj.items():
        if key not in _KNOWN and isinstance(value, str | int | float) and not isinstance(value, bool):
            metadata[key] = str(value)
    return RawDocument(
        text=clean_piece(text),
        title=_optional_str(obj, "title"),
        published=_published(obj.get("published")),
        source=_optional_str(obj, "source"),
        metadata=metadata,
        line=number,
        infer_title=False,
    )


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _BadLine(f"{key!r} must be a string or null")
    return value.strip() or None


def _published(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise _BadLine(f"'published' is not an ISO date: {value!r}")
