"""Radius filters ("events within 30 km of Ménaka") on every backend: SQLite, PostgreSQL without PostGIS
(plain SQL) and PostgreSQL with PostGIS; the circle's box, validation, and the CLI and API parameters.

The events are written straight into the fused-event view (as benchmarks/bench_query.py does). Points on
rings at a known distance just inside and just outside the radius are placed by the spherical
destination formula, independently of the distance function under test; the other points are judged in
Python and kept well away (10 m) from the edge, since the backends agree only to within a metre there.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text as sql_text
from typer.testing import CliRunner

from pgserver import Server, postgres_server, unavailable  # noqa: F401  (a session fixture, used by name)
from sitrep.api.event_filters import parse_near as api_parse_near
from sitrep.errors import ValidationError
from sitrep.store import EventQuery, Store, fused
from sitrep.store.dialect_postgres import PostgresDialect
from sitrep.store.near import EARTH_RADIUS_KM, great_circle_km, near_bbox, parse_near

MENAKA = (15.9182, 2.4014)
SUVA = (-18.1416, 178.4419)  # near the antimeridian
ALERT = (82.5018, -62.3481)  # near the North Pole
BACKENDS = ["sqlite", "postgresql", "postgis"]


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` along a great circle from (lat, lon) at a bearing, on the sphere (lon in -180..180)."""
    d = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    lon2 = (math.degrees(l2) + 540.0) % 360.0 - 180.0
    return math.degrees(p2), lon2


def _row(i: int, lat: float | None, lon: float | None, kind: str = "Attack") -> dict[str, object]:
    day = date(2024, 1, 1 + i % 28)
    event_type = "Protests" if kind == "Peaceful protest" else "Battles"
    return {
        "id": f"evt-{i:016x}",
        "title": f"{kind} {i}",
        "date": day,
        "date_precision": "day",
        "day": day.toordinal(),
        "event_type": event_type,
        "sub_event_type": kind,
        "lat": lat,
        "lon": lon,
        "country": "Mali",
        "admin1": "Menaka",
        "fatalities": i % 7,
        "fat_rank": i % 7,
        "n_sources": 1 + i % 3,
        "actors": "jnim" if i % 2 else "civilians (mali)",
        "actor_names": "JNIM" if i % 2 else "Civilians (Mali)",
        "uncertainty_km": 2.0 if lat is not None else None,
        "mentions": json.dumps([f"m-{i}"]),
        "payload": json.dumps(  # a whole stored record, as the CLI reads events back into FusedEvent
            {
                "id": f"evt-{i:016x}",
                "title": f"{kind} {i}",
                "date": day.isoformat(),
                "date_precision": "day",
                "event_type": event_type,
                "sub_event_type": kind,
                "actors": [],
                "fatalities": i % 7,
                "captured": None,
                "sources": [],
                "claims": [],
                "_claims": [],
                "mentions": [f"m-{i}"],
                "explanations": {},
            }
        ),
        "judgements": "[]",
    }


RINGS = [(MENAKA, 30.0), (SUVA, 50.0), (ALERT, 400.0)]
"""(centre, radius): each gets points at radius - 20 m (inside) and radius + 20 m (outside) on 12 bearings."""


def _rows() -> tuple[list[dict[str, object]], dict[int, bool]]:
    """The events, and for the ring points whether they lie inside their ring's circle (by construction)."""
    rng = random.Random(8)
    rows: list[dict[str, object]] = []
    truth: dict[int, bool] = {}
    kinds = ["Attack", "Armed clash", "Peaceful protest"]
    for (lat, lon), radius in RINGS:
        for k in range(12):
            for inside in (True, False):
                p = destination(lat, lon, k * 30.0 + 7.0, radius + (-0.02 if inside else 0.02))
                truth[len(rows)] = inside
                rows.append(_row(len(rows), *p, kind=kinds[len(rows) % 3]))
    for (lat, lon), radius in RINGS:  # scattered around each centre out to twice the radius
        for _ in range(60):
            p = destination(lat, lon, rng.uniform(0, 360), rng.uniform(0, 2 * radius))
            d = great_circle_km(lat, lon, *p)
            assert d is not None
            if abs(d - radius) > 0.01:
                rows.append(_row(len(rows), *p, kind=kinds[len(rows) % 3]))
    rows.append(_row(len(rows), None, None))  # an event without a place is never near anything
    return rows, truth


ROWS, RING_TRUTH = _rows()


def _expected(q: EventQuery) -> list[str]:
    """The page computed in Python: the plain meaning of the filters and the ranking key."""
    assert q.near is not None
    clat, clon, radius = q.near

    def keep(r: dict[str, object]) -> bool:
        lat, lon = r["lat"], r["lon"]
        if not isinstance(lat, float) or not isinstance(lon, float):
            return False
        d = great_circle_km(clat, clon, lat, lon)
        if d is None or d > radius:
            return False
        if q.type and q.type not in (r["event_type"], r["sub_event_type"]):
            return False
        if q.date_from is not None and not (isinstance(r["date"], date) and r["date"] >= q.date_from):
            return False
        if q.bbox is not None and not (q.bbox[1] <= lat <= q.bbox[3]):
            return False
        return not q.actor or q.actor.casefold() in str(r["actors"])

    found = sorted((r for r in ROWS if keep(r)), key=lambda r: (r["n_sources"], r["fat_rank"], r["day"], r["id"]))
    return [str(r["id"]) for r in reversed(found)]


@pytest.fixture(params=BACKENDS)
def near_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A store holding :data:`ROWS` on each backend; "postgresql" is opened with PostGIS switched off (the
    migration installs nothing and radius filters take the plain SQL path), "postgis" with it on, and fails
    in CI (skips elsewhere) where the server has no PostGIS."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'near.db'}"
        server = None
    else:
        server = request.getfixturevalue("postgres_server")
        name = server.create_database()
        url = server.url(name)
        monkeypatch.setattr(PostgresDialect, "want_postgis", request.param == "postgis")
    try:
        with Store.open(url) as store:
            if request.param == "postgis" and not store.stats()["postgis"]:
                unavailable("PostGIS is not installed for the test server (Debian: postgresql-<major>-postgis-3)")
            assert store.stats()["postgis"] is (request.param == "postgis")
            store.replace_events((), ROWS, ())
            store.analyze()
            yield store
    finally:
        if server is not None:
            server.drop_database(name)


QUERIES = [
    EventQuery(near=(*MENAKA, 30.0)),
    EventQuery(near=(*MENAKA, 30.0), limit=5, offset=2),
    EventQuery(near=(*MENAKA, 45.0), type="Attack"),
    EventQuery(near=(*MENAKA, 60.0), date_from=date(2024, 1, 15), actor="jnim", limit=10),
    EventQuery(near=(*MENAKA, 60.0), bbox=(-180.0, 15.9, 180.0, 90.0)),  # and the northern half of the circle
    EventQuery(near=(*SUVA, 50.0)),  # the circle crosses the antimeridian
    EventQuery(near=(*SUVA, 100.0), type="Battles", limit=7),
    EventQuery(near=(*ALERT, 400.0)),  # the circle's box reaches far in longitude near the pole
    EventQuery(near=(90.0, 0.0, 1000.0)),  # a circle over the pole: every longitude
    EventQuery(near=(0.0, 0.0, 10.0)),  # nothing there
]


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_near_gives_the_plain_answer_on_every_backend(
    near_store: Store, query: EventQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _expected(query)
    want = expected[query.offset : query.offset + (query.limit or len(expected))]
    for cap in (10_000, 5):  # every filter narrow (exact count); then most of them broad (ranking walk)
        monkeypatch.setattr(fused, "MIN_COUNT_CAP", cap)
        monkeypatch.setattr(fused, "MAX_COUNT_CAP", cap)
        for fields in ("summary", "full"):
            q = replace(query, fields=fields)
            page = (
                near_store.query_event_summary_page(q)
                if fields == "summary"
                else near_store.query_event_payload_page(q)
            )
            got = [r["id"] if fields == "summary" else json.loads(r)["id"] for r in page.rows]
            assert got == want, (cap, fields)
            if len(expected) <= cap:
                assert page.total == len(expected) and not page.total_is_estimate
    first = near_store.query_event_summary_page(replace(query, offset=0, limit=3, fields="summary")).rows
    if first:  # keyset paging walks the same order
        nxt = replace(query, offset=0, limit=3, after=first[-1]["cursor"], fields="summary")
        assert [r["id"] for r in first + near_store.query_event_summary_page(nxt).rows] == expected[:6]


def test_points_just_inside_the_radius_count_and_just_outside_do_not(near_store: Store) -> None:
    ids = {str(r["id"]): i for i, r in enumerate(ROWS)}
    for (lat, lon), radius in RINGS:
        found = {
            ids[r["id"]]
            for r in near_store.query_event_summary_page(EventQuery(near=(lat, lon, radius), fields="summary")).rows
        }
        ring = {i for i in RING_TRUTH if _ring_of(i) == (lat, lon)}
        assert {i for i in ring if RING_TRUTH[i]} <= found
        assert not {i for i in ring if not RING_TRUTH[i]} & found


def _ring_of(i: int) -> tuple[float, float]:
    return RINGS[i // 24][0]


def test_postgis_answers_from_its_geography_index(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    server: Server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    monkeypatch.setattr(PostgresDialect, "want_postgis", True)
    try:
        with Store.open(server.url(name)) as store:
            if not store.stats()["postgis"]:
                unavailable("PostGIS is not installed for the test server (Debian: postgresql-<major>-postgis-3)")
            store.replace_events((), ROWS * 1, ())
            store.analyze()
            from sqlalchemy import select

            from sitrep.store import schema

            fe = schema.fused_events
            clause = store._dialect.near_clause(fe, (*MENAKA, 30.0))
            stmt = select(fe.c.id).where(clause)
            with store._read() as conn:
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
                plan = "\n".join(r[0] for r in conn.execute(sql_text(f"EXPLAIN {compiled}")))
            assert "ix_fused_events_geog" in plan, plan
            assert "st_dwithin" in str(compiled).lower()
    finally:
        server.drop_database(name)


# -- the circle's box ------------------------------------------------------------------------------------


def _in_box(box: tuple[float, float, float, float], lat: float, lon: float) -> bool:
    minlon, minlat, maxlon, maxlat = box
    lon_ok = minlon <= lon <= maxlon if minlon <= maxlon else (lon >= minlon or lon <= maxlon)
    return minlat <= lat <= maxlat and lon_ok


def test_box_crosses_the_antimeridian_and_covers_the_pole() -> None:
    minlon, _, maxlon, _ = near_bbox((*SUVA, 200.0))
    assert minlon > maxlon and minlon < 180.0 and maxlon > -180.0
    assert near_bbox((89.0, 10.0, 500.0))[0::2] == (-180.0, 180.0)
    assert near_bbox((89.0, 10.0, 500.0))[3] == 90.0


@given(
    st.floats(-89.0, 89.0),
    st.floats(-180.0, 180.0),
    st.floats(0.001, 2000.0),
    st.floats(0.0, 360.0),
    st.floats(0.0, 1.0),
)
def test_every_point_of_the_circle_lies_in_its_box(
    lat: float, lon: float, radius: float, bearing: float, f: float
) -> None:
    p = destination(lat, lon, bearing, radius * f)
    assert _in_box(near_bbox((lat, lon, radius)), *p)


# -- validation and the faces' parameters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("near", "message"),
    [
        ((91.0, 0.0, 10.0), "latitude"),
        ((0.0, -181.0, 10.0), "longitude"),
        ((0.0, 0.0, 0.0), "radius"),
        ((0.0, 0.0, 2000.5), "radius"),
        ((0.0, float("nan"), 5.0), "finite"),
    ],
)
def test_bad_near_is_a_validation_error(near: tuple[float, float, float], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        EventQuery(near=near)


def test_near_strings_parse_or_fail_in_one_line() -> None:
    assert parse_near("15.92, 2.40, 30") == (15.92, 2.40, 30.0)
    assert parse_near(" ") is None and api_parse_near(None) is None
    assert EventQuery(near=(0, 0, 2000)).near == (0.0, 0.0, 2000.0)
    for bad, message in [
        ("15,2", "three numbers"),
        ("a,b,c", "as numbers"),
        ("15,2,-1", "radius"),
        ("95,2,3", "latitude"),
    ]:
        with pytest.raises(ValidationError, match=message) as err:
            api_parse_near(bad)
        assert "\n" not in str(err.value) and str(err.value).startswith(f"near {bad!r}")


@pytest.fixture
def filled_sqlite(tmp_path: Path) -> str:
    db = str(tmp_path / "near-api.db")
    with Store.open(f"sqlite:///{db}") as store:
        store.replace_events((), ROWS, ())
    return db


def test_api_events_take_near(filled_sqlite: str, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app
    from sitrep.workbench import Workbench

    with Workbench.open(filled_sqlite, gazetteer_path=tmp_path / "none.sqlite") as wb:
        client = TestClient(create_app(wb))
        q = EventQuery(near=(*MENAKA, 30.0))
        page = client.get("/api/events", params={"near": "15.9182,2.4014,30", "limit": 1000}).json()
        assert [r["id"] for r in page["items"]] == _expected(q) and page["total"] == len(_expected(q))
        typed = client.get("/api/events", params={"near": "15.9182,2.4014,30", "type": "Attack"}).json()
        assert [r["id"] for r in typed["items"]] == _expected(replace(q, type="Attack"))
        for bad in ("15.9,2.4", "15.9,2.4,0", "15.9,200,5", "x,y,z"):
            r = client.get("/api/events", params={"near": bad})
            assert r.status_code == 422 and r.json()["error"].startswith("near"), (bad, r.text)


def test_cli_events_take_near(filled_sqlite: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["--db", filled_sqlite, "events", "--near", "15.9182,2.4014,30", "--json"])
    assert r.exit_code == 0, r.output
    assert [e["id"] for e in json.loads(r.stdout)] == _expected(EventQuery(near=(*MENAKA, 30.0)))
    r = runner.invoke(app, ["--db", filled_sqlite, "events", "--near", "0,0,10"])
    assert r.exit_code == 0 and "no events match" in r.output
    r = runner.invoke(app, ["--db", filled_sqlite, "events", "--near", "15.9,2.4,5000"])
    # main() prints a SitrepError as one line; in-process it is the exception the command raised.
    assert r.exit_code != 0 and isinstance(r.exception, ValidationError)
    assert str(r.exception).startswith("--near '15.9,2.4,5000': radius") and "\n" not in str(r.exception)


def test_postgis_installed_in_the_default_schema_beforehand_is_used_not_refused(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An administrator's ``CREATE EXTENSION postgis`` in a new database leaves ``spatial_ref_sys`` in the
    default schema: sitrep must take the database as new (not "somebody else's") and use that PostGIS."""
    server: Server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    monkeypatch.setattr(PostgresDialect, "want_postgis", True)
    url = server.url(name)
    try:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                if (
                    conn.execute(sql_text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).first()
                    is None
                ):
                    unavailable("PostGIS is not installed for the test server (Debian: postgresql-<major>-postgis-3)")
                conn.execute(sql_text("DROP EXTENSION IF EXISTS postgis CASCADE"))
                conn.execute(sql_text("CREATE EXTENSION postgis"))
        finally:
            engine.dispose()
        with Store.open(url) as store:
            assert store.stats()["postgis"] is True
            store.replace_events((), ROWS, ())
            q = EventQuery(near=(*MENAKA, 30.0), fields="summary")
            assert [r["id"] for r in store.query_event_summary_page(q).rows] == _expected(q)
    finally:
        server.drop_database(name)
