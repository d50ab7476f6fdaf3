"""Fusion: event mentions to one record per real-world event, each field with graded, quoted claims."""

from sitrep.fuse.coref import Clustering, CorefConfig, resolve
from sitrep.fuse.fusion import DocInfo, FusedEvent, FusionResult, fuse, fuse_all, fuse_groups
from sitrep.fuse.incremental import IncrementalCoref
from sitrep.fuse.sources import load_sources, reliability_for, reliability_function
from sitrep.fuse.statements import mention_statements, mentions_from_statements

__all__ = [
    "Clustering",
    "CorefConfig",
    "DocInfo",
    "FusedEvent",
    "FusionResult",
    "IncrementalCoref",
    "fuse",
    "fuse_all",
    "fuse_groups",
    "load_sources",
    "mention_statements",
    "mentions_from_statements",
    "reliability_for",
    "reliability_function",
    "resolve",
]
