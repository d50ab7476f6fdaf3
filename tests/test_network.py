"""The actor network from relation/role statements and fused events, in JSON, GraphML and SVG."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from sitrep.export.cli import network_output
from sitrep.products.network import RenderError, build_network, network_json, network_svg
from sitrep.workbench import Workbench
from test_export_formats import check_golden
from test_export_sample import FIXED_CLOCK, JNIM, XSS_ACTOR, build, documents, relation_statements


@pytest.fixture
def wb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workbench]:
    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    w = build(tmp_path / "sample.db")
    yield w
    w.close()


def test_relations_roles_and_fought_edges_cite_their_text(wb: Workbench) -> None:
    data = json.loads(network_output(wb, "json", None))
    labels = {n["label"] for n in data["nodes"]}
    assert {"Iyad Ag Ghaly", JNIM, "Military Forces of Mali (2021-)", XSS_ACTOR, "Civilians (Mali)"} <= labels
    leader = next(e for e in data["edges"] if e["relation"] == "leader_of")
    assert (leader["source"], leader["target"], leader["start"]) == ("person:Iyad Ag Ghaly", f"actor:{JNIM}", "2017-03")
    assert leader["citations"][0]["quote"] == "Iyad Ag Ghaly has led JNIM since March 2017."
    fought = [e for e in data["edges"] if e["relation"] == "fought"]
    assert len(fought) == 2
    raid = next(e for e in fought if e["source"] == f"actor:{JNIM}")
    assert raid["event"].startswith("evt-") and raid["start"] == "2024-06-03"
    assert {c["quote"] for c in raid["citations"]} >= {"JNIM fighters", "Malian army"}
    assert any(e["relation"] == "role" and e.get("role") == "leader" for e in data["edges"])


def test_golden_json_graphml_svg(wb: Workbench) -> None:
    check_golden("network.json", network_output(wb, "json", None))  # type: ignore[arg-type]
    check_golden("network.graphml", network_output(wb, "graphml", None))  # type: ignore[arg-type]
    check_golden("network.svg", network_output(wb, "svg", None))  # type: ignore[arg-type]


def test_graphml_reads_back(wb: Workbench, tmp_path: Path) -> None:
    path = tmp_path / "n.graphml"
    path.write_text(str(network_output(wb, "graphml", None)), encoding="utf-8")
    g = nx.read_graphml(path)
    assert g.number_of_edges() == 4
    assert all(json.loads(d["citations"]) for _u, _v, d in g.edges(data=True))


def test_svg_shows_names_and_escapes_them(wb: Workbench) -> None:
    svg = str(network_output(wb, "svg", None))
    root = ET.fromstring(svg)  # well-formed despite the payload in an actor's name
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert JNIM in texts and "Iyad Ag Ghaly" in texts and XSS_ACTOR in texts
    assert "<img" not in svg and "&lt;img" in svg
    assert "fought" in texts and "leader_of, role" in texts


def test_about_keeps_the_actor_and_its_neighbours(wb: Workbench) -> None:
    data = json.loads(network_output(wb, "json", "Iyad"))
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {"Iyad Ag Ghaly", JNIM}


def test_png_needs_matplotlib_or_renders(wb: Workbench) -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        with pytest.raises(RenderError, match="matplotlib"):
            network_output(wb, "png", None)
    else:
        assert bytes(network_output(wb, "png", None))[:8] == b"\x89PNG\r\n\x1a\n"


def test_network_from_statements_alone() -> None:
    docs = documents()
    g = build_network(relation_statements(docs), [], {d.id: d.text for d in docs})
    assert sorted(g.nodes) == [f"actor:{JNIM}", "person:Iyad Ag Ghaly"]
    data = network_json(g)
    assert {e["relation"] for e in data["edges"]} == {"leader_of", "role"}
    assert network_svg(g).count("<circle") == 2


def test_unknown_format_and_layout(wb: Workbench) -> None:
    with pytest.raises(RenderError, match="unknown network format"):
        network_output(wb, "dot", None)
    with pytest.raises(RenderError, match="unknown layout"):
        network_output(wb, "svg", None, "hexagonal")
