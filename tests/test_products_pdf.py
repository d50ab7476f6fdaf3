"""The PDF brief: a real PDF that pypdf reads back, with the Unicode font when Debian ships it and a
transliterating core-font fallback when it does not."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

import sitrep.products.brief as brief
from sitrep.products.cite import Reference

QUOTE = "clashes near Ménaka left “at least 12” dead"


def _sample() -> brief.Brief:
    refs = [Reference(1, "d" * 64, "Report on Ménaka", "B2", 0, len(QUOTE), QUOTE)]
    sections = [
        ("Events", [brief.Line("Armed clash event dated 3 June 2020 in Ménaka.", [1])]),
        ("Assessment", [brief.Line("According to the Report: “fighting will go on”", [1])]),
        ("Prospects and recommendations", []),
    ]
    return brief.Brief("Brief: Ménaka — June", sections, refs)


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.skipif(not brief.DEJAVU.is_file(), reason=f"{brief.DEJAVU} is absent (Debian fonts-dejavu-core)")
def test_unicode_font_keeps_accents_and_curly_quotes() -> None:
    text = _text(brief.to_pdf(_sample()))
    for heading in ("Brief: Ménaka — June", "Events", "Assessment", "Prospects and recommendations", "References"):
        assert heading in text
    assert "Armed clash event dated 3 June 2020 in Ménaka. [1]" in text
    assert "No source statement." in text  # an empty section says so
    assert "[1] Report on Ménaka — grade B2 — “clashes near Ménaka left “at least 12” dead”" in text


def test_core_font_fallback_transliterates() -> None:
    text = _text(brief.to_pdf(_sample(), font_path=None))
    assert "Brief: Ménaka - June" in text  # é is Latin-1; the em dash is not
    assert 'According to the Report: "fighting will go on" [1]' in text
    assert '[1] Report on Ménaka - grade B2 - "clashes near Ménaka left "at least 12" dead"' in text


def test_missing_font_file_falls_back_rather_than_failing() -> None:
    text = _text(brief.to_pdf(_sample(), font_path=brief.Path("/nonexistent/font.ttf")))
    assert "Events" in text and "[1]" in text


def test_latin1_helper() -> None:
    assert brief._latin1("“Ménaka” — Tombouctou’s ⵜ") == '"Ménaka" - Tombouctou\'s ?'
