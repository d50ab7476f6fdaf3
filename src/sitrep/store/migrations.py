"""Versioned schema migrations, applied in order every time a store is opened.

Why hand-rolled rather than Alembic: the schema is small, the store is embedded in a desktop tool (no
migration step for a user to forget), and the one thing that must not go wrong — a database written by a
*newer* sitrep being opened by an older one — is a three-line check here.

Rules:

- ``schema_version`` holds one row per applied migration; the current version is the largest. A database
  with no ``schema_version`` table and no other tables is new (version 0); one with other tables but no
  ``schema_version`` is somebody else's database and is refused.
- Each migration runs in its own write transaction together with the row that records it, so a failure
  leaves the database at the previous version, never in between. The version is re-read inside the
  transaction, after the dialect has locked out other migrators (``BEGIN IMMEDIATE`` on SQLite, an
  advisory lock on PostgreSQL), so two processes opening a new database at once do not both migrate it.
- A migration is a function of (connection, dialect): portable steps use SQLAlchemy Core, backend-specific
  steps (the full-text index) ask the dialect.
- Never edit a released migration; add a new one. Migration 1 builds its tables from
  :mod:`sitrep.store.schema`, which is correct only while no later migration alters those tables: the first
  migration that does must replace them here with a frozen copy of their version-1 shape. The test
  ``test_migrated_schema_matches_schema_module`` fails when the two drift. Migration 4 altered
  ``fused_events``, so migration 3 builds that table from the frozen copy :data:`_V3_FUSED_EVENTS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from sitrep.errors import StoreError
from sitrep.store import schema
from sitrep.store.dialect import WRITE_OPTION, Dialect
from sitrep.store.records import utcnow


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection, Dialect], None]


def _v1_core_tables(conn: Connection, dialect: Dialect) -> None:
    tables = [schema.documents, schema.sources, schema.statements, schema.judgements]
    schema.metadata.create_all(conn, tables=tables, checkfirst=False)
    dialect.core_tables_created(conn)


def _v2_search_index(conn: Connection, dialect: Dialect) -> None:
    dialect.create_search_index(conn)


_V3 = MetaData()
_V3_FUSED_EVENTS = Table(
    "fused_events",
    _V3,
    Column("id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("date", Date),
    Column("date_precision", String(16)),
    Column("day", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text),
    Column("admin1", Text),
    Column("fatalities", Integer),
    Column("fat_rank", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("actors", Text, nullable=False),
    Column("mentions", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("judgements", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_fused_events_rank", "n_sources", "fat_rank", "day", "id"),
    Index("ix_fused_events_date", "date"),
    Index("ix_fused_events_latlon", "lat", "lon"),
    Index("ix_fused_events_type", "event_type", "sub_event_type"),
)
"""``fused_events`` as migration 3 made it (frozen: migration 4 adds columns)."""


def _v3_fused_events(conn: Connection, dialect: Dialect) -> None:
    _V3.create_all(conn, tables=[_V3_FUSED_EVENTS], checkfirst=False)
    tables = [schema.event_members, schema.event_blocks, schema.fused_documents]
    schema.metadata.create_all(conn, tables=tables, checkfirst=False)


def _v4_event_summaries(conn: Connection, dialect: Dialect) -> None:
    """Summary columns, the actor side tables and the map/text indexes; existing events are backfilled."""
    fe = schema.fused_events
    for name in ("uncertainty_km", "actor_names"):
        column = fe.c[name]
        conn.exec_driver_sql(f"ALTER TABLE fused_events ADD COLUMN {name} {column.type.compile(dialect=conn.dialect)}")
    schema.metadata.create_all(conn, tables=[schema.event_actors, schema.actor_names], checkfirst=False)
    dialect.create_event_indexes(conn)
    rows = conn.execute(select(fe.c.id, fe.c.payload)).all()
    names: set[str] = set()
    for event_id, payload in rows:
        record = json.loads(payload)
        location = record.get("location") or {}
        actors = [a["canonical"] for a in record.get("actors", [])]
        conn.execute(
            update(fe)
            .where(fe.c.id == event_id)
            .values(uncertainty_km=location.get("uncertainty_km"), actor_names="\n".join(actors))
        )
        folded = sorted({a.casefold() for a in actors})
        names.update(folded)
        if folded:
            conn.execute(schema.event_actors.insert(), [{"actor": a, "event_id": event_id} for a in folded])
    if names:
        conn.execute(schema.actor_names.insert(), [{"actor": a} for a in sorted(names)])
    dialect.index_events(conn, [dict(r._mapping) for r in conn.execute(select(fe))])


_V5_INDEXES = {
    "ix_fused_events_rank": ("n_sources", "fat_rank", "day", "id", "lat", "lon"),
    "ix_fused_events_latlon": ("lat", "lon", "n_sources", "fat_rank", "day", "id"),
}
"""The two indexes as migration 5 made them (frozen: migration 6 widens the ranking index)."""


def _v5_rank_index_with_point(conn: Connection, dialect: Dialect) -> None:
    """The ranking index carries lat and lon, so a broad map box walks it without reading event rows; the
    lat/lon index carries the ranking key, so a narrow box is found and ranked without reading them."""
    for name, columns in _V5_INDEXES.items():
        conn.exec_driver_sql(f"DROP INDEX {name}")
        conn.exec_driver_sql(f"CREATE INDEX {name} ON fused_events ({', '.join(columns)})")


def _v6_covering_rank_index(conn: Connection, dialect: Dialect) -> None:
    """The ranking index carries every column of a summary row, so a 2,000-row map page is one index walk
    and reads no event row (the rows hold the payload; reading 2,000 of them was most of a wide map
    page's cost)."""
    conn.exec_driver_sql("DROP INDEX ix_fused_events_rank")
    dialect.create_summary_index(conn)


def _v7_title_index_carries_ranking_key(conn: Connection, dialect: Dialect) -> None:
    """The event-title index carries each event's ranking key, so a text filter's page is ranked from the
    title index alone (SQLite: it was found by looking each match up by id, or by walking the ranking
    index, which migration 6 widened).

    On a database older than migration 4, that migration already creates the table in this shape (its
    backfill goes through the same writer, which stores the key); this one rebuilds tables made in the old
    shape and leaves new-shape ones alone, so every path ends with the same table."""
    dialect.rank_title_index(conn)


def _v8_radius_index(conn: Connection, dialect: Dialect) -> None:
    """Radius filters ("within 30 km of Ménaka"): PostgreSQL installs PostGIS where the server offers it and
    indexes each located event's point as a geography; elsewhere nothing (the box indexes and an exact
    distance check serve them)."""
    dialect.create_radius_index(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, sources, statements, judgements", _v1_core_tables),
    Migration(2, "full-text index over document titles and text", _v2_search_index),
    Migration(3, "materialised fused events, their members and block index", _v3_fused_events),
    Migration(4, "event summary columns, actor side tables, map and title indexes", _v4_event_summaries),
    Migration(5, "ranking and lat/lon indexes carry each other's columns", _v5_rank_index_with_point),
    Migration(6, "the ranking index covers the summary columns", _v6_covering_rank_index),
    Migration(7, "the event-title index carries the ranking key", _v7_title_index_carries_ranking_key),
    Migration(8, "radius filters: PostGIS geography index where available", _v8_radius_index),
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection, location: str, dialect: Dialect | None = None) -> int:
    """The schema version of an open database; StoreError if it is not a sitrep database at all (tables
    belonging to extensions, such as PostGIS's ``spatial_ref_sys``, do not count)."""
    names = set(inspect(conn).get_table_names())
    if dialect is not None and names and schema.schema_version.name not in names:
        names -= dialect.extension_tables(conn)
    if schema.schema_version.name not in names:
        if names:
            raise StoreError(f"{location} is not a sitrep database (it has tables but no schema_version)")
        return 0
    version = conn.execute(select(func.max(schema.schema_version.c.version))).scalar()
    return int(version or 0)


def migrate(engine: Engine, dialect: Dialect, *, target: int = LATEST) -> int:
    """Bring the database up to ``target`` (the latest by default); returns the version it ends at.

    ``target`` below the latest exists for tests that need an old database.
    """
    location = dialect.location()
    try:
        with engine.connect() as conn:
            version = current_version(conn, location, dialect)
            conn.rollback()
        if version > LATEST:
            raise StoreError(
                f"{location} has schema version {version}, newer than this sitrep understands "
                f"(up to {LATEST}); upgrade sitrep to open it"
            )
        for migration in MIGRATIONS:
            if migration.version <= version or migration.version > target:
                continue
            with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
                dialect.lock_for_migration(conn)
                if current_version(conn, location, dialect) >= migration.version:
                    continue  # another process got there first
                if migration.version == 1:
                    schema.metadata.create_all(conn, tables=[schema.schema_version])
                migration.apply(conn, dialect)
                conn.execute(
                    schema.schema_version.insert().values(
                        version=migration.version, description=migration.description, applied_at=utcnow()
                    )
                )
            version = migration.version
    except DBAPIError as exc:
        raise dialect.error(exc) from exc
    return version
