"""One place that writes benchmark figures: ``benchmarks/latest.json``, one key per benchmark.

Every benchmark prints its figures and records them here, merged with what the other benchmarks wrote, so
`make bench` leaves one file with the whole picture (and the machine it was measured on).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
from pathlib import Path
from typing import Any

LATEST = Path(__file__).resolve().parent / "latest.json"


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def record_part(key: str, part: str, value: Any, path: Path = LATEST) -> None:
    """Store ``value`` as ``part`` of ``key`` (a benchmark that writes its runs one by one), keeping the rest."""
    data = json.loads(path.read_text()) if path.exists() else {}
    data.setdefault(key, {})[part] = value
    data["machine"] = _machine()
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def _machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def record(key: str, figures: dict[str, Any], path: Path = LATEST) -> None:
    """Print ``figures`` and store them under ``key`` in ``path``, keeping the other keys."""
    for k, v in figures.items():
        print(f"{k:34} {v}")
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = figures
    data["machine"] = _machine()
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def throwaway_postgres() -> tuple[str, Any] | None:
    """(URL, server) of a throwaway PostgreSQL started as the store tests start one, or None when the
    server binaries are missing; the caller stops the server."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    try:
        import pgserver
    except ImportError:
        return None
    bindir = pgserver.find_bindir()
    if bindir is None:
        return None
    server = pgserver.LocalServer(bindir)
    server.start()
    return server.url(server.create_database()), server
