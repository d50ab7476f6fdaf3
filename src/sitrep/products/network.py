"""The actor network: who leads, belongs to, allies with or fought whom, every edge citing its text.

Nodes are actors, persons and events (``actor:<name>``, ``person:<name>``, ``event:<id>``); edges come from
``relation.*`` statements (subject to object), ``person.role`` statements (person to organisation, the
role kept on the edge) and fused events (each actor1 to each actor2 of one event: a ``fought`` edge carrying
the event id). A :class:`networkx.MultiDiGraph` keeps two different relations between one pair apart.

The SVG is drawn here rather than by a plotting library: it needs no optional dependency, its text is
escaped by the XML serialiser, and with the circular layout the same graph always gives the same bytes.
PNG needs matplotlib, an optional extra (``pip install 'sitrep[graphics]'``).
"""

from __future__ import annotations

import io
import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import networkx as nx

from sitrep.errors import SitrepError
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Statement

RELATION_PREFIX = "relation."
KINDS = ("actor", "person", "event")
_COLOURS = {"actor": "#c0392b", "person": "#2471a3", "event": "#7f8c8d"}


class RenderError(SitrepError):
    """A network format cannot be produced here (e.g. PNG without matplotlib)."""


def _node(graph: nx.MultiDiGraph, kind: str, name: str) -> str:
    kind = kind if kind in KINDS else "actor"
    node = f"{kind}:{name}"
    if node not in graph:
        graph.add_node(node, kind=kind, label=name)
    return node


def _cite(s: Statement, texts: Mapping[str, str]) -> dict[str, Any]:
    text = texts.get(s.document_id, "")
    return {"document_id": s.document_id, "start": s.start, "end": s.end, "quote": text[s.start : s.end]}


# A death is often announced, or acknowledged by the group, some days after it happened: a "killed"
# sentence dated this long after an event its document reports still refers to that event.
ANNOUNCEMENT_DAYS = 30


def _fused_event(obj: str, s: Statement, events: Sequence[FusedEvent]) -> FusedEvent | None:
    """The fused event a ``relation.*`` object of kind event names (``event:<date>`` or ``event:doc:<id>``).

    Only events the statement's own document reports are candidates: same date first, then the most
    important one (events come ranked) dated no later than the sentence and within ANNOUNCEMENT_DAYS.
    An undated object (``event:doc:…``) means the document's main event.
    """
    mine = [e for e in events if any(r.document_id == s.document_id for r in e.sources)]
    when = obj.removeprefix("event:")
    try:
        day = date.fromisoformat(when)
    except ValueError:
        return mine[0] if mine and when.startswith("doc:") else None
    same = [e for e in mine if e.date == day]
    if same:
        return same[0]
    earlier = [e for e in mine if e.date and 0 <= (day - e.date).days <= ANNOUNCEMENT_DAYS]
    return earlier[0] if earlier else None


def _event_label(obj: str) -> str:
    """An event no fused event matches keeps a readable name: "event on 2020-06-05", "event in report …"."""
    when = obj.removeprefix("event:")
    if when.startswith("doc:"):
        return f"event in report {when[4:16]}"
    return f"event on {when}"


def build_network(
    statements: Iterable[Statement], events: Sequence[FusedEvent], texts: Mapping[str, str]
) -> nx.MultiDiGraph:
    """The graph of ``statements`` (only ``relation.*`` and ``person.role`` are read) and ``events``.

    ``texts`` maps document id to its text, for the quotes. One claim stated by several documents is one
    edge with several citations.
    """
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str, str | None, str | None], dict[str, Any]] = {}

    def edge(src: str, dst: str, relation: str, start: str | None, end: str | None, **extra: Any) -> dict[str, Any]:
        key = (src, dst, relation, start, end)
        if key not in edges:
            edges[key] = {"relation": relation, "start": start, "end": end, "citations": [], **extra}
        return edges[key]

    for s in statements:
        kind, _, name = s.subject.partition(":")
        if not name or not isinstance(s.value, dict):
            continue
        if s.property.startswith(RELATION_PREFIX):
            obj = str(s.value.get("object") or "")
            if not obj:
                continue
            src = _node(g, kind, name)
            obj_kind = str(s.value.get("object_kind") or "actor")
            fused = _fused_event(obj, s, events) if obj_kind == "event" else None
            if fused is not None:
                dst = _node(g, "event", fused.id)
                g.nodes[dst]["label"] = fused.title or fused.id
            else:
                dst = _node(g, obj_kind, _event_label(obj) if obj_kind == "event" else obj)
            start, end = s.value.get("start"), s.value.get("end")
            if fused is not None:  # one edge per person and event, whichever sentence dated it
                start = end = fused.date.isoformat() if fused.date else None
            e = edge(src, dst, s.property[len(RELATION_PREFIX) :], start, end)
            e["citations"].append(_cite(s, texts))
        elif s.property == "person.role" and s.value.get("organisation"):
            src = _node(g, "person", name)
            dst = _node(g, "actor", str(s.value["organisation"]))
            e = edge(src, dst, "role", None, None, role=str(s.value.get("role") or ""))
            e["citations"].append(_cite(s, texts))
    for ev in events:
        a1 = [c for c, r in ev.actors if r == "actor1"]
        a2 = [c for c, r in ev.actors if r == "actor2"]
        if not (a1 and a2):
            continue
        day = ev.date.isoformat() if ev.date else None
        for x in a1:
            for y in a2:
                e = edge(_node(g, "actor", x), _node(g, "actor", y), "fought", day, day, event=ev.id)
                e["title"] = ev.title
                for claim in ev.claims:
                    if claim.field == "actors" and claim.value["canonical"] in (x, y):
                        for evd in claim.evidence():
                            c = evd.as_json()
                            if c not in e["citations"]:
                                e["citations"].append(c)
    for (src, dst, _rel, _s, _e), attrs in sorted(edges.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        attrs["citations"].sort(key=lambda c: (c["document_id"], c["start"], c["end"]))
        g.add_edge(src, dst, **attrs)
    return g


def filter_network(g: nx.MultiDiGraph, keep: Iterable[str]) -> nx.MultiDiGraph:
    """The nodes in ``keep`` and their direct neighbours (``--about``: a group and who it deals with)."""
    core = {n for n in keep if n in g}
    nodes = set(core)
    for n in core:
        nodes.update(g.successors(n))
        nodes.update(g.predecessors(n))
    return g.subgraph(nodes).copy()


def network_json(g: nx.MultiDiGraph) -> dict[str, Any]:
    nodes = [{"id": n, "kind": d["kind"], "label": d["label"]} for n, d in sorted(g.nodes(data=True))]
    edges = []
    for u, v, d in g.edges(data=True):
        item = {"source": u, "target": v, "relation": d["relation"], "start": d.get("start"), "end": d.get("end")}
        for extra in ("event", "title", "role"):
            if extra in d:
                item[extra] = d[extra]
        item["citations"] = d["citations"]
        edges.append(item)
    edges.sort(key=lambda e: (e["source"], e["target"], e["relation"], str(e["start"]), str(e.get("event"))))
    return {"nodes": nodes, "edges": edges}


def network_graphml(g: nx.MultiDiGraph) -> str:
    """GraphML allows scalar attributes only: citations travel as a JSON string, missing dates as ""."""
    flat: nx.MultiDiGraph = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        flat.add_node(n, **d)
    for u, v, d in g.edges(data=True):
        attrs = {k: ("" if val is None else val) for k, val in d.items() if k != "citations"}
        attrs["citations"] = json.dumps(d["citations"], ensure_ascii=False, sort_keys=True)
        flat.add_edge(u, v, **attrs)
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def layout(g: nx.MultiDiGraph, kind: str = "circular") -> dict[str, tuple[float, float]]:
    if not len(g):
        return {}
    nodes = sorted(g.nodes)
    if kind == "spring":
        pos = nx.spring_layout(nx.Graph(g.to_undirected()), seed=7)
        return {n: (float(pos[n][0]), float(pos[n][1])) for n in nodes}
    if kind != "circular":
        raise RenderError(f"unknown layout {kind!r}: use circular or spring")
    # Computed here (not nx.circular_layout) so the coordinates never depend on numpy's rounding.
    step = 2 * math.pi / len(nodes)
    return {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(nodes)}


def network_svg(g: nx.MultiDiGraph, *, layout_kind: str = "circular", size: int = 900) -> str:
    pos = layout(g, layout_kind)
    margin = 120
    half = (size - 2 * margin) / 2
    # Labels run outwards from the circle; the canvas is wider than tall so long names are not cut off.
    width = size + 2 * max((7 * len(str(d["label"])) for _n, d in g.nodes(data=True)), default=0)

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return round(width / 2 + x * half, 1), round(size / 2 - y * half, 1)

    ET.register_namespace("", "http://www.w3.org/2000/svg")
    ns = "{http://www.w3.org/2000/svg}"
    svg = ET.Element(f"{ns}svg", width=str(width), height=str(size), viewBox=f"0 0 {width} {size}")
    ET.SubElement(svg, f"{ns}rect", width="100%", height="100%", fill="#ffffff")
    defs = ET.SubElement(svg, f"{ns}defs")
    marker = ET.SubElement(
        defs,
        f"{ns}marker",
        id="arrow",
        viewBox="0 0 10 10",
        refX="20",
        refY="5",
        markerWidth="6",
        markerHeight="6",
        orient="auto-start-reverse",
    )
    ET.SubElement(marker, f"{ns}path", d="M 0 0 L 10 5 L 0 10 z", fill="#555")
    edges_g = ET.SubElement(svg, f"{ns}g", {"class": "edges"})
    # Parallel edges (a leader who also holds a role) share one line and one label, so labels never overlap.
    pairs: dict[tuple[str, str], list[str]] = {}
    for u, v, d in g.edges(data=True):
        label = d["relation"] + (f" ({d['event']})" if d.get("event") else "")
        pairs.setdefault((u, v), []).append(label)
    for (u, v), labels in sorted(pairs.items()):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        line = ET.SubElement(edges_g, f"{ns}line", x1=str(x1), y1=str(y1), x2=str(x2), y2=str(y2), stroke="#999")
        line.set("stroke-width", "1.5")
        line.set("marker-end", "url(#arrow)")
        ET.SubElement(line, f"{ns}title").text = "; ".join(sorted(labels))
        label = ET.SubElement(
            edges_g, f"{ns}text", x=str(round((x1 + x2) / 2, 1)), y=str(round((y1 + y2) / 2 - 3, 1)), fill="#555"
        )
        label.set("font-size", "10")
        label.set("text-anchor", "middle")
        label.text = ", ".join(sorted({x.split(" (", 1)[0] for x in labels}))
    nodes_g = ET.SubElement(svg, f"{ns}g", {"class": "nodes"})
    for n, d in sorted(g.nodes(data=True)):
        x, y = xy(n)
        circle = ET.SubElement(nodes_g, f"{ns}circle", cx=str(x), cy=str(y), r="8", fill=_COLOURS[d["kind"]])
        ET.SubElement(circle, f"{ns}title").text = n
        text = ET.SubElement(
            nodes_g, f"{ns}text", x=str(round(x + (12 if x >= width / 2 else -12), 1)), y=str(round(y + 4, 1))
        )
        text.set("font-size", "12")
        text.set("font-family", "sans-serif")
        text.set("text-anchor", "start" if x >= width / 2 else "end")
        text.text = d["label"]
    return ET.tostring(svg, encoding="unicode") + "\n"


def network_png(g: nx.MultiDiGraph, *, layout_kind: str = "circular") -> bytes:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RenderError(
            "PNG output needs matplotlib, an optional extra: pip install 'sitrep[graphics]' "
            "(or use --format svg, which needs nothing)"
        ) from exc
    pos = layout(g, layout_kind)
    fig, ax = plt.subplots(figsize=(10, 10))
    colours = [_COLOURS[d["kind"]] for _n, d in g.nodes(data=True)]
    nx.draw_networkx(
        g, pos=pos, ax=ax, node_color=colours, labels={n: d["label"] for n, d in g.nodes(data=True)}, font_size=8
    )
    ax.set_axis_off()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()
