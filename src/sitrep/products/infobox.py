"""An encyclopedia-style infobox for one fused event, every field cited; fields no source gives are left out.

Fused claims give date, place, combatants and casualties; relations give commanders; an ``Infobox`` section
in a source document (wiki-style text) gives conflict, part of, result and strength lines, quoted from
their exact span. Nothing is filled from general knowledge.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from sitrep.model import Statement
from sitrep.products.brief import _nice_date, _place
from sitrep.products.cite import Citations, Reference, marks

_INFOBOX_FIELDS = {
    "conflict": "conflict",
    "partof": "part of",
    "part_of": "part of",
    "result": "result",
    "strength1": "strength",
    "strength2": "strength",
    "strength": "strength",
}
_LINE = re.compile(r"^[-*|\s]*([A-Za-z_ ]+?)\d?\s*[:=]\s*(.+?)\s*$", re.M)

Field = tuple[str, str, list[int]]


def build_infobox(ev: dict[str, Any], statements: list[Statement], cit: Citations) -> list[Field]:
    fields: list[Field] = []

    def claims(name: str) -> list[dict[str, Any]]:
        return [c for c in ev.get("claims", []) if c["field"] == name]

    def cites(c: dict[str, Any]) -> list[int]:
        return [cit.cite(e["document_id"], e["start"], e["end"], c.get("credibility")) for e in c["evidence"]]

    # conflict / part of / result / strength from infobox sections of the event's sources
    for src in ev.get("sources", []):
        doc = cit.doc(src["document_id"])
        for sec in doc.sections:
            if sec.name.lower() != "infobox":
                continue
            for m in _LINE.finditer(doc.text, sec.start, sec.end):
                key = m.group(1).strip().lower().replace(" ", "_")
                full = m.group(1).strip().lower().replace(" ", "") + (
                    m.group(0).split(":")[0][-1] if m.group(0).split(":")[0][-1].isdigit() else ""
                )
                label = _INFOBOX_FIELDS.get(full) or _INFOBOX_FIELDS.get(key)
                value = m.group(2).strip(" ,")
                if label and value and value.lower() not in ("none", "unknown"):
                    fields.append((label, value, [cit.cite(doc.id, m.start(2), m.end(2))]))
    for c in claims("date")[:1]:
        fields.append(("date", _nice_date(c["value"], ev.get("date_precision")), cites(c)))
    for c in claims("location")[:1]:
        fields.append(("place", _place(c["value"]), cites(c)))
    for role, label in (("actor1", "combatant (side 1)"), ("actor2", "combatant (side 2)")):
        for c in claims("actors"):
            if c["value"].get("role") == role:
                fields.append((label, c["value"]["canonical"], cites(c)))
    combatants = {c["value"]["canonical"] for c in claims("actors")}
    seen: set[tuple[str, str]] = set()
    for s in statements:
        if s.property in ("relation.leader_of", "relation.commander_of") and s.value.get("object") in combatants:
            who = s.subject.split(":", 1)[1]
            if (who, s.value["object"]) not in seen:
                seen.add((who, s.value["object"]))
                nums = [
                    cit.cite(x.document_id, x.start, x.end)
                    for x in statements
                    if x.subject == s.subject
                    and x.property == s.property
                    and x.value.get("object") == s.value["object"]
                ]
                fields.append(("commander", f"{who} ({s.value['object']})", nums))
    for fname, label in (("fatalities", "casualties: killed"), ("captured", "casualties: captured")):
        cs = claims(fname)
        if cs:
            value = " or ".join(f"{c['value']} {marks(cites(c))}" for c in cs) if len(cs) > 1 else str(cs[0]["value"])
            fields.append(
                (label, value + (" (sources differ)" if len(cs) > 1 else ""), [n for c in cs for n in cites(c)])
            )
    return fields


def to_text(title: str, fields: list[Field], refs: list[Reference]) -> str:
    out = [title, ""]
    out += [f"{label:<22} {value} {marks(nums)}" for label, value, nums in fields]
    out += ["", "References"]
    out += [f'[{r.number}] {r.title} ({r.grade}): "{" ".join(r.quote.split())}"' for r in refs]
    return "\n".join(out) + "\n"


def to_markdown(title: str, fields: list[Field], refs: list[Reference]) -> str:
    out = [f"### {title}", "", "| field | value |", "|---|---|"]
    out += [f"| {label} | {value.replace('|', '/')} {marks(nums)} |" for label, value, nums in fields]
    out += ["", *[f'{r.number}. {r.title} ({r.grade}): "{" ".join(r.quote.split())}"' for r in refs]]
    return "\n".join(out) + "\n"


def to_json(title: str, fields: list[Field], refs: list[Reference]) -> str:
    return json.dumps(
        {
            "title": title,
            "fields": [{"field": f, "value": v, "cites": n} for f, v, n in fields],
            "references": [r.as_json() for r in refs],
        },
        indent=2,
        ensure_ascii=False,
    )


def to_html(title: str, fields: list[Field], refs: list[Reference]) -> str:
    e = html.escape
    rows = "".join(f"<tr><th>{e(f)}</th><td>{e(v)} {marks(n)}</td></tr>" for f, v, n in fields)
    return f"<table><caption>{e(title)}</caption>{rows}</table>\n"
