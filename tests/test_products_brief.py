"""Brief, timeline, infobox and ACH over the two reports, ingested into a fresh database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, ROOT, needs_shared
from sitrep.errors import SitrepError
from sitrep.products import ach, brief, infobox, timeline
from sitrep.products.cite import Citations
from sitrep.workbench import Workbench


@pytest.fixture(scope="module")
def wb(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is absent")
    path = str(tmp_path_factory.mktemp("products") / "p.db")
    w = Workbench.open(path)
    w.db_path = path  # type: ignore[attr-defined]  # for the CLI tests
    w.ingest_paths(sorted(CORPUS.glob("*.txt")))
    yield w
    w.close()


def _primary(wb: Any) -> dict[str, Any]:
    return wb.fused_events()[0].as_json()


def _brief(wb: Any) -> tuple[brief.Brief, Citations]:
    ev = _primary(wb)
    docs = [s["document_id"] for s in ev["sources"]]
    cit = Citations(wb.document, wb.reliability)
    stmts = wb.statements_with("relation.", docs) + wb.statements_with("judgement.", docs)
    return brief.build_brief(ev["title"], [ev], stmts, cit), cit


@needs_shared
def test_brief_cites_verbatim_and_both_documents(wb: Any) -> None:
    b, cit = _brief(wb)
    md = brief.to_markdown(b)
    assert [h for h, _ in b.sections] == ["Events", "Assessment", "Prospects and recommendations"]
    for _, lines in b.sections:
        for line in lines:
            assert re.search(r"(\[\d+\])+$", line.render()), line.text
    for r in b.references:
        assert r.quote and r.quote in wb.document(r.document_id).text
        assert re.fullmatch(r"[A-F][1-6]", r.grade)
    events = b.sections[0][1]
    cited_docs = {cit.references[n - 1].document_id for line in events for n in line.cites}
    assert len(cited_docs) == 2
    assert "## References" in md and "According to" in md


@needs_shared
def test_brief_events_fields(wb: Any) -> None:
    ev = _primary(wb)
    assert ev["date"] == "2020-06-03"
    assert ev["location"]["name"] == "Talahandak"
    b, _ = _brief(wb)
    text = " ".join(line.text for line in b.sections[0][1])
    assert "3 June 2020" in text and "Talahandak" in text and "AQIM" in text
    assert "killed" in text


@needs_shared
def test_brief_fatalities_and_captured(wb: Any) -> None:
    ev = _primary(wb)
    assert ev["fatalities"] in (4, 5) and ev["captured"] == 1
    b, _ = _brief(wb)
    text = " ".join(line.text for line in b.sections[0][1])
    assert "Reported killed: 4" in text or "Sources differ on the number killed" in text
    assert "Reported captured: 1" in text


@needs_shared
def test_timeline_order(wb: Any) -> None:
    cit = Citations(wb.document, wb.reliability)
    entries = timeline.build_timeline(wb.statements_with("timeline.claim"), [], cit)
    keys = [e.date.isoformat()[:7] if e.precision == "month" else e.date.isoformat() for e in entries]
    wanted = ["2017-03", "2020-01", "2020-06-01", "2020-06-03", "2020-06-05", "2020-06-18", "2020-07-01"]
    positions = [keys.index(w) for w in wanted]
    assert positions == sorted(positions)
    svg = timeline.to_svg(entries)
    assert svg.startswith("<svg") and "2020" in svg and "<script" not in svg
    assert "Approved" in timeline.to_text(entries)


@needs_shared
def test_infobox_fields_are_cited(wb: Any) -> None:
    ev = _primary(wb)
    cit = Citations(wb.document, wb.reliability)
    fields = infobox.build_infobox(ev, wb.statements_with("relation."), cit)
    names = {f for f, _, _ in fields}
    assert {"date", "place", "commander"} <= names
    assert all(nums for _, _, nums in fields)
    assert any("Droukdel" in v for f, v, _ in fields if f == "commander")


@needs_shared
def test_ach_renders_and_ranks(wb: Any) -> None:
    hyps, manual = ach.load_hypotheses(ROOT / "examples" / "hypotheses-droukdel.yaml")
    assert len(hyps) >= 5
    cit = Citations(wb.document, wb.reliability)
    m = ach.build_matrix(hyps, manual, wb.statements_with(""), cit)
    assert sorted(m.ranking) == sorted(h.id for h in hyps)
    assert [m.scores[h] for h in m.ranking] == sorted(m.scores.values())
    assert all(r.cite for r in m.rows)
    assert any(r.suggested for r in m.rows)
    md = ach.to_markdown(m)
    assert "| diagnostic |" in md and "Ranking" in md
    for r in m.references:
        assert r.quote in wb.document(r.document_id).text


def test_ach_bad_yaml(tmp_path: Path) -> None:
    p = tmp_path / "h.yaml"
    p.write_text("hypotheses: []\n")
    with pytest.raises(SitrepError):
        ach.load_hypotheses(p)
    p.write_text("hypotheses: [{id: H1, text: x}]\nevidence: [{match: y, ratings: {H1: Q}}]\n")
    with pytest.raises(SitrepError, match="bad rating"):
        ach.load_hypotheses(p)


def test_html_is_escaped() -> None:
    b = brief.Brief("<b>t</b>", [("Events", [brief.Line("<script>x</script>", [1])])], [])
    out = brief.to_html(b)
    assert "<script>" not in out and "&lt;script&gt;" in out
    e = timeline.Entry(__import__("datetime").date(2020, 1, 1), "day", "<img src=x>", "d", 1, "claim")
    assert "<img" not in timeline.to_svg([e])


@needs_shared
def test_brief_pdf_from_the_cli_has_sections_citations_and_quotes(wb: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from typer.testing import CliRunner

    from sitrep.cli import app

    out = tmp_path / "brief.pdf"
    res = CliRunner().invoke(app, ["--db", wb.db_path, "brief", "1", "--format", "pdf", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    b, _ = _brief(wb)
    assert "Events" in text and "Assessment" in text and "References" in text
    for line in b.sections[0][1]:  # every Events sentence, with its citation marks
        assert " ".join(line.render().split()) in flat
    assert f"[{len(b.references)}]" in flat
    assert " ".join(b.references[0].quote.split()) in flat
