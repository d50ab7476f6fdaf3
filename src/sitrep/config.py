"""Where sitrep keeps its files.

One data directory holds everything sitrep writes (the default database, the gazetteer, caches):
``SITREP_DATA_DIR`` if set, else ``$XDG_DATA_HOME/sitrep``, else ``~/.local/share/sitrep``. The database can
be chosen separately with ``--db PATH`` or ``SITREP_DB`` (a path or an SQLAlchemy URL).
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    explicit = os.environ.get("SITREP_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "sitrep"


def database_url(db: str | None = None) -> str:
    """An SQLAlchemy URL from ``--db``, else ``SITREP_DB``, else the default file in the data directory."""
    chosen = db or os.environ.get("SITREP_DB")
    if chosen and "://" in chosen:
        return chosen
    path = Path(chosen).expanduser() if chosen else data_dir() / "sitrep.db"
    return f"sqlite:///{path}"


def gazetteer_path() -> Path:
    """The gazetteer's own SQLite file (built separately from the event store)."""
    explicit = os.environ.get("SITREP_GAZETTEER")
    return Path(explicit).expanduser() if explicit else data_dir() / "gazetteer.sqlite"
