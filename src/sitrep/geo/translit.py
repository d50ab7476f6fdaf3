"""Spelling skeletons: one key for the French, English and local transliterations of a Sahel name.

Reports spell a village the way their language hears it: French writes ``dj``, ``ou``, ``ch``, ``-oc``
where English writes ``j``, ``u``/``w``, ``sh``, ``-ok`` (Djibo/Jibo, Ouagadou/Wagadu, Aguelhoc/Aguelhok,
Tinzaouatene/Tin Zaouatine); Tamasheq particles are joined, hyphenated or split (In Kadagotan,
I-n-Kadagotan, Inkadagotan). :func:`skeleton` maps all of these to one key, so a name the gazetteer lacks
can still be matched to the village it spells, before (and far more precisely than) a fuzzy ratio.

The rules are the regular alternations only; a skeleton match is still scored below an exact or alternate
name (``resolve.TRANSLIT_SIMILARITY``) and the resolver keeps it inside the Sahel and its neighbours, or
inside the document's country when it is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# order matters: longer clusters first, so "tch" is not read as "t" + "ch"
_PLAIN: tuple[tuple[str, str], ...] = (
    (" ", ""),  # In Kadagotan / I-n-Kadagotan / Inkadagotan; Tin Zaouatine / Tinzaouatene
    ("-", ""),
    ("'", ""),
    ("tch", "ch"),
    ("dj", "j"),
    ("sh", "ch"),
    ("kh", "k"),
    ("gh", "g"),
    ("qu", "k"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
)
_CONTEXT = re.compile(r"gu(?=[eiy])|c(?=[aouk]|$)")  # Aguel-: a hard g before e/i; Aguelhoc/Aguelhok
_CONTEXT_REPL = {"gu": "g", "c": "k"}
_LATE: tuple[tuple[str, str], ...] = (("ou", "u"), ("w", "u"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")  # doubled letters: Boulkessi/Boulkesi, Tillaberi/Tilaberi
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")  # a silent final e: Tinzaouatene/Tinzaouaten


def skeleton(key: str) -> str:
    """The transliteration-free key of a normalised name (see :func:`sitrep.geo.normalise.normalise_name`)."""
    out = key
    for a, b in _PLAIN:
        if a in out:
            out = out.replace(a, b)
    if "c" in out or "gu" in out:
        out = _CONTEXT.sub(lambda m: _CONTEXT_REPL[m.group(0)], out)
    for a, b in _LATE:
        if a in out:
            out = out.replace(a, b)
    out = _DOUBLE.sub(r"\1", out)
    return _FINAL_E.sub("", out)


_VOWELS = re.compile(r"[aeiouy]")


def consonant_skeleton(key: str) -> str:
    """The consonants of a name's skeleton, doubles merged: "Chinégodar" and "Chinagodrar" both give
    ``chngdr``.

    French and English ears write a Tamasheq or Fulfulde name's vowels as they hear them (e/a, o/ou) and
    drop or double a liquid (-dar/-drar); the consonant frame survives. Too loose alone, it only confirms a
    near fuzzy match (:func:`sitrep.geo.spotting._known`).
    """
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", skeleton(key)))


_LOOSE = re.compile(r"(?<=[bcdfgjklmnprstvz])[ei](?=[bcdfgjklmnprstvz])")

# the letters a name may start with when its skeleton starts with the key's letter ("j": Djibo, Jibo)
_FIRST_LETTERS = {"j": "jd", "c": "cst", "k": "kqc", "u": "uow", "i": "iy", "f": "fp", "g": "g"}


class SkeletonIndex:
    """Gazetteer names by skeleton, built per first letter on first use (a whole index costs seconds)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._by_letter: dict[str, list[str]] = {}
        for k in keys:
            if len(k) >= 4:
                self._by_letter.setdefault(k[0], []).append(k)
        self._strict: dict[str, dict[str, list[str]]] = {}
        self._loose: dict[str, dict[str, list[str]]] = {}

    def _letter(self, letter: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        if letter not in self._strict:
            strict: dict[str, list[str]] = {}
            loose: dict[str, list[str]] = {}
            for k in self._by_letter.get(letter, ()):
                sk = skeleton(k)
                strict.setdefault(sk, []).append(k)
                loose.setdefault(_LOOSE.sub("", sk), []).append(k)
            self._strict[letter], self._loose[letter] = strict, loose
        return self._strict[letter], self._loose[letter]

    def matches(self, key: str, *, loose: bool = False) -> list[str]:
        """Names spelling ``key`` another way (``key`` itself excluded); ``loose`` also lets an ``e``/``i``
        between consonants come and go (Boulikessi/Boulkessi, Tinzaouatene/Tin Zaouatine)."""
        sk = skeleton(key)
        if len(sk) < 4:
            return []
        probe = _LOOSE.sub("", sk) if loose else sk
        out: list[str] = []
        for letter in _FIRST_LETTERS.get(sk[0], sk[0]):
            strict, lax = self._letter(letter)
            out.extend(k for k in (lax if loose else strict).get(probe, ()) if k != key)
        return out
