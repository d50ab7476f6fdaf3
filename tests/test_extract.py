from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import UNDATED_OFFSET_DAYS, Extractor
from sitrep.nlp.fatalities import count_captured, count_fatalities
from sitrep.nlp.jsonl import extract_jsonl
from sitrep.nlp.triggers import type_event

PUB = date(2019, 6, 10)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def first(ex: Extractor, text: str, country: str | None = "Mali") -> EventMention:
    events = ex.extract(text, published=PUB, document_id="t", country_hint=country)
    assert events, text
    return events[0]


def roles(ev: EventMention) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


# --- fatalities --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Three soldiers were killed.", 3),
        ("7 soldiers and 3 militants dead, several injured.", 10),
        ("1 soldier killed, 2 wounded.", 1),
        ("At least 4 herders were killed.", 4),
        ("Between 6 and 8 killed.", 6),
        ("Dozens of villagers were killed.", 12),
        ("No casualties were reported.", 0),
        ("Five wounded.", None),
        ("The army killed 5 assailants.", 5),
        ("4 dead (2 assailants, a soldier and a peacekeeper).", 4),
        ("A village chief was shot dead.", 1),
        ("Gunmen killed 25 km from Gao two herders.", None),
    ],
)
def test_fatalities_rules(text: str, expected: int | None) -> None:
    assert count_fatalities(text).value == expected


def test_restated_toll_is_not_double_counted() -> None:
    text = "Two soldiers were killed in the ambush. The army confirmed two dead."
    assert count_fatalities(text).value == 2


def test_captured() -> None:
    assert count_captured("Three fighters were captured.").value == 3
    assert count_captured("Nobody was hurt.").value is None


# --- typing ------------------------------------------------------------------------------------------
def test_typing_depends_on_the_target() -> None:
    assert type_event({"kill"}, ["unidentified"], ["civilian"]) == ("Violence against civilians", "Attack")
    assert type_event({"kill"}, ["unidentified"], ["state"]) == ("Battles", "Armed clash")
    assert type_event({"explosive"}, [], ["state"])[1] == "Remote explosive/landmine/IED"  # type: ignore[index]
    assert type_event({"air"}, ["state"], ["rebel"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert type_event({"arrest"}, ["state"], []) == ("Strategic developments", "Arrests")
    assert type_event({"protest"}, [], []) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text,etype,sub",
    [
        ("Gunmen killed two herders near Gao.", "Violence against civilians", "Attack"),
        ("Clashes between FAMa and JNIM near Boni.", "Battles", "Armed clash"),
        (
            "A MINUSMA vehicle struck an IED near Kidal.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "Mortar shells hit the MINUSMA camp in Kidal.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Armed men abducted a trader near Niono.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("Police arrested five suspects in Sevare.", "Strategic developments", "Arrests"),
        (
            "Looting: shops were looted by gunmen in Koro.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        ("Hundreds of women marched in Bamako to demand peace.", "Protests", "Peaceful protest"),
        ("Youths rioted and burned tyres in Gao.", "Riots", "Violent demonstration"),
    ],
)
def test_event_types(ex: Extractor, text: str, etype: str, sub: str) -> None:
    ev = first(ex, text)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


# --- roles -------------------------------------------------------------------------------------------
def test_active_voice_roles(ex: Extractor) -> None:
    r = roles(first(ex, "JNIM militants ambushed a Malian army patrol near Douentza."))
    assert r["actor1"] == ["JNIM: Group for Support of Islam and Muslims"]
    assert r["actor2"] == ["Military Forces of Mali (2013-)"]


def test_passive_voice_roles(ex: Extractor) -> None:
    r = roles(first(ex, "Two peacekeepers were killed by unknown gunmen in Kidal."))
    assert r["actor1"] == ["Unidentified Armed Group (Mali)"]
    assert r["actor2"] == ["MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"]


def test_headline_passive_without_agent_is_unidentified(ex: Extractor) -> None:
    r = roles(first(ex, "FAMa checkpoint attacked overnight in Diabaly, 1 soldier dead."))
    assert r["actor1"] == ["Unidentified Armed Group (Mali)"]
    assert r["actor2"] == ["Military Forces of Mali (2013-)"]


def test_claim_makes_the_claimant_actor1(ex: Extractor) -> None:
    r = roles(first(ex, "JNIM claimed an IED attack on a MINUSMA convoy near Boni."))
    assert r["actor1"] == ["JNIM: Group for Support of Islam and Muslims"]


def test_country_tags_follow_the_document(ex: Extractor) -> None:
    ev = first(ex, "Gunmen killed three villagers near Djibo.", country="Burkina Faso")
    assert {a.canonical for a in ev.actors} == {
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    }


# --- dates, spans, output ----------------------------------------------------------------------------
def test_undated_note_falls_back_to_a_week_before_publication(ex: Extractor) -> None:
    ev = first(ex, "Gunmen killed two herders near Gao.")
    assert ev.date == date.fromordinal(PUB.toordinal() - UNDATED_OFFSET_DAYS)
    assert ev.date_precision == "week"


def test_spans_point_into_the_text(ex: Extractor) -> None:
    text = "On 3 June, unknown gunmen killed four civilians in a village near Gao."
    ev = first(ex, text)
    assert ev.date == date(2019, 6, 3)
    assert ev.type_span and text[ev.type_span.start : ev.type_span.end] == "killed"
    assert ev.fatalities == 4
    assert ev.fatalities_span and "four" in text[ev.fatalities_span.start : ev.fatalities_span.end]
    assert all(a.span and text[a.span.start : a.span.end] == a.name for a in ev.actors)


def test_no_event_in_plain_text(ex: Extractor) -> None:
    assert ex.extract("The weather was fine.", published=PUB, document_id="t") == []


def test_jsonl_round_trip_and_bad_line(tmp_path: Path, ex: Extractor) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Gunmen killed two herders near Gao.", "published": "2019-06-10"}\n')
    out = tmp_path / "out.jsonl"
    assert extract_jsonl(src, out, ex) == (1, [])
    assert '"id": "a"' in out.read_text()
    src.write_text('{"id": "b", "text": "Gunmen killed a herder.", "published": "2019-06-10"}\nnot json\n')
    n, errors = extract_jsonl(src, out, ex)
    assert n == 1
    assert [str(e) for e in errors] == [f"{src}:2: " + errors[0].reason]
    assert '"id": "b"' in out.read_text()


def test_jsonl_report_the_extractor_fails_on_costs_only_its_own_row(
    tmp_path: Path, ex: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in.jsonl"
    rows = ["Gunmen killed two herders near Gao.", "TRIGGER a fault", "Soldiers clashed with JNIM near Boni."]
    src.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t, "published": "2019-06-10"}) + "\n" for i, t in enumerate(rows))
    )
    real = ex.extract_document

    def faulty(doc: Any, **kw: Any) -> Any:
        if "TRIGGER" in doc.text:
            raise ValueError("min() arg is an empty sequence")
        return real(doc, **kw)

    monkeypatch.setattr(ex, "extract_document", faulty)
    out = tmp_path / "out.jsonl"
    n, errors = extract_jsonl(src, out, ex)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == 3 and [r["id"] for r in lines] == ["r0", "r1", "r2"]
    assert lines[1]["events"] == [] and lines[0]["events"] and lines[2]["events"]
    assert [str(e) for e in errors] == [
        f"{src}: report r1 could not be coded (ValueError: min() arg is an empty sequence)"
    ]


def test_incl_does_not_end_a_sentence(ex: Extractor) -> None:
    ev = first(ex, "7 peacekeepers injured incl. 2 seriously by IED blast near Aguelhok. No further details.")
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.evidence is not None and ev.evidence.end > 60
