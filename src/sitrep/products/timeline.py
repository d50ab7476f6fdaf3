"""A chronology of every dated claim and fused event, each entry quoting the span that dates it.

Relative dates ("two weeks later") are already resolved when the claim is stored, so the timeline only
sorts and draws; the SVG is drawn here (no plotting library) and all text in it is escaped.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.model import Statement
from sitrep.products.cite import Citations


@dataclass(frozen=True, slots=True)
class Entry:
    date: date
    precision: str
    text: str
    document: str
    cite: int
    kind: str  # "claim" or "event"

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "precision": self.precision,
            "text": self.text,
            "document": self.document,
            "cite": self.cite,
            "kind": self.kind,
        }


def build_timeline(statements: list[Statement], events: list[dict[str, Any]], cit: Citations) -> list[Entry]:
    out: list[Entry] = []
    for s in statements:
        if s.property != "timeline.claim":
            continue
        doc = cit.doc(s.document_id)
        text = " ".join(s.value["text"].replace("**", "").split())
        n = cit.cite(s.document_id, s.start, s.end)
        out.append(
            Entry(date.fromisoformat(s.value["date"]), s.value["precision"], text, doc.title or doc.id[:12], n, "claim")
        )
    for ev in events:
        date_claims = [c for c in ev.get("claims", []) if c["field"] == "date"]
        if not ev.get("date") or not date_claims:
            continue
        e = date_claims[0]["evidence"][0]
        n = cit.cite(e["document_id"], e["start"], e["end"], date_claims[0].get("credibility"))
        out.append(
            Entry(
                date.fromisoformat(ev["date"]),
                ev.get("date_precision") or "day",
                f"Event: {ev.get('title') or ev['id']}",
                cit.doc(e["document_id"]).title or "",
                n,
                "event",
            )
        )
    out.sort(key=lambda x: (x.date, x.kind != "event", x.cite))
    return out


def to_text(entries: list[Entry]) -> str:
    return "".join(f"{e.date.isoformat()} ({e.precision})  {e.text}  [{e.cite}] {e.document}\n" for e in entries)


def to_json(entries: list[Entry], references: list[Any]) -> str:
    return json.dumps(
        {"entries": [e.as_json() for e in entries], "references": [r.as_json() for r in references]},
        indent=2,
        ensure_ascii=False,
    )


def to_svg(entries: list[Entry], width: int = 1000) -> str:
    """A horizontal axis with a tick per year (or month for short spans) and one labelled dot per entry."""
    rows = max(1, len(entries))
    height = 80 + 18 * rows
    if not entries:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>\n'
    lo, hi = entries[0].date.toordinal(), entries[-1].date.toordinal()
    span = max(hi - lo, 1)
    left, right, axis_y = 60, width - 60, 40

    def x(d: date) -> float:
        return left + (d.toordinal() - lo) / span * (right - left)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        ' font-family="sans-serif" font-size="11">',
        f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="black"/>',
    ]
    first, last = entries[0].date, entries[-1].date
    ticks: list[date] = []
    if span > 400:
        ticks = [date(y, 1, 1) for y in range(first.year, last.year + 2)]
    else:
        y, m = first.year, first.month
        while date(y, m, 1) <= last:
            ticks.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for t in ticks:
        if lo <= t.toordinal() <= hi or t == ticks[0]:
            tx = min(max(x(t), left), right)
            label = str(t.year) if span > 400 else t.strftime("%b %Y")
            parts.append(f'<line x1="{tx:.1f}" y1="{axis_y - 5}" x2="{tx:.1f}" y2="{axis_y + 5}" stroke="black"/>')
            parts.append(f'<text x="{tx:.1f}" y="{axis_y - 10}" text-anchor="middle">{html.escape(label)}</text>')
    for i, e in enumerate(entries):
        ex, ey = x(e.date), axis_y + 30 + 18 * i
        parts.append(f'<circle cx="{ex:.1f}" cy="{axis_y}" r="3" fill="#c00"/>')
        parts.append(f'<line x1="{ex:.1f}" y1="{axis_y}" x2="{ex:.1f}" y2="{ey - 4}" stroke="#bbb"/>')
        label = f"{e.date.isoformat()} [{e.cite}] {e.text}"
        # A label runs towards the side with more room and is cut (with "…") to fit in it, so none
        # leaves the canvas; 6 px per character at 11 px is a safe estimate for sans-serif.
        anchor = "end" if ex > width / 2 else "start"
        fits = int((ex if anchor == "end" else width - ex) / 6) - 1
        limit = min(110, fits)
        label = label if len(label) <= limit else label[: limit - 1] + "…"
        parts.append(f'<text x="{ex:.1f}" y="{ey}" text-anchor="{anchor}">{html.escape(label)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def to_html(entries: list[Entry], references: list[Any], title: str = "Timeline") -> str:
    e = html.escape
    rows = "\n".join(
        f"<tr><td>{e(x.date.isoformat())}</td><td>{e(x.precision)}</td><td>{e(x.text)}</td><td>[{x.cite}]</td></tr>"
        for x in entries
    )
    refs = "\n".join(f"<li>{e(r.title)} — &quot;{e(' '.join(r.quote.split()))}&quot;</li>" for r in references)
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>\n'
        f"<h1>{e(title)}</h1>\n{to_svg(entries)}<table>\n{rows}\n</table>\n<h2>References</h2><ol>\n{refs}\n</ol>\n"
        "</body></html>\n"
    )
