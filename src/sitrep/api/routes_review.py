"""Analyst review: merge decisions (list, merge, unmerge, undo) and source reliability grades."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Path, Request
from pydantic import BaseModel, Field

from sitrep.api.deps import check_id, workbench
from sitrep.api.security import JUDGEMENT_ID, MENTION_ID
from sitrep.errors import NotFoundError
from sitrep.model import Judgement, Source

router = APIRouter(prefix="/api", tags=["review"])


class Decision(BaseModel):
    analyst: str = Field(default="api", min_length=1, max_length=100, pattern=r"^[\w .@-]+$")
    reason: str = Field(default="", max_length=2000)


class Grade(BaseModel):
    reliability: str = Field(pattern=r"^[A-Fa-f]$", description="Admiralty reliability A-F")
    kind: str | None = Field(default=None, max_length=50)


def judgement_json(j: Judgement) -> dict[str, Any]:
    return {
        "id": j.id,
        "kind": j.kind,
        "left": j.left,
        "right": j.right,
        "verdict": j.verdict,
        "decided_by": j.decided_by,
        "by_analyst": j.by_analyst,
        "score": j.score,
        "reason": j.reason,
    }


def source_json(s: Source) -> dict[str, Any]:
    return {"name": s.name, "kind": s.kind, "reliability": s.reliability}


@router.get("/merges")
def list_merges(request: Request) -> list[dict[str, Any]]:
    """Event-merge decisions: analysts' stored judgements first, then the machine's current merges."""
    with workbench(request) as wb:
        return [judgement_json(j) for j in wb.merges()]


def _decide(request: Request, left: str, right: str, decision: Decision | None, positive: bool) -> dict[str, Any]:
    check_id(left, MENTION_ID, "mention id (mention:<16 hex>:<n>)")
    check_id(right, MENTION_ID, "mention id (mention:<16 hex>:<n>)")
    if left == right:
        raise HTTPException(status_code=400, detail="a mention is trivially the same event as itself")
    d = decision or Decision()
    with workbench(request) as wb:
        act = wb.merge if positive else wb.unmerge
        return judgement_json(act(left, right, d.analyst, d.reason))


Mention = Annotated[str, Path(max_length=40)]


@router.post("/merges/{left}/{right}/unmerge", status_code=201)
def unmerge(
    left: Mention, right: Mention, request: Request, decision: Annotated[Decision | None, Body()] = None
) -> dict[str, Any]:
    """Record that two mentions are different events; undo with DELETE /api/judgements/{id}."""
    return _decide(request, left, right, decision, positive=False)


@router.post("/merges/{left}/{right}/merge", status_code=201)
def merge(
    left: Mention, right: Mention, request: Request, decision: Annotated[Decision | None, Body()] = None
) -> dict[str, Any]:
    """Record that two mentions report the same event."""
    return _decide(request, left, right, decision, positive=True)


@router.delete("/judgements/{judgement_id}")
def forget(judgement_id: str, request: Request) -> dict[str, Any]:
    """Remove a stored judgement; the machine's decision applies again."""
    check_id(judgement_id, JUDGEMENT_ID, "judgement id (j- and 16 hex)")
    with workbench(request) as wb:
        if not wb.forget_judgement(judgement_id):
            raise NotFoundError(f"no stored judgement {judgement_id}")
    return {"removed": judgement_id}


@router.get("/sources")
def list_sources(request: Request) -> list[dict[str, Any]]:
    with workbench(request) as wb:
        return [source_json(s) for s in wb.store.sources()]


@router.put("/sources/{name}")
def grade_source(
    name: Annotated[str, Path(min_length=1, max_length=200)], grade: Grade, request: Request
) -> dict[str, Any]:
    """Set a source's Admiralty reliability grade; fused events use it at once."""
    if any(ord(c) < 32 for c in name):
        raise HTTPException(status_code=400, detail="source names cannot contain control characters")
    with workbench(request) as wb:
        existing = wb.store.get_source(name)
        kind = grade.kind or (existing.kind if existing else "publisher")
        return source_json(wb.set_reliability(name, grade.reliability, kind=kind))
