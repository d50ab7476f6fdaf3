"""Exports of the sample library: golden files per format, STIX validity and round trip, GeoJSON structure,
escaping of untrusted report text. Regenerate golden files with SITREP_UPDATE_GOLDEN=1 after a deliberate
change, and read the diff before committing it."""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stix2

from sitrep.export.acled import COLUMNS
from sitrep.export.cli import export_text, import_stix
from sitrep.export.common import ExportError
from sitrep.export.stix import ADMIRALTY_TO_STIX, read_bundle
from sitrep.workbench import Workbench
from test_export_sample import FIXED_CLOCK, XSS, XSS_ACTOR, build

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def wb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workbench]:
    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    w = build(tmp_path / "sample.db")
    yield w
    w.close()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("SITREP_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}: run with SITREP_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("json", "events.json"),
        ("geojson", "events.geojson"),
        ("kml", "events.kml"),
        ("acled", "events.acled.csv"),
        ("stix", "events.stix.json"),
    ],
)
def test_golden(wb: Workbench, fmt: str, name: str) -> None:
    check_golden(name, export_text(wb, fmt, None))


def test_exports_are_reproducible_with_a_fixed_clock(wb: Workbench) -> None:
    assert export_text(wb, "stix", None) == export_text(wb, "stix", None)


def validate_rfc7946(obj: Any) -> None:
    """The structural rules of RFC 7946 that a Point FeatureCollection must follow."""
    assert obj["type"] == "FeatureCollection"
    assert isinstance(obj["features"], list)
    for f in obj["features"]:
        assert f["type"] == "Feature"
        assert isinstance(f["properties"], dict)
        assert isinstance(f.get("id", ""), str | int)
        g = f["geometry"]
        assert g["type"] == "Point"
        lon, lat = g["coordinates"][:2]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert len(g["coordinates"]) in (2, 3)
    if "bbox" in obj:
        w, s, e, n = obj["bbox"]
        assert w <= e and s <= n
        for f in obj["features"]:
            lon, lat = f["geometry"]["coordinates"][:2]
            assert w <= lon <= e and s <= lat <= n
    assert "crs" not in obj  # RFC 7946 removed crs: coordinates are always WGS84


def test_geojson_is_rfc7946_lon_lat_and_cites_sources(wb: Workbench) -> None:
    gj = json.loads(export_text(wb, "geojson", None))
    validate_rfc7946(gj)
    tessit = next(f for f in gj["features"] if f["properties"]["title"].startswith("Armed clash in Tessit"))
    assert tessit["geometry"]["coordinates"] == [0.9833, 15.2]  # longitude first
    props = tessit["properties"]
    assert props["fatalities"] == 4 and props["uncertainty_km"] == 5.0 and props["type"] == "Battles"
    assert {c["title"] for c in props["citations"]} == {"Raid on Tessit post", "Tessit attack"}
    assert all(c["quote"] for c in props["citations"])


def test_geojson_about_filters(wb: Workbench) -> None:
    gj = json.loads(export_text(wb, "geojson", "Menaka"))
    assert [f["properties"]["place"] for f in gj["features"]] == ["Menaka"]
    assert json.loads(export_text(wb, "geojson", "Timbuktu"))["features"] == []


def test_stix_parses_and_maps_admiralty_to_confidence(wb: Workbench) -> None:
    text = export_text(wb, "stix", None)
    bundle = stix2.parse(text, allow_custom=True)
    kinds = {o["type"] for o in bundle.objects}
    assert {"report", "identity", "threat-actor", "location", "note", "relationship"} <= kinds
    reports = [o for o in bundle.objects if o["type"] == "report"]
    assert len(reports) == 3
    notes = [o for o in bundle.objects if o["type"] == "note"]
    raid = next(n for n in notes if "Tessit" in n["abstract"])
    type_claim = next(c for c in raid["x_sitrep_event"]["claims"] if c["field"] == "event_type")
    assert raid["confidence"] == ADMIRALTY_TO_STIX[type_claim["credibility"]]
    rels = {o["relationship_type"] for o in bundle.objects if o["type"] == "relationship"}
    assert {"targets", "leader-of"} <= rels


def test_stix_round_trip_keeps_every_claim(wb: Workbench, tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    path.write_text(export_text(wb, "stix", None), encoding="utf-8")
    with Workbench.open(str(tmp_path / "other.db")) as other:
        assert import_stix(other, path) == (3, 0)
        assert import_stix(other, path) == (0, 3)
        before = sorted(json.dumps(e.as_json(), sort_keys=True) for e in wb.fused_events())
        after = sorted(json.dumps(e.as_json(), sort_keys=True) for e in other.fused_events())
        assert before == after
        assert sorted(s.id for s in wb.store.statements()) == sorted(s.id for s in other.store.statements())
        assert {s.name: s.reliability for s in other.store.sources()} == {"Sahel Desk": "B", "Gao Radio": "C"}


def test_stix_import_rejects_garbage() -> None:
    with pytest.raises(ExportError, match="not a STIX"):
        read_bundle("{not json")


def test_kml_escapes_report_text(wb: Workbench) -> None:
    text = export_text(wb, "kml", None)
    assert XSS not in text and "<img" not in text
    root = ET.fromstring(text)  # well-formed despite the payloads
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    descriptions = [d.text or "" for d in root.iterfind(".//k:description", ns)]
    assert any(XSS in d for d in descriptions)  # kept as text, escaped on the way out
    coords = [c.text for c in root.iterfind(".//k:coordinates", ns)]
    assert "0.9833,15.2,0" in coords


def test_acled_csv_has_acled_columns_and_codes(wb: Workbench) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(wb, "acled", None))))
    assert tuple(rows[0].keys()) == COLUMNS
    raid = next(r for r in rows if r["location"] == "Tessit")
    assert raid["actor1"] == "JNIM: Group for Support of Islam and Muslims"
    assert (raid["inter1"], raid["inter2"], raid["interaction"]) == ("2", "1", "12")
    assert raid["fatalities"] == "4" and raid["region"] == "Western Africa" and raid["time_precision"] == "1"
    abduction = next(r for r in rows if r["location"] == "Menaka")
    assert abduction["actor1"] == XSS_ACTOR and abduction["inter2"] == "7"


def test_unknown_format_is_a_clear_error(wb: Workbench) -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        export_text(wb, "xlsx", None)
