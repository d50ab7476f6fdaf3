"""A `sitrep ingest` killed with SIGKILL mid-run leaves a consistent store, and running it again finishes the job.

The reports are one-sentence templates, so ten thousand of them extract in a minute or two on two cores;
the point is the number of transactions interrupted and resumed, not the extractor.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.ingest.parallel import document_with_statements, ensure_gazetteer, worker_extractor
from sitrep.store import Store
from sitrep.workbench import Workbench
from test_parallel_ingest import write_reports

N_REPORTS = 10_000
KILL_AFTER = 300
"""Documents stored before the kill: enough that the writer is in full flow, few enough to leave most undone."""


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return _count(db, "SELECT count(*) FROM documents")
    except sqlite3.OperationalError:  # schema not created yet, or the writer holds it for a moment
        return 0


def _check_consistent(db: Path) -> None:
    """Opens, every statement's document exists, ids are unique, and no claim is stored twice."""
    Store.open(f"sqlite:///{db}").close()
    assert _count(db, "SELECT count(*) FROM statements WHERE document_id NOT IN (SELECT id FROM documents)") == 0
    assert _count(db, "SELECT count(*) FROM documents") == _count(db, "SELECT count(DISTINCT id) FROM documents")
    assert _count(db, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM statements)") == 0
    duplicated = """SELECT count(*) FROM (SELECT 1 FROM statements
        GROUP BY subject, property, value, document_id, start, "end" HAVING count(*) > 1)"""
    assert _count(db, duplicated) == 0
    assert _integrity_ok(db)


def _integrity_ok(db: Path) -> bool:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        conn.close()


def _check_complete_documents(db: Path, gazetteer: Path, sample: int) -> None:
    """Stored documents carry exactly the statements a fresh extraction gives: none was half written.

    The last documents written before the kill are always checked, plus a random sample of the others.
    """
    extractor = worker_extractor(str(gazetteer))
    with Store.open(f"sqlite:///{db}") as store:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            last = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY ingested_at DESC LIMIT 20")]
            every = [r[0] for r in conn.execute("SELECT id FROM documents")]
        finally:
            conn.close()
        rest = sorted(set(every) - set(last))
        chosen = last + random.Random(3).sample(rest, min(sample, len(rest)))
        for doc_id in chosen:
            doc = store.get_document(doc_id)
            fresh = {s.id for s in document_with_statements(extractor, doc).statements}
            assert {s.id for s in store.statements(document_id=doc_id)} == fresh, doc_id


def _ingest_command(db: Path, folder: Path, options: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "sitrep", "--db", str(db), "ingest", *options, str(folder)]


@pytest.mark.slow
@pytest.mark.parametrize("options", [(), ("--workers", "2")], ids=["sequential", "dask-2-workers"])
def test_kill_9_mid_ingest_then_rerun_finishes_exactly_once(tmp_path: Path, options: tuple[str, ...]) -> None:
    """Sequential: one transaction per document. Dask: the driver writes a batch per transaction and the whole
    process group (driver, scheduler, workers) is killed at once."""
    folder = tmp_path / "reports"
    write_reports(folder, N_REPORTS, seed=11)
    gazetteer = ensure_gazetteer(Workbench(None))  # the CLI would build it; do it before the clock starts
    db = tmp_path / "crash.db"
    env = {**os.environ, "SITREP_GAZETTEER": str(gazetteer)}

    with (tmp_path / "first.err").open("wb") as err:
        proc = subprocess.Popen(
            _ingest_command(db, folder, options),
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
            start_new_session=True,  # its own process group, so Dask's workers die with it
        )
        deadline = time.monotonic() + 300
        try:
            while _stored_count(db) < KILL_AFTER:
                assert proc.poll() is None, (tmp_path / "first.err").read_text()
                assert time.monotonic() < deadline, "ingest stored too little in 5 minutes"
                time.sleep(0.1)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # no cleanup, no rollback handler, no atexit
            proc.wait()
    assert proc.returncode == -9

    stored_before = _stored_count(db)
    assert KILL_AFTER <= stored_before < N_REPORTS
    _check_consistent(db)
    _check_complete_documents(db, gazetteer, sample=40)

    done = subprocess.run(_ingest_command(db, folder, options), capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"{N_REPORTS - stored_before} added, {stored_before} already stored, 0 failed"), summary

    assert _count(db, "SELECT count(*) FROM documents") == N_REPORTS
    _check_consistent(db)
    _check_complete_documents(db, gazetteer, sample=40)
