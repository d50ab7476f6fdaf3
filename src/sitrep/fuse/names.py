"""Place-name comparison that tolerates transliteration (Talhandak / Talahandak, Tessalit / Tessalite).

Sahel toponyms reach English and French reports through Arabic, Tamasheq, Fulfulde and Songhai, so vowels
and doubled letters vary far more than consonants do. Names are folded (accents off, common French/English
digraphs unified) and compared both whole and as a consonant skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_DIGRAPHS = (
    ("ou", "u"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("q", "k"),
    ("c", "k"),
    ("y", "i"),
    ("w", "u"),
    ("z", "s"),
)
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|at|in)\s+")


@lru_cache(maxsize=200_000)
def fold_name(name: str) -> str:
    """Lower case, no accents, transliteration digraphs unified, letters and spaces only."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^a-z ]+", " ", s.replace("-", " "))
    s = " ".join(s.split())
    s = _ARTICLE.sub("", s)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Consonants of the folded name, doubles collapsed: the part transliterations agree on."""
    s = re.sub(r"[aeiou ]", "", fold_name(name))
    return re.sub(r"(.)\1+", r"\1", s)


def name_similarity(a: str, b: str) -> float:
    """0..1; 1.0 when the folded names or their (non-trivial) consonant skeletons are equal."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    sa, sb = skeleton(a), skeleton(b)
    if len(sa) >= 3 and sa == sb:
        return 0.95
    return max(fuzz.ratio(fa, fb), 0.9 * fuzz.ratio(sa, sb)) / 100.0
