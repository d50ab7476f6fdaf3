"""The actor network of the two real reports, ingested through the Workbench and read back through the CLI.

Unlike tests/test_network.py (hand-made statements), every edge here comes from the extractor, so these
checks fail when relation extraction or name resolution regresses on real prose. Canonical names are
looked up in the actor knowledge file, not written here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from conftest import CORPUS, needs_shared
from sitrep.export.cli import network_output
from sitrep.nlp.actors import load_kb
from sitrep.workbench import Workbench

pytestmark = needs_shared


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("network-corpus") / "corpus.db")
    with Workbench.open(path) as wb:
        report = wb.ingest_paths(sorted(CORPUS.glob("*.txt")))
        assert not report.errors
    return path


@pytest.fixture(scope="module")
def canon() -> dict[str, str]:
    """Alias to canonical actor name, as the knowledge file says (e.g. ISGS to ACLED's name)."""
    return {alias: key for alias, key in load_kb().patterns}


@pytest.fixture(scope="module")
def cli_graph(db: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`sitrep network --format json` run as a user runs it: a separate process on the stored database."""
    env = {**os.environ, "SITREP_DATA_DIR": str(tmp_path_factory.mktemp("data-dir"))}
    env.pop("SITREP_DB", None)
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "--db", db, "network", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout))


def _edges(graph: dict[str, Any], source: str, target: str, relation: str) -> list[dict[str, Any]]:
    return [e for e in graph["edges"] if (e["source"], e["target"], e["relation"]) == (source, target, relation)]


def _texts(db: str) -> dict[str, str]:
    with Workbench.open(db) as wb:
        return {d.id: d.text for d in wb.store.documents()}


def test_cli_edges_leaders_membership_and_rivalry(cli_graph: dict[str, Any], canon: dict[str, str]) -> None:
    aqim, jnim, isgs = (f"actor:{canon[a]}" for a in ("AQIM", "JNIM", "ISGS"))
    assert _edges(cli_graph, "person:Abdelmalek Droukdel", aqim, "leader_of")
    assert _edges(cli_graph, aqim, jnim, "part_of")
    assert _edges(cli_graph, "person:Iyad Ag Ghaly", jnim, "leader_of")
    assert _edges(cli_graph, jnim, isgs, "rival_of")


def test_every_edge_quotes_its_document_verbatim(cli_graph: dict[str, Any], db: str) -> None:
    texts = _texts(db)
    assert cli_graph["edges"]
    for e in cli_graph["edges"]:
        assert e["citations"], e
        for c in e["citations"]:
            assert texts[c["document_id"]][c["start"] : c["end"]] == c["quote"]


def test_names_resolve_to_one_canonical_node(cli_graph: dict[str, Any], canon: dict[str, str], db: str) -> None:
    labels = [n["label"] for n in cli_graph["nodes"]]
    assert len(labels) == len(set(labels))
    # "Droukdel" alone and "Abdelmalek Droukdel" are one person; both reports' leader claims land on it.
    assert [x for x in labels if "Droukdel" in x] == ["Abdelmalek Droukdel"]
    leader = _edges(cli_graph, "person:Abdelmalek Droukdel", f"actor:{canon['AQIM']}", "leader_of")[0]
    assert len({c["document_id"] for c in leader["citations"]}) == 2
    # "IS in the Greater Sahara (ISGS)" in the text is the canonical ISGS node, not a node of its own.
    assert not {"ISGS", "IS in the Greater Sahara", "IS in the Greater Sahara (ISGS)"} & set(labels)
    rival = _edges(cli_graph, f"actor:{canon['JNIM']}", f"actor:{canon['ISGS']}", "rival_of")[0]
    assert any("IS in the Greater Sahara (ISGS" in c["quote"] for c in rival["citations"])


def test_killed_in_points_at_the_fused_event(db: str) -> None:
    with Workbench.open(db) as wb:
        primary = wb.fused_events()[0]
        graph = json.loads(str(network_output(wb, "json", None)))
    killed = [e for e in graph["edges"] if e["relation"] == "killed_in" and "Droukdel" in e["source"]]
    # Dated by the raid, the announcement or not at all, every "killed" sentence is the same event.
    assert [e["target"] for e in killed] == [f"event:{primary.id}"]
    assert len({c["document_id"] for c in killed[0]["citations"]}) == 2
    node = next(n for n in graph["nodes"] if n["id"] == f"event:{primary.id}")
    assert node["label"] == primary.title


def test_about_filter_keeps_the_group_and_its_neighbours(db: str, canon: dict[str, str]) -> None:
    with Workbench.open(db) as wb:
        graph = json.loads(str(network_output(wb, "json", "JNIM")))
    ids = {n["id"] for n in graph["nodes"]}
    assert {f"actor:{canon['JNIM']}", f"actor:{canon['ISGS']}", "person:Iyad Ag Ghaly"} <= ids
    assert "actor:" + canon["AQIM"] in ids  # part of JNIM
