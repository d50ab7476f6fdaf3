"""Ingest throughput: sequential, and through Dask with 1 and 2 workers, on the same templated reports.

Two figures per configuration: *cold* is one ``sitrep ingest`` as a user runs it (the extractor or the
cluster and its workers' extractors are built inside the timing); *warm* leaves start-up out (a sequential
workbench with its extractor built; a cluster whose workers already built theirs, reached by address) and is
what a long ingest converges to. Each ingest run writes a fresh SQLite store and files the documents into the
fused-event view, so the driver's writes and fusing are part of those figures. *Extract* is the workers alone
(batches extracted and gathered, nothing stored): ``dask_efficiency_2w`` is its speed-up from one worker to
two divided by two, the figure the ≥ 80 % target is about; ``dask_ingest_efficiency_2w`` is the same ratio
end to end, where the driver's serial writes and fusing also compete for the same two cores.
Figures go to stdout and into benchmarks/latest.json under "ingest" (other keys are kept).
Run: ``python benchmarks/bench_ingest.py [--docs N]``.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from distributed import Client, LocalCluster, as_completed
from figures import record

from sitrep.ingest.parallel import batches, ensure_gazetteer, extract_batch, ingest_parallel, warm_worker
from sitrep.workbench import IngestReport, Workbench

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ("Gao", "Mopti", "Timbuktu", "Kidal", "Menaka", "Segou", "Sikasso", "Kayes", "Douentza", "Bandiagara")
MONTHS = ("January", "March", "May", "July", "September", "November")


def write_reports(folder: Path, n: int) -> list[Path]:
    rng = random.Random(5)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        text = (
            f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {2015 + i % 8} gunmen attacked a market in "
            f"{rng.choice(TOWNS)}, Mali, killing {rng.randint(2, 60)} people. Incident {i}.\n"
        )
        p = folder / f"r{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def _timed(tmp: Path, name: str, run: Callable[[Workbench], IngestReport], *, warm_extractor: bool = False) -> float:
    """Docs stored per second by ``run`` on a fresh store (the extractor built first when ``warm_extractor``)."""
    with Workbench.open(str(tmp / f"{name}.db"), gazetteer_path=ensure_gazetteer(Workbench(None))) as wb:
        if warm_extractor:
            wb.extractor  # noqa: B018  (built outside the timing)
        t0 = time.perf_counter()
        report = run(wb)
        elapsed = time.perf_counter() - t0
    return len(report.added) / elapsed


def _parallel(
    wb: Workbench, *, paths: list[Path], workers: int | None = None, scheduler: str | None = None
) -> IngestReport:
    return ingest_parallel(wb, paths, workers=workers, scheduler=scheduler)


def _extract_only(client: Client, paths: list[Path], gazetteer: str) -> float:
    """Docs extracted per second by the cluster's workers, results gathered on the driver and nothing stored:
    the extraction figure the efficiency target is about (the driver's writes and fusing are serial)."""
    chunks = batches([str(p) for p in paths])
    t0 = time.perf_counter()
    futures = [client.submit(extract_batch, chunk, gazetteer, frozenset(), pure=False) for chunk in chunks]
    docs = sum(len(fr.extracted) for _f, batch in as_completed(futures, with_results=True) for fr in batch)
    return docs / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        paths = write_reports(tmp / "reports", args.docs)
        warmup = write_reports(tmp / "warmup", 50)
        res: dict[str, object] = {
            "docs": args.docs,
            "cpus": os.cpu_count(),
            "load_avg_1m": round(os.getloadavg()[0], 2),
        }

        res["sequential_cold_docs_per_s"] = round(_timed(tmp, "seq-cold", lambda wb: wb.ingest_paths(paths)), 1)
        seq_warm = _timed(tmp, "seq-warm", lambda wb: wb.ingest_paths(paths), warm_extractor=True)
        res["sequential_warm_docs_per_s"] = round(seq_warm, 1)

        warm: dict[int, float] = {}
        extract: dict[int, float] = {}
        gazetteer = str(ensure_gazetteer(Workbench(None)))
        for workers in (1, 2):
            cold = _timed(tmp, f"cold{workers}", partial(_parallel, paths=paths, workers=workers))
            res[f"dask_{workers}w_cold_docs_per_s"] = round(cold, 1)
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            try:
                with Client(cluster) as client:
                    address = cluster.scheduler_address
                    # every worker builds its extractor outside the timing
                    client.gather(
                        [
                            client.submit(warm_worker, gazetteer, workers=[w], allow_other_workers=False, pure=False)
                            for w in client.scheduler_info()["workers"]
                        ]
                    )
                    _timed(tmp, f"warmup{workers}", partial(_parallel, paths=warmup, scheduler=address))
                    extract[workers] = _extract_only(client, paths, gazetteer)
                    warm[workers] = _timed(tmp, f"warm{workers}", partial(_parallel, paths=paths, scheduler=address))
            finally:
                cluster.close()
            res[f"dask_{workers}w_extract_docs_per_s"] = round(extract[workers], 1)
            res[f"dask_{workers}w_warm_docs_per_s"] = round(warm[workers], 1)
        res["dask_extract_speedup_2w_over_1w"] = round(extract[2] / extract[1], 2)
        res["dask_efficiency_2w"] = round(extract[2] / extract[1] / 2, 2)
        res["dask_ingest_speedup_2w_over_1w"] = round(warm[2] / warm[1], 2)
        res["dask_ingest_efficiency_2w"] = round(warm[2] / warm[1] / 2, 2)
        res["dask_1w_warm_vs_sequential_warm"] = round(warm[1] / seq_warm, 2)

    record("ingest", res)


if __name__ == "__main__":
    main()
