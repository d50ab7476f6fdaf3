"""Familiar short forms of towns ("Ouaga" for Ouagadougou), read from ``geo/data/short_forms.csv``.

Why its own data: GeoNames does not list every short form the press uses, and a short form of a capital is
close enough in spelling to a village ("Outaga") for fuzzy matching to pick the village. Each row cites a
source; the file is read at lookup time, so it applies to any gazetteer file without a rebuild.
"""

from __future__ import annotations

import csv
import io
from functools import cache

from sitrep.geo.gazetteer_schema import _data_text
from sitrep.geo.normalise import normalise_name

__all__ = ["short_form_targets"]


@cache
def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(_data_text("short_forms.csv"))):
        if not (row.get("short") and row.get("full") and row.get("country") and row.get("source")):
            continue  # every fact must cite a source
        out.setdefault(normalise_name(row["short"]), []).append((row["country"].upper(), normalise_name(row["full"])))
    return {k: tuple(v) for k, v in out.items()}


def short_form_targets(key: str) -> tuple[tuple[str, str], ...]:
    """``(country code, normalised full name)`` pairs a normalised short form stands for (none for most keys)."""
    return _table().get(key, ())
