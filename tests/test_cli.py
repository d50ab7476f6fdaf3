"""End to end through the real command line: ingest, events, show, search, extract, bad input."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, DEV, EXAMPLES, needs_dev, needs_shared

TALAHANDAK = (20.20, 1.78)  # about 80 km east of Tessalit (20.201 N, 1.012 E), checked against the test below


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=600,
    )


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_reference_point_is_80km_east_of_tessalit() -> None:
    assert 75 <= km((20.201, 1.012), TALAHANDAK) <= 85


def test_help_everywhere() -> None:
    for cmd in ([], ["ingest"], ["extract"], ["events"], ["show"], ["search"], ["merges"], ["sources", "set"]):
        r = run(*cmd, "--help")
        assert r.returncode == 0, r.stderr
        assert "Usage" in r.stdout


@needs_shared
def test_corpus_fuses_into_one_talahandak_event(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    r = run("--db", db, "ingest", *[str(p) for p in sorted(CORPUS.glob("*.txt"))])
    assert r.returncode == 0, r.stderr
    assert "2 added" in r.stdout
    r = run("--db", db, "events", "--json")
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout)
    matching = [e for e in events if e["date"] == "2020-06-03"]
    assert len(matching) == 1, [(e["date"], e["location"]) for e in events]
    ev = matching[0]
    loc = ev["location"]
    assert loc["name"].lower() in ("talahandak", "talhandak")
    assert loc["admin1"] == "Kidal"
    assert loc["country"] == "Mali"
    assert km((loc["lat"], loc["lon"]), TALAHANDAK) <= 30
    assert ev["fatalities"] == 4
    assert ev["captured"] == 1
    canon = " | ".join(a["canonical"] for a in ev["actors"])
    assert "France" in canon
    assert "AQIM" in canon or "Islamic Maghreb" in canon
    assert len({s["document_id"] for s in ev["sources"]}) == 2
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for claim in ev["claims"]:
        for e in claim["evidence"]:
            assert any(e["quote"] == t[e["start"] : e["end"]] for t in texts.values()), e


@needs_shared
def test_ingest_is_idempotent(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    assert run("--db", db, "ingest", *files).returncode == 0
    before = run("--db", db, "status").stdout
    r = run("--db", db, "ingest", *files)
    assert r.returncode == 0
    assert "0 added, 2 already stored" in r.stdout
    assert run("--db", db, "status").stdout == before


def test_bundled_examples_fuse_into_one_event(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    files = [str(p) for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".md") and p.name != "README.md"]
    r = run("--db", db, "ingest", *files)
    assert r.returncode == 0, r.stderr
    events = json.loads(run("--db", db, "events", "--json").stdout)
    top = events[0]
    assert top["date"] == "2020-06-03"
    assert top["fatalities"] == 4
    assert len(top["sources"]) >= 3
    r = run("--db", db, "show", "1")
    assert r.returncode == 0, r.stderr
    assert "2020-06-03" in r.stdout


def test_search_finds_and_survives_hostile_queries(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    run("--db", db, "ingest", str(EXAMPLES / "wire-droukdel-killed.txt"))
    r = run("--db", db, "search", "Droukdel")
    assert r.returncode == 0 and "Droukdel" in r.stdout
    for q in ['AQIM"', "(", "-foo", "NEAR(", "*"]:
        r = run("--db", db, "search", "--", q)
        assert r.returncode == 0, (q, r.stderr)


def test_bad_inputs_fail_cleanly_and_keep_good_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("On 4 May 2021 gunmen attacked a market near Mopti, Mali, killing three traders.\n")
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "bad-utf8.txt"
    latin.write_bytes("Tombouctou, d\xe9c".encode("latin-1") + b"\xff\xfe\x00bad")
    pdf = tmp_path / "truncated.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Ty")
    jsonl = tmp_path / "notes.jsonl"
    jsonl.write_text(
        '{"id": "a", "text": "Gunmen killed two herders near Gao, Mali.", "published": "2021-05-03"}\n'
        "this is not json\n"
    )
    huge = tmp_path / "huge.txt"
    with huge.open("w") as f:
        line = "A long report line about the Sahel that repeats to make a very large file.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    db = str(tmp_path / "t.db")
    r = run("--db", db, "ingest", str(good), str(png), str(empty), str(latin), str(pdf), str(jsonl), str(huge))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    named = " ".join(errors)
    for f in (png, empty, latin, pdf, huge):
        assert str(f) in named, (f, r.stderr)
    assert f"{jsonl}:2" in named
    assert "2 added" in r.stdout  # good.txt and the good JSONL line


@needs_dev
def test_extract_writes_schema_lines(tmp_path: Path) -> None:
    src = DEV / "acled-mali-2017.inputs.jsonl"
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(src.read_text(encoding="utf-8").splitlines(keepends=True)[:25]))
    outp = tmp_path / "preds.jsonl"
    r = run("extract", str(sample), "-o", str(outp))
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in outp.read_text().splitlines()]
    assert len(lines) == 25
    assert all("id" in line and isinstance(line["events"], list) for line in lines)
    coded = [line["events"][0] for line in lines if line["events"]]
    assert len(coded) >= 20
    for ev in coded:
        assert ev["event_type"] and "actors" in ev and "location" in ev


def test_unknown_event_is_one_line_error(tmp_path: Path) -> None:
    r = run("--db", str(tmp_path / "t.db"), "show", "evt-doesnotexist")
    assert r.returncode == 1
    assert r.stderr.strip().startswith("error:")
    assert "Traceback" not in r.stderr


def test_not_a_database_is_one_line_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello, I am not a database\n" * 10)
    r = run("--db", str(bogus), "events")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("cmd", "expected"), [(["events"], "no events yet"), (["status"], "documents"), (["events", "--json"], "[]")]
)
def test_empty_store_commands(tmp_path: Path, cmd: list[str], expected: str) -> None:
    r = run("--db", str(tmp_path / "empty.db"), *cmd)
    assert r.returncode == 0, r.stderr
    assert expected in r.stdout
