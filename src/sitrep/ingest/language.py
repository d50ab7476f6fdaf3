"""A cheap English-or-French guess from function words.

Reports in this domain are English or French; the two are told apart reliably by their most frequent
function words, which no content (names, places, acronyms) can fake in quantity. The guess needs a
handful of hits and a clear majority; otherwise it says None rather than guess. Used by ingest for
``Document.language`` and reusable by the NLP side for a sentence or a note.
"""

from __future__ import annotations

import re

EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "were",
        "are",
        "that",
        "with",
        "for",
        "on",
        "by",
        "from",
        "at",
        "as",
        "this",
        "which",
        "it",
        "be",
        "been",
        "has",
        "have",
        "had",
        "their",
        "they",
        "his",
        "her",
        "its",
        "not",
        "but",
        "or",
        "an",
        "would",
        "will",
        "after",
        "before",
        "during",
        "while",
        "who",
        "against",
        "into",
        "over",
    ]
)
FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "un",
        "une",
        "et",
        "est",
        "sont",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "qui",
        "que",
        "été",
        "ont",
        "il",
        "elle",
        "ils",
        "leur",
        "leurs",
        "mais",
        "ou",
        "pas",
        "plus",
        "selon",
        "lors",
        "après",
        "avant",
        "contre",
        "entre",
        "depuis",
        "sous",
        "son",
        "sa",
        "ses",
        "nous",
        "vous",
        "être",
        "de",
        "à",
        "près",
        "ont",
        "lors",
        "dont",
        "aucun",
        "aucune",
    ]
)
# Participles and nouns of incident briefs: a one-line French note ("Trois soldats tués à Boulkessi.")
# has too few function words, but its past participles carry French accents no English word does.
_FR_ACCENTED = re.compile(r"\b[^\W\d_]*(?:é|ée|és|ées|è[^\W\d_]*|ç[^\W\d_]*)\b", re.I)
_ELISION = re.compile(r"\b(?:l|d|qu|n|s|j|c)['’](?=\w)", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)
_SAMPLE = 20000
MIN_HITS = 2
MIN_RATIO = 2.0


def _accented(words: list[str]) -> int:
    """French-accented words, counted only when they are lower case (names like "Ségou" prove nothing)."""
    return sum(1 for w in words if w.islower() and _FR_ACCENTED.fullmatch(w))


def language_scores(text: str) -> dict[str, int]:
    """Function-word hits per language in (the first 20,000 characters of) ``text``."""
    sample = text[:_SAMPLE]
    words = [w.lower() for w in _WORD.findall(sample)]
    return {
        "en": sum(1 for w in words if w in EN_WORDS),
        "fr": sum(1 for w in words if w in FR_WORDS) + len(_ELISION.findall(sample)) + _accented(words),
    }


def guess_language(text: str) -> str | None:
    """The language code ("en", "fr"), or None when there is too little evidence or no clear winner."""
    scores = language_scores(text)
    en, fr = scores["en"], scores["fr"]
    if max(en, fr) < MIN_HITS:
        return None
    if en >= MIN_RATIO * fr:
        return "en"
    if fr >= MIN_RATIO * en:
        return "fr"
    return None
