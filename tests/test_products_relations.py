"""Relation, role, timeline and judgement statements: general rules on made-up text, then the two reports."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPUS, needs_shared
from sitrep.ingest.read import read_path
from sitrep.model import Document, Section
from sitrep.nlp.relations import document_statements


def _rels(stmts: list, prop: str) -> set[tuple[str, str]]:
    return {(s.subject, s.value["object"]) for s in stmts if s.property == prop}


def test_made_up_text_rules() -> None:
    text = (
        "Report\n\nEvents:\n\nOn 2 March 2021 the JNIM leader Iyad Ag Ghaly met Amadou Koufa, head of Katiba Macina. "
        "Katiba Macina, also integrated into JNIM, attacked a camp. Heavy fighting between JNIM and ISGS "
        "continued two days later.\n\nAssessment:\n\nIt cannot be ruled out that the group will expand south soon.\n"
    )
    a = text.index("Assessment:")
    doc = Document(
        text=text, format="txt", published=date(2021, 3, 10), sections=(Section("Assessment", a, len(text.rstrip())),)
    )
    st = document_statements(doc)
    for s in st:
        assert 0 <= s.start < s.end <= len(doc.text)
    assert ("person:Iyad Ag Ghaly", "JNIM: Group for Support of Islam and Muslims") in _rels(st, "relation.leader_of")
    assert any(
        s.subject == "person:Amadou Koufa" and "Katiba Macina" in (s.value["organisation"] or "")
        for s in st
        if s.property == "person.role"
    )
    assert ("actor:Katiba Macina", "JNIM: Group for Support of Islam and Muslims") in _rels(st, "relation.part_of")
    rivals = _rels(st, "relation.rival_of")
    assert any("JNIM" in x and "Greater Sahara" in y for x, y in rivals)
    dates = [s.value["date"] for s in st if s.property == "timeline.claim"]
    assert dates == ["2021-03-02", "2021-03-04"]  # "two days later" resolved against the previous date
    kinds = {s.value["kind"] for s in st if s.property == "judgement.assessment"}
    assert "assessment" in kinds


@pytest.fixture(scope="module")
def corpus_statements() -> dict[str, tuple[Document, list]]:
    out = {}
    for f in sorted(CORPUS.glob("*.txt")):
        d = read_path(f).documents[0]
        out[f.name] = (d, document_statements(d))
    return out


@needs_shared
def test_corpus_roles_and_relations(corpus_statements: dict[str, tuple[Document, list]]) -> None:
    docs_with_chaib_role = [
        name
        for name, (_, st) in corpus_statements.items()
        if any(s.property == "person.role" and s.subject == "person:Toufik Chaib" for s in st)
    ]
    assert len(docs_with_chaib_role) == 2
    allst = [s for _, st in corpus_statements.values() for s in st]
    aqim, jnim = "AQIM: Al Qaeda in the Islamic Maghreb", "JNIM: Group for Support of Islam and Muslims"
    assert ("person:Abdelmalek Droukdel", aqim) in _rels(allst, "relation.leader_of")
    assert ("person:Iyad Ag Ghaly", jnim) in _rels(allst, "relation.leader_of")
    assert (f"actor:{aqim}", jnim) in _rels(allst, "relation.part_of") | _rels(allst, "relation.member_of")
    assert any("JNIM" in x and "Greater Sahara" in y for x, y in _rels(allst, "relation.rival_of"))
    for d, st in corpus_statements.values():
        for s in st:
            if s.property.startswith(("relation.", "person.")):
                assert d.text[s.start : s.end].strip()


@needs_shared
def test_corpus_timeline_claims(corpus_statements: dict[str, tuple[Document, list]]) -> None:
    dates = {
        s.value["date"][:7] if s.value["precision"] == "month" else s.value["date"]
        for _, st in corpus_statements.values()
        for s in st
        if s.property == "timeline.claim"
    }
    for want in ("2017-03", "2020-01", "2020-06-01", "2020-06-03", "2020-06-05", "2020-06-18", "2020-07-01"):
        assert want in dates, want
