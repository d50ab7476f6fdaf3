"""Products over HTTP: infobox, brief, timeline, map, network, ACH, persons and exports, and how they are served."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api_fixtures import library  # noqa: F401  (a fixture)
from sitrep.api.app import create_app
from sitrep.api.security import Tokens
from sitrep.workbench import Workbench

ANALYST = "analyst-token-0123456789"
READER = "reader-token-0123456789"
HYPOTHESES = """\
hypotheses:
  - id: H1
    text: JNIM carried out the attack on the army camp
  - id: H2
    text: The Islamic State in the Greater Sahara carried out the attack
evidence:
  - match: attack camp soldiers killed
    ratings: {H1: C, H2: I}
"""


@pytest.fixture(scope="module")
def client(library: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:  # noqa: F811
    gaz = tmp_path_factory.getbasetemp() / "data-dir" / "gazetteer.sqlite"
    with Workbench.open(library, gazetteer_path=gaz) as wb:
        yield TestClient(
            create_app(wb, Tokens(analyst=ANALYST, read=READER)), headers={"Authorization": f"Bearer {READER}"}
        )


@pytest.fixture(scope="module")
def top(client: TestClient) -> dict[str, object]:
    return client.get("/api/events").json()["items"][0]


def _inert(r: object) -> None:
    headers = r.headers  # type: ignore[attr-defined]
    assert headers["x-content-type-options"] == "nosniff"
    csp = headers["content-security-policy"]
    assert "sandbox" in csp and "script-src" not in csp and "default-src 'none'" in csp


def test_infobox_fields_cite_verbatim_spans(client: TestClient, top: dict[str, object]) -> None:
    box = client.get(f"/api/events/{top['id']}/infobox").json()
    assert box["fields"] and box["references"]
    numbers = {r["n"] for r in box["references"]}
    assert all(set(f["cites"]) <= numbers for f in box["fields"])
    for ref in box["references"]:
        text = client.get(f"/api/documents/{ref['document_id']}").json()["text"]
        assert text[ref["start"] : ref["end"]] == ref["quote"]
    html = client.get(f"/api/events/{top['id']}/infobox", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html") and "<table>" in html.text
    _inert(html)


def test_event_brief_formats(client: TestClient, top: dict[str, object]) -> None:
    md = client.get(f"/api/events/{top['id']}/brief")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# ") and "## Events" in md.text and "## References" in md.text
    _inert(md)
    html = client.get(f"/api/events/{top['id']}/brief", params={"format": "html"})
    assert "<h2>Events</h2>" in html.text and "<script" not in html.text
    _inert(html)
    data = client.get(f"/api/events/{top['id']}/brief", params={"format": "json"}).json()
    assert data["sections"][0]["heading"] == "Events"
    cited = {n for s in data["sections"] for line in s["lines"] for n in line["cites"]}
    assert cited and cited <= {r["n"] for r in data["references"]}
    bad = client.get(f"/api/events/{top['id']}/brief", params={"format": "pdf"})
    assert bad.status_code == 422 and "format" in bad.json()["error"]


def test_brief_about_a_query(client: TestClient) -> None:
    r = client.get("/api/brief", params={"about": "Talahandak", "format": "json"})
    assert r.status_code == 200 and r.json()["sections"][0]["lines"]
    missing = client.get("/api/brief", params={"about": "zzqxnotaword"})
    assert missing.status_code == 404 and missing.json()["error"]
    assert client.get("/api/brief").status_code == 422


def test_timeline_json_and_svg(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    dates = [e["date"] for e in data["entries"]]
    assert dates and dates == sorted(dates)
    assert {e["cite"] for e in data["entries"]} <= {r["n"] for r in data["references"]}
    svg = client.get("/api/timeline", params={"format": "svg"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and svg.text.lstrip().startswith("<svg")
    _inert(svg)


def test_map_geojson(client: TestClient) -> None:
    r = client.get("/api/map.geojson")
    assert r.headers["content-type"].startswith("application/geo+json")
    gj = r.json()
    assert gj["type"] == "FeatureCollection" and gj["features"]
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in gj["features"] if f.get("geometry"))
    few = client.get("/api/map.geojson", params={"about": "Talahandak"}).json()
    assert 1 <= len(few["features"]) <= len(gj["features"])


def test_network_formats(client: TestClient) -> None:
    g = client.get("/api/network").json()
    assert g["nodes"] and g["edges"]
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["citations"] for e in g["edges"])
    graphml = client.get("/api/network", params={"format": "graphml"})
    assert graphml.headers["content-type"].startswith("application/graphml+xml") and "<graphml" in graphml.text
    svg = client.get("/api/network", params={"format": "svg"})
    assert svg.status_code == 200 and "<svg" in svg.text and "<script" not in svg.text
    _inert(svg)
    assert client.get("/api/network", params={"format": "png"}).status_code == 422
    assert client.get("/api/network", params={"layout": "../x"}).status_code == 422


def test_ach_from_a_yaml_body(client: TestClient) -> None:
    r = client.post(
        "/api/ach", params={"format": "json"}, content=HYPOTHESES, headers={"Content-Type": "application/yaml"}
    )
    assert r.status_code == 200, r.text  # the read token may compute: nothing is written
    m = r.json()
    assert sorted(m["ranking"]) == ["H1", "H2"] and m["rows"]
    assert m["rows"][0]["ratings"] == {"H1": "C", "H2": "I"}
    md = client.post("/api/ach", content=HYPOTHESES)
    assert md.text.startswith("# Analysis of Competing Hypotheses")
    _inert(md)


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ("", 422, "request body"),
        ("hypotheses: [", 400, "not valid YAML"),
        ("hypotheses: []", 400, "non-empty"),
        ("hypotheses:\n  - id: H1\n", 400, "'id' and a 'text'"),
    ],
)
def test_ach_bad_bodies_are_one_line_errors(client: TestClient, body: str, status: int, words: str) -> None:
    r = client.post("/api/ach", content=body)
    assert r.status_code == status and words in r.json()["error"]
    assert "/tmp" not in r.json()["error"] and "sitrep-ach" not in r.json()["error"]


def test_ach_too_large(client: TestClient) -> None:
    r = client.post("/api/ach", content=b"# " + b"x" * (300 * 1024))
    assert r.status_code == 413 and "too large" in r.json()["error"]


def test_persons_with_role_claims(client: TestClient) -> None:
    people = client.get("/api/persons").json()
    assert people and all(p["names"] and p["claims"] for p in people)
    first = people[0]
    one = client.get(f"/api/persons/{first['names'][-1]}").json()
    assert one["name"] == first["name"]
    assert {c["status"] for c in one["claims"]} <= {"corroborated", "single-source", "contested"}
    assert client.get("/api/persons/Nobody Ofthisname Atall").status_code == 404


@pytest.mark.parametrize(
    ("fmt", "media", "suffix"),
    [
        ("stix", "application/stix+json", ".stix.json"),
        ("acled", "text/csv", ".acled.csv"),
        ("geojson", "application/geo+json", ".geojson"),
        ("kml", "application/vnd.google-earth.kml+xml", ".kml"),
        ("json", "application/json", ".json"),
    ],
)
def test_export_downloads(client: TestClient, fmt: str, media: str, suffix: str) -> None:
    r = client.get("/api/export", params={"format": fmt, "about": "Talahandak / Mali"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith(f'{suffix}"')
    assert "/" not in disposition.split("filename=")[1].strip('"')
    if fmt in ("stix", "geojson", "json"):
        json.loads(r.text)


def test_export_unknown_format(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "xlsx"})
    assert r.status_code == 422 and "stix" in r.json()["error"]


def test_products_need_a_token_and_bad_ids_are_refused(client: TestClient) -> None:
    anon = TestClient(client.app)
    assert anon.get("/api/persons").status_code == 401
    assert anon.post("/api/ach", content=HYPOTHESES).status_code == 401
    assert client.get("/api/events/..%2Fetc/brief").status_code in (400, 404)
    assert client.get("/api/events/evt-00000000/infobox").status_code == 404
