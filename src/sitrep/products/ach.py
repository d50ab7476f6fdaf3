"""Heuer's Analysis of Competing Hypotheses over the stored statements.

The analyst writes the hypotheses (and, optionally, evidence rows with consistency ratings) in YAML; the
store suggests further evidence rows whose words overlap a hypothesis. Suggested rows get a machine rating
that only says "shares key terms" (C) or "unrelated" (N) and are marked as suggestions: consistency is the
analyst's call. Hypotheses are ranked by inconsistency (I = 1, II = 2), least inconsistent first, as Heuer
advises: evidence refutes, it does not confirm.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import SitrepError
from sitrep.model import Statement
from sitrep.products.cite import Citations, Reference

RATINGS = ("CC", "C", "N", "I", "II")
_INCONSISTENCY = {"CC": 0, "C": 0, "N": 0, "I": 1, "II": 2}
_STOP_WORDS = (
    "the a an of in on at to and or for with by from was were is are be been his her their its that this "
    "which who as it he she they there than then into also about after before over under between would "
    "could should have has had not but because why did does mali"
)
_STOP = frozenset(_STOP_WORDS.split())


class ACHError(SitrepError):
    """The hypotheses file is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Hypothesis:
    id: str
    text: str


@dataclass
class Row:
    text: str
    ratings: dict[str, str]
    cite: int | None
    suggested: bool
    note: str = ""
    diagnostic: bool = field(default=False)


@dataclass
class Matrix:
    hypotheses: list[Hypothesis]
    rows: list[Row]
    scores: dict[str, int]
    ranking: list[str]
    references: list[Reference]


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ]{3,}", text.lower().replace("*", "")) if w not in _STOP}


def load_hypotheses(path: Path) -> tuple[list[Hypothesis], list[dict[str, Any]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ACHError(f"{path}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise ACHError(f"{path}: not valid YAML") from exc
    if not isinstance(data, dict) or not isinstance(data.get("hypotheses"), list) or not data["hypotheses"]:
        raise ACHError(f"{path}: expected a mapping with a non-empty 'hypotheses' list")
    hyps: list[Hypothesis] = []
    for i, h in enumerate(data["hypotheses"], 1):
        if not isinstance(h, dict) or not h.get("id") or not h.get("text"):
            raise ACHError(f"{path}: hypothesis {i} needs an 'id' and a 'text'")
        hyps.append(Hypothesis(str(h["id"]), str(h["text"])))
    if len({h.id for h in hyps}) != len(hyps):
        raise ACHError(f"{path}: hypothesis ids must be unique")
    evidence = data.get("evidence") or []
    if not isinstance(evidence, list):
        raise ACHError(f"{path}: 'evidence' must be a list")
    for i, e in enumerate(evidence, 1):
        if not isinstance(e, dict) or not e.get("match") or not isinstance(e.get("ratings"), dict):
            raise ACHError(f"{path}: evidence {i} needs 'match' (keywords) and 'ratings' (hypothesis id: rating)")
        for hid, r in e["ratings"].items():
            if str(hid) not in {h.id for h in hyps} or str(r) not in RATINGS:
                raise ACHError(f"{path}: evidence {i}: bad rating {hid}: {r} (ratings are {', '.join(RATINGS)})")
    return hyps, evidence


def _statement_text(s: Statement, cit: Citations) -> str:
    if isinstance(s.value, dict) and "text" in s.value:
        return str(s.value["text"])
    return cit.doc(s.document_id).text[s.start : s.end]


def _candidates(statements: list[Statement]) -> list[Statement]:
    keep = ("judgement.assessment", "timeline.claim", "relation.")
    return [s for s in statements if s.property.startswith(keep)]


def build_matrix(
    hyps: list[Hypothesis], manual: list[dict[str, Any]], statements: list[Statement], cit: Citations, limit: int = 12
) -> Matrix:
    cands = _candidates(statements)
    texts = {s.id: " ".join(_statement_text(s, cit).replace("*", "").split()) for s in cands}
    rows: list[Row] = []
    used: set[str] = set()
    for e in manual:
        key = words(str(e["match"]))
        best = max(cands, key=lambda s: (len(key & words(texts[s.id])), -len(texts[s.id])), default=None)
        ratings = {h.id: str(e["ratings"].get(h.id, "N")) for h in hyps}
        if best is None or not key & words(texts[best.id]):
            rows.append(Row(str(e.get("text") or e["match"]), ratings, None, False, "no stored statement matches"))
            continue
        used.add(texts[best.id])
        rows.append(
            Row(str(e.get("text") or texts[best.id]), ratings, cit.cite(best.document_id, best.start, best.end), False)
        )
    hyp_words = {h.id: words(h.text) for h in hyps}
    scored: list[tuple[int, Statement]] = []
    for s in cands:
        if texts[s.id] in used:
            continue
        w = words(texts[s.id])
        overlap = max(len(w & hw) for hw in hyp_words.values())
        if overlap >= 2:
            scored.append((overlap, s))
    scored.sort(key=lambda x: (-x[0], x[1].document_id, x[1].start))
    for _, s in scored[:limit]:
        if texts[s.id] in used:
            continue
        used.add(texts[s.id])
        w = words(texts[s.id])
        ratings = {h.id: ("C" if len(w & hyp_words[h.id]) >= 2 else "N") for h in hyps}
        rows.append(Row(texts[s.id], ratings, cit.cite(s.document_id, s.start, s.end), True, "suggested"))
    for r in rows:
        r.diagnostic = len({_INCONSISTENCY[v] for v in r.ratings.values()}) > 1 or len(set(r.ratings.values())) > 1
        if all(v in ("C", "CC") for v in r.ratings.values()) or all(v == "N" for v in r.ratings.values()):
            r.diagnostic = False
    scores = {h.id: sum(_INCONSISTENCY[r.ratings[h.id]] for r in rows) for h in hyps}
    order = {h.id: i for i, h in enumerate(hyps)}
    ranking = sorted(scores, key=lambda k: (scores[k], order[k]))
    return Matrix(hyps, rows, scores, ranking, cit.references)


def to_markdown(m: Matrix) -> str:
    out = ["# Analysis of Competing Hypotheses", "", "## Hypotheses", ""]
    out += [f"- **{h.id}**: {h.text}" for h in m.hypotheses]
    out += ["", "## Matrix", "", "| evidence | " + " | ".join(h.id for h in m.hypotheses) + " | diagnostic | source |"]
    out.append("|---" * (len(m.hypotheses) + 3) + "|")
    for r in m.rows:
        text = r.text if len(r.text) <= 160 else r.text[:159] + "…"
        src = f"[{r.cite}]" if r.cite else f"({r.note})"
        tag = " _(suggested)_" if r.suggested else ""
        cells = " | ".join(r.ratings[h.id] for h in m.hypotheses)
        out.append(f"| {text.replace('|', '/')}{tag} | {cells} | {'yes' if r.diagnostic else 'no'} | {src} |")
    out += ["", "## Ranking (least inconsistent first)", ""]
    out += [f"{i}. {hid} — inconsistency {m.scores[hid]}" for i, hid in enumerate(m.ranking, 1)]
    out += ["", "## References", ""]
    out += [f'{r.number}. {r.title} ({r.grade}): "{" ".join(r.quote.split())}"' for r in m.references]
    return "\n".join(out) + "\n"


def to_html(m: Matrix) -> str:
    e = html.escape
    head = "".join(f'<th title="{e(h.text)}">{e(h.id)}</th>' for h in m.hypotheses)
    body = []
    for r in m.rows:
        cells = "".join(f"<td>{e(r.ratings[h.id])}</td>" for h in m.hypotheses)
        src = f"[{r.cite}]" if r.cite else e(r.note)
        tag = " (suggested)" if r.suggested else ""
        diag = "yes" if r.diagnostic else "no"
        body.append(f"<tr><td>{e(r.text)}{tag}</td>{cells}<td>{diag}</td><td>{src}</td></tr>")
    hyps = "".join(f"<li><b>{e(h.id)}</b>: {e(h.text)}</li>" for h in m.hypotheses)
    rank = "".join(f"<li>{e(h)} — inconsistency {m.scores[h]}</li>" for h in m.ranking)
    refs = "".join(
        f"<li>{e(r.title)} ({e(r.grade)}): &quot;{e(' '.join(r.quote.split()))}&quot;</li>" for r in m.references
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>ACH</title></head><body>\n'
        f"<h1>Analysis of Competing Hypotheses</h1><ul>{hyps}</ul>\n"
        f"<table><tr><th>evidence</th>{head}<th>diagnostic</th><th>source</th></tr>\n" + "\n".join(body) + "</table>\n"
        f"<h2>Ranking</h2><ol>{rank}</ol><h2>References</h2><ol>{refs}</ol></body></html>\n"
    )
