"""Accuracy gate: the extractor on our own labelled notes (tests/data/labelled_en.jsonl), scored like
shared/eval/score.py. Minimums sit a little below the current figures; raise them as coding improves."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sitrep.nlp.extract import Extractor

DATA = Path(__file__).parent / "data" / "labelled_en.jsonl"
SHARED_SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

MINIMUMS = {
    "event_type": 0.975,
    "actors_f1": 0.955,
    "fatalities": 0.985,
    "date": 0.99,
    "country": 0.35,
}


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def _variants(name: str) -> list[set[str]]:
    s = re.sub(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)", " ", _fold(name))
    s = re.sub(r"\(([^)]*)\)", " ", s)
    stop = {"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "al", "el", "a", "an"}
    out = []
    for part in re.split(r":|\band/or\b", s):
        toks = {t for t in re.findall(r"[a-z0-9']+", part) if t not in stop}
        if toks:
            out.append(toks)
    return out


def _actor_match(a: str, b: str) -> bool:
    for x in _variants(a):
        for y in _variants(b):
            small, big = (x, y) if len(x) <= len(y) else (y, x)
            if small and len(small & big) / len(small) >= 0.8:
                return True
    return False


def _own_score(gold: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> dict[str, float]:
    """A small copy of score.py's rules (used when ../shared is absent)."""
    ok: dict[str, int] = {}
    tp = fp = fn = 0
    for g in gold:
        evs = preds.get(g["id"], {}).get("events") or []
        ev = evs[0] if evs else {}
        ok["date"] = ok.get("date", 0) + (ev.get("date") == g["date"])
        ok["event_type"] = ok.get("event_type", 0) + (ev.get("event_type") in g["event_type"])
        ok["fatalities"] = ok.get("fatalities", 0) + ((ev.get("fatalities") or 0) == g["fatalities"])
        loc = ev.get("location") or {}
        ok["country"] = ok.get("country", 0) + (_fold(loc.get("country")) == _fold(g["country"]))
        gold_names = [a for a in [g.get("actor1"), g.get("actor2"), *g.get("assoc_actors", [])] if a]
        names: list[str] = []
        for a in ev.get("actors") or []:
            n = a.get("canonical") or a.get("name")
            if n and not any(_actor_match(n, m) for m in names):
                names.append(n)
        hit_g = sum(any(_actor_match(x, y) for y in names) for x in gold_names)
        hit_p = sum(any(_actor_match(y, x) for x in gold_names) for y in names)
        tp, fn, fp = tp + hit_g, fn + len(gold_names) - hit_g, fp + len(names) - hit_p
    res = {k: v / len(gold) for k, v in ok.items()}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    res["actors_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return res


def _shared_scorer() -> ModuleType | None:
    if not SHARED_SCORE.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORE)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_labelled(path: Path) -> dict[str, float]:
    """Code every note of a labelled file (no language given, no gazetteer) and score it like score.py."""
    rows = load_rows(path)
    ex = Extractor()
    preds = {}
    for r in rows:
        events = ex.extract(r["text"], published=date.fromisoformat(r["published"]), document_id=r["id"])
        preds[r["id"]] = {"id": r["id"], "events": [e.as_json() for e in events]}
    mod = _shared_scorer()
    if mod is not None:
        res, _bad = mod.score(rows, preds, 0)
        return {k: v for k, v in res.items() if isinstance(v, float)}
    return _own_score(rows, preds)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_labelled(DATA)


def test_labelled_set_is_large_and_varied() -> None:
    rows = load_rows(DATA)
    assert len(rows) >= 100
    assert len({r["country"] for r in rows}) >= 7
    assert len({r["event_type"][0] for r in rows}) == 6


@pytest.mark.parametrize("field", sorted(MINIMUMS))
def test_minimum_accuracy(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= MINIMUMS[field], f"{field} {scores[field]:.3f} < {MINIMUMS[field]}"


def test_own_scorer_agrees_with_shared(scores: dict[str, float]) -> None:
    if _shared_scorer() is None:
        pytest.skip("../shared is absent: nothing to compare with")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    ex = Extractor()
    preds = {
        r["id"]: {
            "events": [
                e.as_json()
                for e in ex.extract(r["text"], published=date.fromisoformat(r["published"]), document_id=r["id"])
            ]
        }
        for r in rows
    }
    own = _own_score(rows, preds)
    for k in ("event_type", "fatalities", "date", "actors_f1"):
        assert abs(own[k] - scores[k]) < 1e-9, k
