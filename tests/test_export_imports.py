"""ACLED and UCDP GED rows imported as structured sources: exact fields, no NLP, fused with text reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.export.cli import import_csv
from sitrep.export.tabular import detect_format, read_rows
from sitrep.workbench import Workbench
from test_export_sample import FIXED_CLOCK, build

# Invented rows in ACLED's and UCDP GED's column layouts (not real records).
ACLED_CSV = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
    "actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,"
    "geo_precision,source,source_scale,notes,fatalities,timestamp\n"
    "MLI9001,2024-06-03,2024,1,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,"
    "Military Forces of Mali (2021-),,1,12,Western Africa,Mali,Gao,Ansongo,,Tessit,15.2000,0.9833,1,Gao Radio,"
    'National,"On 3 June 2024, JNIM militants clashed with FAMa at Tessit. 4 soldiers killed.",4,1719835200\n'
    "MLI9002,10 June 2024,2024,1,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,"
    "Civilians (Mali),,7,37,Western Africa,Mali,Mopti,Bandiagara,,Sangha,14.4700,-3.3000,2,Local source,"
    "Subnational,,1,1719835200\n"
)
UCDP_CSV = (
    "id,relid,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,source_headline,source_office,"
    "where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,country,date_prec,"
    "date_start,date_end,best,high,low\n"
    "999001,MLI-2024-1-1,2024,1,Mali: Government,Government of Mali - JNIM,Government of Mali,JNIM,"
    "Soldiers killed at Tessit,Gao Radio,1,Tessit,Tessit army post,Gao region,Ansongo cercle,15.2,0.9833,Mali,1,"
    "2024-06-03 00:00:00.000,2024-06-03 00:00:00.000,5,6,4\n"
)


@pytest.fixture
def wb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workbench]:
    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    w = build(tmp_path / "sample.db")
    yield w
    w.close()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_detects_the_format_from_the_header() -> None:
    assert detect_format(ACLED_CSV.splitlines()[0].split(",")) == "acled"
    assert detect_format(UCDP_CSV.splitlines()[0].split(",")) == "ucdp"
    with pytest.raises(InputError, match="neither ACLED"):
        detect_format(["a", "b"])


def test_acled_rows_become_exact_mentions(tmp_path: Path) -> None:
    rows = list(read_rows(write(tmp_path, "a.csv", ACLED_CSV)))
    first, second = rows
    m = first.mention
    assert (m.event_type, m.sub_event_type, m.fatalities, m.date.isoformat()) == (
        "Battles",
        "Armed clash",
        4,
        "2024-06-03",
    )
    assert [a.canonical for a in m.actors] == [
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali (2021-)",
    ]
    assert m.location is not None and (m.location.lat, m.location.lon, m.location.admin1) == (15.2, 0.9833, "Gao")
    doc = first.document
    assert "JNIM militants clashed" in doc.text and json.loads(doc.metadata["row"])["event_id_cnty"] == "MLI9001"
    assert m.evidence is not None and doc.text[m.evidence.start : m.evidence.end].startswith("On 3 June 2024")
    # No notes: a description is generated from the columns.
    assert "Attack involving Unidentified Armed Group (Mali) and Civilians (Mali) in Sangha" in second.document.text


def test_ucdp_rows_map_to_acled_types(tmp_path: Path) -> None:
    (row,) = read_rows(write(tmp_path, "u.csv", UCDP_CSV))
    m = row.mention
    assert (m.event_type, m.sub_event_type, m.fatalities) == ("Battles", "Armed clash", 5)
    assert [a.canonical for a in m.actors] == ["Military Forces of Mali", "JNIM"]
    assert m.location is not None and m.location.admin1 == "Gao" and m.location.geo_precision == 1


def test_imported_rows_fuse_with_text_reports(wb: Workbench, tmp_path: Path) -> None:
    before = len(wb.fused_events())
    assert import_csv(wb, write(tmp_path, "a.csv", ACLED_CSV), None) == (2, 0)
    assert import_csv(wb, write(tmp_path, "a.csv", ACLED_CSV), None) == (0, 2)
    events = wb.fused_events()
    assert len(events) == before + 1  # the Tessit row joined the Tessit raid; Sangha is new
    raid = next(e for e in events if e.location and e.location.name == "Tessit")
    assert len(raid.sources) == 3


def test_bad_rows_name_the_line(tmp_path: Path) -> None:
    bad = ACLED_CSV.replace("Battles,Armed clash", "Skirmish,Armed clash", 1)
    with pytest.raises(InputError, match=r"a\.csv:2: bad ACLED row"):
        list(read_rows(write(tmp_path, "a.csv", bad)))
    with pytest.raises(InputError, match="empty CSV"):
        list(read_rows(write(tmp_path, "e.csv", "")))
