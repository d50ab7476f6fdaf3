"""Products (briefs, timelines, exports) over HTTP.

Reserved: the products package is being built; its routes go on this router under ``/api/products`` and
call :mod:`sitrep.products` functions, exactly like the other routes call the workbench.
"""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/api/products", tags=["products"])
