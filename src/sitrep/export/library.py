"""The one place exports read the library: fused events (optionally ``--about`` a query) and what backs them."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.errors import SitrepError
from sitrep.export.common import select_events
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Statement
from sitrep.workbench import Workbench


@dataclass
class Selection:
    events: list[FusedEvent]
    documents: list[Document]
    statements: list[Statement]
    reliability: dict[str, str]

    @property
    def texts(self) -> dict[str, str]:
        return {d.id: d.text for d in self.documents}


def matching_documents(wb: Workbench, about: str | None) -> set[str]:
    if not about or not about.strip():
        return set()
    try:
        return {h.document_id for h in wb.search(about, limit=1000)}
    except SitrepError:
        return set()  # a query the full-text index cannot parse still filters on event fields


def select(wb: Workbench, about: str | None = None) -> Selection:
    """Events about ``about`` (all without it), the documents they cite and every statement of those
    documents. Without a query every stored document is kept, also those that code no event."""
    events = select_events(wb.fused_events(), about, matching_documents(wb, about))
    if about and about.strip():
        doc_ids = sorted({s.document_id for e in events for s in e.sources})
        documents = [wb.store.get_document(d) for d in doc_ids]
    else:
        documents = sorted(wb.store.documents(), key=lambda d: d.id)
    statements = [s for d in documents for s in wb.store.statements(document_id=d.id)]
    reliability = {d.source: wb.reliability(d.source) for d in documents if d.source}
    return Selection(events, documents, statements, reliability)
