"""A small deterministic library for export, map and network tests: invented reports, coded by hand.

Two reports of one raid (they disagree on the death toll), one report of an unrelated abduction whose text
carries script payloads (report text is untrusted), and relation/role statements for the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sitrep.fuse.statements import mention_statements
from sitrep.model import ActorMention, Document, EventMention, Place, Source, Span, Statement
from sitrep.workbench import Workbench

FIXED_CLOCK = "2024-07-01T12:00:00Z"
XSS = '<script>alert("x")</script>'
XSS_ACTOR = "Katiba <img src=x onerror=alert(1)>"
JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2021-)"

TEXT_A = (
    "Raid on Tessit post\n"
    "On 3 June 2024 JNIM fighters attacked the army post at Tessit. Four soldiers were killed, the army said.\n"
    "Iyad Ag Ghaly has led JNIM since March 2017.\n"
)
TEXT_B = (
    "Tessit attack\n"
    "Militants of JNIM stormed the Malian army camp in Tessit on Monday 3 June 2024, killing five soldiers.\n"
)
TEXT_C = (
    "Abduction near Menaka\n"
    f"Gunmen of the {XSS_ACTOR} abducted two traders near Menaka on 10 June 2024. A local source said {XSS}.\n"
)

TESSIT = Place(
    name="Tessit",
    country="Mali",
    admin1="Gao",
    admin2="Ansongo",
    lat=15.2,
    lon=0.9833,
    geo_precision=1,
    uncertainty_km=5.0,
    geonameid=2450173,
)
MENAKA = Place(
    name="Menaka",
    country="Mali",
    admin1="Menaka",
    admin2="Menaka",
    lat=15.9182,
    lon=2.4022,
    geo_precision=2,
    uncertainty_km=25.0,
)


def sp(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment))


def documents() -> list[Document]:
    return [
        Document(
            text=TEXT_A, format="txt", title="Raid on Tessit post", source="Sahel Desk", published=date(2024, 6, 4)
        ),
        Document(text=TEXT_B, format="txt", title="Tessit attack", source="Gao Radio", published=date(2024, 6, 4)),
        Document(
            text=TEXT_C,
            format="txt",
            title="Abduction near Menaka <b>",
            source="Sahel Desk",
            published=date(2024, 6, 11),
        ),
    ]


def mentions(docs: list[Document]) -> list[EventMention]:
    a, b, c = docs
    sent_a = sp(a.text, "On 3 June 2024 JNIM fighters attacked the army post at Tessit. Four soldiers were killed")
    sent_b = sp(b.text, "Militants of JNIM stormed the Malian army camp in Tessit on Monday 3 June 2024")
    sent_c = sp(
        c.text,
        f"Gunmen of the {XSS_ACTOR} abducted two traders near Menaka on 10 June 2024. A local source said {XSS}.",
    )
    return [
        EventMention(
            document_id=a.id,
            index=0,
            event_type="Battles",
            sub_event_type="Armed clash",
            date=date(2024, 6, 3),
            date_precision="day",
            actors=(
                ActorMention("JNIM fighters", JNIM, "actor1", sp(a.text, "JNIM fighters")),
                ActorMention("the army", FAMA, "actor2", sp(a.text, "the army post")),
            ),
            location=TESSIT,
            fatalities=4,
            evidence=sent_a,
            date_span=sp(a.text, "3 June 2024"),
            type_span=sp(a.text, "attacked the army post"),
            location_span=sp(a.text, "at Tessit"),
            fatalities_span=sp(a.text, "Four soldiers were killed"),
            confidence=0.8,
        ),
        EventMention(
            document_id=b.id,
            index=0,
            event_type="Battles",
            sub_event_type="Armed clash",
            date=date(2024, 6, 3),
            date_precision="day",
            actors=(
                ActorMention("JNIM", JNIM, "actor1", sp(b.text, "Militants of JNIM")),
                ActorMention("Malian army", FAMA, "actor2", sp(b.text, "Malian army")),
            ),
            location=TESSIT,
            fatalities=5,
            evidence=sent_b,
            location_span=sp(b.text, "in Tessit"),
            fatalities_span=sp(b.text, "killing five soldiers"),
            confidence=0.7,
        ),
        EventMention(
            document_id=c.id,
            index=0,
            event_type="Violence against civilians",
            sub_event_type="Abduction/forced disappearance",
            date=date(2024, 6, 10),
            date_precision="day",
            actors=(
                ActorMention("Gunmen", XSS_ACTOR, "actor1", sp(c.text, XSS_ACTOR)),
                ActorMention("two traders", "Civilians (Mali)", "actor2", sp(c.text, "two traders")),
            ),
            location=MENAKA,
            evidence=sent_c,
            confidence=0.6,
        ),
    ]


def relation_statements(docs: list[Document]) -> list[Statement]:
    a = docs[0]
    span = sp(a.text, "Iyad Ag Ghaly has led JNIM since March 2017.")
    common = {"document_id": a.id, "start": span.start, "end": span.end, "extractor": "test", "extractor_version": "1"}
    return [
        Statement(
            subject="person:Iyad Ag Ghaly",
            property="relation.leader_of",
            value={"object": JNIM, "object_kind": "actor", "start": "2017-03", "end": None},
            **common,
        ),
        Statement(
            subject="person:Iyad Ag Ghaly",
            property="person.role",
            value={"role": "leader", "organisation": JNIM},
            **common,
        ),
    ]


def build(path: Path) -> Workbench:
    """The sample library at ``path`` (a fresh SQLite file)."""
    wb = Workbench.open(str(path))
    docs = documents()
    wb.store.upsert_source(Source("Sahel Desk", "publisher", "B"))
    wb.store.upsert_source(Source("Gao Radio", "publisher", "C"))
    by_doc: dict[str, list[Statement]] = {d.id: [] for d in docs}
    for m in mentions(docs):
        by_doc[m.document_id].extend(mention_statements(m, extractor="test", version="1"))
    by_doc[docs[0].id].extend(relation_statements(docs))
    for d in docs:
        assert wb.store.ingest(d, by_doc[d.id])
    return wb


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workbench]:
    monkeypatch.setenv("SITREP_FIXED_CLOCK", FIXED_CLOCK)
    wb = build(tmp_path / "sample.db")
    yield wb
    wb.close()


def test_sample_fuses_into_two_events_one_contested(sample: Workbench) -> None:
    events = sample.fused_events()
    assert len(events) == 2
    raid = next(e for e in events if e.location and e.location.name == "Tessit")
    assert raid.fatalities == 4  # ACLED's most conservative figure
    assert {c.value for c in raid.claims if c.field == "fatalities"} == {4, 5}
