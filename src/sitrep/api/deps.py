"""What every route needs: the workbench, the lock around it, and id checks."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException, Request

from sitrep.workbench import Workbench


@contextmanager
def workbench(request: Request) -> Iterator[Workbench]:
    """The app's workbench, held exclusively for one call (spaCy and the SQLite connection are shared)."""
    lock: threading.RLock = request.app.state.lock
    with lock:
        yield request.app.state.workbench


def check_id(value: str, pattern: re.Pattern[str], what: str) -> str:
    """``value`` if it has the exact shape of ``what``; else 400 before anything touches the store."""
    if not pattern.fullmatch(value):
        raise HTTPException(status_code=400, detail=f"not a valid {what}")
    return value
