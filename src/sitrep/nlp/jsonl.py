"""Batch coding of report files into SCHEMA prediction lines ({"id", "events": [...]}).

Parsing is the ingest package's (one JSONL reader for the whole project): a bad line costs only that line,
is reported with its line number, and the good lines are still coded.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.read import read_path
from sitrep.nlp.extract import Extractor

__all__ = ["count_documents", "extract_jsonl"]


def count_documents(path: str | Path) -> int:
    """Lines in a JSONL file (for a progress bar); 1 for any other file."""
    path = Path(path)
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 1


def extract_jsonl(
    in_path: str | Path,
    out_path: str | Path,
    extractor: Extractor,
    progress: Callable[[], None] | None = None,
) -> tuple[int, list[InputError]]:
    """Code every report in ``in_path`` into ``out_path``; returns (lines written, errors of bad lines).

    A file that cannot be read at all raises :class:`InputError`; the output file is then not created.
    """
    result = read_path(Path(in_path))
    n = 0
    with Path(out_path).open("w", encoding="utf-8") as out:
        for doc in result.documents:
            events = extractor.extract(doc.text, published=doc.published, document_id=doc.id)
            ident = doc.metadata.get("external_id", doc.id)
            out.write(json.dumps({"id": ident, "events": [e.as_json() for e in events]}, ensure_ascii=False))
            out.write("\n")
            n += 1
            if progress is not None:
                progress()
    return n, result.errors
