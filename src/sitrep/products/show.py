"""A fused event as a readable terminal page: the fused values, then every claim with its quotes.

Works on the JSON form of a fused event (``FusedEvent.as_json()``), so what the terminal shows is exactly
what ``--json`` prints and what the API will serve.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "contested": "bold red"}


def _value_text(value: Any) -> str:
    if isinstance(value, dict):
        if "canonical" in value:
            return f"{value['canonical']} ({value.get('role', '?')})"
        if "lat" in value or "name" in value:
            parts = [value.get("name"), value.get("admin2"), value.get("admin1"), value.get("country")]
            where = ", ".join(str(p) for p in parts if p)
            if value.get("lat") is not None:
                where += f" [{value['lat']:.3f}, {value['lon']:.3f}"
                if value.get("uncertainty_km") is not None:
                    where += f" ±{value['uncertainty_km']:g} km"
                where += "]"
            return where
        if "date" in value:
            return f"{value['date']} ({value.get('precision') or value.get('date_precision') or '?'})"
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return str(value)


def _short(quote: str, limit: int = 160) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


def render_event(console: Console, event: dict[str, Any]) -> None:
    """Print one fused event: header, sources, then a claims table (field, value, status, evidence)."""
    console.print(Text(event.get("title") or event["id"], style="bold"))
    console.print(Text(f"id {event['id']}", style="dim"))
    loc = event.get("location") or {}
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    header.add_row("date", f"{event.get('date') or '?'} ({event.get('date_precision') or '?'})")
    header.add_row("type", " / ".join(x for x in (event.get("event_type"), event.get("sub_event_type")) if x))
    header.add_row("place", _value_text(loc) if loc else "?")
    header.add_row("actors", "; ".join(f"{a['canonical']} ({a['role']})" for a in event.get("actors", [])))
    header.add_row("fatalities", "unknown" if event.get("fatalities") is None else str(event["fatalities"]))
    header.add_row("captured", "unknown" if event.get("captured") is None else str(event["captured"]))
    console.print(header)

    sources = Table(title="sources", title_justify="left")
    for col in ("#", "document", "title", "reliability"):
        sources.add_column(col)
    doc_numbers: dict[str, int] = {}
    for i, s in enumerate(event.get("sources", []), 1):
        doc_numbers[s["document_id"]] = i
        sources.add_row(str(i), s["document_id"][:12], Text(s.get("title") or ""), s.get("reliability") or "F")
    console.print(sources)

    claims = Table(title="claims", title_justify="left", show_lines=True)
    for col in ("field", "value", "status", "cred.", "evidence"):
        claims.add_column(col)
    for c in event.get("claims", []):
        quotes = Text()
        for ev in c.get("evidence", []):
            n = doc_numbers.get(ev["document_id"], "?")
            if quotes:
                quotes.append("\n")
            quotes.append(f"[{n}] ", style="bold")
            quotes.append(f"“{_short(ev.get('quote', ''))}”")
        status = c.get("status", "")
        claims.add_row(
            c["field"],
            Text(_value_text(c.get("value"))),
            Text(status, style=STATUS_STYLE.get(status, "")),
            str(c.get("credibility", "")),
            quotes,
        )
    console.print(claims)
    for line in event.get("explanations", []) or []:
        console.print(Text(f"• {line}", style="dim"))
