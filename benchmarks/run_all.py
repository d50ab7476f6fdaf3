"""`make bench`: every benchmark in its own process, figures merged into benchmarks/latest.json.

Each benchmark measures its baseline in the same run (bare spaCy tokenisation next to extraction, one
Dask worker next to two, sequential next to parallel), so the ratios hold on whatever machine runs them.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUNS: list[list[str]] = [
    ["bench_extract.py"],
    ["bench_geo.py"],
    ["bench_ingest.py", "--docs", "1000"],
    ["bench_fuse.py"],
]


def main() -> int:
    failed = []
    for args in RUNS:
        script = HERE / args[0]
        if not script.exists():
            continue
        print(f"\n== {' '.join(args)}", flush=True)
        t0 = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *args[1:]], cwd=HERE.parent)
        print(f"== {args[0]}: exit {code} in {time.perf_counter() - t0:.1f}s", flush=True)
        if code:
            failed.append(args[0])
    print(f"\nfigures: {HERE / 'latest.json'}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
