"""Fused events as a STIX 2.1 bundle (with the ``stix2`` library), and that bundle back into a store.

Objects: one ``report`` per stored document, an ``identity`` per publisher (its Admiralty grade in
``x_sitrep_reliability``), a ``threat-actor`` per non-state armed actor and an ``identity`` per state force,
civilian group or person, a ``location`` per event place, a ``note`` per fused event (its fused JSON, claims
and quotes in ``x_sitrep_event``) and a ``relationship`` per actor pair of an event (``targets``, actor1 to
actor2) and per ``relation.*`` statement (``leader-of``, ``member-of`` ...).

Round trip: each report carries its document (``x_sitrep_document``) and every statement that document
supports (``x_sitrep_statements``), so importing the bundle stores exactly the facts the exporting store
held and fusion computes the same claims. Nothing in the notes is read back: they are views.

Confidence: a claim's Admiralty information-credibility digit maps onto STIX's 0-100 confidence with the
table in the STIX 2.1 specification, appendix A ("Admiralty Credibility"): 1 confirmed -> 90, 2 probably
true -> 70, 3 possibly true -> 50, 4 doubtful -> 30, 5 improbable -> 10; 6 (cannot be judged) leaves
``confidence`` unset, as the spec says. An event note's confidence is its event-type claim's.

Ids are UUIDv5 of the thing's content and timestamps come from :func:`sitrep.export.common.now`, so the same
store exported twice (with ``SITREP_FIXED_CLOCK`` set) gives the same bytes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import stix2

from sitrep.errors import SitrepError, ValidationError
from sitrep.export.common import ExportError, actor_class, citations
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Section, Source, Statement

NAMESPACE = uuid.UUID("6f4d8a52-3c1e-5b7a-9d0e-2a1b3c4d5e6f")
ADMIRALTY_TO_STIX = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
SITREP_IDENTITY = "identity--" + str(uuid.uuid5(NAMESPACE, "sitrep"))


def _id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, kind + chr(31) + key)}"


def confidence(credibility: int | None) -> int | None:
    return ADMIRALTY_TO_STIX.get(credibility) if credibility is not None else None


def _country_code(name: str | None) -> str | None:
    if not name:
        return None
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def statement_json(s: Statement) -> dict[str, Any]:
    return {
        "subject": s.subject,
        "property": s.property,
        "value": s.value,
        "document_id": s.document_id,
        "start": s.start,
        "end": s.end,
        "extractor": s.extractor,
        "extractor_version": s.extractor_version,
        "confidence": s.confidence,
    }


def document_json(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "text": d.text,
        "format": d.format,
        "title": d.title,
        "source": d.source,
        "published": d.published.isoformat() if d.published else None,
        "origin": d.origin,
        "language": d.language,
        "sections": [{"name": s.name, "start": s.start, "end": s.end} for s in d.sections],
        "metadata": dict(d.metadata),
    }


@dataclass
class StixInput:
    """What an export reads from the library: the selected events and the documents and statements behind
    them, with each publisher's grade."""

    events: Sequence[FusedEvent]
    documents: Sequence[Document]
    statements: Sequence[Statement]
    reliability: Mapping[str, str]


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def build_bundle(data: StixInput, moment: datetime) -> stix2.v21.Bundle:
    stamp = _ts(moment)
    common = {"created": stamp, "modified": stamp, "created_by_ref": SITREP_IDENTITY, "allow_custom": True}
    objects: dict[str, Any] = {}

    def add(obj: Any) -> str:
        objects[obj.id] = obj
        return str(obj.id)

    add(stix2.v21.Identity(id=SITREP_IDENTITY, name="sitrep", identity_class="system", created=stamp, modified=stamp))

    def actor(name: str, kind: str = "actor") -> str:
        if kind == "person":
            return add(
                stix2.v21.Identity(
                    id=_id("identity", "person:" + name), name=name, identity_class="individual", **common
                )
            )
        if actor_class(name) == "rebel" or actor_class(name) == "unidentified":
            return add(stix2.v21.ThreatActor(id=_id("threat-actor", name), name=name, **common))
        return add(stix2.v21.Identity(id=_id("identity", "actor:" + name), name=name, identity_class="group", **common))

    texts = {d.id: d.text for d in data.documents}
    event_notes: dict[str, list[str]] = {}
    for e in data.events:
        refs: list[str] = []
        actor_ids = {c: actor(c) for c, _r in e.actors}
        refs.extend(actor_ids.values())
        loc = e.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            loc_kwargs: dict[str, Any] = {
                "name": loc.name,
                "latitude": round(loc.lat, 5),
                "longitude": round(loc.lon, 5),
            }
            if loc.uncertainty_km is not None:
                loc_kwargs["precision"] = loc.uncertainty_km * 1000
            code = _country_code(loc.country)
            if code:
                loc_kwargs["country"] = code
            if loc.admin1:
                loc_kwargs["administrative_area"] = loc.admin1
            refs.append(
                add(
                    stix2.v21.Location(
                        id=_id("location", f"{loc.name}|{loc.lat:.5f}|{loc.lon:.5f}"), **loc_kwargs, **common
                    )
                )
            )
        type_claim = next((c for c in e.claims if c.field == "event_type"), None)
        conf = confidence(type_claim.credibility if type_claim else None)
        report_ids = [_id("report", s.document_id) for s in e.sources]
        content = "\n".join(f'{c.title or c.document_id[:12]}: "{c.quote}"' for c in citations(e, texts))
        note_kwargs: dict[str, Any] = {}
        if conf is not None:
            note_kwargs["confidence"] = conf
        note = stix2.v21.Note(
            id=_id("note", e.id),
            abstract=e.title,
            content=content or e.title,
            object_refs=sorted(set(refs + report_ids)),
            x_sitrep_event=e.as_json(),
            **note_kwargs,
            **common,
        )
        add(note)
        for doc_id in (s.document_id for s in e.sources):
            event_notes.setdefault(doc_id, []).append(str(note.id))
        a1 = [c for c, r in e.actors if r == "actor1"]
        a2 = [c for c, r in e.actors if r == "actor2"]
        for x in a1:
            for y in a2:
                add(
                    stix2.v21.Relationship(
                        id=_id("relationship", f"{e.id}|{x}|{y}"),
                        relationship_type="targets",
                        source_ref=actor_ids[x],
                        target_ref=actor_ids[y],
                        description=e.title,
                        x_sitrep_event_id=e.id,
                        **({"confidence": conf} if conf is not None else {}),
                        **common,
                    )
                )

    for s in data.statements:
        if not s.property.startswith("relation.") or not isinstance(s.value, dict):
            continue
        kind_s, _, name_s = s.subject.partition(":")
        obj_kind = str(s.value.get("object_kind") or "actor")
        obj = str(s.value.get("object") or "")
        if kind_s not in ("actor", "person") or not obj or obj_kind not in ("actor", "person"):
            continue
        add(
            stix2.v21.Relationship(
                id=_id("relationship", s.id),
                relationship_type=s.property.split(".", 1)[1].replace("_", "-"),
                source_ref=actor(name_s, kind_s),
                target_ref=actor(obj, obj_kind),
                x_sitrep_statement_id=s.id,
                x_sitrep_relation=dict(s.value),
                **common,
            )
        )

    publishers: dict[str, str] = {}
    for d in data.documents:
        if d.source and d.source not in publishers:
            publishers[d.source] = add(
                stix2.v21.Identity(
                    id=_id("identity", "source:" + d.source),
                    name=d.source,
                    identity_class="organization",
                    x_sitrep_reliability=data.reliability.get(d.source, "F"),
                    **common,
                )
            )
    by_doc: dict[str, list[Statement]] = {}
    for s in data.statements:
        by_doc.setdefault(s.document_id, []).append(s)
    for d in data.documents:
        refs = sorted(set(event_notes.get(d.id, []))) or [publishers.get(d.source or "", SITREP_IDENTITY)]
        published = d.published.isoformat() + "T00:00:00.000Z" if d.published else stamp
        add(
            stix2.v21.Report(
                id=_id("report", d.id),
                name=d.title or f"document {d.id[:12]}",
                published=published,
                report_types=["threat-report"],
                object_refs=refs,
                x_sitrep_document=document_json(d),
                x_sitrep_statements=[statement_json(s) for s in by_doc.get(d.id, [])],
                x_sitrep_source_reliability=data.reliability.get(d.source or "", "F") if d.source else None,
                **common,
            )
        )
    ordered = sorted(objects.values(), key=lambda o: (str(o.type), str(o.id)))
    return stix2.v21.Bundle(
        objects=ordered, id=_id("bundle", stamp + "|" + "|".join(sorted(objects))), allow_custom=True
    )


def bundle_json(bundle: stix2.v21.Bundle) -> str:
    return str(bundle.serialize(pretty=True, ensure_ascii=False)) + "\n"


@dataclass
class StixImport:
    documents: list[tuple[Document, list[Statement]]]
    sources: list[Source]


def _get(obj: Any, key: str) -> Any:
    try:
        return obj[key]
    except (KeyError, AttributeError):
        return getattr(obj, key, None)


def read_bundle(text: str) -> StixImport:
    """The documents, statements and graded sources a sitrep STIX bundle carries.

    Reports without ``x_sitrep_document`` (a bundle from another tool) become documents of their name and
    description with no statements: the text is kept for search, and nothing is claimed on its behalf.
    """
    try:
        bundle = stix2.parse(text, allow_custom=True)
    except (json.JSONDecodeError, stix2.exceptions.STIXError, ValueError) as exc:
        raise ExportError(f"not a STIX 2.1 bundle: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    objects = _get(bundle, "objects") or []
    docs: list[tuple[Document, list[Statement]]] = []
    sources: dict[str, Source] = {}
    for obj in objects:
        if _get(obj, "type") == "identity" and _get(obj, "x_sitrep_reliability"):
            try:
                grade: Any = str(obj["x_sitrep_reliability"])  # checked by Source itself
                sources[str(obj["name"])] = Source(name=str(obj["name"]), kind="publisher", reliability=grade)
            except ValidationError as exc:
                raise ExportError(f"{obj['id']}: {exc}") from exc
        if _get(obj, "type") != "report":
            continue
        try:
            docs.append(_report_document(obj))
        except (SitrepError, KeyError, TypeError, ValueError) as exc:
            raise ExportError(f"{_get(obj, 'id')}: cannot be read back ({exc})") from exc
    return StixImport(docs, sorted(sources.values(), key=lambda s: s.name))


def _report_document(obj: Any) -> tuple[Document, list[Statement]]:
    raw = _get(obj, "x_sitrep_document")
    if not raw:
        text = "\n\n".join(x for x in (str(obj["name"]), str(_get(obj, "description") or "")) if x.strip())
        return Document(text=text, format="stix", title=str(obj["name"]), origin=str(obj["id"])), []
    doc = Document(
        text=raw["text"],
        format=raw["format"],
        title=raw.get("title"),
        source=raw.get("source"),
        published=date.fromisoformat(raw["published"]) if raw.get("published") else None,
        origin=raw.get("origin"),
        language=raw.get("language"),
        sections=tuple(Section(s["name"], int(s["start"]), int(s["end"])) for s in raw.get("sections") or []),
        metadata={str(k): str(v) for k, v in (raw.get("metadata") or {}).items()},
        id=raw["id"],
    )
    stmts = [_statement(s) for s in _get(obj, "x_sitrep_statements") or []]
    for s in stmts:
        if s.document_id != doc.id:
            raise ValidationError(f"statement {s.id} belongs to another document")
    return doc, stmts


def _statement(raw: Mapping[str, Any]) -> Statement:
    return Statement(
        subject=raw["subject"],
        property=raw["property"],
        value=_plain(raw["value"]),
        document_id=raw["document_id"],
        start=int(raw["start"]),
        end=int(raw["end"]),
        extractor=raw["extractor"],
        extractor_version=raw["extractor_version"],
        confidence=float(raw["confidence"]),
    )


def _plain(value: Any) -> Any:
    """stix2 hands custom properties back as its own mapping types; statements need plain JSON values."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def collect(
    events: Sequence[FusedEvent],
    documents: Iterable[Document],
    statements: Iterable[Statement],
    reliability: Mapping[str, str],
) -> StixInput:
    """Keep only the documents and statements behind ``events`` (all of them when no event was filtered)."""
    return StixInput(list(events), list(documents), list(statements), dict(reliability))
