"""Coreference + fusion at scale on synthetic reports with known truth.

Generator: real events spread over the Sahel around 40 conflict hotspots at a constant rate (``--rate`` events
a day, 40 by default: about ACLED's Sahel-plus-Libya volume), so a larger collection is a longer period, as it
is in practice. Each event is reported k times (1..2k-1, mean k) with noise: the date off by one day in 30% of
reports, the point jittered up to 20 km, the place name respelt (vowels dropped or doubled, ou/u, y/i), the
fatality figure changed by 1-3 in 30% of reports; 10% of reports give only the admin1, no point.

Usage: python benchmarks/bench_fuse.py [--sizes 10000 100000] [--million] [--k 3] [--store 10000 100000]
Each size runs in its own process so peak memory (ru_maxrss) is that size's own.

The store-backed runs (``--store``) push the same synthetic reports through the real path: documents and
statements stored, then filed into the materialised events batch by batch (``Workbench.refresh_events``),
then event-list and bbox queries timed (p50/p95) on the resulting view; on SQLite, and on a throwaway
PostgreSQL too when server binaries exist. The 100k run uses one report per event (``--store-k 1``) so the
view holds about 100k events. Figures go under "fuse" in benchmarks/latest.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta

from figures import peak_rss_mb, record_part, throwaway_postgres

from sitrep.fuse.coref import CorefConfig, resolve
from sitrep.fuse.fusion import DocInfo, fuse_groups
from sitrep.model import EVENT_TYPES, ActorMention, EventMention, Place, Span

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
]
SYLLABLES = [
    "ta",
    "la",
    "han",
    "dak",
    "ke",
    "si",
    "bou",
    "go",
    "ma",
    "ne",
    "dji",
    "bo",
    "kou",
    "ra",
    "tin",
    "ze",
]
SOURCES = ["Reuters", "AFP", "RFI", "ACLED", "Local Radio", "MINUSMA", "Ministry", "Blog"]
ADMIN1 = ["Kidal", "Gao", "Mopti", "Timbuktu", "Menaka", "Segou", "Sahel", "Tillaberi", "Tahoua", "Fezzan"]


def _respell(name: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return name.replace("ou", "u")
    if r < 0.4:
        return name.replace("a", "aa", 1)
    if r < 0.55:
        i = name.find("a", 1)
        return name[:i] + name[i + 1 :] if i > 0 else name
    if r < 0.65:
        return name.replace("i", "y")
    return name


def generate(
    n_reports: int, k: int, rate: float, seed: int = 1
) -> tuple[list[EventMention], list[int], dict[str, DocInfo]]:
    rng = random.Random(seed)
    hotspots = [(rng.uniform(11, 24), rng.uniform(-11, 15)) for _ in range(40)]
    n_events = max(1, n_reports // k)
    days = max(1, int(n_events / rate))
    start = date(2012, 1, 1)
    types = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    mentions: list[EventMention] = []
    truth: list[int] = []
    docs: dict[str, DocInfo] = {}
    for e in range(n_events):
        hy, hx = rng.choice(hotspots)
        lat = max(-89.0, min(89.0, rng.gauss(hy, 1.0)))
        lon = max(-179.0, min(179.0, rng.gauss(hx, 1.0)))
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        day = start + timedelta(days=rng.randrange(days))
        etype, sub = rng.choice(types)
        actors = rng.sample(ACTORS, 2)
        fatalities = rng.choice([0, 0, 1, 2, 3, 4, 5, 8, 12, 20])
        admin1 = rng.choice(ADMIN1)
        for _ in range(rng.randint(1, 2 * k - 1)):
            if len(mentions) >= n_reports:
                break
            i = len(mentions)
            doc_id = f"{i:016x}" + "0" * 48
            d = day + timedelta(days=rng.choice([-1, 1])) if rng.random() < 0.3 else day
            ang, dist = rng.uniform(0, 2 * math.pi), rng.uniform(0, 20)
            plat = lat + dist / 111.0 * math.sin(ang)
            plon = lon + dist / (111.0 * math.cos(math.radians(lat))) * math.cos(ang)
            pname = _respell(name, rng)
            if rng.random() < 0.1:
                place = Place(pname, country="Mali", admin1=admin1, geo_precision=3)
            else:
                place = Place(pname, country="Mali", admin1=admin1, lat=plat, lon=plon, geo_precision=1)
            f = fatalities + rng.randint(1, 3) if rng.random() < 0.3 else fatalities
            text = f"Report {i}: {sub} at {pname} on {d.isoformat()}, {f} killed."
            docs[doc_id] = DocInfo(doc_id, f"Report {i}", rng.choice(SOURCES), text)
            mentions.append(
                EventMention(
                    document_id=doc_id,
                    index=0,
                    event_type=etype,
                    sub_event_type=sub,
                    date=d,
                    date_precision="day",
                    actors=(
                        ActorMention(actors[0], actors[0], "actor1"),
                        ActorMention(actors[1], actors[1], "actor2"),
                    ),
                    location=place,
                    fatalities=f,
                    evidence=Span(0, len(text)),
                )
            )
            truth.append(e)
        if len(mentions) >= n_reports:
            break
    return mentions, truth, docs


def pairwise(clusters: list[list[int]], truth: list[int]) -> tuple[float, float]:
    def c2(n: int) -> int:
        return n * (n - 1) // 2

    predicted = sum(c2(len(c)) for c in clusters)
    true_pairs = sum(c2(n) for n in Counter(truth).values())
    tp = sum(c2(n) for c in clusters for n in Counter(truth[i] for i in c).values())
    return (tp / predicted if predicted else 1.0), (tp / true_pairs if true_pairs else 1.0)


def run_one(n: int, k: int, rate: float) -> dict[str, float]:
    t0 = time.perf_counter()
    mentions, truth, docs = generate(n, k, rate)
    t1 = time.perf_counter()
    clustering = resolve(mentions, (), CorefConfig())
    t2 = time.perf_counter()
    events = fuse_groups(clustering.groups(mentions), docs, lambda s: "B" if s in ("Reuters", "AFP") else "C")
    t3 = time.perf_counter()
    p, r = pairwise(clustering.clusters, truth)
    return {
        "reports": len(mentions),
        "true_events": len(set(truth)),
        "fused_events": len(events),
        "generate_s": round(t1 - t0, 2),
        "coref_s": round(t2 - t1, 2),
        "fusion_s": round(t3 - t2, 2),
        "total_s": round(t3 - t1, 2),
        "candidate_pairs_per_report": round(clustering.candidate_pairs / max(1, len(mentions)), 2),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "peak_rss_mb": peak_rss_mb(),
    }


def _percentiles(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return xs[len(xs) // 2], xs[min(len(xs) - 1, int(len(xs) * 0.95))]


def run_store(n: int, k: int, rate: float, url: str, batch: int = 500) -> dict[str, float | str]:
    """The store-backed incremental path: documents stored in batches, each batch filed into the stored
    events (Workbench.refresh_events), then event-list and bbox queries timed against the view."""
    from dataclasses import replace

    from sitrep.fuse.statements import mention_statements
    from sitrep.model import Document
    from sitrep.store import EventQuery
    from sitrep.workbench import Workbench

    mentions, _truth, infos = generate(n, k, rate)
    wb = Workbench.open(url)
    store_s = fuse_s = 0.0
    for start in range(0, len(mentions), batch):
        t0 = time.perf_counter()
        for m in mentions[start : start + batch]:
            info = infos[m.document_id]
            doc = Document(text=info.text, format="txt", title=info.title, source=info.source)
            m2 = replace(m, document_id=doc.id)
            wb.store.ingest(doc, mention_statements(m2, extractor="bench", version="1"))
        t1 = time.perf_counter()
        wb.refresh_events(batch=batch)
        t2 = time.perf_counter()
        store_s += t1 - t0
        fuse_s += t2 - t1
    stats = wb.maintainer.stats
    n_events = wb.store.event_count()
    rng = random.Random(7)
    lists, boxes, firsts = [], [], []
    for _ in range(200):
        t0 = time.perf_counter()
        wb.event_page(EventQuery(limit=100, offset=rng.choice([0, 0, 100, 1000])))
        lists.append((time.perf_counter() - t0) * 1000)
        lat, lon = rng.uniform(11, 24), rng.uniform(-11, 15)
        box = (lon - 1.0, lat - 1.0, lon + 1.0, lat + 1.0)
        t0 = time.perf_counter()
        wb.event_page(EventQuery(bbox=box, limit=500))
        boxes.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        d0 = date(2012, 1, 1) + timedelta(days=rng.randrange(2000))
        wb.event_page(EventQuery(date_from=d0, date_to=d0 + timedelta(days=30), bbox=box, limit=100))
        firsts.append((time.perf_counter() - t0) * 1000)
    backend = wb.store.stats()["backend"]
    wb.close()
    lp50, lp95 = _percentiles(lists)
    bp50, bp95 = _percentiles(boxes)
    fp50, fp95 = _percentiles(firsts)
    return {
        "backend": backend,
        "reports": len(mentions),
        "k": k,
        "events": n_events,
        "store_s": round(store_s, 2),
        "incremental_fuse_s": round(fuse_s, 2),
        "incremental_reports_per_s": round(len(mentions) / max(fuse_s, 1e-9), 1),
        "candidate_pairs_per_report": round(stats.candidate_pairs / max(1, stats.mentions), 2),
        "loaded_mentions_per_report": round(stats.loaded_mentions / max(1, stats.mentions), 2),
        "events_fused_per_report": round(stats.fused / max(1, stats.mentions), 2),
        "list_p50_ms": round(lp50, 2),
        "list_p95_ms": round(lp95, 2),
        "bbox_p50_ms": round(bp50, 2),
        "bbox_p95_ms": round(bp95, 2),
        "bbox_month_p50_ms": round(fp50, 2),
        "bbox_month_p95_ms": round(fp95, 2),
        "peak_rss_mb": peak_rss_mb(),
    }


def _sub(args: list[str]) -> dict[str, float | str]:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    res: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    print(json.dumps(res), flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--million", action="store_true", help="also run 1,000,000 reports")
    ap.add_argument("--k", type=int, default=3, help="mean reports per event")
    ap.add_argument("--rate", type=float, default=40.0, help="real events per day")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--store-one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    ap.add_argument("--store", type=int, nargs="*", default=[10_000, 100_000], help="store-backed runs (reports)")
    ap.add_argument("--store-k", type=int, default=1, help="reports per event in the 100k store run (1: 100k events)")
    ap.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL store run")
    ap.add_argument("--memory-only", action="store_true", help="only the in-memory runs")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.k, args.rate)))
        return
    if args.store_one:
        print(json.dumps(run_store(args.store_one, args.k, args.rate, args.url)))
        return
    if not args.memory_only:
        store_results = []
        with tempfile.TemporaryDirectory() as tmp:
            for n in args.store:
                k = args.k if n <= 10_000 else args.store_k
                url = f"sqlite:///{tmp}/bench-{n}.db"
                store_results.append(
                    _sub(["--store-one", str(n), "--k", str(k), "--rate", str(args.rate), "--url", url])
                )
        if not args.no_postgres and args.store:
            pg = throwaway_postgres()
            if pg is None:
                print("PostgreSQL: no server binaries, skipped")
            else:
                url, server = pg
                try:
                    n = max(args.store)
                    k = args.k if n <= 10_000 else args.store_k
                    store_results.append(
                        _sub(["--store-one", str(n), "--k", str(k), "--rate", str(args.rate), "--url", url])
                    )
                finally:
                    server.stop()
        record_part("fuse", "store", store_results)
    sizes = [*args.sizes, *([1_000_000] if args.million else [])]
    results = []
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--k", str(args.k), "--rate", str(args.rate)],
            check=True,
            capture_output=True,
            text=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(res)
        print(json.dumps(res))
    for small, big in itertools.pairwise(results):
        ratio = big["total_s"] / max(small["total_s"], 1e-9)
        print(f"time({big['reports']})/time({small['reports']}) = {ratio:.1f}")
    if results:
        record_part("fuse", "memory", results)


if __name__ == "__main__":
    main()
