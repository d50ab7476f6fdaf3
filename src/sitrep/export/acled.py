"""Fused events as rows in ACLED's column layout, so ACLED-based tooling reads sitrep's output unchanged.

Columns and codes follow the ACLED codebook: ``time_precision`` 1 (day), 2 (a few days to a week), 3 (a month
or coarser); ``inter`` codes 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
5 rioters, 6 protesters, 7 civilians, 8 external/other forces; ``interaction`` the two inter codes, lower
first (10, 12, 27 ...; a one-sided event is ``inter1`` * 10). Columns sitrep has no value for stay empty
(``admin3`` unless a gazetteer gave one, ``source_scale``) rather than being guessed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import datetime

from sitrep.export.common import actor_class, citations
from sitrep.fuse.fusion import FusedEvent

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
)

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}

# UN M49 sub-regions, which ACLED's ``region`` column uses, for the countries sitrep covers and their
# neighbours (UN Statistics Division, "Standard country or area codes for statistical use (M49)").
_REGIONS = {
    "Western Africa": (
        "Mali",
        "Burkina Faso",
        "Niger",
        "Nigeria",
        "Mauritania",
        "Senegal",
        "Guinea",
        "Ivory Coast",
        "Côte d'Ivoire",
        "Ghana",
        "Togo",
        "Benin",
        "Gambia",
        "Guinea-Bissau",
        "Sierra Leone",
        "Liberia",
        "Cape Verde",
    ),
    "Northern Africa": ("Libya", "Algeria", "Tunisia", "Morocco", "Egypt", "Sudan"),
    "Middle Africa": ("Chad", "Cameroon", "Central African Republic"),
}
_REGION_OF = {c: r for r, cs in _REGIONS.items() for c in cs}


def inter_code(canonical: str, country: str | None) -> int:
    cls = actor_class(canonical)
    if cls == "state":
        # Another country's forces are "external/other forces" (8) in ACLED.
        # "Military Forces of Mali (2021-)": the country is what follows "of", before any period in brackets.
        whose = canonical.split(" of ", 1)[-1].split(" (", 1)[0].strip().lower()
        return 1 if country and whose == country.lower() else 8
    return {"civilians": 7, "protesters": 6, "rioters": 5, "communal": 4, "unidentified": 3}.get(cls, 2)


def event_row(event: FusedEvent, timestamp: datetime, texts: Mapping[str, str] | None = None) -> dict[str, str]:
    loc = event.location
    country = loc.country if loc else None
    by_role: dict[str, list[str]] = {"actor1": [], "actor2": [], "assoc": []}
    for canonical, role in event.actors:
        by_role[role].append(canonical)
    actor1 = by_role["actor1"][0] if by_role["actor1"] else ""
    actor2 = by_role["actor2"][0] if by_role["actor2"] else ""
    # Extra primary actors beyond the first are associated actors of the same side in ACLED's scheme.
    assoc1 = by_role["actor1"][1:] + by_role["assoc"]
    assoc2 = by_role["actor2"][1:]
    inter1 = inter_code(actor1, country) if actor1 else None
    inter2 = inter_code(actor2, country) if actor2 else None
    if inter1 is not None and inter2 is not None:
        interaction = str(min(inter1, inter2) * 10 + max(inter1, inter2))
    elif inter1 is not None:
        interaction = str(inter1 * 10)
    else:
        interaction = ""
    cites = citations(event, texts)
    notes = event.title
    if cites:
        notes += ". " + " | ".join(c.quote for c in cites if c.quote)
    return {
        "event_id_cnty": event.id,
        "event_date": event.date.isoformat() if event.date else "",
        "year": str(event.date.year) if event.date else "",
        "time_precision": str(_TIME_PRECISION.get(event.date_precision or "", 3)),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type or "",
        "actor1": actor1,
        "assoc_actor_1": "; ".join(assoc1),
        "inter1": "" if inter1 is None else str(inter1),
        "actor2": actor2,
        "assoc_actor_2": "; ".join(assoc2),
        "inter2": "" if inter2 is None else str(inter2),
        "interaction": interaction,
        "region": _REGION_OF.get(country or "", ""),
        "country": country or "",
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "admin3": (loc.admin3 or "") if loc else "",
        "location": loc.name if loc else "",
        "latitude": "" if loc is None or loc.lat is None else f"{loc.lat:.4f}",
        "longitude": "" if loc is None or loc.lon is None else f"{loc.lon:.4f}",
        "geo_precision": str(loc.geo_precision) if loc else "",
        "source": "; ".join(s.title or s.document_id[:12] for s in event.sources),
        "source_scale": "",
        "notes": notes,
        "fatalities": str(event.fatalities or 0),
        "timestamp": str(int(timestamp.timestamp())),
    }


def events_acled_csv(events: Sequence[FusedEvent], timestamp: datetime, texts: Mapping[str, str] | None = None) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(event_row(e, timestamp, texts))
    return buf.getvalue()
