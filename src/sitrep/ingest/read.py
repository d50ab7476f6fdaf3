"""``read_path``: one file in, Documents and one-line InputErrors out, never a traceback.

The size limit is checked on the file's size before anything is read, and the read itself is capped,
so a 50 MB file (or a device that never ends) is refused at once without filling memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.build import build_document
from sitrep.ingest.formats import READERS
from sitrep.ingest.sniff import detect_format
from sitrep.model import Document

MAX_BYTES = 20 * 1024 * 1024
"""Largest file read (20 MB): far above any report, small enough to hold in memory with its parse."""


@dataclass(frozen=True)
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def read_path(path: Path | str, *, max_bytes: int | None = None) -> ReadResult:
    """Read one file of any supported format; ``max_bytes`` defaults to :data:`MAX_BYTES`."""
    path = Path(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        data = _read_bytes(path, limit)
        fmt = detect_format(path, data)
        output = READERS[fmt](path, data)
    except InputError as err:
        return ReadResult(errors=[err])
    documents: list[Document] = []
    errors = list(output.errors)
    for raw in output.documents:
        try:
            documents.append(build_document(raw, path=path, fmt=fmt))
        except InputError as err:
            errors.append(err)
    errors.sort(key=lambda e: e.line or 0)
    return ReadResult(documents=documents, errors=errors)


def _read_bytes(path: Path, limit: int) -> bytes:
    where = str(path)
    try:
        if path.is_dir():
            raise InputError(where, "is a directory, not a file")
        if path.exists() and not path.is_file():
            raise InputError(where, "not a regular file")
        size = path.stat().st_size
        if size > limit:
            raise InputError(where, f"too large ({_mb(size)}; the limit is {_mb(limit)})")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except PermissionError:
        raise InputError(where, "permission denied") from None
    except OSError as exc:
        raise InputError(where, f"cannot read ({exc.strerror or type(exc).__name__})") from None
    if len(data) > limit:
        raise InputError(where, f"too large (over the limit of {_mb(limit)})")
    if not data.strip() or not data.lstrip(b"\xef\xbb\xbf\xff\xfe").strip(b" \t\r\n\x00"):
        raise InputError(where, "empty file (no text)")
    return data


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
