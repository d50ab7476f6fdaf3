"""The store: round-trips, idempotence, atomicity, lookup, search, migrations and bad files.

Every behavioural test takes the ``store`` (or ``store_url``) fixture, parametrised over ``BACKENDS``:
SQLite in a temporary file, and PostgreSQL in a database of a throwaway server (``tests/pgserver.py``;
skipped when the server binaries are missing, failed instead in CI). Tests that build database files by
hand are SQLite-specific, tests of PostgreSQL-only behaviour PostgreSQL-specific; their names say so.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, insert, inspect
from sqlalchemy import text as sql_text
from sqlalchemy.engine import make_url

from pgserver import Server, postgres_server  # noqa: F401  (a session fixture, used by name)
from sitrep.errors import NotFoundError, StoreError, ValidationError
from sitrep.model import Document, Judgement, Section, Source, Statement, content_id
from sitrep.store import SearchHit, Store, schema
from sitrep.store.dialect import PostgresDialect, SQLiteDialect, dialect_for, fts5_query, tsquery_text
from sitrep.store.migrations import LATEST, migrate

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each backend, as a URL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server: Server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as s:
        yield s


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty PostgreSQL database, for the PostgreSQL-only tests."""
    server: Server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


def _is_postgres(store: Store) -> bool:
    return bool(store.stats()["backend"] == "postgresql")


def _engine_for(url: str) -> Engine:
    """A bare SQLAlchemy engine on a test database, with the store's driver and connection set-up."""
    dialect = dialect_for(make_url(url))
    engine = create_engine(dialect.url, **dialect.engine_options())
    dialect.configure(engine)
    return engine


def _doc(text: str, **kw: Any) -> Document:
    return Document(text=text, format=kw.pop("format", "txt"), **kw)


def _stmt(doc: Document, subject: str, prop: str = "event.type", value: Any = "Battles", **kw: Any) -> Statement:
    return Statement(
        subject=subject,
        property=prop,
        value=value,
        document_id=doc.id,
        start=kw.pop("start", 0),
        end=kw.pop("end", 5),
        extractor=kw.pop("extractor", "test"),
        extractor_version="1",
        **kw,
    )


_REPORT_TEXT = (
    "Events:\nGunmen of AQIM attacked Ménaka on Tuesday, killing 4 soldiers.\n"
    "Assessment:\nThe group is likely to strike again near Ansongo."
)
_SPLIT = _REPORT_TEXT.index("Assessment:")
REPORT = _doc(
    _REPORT_TEXT,
    title="Attack near Ménaka",
    source="Example Monitor",
    published=date(2024, 3, 5),
    origin="/reports/menaka.txt",
    language="en",
    sections=(Section("Events", 0, _SPLIT), Section("Assessment", _SPLIT, len(_REPORT_TEXT))),
    metadata={"reference": "SR-2024-031", "issuer": "Example Monitor"},
)


# -- round-trips ------------------------------------------------------------------------------------------


def test_document_round_trips_exactly(store: Store) -> None:
    assert store.ingest(REPORT) is True
    back = store.get_document(REPORT.id)
    assert back == REPORT
    assert back.sections == REPORT.sections and isinstance(back.sections, tuple)
    assert isinstance(back.sections[0], Section)
    assert back.published == date(2024, 3, 5)
    assert dict(back.metadata) == {"reference": "SR-2024-031", "issuer": "Example Monitor"}


def test_document_with_only_required_fields_round_trips(store: Store) -> None:
    doc = _doc("Just text.")
    store.ingest(doc)
    back = store.get_document(doc.id)
    assert back == doc
    assert back.title is None and back.published is None and back.sections == ()


_texts = st.text(min_size=1, max_size=300).filter(lambda t: bool(t.strip()))
_opt_text = st.none() | st.text(max_size=40)


@st.composite
def _documents(draw: st.DrawFn) -> Document:
    text = draw(_texts)
    probe = Document(text=text, format="txt")  # the normalised text, which sections point into
    n = len(probe.text)
    sections = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        sections.append(Section(draw(st.text(min_size=1, max_size=12).filter(str.strip)), start, end))
    return Document(
        text=text,
        format=draw(st.sampled_from(["txt", "md", "html", "pdf", "docx", "jsonl"])),
        title=draw(_opt_text),
        source=draw(_opt_text),
        published=draw(st.none() | st.dates()),
        origin=draw(_opt_text),
        language=draw(st.none() | st.sampled_from(["en", "fr", "ar"])),
        sections=tuple(sections),
        metadata=draw(st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=4)),
    )


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)

_HYPOTHESIS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_HYPOTHESIS
@given(doc=_documents())
def test_random_documents_round_trip(store: Store, doc: Document) -> None:
    if "\x00" in "".join(filter(None, (doc.text, doc.title, doc.source, doc.origin))) and _is_postgres(store):
        stored_before = store.has_document(doc.id)  # examples share one store: an earlier one may hold the text
        with pytest.raises(StoreError, match="cannot store the NUL character"):
            store.ingest(doc)
        assert store.has_document(doc.id) == stored_before
        return
    # Examples share one store, so a text may already be there with other metadata: then the first wins.
    fresh = store.ingest(doc)
    back = store.get_document(doc.id)
    if fresh:
        assert back == doc
    else:
        assert back.text == doc.text
    assert store.has_document(doc.id)


@_HYPOTHESIS
@given(
    subject=st.text(min_size=1, max_size=30),
    prop=st.text(min_size=1, max_size=30),
    value=_json_values,
    span=st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(sorted),
    confidence=st.floats(0.0, 1.0),
)
def test_random_statements_round_trip(
    store: Store, subject: str, prop: str, value: Any, span: list[int], confidence: float
) -> None:
    store.ingest(REPORT)
    stmt = Statement(subject, prop, value, REPORT.id, span[0], span[1], "hyp", "0.1", confidence)
    if "\x00" in subject + prop and _is_postgres(store):
        with pytest.raises(StoreError, match="cannot store the NUL character"):
            store.add_statements([stmt])
        return
    added = store.add_statements([stmt])
    found = [s for s in store.statements(subject=subject, property=prop) if s.id == stmt.id]
    # The id leaves out confidence and extractor: an earlier example may have stored the same claim.
    assert found == [stmt] if added else len(found) == 1


def test_statement_values_of_every_json_shape_round_trip(store: Store) -> None:
    store.ingest(REPORT)
    values = [None, True, 0, -7, 2**70, 0.1, "Ménaka", [1, "two", None], {"a": {"b": [1.5, False]}}]
    stmts = [_stmt(REPORT, f"s{i}", value=v) for i, v in enumerate(values)]
    assert store.add_statements(stmts) == len(values)
    by_subject = {s.subject: s for s in store.statements(document_id=REPORT.id)}
    for s in stmts:
        assert by_subject[s.subject] == s


# -- ingest: idempotence and atomicity --------------------------------------------------------------------


def test_ingest_twice_is_a_no_op(store: Store) -> None:
    assert store.ingest(REPORT, [_stmt(REPORT, "m:1")]) is True
    assert store.ingest(REPORT, [_stmt(REPORT, "m:2")]) is False
    assert store.document_count() == 1
    assert [s.subject for s in store.statements()] == ["m:1"]


def test_same_text_in_another_encoding_is_the_same_document(store: Store) -> None:
    store.ingest(_doc("Ligne un\nLigne deux é"))
    crlf_nfd = _doc("\ufeffLigne un\r\nLigne deux e\u0301\n\n")
    assert store.ingest(crlf_nfd) is False
    assert store.document_count() == 1


def test_ingest_stores_its_statements(store: Store) -> None:
    stmts = [_stmt(REPORT, f"m:{i}", start=i, end=i + 1) for i in range(5)]
    assert store.ingest(REPORT, iter(stmts)) is True
    assert store.statements(document_id=REPORT.id) == stmts
    assert store.statement_count() == 5


def test_ingest_is_atomic_when_the_statement_iterable_raises(store: Store) -> None:
    def exploding() -> Iterator[Statement]:
        for i in range(4500):  # more than one executemany batch goes in before the failure
            yield _stmt(REPORT, f"m:{i}")
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError, match="extractor crashed"):
        store.ingest(REPORT, exploding())
    assert not store.has_document(REPORT.id)
    assert store.document_count() == 0
    assert store.statement_count() == 0
    assert store.search("AQIM") == []


def test_ingest_is_atomic_when_a_statement_is_rejected(store: Store) -> None:
    orphan = Statement("m:x", "event.type", "Riots", "0" * 64, 0, 1, "test", "1")
    with pytest.raises(StoreError, match="not stored"):
        store.ingest(REPORT, [_stmt(REPORT, "m:1"), orphan])
    assert store.document_count() == 0
    assert store.statement_count() == 0


def test_ingest_is_atomic_when_a_statement_is_not_a_statement(store: Store) -> None:
    with pytest.raises(ValidationError, match="expected a Statement"):
        store.ingest(REPORT, [_stmt(REPORT, "m:1"), {"subject": "m:2"}])  # type: ignore[list-item]
    assert store.document_count() == 0


def test_ingest_many_stores_new_documents_and_skips_known_ones(store: Store) -> None:
    other = _doc("A second report from Gao.")
    store.ingest(REPORT, [_stmt(REPORT, "m:1")])
    added = store.ingest_many(
        [(REPORT, [_stmt(REPORT, "m:2")]), (other, [_stmt(other, "n:1")]), (other, [_stmt(other, "n:2")])]
    )
    assert added == [False, True, False]  # the same document twice in one batch goes in once
    assert store.document_count() == 2
    assert sorted(s.subject for s in store.statements()) == ["m:1", "n:1"]


def test_ingest_many_is_all_or_nothing(store: Store) -> None:
    other = _doc("A second report from Gao.")
    orphan = Statement("m:x", "event.type", "Riots", "0" * 64, 0, 1, "test", "1")
    with pytest.raises(StoreError, match="not stored"):
        store.ingest_many([(other, [_stmt(other, "n:1")]), (REPORT, [_stmt(REPORT, "m:1"), orphan])])
    assert store.document_count() == 0
    assert store.statement_count() == 0
    assert store.ingest_many([(other, []), (REPORT, [])]) == [True, True]  # a re-run stores the whole batch


def test_ingest_rejects_a_non_document(store: Store) -> None:
    with pytest.raises(ValidationError, match="expected a Document"):
        store.ingest("just a string")  # type: ignore[arg-type]


# -- statements -------------------------------------------------------------------------------------------


def test_add_statements_is_idempotent_and_counts_only_new_ones(store: Store) -> None:
    store.ingest(REPORT)
    first = [_stmt(REPORT, f"m:{i}") for i in range(3)]
    assert store.add_statements(first) == 3
    assert store.add_statements(first) == 0
    more = [*first[1:], _stmt(REPORT, "m:3"), _stmt(REPORT, "m:3")]
    assert store.add_statements(more) == 1
    assert store.statement_count() == 4


def test_statement_filters(store: Store) -> None:
    other = _doc("Another report about Gao.")
    store.ingest(REPORT)
    store.ingest(other)
    store.add_statements(
        [
            _stmt(REPORT, "mention:aa:0", "event.type", "Battles"),
            _stmt(REPORT, "mention:aa:0", "event.fatalities", 4),
            _stmt(REPORT, "mention:aa:1", "event.type", "Riots"),
            _stmt(other, "mention:bb:0", "event.type", "Protests"),
            _stmt(other, "Mention:aa:9", "event.type", "Protests"),
            _stmt(other, "mention:a%_", "event.type", "Protests"),
        ]
    )
    assert len(store.statements()) == 6
    assert {s.subject for s in store.statements(document_id=other.id)} == {
        "mention:bb:0",
        "Mention:aa:9",
        "mention:a%_",
    }
    assert [s.value for s in store.statements(subject="mention:aa:0", property="event.fatalities")] == [4]
    assert len(store.statements(property="event.type")) == 5
    # prefixes are exact: case matters and LIKE wildcards are plain characters
    assert {s.subject for s in store.statements(subject_prefix="mention:aa:")} == {
        "mention:aa:0",
        "mention:aa:1",
    }
    assert {s.subject for s in store.statements(subject_prefix="mention:a%")} == {"mention:a%_"}
    assert store.statements(subject_prefix="mention:aa:", property="event.fatalities")[0].value == 4
    assert store.statements(subject="nobody") == []
    with pytest.raises(ValidationError, match="not valid Unicode"):
        store.statements(subject="bad \udcff")


def test_ten_thousand_statements_insert_quickly(store: Store) -> None:
    store.ingest(REPORT)
    stmts = [_stmt(REPORT, f"mention:x:{i}", value={"n": i}) for i in range(10_000)]
    t0 = time.perf_counter()
    assert store.add_statements(stmts) == 10_000
    elapsed = time.perf_counter() - t0
    # ~0.15 s on a laptop; the bound only catches row-at-a-time regressions on a slow CI runner
    assert elapsed < 2.0, f"10k statements took {elapsed:.2f}s"
    assert store.statement_count() == 10_000


# -- lookup -----------------------------------------------------------------------------------------------


def test_get_document_by_prefix(store: Store) -> None:
    store.ingest(REPORT)
    assert store.get_document(REPORT.id[:6]) == REPORT
    assert store.get_document(REPORT.id[:12].upper()) == REPORT
    assert store.get_document(f"  {REPORT.id}  ") == REPORT


@pytest.mark.parametrize("bad", ["", "abc", "abcde", "xyz123456", "ménaka", "0" * 65])
def test_get_document_rejects_non_ids(store: Store, bad: str) -> None:
    store.ingest(REPORT)
    with pytest.raises(NotFoundError, match="not a document id"):
        store.get_document(bad)


def test_get_document_unknown_id(store: Store) -> None:
    store.ingest(REPORT)
    unused = "0123456789" if not REPORT.id.startswith("0123456789") else "fedcba9876"
    with pytest.raises(NotFoundError, match="no stored document"):
        store.get_document(unused)
    with pytest.raises(NotFoundError, match="no stored document"):
        store.get_document("f" * 64 if REPORT.id != "f" * 64 else "e" * 64)


def _two_texts_sharing_a_prefix(length: int) -> tuple[str, str]:
    seen: dict[str, str] = {}
    i = 0
    while True:
        text = f"report number {i}"
        head = hashlib.sha256(text.encode()).hexdigest()[:length]
        if head in seen:
            return seen[head], text
        seen[head] = text
        i += 1


def test_get_document_ambiguous_prefix(store: Store) -> None:
    a, b = (_doc(t) for t in _two_texts_sharing_a_prefix(6))
    assert a.id[:6] == b.id[:6] and a.id != b.id
    store.ingest(a)
    store.ingest(b)
    with pytest.raises(NotFoundError, match="ambiguous"):
        store.get_document(a.id[:6])
    longer = next(n for n in range(7, 65) if a.id[:n] != b.id[:n])
    assert store.get_document(a.id[:longer]) == a


def test_documents_in_ingest_order(store: Store) -> None:
    docs = [_doc(f"report {c}") for c in "cab"]
    for d in docs:
        store.ingest(d)
    assert [d.id for d in store.documents()] == [d.id for d in docs]
    assert store.document_count() == 3


def test_documents_pages_through_many(store: Store) -> None:
    ids = set()
    for i in range(450):  # more than two pages
        d = _doc(f"short report {i}")
        store.ingest(d)
        ids.add(d.id)
    listed = [d.id for d in store.documents()]
    assert len(listed) == 450 and set(listed) == ids


def test_empty_store(store: Store) -> None:
    assert list(store.documents()) == []
    assert store.document_count() == 0 and store.statement_count() == 0
    assert store.sources() == [] and store.judgements() == []
    assert store.search("anything") == []


# -- sources ----------------------------------------------------------------------------------------------


def test_sources_upsert(store: Store) -> None:
    assert store.get_source("Example Monitor") is None
    store.upsert_source(Source("Example Monitor", "ngo", "C"))
    store.upsert_source(Source("Agence Exemple", "news agency"))
    store.upsert_source(Source("Example Monitor", "ngo", "B"))
    assert store.get_source("Example Monitor") == Source("Example Monitor", "ngo", "B")
    assert store.sources() == [
        Source("Agence Exemple", "news agency", "F"),
        Source("Example Monitor", "ngo", "B"),
    ]


# -- judgements -------------------------------------------------------------------------------------------


def test_judgement_replaced_by_a_rejudgement(store: Store) -> None:
    first = Judgement("event", "ev:b", "ev:a", "positive", "analyst:amina", 0.9, "same ambush")
    store.add_judgement(first)
    assert store.judgements() == [first]
    again = Judgement("event", "ev:a", "ev:b", "negative", "analyst:amina", None, "different days")
    assert again.id == first.id
    store.add_judgement(again)
    assert store.judgements() == [again]


def test_judgements_by_kind_and_remove(store: Store) -> None:
    machine = Judgement("event", "ev:a", "ev:b", "positive", "machine:fuse", 0.7)
    analyst = Judgement("event", "ev:a", "ev:b", "negative", "analyst:amina")
    actor = Judgement("actor", "JNIM", "GSIM", "positive", "analyst:amina")
    for j in (machine, analyst, actor):
        store.add_judgement(j)
    assert len(store.judgements()) == 3
    assert set(store.judgements("event")) == {machine, analyst}
    assert store.judgements("actor") == [actor]
    assert store.judgements("place") == []
    assert store.remove_judgement(analyst.id) is True
    assert store.remove_judgement(analyst.id) is False
    assert set(store.judgements()) == {machine, actor}


# -- search -----------------------------------------------------------------------------------------------


def _search_corpus(store: Store) -> tuple[Document, Document, Document]:
    a = _doc("Gunmen of AQIM attacked the army post at Ménaka; four soldiers died.", title="Ménaka attack")
    b = _doc("Protesters gathered in Niamey against the cost of living.", title="Niamey protest")
    c = _doc("A convoy struck an IED between Gao and Ansongo.", title="Incident report")
    for d in (a, b, c):
        store.ingest(d)
    return a, b, c


def test_search_finds_words_in_text_and_title(store: Store) -> None:
    a, b, c = _search_corpus(store)
    hits = store.search("AQIM")
    assert [h.document_id for h in hits] == [a.id]
    assert isinstance(hits[0], SearchHit) and hits[0].title == "Ménaka attack"
    assert "**AQIM**" in hits[0].snippet
    assert [h.document_id for h in store.search("incident")] == [c.id]  # title only
    assert [h.document_id for h in store.search("niamey protesters")] == [b.id]
    assert store.search("niamey ansongo") == []  # every word must match


def test_search_ignores_diacritics_and_case_and_supports_prefixes(store: Store) -> None:
    a, _, c = _search_corpus(store)
    assert [h.document_id for h in store.search("menaka")] == [a.id]
    assert [h.document_id for h in store.search("MÉNAKA")] == [a.id]
    assert [h.document_id for h in store.search("anso*")] == [c.id]


def test_search_ranks_and_limits(store: Store) -> None:
    store.ingest(_doc("Gao. Gao. Gao. Gao market reopened in Gao.", title="Gao"))
    store.ingest(_doc("A long report that mentions Gao only once among many other words about the region."))
    hits = store.search("gao")
    assert len(hits) == 2 and hits[0].score >= hits[1].score
    assert hits[0].title == "Gao"
    assert len(store.search("gao", limit=1)) == 1
    assert store.search("gao", limit=0) == []


HOSTILE = [
    'AQIM"',
    '"',
    '""',
    "-foo",
    "(",
    ")",
    "*",
    "^",
    "NEAR(a b)",
    "AQIM OR",
    "AND",
    "NOT NOT",
    "title:AQIM",
    "{title text}: AQIM",
    "'; DROP TABLE documents; --",
    "\\",
    "a\x00b",
    "AQIM +",
    "..",
    "ﷺ ١٢٣",
    "AQIM \udcff",  # an undecodable command-line byte, as Python's surrogateescape hands it over
]


@pytest.mark.parametrize("query", HOSTILE)
def test_search_never_raises_on_hostile_queries(store: Store, query: str) -> None:
    _search_corpus(store)
    hits = store.search(query)
    assert isinstance(hits, list)
    assert store.document_count() == 3


def test_hostile_queries_are_words_not_operators(store: Store) -> None:
    a, _, _ = _search_corpus(store)
    assert [h.document_id for h in store.search('AQIM"')] == [a.id]
    assert [h.document_id for h in store.search("title:AQIM")] == []  # "title" is a word here, not a column
    assert [h.document_id for h in store.search("(AQIM)")] == [a.id]


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "( ) *"])
def test_empty_query_finds_nothing(store: Store, query: str) -> None:
    _search_corpus(store)
    assert store.search(query) == []


@_HYPOTHESIS
@given(query=st.text(max_size=40))
def test_search_never_raises_on_random_text(store: Store, query: str) -> None:
    if not store.has_document(REPORT.id):
        store.ingest(REPORT)
    assert isinstance(store.search(query), list)


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query('AQIM" -foo') == '"AQIM""" "-foo"'
    assert fts5_query("gao*") == '"gao"*'
    assert fts5_query("( ) * --") is None


# -- opening, migrations, bad files (SQLite-specific: they build files by hand) ---------------------------


def test_sqlite_creates_parent_directories(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "sitrep.db"
    with Store.open(f"sqlite:///{path}") as s:
        s.ingest(REPORT)
    assert path.is_file()
    with Store.open(f"sqlite:///{path}") as s:
        assert s.get_document(REPORT.id) == REPORT


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(f"sqlite:///{path}") as s:
        s.ingest(REPORT)
        stats = s.stats()
    assert stats["backend"] == "sqlite" and stats["size_bytes"] > 0
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent in the file
    raw.close()


def test_sqlite_in_memory_store_works() -> None:
    with Store.open("sqlite://") as s:
        s.ingest(REPORT, [_stmt(REPORT, "m:1")])
        assert s.get_document(REPORT.id[:8]) == REPORT
        assert [h.document_id for h in s.search("ménaka")] == [REPORT.id]
        assert s.stats()["size_bytes"] is None


def test_stats(store: Store) -> None:
    store.ingest(REPORT, [_stmt(REPORT, "m:1"), _stmt(REPORT, "m:2")])
    store.upsert_source(Source("Example Monitor"))
    stats = store.stats()
    assert stats["schema_version"] == LATEST == stats["schema_latest"]
    assert (stats["documents"], stats["statements"], stats["sources"], stats["judgements"]) == (1, 2, 1, 0)


def test_two_stores_on_one_database_see_each_other(store_url: str) -> None:
    with Store.open(store_url) as a, Store.open(store_url) as b:
        a.ingest(REPORT)
        assert b.has_document(REPORT.id)
        assert b.ingest(REPORT) is False
        b.add_judgement(Judgement("actor", "JNIM", "GSIM", "positive", "analyst:amina"))
        assert len(a.judgements()) == 1


def test_sqlite_version_0_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v0.db"
    raw = sqlite3.connect(path)
    raw.execute(
        "CREATE TABLE schema_version "
        "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    raw.commit()
    raw.close()
    with Store.open(f"sqlite:///{path}") as s:
        assert s.stats()["schema_version"] == LATEST
        assert s.ingest(REPORT) is True
        assert s.search("AQIM")


def test_sqlite_zero_byte_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(f"sqlite:///{path}") as s:
        assert s.stats()["schema_version"] == LATEST


def test_sqlite_version_1_database_is_migrated_and_its_documents_indexed(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    url = f"sqlite:///{path}"
    dialect = SQLiteDialect(create_engine(url).url)
    engine = create_engine(url)
    dialect.configure(engine)
    assert migrate(engine, dialect, target=1) == 1
    engine.dispose()
    text = "Old report: JNIM fighters entered Djibo."
    raw = sqlite3.connect(path)
    assert [r[0] for r in raw.execute("SELECT version FROM schema_version")] == [1]
    assert "documents_fts" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.execute(
        "INSERT INTO documents (id, text, title, format, sections, metadata, ingested_at) "
        "VALUES (?, ?, ?, 'txt', '[]', '{}', '2024-01-01 00:00:00.000000')",
        (content_id(text), text, "Djibo"),
    )
    raw.commit()
    raw.close()
    with Store.open(url) as s:
        assert s.stats()["schema_version"] == LATEST
        assert [h.document_id for h in s.search("djibo")] == [content_id(text)]
        assert s.get_document(content_id(text)[:10]).title == "Djibo"
    raw = sqlite3.connect(path)
    versions = [r[0] for r in raw.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))
    raw.close()


def test_sqlite_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(f"sqlite:///{path}").close()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'from the future', '2099-01-01')",
        (LATEST + 1,),
    )
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match=rf"schema version {LATEST + 1}, newer than this sitrep"):
        Store.open(f"sqlite:///{path}")


def test_sqlite_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is a note, not a database\n")
    with pytest.raises(StoreError, match="is not a sitrep database"):
        Store.open(f"sqlite:///{path}")
    assert path.read_text() == "this is a note, not a database\n"


def test_sqlite_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(StoreError):
        Store.open(f"sqlite:///{path}")


def test_sqlite_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="is not a sitrep database"):
        Store.open(f"sqlite:///{path}")


def test_sqlite_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(f"sqlite:///{tmp_path}")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+psycopg2://u:secret@localhost/sitrep", "unsupported PostgreSQL driver 'psycopg2'"),
        ("postgresql+asyncpg://u:secret@localhost/sitrep", "unsupported PostgreSQL driver"),
        ("mysql://u:secret@localhost/sitrep", "unsupported database"),
        ("not a url ://", "not a database path or URL"),
    ],
)
def test_unsupported_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as err:
        Store.open(url)
    assert "secret" not in str(err.value)


def test_closed_store_refuses_calls(store_url: str) -> None:
    s = Store.open(store_url)
    s.close()
    s.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        s.document_count()


def test_migrated_schema_matches_schema_module(store_url: str) -> None:
    Store.open(store_url).close()
    engine = _engine_for(store_url)
    try:
        insp = inspect(engine)
        for table in schema.metadata.sorted_tables:
            columns = {c["name"]: c for c in insp.get_columns(table.name)}
            assert list(columns) == [c.name for c in table.columns], table.name
            for col in table.columns:
                assert columns[col.name]["nullable"] == col.nullable, f"{table.name}.{col.name}"
            indexes = {ix["name"]: ix["column_names"] for ix in insp.get_indexes(table.name)}
            for ix in table.indexes:
                assert indexes.get(ix.name) == [c.name for c in ix.columns], f"{table.name}: {ix.name}"
    finally:
        engine.dispose()


# -- migrations and concurrency on every backend (built with SQLAlchemy Core, not by hand) ----------------


def test_version_1_database_is_migrated_and_its_documents_indexed(store_url: str) -> None:
    engine = _engine_for(store_url)
    dialect = dialect_for(make_url(store_url))
    old = "Old report: JNIM fighters entered Djibo."
    try:
        assert migrate(engine, dialect, target=1) == 1
        with engine.begin() as conn:
            row = {"id": content_id(old), "text": old, "title": "Djibo", "format": "txt"}
            conn.execute(
                insert(schema.documents).values(**row, sections=[], metadata={}, ingested_at=datetime(2024, 1, 1))
            )
    finally:
        engine.dispose()
    with Store.open(store_url) as s:
        assert s.stats()["schema_version"] == LATEST
        assert [h.document_id for h in s.search("djibo")] == [content_id(old)]
        s.ingest(REPORT)  # the index keeps up with new documents too
        assert [h.document_id for h in s.search("ménaka")] == [REPORT.id]


def test_newer_database_is_refused(store_url: str) -> None:
    Store.open(store_url).close()
    engine = _engine_for(store_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(schema.schema_version).values(
                    version=LATEST + 1, description="from the future", applied_at=datetime(2099, 1, 1)
                )
            )
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match=rf"schema version {LATEST + 1}, newer than this sitrep"):
        Store.open(store_url)


def test_foreign_database_is_refused(store_url: str) -> None:
    engine = _engine_for(store_url)
    try:
        with engine.begin() as conn:
            conn.execute(sql_text("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="is not a sitrep database"):
        Store.open(store_url)


def test_stores_opening_a_new_database_at_once_migrate_it_once(store_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: Store.open(store_url), range(4)))
    try:
        assert all(s.stats()["schema_version"] == LATEST for s in stores)
        stores[0].ingest(REPORT)
        assert [h.document_id for h in stores[3].search("aqim")] == [REPORT.id]
    finally:
        for s in stores:
            s.close()
    engine = _engine_for(store_url)
    try:
        with engine.connect() as conn:
            versions = conn.execute(sql_text("SELECT version FROM schema_version ORDER BY version"))
            assert list(versions.scalars()) == list(range(1, LATEST + 1))
    finally:
        engine.dispose()


def test_sqlite_refuses_fuzzy_search_with_one_line(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as s:
        _search_corpus(s)
        with pytest.raises(StoreError, match="fuzzy search needs PostgreSQL with the pg_trgm extension"):
            s.search("menka", fuzzy=True)
        assert s.search("   ", fuzzy=True) == []


# -- PostgreSQL-specific ----------------------------------------------------------------------------------


def test_postgresql_connection_failure_is_one_line_without_the_password() -> None:
    pytest.importorskip("psycopg")
    expected = r"^cannot connect to PostgreSQL at postgresql://u:\*\*\*@127\.0\.0\.1:1/x: .*refused"
    with pytest.raises(StoreError, match=expected) as err:
        Store.open("postgresql://u:secret@127.0.0.1:1/x")
    assert "secret" not in str(err.value) and "\n" not in str(err.value)


def test_postgresql_missing_database_is_a_connection_error(pg_url: str) -> None:
    missing = make_url(pg_url).set(database="no_such_database")
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL at .*no_such_database.*does not exist"):
        Store.open(missing.render_as_string(hide_password=False))


def test_postgresql_plain_url_uses_psycopg(pg_url: str) -> None:
    plain = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with Store.open(plain) as s:
        s.ingest(REPORT)
        stats = s.stats()
    assert stats["backend"] == "postgresql" and stats["location"].startswith("postgresql://")
    with Store.open(pg_url) as s:  # the +psycopg spelling opens the same database
        assert s.has_document(REPORT.id)


def test_postgresql_refuses_nul_in_text_with_one_line(pg_url: str) -> None:
    with Store.open(pg_url) as s:
        with pytest.raises(StoreError, match="cannot store the NUL character") as err:
            s.ingest(_doc("before\x00after"))
        assert "\n" not in str(err.value)
        nul_meta = _doc("clean text", metadata={"note": "a\x00b"})  # JSON escapes it: storable
        assert s.ingest(nul_meta) is True
        assert s.get_document(nul_meta.id).metadata["note"] == "a\x00b"
        assert s.document_count() == 1


def test_postgresql_search_infrastructure(pg_url: str) -> None:
    Store.open(pg_url).close()
    engine = _engine_for(pg_url)
    try:
        with engine.connect() as conn:
            extensions = set(conn.execute(sql_text("SELECT extname FROM pg_extension")).scalars())
            indexes = set(conn.execute(sql_text("SELECT indexname FROM pg_indexes")).scalars())
    finally:
        engine.dispose()
    assert {"document_search_vector", "ix_documents_id_c", "ix_statements_subject_c"} <= indexes
    # The Debian server package ships both; the dialect carries on without them elsewhere.
    assert {"unaccent", "pg_trgm"} <= extensions
    assert "search_words_trgm" in indexes


def test_postgresql_works_without_the_optional_extensions(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a managed server that offers neither: search works, accents count, fuzzy search says why not.
    monkeypatch.setattr(PostgresDialect, "_install_extension", lambda self, conn, name: None)
    with Store.open(pg_url) as s:
        a, _, c = _search_corpus(s)
        assert [h.document_id for h in s.search("ménaka")] == [a.id]
        assert s.search("menaka") == []  # no unaccent: "e" and "é" differ
        assert [h.document_id for h in s.search("anso*")] == [c.id]
        with pytest.raises(StoreError, match="fuzzy search needs PostgreSQL with the pg_trgm extension"):
            s.search("menka", fuzzy=True)


def test_postgresql_fuzzy_search_finds_misspellings(pg_url: str) -> None:
    with Store.open(pg_url) as s:
        a, b, _ = _search_corpus(s)
        s.ingest(_doc("Clashes were reported near Tillabéri and Ouallam.", title="Tillabéri"))
        assert s.search("Menka") == []  # the exact search still wants the word
        fuzzy = s.search("Menka", fuzzy=True)
        assert [h.document_id for h in fuzzy] == [a.id]
        assert "**Ménaka**" in fuzzy[0].snippet  # the word that matched, as it is written
        assert [h.title for h in s.search("tilaberi", fuzzy=True)] == ["Tillabéri"]
        assert [h.document_id for h in s.search("Niamy protestors", fuzzy=True)] == [b.id]
        assert s.search("Niamy Ansongo", fuzzy=True) == []  # every word must still match
        assert s.search("( ) *", fuzzy=True) == []
        for query in HOSTILE:
            assert isinstance(s.search(query, fuzzy=True), list)


def test_tsquery_text_quotes_every_term() -> None:
    assert tsquery_text("AQIM' -foo") == "'AQIM''' & '-foo'"
    assert tsquery_text("gao*") == "'gao':*"
    assert tsquery_text("a\\b") == "'a\\\\b'"
    assert tsquery_text("( ) * --") is None


# -- summary pages from the covering page indexes (migration 6), on every backend ------------------------


def _event_row(i: int) -> dict[str, Any]:
    """A fused-event row on a 40 x 40 grid of points (0.1 degree apart) with varied ranking keys."""
    day = date(2020, 1, 1).toordinal() + i % 97
    lat, lon = 10.0 + (i % 40) / 10, -5.0 + (i // 40 % 40) / 10
    kind, sub = ("Battles", "Armed clash") if i % 3 else ("Riots", "Violent demonstration")
    actors = ["Military Forces of Mali"] + ([f"Communal Militia {i % 4}"] if i % 2 else [])
    return {
        "id": f"evt-{i * 7919 % 100_003:016x}",
        "title": f"{sub} in Place {i}",
        "date": date.fromordinal(day) if i % 11 else None,
        "date_precision": "day" if i % 11 else None,
        "day": day if i % 11 else 0,
        "event_type": kind,
        "sub_event_type": sub,
        "lat": lat if i % 13 else None,
        "lon": lon if i % 13 else None,
        "country": "Mali",
        "admin1": f"Region {i % 5}",
        "fatalities": i % 6 or None,
        "fat_rank": i % 6,
        "n_sources": 1 + i % 4,
        "actors": "\n".join(a.casefold() for a in actors),
        "actor_names": "\n".join(actors),
        "uncertainty_km": 2.5 if i % 13 else None,
        "mentions": "[]",
        "payload": "{}",
        "judgements": "[]",
    }


_EVENTS = 1600


@pytest.fixture
def event_store(store: Store) -> Store:
    store.replace_events((), [_event_row(i) for i in range(_EVENTS)], ())
    store.analyze()
    return store


def _ranked_ids(keep: Any) -> list[str]:
    rows = [r for r in map(_event_row, range(_EVENTS)) if keep(r)]
    rows.sort(key=lambda r: (r["n_sources"], r["fat_rank"], r["day"], r["id"]), reverse=True)
    return [r["id"] for r in rows]


def _in_box(r: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    located = r["lat"] is not None and r["lon"] is not None
    return located and box[0] <= r["lon"] <= box[2] and box[1] <= r["lat"] <= box[3]


@pytest.mark.parametrize(
    ("box", "extra"),
    [
        ((-5.05, 9.95, -1.05, 13.95), {}),  # every located event: broad (beyond the count cap), walks the ranking
        ((-3.05, 10.95, -2.05, 11.95), {}),  # a few hundred: narrow, found by the lat/lon index and sorted
        ((-5.05, 9.95, -1.05, 13.95), {"type": "Riots"}),
        ((-5.05, 9.95, -1.05, 13.95), {"date_from": date(2020, 2, 1), "actor": "militia 1"}),
        # A short page of a box with more matches than PostgreSQL counts a box to: the ranking walk there too.
        ((-5.05, 9.95, -1.05, 13.95), {"limit": 30}),
    ],
)
def test_summary_pages_from_the_page_indexes_equal_pages_from_the_event_rows(
    event_store: Store, box: tuple[float, float, float, float], extra: dict[str, Any]
) -> None:
    from sitrep.store import EventQuery
    from sitrep.store.fused import count_cap

    extra = dict(extra)

    def keep(r: dict[str, Any]) -> bool:
        if not _in_box(r, box):
            return False
        if extra.get("type") and r["event_type"] != extra["type"]:
            return False
        if extra.get("date_from") and (r["date"] is None or r["date"] < extra["date_from"]):
            return False
        return not extra.get("actor") or extra["actor"] in r["actors"]

    expected = _ranked_ids(keep)
    assert expected, "the case must match something"
    limit = extra.pop("limit", 500)
    q = EventQuery(bbox=box, limit=limit, fields="summary", **extra)
    covered = event_store.query_event_summary_page(q)
    from_rows = event_store.query_event_summary_page(q, covered=False)
    assert covered == from_rows
    assert [e["id"] for e in covered.rows] == expected[:limit]
    assert covered.total_is_estimate == (len(expected) > count_cap(q))
    by_id = {r["id"]: r for r in map(_event_row, range(_EVENTS))}
    for e in covered.rows:
        r = by_id[e["id"]]
        assert e["date"] == (r["date"].isoformat() if r["date"] else None)
        assert (e["lat"], e["lon"], e["title"], e["fatalities"]) == (r["lat"], r["lon"], r["title"], r["fatalities"])
        assert e["actors"] == r["actor_names"].split("\n") and e["admin1"] == r["admin1"]
    # Keyset paging through the whole box meets every match once, in rank order.
    seen: list[str] = []
    after = None
    while True:
        page = event_store.query_event_summary_page(
            EventQuery(bbox=box, limit=300, fields="summary", after=after, **extra)
        )
        seen.extend(e["id"] for e in page.rows)
        if len(page.rows) < 300:
            break
        after = page.rows[-1]["cursor"]
    assert seen == expected


def test_page_indexes_cover_the_summary_columns(event_store: Store, store_url: str) -> None:
    """A broad map page is one walk of the ranking index: SQLite's plan says the index covers the query;
    PostgreSQL's index carries the columns as INCLUDE, and its sessions plan every page for its own values."""
    from sitrep.store import EventQuery
    from sitrep.store.dialect import COVERED_COLUMNS, RANK_INDEX, RANK_KEY

    fe = schema.fused_events
    engine = _engine_for(store_url)
    try:
        with engine.connect() as conn:
            if store_url.startswith("sqlite"):
                cols = [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info({RANK_INDEX})")]
                assert cols == [*RANK_KEY, *COVERED_COLUMNS]
                q = EventQuery(bbox=(-5.05, 9.95, -1.05, 13.95), limit=500, fields="summary")
                cols_read = [fe.c.id, fe.c.title, fe.c.date, fe.c.actor_names, fe.c.lat, fe.c.fat_rank]
                stmt = event_store._select(q, cols_read, scan=True, covered=True)
                sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
                plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                assert "COVERING INDEX ix_fused_events_rank" in plan, plan
            else:
                ddl = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = %s", (RANK_INDEX,))
                included = ddl.scalar_one().split("INCLUDE (", 1)[1]
                assert all(c in included for c in COVERED_COLUMNS)
                point = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_fused_events_point'"
                assert "INCLUDE (lat, lon, n_sources, fat_rank, day, id)" in conn.exec_driver_sql(point).scalar_one()
        with event_store._read() as conn:
            if not store_url.startswith("sqlite"):
                assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar_one() == "force_custom_plan"
    finally:
        engine.dispose()


# -- a title text alone: ranked in the title index where it carries the ranking key (migration 7) --------


def _title_matches(query: str) -> Any:
    terms = query.casefold().split()
    return lambda r: all(any(w.startswith(t) for w in r["title"].casefold().split()) for t in terms)


@pytest.mark.parametrize(
    "query",
    [
        "place",  # every event: far beyond the count cap
        "clash",  # about two thirds: beyond the cap
        "violent",  # about a third: within it
        "place 12",  # two words, each a word prefix: 111 events
        "riots",  # no title has the word: nothing
    ],
)
def test_text_pages_rank_every_match_and_page_through_them(event_store: Store, query: str) -> None:
    from sitrep.store import EventQuery
    from sitrep.store.fused import count_cap

    expected = _ranked_ids(_title_matches(query))
    q = EventQuery(text=query, limit=100, fields="summary")
    page = event_store.query_event_summary_page(q)
    assert [e["id"] for e in page.rows] == expected[:100]
    assert page == event_store.query_event_summary_page(q, covered=False)
    assert page.total_is_estimate == (len(expected) > count_cap(q))
    assert page.total == min(len(expected), count_cap(q))
    payloads = event_store.query_event_payload_page(EventQuery(text=query, limit=100))
    assert len(payloads.rows) == len(page.rows) and payloads.total == page.total
    offset = event_store.query_event_summary_page(EventQuery(text=query, limit=50, offset=70, fields="summary"))
    assert [e["id"] for e in offset.rows] == expected[70:120]
    seen: list[str] = []
    after = None
    while True:
        chunk = event_store.query_event_summary_page(EventQuery(text=query, limit=400, fields="summary", after=after))
        seen.extend(e["id"] for e in chunk.rows)
        if len(chunk.rows) < 400:
            break
        after = chunk.rows[-1]["cursor"]
    assert seen == expected


def test_text_page_follows_an_event_whose_ranking_changed(event_store: Store) -> None:
    from sitrep.store import EventQuery

    q = EventQuery(text="violent", limit=5, fields="summary")
    last = _ranked_ids(_title_matches("violent"))[-1]
    assert last not in [e["id"] for e in event_store.query_event_summary_page(q).rows]
    row = next(r for r in map(_event_row, range(_EVENTS)) if r["id"] == last)
    event_store.replace_events([last], [{**row, "n_sources": 50}], ())
    assert event_store.query_event_summary_page(q).rows[0]["id"] == last


def test_sqlite_version_6_title_index_is_rebuilt_with_the_ranking_key(tmp_path: Path) -> None:
    """A database from before migration 7 has a title index without the ranking key; migration 7 rebuilds
    it from the old index's rows, and text pages rank from it."""
    path = tmp_path / "v6.db"
    with Store.open(f"sqlite:///{path}") as s:
        s.replace_events((), [_event_row(i) for i in range(300)], ())
    raw = sqlite3.connect(path)
    raw.executescript(
        "CREATE VIRTUAL TABLE old_titles USING fts5(event_id UNINDEXED, title, "
        "tokenize = 'unicode61 remove_diacritics 2');"
        "INSERT INTO old_titles (rowid, event_id, title) SELECT rowid, event_id, title FROM event_titles_fts;"
        "DROP TABLE event_titles_fts; ALTER TABLE old_titles RENAME TO event_titles_fts;"
        "DELETE FROM schema_version WHERE version >= 7;"
    )
    raw.commit()
    raw.close()
    with Store.open(f"sqlite:///{path}") as s:
        assert s.stats()["schema_version"] == LATEST
        from sitrep.store import EventQuery

        rows = [_event_row(i) for i in range(300)]
        rows.sort(key=lambda r: (r["n_sources"], r["fat_rank"], r["day"], r["id"]), reverse=True)
        page = s.query_event_summary_page(EventQuery(text="place", limit=20, fields="summary"))
        assert [e["id"] for e in page.rows] == [r["id"] for r in rows[:20]]
    raw = sqlite3.connect(path)
    columns = [r[1] for r in raw.execute("PRAGMA table_info(event_titles_fts)")]
    assert columns == ["event_id", "title", "n_sources", "fat_rank", "day"]
    assert raw.execute("SELECT count(*) FROM event_titles_fts").fetchone() == (300,)
    raw.close()


def test_postgresql_walks_a_box_only_where_its_share_of_the_first_ranked_events_pays(event_store: Store) -> None:
    """PostgreSQL samples the first ranked events: a box holding most of them is walked, a box holding a
    few is found through its spatial index (SQLite walks every box beyond the count cap)."""
    fe = schema.fused_events
    everywhere, corner = (-5.05, 9.95, -1.05, 13.95), (-5.05, 9.95, -4.75, 10.25)
    with event_store._read() as conn:
        dialect = event_store._dialect
        assert dialect.box_walk_pays(conn, fe, everywhere, 500)
        assert dialect.box_walk_pays(conn, fe, corner, 500) == (dialect.name == "sqlite")


def test_summary_rows_carry_the_stored_values_with_iso_dates_and_cursors(event_store: Store) -> None:
    """Summary rows are zipped from the driver's tuples, the date and cursor made in SQL: each row must
    still hold the stored values, the date as ISO text (None when unknown) and the cursor of its key."""
    from sitrep.store import EventQuery
    from sitrep.store.fused_query import SUMMARY_FIELDS, event_cursor

    rows = {r["id"]: r for r in map(_event_row, range(_EVENTS))}
    page = event_store.query_event_summary_page(EventQuery(limit=_EVENTS, fields="summary"))
    assert len(page.rows) == _EVENTS
    for got in page.rows:
        want = rows[got["id"]]
        assert tuple(got) == SUMMARY_FIELDS
        assert got["date"] == (want["date"].isoformat() if want["date"] else None)
        assert got["cursor"] == event_cursor(want["n_sources"], want["fat_rank"], want["day"], want["id"])
        assert got["actors"] == want["actor_names"].split("\n")
        plain = ("title", "date_precision", "event_type", "sub_event_type", "lat", "lon", "uncertainty_km")
        for key in (*plain, "country", "admin1", "fatalities", "n_sources"):
            assert got[key] == want[key], key
        assert all(type(v) in (str, int, float, list, type(None)) for v in got.values())


@pytest.mark.parametrize("cap", [5, 100, 5000])
def test_a_box_counted_in_one_statement_agrees_with_the_steps(event_store: Store, cap: int) -> None:
    """PostgreSQL counts a box and samples the walk in one statement; the answer must be the one the three
    separate steps give (count to the narrow maximum, then the sample past it), for walked, sorted, empty
    and sub-cap boxes."""
    from sitrep.store.dialect import Dialect

    fe = schema.fused_events
    boxes = [(-5.05, 9.95, -1.05, 13.95), (-5.05, 9.95, -4.75, 10.25), (20.0, 20.0, 21.0, 21.0)]
    with event_store._read() as conn:
        dialect = event_store._dialect
        for box in boxes:
            for limit in (1, 20, 500):
                steps = Dialect.count_box(dialect, conn, fe, box, cap, limit)
                assert dialect.count_box(conn, fe, box, cap, limit) == steps, (box, limit)


@pytest.mark.parametrize("query", ["place 12", "violent", "riots"])
def test_a_text_past_the_count_cap_is_counted_and_ranked_in_one_statement(
    event_store: Store, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a low count cap, a name with more matches than the cap but fewer than PostgreSQL's narrow
    maximum (sqrt(limit x events)) is served by the title index: counted ("at least" the cap) and ranked in
    one statement that reads its matches once; a broader one is walked, an absent one is empty."""
    from sqlalchemy import event

    from sitrep.store import EventQuery, fused

    monkeypatch.setattr(fused, "MIN_COUNT_CAP", 50)
    expected = _ranked_ids(_title_matches(query))
    statements: list[str] = []

    def log(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = event_store._live_engine()
    event.listen(engine, "before_cursor_execute", log)
    try:
        page = event_store.query_event_summary_page(EventQuery(text=query, limit=20, fields="summary"))
    finally:
        event.remove(engine, "before_cursor_execute", log)
    assert [e["id"] for e in page.rows] == expected[:20]
    assert (page.total, page.total_is_estimate) == (min(len(expected), 50), len(expected) > 50)
    reads = [s for s in statements if "FROM fused_events" in s]
    if _is_postgres(event_store) and query == "place 12":
        assert 50 < len(expected) < 178  # past the cap, within the narrow maximum
        assert len(reads) == 1, reads
    assert page == event_store.query_event_summary_page(
        EventQuery(text=query, limit=20, fields="summary"), covered=False
    )
