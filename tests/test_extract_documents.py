"""Event coding of whole documents: frames across sentences, zones, merging, infobox, primary event."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from datetime import date

import pytest

from conftest import CORPUS, EXAMPLES, needs_shared
from sitrep.ingest.read import read_path
from sitrep.model import EventMention, Place
from sitrep.nlp.country_names import acled_country
from sitrep.nlp.doc_layout import is_whole_document
from sitrep.nlp.extract import Extractor
from sitrep.nlp.places import PlaceMention

TALAHANDAK = (20.20, 1.78)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --- a fake gazetteer for the mechanism tests: fast, and no doubt about what a name resolves to -----------

_PLACES = {
    "Mali": Place("Mali", country="Mali", geo_precision=3, how="country"),
    "Burkina": Place("Burkina", country="Burkina", geo_precision=3, how="country"),
    "Algeria": Place("Algeria", country="Algeria", geo_precision=3, how="country"),
    "Mopti": Place("Mopti", country="Mali", admin1="Mopti", admin2="Mopti", lat=14.49, lon=-4.19, geo_precision=1),
    "Boni": Place("Boni", country="Mali", admin1="Mopti", admin2="Douentza", lat=15.05, lon=-1.97, geo_precision=1),
    "Menaka": Place("Menaka", country="Mali", admin1="Menaka", admin2="Menaka", lat=15.92, lon=2.40, geo_precision=1),
    "Djibo": Place("Djibo", country="Burkina", admin1="Sahel", admin2="Soum", lat=14.10, lon=-1.63, geo_precision=1),
    "Paris": Place("Paris", country="France", admin1="Ile-de-France", lat=48.85, lon=2.35, geo_precision=1),
}


def fake_places(
    text: str, *, country_hint: str | None = None, exclude_spans: Sequence[tuple[int, int]] = ()
) -> list[PlaceMention]:
    out = []
    for name, place in _PLACES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            if any(s <= m.start() < e for s, e in exclude_spans):
                continue
            out.append(PlaceMention(m.start(), m.end(), m.group(0), place))
    return sorted(out, key=lambda p: p.start)


@pytest.fixture(scope="module")
def fake() -> Extractor:
    return Extractor(fake_places)


def extract(ex: Extractor, text: str, published: date | None = date(2021, 3, 20)) -> list[EventMention]:
    return ex.extract(text, published=published, document_id="d" * 64)


# --- mechanisms, on texts written for these tests ---------------------------------------------------------

BRIEF = """Incident brief 12/2021

Events:

On 12 March 2021, gunmen attacked a military post in Boni, Mali. Five soldiers were killed.
The raid was claimed by JNIM in a communiqué issued on 14 March 2021.

Assessment:

The clashes between JNIM and the Islamic State could intensify around Boni, and the government may attempt
to negotiate with the jihadists. Further attacks on army posts are likely.

Prospects and recommendations:

If JNIM keeps its pressure on the road, convoys would be ambushed more often. Donors should fund
demining.
"""


def test_analysis_sections_give_no_events(fake: Extractor) -> None:
    events = extract(fake, BRIEF)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == date(2021, 3, 12)
    assert ev.location is not None and ev.location.name == "Boni"
    assert ev.fatalities == 5


def test_a_statement_date_is_not_the_event_date(fake: Extractor) -> None:
    ev = extract(fake, BRIEF)[0]
    assert ev.date_span is not None
    assert BRIEF[ev.date_span.start : ev.date_span.end] == "12 March 2021"


def test_a_restatement_merges_and_the_frame_spans_sentences(fake: Extractor) -> None:
    text = (
        "Weekly note\n\n"
        "On 3 May 2021, jihadists ambushed an army convoy on the road between Boni and Hombori. "
        "The convoy had left the town in the morning.\n\n"
        "Three soldiers were killed in the ambush, the army said, and two attackers were captured."
    )
    events = extract(fake, text)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == date(2021, 5, 3)
    assert ev.fatalities == 3
    assert ev.captured == 2
    assert ev.location is not None and ev.location.name == "Boni"


def test_distinct_events_stay_apart_primary_first(fake: Extractor) -> None:
    text = (
        "Situation report\n\n"
        "Events:\n\n"
        "On 2 April 2021, gunmen killed four villagers near Mopti.\n\n"
        "On 9 April 2021, an IED struck a patrol near Menaka. Nobody was hurt.\n"
    )
    events = extract(fake, text)
    assert [e.date for e in events] == [date(2021, 4, 2), date(2021, 4, 9)]
    assert events[0].location is not None and events[0].location.name == "Mopti"
    assert events[1].location is not None and events[1].location.name == "Menaka"
    assert events[0].fatalities == 4


def test_an_announcement_supports_and_does_not_add_an_event(fake: Extractor) -> None:
    text = (
        "= Raid on Boni =\n\n"
        "On 3 June 2021, soldiers of Mali attacked a jihadist camp in Boni. Two fighters were killed.\n\n"
        "== Aftermath ==\n"
        "On 5 June 2021, the Minister of the Armed Forces announced the death of the camp's leader. "
        "JNIM acknowledged the loss on 18 June 2021.\n"
    )
    events = extract(fake, text)
    assert len(events) == 1
    assert events[0].date == date(2021, 6, 3)


def test_a_minister_is_not_a_combatant(fake: Extractor) -> None:
    text = (
        "Report\n\n"
        "On 3 June 2021, French troops attacked a JNIM camp near Menaka. "
        "The Minister of the Armed Forces said that the camp was destroyed.\n\n"
        "Three militants were killed in the raid."
    )
    events = extract(fake, text)
    assert len(events) == 1
    names = [a.canonical for a in events[0].actors]
    assert "Military Forces of France" in names
    assert not any(n.startswith("Military Forces of Mali") for n in names), names
    actor1 = [a.canonical for a in events[0].actors if a.role == "actor1"]
    assert actor1 == ["Military Forces of France"]


INFOBOX = """= Battle of Menaka (2021) =

Infobox
- Conflict: Battle of Menaka
- Date: 7 August 2021
- Place: Menaka, Mali
- Result: Malian victory
- Combatant1: ,
- Combatant2: Islamic State in the Greater Sahara
- Casualties1: 2 killed
- Casualties2: 11 killed, 3 captured

The Battle of Menaka was fought in August 2021 in the east of Mali.

== Background ==
The region had seen many raids in the previous years.
"""


def test_infobox_frame_fills_the_primary_event(fake: Extractor) -> None:
    events = extract(fake, INFOBOX, published=None)
    assert len(events) == 1
    ev = events[0]
    assert ev.date == date(2021, 8, 7) and ev.date_precision == "day"
    assert ev.date_span is not None and INFOBOX[ev.date_span.start : ev.date_span.end] == "7 August 2021"
    assert ev.location is not None and ev.location.name == "Menaka"
    assert ev.location_span is not None and INFOBOX[ev.location_span.start : ev.location_span.end] == "Menaka"
    assert ev.fatalities == 13
    assert ev.captured == 3
    box = INFOBOX.index("Infobox")
    assert ev.fatalities_span is not None and ev.fatalities_span.start > box
    canon = {a.canonical: a.role for a in ev.actors}
    assert any(c.startswith("Military Forces of Mali") and r == "actor1" for c, r in canon.items()), canon
    assert any("Islamic State" in c and r == "actor2" for c, r in canon.items()), canon


def test_dateline_anchors_weekdays_and_is_not_the_event_date(fake: Extractor) -> None:
    text = (
        "Soldiers kill gunmen in central Mali\n\n"
        "PARIS, June 5, 2020 — Malian soldiers killed six gunmen near Mopti on Wednesday, the army said "
        "on Friday.\n\n"
        "The soldiers also seized weapons and motorbikes, a spokesman said."
    )
    events = extract(fake, text, published=None)
    assert events[0].date == date(2020, 6, 3)
    assert events[0].fatalities == 6
    assert len(events) <= 2


def test_country_comes_from_where_events_happen(fake: Extractor) -> None:
    text = (
        "Brief\n\n"
        "On 4 February 2021, gunmen attacked the gendarmerie in Djibo and killed two gendarmes.\n\n"
        "Mali, Mali and Mali: the group is also active in Mali, Niger and Mali, analysts say, and Mali "
        "could see more attacks."
    )
    events = extract(fake, text)
    assert len(events) == 1
    loc = events[0].location
    assert loc is not None and loc.country == "Burkina Faso"
    assert all("(Mali)" not in a.canonical for a in events[0].actors)


def test_acled_country_names() -> None:
    assert acled_country("Burkina") == "Burkina Faso"
    assert acled_country("Côte d'Ivoire") == "Ivory Coast"
    assert acled_country("Mali") == "Mali"
    assert acled_country(None) is None


def test_short_notes_keep_sentence_coding(fake: Extractor) -> None:
    note = "Gunmen killed two herders near Mopti on 4 May 2021."
    assert not is_whole_document(note, [])
    events = extract(fake, note)
    assert len(events) == 1 and events[0].fatalities == 2


# --- the real reports and the bundled examples, with the real gazetteer -----------------------------------


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extractor]:
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.places import gazetteer_place_finder

    gaz = Gazetteer.open(tmp_path_factory.mktemp("gaz") / "g.sqlite")
    yield Extractor(gazetteer_place_finder(gaz))


def _check_talahandak(events: list[EventMention], *, captured: int | None) -> None:
    assert 1 <= len(events) <= 3, [(e.date, e.event_type) for e in events]
    ev = events[0]
    assert ev.date == date(2020, 6, 3)
    loc = ev.location
    assert loc is not None
    assert loc.name.lower() in ("talahandak", "talhandak")
    assert loc.admin1 == "Kidal" and loc.country == "Mali"
    assert loc.lat is not None and loc.lon is not None and km((loc.lat, loc.lon), TALAHANDAK) <= 30
    assert ev.fatalities == 4
    if captured is not None:
        assert ev.captured == captured
    canon = " | ".join(a.canonical for a in ev.actors)
    assert "Military Forces of France" in canon
    assert "AQIM" in canon
    assert not any(a.canonical.startswith(("Military Forces of Mali", "Unidentified")) for a in ev.actors), canon


@needs_shared
@pytest.mark.parametrize("name", ["wikipedia-battle-of-talahandak.txt", "ciedcoe-report-s115-2020.txt"])
def test_corpus_report_gives_one_talahandak_event(real: Extractor, name: str) -> None:
    (doc,) = read_path(CORPUS / name).documents
    captured = 1 if name.startswith("wikipedia") else None
    _check_talahandak(real.extract_document(doc), captured=captured)
    # the plain-text entry point (sections found in the text) agrees
    plain = real.extract(doc.text, published=doc.published, document_id=doc.id)
    _check_talahandak(plain, captured=captured)
    if captured is None:
        assert plain[0].captured is None  # the C-IED report says nothing about a capture


@pytest.mark.parametrize(
    "name",
    ["encyclopedia-talahandak-raid.txt", "sahel-watch-assessment-2020-06.md", "wire-droukdel-killed.txt"],
)
def test_bundled_example_gives_one_talahandak_event(real: Extractor, name: str) -> None:
    (doc,) = read_path(EXAMPLES / name).documents
    events = real.extract_document(doc)
    _check_talahandak(events, captured=1)
    assert len(events) == 1


def test_spans_of_document_events_point_into_the_text(real: Extractor) -> None:
    for name in ("encyclopedia-talahandak-raid.txt", "wire-droukdel-killed.txt"):
        (doc,) = read_path(EXAMPLES / name).documents
        for ev in real.extract_document(doc):
            for span in (ev.evidence, ev.date_span, ev.location_span, ev.fatalities_span, ev.captured_span):
                if span is not None:
                    assert 0 <= span.start < span.end <= len(doc.text)
            if ev.location_span is not None and ev.location is not None:
                said = doc.text[ev.location_span.start : ev.location_span.end]
                assert said.lower() in (ev.location.name.lower(), "talhandak")
