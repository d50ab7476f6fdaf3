"""User search text turned into safe full-text expressions, the same rules for every backend.

Why a module of its own: both backends (FTS5 ``MATCH`` on SQLite, ``to_tsquery`` on PostgreSQL) and both
searches (documents, fused-event titles) must read an analyst's words the same way, and the rules are
what a test pins down without any database.

- **Query safety**: user text is never passed to ``MATCH`` or ``to_tsquery`` as syntax. Each
  whitespace-separated term becomes a quoted phrase (inner quotes doubled), so ``AQIM"``, ``-foo``,
  ``(``, ``NEAR`` or ``OR`` are words, not operators. Terms are ANDed. A trailing ``*`` on a term is kept
  as a prefix search, the one operator an analyst expects. Terms with no letter or digit are dropped.
"""

from __future__ import annotations


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The words of a user's query as ``(term, is_prefix)``; terms without a letter or digit are dropped."""
    # FTS5 reads the expression as a C string and PostgreSQL cannot take a NUL at all. Lone surrogates
    # (undecodable bytes in a command-line argument) cannot be encoded for the driver.
    cleaned = query.replace("\x00", " ").encode("utf-8", "ignore").decode("utf-8")
    terms: list[tuple[str, bool]] = []
    for raw in cleaned.split():
        prefix = raw.endswith("*")
        term = raw.rstrip("*") if prefix else raw
        if any(ch.isalnum() for ch in term):
            terms.append((term, prefix))
    return terms


def fts5_query(query: str) -> str | None:
    """User text as a safe FTS5 MATCH expression: each term quoted, ANDed; None if nothing is left.

    Exposed so it can be tested on its own; see the module docstring for the rules.
    """
    parts: list[str] = []
    for term, prefix in query_terms(query):
        quoted = '"' + term.replace('"', '""') + '"'
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts) if parts else None


def tsquery_quote(word: str) -> str:
    """One quoted tsquery operand: backslashes and single quotes escaped, nothing read as an operator."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_text(query: str) -> str | None:
    """User text as a safe PostgreSQL ``to_tsquery`` expression; None if nothing is left.

    Each term is single-quoted (backslashes and quotes escaped), so ``to_tsquery`` reads none of it as
    an operator and turns a term of several words ("title:AQIM") into a phrase, as FTS5 does with a
    quoted term. Terms are ANDed; a trailing ``*`` becomes ``:*``, a prefix match.
    """
    parts: list[str] = []
    for term, prefix in query_terms(query):
        quoted = tsquery_quote(term)
        parts.append(quoted + ":*" if prefix else quoted)
    return " & ".join(parts) if parts else None
