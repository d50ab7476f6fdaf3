"""Portable SQL conditions the dialects share: exact prefixes, ``LIKE`` escaping and bounding boxes.

Why apart from :mod:`sitrep.store.dialect_base`: these are plain functions of a column or table that
every backend builds on (the base default, SQLite's and PostgreSQL's overrides alike), not part of the
interface a backend implements.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.sql.schema import Table


def like_escape(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def lon_ranges(bbox: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    minlon, _minlat, maxlon, _maxlat = bbox
    return [(minlon, maxlon)] if minlon <= maxlon else [(minlon, 180.0), (-180.0, maxlon)]


def bbox_exact(table: Table, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
    _minlon, minlat, _maxlon, maxlat = bbox
    lons = [table.c.lon.between(lo, hi) for lo, hi in lon_ranges(bbox)]
    return and_(table.c.lat.between(minlat, maxlat), or_(*lons))


def prefix_range(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return column.startswith(prefix, autoescape=True)
    upper = prefix[:-1] + chr(last + 1)
    return (column >= prefix) & (column < upper)
