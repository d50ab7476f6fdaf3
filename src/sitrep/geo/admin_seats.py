"""Admin areas as event places: an area's seat, the regions a text names, and the fallbacks when no point is named.

Why its own module: ACLED codes a region-level event at the area's seat (geo-precision 3) and an event with no
usable place at the region of the places named or at the country; finding seats needs gazetteer queries that
the ranking of named places does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sitrep.geo.gazetteer import Gazetteer, PlaceRow, admin_display_name
from sitrep.geo.mentions import MentionLike
from sitrep.geo.normalise import normalise_name
from sitrep.geo.report_country import _mention_country, document_country
from sitrep.model import Place


def seat_of(gazetteer: Gazetteer, row: PlaceRow) -> PlaceRow:
    """The seat of an admin area (its PPLA / PPLA2 town), or the area itself when none is known."""
    if row.feature_class != "A" or row.feature_code not in ("ADM1", "ADM2"):
        return row
    code = "PPLA" if row.feature_code == "ADM1" else "PPLA2"
    query = (
        "SELECT geonameid FROM places WHERE country_code = ? AND admin1_code = ? AND feature_code = ?"
        + (" AND admin2_code = ?" if code == "PPLA2" else "")
        + " ORDER BY population DESC, geonameid LIMIT 1"
    )
    args: tuple[str, ...] = (row.country_code, row.admin1_code, code)
    if code == "PPLA2":
        if not row.admin2_code:
            return _namesake_seat(gazetteer, row) or row
        args += (row.admin2_code,)
    got = gazetteer.conn.execute(query, args).fetchone()
    seat = gazetteer.place(int(got[0])) if got else None
    return seat or _namesake_seat(gazetteer, row) or row


def _namesake_seat(gazetteer: Gazetteer, row: PlaceRow) -> PlaceRow | None:
    """The town an area is named after ("Tenenkou Cercle": Ténenkou), for GeoNames areas whose seat carries
    no admin2 code: Sahel districts are named for their seats, and ACLED codes a district at its seat.

    A region's derived point (the default build's mean of its towns) can lie far from its capital, so a
    region looks up to 500 km for the town of its name; a district 150 km."""
    from sitrep.geo.gazetteer import admin_display_name, haversine_km
    from sitrep.geo.normalise import normalise_name

    key = normalise_name(admin_display_name(row.name))
    towns = [
        p
        for p in gazetteer.places(gazetteer.ids_for(key, normalised=True))
        if p.feature_class == "P"
        and p.country_code == row.country_code
        and p.admin1_code == row.admin1_code
        and haversine_km(p.lat, p.lon, row.lat, row.lon) <= (500 if row.feature_code == "ADM1" else 150)
    ]
    if not towns:
        return None
    return min(towns, key=lambda p: (p.feature_code not in ("PPLA", "PPLA2", "PPLA3"), -p.population, p.geonameid))


def _admin_keys(m: MentionLike) -> tuple[str | None, str | None]:
    return (
        normalise_name(m.place.admin1) if m.place.admin1 else None,
        normalise_name(m.place.admin2) if m.place.admin2 else None,
    )


def _named_regions(mentions: Sequence[MentionLike]) -> set[str]:
    """Admin1 names of the admin areas a text names ("Mopti Region", "cercle de Bourem" -> its region)."""
    out: set[str] = set()
    for m in mentions:
        if m.kind == "admin" and m.place.admin1:
            out.add(normalise_name(m.place.admin1))
    return out


def _region_equivalents(key: str) -> set[str]:
    # regions carved out of others while reports were written (Taoudenit from Tombouctou, Menaka from Gao)
    groups = ({"tombouctou", "timbuktu", "taoudenit", "taoudeni"}, {"gao", "menaka"})
    for g in groups:
        if key in g:
            return set(g)
    return {key}


def _best_admin(admins: Sequence[MentionLike]) -> MentionLike:
    # the most specific area named (a district over a region), then the first
    return min(admins, key=lambda m: (0 if m.place.admin2 and "ADM1" not in _feature(m) else 1, m.start))


def _feature(m: MentionLike) -> str:
    cands = getattr(m, "candidates", None)
    return str(cands[0].place.feature_code) if cands else ""


def _seat_mention(gaz: Gazetteer, m: MentionLike) -> Any:
    """An admin mention moved to its area's seat (ACLED's convention for region-level events)."""
    from sitrep.geo.geoparse import GeoMention

    cands = getattr(m, "candidates", None)
    if not cands or cands[0].place.feature_class != "A":
        return m
    area = cands[0].place
    seat = seat_of(gaz, area)
    if seat is area:
        return m
    place = replace(
        m.place,
        lat=seat.lat,
        lon=seat.lon,
        geo_precision=3,
        how=f"{m.place.how}; coded at the area's seat {seat.name} (ACLED geo-precision 3)",
    )
    return GeoMention(m.start, m.end, m.text, place, m.score, "admin", list(cands))


def fallback_location(
    text: str, mentions: Sequence[MentionLike], gazetteer: Gazetteer, *, country_hint: str | None = None
) -> Any:
    """A location for an event whose text names no usable point.

    In order: a named admin area (at its seat), the region shared by most of the places the text names
    (``geo_precision`` 3, no point: the region is known, not where in it), the country (no point).
    Returns a :class:`~sitrep.geo.geoparse.GeoMention` or ``None`` when not even the country is known.
    """
    from sitrep.geo.geoparse import GeoMention

    gaz = gazetteer
    doc_cc = document_country(text, mentions, gaz, country_hint=country_hint)
    admins = [
        m
        for m in mentions
        if m.kind == "admin" and m.place.lat is not None and (not doc_cc or _mention_country(m, gaz) == doc_cc)
    ]
    if admins:
        return _seat_mention(gaz, _best_admin(admins))
    votes: dict[tuple[str, str], int] = {}
    spans: dict[tuple[str, str], MentionLike] = {}
    for m in mentions:
        if m.kind in ("toponym", "relative", "anchor") and m.place.admin1 and m.place.country:
            cc = _mention_country(m, gaz)
            if doc_cc and cc != doc_cc:
                continue
            k = (m.place.country, m.place.admin1)
            votes[k] = votes.get(k, 0) + 1
            spans.setdefault(k, m)
    if votes:
        (country, admin1) = max(sorted(votes), key=lambda k: votes[k])
        m = spans[(country, admin1)]
        place = Place(
            name=admin_display_name(admin1),
            country=country,
            admin1=admin1,
            geo_precision=3,
            how=f"region of the places the text names ({votes[(country, admin1)]} of them)",
        )
        return GeoMention(m.start, m.end, m.text, place, 0.3, "admin", [])
    if doc_cc:
        name = gaz.country_name(doc_cc) or doc_cc
        place = Place(name=name, country=name, geo_precision=3, how="country of the report")
        where = next((m for m in mentions if m.kind == "country" and _mention_country(m, gaz) == doc_cc), None)
        start, end = (where.start, where.end) if where else (0, 0)
        return GeoMention(start, end, text[start:end], place, 0.2, "country", [])
    return None
