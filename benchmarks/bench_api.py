"""The REST API through a real HTTP server: event-list and map (bbox) latency, then a concurrent load test.

Why a real server: FastAPI's TestClient skips the socket, the event loop and uvicorn's parsing, which is
where a web workbench's latency under load actually goes. The server is ``sitrep serve`` in its own process
on 127.0.0.1 (a free port), so the load generator does not share its interpreter lock.

The store: synthetic reports (``bench_fuse.generate`` with one report per event, so N reports give about N
events) pushed through the real path (documents and statements stored, then filed into the stored events
with ``Workbench.refresh_events``). The build is timed separately from the queries.

Latency: 200 sequential requests each for the event list (``limit=100``, a few offsets) and the map query
(a 2-degree bbox, ``limit=500`` as the UI asks), p50/p95 in ms. Load: ``--clients`` concurrent asyncio +
httpx clients for ``--seconds``, each looping over list / bbox / event-detail requests; every non-200 answer
or exception is an error. Loopback only, bounded in clients, time and requests.

With ``--build bulk`` the store is instead filled straight through ``Store.replace_events`` with
bench_query.py's generator (seconds rather than an hour at 100k on a small machine); the figures say which.

Usage: python benchmarks/bench_api.py [--events 100000] [--clients 50] [--seconds 60] [--build bulk] [--no-record]
Fast mode (the test): --events 5000 --clients 20 --seconds 5 --no-record. Figures go under "api".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_fuse import generate  # noqa: E402
from figures import peak_rss_mb, record  # noqa: E402

MAX_REQUESTS_PER_CLIENT = 100_000
"""A hard bound on what one load client may send, whatever the duration."""


def build_store(db: Path, n: int, batch: int = 500) -> dict[str, float]:
    """A library of about ``n`` events through the store's public path; returns the build timings."""
    from sitrep.fuse.statements import mention_statements
    from sitrep.model import Document
    from sitrep.workbench import Workbench

    mentions, _truth, infos = generate(n, 1, 40.0)
    store_s = fuse_s = 0.0
    with Workbench.open(f"sqlite:///{db}") as wb:
        for start in range(0, len(mentions), batch):
            t0 = time.perf_counter()
            for m in mentions[start : start + batch]:
                info = infos[m.document_id]
                doc = Document(text=info.text, format="txt", title=info.title, source=info.source)
                wb.store.ingest(doc, mention_statements(replace(m, document_id=doc.id), extractor="bench", version="1"))
            t1 = time.perf_counter()
            wb.refresh_events(batch=batch)
            store_s += t1 - t0
            fuse_s += time.perf_counter() - t1
        events = wb.store.event_count()
    return {
        "reports": len(mentions),
        "events": events,
        "build_store_s": round(store_s, 2),
        "build_fuse_s": round(fuse_s, 2),
    }


def build_store_bulk(db: Path, n: int) -> dict[str, float]:
    """``n`` synthetic events written straight into the fused-event view through ``Store.replace_events``,
    as bench_query.py does: on a small machine the real path (documents, statements, fusion) takes far
    longer than the API questions this benchmark asks; bench_ingest.py and bench_fuse.py time that path."""
    from bench_query import _rows

    from sitrep.workbench import Workbench

    t0 = time.perf_counter()
    with Workbench.open(f"sqlite:///{db}") as wb:
        for batch, _places in _rows(n):
            for row in batch:  # bench_query's payloads skip the record part the detail endpoint reads back
                payload = json.loads(row["payload"])
                payload["_claims"] = []
                row["payload"] = json.dumps(payload, separators=(",", ":"))
            wb.store.replace_events((), batch, ())
        wb.store.analyze()
        events = wb.store.event_count()
    return {"reports": 0, "events": events, "build_store_s": round(time.perf_counter() - t0, 2), "build_fuse_s": 0.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "SITREP_DATA_DIR": str(data_dir)}
    env.pop("SITREP_TOKEN", None)
    env.pop("SITREP_READ_TOKEN", None)
    cmd = [sys.executable, "-m", "sitrep", "--db", str(db), "serve", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/sources", timeout=2):
                return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"server did not start: {err.strip()[-500:]}") from None
            time.sleep(0.2)


def _percentiles(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return round(xs[len(xs) // 2], 2), round(xs[min(len(xs) - 1, int(len(xs) * 0.95))], 2)


def _box(rng: random.Random) -> str:
    lat, lon = rng.uniform(11, 24), rng.uniform(-11, 15)
    return f"{lon - 1:.3f},{lat - 1:.3f},{lon + 1:.3f},{lat + 1:.3f}"


def latency(base: str, rounds: int = 200) -> dict[str, float]:
    rng = random.Random(7)
    lists: list[float] = []
    boxes: list[float] = []
    sizes: list[int] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        client.get("/api/events", params={"limit": 1}).raise_for_status()  # warm the connection and caches
        for _ in range(rounds):
            t0 = time.perf_counter()
            r = client.get("/api/events", params={"limit": 100, "offset": rng.choice([0, 0, 100, 1000])})
            lists.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
            t0 = time.perf_counter()
            r = client.get("/api/events", params={"bbox": _box(rng), "limit": 500})
            boxes.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
            sizes.append(len(r.json()["items"]))
    lp50, lp95 = _percentiles(lists)
    bp50, bp95 = _percentiles(boxes)
    return {
        "http_list_p50_ms": lp50,
        "http_list_p95_ms": lp95,
        "http_bbox_p50_ms": bp50,
        "http_bbox_p95_ms": bp95,
        "bbox_mean_items": round(sum(sizes) / max(1, len(sizes)), 1),
    }


async def _client(base: str, seconds: float, seed: int, ids: list[str], counts: dict[str, int]) -> None:
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if time.monotonic() >= deadline:
                break
            kind = rng.random()
            req: tuple[str, dict[str, str | int]]
            if kind < 0.45:
                req = ("/api/events", {"limit": 100, "offset": rng.choice([0, 100, 500])})
            elif kind < 0.9:
                req = ("/api/events", {"bbox": _box(rng), "limit": 500})
            else:
                req = (f"/api/events/{rng.choice(ids)}", {})
            try:
                r = await client.get(req[0], params=req[1])
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            counts["requests"] += 1
            if not ok:
                counts["errors"] += 1


async def _load(base: str, clients: int, seconds: float, ids: list[str]) -> dict[str, int]:
    counts = {"requests": 0, "errors": 0}
    await asyncio.gather(*(_client(base, seconds, i, ids, counts) for i in range(clients)))
    return counts


def load(base: str, clients: int, seconds: float) -> dict[str, float]:
    ids = [e["id"] for e in httpx.get(base + "/api/events", params={"limit": 200}, timeout=30).json()["items"]]
    t0 = time.perf_counter()
    counts = asyncio.run(_load(base, clients, seconds, ids))
    wall = time.perf_counter() - t0
    return {
        "load_clients": clients,
        "load_seconds": round(wall, 1),
        "load_requests": counts["requests"],
        "load_errors": counts["errors"],
        "load_requests_per_s": round(counts["requests"] / wall, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument(
        "--build",
        choices=["ingest", "bulk"],
        default="ingest",
        help="ingest: reports through the store and fusion; bulk: rows straight into the event view",
    )
    ap.add_argument("--rounds", type=int, default=200, help="sequential requests per latency figure")
    ap.add_argument("--no-record", action="store_true", help="print only; leave latest.json alone")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line at the end")
    args = ap.parse_args(argv)
    if not (1 <= args.clients <= 200 and 0 < args.seconds <= 600 and 1 <= args.events <= 1_000_000):
        ap.error("bounds: 1-200 clients, up to 600 s, up to 1M events")

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-api-") as tmp:
        db = Path(tmp) / "api.db"
        t0 = time.perf_counter()
        built = build_store_bulk(db, args.events) if args.build == "bulk" else build_store(db, args.events)
        figures: dict[str, Any] = {"build": args.build, **built}
        figures["build_total_s"] = round(time.perf_counter() - t0, 2)
        print(f"built {figures['events']} events in {figures['build_total_s']} s", flush=True)
        proc, base = start_server(db, Path(tmp))
        try:
            figures.update(latency(base, args.rounds))
            figures.update(load(base, args.clients, args.seconds))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        figures["target_p95_ms"] = 50
        figures["bench_peak_rss_mb"] = peak_rss_mb()
    if args.no_record:
        for k, v in figures.items():
            print(f"{k:34} {v}")
    else:
        record("api", figures)
    if args.json:
        print(json.dumps(figures))
    return 1 if figures["load_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
