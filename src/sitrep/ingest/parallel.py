"""Ingest on a Dask cluster: workers read and extract, the driver alone writes.

Why it is split this way:

- **Extraction is the cost, writing is cheap.** Reading a file and coding its events is CPU work that
  scales across processes or machines; the store takes one short transaction per document. So workers get
  batches of file paths and send back finished documents with their statements, and the driver writes them
  through :meth:`sitrep.store.Store.ingest` as they arrive (``as_completed``).
- **One writer.** SQLite allows one writer at a time, and a remote worker may not see the database at all;
  only the driver holds a store.
- **Crash safety comes from the store.** Each document goes in atomically with its statements and a stored
  document is never written twice, so a run killed half-way (driver or worker) is finished by running it
  again: nothing is duplicated and nothing is half there.
- **Re-runs skip work.** The ids already stored are broadcast to the workers once, and a worker does not
  extract a document whose id is among them.
- **Batches.** A task per file would spend more time in the scheduler than in the extractor for short
  reports; a task per :data:`BATCH_SIZE` files keeps scheduler overhead small and still balances load.
- **Each worker builds its extractor once** (spaCy pipeline, actor knowledge, gazetteer), cached per process
  and keyed by the gazetteer path, which the driver passes explicitly: a worker's own environment (data
  directory, ``SITREP_GAZETTEER``) is not trusted to match the driver's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep import config
from sitrep.errors import InputError, SitrepError
from sitrep.model import Document, Statement
from sitrep.workbench import IngestReport, Progress, Workbench

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor

log = logging.getLogger(__name__)

BATCH_SIZE = 25
"""Files per task: a few seconds of extraction for short reports, so scheduler overhead stays small."""

CONNECT_TIMEOUT_S = 10
"""How long to wait for a scheduler given by address before giving up with a clear error."""

_EXTRACTORS: dict[str, Extractor] = {}
"""One extractor per worker process and gazetteer file: building one takes seconds, using one milliseconds."""


# -- what travels between worker and driver -------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedDocument:
    """A document with everything the store needs; ``events`` is the number of event mentions coded."""

    document: Document
    statements: list[Statement]
    events: int


@dataclass(frozen=True)
class FileResult:
    """One file's outcome on a worker.

    Errors travel as ``(path, reason, line)`` tuples: :class:`InputError` has a constructor pickle cannot
    call again from its message alone.
    """

    path: str
    extracted: list[ExtractedDocument] = field(default_factory=list)
    known: list[Document] = field(default_factory=list)
    errors: list[tuple[str, str, int | None]] = field(default_factory=list)

    def input_errors(self) -> list[InputError]:
        return [InputError(path, reason, line) for path, reason, line in self.errors]


# -- worker side ------------------------------------------------------------------------------------------


def worker_extractor(gazetteer_path: str) -> Extractor:
    """This process's extractor for ``gazetteer_path``, built on first use."""
    extractor = _EXTRACTORS.get(gazetteer_path)
    if extractor is None:
        from sitrep.geo.gazetteer import Gazetteer
        from sitrep.nlp.extract import Extractor
        from sitrep.nlp.places import gazetteer_place_finder

        gazetteer = Gazetteer.open(gazetteer_path, build_default=False)
        extractor = Extractor(gazetteer_place_finder(gazetteer))
        _EXTRACTORS[gazetteer_path] = extractor
    return extractor


def warm_worker(gazetteer_path: str) -> None:
    """Build this worker's extractor now, in a task (the extractor's gazetteer connection belongs to the thread
    that opened it, so ``client.run``, which runs outside the task thread, cannot warm it)."""
    worker_extractor(gazetteer_path)


def document_with_statements(extractor: Extractor, doc: Document) -> ExtractedDocument:
    """The statements :meth:`Workbench._ingest_document` would store for ``doc`` (the same function)."""
    from sitrep.workbench import code_document

    mentions, statements = code_document(extractor, doc)
    return ExtractedDocument(doc, statements, len(mentions))


def extract_batch(paths: Sequence[str], gazetteer_path: str, known_ids: Iterable[str] = ()) -> list[FileResult]:
    """Read and extract a batch of files (runs on a worker; pure apart from reading the files)."""
    from sitrep.ingest.read import read_path

    known = known_ids if isinstance(known_ids, (set, frozenset)) else set(known_ids)
    extractor: Extractor | None = None
    out: list[FileResult] = []
    for path in paths:
        try:
            result = read_path(Path(path))
        except InputError as err:
            out.append(FileResult(path, errors=[(err.path, err.reason, err.line)]))
            continue
        fr = FileResult(path, errors=[(e.path, e.reason, e.line) for e in result.errors])
        for doc in result.documents:
            if doc.id in known:
                fr.known.append(doc)
                continue
            if extractor is None:
                extractor = worker_extractor(gazetteer_path)
            fr.extracted.append(document_with_statements(extractor, doc))
        out.append(fr)
    return out


# -- driver side ------------------------------------------------------------------------------------------


def batches(paths: Sequence[str], size: int = BATCH_SIZE) -> list[list[str]]:
    if size < 1:
        raise SitrepError(f"batch size must be at least 1, not {size}")
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def stored_document_ids(workbench: Workbench) -> set[str]:
    """Ids already in the store, sent once to every worker so a re-run extracts nothing twice."""
    return workbench.store.document_ids()


def ensure_gazetteer(workbench: Workbench) -> Path:
    """The gazetteer file workers will open, built here first if missing, so workers never race to build it."""
    from sitrep.geo.gazetteer import Gazetteer

    path = Path(workbench._gazetteer_path or config.gazetteer_path()).resolve()
    Gazetteer.open(path).close()
    return path


@contextmanager
def dask_client(*, workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A ``distributed.Client`` on a fresh local cluster (``workers``) or an existing scheduler, closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise SitrepError("parallel ingest needs Dask: pip install 'dask[distributed]'") from exc
    if (workers is None) == (scheduler is None):
        raise SitrepError("give either a number of workers or a scheduler address, not both and not neither")
    if workers is not None:
        if workers < 1:
            raise SitrepError(f"--workers must be at least 1, not {workers}")
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        try:
            client = Client(cluster)
        except BaseException:
            cluster.close()
            raise
        try:
            yield client
        finally:
            client.close()
            cluster.close()
        return
    assert scheduler is not None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SitrepError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    try:
        yield client
    finally:
        client.close()


class _SourceRegistrar:
    """Adds a document's source to the store the first time it is seen, graded from the sources file."""

    def __init__(self, workbench: Workbench) -> None:
        self._workbench = workbench
        self._seen: set[str] = set()

    def register(self, doc: Document) -> None:
        if not doc.source or doc.source in self._seen:
            return
        self._workbench.register_source(doc)
        self._seen.add(doc.source)


def write_results(
    workbench: Workbench,
    results: Iterable[FileResult],
    report: IngestReport,
    sources: _SourceRegistrar | None = None,
) -> None:
    """Store what workers extracted, one transaction per batch; already-stored documents (from this run or an
    earlier one) are skipped. A batch is all or nothing, so a run killed mid-batch is finished by a re-run."""
    sources = sources or _SourceRegistrar(workbench)
    items: list[ExtractedDocument] = []
    for fr in results:
        report.errors.extend(fr.input_errors())
        report.skipped.extend(fr.known)
        items.extend(fr.extracted)
    for item in items:
        sources.register(item.document)
    stored = workbench.store.ingest_many((item.document, item.statements) for item in items)
    for item, added in zip(items, stored, strict=True):
        if added:
            report.added.append(item.document)
            report.events += item.events
        else:
            report.skipped.append(item.document)


def ingest_parallel(
    workbench: Workbench,
    paths: Iterable[Path],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Like :meth:`Workbench.ingest_paths`, with reading and extraction spread over Dask workers.

    ``workers``: start a local cluster of that many single-threaded processes. ``scheduler``: use an existing
    cluster (its workers must have sitrep installed and see the files and the gazetteer at the same paths).
    With neither, this is the sequential :meth:`Workbench.ingest_paths`. ``progress`` is called with each
    file's path once its documents are stored. As in the sequential path, the new documents are filed into
    the fused-event view before returning (on the driver, once the workers are done).
    """
    if workers is None and scheduler is None:
        return workbench.ingest_paths(paths, progress=progress)
    files = [str(p) for p in paths]
    report = IngestReport()
    if not files:
        return report
    gazetteer = str(ensure_gazetteer(workbench))
    known = stored_document_ids(workbench)
    chunks = batches(files, batch_size)
    sources = _SourceRegistrar(workbench)
    from distributed import as_completed

    with dask_client(workers=workers, scheduler=scheduler) as client:
        known_future = client.scatter(frozenset(known), broadcast=True) if known else frozenset()
        futures = [client.submit(extract_batch, chunk, gazetteer, known_future, pure=False) for chunk in chunks]
        try:
            for _future, batch in as_completed(futures, with_results=True):
                write_results(workbench, batch, report, sources)
                if progress:
                    for fr in batch:
                        progress(fr.path)
        except BaseException:
            client.cancel(futures)
            raise
    if report.added:
        workbench.refresh_events()
    return report
