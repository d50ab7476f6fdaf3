"""What the fused-view mixins need from :class:`sitrep.store.Store`: its dialect and connections, typed.

Why a base class: the view's code is split by job (:mod:`sitrep.store.fused_inputs`,
:mod:`sitrep.store.fused_writes`, :mod:`sitrep.store.fused_filters`, :mod:`sitrep.store.fused_pages`) and
each needs the same three hooks, which ``Store`` overrides; the ``IN`` batching they all share lives here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from itertools import islice

from sqlalchemy.engine import Connection, Engine

from sitrep.store.dialect_base import Dialect

IN_BATCH = 900
"""Values per ``IN (...)``: below SQLite's historical 999-variable limit."""


def chunks(values: Iterable[str], n: int = IN_BATCH) -> Iterator[list[str]]:
    it = iter(values)
    while batch := list(islice(it, n)):
        yield batch


class StoreAccess:
    """The hooks a fused-view mixin calls; :class:`sitrep.store.Store` provides them."""

    _dialect: Dialect

    def _read(self) -> AbstractContextManager[Connection]:  # provided by Store
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:  # provided by Store
        raise NotImplementedError

    def _live_engine(self) -> Engine:  # provided by Store
        raise NotImplementedError
