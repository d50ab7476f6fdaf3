"""The API under concurrent load through a real uvicorn server: no request may fail (no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_api.py"
ARGS = ["--events", "1500", "--clients", "20", "--seconds", "3", "--rounds", "20", "--no-record", "--json"]


def test_concurrent_clients_get_no_errors() -> None:
    r = subprocess.run(
        [sys.executable, str(BENCH), *ARGS],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    figures = json.loads(r.stdout.strip().splitlines()[-1])
    assert figures["events"] >= 1000
    assert figures["load_clients"] == 20 and figures["load_requests"] > 20
    assert figures["load_errors"] == 0
