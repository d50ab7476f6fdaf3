"""The library behind every face: one object that ingests, extracts, fuses and answers queries.

The CLI (and later the REST API) parse arguments and call one method here; nothing here prints. The
extractor and the gazetteer are loaded lazily, so commands that only read the store (``events``, ``search``)
start fast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep import config
from sitrep.errors import InputError, NotFoundError, SitrepError
from sitrep.fuse.fusion import DocInfo, FusedEvent, FusionResult, fuse_all
from sitrep.fuse.sources import load_sources, reliability_for
from sitrep.fuse.statements import mention_statements, mentions_from_statements
from sitrep.ingest.read import read_path
from sitrep.model import Document, EventMention, Judgement, Source
from sitrep.nlp.extract import EXTRACTOR_VERSION
from sitrep.store import SearchHit, Store

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.extract import Extractor

log = logging.getLogger(__name__)

EXTRACTOR_NAME = "sitrep.nlp"
EVENT_PROPERTY_PREFIX = "event."

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ``ingest`` call did, file by file: nothing is silently dropped."""

    added: list[Document] = field(default_factory=list)
    skipped: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    events: int = 0


class Workbench:
    """A store plus the components that fill it. Open one per process; close it when done."""

    def __init__(self, store: Store | None, *, gazetteer_path: Path | None = None) -> None:
        self._store = store
        self._gazetteer_path = gazetteer_path

    @property
    def store(self) -> Store:
        if self._store is None:
            raise SitrepError("this workbench was opened for extraction only; it has no store")
        return self._store

    @classmethod
    def open(cls, db: str | None = None, *, gazetteer_path: Path | None = None) -> Workbench:
        return cls(Store.open(config.database_url(db)), gazetteer_path=gazetteer_path)

    @classmethod
    def for_extraction(cls, *, gazetteer_path: Path | None = None) -> Workbench:
        """Extraction without a database: ``sitrep extract`` stores nothing."""
        return cls(None, gazetteer_path=gazetteer_path)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- components, built on first use ------------------------------------------------------------

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from sitrep.geo.gazetteer import Gazetteer

        return Gazetteer.open(self._gazetteer_path or config.gazetteer_path())

    @cached_property
    def extractor(self) -> Extractor:
        from sitrep.nlp.extract import Extractor
        from sitrep.nlp.places import gazetteer_place_finder

        return Extractor(gazetteer_place_finder(self.gazetteer))

    @cached_property
    def _source_grades(self) -> dict[str, str]:
        return load_sources()

    # -- ingest ---------------------------------------------------------------------------------

    def ingest_paths(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestReport:
        """Read, extract and store each file; a bad file is reported and the rest still go in."""
        report = IngestReport()
        for path in paths:
            if progress:
                progress(str(path))
            try:
                result = read_path(Path(path))
            except InputError as err:
                report.errors.append(err)
                continue
            report.errors.extend(result.errors)
            for doc in result.documents:
                self._ingest_document(doc, report)
        return report

    def ingest_documents(self, documents: Iterable[Document]) -> IngestReport:
        report = IngestReport()
        for doc in documents:
            self._ingest_document(doc, report)
        return report

    def _ingest_document(self, doc: Document, report: IngestReport) -> None:
        if self.store.has_document(doc.id):
            report.skipped.append(doc)
            return
        mentions = self.extract(doc)
        statements = [
            s for m in mentions for s in mention_statements(m, extractor=EXTRACTOR_NAME, version=EXTRACTOR_VERSION)
        ]
        if doc.source and self.store.get_source(doc.source) is None:
            grade = reliability_for(doc.source, self._source_grades)
            self.store.upsert_source(Source(name=doc.source, kind="publisher", reliability=grade))  # type: ignore[arg-type]
        if self.store.ingest(doc, statements):
            report.added.append(doc)
            report.events += len(mentions)
        else:
            report.skipped.append(doc)

    def extract(self, doc: Document) -> list[EventMention]:
        """Code one document's events (nothing is stored)."""
        return self.extractor.extract(doc.text, published=doc.published, document_id=doc.id)

    # -- queries --------------------------------------------------------------------------------

    def fused_events(self) -> list[FusedEvent]:
        """All events, fused from the stored statements and judgements, most important first."""
        return self._fusion().events

    def _fusion(self) -> FusionResult:
        stmts = [s for s in self.store.statements() if s.property.startswith(EVENT_PROPERTY_PREFIX)]
        mentions = mentions_from_statements(stmts)
        doc_ids = {m.document_id for m in mentions}
        docs: dict[str, DocInfo] = {}
        for doc_id in doc_ids:
            d = self.store.get_document(doc_id)
            docs[doc_id] = DocInfo(id=d.id, title=d.title, source=d.source, text=d.text)
        return fuse_all(mentions, docs, self.store.judgements(), self.reliability)

    def reliability(self, source: str | None) -> str:
        """A source's Admiralty grade: the store's (set by an analyst) wins over the sources file."""
        if source:
            stored = self.store.get_source(source)
            if stored is not None:
                return stored.reliability
        return reliability_for(source, self._source_grades)

    def event(self, ref: str) -> FusedEvent:
        """An event by id, unique id prefix, or 1-based rank in the events list."""
        events = self.fused_events()
        if ref.isdigit() and not ref.startswith("0"):
            n = int(ref)
            if 1 <= n <= len(events):
                return events[n - 1]
            raise NotFoundError(f"no event number {n}: there are {len(events)} events")
        matches = [e for e in events if e.id == ref or e.id.startswith(ref) or e.id.startswith("evt-" + ref)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(f"no event matches {ref!r}")
        raise NotFoundError(f"{ref!r} matches {len(matches)} events; give more of the id")

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit=limit)

    def set_reliability(self, name: str, grade: str, kind: str = "publisher") -> Source:
        grade = grade.upper()
        try:
            source = Source(name=name, kind=kind, reliability=grade)  # type: ignore[arg-type]
        except SitrepError as err:
            raise SitrepError(f"cannot grade {name!r}: {err}") from err
        self.store.upsert_source(source)
        return source

    # -- judgements -----------------------------------------------------------------------------

    def merges(self, kind: str | None = "event") -> list[Judgement]:
        """Stored judgements plus the machine's current merge decisions on events."""
        stored = self.store.judgements(kind)
        machine: list[Judgement] = []
        if kind in (None, "event"):
            machine = self._fusion().judgements
        seen = {(j.left, j.right) for j in stored}
        return stored + [j for j in machine if (j.left, j.right) not in seen]

    def unmerge(self, left: str, right: str, analyst: str, reason: str = "") -> Judgement:
        """Record that two event mentions are different events; the fused picture follows at once."""
        j = Judgement(
            kind="event", left=left, right=right, verdict="negative", decided_by=f"analyst:{analyst}", reason=reason
        )
        self.store.add_judgement(j)
        return j

    def merge(self, left: str, right: str, analyst: str, reason: str = "") -> Judgement:
        j = Judgement(
            kind="event", left=left, right=right, verdict="positive", decided_by=f"analyst:{analyst}", reason=reason
        )
        self.store.add_judgement(j)
        return j

    def forget_judgement(self, judgement_id: str) -> bool:
        return self.store.remove_judgement(judgement_id)


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus the files inside named directories (sorted, hidden ones skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out
