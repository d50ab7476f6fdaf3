"""PostgreSQL's full-text and fuzzy search over documents: the ``tsvector`` side table, the text search
configuration, the optional ``unaccent`` and ``pg_trgm`` extensions and the ranked queries.

Why apart from :mod:`sitrep.store.dialect_postgres`: search is the largest piece of PostgreSQL-only SQL
and has its own life (its own tables, triggers and extensions), while the rest of that dialect is
connection set-up and the event view's indexes.

- **Full-text search**: a side table ``document_search(document_id, vector tsvector)`` with a GIN index,
  kept by a trigger on ``documents`` (the same shape as SQLite's FTS table, and ``documents`` keeps the
  columns :mod:`sitrep.store.schema` gives it). Words go through a text search configuration
  ``sitrep_search``: a copy of ``simple`` (no stemming, no stop words — reports mix English, French and
  place names) with the ``unaccent`` dictionary in front when that extension can be installed, so
  "menaka" finds "Ménaka" as on SQLite. The user's terms become a ``to_tsquery`` expression built by
  :func:`tsquery_text`: each term quoted (a phrase, like FTS5's quoted terms), ANDed, a trailing ``*``
  kept as a prefix. ``ts_rank`` orders hits, ``ts_headline`` marks them with ``**``.
- **Fuzzy search**: where ``pg_trgm`` can be installed, a trigger keeps ``search_words`` (every distinct
  indexed word) with a trigram GIN index; :meth:`Dialect.fuzzy_search` swaps each word of the query for
  the stored words spelt like it ("Tilaberi" → "tillaberi") and runs the ranked search. Both extensions
  are optional: the migration installs them when it can and carries on without them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from sitrep.store.dialect_base import Dialect
from sitrep.store.fulltext_query import query_terms, tsquery_quote, tsquery_text
from sitrep.store.records import SNIPPET_MARK, SearchHit

SEARCH_CONFIG = "sitrep_search"
_UNACCENTED_TOKENS = "word, hword, hword_part, numword, numhword, hword_numpart"

_HEADLINE_OPTIONS = (
    f'StartSel="{SNIPPET_MARK}", StopSel="{SNIPPET_MARK}", MaxWords=16, MinWords=6, ShortWord=0, '
    'MaxFragments=1, FragmentDelimiter=" … "'
)
"""ts_headline's settings: about the 16 words of SQLite's snippet, the same markers."""


class PostgresSearch(Dialect):
    """Full-text and fuzzy search for :class:`~sitrep.store.dialect_postgres.PostgresDialect`."""

    _trgm: str | bool | None
    """pg_trgm's schema once looked up (None: no fuzzy search here); False: not looked up yet."""

    def _install_extension(self, conn: Connection, name: str) -> str | None:
        """Install an optional extension if the server has it and we may; its schema, or None."""
        available = conn.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = :name"), {"name": name}
        ).first()
        if available is None:
            return None
        try:
            with conn.begin_nested():  # a refusal (no privilege) must not abort the migration
                conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {name}")
        except DBAPIError:
            return None
        return _extension_schema(conn, name)

    def create_search_index(self, conn: Connection) -> None:
        unaccent = self._install_extension(conn, "unaccent")
        trgm = self._install_extension(conn, "pg_trgm")
        conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = pg_catalog.simple)")
        if unaccent is not None:
            conn.exec_driver_sql(
                f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} ALTER MAPPING FOR {_UNACCENTED_TOKENS} "
                f"WITH {_ident(unaccent)}.unaccent, pg_catalog.simple"
            )
        for sql in _PG_SEARCH_DDL:
            conn.exec_driver_sql(sql)
        if trgm is not None:
            for sql in _PG_WORDS_DDL:
                conn.exec_driver_sql(sql.format(trgm=_ident(trgm)))
        conn.exec_driver_sql(
            "INSERT INTO document_search (document_id, vector) "
            f"SELECT id, {_PG_VECTOR.format(row='documents')} FROM documents"
        )

    def search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        tsquery = tsquery_text(query)
        if tsquery is None or limit <= 0:
            return []
        return self._ranked(conn, f"to_tsquery('{SEARCH_CONFIG}', :tsquery)", tsquery, limit)

    def _ranked(self, conn: Connection, q: str, tsquery: str, limit: int) -> list[SearchHit]:
        """The best ``limit`` documents for a tsquery expression ``q`` (of the parameter ``:tsquery``)."""
        # Rank every match, then build snippets (which re-read the text) for the few that are returned.
        rows = conn.execute(
            text(
                "WITH hits AS ("
                f"SELECT s.document_id, ts_rank(s.vector, {q}, 1) AS rank FROM document_search AS s "
                f"WHERE s.vector @@ {q} ORDER BY rank DESC, s.document_id LIMIT :limit) "
                f"SELECT h.document_id, d.title, ts_headline('{SEARCH_CONFIG}', d.text, {q}, :options) "
                "AS snippet, h.rank FROM hits AS h JOIN documents AS d ON d.id = h.document_id "
                "ORDER BY h.rank DESC, h.document_id"
            ),
            {"tsquery": tsquery, "limit": limit, "options": _HEADLINE_OPTIONS},
        )
        return [SearchHit(r.document_id, r.title, r.snippet, float(r.rank)) for r in rows]

    def _trgm_schema(self, conn: Connection) -> str | None:
        """pg_trgm's schema when this database has the word list fuzzy search needs."""
        if self._trgm is False:
            words = conn.execute(text("SELECT to_regclass('search_words') IS NOT NULL")).scalar()
            self._trgm = _extension_schema(conn, "pg_trgm") if words else None
        return self._trgm if isinstance(self._trgm, str) else None

    def fuzzy_search(self, conn: Connection, query: str, limit: int) -> list[SearchHit]:
        """Each word of the query becomes "any stored word spelt like it"; then a normal ranked search.

        The spelling match runs over ``search_words`` (every distinct word of every document, kept by a
        trigger, trigram-indexed), which is small and fast; matching trigrams against whole documents
        took a third of a second a query on a thousand reports.
        """
        trgm = self._trgm_schema(conn)
        if trgm is None:
            return super().fuzzy_search(conn, query, limit)
        words = " ".join(term for term, _prefix in query_terms(query))
        if not words or limit <= 0:
            return []
        # The query's words as the index spells them (lower case, no accents), one group per word.
        lexemes = conn.execute(
            text(f"SELECT tsvector_to_array(to_tsvector('{SEARCH_CONFIG}', :words))"), {"words": words}
        ).scalar_one()
        groups: list[list[str]] = []
        for lexeme in lexemes:
            alike = conn.execute(
                text(
                    f"SELECT word FROM search_words WHERE word OPERATOR({_ident(trgm)}.%) :lexeme "
                    f"ORDER BY {_ident(trgm)}.similarity(word, :lexeme) DESC, word LIMIT :n"
                ),
                {"lexeme": lexeme, "n": _FUZZY_ALTERNATIVES},
            ).scalars()
            group = [tsquery_quote(word) for word in alike]
            if not group:
                return []  # a word like nothing stored: no document has every word
            groups.append(group)
        if not groups:
            return []
        tsquery = " & ".join("(" + " | ".join(group) + ")" for group in groups)
        return self._ranked(conn, "CAST(:tsquery AS tsquery)", tsquery, limit)


def _extension_schema(conn: Connection, name: str) -> str | None:
    return conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n ON n.oid = e.extnamespace "
            "WHERE e.extname = :name"
        ),
        {"name": name},
    ).scalar()


def _ident(name: str | None) -> str:
    """A schema name as a quoted SQL identifier (names come from the catalog, quoting is for odd ones)."""
    if name is None:
        raise ValueError("no schema")
    return '"' + name.replace('"', '""') + '"'


_PG_VECTOR = (
    f"setweight(to_tsvector('{SEARCH_CONFIG}', coalesce({{row}}.title, '')), 'A') || "
    f"to_tsvector('{SEARCH_CONFIG}', {{row}}.text)"
)
"""A document's search vector: title words weigh more than text words in the ranking."""

_PG_SEARCH_DDL = (
    "CREATE TABLE document_search ("
    "document_id VARCHAR(64) PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, "
    "vector TSVECTOR NOT NULL)",
    "CREATE INDEX document_search_vector ON document_search USING gin (vector)",
    # SET search_path FROM CURRENT: the trigger finds its table and configuration whatever the search
    # path of the session that inserts.
    "CREATE FUNCTION sitrep_index_document() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    "INSERT INTO document_search (document_id, vector) "
    f"VALUES (NEW.id, {_PG_VECTOR.format(row='NEW')}) "
    "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER documents_search_index AFTER INSERT OR UPDATE OF title, text ON documents "
    "FOR EACH ROW EXECUTE FUNCTION sitrep_index_document()",
)

_FUZZY_ALTERNATIVES = 12
"""Stored words tried for each word of a fuzzy query, most similar first."""

_PG_WORDS_DDL = (
    "CREATE TABLE search_words (word TEXT PRIMARY KEY)",
    "CREATE INDEX search_words_trgm ON search_words USING gin (word {trgm}.gin_trgm_ops)",
    # Words in sorted order, so two writers adding the same new words wait for each other instead of
    # deadlocking.
    "CREATE FUNCTION sitrep_add_words() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path FROM CURRENT AS $$ BEGIN "
    "INSERT INTO search_words (word) SELECT w FROM unnest(tsvector_to_array(NEW.vector)) AS w "
    "ORDER BY w ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER document_search_words AFTER INSERT OR UPDATE OF vector ON document_search "
    "FOR EACH ROW EXECUTE FUNCTION sitrep_add_words()",
)
"""The word list behind fuzzy search (only with pg_trgm): every distinct indexed word, trigram-indexed."""
