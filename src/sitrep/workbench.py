"""The library behind every face: one object that ingests, extracts, fuses and answers queries.

The CLI (and later the REST API) parse arguments and call one method here; nothing here prints. The
extractor and the gazetteer are loaded lazily, so commands that only read the store (``events``, ``search``)
start fast.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep import config
from sitrep.errors import InputError, NotFoundError, SitrepError, ValidationError
from sitrep.fuse.entities import PersonView
from sitrep.fuse.fusion import FusedEvent
from sitrep.fuse.maintain import EventMaintainer, judgement_from_json
from sitrep.fuse.record import from_record, public
from sitrep.fuse.sources import load_sources, reliability_for
from sitrep.fuse.statements import mention_statements
from sitrep.ingest.read import read_path
from sitrep.model import Document, EventMention, Judgement, Source, Statement
from sitrep.store import EventPage, EventQuery, SearchHit, Store

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.extract import Extractor

log = logging.getLogger(__name__)

EXTRACTOR_NAME = "sitrep.nlp"

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
        if report.added:
            self.refresh_events()
        return report

    def ingest_documents(self, documents: Iterable[Document]) -> IngestReport:
        report = IngestReport()
        for doc in documents:
            self._ingest_document(doc, report)
        if report.added:
            self.refresh_events()
        return report

    def _ingest_document(self, doc: Document, report: IngestReport) -> None:
        if self.store.has_document(doc.id):
            report.skipped.append(doc)
            return
        mentions, statements = code_document(self.extractor, doc)
        self.register_source(doc)
        if self.store.ingest(doc, statements):
            report.added.append(doc)
            report.events += len(mentions)
        else:
            report.skipped.append(doc)

    def register_source(self, doc: Document) -> None:
        """Store a document's publisher the first time it is seen, graded from the sources file."""
        if doc.source and self.store.get_source(doc.source) is None:
            grade = reliability_for(doc.source, self._source_grades)
            self.store.upsert_source(Source(name=doc.source, kind="publisher", reliability=grade))  # type: ignore[arg-type]

    def extract(self, doc: Document) -> list[EventMention]:
        """Code one document's events (nothing is stored)."""
        return self.extractor.extract_document(doc)

    # -- fused events: the store's materialised view, kept current incrementally ----------------------

    @cached_property
    def maintainer(self) -> EventMaintainer:
        """Files new documents into the stored events; its ``stats`` say how much each update touched."""
        return EventMaintainer(self.store, self.reliability)

    def refresh_events(self, batch: int = 500) -> int:
        """File every stored document not yet in the fused-event view (whatever path stored it); returns how
        many documents were filed. Cheap (two counts) when there is nothing to do."""
        pending = self.store.unfused_documents()
        for start in range(0, len(pending), batch):
            self.maintainer.file_documents(pending[start : start + batch])
        return len(pending)

    def rebuild_events(self) -> int:
        """Recompute the whole view from statements and judgements (the safety valve); returns the count."""
        return self.maintainer.rebuild()

    def event_page(self, query: EventQuery | None = None) -> tuple[int, list[dict[str, Any]]]:
        """(matches before paging, the page), most important first: what the API's list and map serve, read
        straight from the view. The page holds ``FusedEvent.as_json()`` dicts, or with
        ``EventQuery(fields="summary")`` the slim rows of :data:`sitrep.store.fused.SUMMARY_FIELDS`, read
        from columns without parsing any JSON (the fast path for lists and maps)."""
        page = self.event_page_counted(query)
        return page.total, page.rows

    def event_page_counted(self, query: EventQuery | None = None) -> EventPage:
        """:meth:`event_page` with the count's precision: ``total_is_estimate`` is True when the filter is
        broad and ``total`` is only "at least" (matches are counted up to a cap of a few pages, so a broad
        filter costs a page, not the whole collection)."""
        self.refresh_events()
        query = query or EventQuery()
        if query.fields == "summary":
            return self.store.query_event_summary_page(query)
        if query.fields != "full":
            raise ValidationError(f"unknown event fields {query.fields!r}; use 'full' or 'summary'")
        page = self.store.query_event_payload_page(query)
        return EventPage(page.total, [public(json.loads(p)) for p in page.rows], page.total_is_estimate)

    def fused_events(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        actor: str | None = None,
        type: str | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        near: tuple[float, float, float] | None = None,
    ) -> list[FusedEvent]:
        """Events from the view, most important first, filtered (``text`` is matched against the titles and
        a full-text search of the cited documents; ``near`` is (lat, lon, km), a great-circle radius)."""
        self.refresh_events()
        docs = None
        if text and text.strip():
            docs = frozenset(h.document_id for h in self.search(text, limit=1000))
        query = EventQuery(
            date_from,
            date_to,
            bbox,
            actor or None,
            type or None,
            docs,
            (text or "").strip() or None,
            limit,
            offset,
            near=near,
        )
        _total, payloads = self.store.query_events(query, count=False)
        return [from_record(json.loads(p)) for p in payloads]

    def reliability(self, source: str | None) -> str:
        """A source's Admiralty grade: the store's (set by an analyst) wins over the sources file."""
        if source:
            stored = self.store.get_source(source)
            if stored is not None:
                return stored.reliability
        return reliability_for(source, self._source_grades)

    def event(self, ref: str) -> FusedEvent:
        """An event by id, unique id prefix, or 1-based rank in the events list."""
        self.refresh_events()
        if ref.isdigit() and not ref.startswith("0"):
            n = int(ref)
            _total, page = self.store.query_events(EventQuery(limit=1, offset=n - 1))
            if page:
                return from_record(json.loads(page[0]))
            raise NotFoundError(f"no event number {n}: there are {self.store.event_count()} events")
        exact = self.store.event_payload(ref)
        if exact is not None:
            return from_record(json.loads(exact))
        key = ref if ref.startswith("evt-") else "evt-" + ref
        matches = self.store.event_payloads_with_prefix(key) if len(key) > 4 else []
        if len(matches) == 1:
            return from_record(json.loads(matches[0]))
        if not matches:
            raise NotFoundError(f"no event matches {ref!r}")
        raise NotFoundError(f"{ref!r} matches several events; give more of the id")

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit=limit)

    def set_reliability(self, name: str, grade: str, kind: str = "publisher") -> Source:
        grade = grade.upper()
        try:
            source = Source(name=name, kind=kind, reliability=grade)  # type: ignore[arg-type]
        except SitrepError as err:
            raise SitrepError(f"cannot grade {name!r}: {err}") from err
        self.store.upsert_source(source)
        self.refresh_events()
        self.maintainer.refuse_events(self.store.events_of_documents(self.store.document_ids_of_source(name)))
        return source

    # -- judgements -----------------------------------------------------------------------------

    def merges(self, kind: str | None = "event") -> list[Judgement]:
        """Stored judgements (analysts' and the machine's entity merges) plus the machine's event merges
        held with the fused events."""
        self.refresh_events()
        if kind in (None, "actor", "person", "place"):
            self.resolve_entities()
        stored = self.store.judgements(kind)
        machine: list[Judgement] = []
        if kind in (None, "event"):
            for rows in self.store.event_machine_judgements().values():
                machine.extend(judgement_from_json(d) for d in rows)
        seen = {(j.kind, j.left, j.right) for j in stored}
        return stored + [j for j in machine if (j.kind, j.left, j.right) not in seen]

    def _judge(self, kind: str, left: str, right: str, verdict: str, analyst: str, reason: str) -> Judgement:
        try:
            j = Judgement(
                kind=kind,
                left=left,
                right=right,
                verdict=verdict,  # type: ignore[arg-type]
                decided_by=f"analyst:{analyst}",
                reason=reason,
            )
        except SitrepError as err:
            raise SitrepError(f"cannot record that judgement: {err}") from err
        if kind == "event":
            self.refresh_events()
            known = self.store.events_of_mentions([j.left, j.right])
            missing = [x for x in (j.left, j.right) if x not in known]
            if missing:
                raise NotFoundError(f"no event mention {missing[0]!r} (see `sitrep merges` or `sitrep show`)")
        self.store.add_judgement(j)
        if kind == "event":
            self.maintainer.refile_mentions([j.left, j.right])
        return j

    def unmerge(self, left: str, right: str, analyst: str, reason: str = "", kind: str = "event") -> Judgement:
        """Record that two mentions (or two entities) are different; the fused picture follows at once."""
        return self._judge(kind, left, right, "negative", analyst, reason)

    def merge(self, left: str, right: str, analyst: str, reason: str = "", kind: str = "event") -> Judgement:
        """Record that two mentions (or two entities) are the same; the fused picture follows at once."""
        return self._judge(kind, left, right, "positive", analyst, reason)

    def forget_judgement(self, judgement_id: str) -> bool:
        """Remove a stored judgement; the events it touched are re-resolved without it."""
        found = next((j for j in self.store.judgements() if j.id == judgement_id), None)
        if not self.store.remove_judgement(judgement_id):
            return False
        if found is not None and found.kind == "event":
            self.maintainer.refile_mentions([found.left, found.right])
        return True

    # -- entities: actors, persons, places across documents ---------------------------------------

    def resolve_entities(self) -> list[Judgement]:
        """Compare every actor, person and place name across documents and store the machine's merges as
        judgements (new ones only); analysts' judgements on a pair win. Returns the judgements added."""
        from sitrep.fuse.entities import entity_names, resolve_names

        stored = self.store.judgements()
        made = resolve_names(entity_names(self._entity_statements()), stored)
        known = {j.id for j in stored}
        added = [j for j in made if j.id not in known]
        for j in added:
            self.store.add_judgement(j)
        return added

    def _entity_statements(self) -> list[Statement]:
        out = self.store.statements(property="person.role")
        out.extend(self.store.statements(property="event.actor"))
        out.extend(self.store.statements(property="event.location"))
        return out

    def persons(self) -> list[PersonView]:
        """Every person named in a role statement, spellings resolved into one person, with role claims."""
        from sitrep.fuse.entities import fuse_persons

        self.resolve_entities()
        stmts = self.store.statements(property="person.role")
        docs = self.store.documents_by_id({s.document_id for s in stmts})
        return fuse_persons(stmts, docs, self.store.judgements("person"), self.reliability)

    def person(self, name: str) -> PersonView:
        """One person by any of their spellings (folded, transliteration-tolerant)."""
        from sitrep.fuse.entities import find_person

        return find_person(self.persons(), name)

    # -- product queries (read-only) --------------------------------------------------------------------

    def statements_with(self, prefix: str, document_ids: Iterable[str] | None = None) -> list[Statement]:
        """Stored statements whose property starts with ``prefix`` ("relation.", "timeline.claim"...)."""
        if document_ids is None:
            return [s for s in self.store.statements() if s.property.startswith(prefix)]
        out: list[Statement] = []
        for doc_id in sorted(set(document_ids)):
            out.extend(s for s in self.store.statements(document_id=doc_id) if s.property.startswith(prefix))
        return out

    def document(self, ref: str) -> Document:
        """A stored document by id or unique id prefix."""
        return self.store.get_document(ref)

    def ingest_structured(self, doc: Document, mentions: Sequence[EventMention]) -> bool:
        """Store a document whose events were coded outside the NLP (an ACLED or UCDP row, a STIX import):
        the mentions go in as statements exactly as given, so they join coreference like any report's.
        False if the document was already stored."""
        if self.store.has_document(doc.id):
            return False
        statements = [
            s for m in mentions for s in mention_statements(m, extractor=f"sitrep.import.{doc.format}", version="1")
        ]
        if doc.source and self.store.get_source(doc.source) is None:
            grade = reliability_for(doc.source, self._source_grades)
            self.store.upsert_source(Source(name=doc.source, kind="publisher", reliability=grade))  # type: ignore[arg-type]
        return self.store.ingest(doc, statements)


def code_document(extractor: Extractor, doc: Document) -> tuple[list[EventMention], list[Statement]]:
    """Everything the store keeps about one document: its event mentions as statements, plus relations,
    roles, dated claims and assessments. One function, so sequential and distributed ingest store the same."""
    from sitrep.nlp.extract import EXTRACTOR_VERSION
    from sitrep.nlp.relations import document_statements

    mentions = extractor.extract_document(doc)
    statements = [
        s for m in mentions for s in mention_statements(m, extractor=EXTRACTOR_NAME, version=EXTRACTOR_VERSION)
    ]
    statements.extend(document_statements(doc))
    return mentions, statements


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus the files inside named directories (sorted, hidden ones skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out
