"""Throughput of the event extractor next to bare spaCy tokenisation, on the same texts in the same run.

Texts: ../shared/eval/dev inputs when present, else tests/data/labelled_en.jsonl. Figures go to stdout and
into benchmarks/latest.json under "extract" (other keys of that file are kept).
Run: ``python benchmarks/bench_extract.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

import spacy
from figures import record

from sitrep.nlp.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "acled-mali-2017.inputs.jsonl"
OWN = ROOT / "tests" / "data" / "labelled_en.jsonl"


def _load() -> tuple[str, list[tuple[str, date | None]]]:
    path = DEV if DEV.exists() else OWN
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return path.name, [(r["text"], date.fromisoformat(r["published"]) if r.get("published") else None) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    name, texts = _load()
    ex = Extractor()
    blank = spacy.blank("en")
    ex.extract(texts[0][0], published=texts[0][1], document_id="warm")
    tokens = sum(len(blank.make_doc(t)) for t, _ in texts)

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t, pub in texts:
            ex.extract(t, published=pub, document_id="bench")
    t_ex = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t, _pub in texts:
            blank.make_doc(t)
    t_tok = time.perf_counter() - t0

    n = len(texts) * args.repeat
    res = {
        "texts": name,
        "notes": len(texts),
        "repeat": args.repeat,
        "notes_per_s": round(n / t_ex, 1),
        "tokens_per_s": round(tokens * args.repeat / t_ex, 1),
        "bare_spacy_tokens_per_s": round(tokens * args.repeat / t_tok, 1),
        "ratio_to_bare_spacy": round(t_tok / t_ex, 4),
    }
    record("extract", res)


if __name__ == "__main__":
    main()
