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
  ``test_migrated_schema_matches_schema_module`` fails when the two drift.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, inspect, select
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


def _v3_fused_events(conn: Connection, dialect: Dialect) -> None:
    schema.metadata.create_all(conn, tables=list(schema.FUSION_TABLES), checkfirst=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, sources, statements, judgements", _v1_core_tables),
    Migration(2, "full-text index over document titles and text", _v2_search_index),
    Migration(3, "materialised fused events, their members and block index", _v3_fused_events),
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection, location: str) -> int:
    """The schema version of an open database; StoreError if it is not a sitrep database at all."""
    names = set(inspect(conn).get_table_names())
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
            version = current_version(conn, location)
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
                if current_version(conn, location) >= migration.version:
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
