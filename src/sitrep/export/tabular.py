"""ACLED and UCDP GED rows as structured sources that fuse with text reports.

Each row becomes a :class:`Document` (the row's notes, or a description generated from its columns, under a
one-line header naming the dataset and row id; the row itself serialised in ``metadata["row"]``) and one
:class:`EventMention` read straight from the columns: no NLP, so nothing is guessed. Every field of the
mention is supported by the whole body of the document (its evidence span), which is the row's own text.

UCDP GED coding (UCDP GED codebook 23.1): ``type_of_violence`` 1 state-based, 2 non-state, 3 one-sided;
``date_prec`` 1 exact day, 2 two to six days, 3 about a month, 4 two to six months, 5 a year; ``where_prec``
1 exact place, 2 within 25 km, 3 second-order division, 4 first-order division, 5-7 larger. One-sided
violence becomes ACLED's "Violence against civilians / Attack"; other violence "Battles / Armed clash";
"Government of X" is ACLED's "Military Forces of X".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sitrep.errors import InputError, SitrepError
from sitrep.model import EVENT_TYPES, ActorMention, Document, EventMention, Place, Span

ACLED_REQUIRED = ("event_date", "event_type", "actor1")
UCDP_REQUIRED = ("type_of_violence", "side_a", "side_b", "date_start")
_UCDP_DATE_PRECISION = {"1": "day", "2": "week", "3": "month", "4": "season", "5": "year"}
_UCDP_GEO = {"1": (1, 2.0), "2": (2, 25.0), "3": (3, 50.0), "4": (3, 100.0)}
_ACLED_TIME = {"1": "day", "2": "week", "3": "month"}
_ACLED_UNCERTAINTY = {1: 2.0, 2: 15.0, 3: 50.0}


@dataclass(frozen=True, slots=True)
class StructuredRow:
    document: Document
    mention: EventMention


def detect_format(header: list[str]) -> str:
    cols = {h.strip().lower() for h in header}
    if "event_id_cnty" in cols or set(ACLED_REQUIRED) <= cols:
        return "acled"
    if set(UCDP_REQUIRED) <= cols:
        return "ucdp"
    raise InputError(
        "csv",
        "header is neither ACLED (event_id_cnty, event_date ...) nor UCDP GED "
        "(type_of_violence, side_a, side_b, date_start ...)",
    )


def read_rows(path: Path, fmt: str | None = None) -> Iterator[StructuredRow]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise InputError(str(path), "empty CSV file")
    try:
        chosen = fmt or detect_format(list(reader.fieldnames))
    except InputError as exc:
        raise InputError(str(path), exc.reason) from exc
    if chosen not in ("acled", "ucdp"):
        raise InputError(str(path), f"unknown format {chosen!r}: use acled or ucdp")
    for n, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        try:
            yield acled_row(row) if chosen == "acled" else ucdp_row(row)
        except (SitrepError, ValueError, KeyError) as exc:
            raise InputError(str(path), f"bad {chosen.upper()} row ({exc})", line=n) from exc


def _date(value: str) -> date:
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {value!r}")


def _float(value: str) -> float | None:
    return float(value) if value not in ("", "NA") else None


def _int(value: str) -> int | None:
    return int(float(value)) if value not in ("", "NA") else None


def _document(
    header: str, body: str, row: Mapping[str, str], *, source: str, published: date | None, external_id: str, fmt: str
) -> tuple[Document, Span]:
    text = f"{header}\n{body}"
    doc = Document(
        text=text,
        format=fmt,
        title=header,
        source=source or None,
        published=published,
        metadata={"row": json.dumps(dict(row), ensure_ascii=False, sort_keys=True), "external_id": external_id},
    )
    start = len(header) + 1
    return doc, Span(start, len(doc.text))


def _types(event_type: str, sub: str) -> tuple[str, str | None]:
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown ACLED event_type {event_type!r}")
    return event_type, sub if sub in EVENT_TYPES[event_type] else None


def acled_row(row: Mapping[str, str]) -> StructuredRow:
    day = _date(row["event_date"])
    event_type, sub = _types(row["event_type"], row.get("sub_event_type", ""))
    ext = row.get("event_id_cnty") or f"{row.get('country', '')}-{day.isoformat()}"
    body = row.get("notes") or (
        f"{sub or event_type} involving {row['actor1']}"
        + (f" and {row['actor2']}" if row.get("actor2") else "")
        + (f" in {row['location']}" if row.get("location") else "")
        + f" on {day.isoformat()}."
    )
    doc, span = _document(
        f"ACLED {ext} ({day.isoformat()})",
        body,
        row,
        source=row.get("source", ""),
        published=day,
        external_id=ext,
        fmt="acled",
    )
    actors: list[ActorMention] = []
    for col, role in (
        ("actor1", "actor1"),
        ("assoc_actor_1", "assoc"),
        ("actor2", "actor2"),
        ("assoc_actor_2", "assoc"),
    ):
        for name in (x.strip() for x in row.get(col, "").split(";")):
            if name:
                actors.append(ActorMention(name=name, canonical=name, role=role))
    geo = _int(row.get("geo_precision", "")) or 3
    geo = geo if geo in (1, 2, 3) else 3
    lat, lon = _float(row.get("latitude", "")), _float(row.get("longitude", ""))
    place = None
    if row.get("location") or lat is not None:
        place = Place(
            name=row.get("location") or row.get("admin1") or "unnamed",
            country=row.get("country") or None,
            admin1=row.get("admin1") or None,
            admin2=row.get("admin2") or None,
            admin3=row.get("admin3") or None,
            lat=lat,
            lon=lon,
            geo_precision=geo,
            uncertainty_km=_ACLED_UNCERTAINTY[geo],
            how="acled",
        )
    mention = EventMention(
        document_id=doc.id,
        index=0,
        event_type=event_type,
        sub_event_type=sub,
        date=day,
        date_precision=_ACLED_TIME.get(row.get("time_precision", ""), "day"),  # type: ignore[arg-type]
        actors=tuple(actors),
        location=place,
        fatalities=_int(row.get("fatalities", "")),
        evidence=span,
        confidence=1.0,
    )
    return StructuredRow(doc, mention)


def _ucdp_actor(name: str) -> str:
    if name.lower().startswith("government of "):
        return "Military Forces of " + name[len("government of ") :]
    return name


def ucdp_row(row: Mapping[str, str]) -> StructuredRow:
    day = _date(row["date_start"])
    violence = row["type_of_violence"]
    one_sided = violence == "3"
    event_type, sub = ("Violence against civilians", "Attack") if one_sided else ("Battles", "Armed clash")
    side_b = row["side_b"]
    if one_sided and side_b.lower() == "civilians" and row.get("country"):
        side_b = f"Civilians ({row['country']})"
    ext = f"ucdp-ged:{row.get('id') or row.get('relid') or day.isoformat()}"
    deaths = _int(row.get("best", ""))
    body = " ".join(
        x
        for x in (
            row.get("source_headline", ""),
            f"{row.get('dyad_name') or row['side_a'] + ' - ' + row['side_b']}"
            + (f", {row['where_description']}" if row.get("where_description") else "")
            + f", {day.isoformat()}"
            + (f": {deaths} deaths (best estimate)." if deaths is not None else "."),
        )
        if x
    )
    doc, span = _document(
        f"UCDP GED {ext.split(':', 1)[1]} ({day.isoformat()})",
        body,
        row,
        source=row.get("source_office", "") or "UCDP GED",
        published=day,
        external_id=ext,
        fmt="ucdp",
    )
    geo, unc = _UCDP_GEO.get(row.get("where_prec", ""), (3, 200.0))
    lat, lon = _float(row.get("latitude", "")), _float(row.get("longitude", ""))
    place = None
    if lat is not None or row.get("where_coordinates"):
        name = (row.get("where_coordinates") or row.get("adm_2") or row.get("adm_1") or "unnamed").split(",")[0]
        place = Place(
            name=name.strip(),
            country=row.get("country") or None,
            admin1=(row.get("adm_1") or "").removesuffix(" region").removesuffix(" province") or None,
            admin2=(row.get("adm_2") or "").removesuffix(" cercle").removesuffix(" district") or None,
            lat=lat,
            lon=lon,
            geo_precision=geo,
            uncertainty_km=unc,
            how="ucdp-ged",
        )
    mention = EventMention(
        document_id=doc.id,
        index=0,
        event_type=event_type,
        sub_event_type=sub,
        date=day,
        date_precision=_UCDP_DATE_PRECISION.get(row.get("date_prec", ""), "day"),  # type: ignore[arg-type]
        actors=(
            ActorMention(row["side_a"], _ucdp_actor(row["side_a"]), "actor1"),
            ActorMention(row["side_b"], _ucdp_actor(side_b), "actor2"),
        ),
        location=place,
        fatalities=deaths,
        evidence=span,
        confidence=1.0,
    )
    return StructuredRow(doc, mention)
