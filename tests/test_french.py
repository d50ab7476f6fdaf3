"""French reading: language choice, triggers, roles, counts, and the bundled French note fusing with the
English reports of the same raid."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest.language import guess_language
from sitrep.nlp import lang
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_captured, count_fatalities
from sitrep.nlp.triggers import find_triggers

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "examples"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Trois soldats tués à Boulkessi.", "fr"),
        ("FAMa : embuscade près de Nampala, 2 morts.", "fr"),
        ("Des hommes armés ont enlevé un chef de village le 2 janvier.", "fr"),
        ("Gunmen attacked a FAMa post in Ségou and killed two soldiers.", "en"),
        ("Boulkessi.", None),
    ],
)
def test_guess_language_on_short_notes(text: str, code: str | None) -> None:
    assert guess_language(text) == code


def test_language_context_is_scoped() -> None:
    assert lang.current() == "en"
    with lang.using("fr-FR"):
        assert lang.pick(None) == "fr"
    assert lang.pick(None) == "en"
    assert lang.pick("de") == "en"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("un véhicule a sauté sur un engin explosif improvisé", "explosive"),
        ("les FDS ont désamorcé un engin explosif", "disrupt"),
        ("frappe aérienne de Barkhane", "air"),
        ("des hommes armés ont enlevé un enseignant", "abduct"),
        ("la gendarmerie a interpellé trois suspects", "arrest"),
        ("des affrontements ont opposé l'armée aux rebelles", "clash"),
    ],
)
def test_french_triggers(text: str, cls: str) -> None:
    assert cls in {t.cls for t in find_triggers(text, 0, "fr")}


def test_english_lexicon_is_not_used_for_french_only_words() -> None:
    assert not find_triggers("le marché de Diafarabé", 0, "fr")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Trois soldats et cinq assaillants ont été tués.", 8),
        ("Un casque bleu a été tué et quatre autres blessés.", 1),
        ("Le bilan fait état d'une quinzaine de soldats tués.", 15),
        ("Six VDP ont perdu la vie.", 6),
        ("L'émir a été tué avec trois autres combattants.", 4),
        ("Des roquettes ont été tirées, sans faire de victimes.", 0),
    ],
)
def test_french_fatalities(text: str, n: int) -> None:
    assert count_fatalities(text, language="fr").value == n


def test_french_captured() -> None:
    text = "L'émir a été tué avec trois autres combattants et un homme a été fait prisonnier."
    assert count_captured(text, language="fr").value == 1


def test_passive_roles_in_french(ex: Extractor) -> None:
    text = "Le poste militaire de Tessalit a été attaqué par des hommes armés non identifiés le 10 janvier 2020."
    (ev, *_) = ex.extract(text, published=date(2020, 1, 12), document_id="t", country_hint="Mali")
    roles = {a.role: a.canonical for a in ev.actors}
    assert roles["actor1"] == "Unidentified Armed Group (Mali)"
    assert roles["actor2"] == "Military Forces of Mali (2013-)"
    assert ev.event_type == "Battles"
    # evidence stays in the original language
    assert "attaqué" in text[ev.evidence.start : ev.evidence.end]


def test_language_argument_overrides_detection(ex: Extractor) -> None:
    text = "Trois soldats tués à Boulkessi le 3 juin 2020."
    fr = ex.extract(text, published=date(2020, 6, 5), document_id="a", language="fr")
    assert fr and fr[0].fatalities == 3


def test_french_note_fuses_with_english_reports(tmp_path: Path) -> None:
    from sitrep.workbench import Workbench

    paths = sorted(p for p in [*EXAMPLES.glob("*.txt"), *EXAMPLES.glob("*.md")] if p.name != "README.md")
    assert any(p.name.startswith("note-fr") for p in paths)
    with Workbench.open(f"sqlite:///{tmp_path / 'fr.db'}") as wb:
        report = wb.ingest_paths(paths)
        assert not report.errors
        docs = {d.id for d in report.added}
        assert len(docs) == len(paths) == 4
        events = [e.as_json() for e in wb.fused_events()]
    full = [e for e in events if {s["document_id"] for s in e["sources"]} == docs]
    assert len(full) == 1, [(e["date"], len(e["sources"])) for e in events]
    ev = full[0]
    assert ev["date"] == "2020-06-03"
    assert ev["fatalities"] == 4
    assert ev["captured"] == 1
