"""The store's tables, as SQLAlchemy Core metadata: the current shape of the schema.

Why Core and not the ORM: the domain types in :mod:`sitrep.model` are frozen dataclasses that already
validate themselves, so mapping them onto mutable ORM objects would only add a second, weaker model.
Rows are turned into domain values in :mod:`sitrep.store.records`.

Choices worth knowing:

- Column types are portable (``Text``, ``Date``, ``JSON``, ``Float``); nothing here is SQLite-specific, so
  a PostgreSQL dialect gets the same tables from the same definitions. Full-text search is *not* here: it is
  dialect-specific and lives in :mod:`sitrep.store.dialect`.
- ``statements.value`` is the statement's canonical JSON as text (not a JSON column) so that what is stored
  is byte-for-byte what the statement id was hashed from.
- Timestamps are naive UTC (``DateTime`` without a zone) because SQLite has no zone-aware type; the store
  writes them, callers never do.
- ``documents.source`` is a plain name, not a foreign key to ``sources``: a document may arrive before
  anyone has graded its publisher.
- Statements do reference their document (``statements.document_id``): a claim without the text it points
  into could never be checked.

This module describes the schema *as of the latest migration*. :mod:`sitrep.store.migrations` builds it
version by version; ``tests/test_store.py`` checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True, comment="sha256 hex of the normalised text"),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("source", Text),
    Column("published", Date),
    Column("format", String(32), nullable=False),
    Column("origin", Text),
    Column("language", String(16)),
    Column("sections", JSON, nullable=False, comment="[[name, start, end], ...]"),
    Column("metadata", JSON, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Index("ix_documents_ingested_at", "ingested_at", "id"),
    Index("ix_documents_source", "source"),
)

sources = Table(
    "sources",
    metadata,
    Column("name", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("reliability", String(1), nullable=False, comment="Admiralty grade A-F"),
    Column("updated_at", DateTime, nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("subject", Text, nullable=False),
    Column("property", Text, nullable=False),
    Column("value", Text, nullable=False, comment="canonical JSON"),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("extractor", Text, nullable=False),
    Column("extractor_version", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_statements_subject", "subject"),
    Index("ix_statements_document_id", "document_id"),
    Index("ix_statements_property", "property"),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("left", Text, nullable=False),
    Column("right", Text, nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("decided_by", Text, nullable=False),
    Column("score", Float),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_judgements_pair", "kind", "left", "right"),
)

fused_events = Table(
    "fused_events",
    metadata,
    Column("id", String(32), primary_key=True, comment="evt- + hash of the member mention subjects"),
    Column("title", Text, nullable=False),
    Column("date", Date),
    Column("date_precision", String(16)),
    Column("day", Integer, nullable=False, comment="date as an ordinal, 0 when unknown (ranking)"),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text),
    Column("admin1", Text),
    Column("fatalities", Integer),
    Column("fat_rank", Integer, nullable=False, comment="fatalities, 0 when unknown (ranking)"),
    Column("n_sources", Integer, nullable=False),
    Column("actors", Text, nullable=False, comment="canonical actor names, lower case, one per line"),
    Column("mentions", Text, nullable=False, comment="JSON list of member mention subjects"),
    Column("payload", Text, nullable=False, comment="JSON: FusedEvent.as_json() plus claim supports"),
    Column("judgements", Text, nullable=False, comment="JSON: the machine merges inside this event"),
    Column("updated_at", DateTime, nullable=False),
    Column("uncertainty_km", Float, comment="radius of the location's uncertainty (summary rows)"),
    Column("actor_names", Text, comment="canonical actor names as written, one per line (summary rows)"),
    Index("ix_fused_events_date", "date"),
    # The ranking key rides in the lat/lon index so a narrow map box is ranked from this index alone.
    Index("ix_fused_events_latlon", "lat", "lon", "n_sources", "fat_rank", "day", "id"),
    Index("ix_fused_events_type", "event_type", "sub_event_type"),
)
"""Materialised fused events: a computed view of statements and judgements, kept current incrementally
(:mod:`sitrep.fuse.maintain`) and rebuildable from scratch at any time.

The ranking index ``ix_fused_events_rank`` is not declared here: it covers every column a summary row shows
(migration 6), which PostgreSQL spells with ``INCLUDE`` and SQLite with trailing key columns, so
:meth:`sitrep.store.dialect.Dialect.create_summary_index` makes it."""

event_actors = Table(
    "event_actors",
    metadata,
    Column("actor", Text, primary_key=True, comment="canonical actor name, lower case"),
    Column("event_id", String(32), primary_key=True),
    Index("ix_event_actors_event", "event_id"),
)
"""(actor, event) pairs, so an actor filter is an index lookup instead of a scan of every event's actors."""

actor_names = Table(
    "actor_names",
    metadata,
    Column("actor", Text, primary_key=True, comment="canonical actor name, lower case"),
)
"""Every actor name ever filed (never pruned: a stale name matches no event). An actor filter matches part
of a name, so it scans this short list, not the (actor, event) pairs."""

event_members = Table(
    "event_members",
    metadata,
    Column("mention", String(96), primary_key=True, comment="EventMention.subject"),
    Column("event_id", String(32), nullable=False),
    Column("document_id", String(64), nullable=False),
    Index("ix_event_members_event", "event_id"),
    Index("ix_event_members_document", "document_id"),
)

event_blocks = Table(
    "event_blocks",
    metadata,
    Column("wide", Integer, primary_key=True, autoincrement=False, comment="1: slot is a 32-day bucket"),
    Column("block", String(160), primary_key=True, comment="coreference blocking key"),
    Column("slot", Integer, primary_key=True, autoincrement=False, comment="day ordinal or bucket"),
    Column("mention", String(96), primary_key=True),
    Index("ix_event_blocks_mention", "mention"),
)
"""The coreference block index on disk: a new mention is compared only with mentions found here."""

fused_documents = Table(
    "fused_documents",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("fused_at", DateTime, nullable=False),
)
"""Documents whose mentions have been filed into events (those with none too), so a document stored by any
path (parallel ingest, imports) is picked up by the next refresh."""

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime, nullable=False),
)
"""One row per applied migration; the current version is the largest."""

DATA_TABLES = (documents, sources, statements, judgements)
FUSION_TABLES = (fused_events, event_members, event_blocks, fused_documents, event_actors)
"""The tables :meth:`sitrep.store.Store.stats` counts."""
