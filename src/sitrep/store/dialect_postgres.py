"""PostgreSQL through psycopg 3, for a team sharing a server: connections, upserts, errors, migrations and
the event view's GiST and title indexes (search is in :mod:`sitrep.store.dialect_postgres_search`, radius
filters and PostGIS in :mod:`sitrep.store.dialect_postgres_spatial`).

PostgreSQL choices (:class:`PostgresDialect`):

- **URLs**: ``postgresql://`` and ``postgresql+psycopg://`` (and ``postgres://``) all mean psycopg 3;
  other drivers are refused, because the error mapping below reads psycopg's errors.
- **Prefixes**: text compares with ``COLLATE "C"`` (code-point order) so the range in
  :meth:`Dialect.prefix_clause` is exact under any database collation; indexes with that collation serve
  it.
- **Migrations**: DDL is transactional on PostgreSQL, and a transaction-level advisory lock keeps two
  processes opening a new database at once from both migrating it (SQLite gets that from ``BEGIN
  IMMEDIATE``).
- **NUL**: PostgreSQL cannot store the character U+0000 in text; such input is refused with one line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    Engine,
    String,
    and_,
    bindparam,
    case,
    cast,
    event,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy import table as sql_table
from sqlalchemy.dialects import postgresql as postgresql_sql
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Column, Table

from sitrep.errors import StoreError
from sitrep.store.dialect_base import COVERED_COLUMNS, RANK_INDEX, RANK_KEY
from sitrep.store.dialect_clauses import bbox_exact, lon_ranges, prefix_range
from sitrep.store.dialect_postgres_search import SEARCH_CONFIG
from sitrep.store.dialect_postgres_spatial import PostgresSpatial
from sitrep.store.fulltext_query import query_terms, tsquery_text

_PG_DRIVERS = ("", "psycopg")
_MIGRATION_LOCK = 0x5117_2E9
"""Advisory lock key for migrations; any constant no other application on the server uses."""


class PostgresDialect(PostgresSpatial):
    """PostgreSQL through psycopg 3: a shared server for a team. See the module docstring."""

    name = "postgresql"

    def __init__(self, url: URL) -> None:
        driver = url.drivername.partition("+")[2]
        if driver not in _PG_DRIVERS:
            raise StoreError(
                f"unsupported PostgreSQL driver {driver!r}; use a postgresql:// or postgresql+psycopg:// URL"
            )
        super().__init__(url.set(drivername="postgresql+psycopg"))
        self._trgm: str | bool | None = False  # False: not looked up yet

    def location(self) -> str:
        shown = self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        return unquote(shown)  # a socket directory in the query reads better as a path

    def prepare(self) -> None:
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise StoreError("PostgreSQL support needs the psycopg package: pip install 'sitrep[postgres]'") from exc

    def configure(self, engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # The store's queries are short (a page, a count capped at a few thousand): starting parallel
            # workers cost 10-30 ms each time, more than they saved.
            # force_custom_plan: psycopg prepares a statement after five runs, and the server then
            # switches to a generic plan that cannot see the bounding box or the filter values; for a
            # broad map box that plan sorted every match (p95 164 ms at 1M events, 6-11 ms planned
            # per call). Planning a page costs a fraction of a millisecond.
            with dbapi_conn.cursor() as cur:
                cur.execute("SET max_parallel_workers_per_gather = 0")
                cur.execute("SET plan_cache_mode = force_custom_plan")
            dbapi_conn.commit()

    def engine_options(self) -> dict[str, Any]:
        # pre_ping: a long-lived workbench outlives server restarts; connect_timeout: a wrong host fails
        # in seconds instead of hanging.
        return {
            "pool_pre_ping": True,
            "connect_args": {"connect_timeout": 10, "application_name": "sitrep"},
        }

    # -- writing --------------------------------------------------------------------------------------

    # preserve_rowcount: SQLAlchemy closes an INSERT's cursor before the caller asks, and psycopg then
    # reports -1, which the store would read as "inserted".

    def insert_ignore(self, table: Table) -> Insert:
        stmt = postgresql_sql.insert(table).on_conflict_do_nothing()
        return stmt.execution_options(preserve_rowcount=True)

    def upsert(self, table: Table, keys: Sequence[str]) -> Insert:
        stmt = postgresql_sql.insert(table)
        update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        upsert = stmt.on_conflict_do_update(index_elements=list(keys), set_=update)
        return upsert.execution_options(preserve_rowcount=True)

    def insert_ignore_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
        """One ``INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING`` per batch.

        psycopg's executemany reports no row count, and ``RETURNING`` every key is three times slower;
        one statement over column arrays is as fast as executemany and its row count is exact.
        """
        if not rows:
            return 0
        columns = list(table.columns)
        if any(isinstance(c.type, JSON) for c in columns):  # no array form: count returned keys instead
            key = next(iter(table.primary_key.columns))
            return len(conn.execute(self.insert_ignore(table).returning(key), rows).all())
        quote = conn.dialect.identifier_preparer.quote
        arrays = ", ".join(f"CAST(:c{i} AS {c.type.compile(dialect=conn.dialect)}[])" for i, c in enumerate(columns))
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"SELECT * FROM unnest({arrays}) ON CONFLICT DO NOTHING"
        )
        params = {f"c{i}": [row[c.name] for row in rows] for i, c in enumerate(columns)}
        return int(conn.execute(text(sql).execution_options(preserve_rowcount=True), params).rowcount)

    # -- reading --------------------------------------------------------------------------------------

    def prefix_clause(self, column: Column[Any], prefix: str) -> ColumnElement[bool]:
        return prefix_range(column.collate("C"), prefix)

    def date_text(self, column: ColumnElement[Any]) -> ColumnElement[str]:
        # to_char, not a cast: a cast's output follows the session's DateStyle.
        return func.to_char(column, "YYYY-MM-DD", type_=String)

    def error(self, exc: DBAPIError) -> StoreError:
        message = " ".join(str(exc.orig).split())  # psycopg's messages span lines
        where = self.location()
        if isinstance(exc, OperationalError) and exc.statement is None:
            return StoreError(f"cannot connect to PostgreSQL at {where}: {message}")
        if "NUL (0x00)" in message:
            return StoreError(f"{where}: PostgreSQL cannot store the NUL character (U+0000) in text; remove it first")
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate == "23503":  # foreign_key_violation
            return StoreError(f"{where}: a statement refers to a document that is not stored")
        if sqlstate in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
            return StoreError(f"{where} is busy with another writer; try again ({message})")
        if isinstance(exc, IntegrityError):
            return StoreError(f"{where}: rejected by the database ({message})")
        return StoreError(f"{where}: database error ({message})")

    # -- migrations -----------------------------------------------------------------------------------

    def lock_for_migration(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})

    def core_tables_created(self, conn: Connection) -> None:
        # Prefix lookups compare in code-point order (prefix_clause); these indexes serve them.
        conn.exec_driver_sql('CREATE INDEX ix_documents_id_c ON documents (id COLLATE "C")')
        conn.exec_driver_sql('CREATE INDEX ix_statements_subject_c ON statements (subject COLLATE "C")')

    # -- the fused-event view's indexes ---------------------------------------------------------------

    def create_event_indexes(self, conn: Connection) -> None:
        for sql in _PG_EVENT_DDL:
            conn.exec_driver_sql(sql)

    def create_summary_index(self, conn: Connection) -> None:
        # INCLUDE: the shown columns ride in the leaf entries only. A btree entry is limited to about a
        # third of a page (2.7 kB, after compression), far above a title and a few actor names.
        key, cover = ", ".join(RANK_KEY), ", ".join(COVERED_COLUMNS)
        conn.exec_driver_sql(f"CREATE INDEX {RANK_INDEX} ON fused_events ({key}) INCLUDE ({cover})")
        # The GiST point index carries the point and the ranking key, so a box's matches are found, counted
        # and ranked by an index-only scan (it read a table block a match: up to 80 ms at 1M events).
        conn.exec_driver_sql("DROP INDEX ix_fused_events_point")
        conn.exec_driver_sql(_PG_POINT_INDEX)

    def box_walk_pays(
        self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], limit: int
    ) -> bool:
        # The GiST index finds a box's m matches at about 0.5 us each with their sort (index-only), the
        # ranking walk reads ``limit * events / m`` entries at about 0.4 us: the two cost the same near
        # m = sqrt(limit * events), i.e. where a share ``sqrt(limit / events)`` of the events lies in the
        # box. That share is read off the walk's own start: of the first ``SAMPLE_HITS * events / balance``
        # ranked events (447 for a 2,000-row page at 1M events; index-only, two columns read), at least
        # SAMPLE_HITS in the box. It used to be decided by counting the box in the GiST index up to the
        # balance (45,000 entries): 15-30 ms, where the wide map's walk itself takes 1-2 ms.
        events = self._events(conn)
        balance = math.sqrt(limit * events)
        if balance < 1:
            return True
        sample = math.ceil(SAMPLE_HITS * events / balance)
        rank = [table.c[name].desc() for name in RANK_KEY[:4]]
        top = select(table.c.lat, table.c.lon).order_by(*rank).limit(sample).subquery("top")
        lons = [top.c.lon.between(lo, hi) for lo, hi in lon_ranges(bbox)]
        inside = and_(top.c.lat.between(bbox[1], bbox[3]), or_(*lons))
        return int(conn.execute(select(func.count()).select_from(top).where(inside)).scalar_one()) >= SAMPLE_HITS

    def count_box(
        self, conn: Connection, table: Table, bbox: tuple[float, float, float, float], cap: int, limit: int
    ) -> tuple[int, bool]:
        # The count, the planner's number of events and the walk's sample in one statement (they were
        # three round trips of every map page); the sample is read only past the count cap (a CASE
        # branch's uncorrelated subquery runs when first needed).
        narrow_max = self.narrow_box_max(conn, cap, limit)
        inbox = select(table.c.id).where(self.bbox_clause(table, bbox)).limit(narrow_max + 1).subquery("inbox")
        counted = select(func.count().label("n")).select_from(inbox).cte("counted")
        events = _planner_events()
        balance = func.sqrt(func.greatest(limit * events, 1.0))
        sample = cast(func.ceil(SAMPLE_HITS * events / balance), BigInteger)
        rank = [table.c[name].desc() for name in RANK_KEY[:4]]
        top = select(table.c.lat, table.c.lon).order_by(*rank).limit(sample).subquery("top")
        lons = [top.c.lon.between(lo, hi) for lo, hi in lon_ranges(bbox)]
        inside = and_(top.c.lat.between(bbox[1], bbox[3]), or_(*lons))
        hits = select(func.count()).select_from(top).where(inside).scalar_subquery()
        past = case((counted.c.n > narrow_max, hits), else_=None)
        n, n_events, n_hits = conn.execute(select(counted.c.n, events, past)).one()
        if n <= narrow_max:
            return int(n), False
        return int(n), limit * float(n_events or 0) < 1 or int(n_hits) >= SAMPLE_HITS

    def _events(self, conn: Connection) -> float:
        """The planner's own estimate of the number of events (a count would cost more than a page)."""
        events = conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE relname = 'fused_events'").scalar()
        return max(0.0, float(events or 0))

    def narrow_text_max(self, conn: Connection, cap: int, limit: int) -> int:
        # The GIN title index finds a match at about 1.5 us with its heap row (the ranking key), where the
        # ranking walk computes ``to_tsvector`` of every title it meets (2-3 us each; the index carries
        # the title, not its words): the same balance as a box, m = sqrt(limit * events). Walked from
        # the count cap up (migration 6 to this change), a name with 1,300 matches read 70,000 entries
        # of the ranking index: 80-180 ms at 1M events, against 2-3 ms through the GIN index.
        return max(cap, min(TEXT_COUNT_MAX, int(math.sqrt(limit * self._events(conn)))))

    title_page_with_count = True

    def narrow_text_limit(self, cap: int, limit: int) -> ColumnElement[int]:
        balance = func.floor(func.sqrt(limit * _planner_events()))
        return cast(func.greatest(cap, func.least(TEXT_COUNT_MAX, balance)), BigInteger)

    def steer_page(self, conn: Connection, *, walk: bool) -> None:
        # For this transaction only. A broad page: sorting made dear, as the planner's estimate of a box or
        # a filter is sometimes low enough that it takes the lat/lon index and sorts every match (a 2-degree
        # box at 1M events: 12,000 table blocks read, up to 80 ms) where the ranking walk reads 40,000
        # index entries and no table block. A narrow page: its rows (up to 2,000) are looked up in the
        # ranking index one by one; hash and merge joins made dear, as the planner otherwise scanned the
        # whole table to join them (100 ms at 100k events).
        if walk:
            conn.exec_driver_sql("SET LOCAL enable_sort = off")
        else:  # both in one statement (set_config(..., true) is SET LOCAL): one round trip
            conn.exec_driver_sql(
                "SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)"
            )

    def settle(self, engine: Engine) -> None:
        # An index-only scan skips the table only for pages the visibility map marks all-visible, which
        # VACUUM does (autovacuum does it later on its own after inserts). Measured: right after a bulk
        # load one pass left a quarter of the pages unmarked, with no other transaction running; a second
        # pass (cheap: it skips the pages already marked) marks them.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) fused_events")
            conn.exec_driver_sql("VACUUM fused_events")

    def bbox_clause(self, table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
        # The GiST index is on point(lon, lat) of located events; the exact comparison rides along.
        _minlon, minlat, _maxlon, maxlat = bbox
        boxes = []
        for lo, hi in lon_ranges(bbox):
            inside = text(
                "point(fused_events.lon, fused_events.lat) <@ box(point(:lo, :la), point(:hi, :lb))"
            ).bindparams(
                bindparam("lo", lo, unique=True),
                bindparam("hi", hi, unique=True),
                bindparam("la", minlat, unique=True),
                bindparam("lb", maxlat, unique=True),
            )
            boxes.append(inside)
        located = and_(table.c.lat.is_not(None), table.c.lon.is_not(None))
        return and_(located, or_(*boxes), bbox_exact(table, bbox))

    def title_match_clause(self, table: Table, query: str) -> ColumnElement[bool]:
        tsquery = tsquery_text(" ".join(t + "*" for t, _ in query_terms(query)))
        if tsquery is None:
            return table.c.id.is_(None)
        match = text(
            f"to_tsvector('{SEARCH_CONFIG}', fused_events.title) @@ to_tsquery('{SEARCH_CONFIG}', :title_q)"
        ).bindparams(bindparam("title_q", tsquery, unique=True))
        return and_(match)


def _planner_events() -> Any:
    """The planner's estimate of the number of events, as a scalar subquery (0 before any ANALYZE)."""
    reltuples = func.greatest(literal_column("reltuples"), 0.0)
    return (
        select(reltuples)
        .select_from(sql_table("pg_class"))
        .where(literal_column("relname") == "fused_events")
        .scalar_subquery()
    )


_PG_POINT_INDEX = (
    "CREATE INDEX ix_fused_events_point ON fused_events USING gist (point(lon, lat)) "
    "INCLUDE (lat, lon, n_sources, fat_rank, day, id) WHERE lat IS NOT NULL AND lon IS NOT NULL"
)
"""The point index as migration 6 makes it (INCLUDE on GiST: PostgreSQL 12 or later)."""

TEXT_COUNT_MAX = 50_000
"""The furthest a title text alone is counted to decide how its page is read (PostgreSQL)."""

SAMPLE_HITS = 20
"""Matches among the first ranked events that show a box is dense enough for the ranking walk."""

_PG_EVENT_DDL = (
    "CREATE INDEX ix_fused_events_point ON fused_events USING gist (point(lon, lat)) "
    "WHERE lat IS NOT NULL AND lon IS NOT NULL",
    f"CREATE INDEX ix_fused_events_title_words ON fused_events USING gin (to_tsvector('{SEARCH_CONFIG}', title))",
)
"""PostgreSQL's map and title indexes: expression indexes on ``fused_events`` itself, kept by the server."""
