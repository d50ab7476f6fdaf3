"""One place that writes benchmark figures: ``benchmarks/latest.json``, one key per benchmark.

Every benchmark prints its figures and records them here, merged with what the other benchmarks wrote, so
`make bench` leaves one file with the whole picture (and the machine it was measured on).
"""

from __future__ import annotations

import json
import os
import platform
import resource
from pathlib import Path
from typing import Any

LATEST = Path(__file__).resolve().parent / "latest.json"


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def record(key: str, figures: dict[str, Any], path: Path = LATEST) -> None:
    """Print ``figures`` and store them under ``key`` in ``path``, keeping the other keys."""
    for k, v in figures.items():
        print(f"{k:34} {v}")
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = figures
    data["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
