"""A situation brief in the layout of a centre-of-excellence report: Events / Assessment / Prospects.

Events are written from the fused claims only (so a contested figure is stated as contested), and the
Assessment and Prospects sections only gather the sources' own judgements, attributed by name: the brief
adds no judgement of its own. Every sentence ends with numbered citations to verbatim spans.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import SitrepError
from sitrep.products.cite import Citations, Reference, marks, source_label

_FIELD_WORDS = {"fatalities": "the number killed", "captured": "the number captured"}


@dataclass
class Line:
    text: str
    cites: list[int] = field(default_factory=list)

    def render(self) -> str:
        return f"{self.text} {marks(self.cites)}".rstrip()


@dataclass
class Brief:
    title: str
    sections: list[tuple[str, list[Line]]]
    references: list[Reference]


def _evidence_cites(cit: Citations, claim: dict[str, Any]) -> list[int]:
    return [cit.cite(e["document_id"], e["start"], e["end"], claim.get("credibility")) for e in claim["evidence"]]


def _nice_date(iso: str, precision: str | None) -> str:
    d = date.fromisoformat(iso)
    if precision == "year":
        return str(d.year)
    if precision in ("month", "season"):
        return d.strftime("%B %Y")
    return f"{d.day} {d.strftime('%B %Y')}"


def _place(v: dict[str, Any]) -> str:
    return ", ".join(dict.fromkeys(str(v[k]) for k in ("name", "admin2", "admin1", "country") if v.get(k)))


def event_lines(ev: dict[str, Any], cit: Citations) -> list[Line]:
    """Sentences about one fused event; a field with more than one sourced value is said to be contested."""
    by_field: dict[str, list[dict[str, Any]]] = {}
    for c in ev.get("claims", []):
        by_field.setdefault(c["field"], []).append(c)
    lines: list[Line] = []
    kind = " / ".join(x for x in (ev.get("event_type"), ev.get("sub_event_type")) if x)
    for c in by_field.get("date", [])[:1]:
        lines.append(
            Line(f"{kind} event dated {_nice_date(c['value'], ev.get('date_precision'))}.", _evidence_cites(cit, c))
        )
    for c in by_field.get("location", [])[:1]:
        lines.append(Line(f"Place: {_place(c['value'])}.", _evidence_cites(cit, c)))
    actors = by_field.get("actors", [])
    if actors:
        names = "; ".join(f"{c['value']['canonical']} ({c['value']['role']})" for c in actors)
        lines.append(Line(f"Actors: {names}.", [n for c in actors for n in _evidence_cites(cit, c)]))
    for fname in ("fatalities", "captured"):
        claims = by_field.get(fname, [])
        if len(claims) > 1:
            parts = " or ".join(f"{c['value']} {marks(_evidence_cites(cit, c))}" for c in claims)
            all_n = [n for c in claims for n in _evidence_cites(cit, c)]
            lines.append(Line(f"Sources differ on {_FIELD_WORDS[fname]}: {parts}.", all_n))
        elif claims:
            c = claims[0]
            verb = "killed" if fname == "fatalities" else "captured"
            lines.append(Line(f"Reported {verb}: {c['value']}.", _evidence_cites(cit, c)))
    return lines


def build_brief(
    title: str,
    events: list[dict[str, Any]],
    statements: list[Any],
    cit: Citations,
) -> Brief:
    """Assemble the brief from fused event JSON and stored statements (relations, judgements)."""
    ev_lines: list[Line] = []
    for ev in events:
        ev_lines.extend(event_lines(ev, cit))
    killed = [s for s in statements if s.property == "relation.killed_in"]
    seen: set[str] = set()
    for s in killed:
        who = s.subject.split(":", 1)[1]
        nums = [cit.cite(x.document_id, x.start, x.end) for x in killed if x.subject == s.subject]
        if who not in seen:
            seen.add(who)
            ev_lines.append(Line(f"{who} is reported killed.", nums))
    leaders: dict[tuple[str, str], list[int]] = {}
    for s in statements:
        if s.property == "relation.leader_of" and s.subject.split(":", 1)[1] in seen:
            key = (s.subject.split(":", 1)[1], s.value["object"])
            leaders.setdefault(key, []).append(cit.cite(s.document_id, s.start, s.end))
    for (who, org), nums in leaders.items():
        ev_lines.append(Line(f"{who} is described as leader of {org}.", nums))
    assess: list[Line] = []
    prospects: list[Line] = []
    for s in statements:
        if s.property != "judgement.assessment":
            continue
        doc = cit.doc(s.document_id)
        who = s.value.get("attributed_to")
        speaker = f"{source_label(doc)}, citing {who}" if who else source_label(doc)
        line = Line(
            f"According to {speaker}: “{' '.join(s.value['text'].replace('*', '').split())}”",
            [cit.cite(s.document_id, s.start, s.end)],
        )
        (prospects if s.value.get("kind") == "prospect" else assess).append(line)
    sections = [("Events", ev_lines), ("Assessment", assess), ("Prospects and recommendations", prospects)]
    return Brief(title, sections, cit.references)


def to_markdown(b: Brief) -> str:
    out = [f"# {b.title}", ""]
    for heading, lines in b.sections:
        out += [f"## {heading}", ""]
        out += [f"- {line.render()}" for line in lines] or ["_No source statement._"]
        out.append("")
    out += ["## References", ""]
    for r in b.references:
        quote = " ".join(r.quote.split())
        out.append(f'{r.number}. {r.title} — grade {r.grade} — "{quote}"')
    return "\n".join(out) + "\n"


def to_html(b: Brief) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{e(b.title)}</title></head><body>",
        f"<h1>{e(b.title)}</h1>",
    ]
    for heading, lines in b.sections:
        out.append(f"<h2>{e(heading)}</h2><ul>")
        out += [f"<li>{e(line.render())}</li>" for line in lines]
        out.append("</ul>")
    out.append("<h2>References</h2><ol>")
    for r in b.references:
        out.append(f"<li>{e(r.title)} — grade {e(r.grade)} — &quot;{e(' '.join(r.quote.split()))}&quot;</li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_ASCII = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "...", "\u00a0": " "})


def _latin1(text: str) -> str:
    """Core PDF fonts only cover Latin-1: typographic quotes and dashes become ASCII, the rest of the
    accents are kept where Latin-1 has them (``Ménaka``) and only what it lacks becomes ``?``."""
    return text.translate(_ASCII).encode("latin-1", "replace").decode("latin-1")


def _as_is(text: str) -> str:
    return text


def to_pdf(b: Brief, *, font_path: Path | None = DEJAVU) -> bytes:
    """The brief as a PDF: title, one heading per section, numbered citations, references with quotes.

    Fonts: the DejaVu Sans TTF from Debian's ``fonts-dejavu-core`` (``/usr/share/fonts/truetype/dejavu``)
    is embedded when present, because report text is full of non-Latin-1 characters (curly quotes,
    ``Ménaka``, Arabic names) that the core PDF fonts cannot show. Without it the core Helvetica is used and
    the text is transliterated (:func:`_latin1`) so that the PDF is still produced, never an error.
    Needs fpdf2 (pure Python); without it the user gets a one-line error, not a traceback.
    """
    try:
        from fpdf import FPDF
        from fpdf.enums import XPos, YPos
    except ImportError as exc:
        raise SitrepError("PDF output needs the fpdf2 package; use --format markdown or html") from exc
    pdf = FPDF(format="A4")
    pdf.set_title(b.title)
    pdf.set_creator("sitrep")
    bold = font_path.with_name(font_path.stem + "-Bold.ttf") if font_path else None
    if font_path is not None and font_path.is_file():
        pdf.add_font("body", "", str(font_path))
        pdf.add_font("body", "B", str(bold if bold and bold.is_file() else font_path))
        family, clean = "body", _as_is
    else:
        family, clean = "Helvetica", _latin1
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: int) -> None:
        pdf.set_font(family, "B", size)
        pdf.multi_cell(width, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    def para(text: str, indent: str = "") -> None:
        pdf.set_font(family, "", 10)
        pdf.multi_cell(width, 5, clean(indent + text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    heading(b.title, 16)
    for name, lines in b.sections:
        heading(name, 13)
        if not lines:
            para("No source statement.")
        for line in lines:
            para(line.render(), "• " if family == "body" else "- ")
    heading("References", 13)
    for r in b.references:
        para(f"[{r.number}] {r.title} — grade {r.grade} — “{' '.join(r.quote.split())}”")
    return bytes(pdf.output())
