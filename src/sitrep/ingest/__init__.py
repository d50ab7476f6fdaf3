"""Files to Documents: format detection, readers, sections, header metadata and language.

The one entry point is :func:`read_path`; :func:`guess_language` is public for the NLP side.
"""

from __future__ import annotations

from sitrep.ingest.language import guess_language
from sitrep.ingest.read import MAX_BYTES, ReadResult, read_path

__all__ = ["MAX_BYTES", "ReadResult", "guess_language", "read_path"]
