"""Whether a callable takes a keyword: stages call pluggable finders and test fakes that may not."""

from __future__ import annotations

import functools
import inspect


def _accepts(fn: object, name: str) -> bool:
    """Whether ``fn`` takes the keyword ``name``: asked of the signature, so that a TypeError raised inside
    the call is never mistaken for "does not take it". Cached on the underlying function."""
    return _accepts_cached(getattr(fn, "__func__", fn), name)


@functools.lru_cache(maxsize=64)
def _accepts_cached(fn: object, name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
