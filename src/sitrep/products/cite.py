"""Numbered citations shared by every analyst product.

A product line may only say what a stored span says, so products never write a citation by hand: they
hand a (document, start, end) to :class:`Citations`, which numbers it once and keeps the verbatim text of
the span for the reference list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sitrep.model import Document


@dataclass(frozen=True, slots=True)
class Reference:
    number: int
    document_id: str
    title: str
    grade: str
    start: int
    end: int
    quote: str

    def as_json(self) -> dict[str, object]:
        return {
            "n": self.number,
            "document_id": self.document_id,
            "title": self.title,
            "grade": self.grade,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }


def doc_label(doc: Document) -> str:
    """How a product names a document: its title, else its issuing organisation, else its id."""
    return doc.title or doc.source or doc.metadata.get("organisation") or f"document {doc.id[:12]}"


def source_label(doc: Document) -> str:
    """Who speaks in a document, for "According to ...": the organisation if known, else the title."""
    return doc.metadata.get("organisation") or doc.source or doc_label(doc)


class Citations:
    """Numbers spans in order of first use; the same span cited twice keeps its number."""

    def __init__(self, document: Callable[[str], Document], reliability: Callable[[str | None], str]) -> None:
        self._document = document
        self._reliability = reliability
        self._docs: dict[str, Document] = {}
        self._numbers: dict[tuple[str, int, int], int] = {}
        self.references: list[Reference] = []

    def doc(self, document_id: str) -> Document:
        if document_id not in self._docs:
            self._docs[document_id] = self._document(document_id)
        return self._docs[document_id]

    def cite(self, document_id: str, start: int, end: int, credibility: int | None = None) -> int:
        key = (document_id, start, end)
        if key in self._numbers:
            return self._numbers[key]
        doc = self.doc(document_id)
        grade = f"{self._reliability(doc.source)}{credibility if credibility else 6}"
        n = len(self.references) + 1
        self._numbers[key] = n
        self.references.append(Reference(n, doc.id, doc_label(doc), grade, start, end, doc.text[start:end]))
        return n


def marks(numbers: list[int]) -> str:
    """ "[1][2]" for a sentence's citations (sorted, without repeats)."""
    return "".join(f"[{n}]" for n in sorted(set(numbers)))
