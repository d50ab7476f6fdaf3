"""Name normalisation shared by the gazetteer's names table and every lookup.

Reports spell one place many ways: with or without accents (Ménaka/Menaka), with typographic apostrophes
(N’Tillit/N'Tillit), with hyphens or spaces (Gabero-Zinda/Gabero Zinda). Both sides of a lookup go through
:func:`normalise_name`, so the table stores one key per spelling family and a lookup is one dict access.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = dict.fromkeys(map(ord, "’‘ʼ`´ʻ′"), "'")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―-_/"), " ")
_SPACE = re.compile(r"\s+")
_DROP = re.compile(r"[^\w' ]+")


def strip_accents(text: str) -> str:
    """NFKD and drop combining marks: ``Ségou`` -> ``Segou``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """The lookup key of a place name: casefolded, accent-free, one kind of apostrophe, single spaces.

    Hyphens become spaces and other punctuation is dropped, so ``Gabero-Zinda``, ``gabero zinda`` and
    ``GABERO ZINDA`` share a key; apostrophes are kept (``N'Tillit`` stays distinct from ``Ntillit`` but both
    are tried by the resolver's alias rules).
    """
    text = strip_accents(name).casefold().translate(_APOSTROPHES).translate(_DASHES)
    text = _DROP.sub(" ", text).replace("'", "'")
    text = _SPACE.sub(" ", text).strip(" '")
    return text


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (after stripping accents).

    Alternate names in Arabic, Cyrillic, Tifinagh or CJK scripts never match an English or French report
    after normalisation, so the gazetteer leaves them out to keep the names table small.
    """
    return all(not c.isalpha() or "a" <= c.lower() <= "z" or c in "ßæøœðþłđı" for c in strip_accents(name))
