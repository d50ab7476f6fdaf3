"""The network as a PNG (the optional `graphics` extra, installed by `make test`)."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from sitrep.products.network import network_png

PIL = pytest.importorskip("PIL.Image", reason="Pillow is a dev dependency")


def test_png_draws_every_node() -> None:
    pytest.importorskip("matplotlib", reason="the graphics extra (matplotlib) is not installed")
    g = nx.MultiDiGraph()
    g.add_node("actor:AQIM", label="AQIM", kind="actor")
    g.add_node("person:Abdelmalek Droukdel", label="Abdelmalek Droukdel", kind="person")
    g.add_edge("person:Abdelmalek Droukdel", "actor:AQIM", relation="leader_of", citations=[])
    data = network_png(g)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = PIL.open(io.BytesIO(data)).convert("L")
    dark = sum(1 for px in image.getdata() if px < 128)
    assert dark > 200, "the picture is blank"
