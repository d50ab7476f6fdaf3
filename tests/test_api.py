"""The REST API through FastAPI's TestClient: uploads, filters, evidence, tokens, traversal, hostile text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_fixtures import HOSTILE, library  # noqa: F401  (a fixture)
from sitrep.api.app import create_app
from sitrep.api.security import ConfigError, Tokens, check_bind
from sitrep.workbench import Workbench

ANALYST = "analyst-token-0123456789"
READER = "reader-token-0123456789"
TALAHANDAK_BOX = "1.5,19.9,2.1,20.5"


@pytest.fixture
def workbench(library: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workbench]:  # noqa: F811
    gaz = tmp_path_factory.getbasetemp() / "data-dir" / "gazetteer.sqlite"
    with Workbench.open(library, gazetteer_path=gaz) as wb:
        yield wb


@pytest.fixture
def client(workbench: Workbench) -> TestClient:
    return TestClient(create_app(workbench))


@pytest.fixture
def secured(workbench: Workbench) -> TestClient:
    return TestClient(create_app(workbench, Tokens(analyst=ANALYST, read=READER)))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_event_list_and_filters(client: TestClient) -> None:
    page = client.get("/api/events").json()
    assert page["total"] >= 1
    top = page["items"][0]
    assert top["date"] == "2020-06-03" and "claims" not in top
    assert client.get("/api/events", params={"bbox": TALAHANDAK_BOX}).json()["total"] >= 1
    assert client.get("/api/events", params={"bbox": "-10,10,-5,12"}).json()["total"] == 0
    assert client.get("/api/events", params={"date_from": "2020-06-04"}).json()["items"] == [
        e
        for e in client.get("/api/events", params={"limit": 1000}).json()["items"]
        if (e["date"] or "") >= "2020-06-04"
    ]
    assert client.get("/api/events", params={"date_to": "2019-01-01"}).json()["total"] == 0
    france = client.get("/api/events", params={"actor": "france"}).json()
    assert france["total"] >= 1 and all(any("France" in a for a in e["actors"]) for e in france["items"])
    assert client.get("/api/events", params={"actor": "nobody-at-all"}).json()["total"] == 0
    kind = top["sub_event_type"] or top["event_type"]
    typed = client.get("/api/events", params={"type": kind}).json()["items"]
    assert top["id"] in [e["id"] for e in typed]
    assert top["id"] in [e["id"] for e in client.get("/api/events", params={"q": "Talahandak"}).json()["items"]]
    assert client.get("/api/events", params={"q": "zzqxnotaword"}).json()["total"] == 0
    paged = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert len(paged["items"]) <= 1 and paged["total"] == page["total"]


def test_event_list_serves_summary_rows(client: TestClient) -> None:
    from sitrep.store.fused import SUMMARY_FIELDS

    page = client.get("/api/events", params={"limit": 1000}).json()
    assert set(page) == {"total", "total_is_estimate", "offset", "items", "next_cursor"}
    assert page["total_is_estimate"] is False and page["total"] == len(page["items"]) and page["next_cursor"] is None
    for e in page["items"]:
        assert set(e) == set(SUMMARY_FIELDS)
        assert all(isinstance(a, str) for a in e["actors"]) and e["n_sources"] >= 1
    detail = client.get(f"/api/events/{page['items'][0]['id']}").json()
    assert detail["title"] == page["items"][0]["title"] and len(detail["sources"]) == page["items"][0]["n_sources"]


def test_bad_cursor_is_a_json_error(client: TestClient) -> None:
    r = client.get("/api/events", params={"after": "not-a-cursor"})
    assert r.status_code == 422 and "cursor" in r.json()["error"]


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "0,50,1,40", "0,0,500,1"])
def test_bad_bbox_is_a_json_error(client: TestClient, bbox: str) -> None:
    r = client.get("/api/events", params={"bbox": bbox})
    assert r.status_code == 422 and "bbox" in r.json()["error"]


def test_event_detail_quotes_are_the_document_text(client: TestClient) -> None:
    top = client.get("/api/events").json()["items"][0]
    event = client.get(f"/api/events/{top['id']}").json()
    assert {c["status"] for c in event["claims"]} <= {"corroborated", "single-source", "contested"}
    texts: dict[str, str] = {}
    checked = 0
    for claim in event["claims"]:
        for ev in claim["evidence"]:
            doc_id = ev["document_id"]
            if doc_id not in texts:
                texts[doc_id] = client.get(f"/api/documents/{doc_id}").json()["text"]
            assert texts[doc_id][ev["start"] : ev["end"]] == ev["quote"]
            checked += 1
    assert checked >= 3


def test_documents_list_and_detail(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert len(docs) >= 4 and all("text" not in d for d in docs)
    one = client.get(f"/api/documents/{docs[0]['id'][:12]}").json()
    assert one["id"] == docs[0]["id"] and len(one["text"]) == docs[0]["length"]
    assert client.get("/api/documents/" + "0" * 64).status_code == 404


def test_search(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Talahandak"}).json()
    assert hits and all("document_id" in h for h in hits)
    assert client.get("/api/search", params={"q": '"); DROP TABLE documents; --'}).status_code == 200


def test_upload_good_twice_then_hostile_text_comes_back_verbatim(client: TestClient) -> None:
    files = {"file": ("gao report.txt", HOSTILE.encode(), "text/plain")}
    r = client.post("/api/documents", files=files)
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["added"]) == 1 and body["added"][0]["origin"] == "upload:gao_report.txt"
    doc_id = body["added"][0]["id"]
    again = client.post("/api/documents", files=files).json()
    assert again["added"] == [] and again["already_stored"][0]["id"] == doc_id
    got = client.get(f"/api/documents/{doc_id}")
    assert got.headers["content-type"].startswith("application/json")
    assert "<script>window.__xss=1</script>" in got.json()["text"]
    assert '<img src=x onerror="window.__xss=1">' in got.json()["text"]


def test_upload_too_big(client: TestClient) -> None:
    big = b"word " * (21 * 1024 * 1024 // 5)
    r = client.post("/api/documents", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413 and "too large" in r.json()["error"]


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("report.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, 415),
        ("report.exe", b"MZ\x90\x00" + b"\x00" * 100, 415),
        ("report.pdf", b"not a pdf at all, just words", 415),
        ("empty.txt", b"   \n", 422),
    ],
)
def test_upload_refuses_bad_files(client: TestClient, name: str, data: bytes, status: int) -> None:
    r = client.post("/api/documents", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == status, r.text
    assert r.json()["error"]


def test_upload_without_file_is_json_error(client: TestClient) -> None:
    r = client.post("/api/documents")
    assert r.status_code == 422 and "error" in r.json()


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/documents/../../etc/passwd",
        "/api/documents/ABCDEF123456",
        "/api/events/..%2F..%2Fetc",
        "/api/events/1",
        "/static/..%2F..%2Fapi%2Fapp.py",
        "/static/../api/app.py",
        "/static/%2e%2e/%2e%2e/model.py",
    ],
)
def test_path_traversal_is_refused(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert b"import" not in r.content and b"root:" not in r.content


def test_bad_ids_in_writes(client: TestClient) -> None:
    assert client.delete("/api/judgements/..%2Fx").status_code in (400, 404)
    assert client.delete("/api/judgements/j-0000000000000000").status_code == 404
    r = client.post("/api/merges/mention:zz/mention:yy/unmerge")
    assert r.status_code == 400 and "mention id" in r.json()["error"]


def test_unmerge_then_undo(client: TestClient) -> None:
    machine = [j for j in client.get("/api/merges").json() if j["verdict"] == "positive" and not j["by_analyst"]]
    assert machine
    j = machine[0]
    before = client.get("/api/events").json()["total"]
    r = client.post(f"/api/merges/{j['left']}/{j['right']}/unmerge", json={"analyst": "tester", "reason": "distinct"})
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["verdict"] == "negative" and made["decided_by"] == "analyst:tester"
    assert client.get("/api/events").json()["total"] >= before
    assert client.delete(f"/api/judgements/{made['id']}").json() == {"removed": made["id"]}
    assert client.get("/api/events").json()["total"] == before


def test_sources_grade(client: TestClient) -> None:
    r = client.put("/api/sources/Test Wire", json={"reliability": "b"})
    assert r.status_code == 200 and r.json()["reliability"] == "B"
    assert any(s["name"] == "Test Wire" for s in client.get("/api/sources").json())
    assert client.put("/api/sources/Test Wire", json={"reliability": "Z"}).status_code == 422


def test_tokens_and_roles(secured: TestClient) -> None:
    assert secured.get("/api/events").status_code == 401
    assert secured.get("/api/events", headers=bearer("wrong-token-0123456789")).status_code == 401
    assert secured.get("/api/events", headers={"Authorization": ANALYST}).status_code == 401
    assert secured.get("/api/events", headers=bearer(READER)).status_code == 200
    r = secured.put("/api/sources/Test Wire", json={"reliability": "C"}, headers=bearer(READER))
    assert r.status_code == 403 and "analyst" in r.json()["error"]
    assert secured.put("/api/sources/Test Wire", json={"reliability": "C"}, headers=bearer(ANALYST)).status_code == 200
    assert secured.post("/api/documents", headers=bearer(READER)).status_code == 403
    # The UI's files hold no data and stay reachable so a browser can load the page and ask for the token.
    assert secured.get("/").status_code == 200
    assert secured.get("/static/js/main.js").status_code == 200


def test_ui_headers_and_offline_docs(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "<script>" not in r.text  # module scripts only, loaded from files
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/events/{event_id}" in spec["paths"] and "/api/documents" in spec["paths"]


def test_no_inner_html_in_the_ui() -> None:
    static = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "web" / "static" / "js"
    for js in static.glob("*.js"):
        text = js.read_text()
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "eval(" not in text, js.name


def test_bind_rules() -> None:
    check_bind("127.0.0.1", Tokens())
    check_bind("::1", Tokens())
    check_bind("0.0.0.0", Tokens(analyst=ANALYST))
    with pytest.raises(ConfigError, match="without a token"):
        check_bind("0.0.0.0", Tokens())
    with pytest.raises(ConfigError, match="16 characters"):
        check_bind("127.0.0.1", Tokens(analyst="short"))


def test_serve_refuses_public_host_without_token(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "SITREP_DATA_DIR": str(tmp_path), "COLUMNS": "200"}
    r = subprocess.run(
        [sys.executable, "-m", "sitrep", "--db", str(tmp_path / "t.db"), "serve", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "without a token" in r.stderr
