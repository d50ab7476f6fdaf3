"""EventMention -> Statements -> EventMention must be exact: the store keeps statements only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.fuse.statements import mention_statements, mentions_from_statements
from sitrep.model import EVENT_TYPES, ROLES, ActorMention, EventMention, Place, Span

spans = st.builds(lambda a, n: Span(a, a + n), st.integers(0, 5000), st.integers(0, 300))
opt_spans = st.none() | spans
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
floats = st.floats(min_value=0, max_value=500, allow_nan=False, allow_infinity=False)
places = st.builds(
    Place,
    name=text,
    country=st.none() | text,
    admin1=st.none() | text,
    admin2=st.none() | text,
    admin3=st.none() | text,
    lat=st.none() | st.floats(-90, 90, allow_nan=False),
    lon=st.none() | st.floats(-180, 180, allow_nan=False),
    geo_precision=st.sampled_from((1, 2, 3)),
    uncertainty_km=st.none() | floats,
    geonameid=st.none() | st.integers(1, 10**8),
    how=st.text(max_size=10),
)
actors = st.builds(ActorMention, name=text, canonical=text, role=st.sampled_from(ROLES), span=opt_spans)


@st.composite
def mentions(draw: st.DrawFn) -> EventMention:
    etype = draw(st.sampled_from(sorted(EVENT_TYPES)))
    m = EventMention(
        document_id=draw(st.text("0123456789abcdef", min_size=16, max_size=64)),
        index=draw(st.integers(0, 50)),
        event_type=etype,
        sub_event_type=draw(st.none() | st.sampled_from(EVENT_TYPES[etype])),
        date=draw(st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31))),
        date_precision=draw(st.none() | st.sampled_from(("day", "week", "month", "season", "year"))),
        actors=tuple(draw(st.lists(actors, max_size=4))),
        location=draw(st.none() | places),
        fatalities=draw(st.none() | st.integers(0, 10**4)),
        captured=draw(st.none() | st.integers(0, 10**3)),
        evidence=draw(opt_spans),
        date_span=draw(opt_spans),
        type_span=draw(opt_spans),
        location_span=draw(opt_spans),
        fatalities_span=draw(opt_spans),
        captured_span=draw(opt_spans),
        confidence=draw(st.floats(0, 1, allow_nan=False)),
    )
    # A span for a field with no value says nothing and is not kept (see sitrep.fuse.statements).
    return replace(
        m,
        date_span=m.date_span if m.date or m.date_precision else None,
        location_span=m.location_span if m.location else None,
        fatalities_span=m.fatalities_span if m.fatalities is not None else None,
        captured_span=m.captured_span if m.captured is not None else None,
    )


@settings(max_examples=150, deadline=None)
@given(mentions())
def test_round_trip_is_exact(m: EventMention) -> None:
    stmts = mention_statements(m, extractor="test", version="1")
    assert mentions_from_statements(stmts) == [m]
    # Statement ids are distinct: no two fields collapse into one row.
    assert len({s.id for s in stmts}) == len(stmts)


@settings(max_examples=30, deadline=None)
@given(st.lists(mentions(), max_size=4))
def test_many_mentions_come_back_ordered_and_unmixed(ms: list[EventMention]) -> None:
    unique = {m.subject: m for m in ms}
    stmts = [s for m in unique.values() for s in mention_statements(m, extractor="x", version="0.1")]
    back = mentions_from_statements(reversed(stmts))
    assert back == sorted(unique.values(), key=lambda m: (m.document_id, m.index))


def test_field_spans_fall_back_to_evidence_and_other_statements_are_ignored() -> None:
    m = EventMention(
        document_id="ab" * 32,
        index=3,
        event_type="Battles",
        fatalities=2,
        fatalities_span=Span(10, 20),
        evidence=Span(0, 50),
        date=date(2020, 6, 3),
        date_precision="day",
    )
    stmts = mention_statements(m, extractor="x", version="1")
    by_prop = {s.property: s for s in stmts}
    assert (by_prop["event.fatalities"].start, by_prop["event.fatalities"].end) == (10, 20)
    assert (by_prop["event.date"].start, by_prop["event.date"].end) == (0, 50)
    assert by_prop["event.date"].value == {"date": "2020-06-03", "precision": "day"}
    assert all(s.subject == m.subject for s in stmts)
    other = [*stmts, *mention_statements(m, extractor="x", version="1")]
    other_subject = type(stmts[0])(
        subject="actor:jnim", property="actor.name", value="JNIM", document_id=m.document_id, start=0, end=4,
        extractor="x", extractor_version="1",
    )  # fmt: skip
    assert mentions_from_statements([*other, other_subject]) == [m]


def test_the_newest_extractor_version_wins() -> None:
    m = EventMention(document_id="cd" * 32, index=0, event_type="Battles", fatalities=2)
    newer = EventMention(document_id="cd" * 32, index=0, event_type="Riots", fatalities=None)
    stmts = mention_statements(m, extractor="x", version="0.9") + mention_statements(
        newer, extractor="x", version="0.10"
    )
    assert mentions_from_statements(stmts) == [newer]
