"""Event list and map queries at team scale: p50/p95 on a store holding N fused events.

Why synthetic rows written straight into the view: the question is how fast the list and the map answer
once a collection is that large, not how long fusing it took (bench_fuse.py measures that). Rows go in
through the store's own ``replace_events`` (so every side index — actor pairs, R*Tree, title words — is
filled by the code that fills it in production), in batches, and the build time and database size are
reported.

Generator: 40 conflict hotspots over the Sahel (lat 11-24, lon -11..15), points spread around them (sigma
0.8 degrees), 8% of events unlocated; 40 events a day from 2012 (so 1M events span decades, as a longer
collection does); ACLED types and sub-types, 1-3 of 40 actors, 0-5 extra sources, fatalities unknown in a
third of events; titles "<sub-event type> in <place>" over 3,000 invented place names. Payloads are a
compact ``as_json()``-shaped record (the summary path never reads them).

Queries (each timed through ``Workbench.event_page_counted`` — ``event_page`` plus whether the total was
capped — with ``fields="summary"``, the API's path):
list first page (100), list within a 30-day range, list by sub-event type, list by actor (part of a name),
map 2x2 degrees (up to 500), map 10x10 degrees (up to 2,000), title text search, events within 30 km of a
point (``near_30km``, up to 100; on PostgreSQL through PostGIS where the server has it); plus the first page with
full payloads for comparison, and the baseline of the wide map in the same run: ``map_10deg_2000_table_rows``
is the same page with its columns read from the event rows (``covered=False``, how pages were read before
migration 6 made the page indexes cover the summary columns), on the same boxes. Each size and backend runs
in its own process, so peak memory is its own; the figures are recorded after every size, so a later size that
fails keeps the earlier ones.

Usage: python benchmarks/bench_query.py [--sizes 100000 1000000] [--no-postgres] [--pg-sizes 100000]
Figures go under "query" in benchmarks/latest.json.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from figures import peak_rss_mb, record_part, throwaway_postgres

from sitrep.model import EVENT_TYPES

ACTORS = [
    "Military Forces of Mali",
    "Military Forces of France",
    "JNIM: Group for Support of Islam and Muslims",
    "Islamic State (Greater Sahara)",
    "Civilians (Mali)",
    "Unidentified Armed Group (Mali)",
    "Military Forces of Burkina Faso",
    "Military Forces of Niger",
    "Dan Na Ambassagou",
    "MSA: Movement for the Salvation of Azawad",
] + [f"Communal Militia {i}" for i in range(30)]
SYLLABLES = ["ta", "la", "han", "dak", "ke", "si", "bou", "go", "ma", "ne", "dji", "bo", "kou", "ra", "tin", "ze"]
START = date(2012, 1, 1)
RATE = 40


def _places(rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < 3000:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    return sorted(names)


def _rows(n: int, seed: int = 1) -> Any:
    """Yield ``replace_events`` rows in batches of 5,000."""
    rng = random.Random(seed)
    hotspots = [(rng.uniform(11, 24), rng.uniform(-11, 15)) for _ in range(40)]
    places = _places(rng)
    types = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    batch: list[dict[str, Any]] = []
    for i in range(n):
        day = START + timedelta(days=i // RATE)
        event_type, sub = rng.choice(types)
        place = rng.choice(places)
        located = rng.random() > 0.08
        lat = lon = None
        if located:
            hlat, hlon = rng.choice(hotspots)
            lat, lon = round(rng.gauss(hlat, 0.8), 5), round(rng.gauss(hlon, 0.8), 5)
        actors = rng.sample(ACTORS, rng.randint(1, 3))
        fatalities = None if rng.random() < 0.33 else int(rng.expovariate(0.2))
        n_sources = 1 + min(5, int(rng.expovariate(1.2)))
        event_id = f"evt-{rng.getrandbits(64):016x}"
        title = f"{sub} in {place}"
        payload = {
            "id": event_id,
            "title": title,
            "date": day.isoformat(),
            "date_precision": "day",
            "event_type": event_type,
            "sub_event_type": sub,
            "actors": [{"canonical": a, "role": "actor1" if j == 0 else "actor2"} for j, a in enumerate(actors)],
            "location": {"name": place, "lat": lat, "lon": lon, "uncertainty_km": 5.0} if located else None,
            "fatalities": fatalities,
            "captured": None,
            "sources": [{"document_id": f"{i:064x}", "title": title, "reliability": "B"}] * n_sources,
            "claims": [],
            "mentions": [f"m-{i}"],
            "explanations": {},
        }
        batch.append(
            {
                "id": event_id,
                "title": title,
                "date": day,
                "date_precision": "day",
                "day": day.toordinal(),
                "event_type": event_type,
                "sub_event_type": sub,
                "lat": lat,
                "lon": lon,
                "country": "Mali",
                "admin1": "Gao",
                "fatalities": fatalities,
                "fat_rank": fatalities or 0,
                "n_sources": n_sources,
                "actors": "\n".join(a.casefold() for a in actors),
                "actor_names": "\n".join(actors),
                "uncertainty_km": 5.0 if located else None,
                "mentions": json.dumps([f"m-{i}"]),
                "payload": json.dumps(payload, separators=(",", ":")),
                "judgements": "[]",
            }
        )
        if len(batch) == 5000:
            yield batch, places
            batch = []
    if batch:
        yield batch, places


def _pct(xs: list[float]) -> dict[str, float]:
    xs = sorted(xs)
    return {"p50_ms": round(xs[len(xs) // 2], 2), "p95_ms": round(xs[min(len(xs) - 1, int(len(xs) * 0.95))], 2)}


def run_one(n: int, url: str, reps: int) -> dict[str, Any]:
    from sitrep.store import EventQuery
    from sitrep.workbench import Workbench

    wb = Workbench.open(url)
    t0 = time.perf_counter()
    places: list[str] = []
    for batch, names in _rows(n):
        wb.store.replace_events((), batch, ())
        places = names
    wb.store.analyze()
    build_s = time.perf_counter() - t0
    stats = wb.store.stats()
    size = stats["size_bytes"]
    if size is None:  # PostgreSQL: ask the server
        from sqlalchemy import create_engine, text

        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        engine.dispose()
    span = n // RATE
    types = [s for subs in EVENT_TYPES.values() for s in subs]
    rng = random.Random(7)

    def box(size_deg: float) -> tuple[float, float, float, float]:
        lat, lon = rng.uniform(11, 24), rng.uniform(-11, 15)
        h = size_deg / 2
        return (lon - h, lat - h, lon + h, lat + h)

    def date_range() -> EventQuery:
        d0 = START + timedelta(days=rng.randrange(max(1, span - 30)))
        return EventQuery(date_from=d0, date_to=d0 + timedelta(days=30), limit=100, fields="summary")

    cases = {
        "list_first_page": lambda: EventQuery(limit=100, fields="summary"),
        "list_date_30d": date_range,
        "list_type": lambda: EventQuery(type=rng.choice(types), limit=100, fields="summary"),
        "list_actor": lambda: EventQuery(actor=rng.choice(ACTORS).split()[-1], limit=100, fields="summary"),
        "map_2deg_500": lambda: EventQuery(bbox=box(2.0), limit=500, fields="summary"),
        "map_10deg_2000": lambda: EventQuery(bbox=box(10.0), limit=2000, fields="summary"),
        "text_search": lambda: EventQuery(text=rng.choice(places), limit=100, fields="summary"),
        "list_first_page_full": lambda: EventQuery(limit=100),
        "map_10deg_2000_table_rows": lambda: EventQuery(bbox=box(10.0), limit=2000, fields="summary"),
        # Last, so the cases above keep their random draws: "within 30 km of" a point of the map's area.
        "near_30km": lambda: EventQuery(near=(*_point(rng), 30.0), limit=100, fields="summary"),
    }
    rng_boxes = {"map_10deg_2000_table_rows": "map_10deg_2000"}
    seeds: dict[str, int] = {}
    out: dict[str, Any] = {
        "backend": stats["backend"],
        "events": wb.store.event_count(),
        "build_s": round(build_s, 1),
        "build_events_per_s": round(n / build_s),
        "db_mb": round(size / 1e6, 1) if size else None,
    }
    for name, make in cases.items():
        # The baseline re-draws the boxes of the case it is the baseline of.
        seeds[name] = rng.randrange(1 << 30)
        rng.seed(seeds.get(rng_boxes.get(name, ""), seeds[name]))
        covered = name not in rng_boxes
        wb.event_page(make())  # warm the cache as a running server would be
        times: list[float] = []
        matched = estimates = 0
        for _ in range(reps):
            q = make()
            t = time.perf_counter()
            # What event_page returns, plus whether the total is capped (the baseline: the store's page
            # with its columns read from the event rows).
            page = wb.event_page_counted(q) if covered else wb.store.query_event_summary_page(q, covered=False)
            times.append((time.perf_counter() - t) * 1000)
            matched += page.total
            estimates += page.total_is_estimate
        out[name] = {**_pct(times), "mean_total": round(matched / reps), "capped_share": round(estimates / reps, 2)}
    out["peak_rss_mb"] = peak_rss_mb()
    wb.close()
    return out


def _point(rng: random.Random) -> tuple[float, float]:
    return rng.uniform(11, 24), rng.uniform(-11, 15)


def _sub(n: int, url: str, reps: int) -> dict[str, Any]:
    args = [sys.executable, __file__, "--one", str(n), "--url", url, "--reps", str(reps)]
    proc = subprocess.run(args, check=True, capture_output=True, text=True)
    res: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(res), flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--pg-sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--reps", type=int, default=50)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.url, args.reps)))
        return
    # Recorded after every size, one size at a time, so a size that fails (or a run cut short) keeps the
    # figures before it, and a run of some sizes or one backend keeps the figures of the others.

    def measure(key: str, n: int, url: str) -> None:
        value: dict[str, Any] | str
        try:
            value = _sub(n, url, args.reps)
        except subprocess.CalledProcessError as exc:
            value = f"failed: {(exc.stderr or '').strip().splitlines()[-1:]}"
        print(f"{key:34} {value}", flush=True)
        record_part("query", key, value)

    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            measure(f"sqlite_{n}", n, f"sqlite:///{tmp}/q{n}.db")
            Path(f"{tmp}/q{n}.db").unlink(missing_ok=True)
    if not args.no_postgres and args.pg_sizes:
        pg = throwaway_postgres()
        if pg is None:
            record_part("query", "postgresql", "skipped: no PostgreSQL server binaries")
        else:
            _url, server = pg
            try:
                for n in args.pg_sizes:
                    measure(f"postgresql_{n}", n, server.url(server.create_database()))
            finally:
                server.stop()


if __name__ == "__main__":
    main()
