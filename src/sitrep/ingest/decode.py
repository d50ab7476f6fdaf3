"""Bytes to text, strictly.

Policy: UTF-8 (with or without a BOM) and UTF-16 *with* a BOM are accepted; anything else is refused with
the offending byte and its offset. There is deliberately no fallback to latin-1 or cp1252: every byte
string decodes "successfully" as latin-1 (and nearly every one as cp1252), so a fallback would turn a
wrongly-encoded report into silent mojibake -- misspelt place and actor names that no longer match the
gazetteer, and a document id that differs from the correctly-encoded copy. Telling the analyst to
re-save the file as UTF-8 is cheaper than finding that corruption later.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from sitrep.errors import InputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_SAMPLE = 65536
_MAX_CONTROL_RATIO = 0.01


def decode_text(data: bytes, path: Path) -> str:
    """Decode ``data`` under the policy above or raise :class:`InputError` naming ``path``."""
    if data.startswith(b"\xff\xfe\x00\x00") or data.startswith(b"\x00\x00\xfe\xff"):
        raise InputError(str(path), "UTF-32 text is not supported; re-save it as UTF-8")
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(str(path), f"not valid UTF-16 (bad data at offset {exc.start})") from None
    else:
        if b"\x00" in data:
            raise InputError(str(path), "binary content (NUL bytes), not a text report")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
            line = data.count(b"\n", 0, offset) + 1
            raise InputError(
                str(path),
                f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}, line {line}); re-save it as UTF-8",
            ) from None
    text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise InputError(str(path), "binary content (control characters), not a text report")
    return text


def _looks_binary(text: str) -> bool:
    """Valid UTF-8 can still be binary (a file of control bytes); text reports have almost none."""
    sample = text[:_CONTROL_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    return controls > _MAX_CONTROL_RATIO * len(sample)
