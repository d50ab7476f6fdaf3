"""Paging the event list over a store with more events than a page: cursors, offsets, capped totals.

Rows go straight into the fused-event view through ``Store.replace_events`` (the path the view's own
maintenance writes through), so a few hundred events cost milliseconds rather than an ingest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.api.app import create_app
from sitrep.store.fused import MIN_COUNT_CAP
from sitrep.workbench import Workbench

N = 60


def _row(i: int) -> dict[str, Any]:
    day = date(2021, 1, 1) + timedelta(days=i % 40)
    event_id = f"evt-{i:016x}"
    title = f"Armed clash in Place {i}"
    actors = ["Military Forces of Mali", f"Communal Militia {i % 3}"]
    lat, lon = 14.0 + (i % 10) / 10, -3.0 + (i % 7) / 10
    sources = [{"document_id": f"{i:064x}", "title": title, "reliability": "B"}] * (1 + i % 3)
    payload = {
        "id": event_id,
        "title": title,
        "date": day.isoformat(),
        "date_precision": "day",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actors": [{"canonical": a, "role": "actor1" if j == 0 else "actor2"} for j, a in enumerate(actors)],
        "location": {"name": f"Place {i}", "lat": lat, "lon": lon, "uncertainty_km": 5.0},
        "fatalities": i % 5 or None,
        "captured": None,
        "sources": sources,
        "claims": [],
        "_claims": [],
        "mentions": [f"m-{i}"],
        "explanations": {},
    }
    return {
        "id": event_id,
        "title": title,
        "date": day,
        "date_precision": "day",
        "day": day.toordinal(),
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "lat": lat,
        "lon": lon,
        "country": "Mali",
        "admin1": "Mopti",
        "fatalities": i % 5 or None,
        "fat_rank": i % 5,
        "n_sources": len(sources),
        "actors": "\n".join(a.casefold() for a in actors),
        "actor_names": "\n".join(actors),
        "uncertainty_km": 5.0,
        "mentions": json.dumps([f"m-{i}"]),
        "payload": json.dumps(payload),
        "judgements": "[]",
    }


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with Workbench.open(f"sqlite:///{tmp_path / 'paging.db'}") as wb:
        wb.store.replace_events((), [_row(i) for i in range(N)], ())
        yield TestClient(create_app(wb))


def test_cursor_pages_walk_the_whole_list_once(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == N and not everything["total_is_estimate"] and everything["next_cursor"] is None
    ids = [e["id"] for e in everything["items"]]
    seen: list[str] = []
    params: dict[str, str | int] = {"limit": 7}
    for _ in range(N):
        page = client.get("/api/events", params=params).json()
        assert len(page["items"]) <= 7
        seen.extend(e["id"] for e in page["items"])
        if page["next_cursor"] is None:
            break
        params = {"limit": 7, "after": page["next_cursor"]}
    assert seen == ids


def test_offset_pages_agree_with_the_full_list(client: TestClient) -> None:
    ids = [e["id"] for e in client.get("/api/events", params={"limit": 1000}).json()["items"]]
    page = client.get("/api/events", params={"limit": 10, "offset": 20}).json()
    assert [e["id"] for e in page["items"]] == ids[20:30] and page["offset"] == 20 and page["next_cursor"]
    last = client.get("/api/events", params={"limit": 10, "offset": N - 10}).json()
    assert [e["id"] for e in last["items"]] == ids[-10:] and last["next_cursor"] is None


def test_map_box_rows_carry_their_points(client: TestClient) -> None:
    page = client.get("/api/events", params={"bbox": "-3.05,13.95,-2.75,14.25", "limit": 500}).json()
    assert page["items"] and all(-3.05 <= e["lon"] <= -2.75 and 13.95 <= e["lat"] <= 14.25 for e in page["items"])
    inside = [e for e in client.get("/api/events", params={"limit": 1000}).json()["items"] if e["lon"] <= -2.75]
    assert {e["id"] for e in page["items"]} == {e["id"] for e in inside if e["lat"] <= 14.25}


def test_a_broad_filter_says_its_total_is_a_lower_bound(tmp_path: Path) -> None:
    n = MIN_COUNT_CAP + 50
    with Workbench.open(f"sqlite:///{tmp_path / 'broad.db'}") as wb:
        wb.store.replace_events((), [_row(i) for i in range(n)], ())
        page = TestClient(create_app(wb)).get("/api/events", params={"limit": 5}).json()
    assert page["total_is_estimate"] and MIN_COUNT_CAP <= page["total"] <= n and page["next_cursor"]


def test_a_wide_map_box_pages_every_event_in_it_once(tmp_path: Path) -> None:
    """More events in the box than the count cap: the page is read by walking the covering ranking index,
    and the cursor pages meet exactly the events in the box, in the order of the unfiltered list."""
    n = MIN_COUNT_CAP + 400
    with Workbench.open(f"sqlite:///{tmp_path / 'wide.db'}") as wb:
        wb.store.replace_events((), [_row(i) for i in range(n)], ())
        client = TestClient(create_app(wb))
        ranked = []
        params: dict[str, str | int] = {"limit": 1000}
        while True:  # the whole list, for the expected order
            page = client.get("/api/events", params=params).json()
            ranked.extend(page["items"])
            if page["next_cursor"] is None:
                break
            params = {"limit": 1000, "after": page["next_cursor"]}
        box = "-3.05,13.95,-2.45,14.95"  # six of the grid's seven longitudes
        expected = [e["id"] for e in ranked if -3.05 <= e["lon"] <= -2.45 and 13.95 <= e["lat"] <= 14.95]
        assert MIN_COUNT_CAP < len(expected) < n, "the box must hold more than the count cap, not everything"
        seen: list[str] = []
        params = {"bbox": box, "limit": 400}
        first = client.get("/api/events", params=params).json()
        assert first["total_is_estimate"] or first["total"] == len(expected)
        page = first
        while True:
            assert all(-3.05 <= e["lon"] <= -2.45 and 13.95 <= e["lat"] <= 14.95 for e in page["items"])
            seen.extend(e["id"] for e in page["items"])
            if page["next_cursor"] is None:
                break
            page = client.get("/api/events", params={"bbox": box, "limit": 400, "after": page["next_cursor"]}).json()
    assert seen == expected
