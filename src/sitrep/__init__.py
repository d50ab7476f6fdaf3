"""sitrep: a workbench for conflict analysts.

Ingest open-source reports, code their events in ACLED's scheme, resolve actors and places across
spellings, fuse reports of one event into one record whose every field cites its sources, and produce the
analyst's briefs, maps and exports.
"""

from __future__ import annotations

import logging

from sitrep.errors import InputError, SitrepError, ValidationError
from sitrep.model import (
    ActorMention,
    Document,
    EventMention,
    Judgement,
    Place,
    Section,
    Source,
    Span,
    Statement,
)

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "Document",
    "EventMention",
    "InputError",
    "Judgement",
    "Place",
    "Section",
    "SitrepError",
    "Source",
    "Span",
    "Statement",
    "ValidationError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
