"""Errors the user sees as one clear line, never as a traceback.

Everything the CLI can report cleanly derives from :class:`SitrepError`; the CLI prints ``str(err)`` and
exits non-zero. Anything else reaching the top is a bug.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base for errors that carry a message fit for the user."""


class ValidationError(SitrepError, ValueError):
    """A domain value broke a rule; the message names the type, field and reason."""


class InputError(SitrepError):
    """A file (or one line of it) could not be read as a report. Names the file and, where known, the line."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class StoreError(SitrepError):
    """The database is missing, corrupt, locked or from a schema this version cannot migrate."""


class GazetteerError(SitrepError):
    """The gazetteer file is missing, corrupt or from an older schema; the message says how to rebuild."""


class NotFoundError(SitrepError):
    """An id the user gave matches nothing."""
