"""Gazetteer build time and size, name lookups and geoparse throughput.

Run: ``python benchmarks/bench_geo.py [--dumps ../shared/gazetteer]``. Builds into a temporary folder.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

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
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.sqlite"
        t = time.perf_counter()
        gaz = Gazetteer.build_default(path)
        print(f"default build: {time.perf_counter() - t:.1f}s, {path.stat().st_size / 1e6:.1f} MB")
        files = sorted(args.dumps.glob("*.txt")) if args.dumps.exists() else []
        if files:
            t = time.perf_counter()
            counts = gaz.import_geonames(files)
            print(
                f"import {sum(counts.values()):,} rows: {time.perf_counter() - t:.1f}s, "
                f"{path.stat().st_size / 1e6:.1f} MB"
            )
        t = time.perf_counter()
        gaz.ids_for("warm-up")
        print(f"names table into memory: {time.perf_counter() - t:.2f}s")
        n = 50_000
        t = time.perf_counter()
        for i in range(n):
            gaz.ids_for(NAMES[i % len(NAMES)])
        print(f"exact lookups: {n / (time.perf_counter() - t):,.0f}/s")
        t = time.perf_counter()
        for i in range(2_000):
            gaz.candidates(NAMES[i % len(NAMES)])
        print(f"scored candidate lists: {2_000 / (time.perf_counter() - t):,.0f}/s")
        geoparse(TEXT, gaz)  # builds the spatial grid and stop lists once
        t = time.perf_counter()
        for _ in range(200):
            geoparse(TEXT, gaz)
        print(f"geoparse: {200 / (time.perf_counter() - t):,.0f} texts/s ({len(TEXT)} chars)")
        gaz.close()


if __name__ == "__main__":
    main()
