"""Parallel ingest: workers extract, the driver writes, and the store ends up as the sequential path leaves it."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from sitrep.errors import SitrepError
from sitrep.ingest import parallel
from sitrep.ingest.parallel import (
    FileResult,
    batches,
    dask_client,
    ensure_gazetteer,
    extract_batch,
    ingest_parallel,
    stored_document_ids,
    write_results,
)
from sitrep.workbench import IngestReport, Workbench

TOWNS = ("Gao", "Mopti", "Timbuktu", "Kidal", "Menaka", "Segou", "Sikasso", "Kayes", "Douentza", "Bandiagara")
ATTACKERS = ("Gunmen", "Suspected jihadists", "Unidentified armed men", "Bandits")
TARGETS = ("a market", "a village", "a checkpoint", "a convoy")
MONTHS = ("January", "March", "May", "July", "September", "November")


def report_text(i: int, rng: random.Random) -> str:
    """A one-sentence incident report; ``i`` is in the text so every report has its own content id."""
    when = f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {2015 + i % 8} " if i % 3 == 0 else ""
    who = rng.choice(ATTACKERS)
    return (
        f"{when}{who.lower() if when else who} attacked {rng.choice(TARGETS)} in {rng.choice(TOWNS)}, Mali, "
        f"killing {rng.randint(2, 60)} people. Incident {i}.\n"
    )


def write_reports(folder: Path, n: int, *, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        p = folder / f"r{i:05d}.txt"
        p.write_text(report_text(i, rng), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A default gazetteer built once for the module (the driver builds it; workers only open it)."""
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    wb = Workbench(None, gazetteer_path=path)
    ensure_gazetteer(wb)
    return path


def test_batches_cover_every_path_once() -> None:
    paths = [f"f{i}" for i in range(53)]
    chunks = batches(paths, 20)
    assert [len(c) for c in chunks] == [20, 20, 13]
    assert [p for c in chunks for p in c] == paths
    with pytest.raises(SitrepError):
        batches(paths, 0)


def test_extract_batch_reports_errors_and_skips_known(tmp_path: Path, gazetteer: Path) -> None:
    good = write_reports(tmp_path / "in", 3)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    first = extract_batch([str(p) for p in [*good, empty, missing]], str(gazetteer))
    assert [fr.path for fr in first] == [str(p) for p in [*good, empty, missing]]
    assert all(len(fr.extracted) == 1 and not fr.errors for fr in first[:3])
    assert [len(fr.errors) for fr in first[3:]] == [1, 1]
    assert "empty" in str(first[3].input_errors()[0])
    assert all(fr.extracted[0].statements and fr.extracted[0].events >= 1 for fr in first[:3])

    known = {first[0].extracted[0].document.id}
    again = extract_batch([str(p) for p in good], str(gazetteer), known)
    assert [d.id for d in again[0].known] == list(known) and not again[0].extracted
    assert len(again[1].extracted) == 1


def test_results_survive_pickling(tmp_path: Path, gazetteer: Path) -> None:
    """What a worker sends must come back equal, errors included (InputError itself does not round-trip)."""
    paths = [*write_reports(tmp_path / "in", 2), tmp_path / "missing.txt"]
    results = extract_batch([str(p) for p in paths], str(gazetteer))
    back: list[FileResult] = pickle.loads(pickle.dumps(results))
    assert back == results
    assert str(back[2].input_errors()[0]) == str(results[2].input_errors()[0])


def test_write_results_is_idempotent(tmp_path: Path, gazetteer: Path) -> None:
    paths = write_reports(tmp_path / "in", 4)
    results = extract_batch([str(p) for p in paths], str(gazetteer))
    with Workbench.open(str(tmp_path / "t.db"), gazetteer_path=gazetteer) as wb:
        first = IngestReport()
        write_results(wb, results, first)
        assert len(first.added) == 4 and first.events == sum(r.extracted[0].events for r in results)
        n_statements = wb.store.statement_count()
        second = IngestReport()
        write_results(wb, results, second)
        assert not second.added and len(second.skipped) == 4 and second.events == 0
        assert wb.store.document_count() == 4 and wb.store.statement_count() == n_statements
        assert stored_document_ids(wb) == {r.extracted[0].document.id for r in results}


def test_client_arguments_are_checked() -> None:
    with pytest.raises(SitrepError, match="either"), dask_client(workers=2, scheduler="tcp://127.0.0.1:1"):
        pass
    with pytest.raises(SitrepError, match="either"), dask_client(workers=None, scheduler=None):
        pass
    with pytest.raises(SitrepError, match="at least 1"), dask_client(workers=0, scheduler=None):
        pass


def test_unreachable_scheduler_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT_S", 1)
    with (
        pytest.raises(SitrepError, match="cannot reach the Dask scheduler"),
        dask_client(workers=None, scheduler="tcp://127.0.0.1:9"),
    ):
        pass


def test_without_workers_or_scheduler_it_is_the_sequential_path(tmp_path: Path, gazetteer: Path) -> None:
    paths = write_reports(tmp_path / "in", 3)
    with Workbench.open(str(tmp_path / "t.db"), gazetteer_path=gazetteer) as wb:
        report = ingest_parallel(wb, paths)
        assert len(report.added) == 3


@pytest.mark.slow
def test_local_cluster_stores_what_the_sequential_path_stores(tmp_path: Path, gazetteer: Path) -> None:
    paths = write_reports(tmp_path / "in", 200)
    bad = tmp_path / "in" / "zz-empty.txt"
    bad.write_text("", encoding="utf-8")
    paths.append(bad)
    with Workbench.open(str(tmp_path / "seq.db"), gazetteer_path=gazetteer) as seq:
        expected = seq.ingest_paths(paths)
        seq_docs = {d.id for d in seq.store.documents()}
        seq_statements = {s.id for s in seq.store.statements()}
        seq_events = seq.event_page()[0]
    seen: list[str] = []
    with Workbench.open(str(tmp_path / "par.db"), gazetteer_path=gazetteer) as par:
        report = ingest_parallel(par, paths, workers=2, progress=seen.append, batch_size=20)
        assert {d.id for d in par.store.documents()} == seq_docs
        assert {s.id for s in par.store.statements()} == seq_statements
        assert len(report.added) == 200 and report.events == expected.events
        assert [str(e) for e in report.errors] == [str(e) for e in expected.errors]
        assert sorted(seen) == sorted(str(p) for p in paths)
        # like the sequential path, it leaves the fused-event view current
        assert par.store.unfused_documents() == []
        assert par.event_page()[0] == seq_events
        # a re-run (after a crash, say) extracts nothing and writes nothing
        again = ingest_parallel(par, paths, workers=2, batch_size=50)
        assert not again.added and len(again.skipped) == 200
        assert par.store.statement_count() == len(seq_statements)
