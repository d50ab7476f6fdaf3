"""Documents: list, read (text and sections) and upload.

An upload goes through the same reader as ``sitrep ingest``: it is written to a private temporary
directory under a sanitised name and read with :func:`sitrep.ingest.read.read_path`, which sniffs the
content, so a PNG called ``report.txt`` is refused as an image.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool

from sitrep.api.deps import check_id, workbench
from sitrep.api.security import DOCUMENT_ID
from sitrep.ingest.read import read_path
from sitrep.model import Document

router = APIRouter(prefix="/api", tags=["documents"])

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
ALLOWED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".jsonl", ".ndjson"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def document_summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "format": doc.format,
        "language": doc.language,
        "origin": doc.origin,
        "length": len(doc.text),
    }


@router.get("/documents")
def list_documents(request: Request) -> list[dict[str, Any]]:
    """Stored documents, oldest first (no text: fetch one document for that)."""
    with workbench(request) as wb:
        return [document_summary(d) for d in wb.store.documents()]


@router.get("/documents/{document_id}")
def get_document(document_id: str, request: Request) -> dict[str, Any]:
    """One document's text, sections and metadata; offsets elsewhere in the API point into ``text``."""
    check_id(document_id, DOCUMENT_ID, "document id (6-64 lowercase hex characters)")
    with workbench(request) as wb:
        doc = wb.store.get_document(document_id)
    return {
        **document_summary(doc),
        "text": doc.text,
        "sections": [{"name": s.name, "start": s.start, "end": s.end} for s in doc.sections],
        "metadata": dict(doc.metadata),
    }


def safe_filename(name: str | None) -> str:
    """A basename with only harmless characters, keeping the suffix the reader may use."""
    base = Path((name or "upload").replace("\\", "/")).name
    clean = _UNSAFE.sub("_", base).strip("._") or "upload"
    return clean[-100:]


async def _read_capped(upload: UploadFile) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(1024 * 1024):
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise HTTPException(status_code=413, detail=f"file too large (the limit is {MAX_UPLOAD_BYTES // 2**20} MB)")
        chunks.append(chunk)
    return b"".join(chunks)


def _status_for(reason: str) -> int:
    if reason.startswith("too large"):
        return 413
    if reason.startswith(("binary content", "not a PDF", "not a DOCX")):
        return 415
    return 422


@router.post("/documents", status_code=201)
async def upload_document(file: UploadFile, request: Request) -> dict[str, Any]:
    """Store a report and code its events (analyst role). The same text twice changes nothing."""
    name = safe_filename(file.filename)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        allowed = " ".join(sorted(ALLOWED_SUFFIXES))
        raise HTTPException(status_code=415, detail=f"unsupported file type {suffix or '(none)'!r}; allowed: {allowed}")
    data = await _read_capped(file)
    return await run_in_threadpool(_ingest_bytes, request, name, data)


def _ingest_bytes(request: Request, name: str, data: bytes) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        result = read_path(path, max_bytes=MAX_UPLOAD_BYTES)
    if not result.documents:
        reason = result.errors[0].reason if result.errors else "no report found in the file"
        raise HTTPException(status_code=_status_for(reason), detail=f"{name}: {reason}")
    docs = [dataclasses.replace(d, origin=f"upload:{name}") for d in result.documents]
    with workbench(request) as wb:
        report = wb.ingest_documents(docs)
    return {
        "added": [document_summary(d) for d in report.added],
        "already_stored": [document_summary(d) for d in report.skipped],
        "errors": [f"{name}:{e.line}: {e.reason}" if e.line else f"{name}: {e.reason}" for e in result.errors],
        "event_mentions": report.events,
    }
