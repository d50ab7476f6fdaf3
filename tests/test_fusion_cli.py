"""Fusion through the real command line on the two real reports of ../shared/corpus, plus reports written here.

The corpus is ingested once per module (one subprocess) and each test works on its own copy of that database.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, needs_shared
from sitrep.workbench import Workbench

pytestmark = needs_shared

THIRD = """Title: Local sources dispute French toll at Talahandak
Source: Kidal Community Radio
Published: 2020-06-06

Community leaders in the Kidal region of Mali said that seven fighters were killed when French forces attacked \
a camp of al-Qaeda in the Islamic Maghreb near Talahandak on 3 June 2020.
"""

OTHER = """Title: Clash near Menaka
Source: Reuters
Published: 2021-03-13

Malian soldiers clashed with gunmen near Menaka in Mali on 12 March 2021; two soldiers were killed, the army said.
"""


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "sitrep", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    return r


def events(db: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = json.loads(run(db, "events", "--json").stdout)
    return out


def claims(event: dict[str, Any], field: str) -> list[dict[str, Any]]:
    return [c for c in event["claims"] if c["field"] == field]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    os.environ.setdefault("SITREP_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data-dir"))
    db = tmp_path_factory.mktemp("fusion-cli") / "corpus.db"
    r = run(db, "ingest", *[str(p) for p in sorted(CORPUS.glob("*.txt"))])
    assert "2 added" in r.stdout
    return db


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    shutil.copy(corpus_db, copy)
    return copy


def test_corpus_is_one_event_corroborated_despite_spellings(db: Path) -> None:
    (event,) = [e for e in events(db) if e["date"] == "2020-06-03"]
    assert len(event["sources"]) == 2
    for field in ("date", "location", "fatalities"):
        (claim,) = claims(event, field)
        assert claim["status"] == "corroborated", field
        assert len({e["document_id"] for e in claim["evidence"]}) == 2, field
    spellings = {e["quote"] for e in claims(event, "location")[0]["evidence"]}
    assert len(spellings) == 2  # the two reports spell the place differently and still agree
    (captured,) = claims(event, "captured")
    assert captured["status"] == "single-source"
    shown = json.loads(run(db, "show", event["id"][:12], "--json").stdout)
    assert shown == event
    with Workbench.open(str(db)) as wb:
        texts = {d: wb.document(d).text for d in {s["document_id"] for s in event["sources"]}}
    for claim in event["claims"]:
        for ev in claim["evidence"]:
            assert texts[ev["document_id"]][ev["start"] : ev["end"]] == ev["quote"]


def test_toufik_chaib_role_is_two_differing_quoted_claims(db: Path) -> None:
    with Workbench.open(str(db)) as wb:
        person = wb.person("Toufik Chaib")
        roles = [c.as_json() for c in person.claims]
        texts = {d.id: d.text for d in wb.store.documents()}
    assert len(roles) == 2 and {c["status"] for c in roles} == {"contested"}
    assert len({c["evidence"][0]["document_id"] for c in roles}) == 2
    joined = " | ".join(c["value"]["role"] for c in roles)
    assert "JNIM media apparatus" in joined and "propaganda" in joined
    for c in roles:
        for ev in c["evidence"]:
            assert texts[ev["document_id"]][ev["start"] : ev["end"]] == ev["quote"]


def test_new_reports_update_the_view_incrementally_and_judgements_revert(db: Path, tmp_path: Path) -> None:
    third, other = tmp_path / "third.txt", tmp_path / "other.txt"
    third.write_text(THIRD, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    before = {e["id"] for e in events(db)}
    with Workbench.open(str(db)) as wb:
        wb.refresh_events()
        stats = wb.maintainer.stats
        assert stats.fused == 0  # the view was already current: nothing recomputed
        wb.ingest_paths([third])
        assert (stats.documents, stats.fused) == (1, 1)  # only the Talahandak event was fused again
        wb.ingest_paths([other])
        assert (stats.documents, stats.fused) == (2, 2)  # the Menaka clash is a new event on its own
        assert stats.loaded_mentions <= 2  # the corpus event's two mentions, nothing else
    after = events(db)
    assert len(after) == len(before) + 1
    (raid,) = [e for e in after if e["date"] == "2020-06-03"]
    fat = claims(raid, "fatalities")
    assert {c["value"] for c in fat} == {4, 7} and {c["status"] for c in fat} == {"contested"}
    assert raid["fatalities"] == 4 and "conservative" in raid["explanations"]["fatalities"]
    (menaka,) = [e for e in after if e["date"] == "2021-03-12"]
    assert len(menaka["sources"]) == 1

    corpus_mentions = [m for m in raid["mentions"]]
    merges = json.loads(run(db, "merges", "--json").stdout)
    link = next(j for j in merges if {j["left"], j["right"]} <= set(corpus_mentions))
    run(db, "unmerge", link["left"], link["right"], "--reason", "test")
    split = [e for e in events(db) if e["date"] == "2020-06-03"]
    assert len(split) == 2 and all(len(e["mentions"]) < 3 for e in split)
    mine = next(j for j in json.loads(run(db, "merges", "--json").stdout) if j["decided_by"] == "analyst:analyst")
    run(db, "forget", mine["id"])
    (restored,) = [e for e in events(db) if e["date"] == "2020-06-03"]
    assert restored["id"] == raid["id"]
