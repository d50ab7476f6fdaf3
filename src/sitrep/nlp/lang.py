"""The language the rules read a document in, for the whole of one extraction.

Every rule module (triggers, roles, counts, dates) keeps one pattern set per language. They take an
explicit ``language`` argument, and when it is None they read the language of the extraction in progress
from a context variable the :class:`~sitrep.nlp.extract.Extractor` sets. That lets helpers written before
French support (whole-document assembly calls the counting functions directly) follow the document's
language without each call site being rewritten, and keeps concurrent extractions (threads, tasks) apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["DEFAULT", "SUPPORTED", "current", "pick", "using"]

DEFAULT = "en"
SUPPORTED = frozenset({"en", "fr"})

_CURRENT: ContextVar[str] = ContextVar("sitrep_language", default=DEFAULT)


def pick(language: str | None) -> str:
    """A supported code for ``language`` ("fr-FR" → "fr"); None → the extraction's language; other → "en"."""
    if language is None:
        return _CURRENT.get()
    code = language.lower()[:2]
    return code if code in SUPPORTED else DEFAULT


def current() -> str:
    """The language of the extraction in progress ("en" outside any)."""
    return _CURRENT.get()


@contextmanager
def using(language: str) -> Iterator[str]:
    """Run a block with ``language`` as the extraction language."""
    token = _CURRENT.set(pick(language))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)
