"""PostgreSQL's radius filters: PostGIS's ``ST_DWithin`` and geography index where the server offers
PostGIS, the box and the haversine formula in plain SQL where it does not.

Why apart from :mod:`sitrep.store.dialect_postgres`: PostGIS is optional and has its own life (an
extension, its schema, an index of its own, a look-up when the store opens), as ``pg_trgm`` does for
search in :mod:`sitrep.store.dialect_postgres_search`.

- **Installing**: migration 8 runs ``CREATE EXTENSION IF NOT EXISTS postgis`` when the server has the
  extension and the role may (PostGIS is not a "trusted" extension: it needs a superuser, or an
  administrator who installed it in the database beforehand), in a schema of its own, ``postgis``, unless
  it is already installed elsewhere: it keeps its table ``spatial_ref_sys`` and a thousand functions out of
  the schema sitrep's tables live in. Without it the migration carries on.
- **The index**: ``ix_fused_events_geog``, a GiST index on
  ``geography(ST_SetSRID(ST_MakePoint(lon, lat), 4326))`` of located events, an expression index on the
  event rows (the server keeps it).
- **The query**: ``ST_DWithin(that expression, the centre, metres, false)``: ``false`` is PostGIS's sphere
  of radius (2a + b) / 3 of WGS84 (6371.00877 km), the sphere SQLite and plain PostgreSQL use
  (:data:`sitrep.store.near.EARTH_RADIUS_KM`), so all three give the same events (within a metre of
  the edge). The spheroid would differ by up to 0.5 % of the radius.
- **Knowing**: the store asks, when it opens, whether the index is there (:meth:`opened`); a database
  migrated without PostGIS keeps the plain path even if PostGIS is installed later.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, Float, and_, bindparam, func, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.schema import Table

from sitrep.store.dialect_postgres_search import PostgresSearch, _extension_schema, _ident
from sitrep.store.near import EARTH_RADIUS_KM, Near

GEOG_INDEX = "ix_fused_events_geog"
POSTGIS_SCHEMA = "postgis"
"""Where sitrep installs PostGIS when nobody has installed it yet."""


class PostgresSpatial(PostgresSearch):
    """Radius filters for :class:`~sitrep.store.dialect_postgres.PostgresDialect`."""

    want_postgis = True
    """Install and use PostGIS where the server offers it. False (tests, or to compare the two paths): the
    migration installs nothing and radius filters use the plain SQL path."""

    _postgis_schema: str | None = None
    """PostGIS's schema when this database's radius filters use it (found by :meth:`opened`)."""

    @property
    def postgis(self) -> bool:  # type: ignore[override]  # a property over the base's class attribute
        return self._postgis_schema is not None

    def opened(self, engine: Engine) -> None:
        self._postgis_schema = None
        if not self.want_postgis:
            return
        with engine.connect() as conn:
            index = conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": GEOG_INDEX}).scalar()
            schema = _extension_schema(conn, "postgis") if index else None
            conn.rollback()
        self._postgis_schema = schema

    def extension_tables(self, conn: Connection) -> set[str]:
        rows = conn.execute(
            text(
                "SELECT c.relname FROM pg_depend AS d JOIN pg_class AS c ON c.oid = d.objid "
                "WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' "
                "AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
            )
        )
        return {str(r[0]) for r in rows}

    def create_radius_index(self, conn: Connection) -> None:
        if not self.want_postgis:
            return
        schema = self._install_postgis(conn)
        if schema is None:
            return
        conn.exec_driver_sql(
            f"CREATE INDEX {GEOG_INDEX} ON fused_events USING gist (({_geography(schema, 'lon', 'lat')})) "
            "WHERE lat IS NOT NULL AND lon IS NOT NULL"
        )

    def _install_postgis(self, conn: Connection) -> str | None:
        """PostGIS's schema after installing it where possible (None: not offered, or not allowed)."""
        present = _extension_schema(conn, "postgis")
        if present is not None:
            return present
        offered = conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).first()
        if offered is None:
            return None
        try:
            with conn.begin_nested():  # a refusal (not a superuser) must not abort the migration
                conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {POSTGIS_SCHEMA}")
                conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS postgis SCHEMA {POSTGIS_SCHEMA}")
        except DBAPIError:
            return None
        return _extension_schema(conn, "postgis")

    def distance_km(self, table: Table, lat: float, lon: float) -> ColumnElement[float]:
        """The haversine formula of :func:`sitrep.store.near.great_circle_km`, in SQL."""
        p1, p2 = func.radians(table.c.lat), func.radians(lat)
        half_lat = func.sin((p2 - p1) / 2)
        half_lon = func.sin(func.radians(lon - table.c.lon) / 2)
        h = half_lat * half_lat + func.cos(p1) * func.cos(p2) * half_lon * half_lon
        return 2 * EARTH_RADIUS_KM * func.asin(func.least(1.0, func.sqrt(h)), type_=Float)

    def near_clause(self, table: Table, near: Near, *, scan: bool = False) -> ColumnElement[bool]:
        schema = self._postgis_schema
        if schema is None:
            return super().near_clause(table, near, scan=scan)
        lat, lon, radius = near
        centre = _geography(schema, ":near_lon", ":near_lat")
        within = text(
            f"{_ident(schema)}.st_dwithin({_geography(schema, 'fused_events.lon', 'fused_events.lat')}, "
            f"{centre}, :near_m, false)"
        ).bindparams(
            bindparam("near_lon", lon, type_=Float, unique=True),
            bindparam("near_lat", lat, type_=Float, unique=True),
            bindparam("near_m", radius * 1000.0, type_=Float, unique=True),
        )
        located = and_(table.c.lat.is_not(None), table.c.lon.is_not(None))  # the index's own condition
        return and_(located, within)


def _geography(schema: str, lon: Any, lat: Any) -> str:
    """``geography(ST_SetSRID(ST_MakePoint(lon, lat), 4326))`` spelt with PostGIS's schema: the index
    expression, and the centre of a query (an index serves a query only on the same expression)."""
    s = _ident(schema)
    return f"{s}.geography({s}.st_setsrid({s}.st_makepoint({lon}, {lat}), 4326))"
