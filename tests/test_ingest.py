"""Ingest: every format in, every bad input out as one InputError, sections and metadata with exact offsets.

Fixtures are generated in tmp_path at test time (PDF by hand, DOCX with python-docx); the two real
reports are read from ../shared at run time and those tests skip when it is absent.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError, SitrepError
from sitrep.ingest import MAX_BYTES, ReadResult, guess_language, read_path
from sitrep.ingest.formats import READERS
from sitrep.ingest.header import parse_full_date, read_header
from sitrep.ingest.sections import find_sections
from sitrep.model import Document, normalise_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
CIED = CORPUS / "ciedcoe-report-s115-2020.txt"
WIKI = CORPUS / "wikipedia-battle-of-talahandak.txt"
needs_shared = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not available")

REPORT = """SAHEL MONITORING OFFICE

Ref. SMO-042/2021
Date: 14/03/2021

Subject : Attack on a convoy near Gao

Events:

Gunmen attacked a supply convoy near Gao on 12 March 2021, killing three soldiers. The attackers fled
towards the border with Niger.

Assessment:

The attack is the third on this road in a month and shows that the group can operate close to the city.
"""


def make_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF (Helvetica text, one content stream per page) with a correct xref table."""
    n = len(pages)
    font = 3 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()]
    for i, text in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        for line in text.split("\n"):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Weekly Sahel bulletin"
    document.add_paragraph("Weekly Sahel bulletin", style="Title")
    document.add_paragraph("Events", style="Heading 1")
    document.add_paragraph("Soldiers repelled an attack on the camp at Boulkessi on 2 May 2021.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Place", "Killed"), ("Boulkessi", "7")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Assessment", style="Heading 1")
    document.add_paragraph("The camp remains exposed to raids from the border area.")
    document.save(str(path))


def only_doc(result: ReadResult) -> Document:
    assert result.errors == [], [str(e) for e in result.errors]
    assert len(result.documents) == 1
    return result.documents[0]


def only_error(result: ReadResult, path: Path) -> InputError:
    assert result.documents == []
    assert len(result.errors) == 1
    err = result.errors[0]
    assert isinstance(err, SitrepError)
    assert str(path) in str(err)
    assert "\n" not in str(err)
    return err


def section_name(doc: Document, offset: int) -> str | None:
    section = doc.section_at(offset)
    return section.name if section is not None else None


def assert_offsets_exact(doc: Document) -> None:
    for section in doc.sections:
        body = doc.text[section.start : section.end]
        assert body == body.strip() or section.start == section.end
        heading = body.split("\n", 1)[0]
        assert section.name in heading, (section, heading)


# --- formats -----------------------------------------------------------------------------------------


def test_readers_registered_by_format_name() -> None:
    assert set(READERS) == {"txt", "md", "wiki", "html", "pdf", "docx", "jsonl"}


def test_plain_text_report(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = only_doc(read_path(path))
    assert doc.format == "txt"
    assert doc.text == REPORT.rstrip()
    assert [s.name for s in doc.sections] == ["Events", "Assessment"]
    assert_offsets_exact(doc)
    events = doc.sections[0]
    assert "killing three soldiers" in doc.text[events.start : events.end]
    assert "Assessment" not in doc.text[events.start : events.end]
    assert doc.title == "Attack on a convoy near Gao"
    assert doc.metadata["reference"] == "SMO-042/2021"
    assert doc.metadata["organisation"] == "SAHEL MONITORING OFFICE"
    assert doc.source == "SAHEL MONITORING OFFICE"
    assert doc.metadata["date"] == "14/03/2021"
    assert doc.published == date(2021, 3, 14)  # day first
    assert doc.language == "en"
    assert doc.origin == str(path)


def test_markdown(tmp_path: Path) -> None:
    text = (
        "# Situation in Ménaka\n\nA short introduction to the week.\n\n"
        "## Events\n\nArmed men raided a market in Ménaka and stole cattle.\n\n"
        "### Details\n\nThe raid began at dawn.\n\n## Assessment\n\n"
        "Raids of this kind are expected to continue in the coming weeks.\n"
    )
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    doc = only_doc(read_path(path))
    assert doc.format == "md"
    assert doc.title == "Situation in Ménaka"
    assert [s.name for s in doc.sections] == ["Situation in Ménaka", "Events", "Details", "Assessment"]
    assert_offsets_exact(doc)
    dawn = doc.text.index("at dawn")
    assert section_name(doc, dawn) == "Details"
    market = doc.text.index("market")
    assert section_name(doc, market) == "Events"
    assert doc.text.index("## Assessment") >= next(s for s in doc.sections if s.name == "Events").end


def test_wiki_style_text_is_detected_by_content(tmp_path: Path) -> None:
    text = (
        "= Battle of Example =\n\nInfobox\n- Date: 5 May 2019\n- Place: Example, Mali\n- Result: unclear\n\n"
        "The battle was fought near the town.\n\n== Background ==\nTension had grown for months.\n\n"
        "== Aftermath ==\nBoth sides withdrew.\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    doc = only_doc(read_path(path))
    assert doc.format == "wiki"
    assert doc.title == "Battle of Example"
    assert [s.name for s in doc.sections] == ["Infobox", "Background", "Aftermath"]
    assert_offsets_exact(doc)
    assert doc.metadata["infobox.date"] == "5 May 2019"
    assert doc.metadata["infobox.place"] == "Example, Mali"
    assert doc.published is None  # the infobox date is the event's date, not the document's


def test_an_infobox_saved_as_plain_text_has_bare_key_lines(tmp_path: Path) -> None:
    """A page saved as plain text loses the list markers: "key: value" lines straight after the Infobox line
    are still its items, and the first blank line ends it (the lead's colon is no item)."""
    text = (
        "Raid on Example\n\nInfobox military conflict\ndate: 5 May 2019\nplace: Example, Mali\n"
        "perpetrators: Unknown gunmen\n\nThe raid took place at night: nobody saw the attackers.\n"
    )
    path = tmp_path / "raid.txt"
    path.write_text(text, encoding="utf-8")
    doc = only_doc(read_path(path))
    box = next(s for s in doc.sections if s.name == "Infobox")
    assert doc.text[box.start : box.end].endswith("perpetrators: Unknown gunmen")
    assert doc.metadata["infobox.date"] == "5 May 2019"
    assert doc.metadata["infobox.perpetrators"] == "Unknown gunmen"
    assert "infobox.the raid took place at night" not in doc.metadata


def test_html(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i}: soldiers patrolled the road between Gao and Ansongo and found no mines.</p>"
        for i in range(4)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Patrol report</title>"
        '<meta name="date" content="2021-02-03"><style>p { color: red }</style></head><body>'
        "<nav>Home | About</nav><article><h1>Patrol report</h1><h2>Events</h2>"
        f"{paragraphs}<ul><li>ISIS_Sahel *claimed* it</li><li>second item</li></ul>"
        "<table><tr><td>Place</td><td>Killed</td></tr><tr><td>Ansongo</td><td>2</td></tr></table>"
        "<h2>Assessment</h2><p>The road is considered safe for convoys this month.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = only_doc(read_path(path))
    assert doc.format == "html"
    assert doc.title == "Patrol report"
    assert doc.published == date(2021, 2, 3)
    assert "Paragraph 3: soldiers patrolled" in doc.text
    assert "color: red" not in doc.text and "<" not in doc.text
    assert "- ISIS_Sahel *claimed* it\n- second item" in doc.text  # no Markdown escaping of names
    assert "Ansongo | 2" in doc.text
    assert "Events" in [s.name for s in doc.sections] and "Assessment" in [s.name for s in doc.sections]
    assert_offsets_exact(doc)


def test_short_html_falls_back_to_body_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text("<html><body><p>Clash reported in Léré.</p></body></html>", encoding="utf-8")
    doc = only_doc(read_path(path))
    assert doc.format == "html"
    assert "Clash reported in Léré." in doc.text


def test_hostile_html_leaves_no_markup(tmp_path: Path) -> None:
    html = (
        "<html><head><script>alert(1)</script></head><body><script>alert(1)</script>"
        "<img src=x onerror=alert(1)><p>A convoy was ambushed north of Kidal, local sources said.</p>"
        "<noscript><script>alert(2)</script></noscript><iframe src=javascript:alert(3)></iframe>"
        "</body></html>"
    )
    path = tmp_path / "hostile.html"
    path.write_text(html, encoding="utf-8")
    doc = only_doc(read_path(path))
    assert "ambushed north of Kidal" in doc.text
    for bad in ("<script", "onerror", "alert(", "<img", "javascript:"):
        assert bad not in doc.text


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<script>alert(1)</script><img src=x onerror=alert(1)>", encoding="utf-8")
    err = only_error(read_path(path), path)
    assert "no text" in err.reason


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Attaque à Ségou.</p></body></html>'
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("cp1252"))
    assert "Attaque à Ségou." in only_doc(read_path(path)).text


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Page one: an IED struck a truck near Douentza.", "Page two: no casualties."]))
    doc = only_doc(read_path(path))
    assert doc.format == "pdf"
    assert doc.text.index("Page one") < doc.text.index("Page two")
    assert "IED struck a truck near Douentza" in doc.text
    assert doc.metadata["pdf.pages"] == "2"


def test_pdf_is_detected_by_content_not_suffix(tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.txt"
    path.write_bytes(make_pdf(["Gunmen burned a school in the district."]))
    assert only_doc(read_path(path)).format == "pdf"


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9])
def test_truncated_pdf_is_an_error(tmp_path: Path, fraction: float) -> None:
    data = make_pdf(["Some text on the page that will be cut off."])
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    err = only_error(read_path(path), path)
    assert "PDF" in err.reason


def test_pdf_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([""]))
    assert "no extractable text" in only_error(read_path(path), path).reason


def test_pdf_suffix_without_pdf_content_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("just some words", encoding="utf-8")
    assert "not a PDF" in only_error(read_path(path), path).reason


def test_docx(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.docx"
    make_docx(path)
    doc = only_doc(read_path(path))
    assert doc.format == "docx"
    assert doc.title == "Weekly Sahel bulletin"
    assert "attack on the camp at Boulkessi" in doc.text
    assert "Boulkessi | 7" in doc.text  # table cells, row by row
    assert doc.text.index("Boulkessi | 7") < doc.text.index("The camp remains")  # document order
    assert [s.name for s in doc.sections][-2:] == ["Events", "Assessment"]
    assert_offsets_exact(doc)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_text("this is not a word document", encoding="utf-8")
    assert "not a DOCX" in only_error(read_path(path), path).reason


def test_zip_that_is_not_a_docx_and_truncated_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    path = tmp_path / "archive.docx"
    path.write_bytes(buffer.getvalue())
    assert "not a DOCX" in only_error(read_path(path), path).reason
    good = tmp_path / "good.docx"
    make_docx(good)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:2000])
    assert "DOCX" in only_error(read_path(cut), cut).reason


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    rows = [
        json.dumps({"id": "r1", "text": "Gunmen killed two herders near Ménaka.", "published": "2018-01-14",
                    "source": "Menastream", "title": "Herders killed"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "r4", "published": "2018-01-02"}),
        json.dumps({"id": "r5", "text": "An IED hit a convoy.", "published": "14/01/2018"}),
        json.dumps({"id": 6, "text": "Des hommes armés ont attaqué le poste de Boni.", "published": None,
                    "source": None, "url": "https://example.org/x"}),
    ]  # fmt: skip
    path = tmp_path / "notes.jsonl"
    latin = json.dumps({"id": "r8", "text": "Attaque à Ségou"}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8") + latin + b"\n")
    result = read_path(path)
    assert [d.metadata["external_id"] for d in result.documents] == ["r1", "6"]
    first, second = result.documents
    assert first.format == "jsonl"
    assert first.title == "Herders killed" and first.source == "Menastream"
    assert first.published == date(2018, 1, 14)
    assert first.metadata["line"] == "1"
    assert second.published is None and second.title is None and second.language == "fr"
    assert second.metadata["url"] == "https://example.org/x"
    assert [e.line for e in result.errors] == [3, 4, 5, 6, 8]
    for err in result.errors:
        assert f"{path}:{err.line}:" in str(err)
    reasons = [e.reason for e in result.errors]
    assert "not JSON" in reasons[0]
    assert "not a JSON object" in reasons[1]
    assert "'text'" in reasons[2]
    assert "'published'" in reasons[3]
    assert "not valid UTF-8 (byte 0xe0" in reasons[4]


def test_jsonl_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"id": "a", "text": "Clashes in Tessit. <body>"}) + "\n", encoding="utf-8")
    assert only_doc(read_path(path)).format == "jsonl"


# --- bad input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in only_error(read_path(path), path).reason


def test_png_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)))
    err = only_error(read_path(path), path)
    assert "binary" in err.reason and "PNG" in err.reason


def test_nul_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"some text\x00\x01\x02 more")
    assert "binary" in only_error(read_path(path), path).reason


def test_invalid_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Attaque près de Ségou\n".encode("cp1252"))
    err = only_error(read_path(path), path)
    assert "not valid UTF-8 (byte 0xe8 at offset 10" in err.reason


def test_utf8_bom_and_utf16_give_the_same_document(tmp_path: Path) -> None:
    text = "Attaque près de Ségou.\nTrois morts selon des sources locales.\n"
    ids = set()
    for name, data in [
        ("plain.txt", text.encode("utf-8")),
        ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("utf16.txt", text.encode("utf-16")),
        ("crlf.txt", text.replace("\n", "\r\n").encode("utf-8")),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        ids.add(only_doc(read_path(path)).id)
    assert len(ids) == 1


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    err = only_error(read_path(path), path)
    assert time.perf_counter() - started < 0.5
    assert "too large" in err.reason
    assert MAX_BYTES == 20 * 1024 * 1024


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("x" * 2000 + "\n", encoding="utf-8")
    assert "too large" in only_error(read_path(path, max_bytes=1000), path).reason
    assert read_path(path, max_bytes=5000).documents


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert "no such file" in only_error(read_path(missing), missing).reason
    assert "directory" in only_error(read_path(tmp_path), tmp_path).reason


# --- sections and metadata -------------------------------------------------------------------------------


def test_sections_from_crlf_and_nfd_text_point_into_the_normalised_text(tmp_path: Path) -> None:
    nfd = REPORT.replace("Gao", "Gao (Ge\u0301ne\u0301ral)").replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(nfd.encode("utf-8"))
    doc = only_doc(read_path(path))
    assert "\r" not in doc.text and "Général" in doc.text
    assert_offsets_exact(doc)
    assert [s.name for s in doc.sections] == ["Events", "Assessment"]


def test_label_heading_needs_a_following_paragraph_not_a_list() -> None:
    text = "Intro paragraph.\n\nThe following were seen:\n- a truck\n- a motorbike\n\nSummary:\n\nAll quiet."
    assert [s.name for s in find_sections(text)] == ["Summary"]


def test_header_reference_variants_and_dates() -> None:
    text = (
        "MINISTÈRE DES ARMÉES\nÉTAT-MAJOR\n\nRéf. : EMA/CPCO-123/2021\nParis, le 5 juin 2021\n\n"
        "Objet : point de situation\n"
    )
    info = read_header(normalise_text(text))
    assert info.metadata["date"] == "5 juin 2021"
    assert info.published == date(2021, 6, 5)
    assert info.metadata["reference"] == "EMA/CPCO-123/2021"
    assert info.organisation == "MINISTÈRE DES ARMÉES ÉTAT-MAJOR"
    assert info.title == "point de situation"


def test_header_date_must_be_complete_to_become_published() -> None:
    info = read_header("Monthly note\nDate: June 2021\n\nEvents:\n\nNothing to report this month.")
    assert info.metadata["date"] == "June 2021"
    assert info.published is None
    info = read_header("Monthly note\nPublished: 03.06.2021\n\nEvents:\n\nNothing to report.")
    assert info.published == date(2021, 6, 3)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03.06.2020", date(2020, 6, 3)),
        ("2020-06-18", date(2020, 6, 18)),
        ("5 juin 2020", date(2020, 6, 5)),
        ("July the First 2020", date(2020, 7, 1)),
        ("the twenty-first of May 2020", date(2020, 5, 21)),
        ("June 2020", None),
        ("by the committee", None),
    ],
)
def test_parse_full_date(raw: str, expected: date | None) -> None:
    assert parse_full_date(raw) == expected


def test_language_guess() -> None:
    assert guess_language("The convoy was attacked on the road to Gao by armed men.") == "en"
    assert guess_language("Le convoi a été attaqué sur la route de Gao par des hommes armés.") == "fr"
    assert guess_language("JNIM/AQMI, Gao.") is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :=#-\n\r*Infobox.É\u0301")), max_size=300))
def test_sections_always_lie_inside_the_text(raw: str) -> None:
    text = normalise_text(raw)
    for section in find_sections(text):
        assert 0 <= section.start <= section.end <= len(text)
    read_header(text)


# --- idempotency -------------------------------------------------------------------------------------------


def test_same_file_twice_and_crlf_copy_give_the_same_id(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(REPORT, encoding="utf-8")
    crlf = tmp_path / "b.md"
    crlf.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    first, again, copy = (only_doc(read_path(p)) for p in (path, path, crlf))
    assert first.id == again.id == copy.id
    assert first.sections == copy.sections
    assert first == again


# --- the two real reports ---------------------------------------------------------------------------------


@needs_shared
@pytest.mark.shared
def test_cied_report() -> None:
    doc = only_doc(read_path(CIED))
    names = [s.name for s in doc.sections]
    assert names == ["Events", "Assessment", "Prospects and recommendations"]
    assert_offsets_exact(doc)
    assert doc.metadata["reference"] == "S115-2020"
    assert "CENTRE OF EXCELLENCE" in doc.metadata["organisation"]
    assert doc.title is not None and doc.title == doc.metadata["subject"]
    assert "approved" in doc.metadata
    assert doc.published == date(2020, 7, 1)  # from the "Approved on" sign-off
    assert doc.language == "en"
    events = doc.sections[0]
    assert doc.text[events.start : events.end].startswith("Events:")
    assert "Barkhane" in doc.text[events.start : events.end]
    assert section_name(doc, doc.text.index("The fact that")) == "Assessment"


@needs_shared
@pytest.mark.shared
def test_wiki_article() -> None:
    doc = only_doc(read_path(WIKI))
    assert doc.format == "wiki"
    names = [s.name for s in doc.sections]
    assert names == ["Infobox", "Background", "Battle", "Aftermath"]
    assert_offsets_exact(doc)
    assert doc.metadata["infobox.date"] == "3 June 2020"
    assert doc.title is not None and doc.title.startswith("Battle of Talahandak")
    infobox = doc.sections[0]
    assert doc.text[infobox.start : infobox.end].startswith("Infobox\n- ")
    background = doc.sections[1]
    assert doc.text[background.start : background.end].startswith("== Background ==")
    assert "== Battle ==" not in doc.text[background.start : background.end]


@needs_shared
@pytest.mark.shared
def test_real_reports_crlf_copies_keep_their_id(tmp_path: Path) -> None:
    for source in (CIED, WIKI):
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
        original, crlf = only_doc(read_path(source)), only_doc(read_path(copy))
        assert original.id == crlf.id
        assert original.sections == crlf.sections
