"""Gazetteer build time and size, name lookups and geoparse throughput.

Run: ``python benchmarks/bench_geo.py [--dumps ../shared/gazetteer]``. Builds into a temporary folder.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from figures import peak_rss_mb, record

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

NAMES = [
    "Gao",
    "Kidal",
    "Tessalit",
    "Ménaka",
    "Mopti",
    "Bamako",
    "Niamey",
    "Dori",
    "Djibo",
    "Agadez",
    "Boni",
    "Timbuktu",
    "Talhandak",
    "Ansongo",
    "Nowhere",
]
TEXT = (
    "Clashes between armed men and the army 80 km east of Tessalit, Kidal Region, while an IED hit a convoy "
    "between Boni and Hombori near Douentza. Gunmen also attacked Gao."
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dumps", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gazetteer")
    args = parser.parse_args()
    res: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.sqlite"
        t = time.perf_counter()
        gaz = Gazetteer.build_default(path)
        res["default_build_s"] = round(time.perf_counter() - t, 2)
        res["default_build_mb"] = round(path.stat().st_size / 1e6, 1)
        files = sorted(args.dumps.glob("*.txt")) if args.dumps.exists() else []
        if files:
            t = time.perf_counter()
            counts = gaz.import_geonames(files)
            res["dump_rows_imported"] = sum(counts.values())
            res["dump_import_s"] = round(time.perf_counter() - t, 2)
            res["with_dumps_mb"] = round(path.stat().st_size / 1e6, 1)
        t = time.perf_counter()
        gaz.ids_for("warm-up")
        res["names_into_memory_s"] = round(time.perf_counter() - t, 2)
        n = 50_000
        t = time.perf_counter()
        for i in range(n):
            gaz.ids_for(NAMES[i % len(NAMES)])
        res["exact_lookups_per_s"] = round(n / (time.perf_counter() - t))
        t = time.perf_counter()
        for i in range(2_000):
            gaz.candidates(NAMES[i % len(NAMES)])
        res["scored_candidate_lists_per_s"] = round(2_000 / (time.perf_counter() - t))
        geoparse(TEXT, gaz)  # builds the spatial grid and stop lists once
        t = time.perf_counter()
        for _ in range(200):
            geoparse(TEXT, gaz)
        res["geoparse_texts_per_s"] = round(200 / (time.perf_counter() - t))
        res["geoparse_text_chars"] = len(TEXT)
        res["peak_rss_mb"] = peak_rss_mb()
        gaz.close()
    record("geo", res)


if __name__ == "__main__":
    main()
