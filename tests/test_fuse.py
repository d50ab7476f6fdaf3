"""Fusion end to end on invented reports: one raid told three ways, one unrelated clash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sitrep.errors import ValidationError
from sitrep.fuse.fusion import FusedEvent, fuse, fuse_all
from sitrep.model import Judgement
from test_fuse_helpers import AQIM, FRANCE, TEXT_A, doc, raid_mention, scenario, span

GRADES = {"Agence France-Presse": "B", "Radio France Internationale": "C", "Reuters": "B"}


def grade(name: str | None) -> str:
    return GRADES.get(name or "", "F")


def claims_of(event: FusedEvent, field: str) -> list[dict]:
    return [c for c in event.as_json()["claims"] if c["field"] == field]


def event_with(events: list[FusedEvent], subject: str) -> FusedEvent:
    return next(e for e in events if subject in e.mentions)


def test_two_reports_one_raid_corroborate_date_place_and_fatalities() -> None:
    docs, m = scenario()
    events = fuse([m["a"], m["b"], m["d"]], docs, [], grade)
    assert len(events) == 2
    raid = event_with(events, m["a"].subject)
    assert set(raid.mentions) == {m["a"].subject, m["b"].subject}
    for field in ("date", "location", "fatalities", "event_type"):
        (claim,) = claims_of(raid, field)
        assert claim["status"] == "corroborated", field
        assert claim["credibility"] == 1, field
        assert len(claim["evidence"]) == 2
    assert raid.fatalities == 4
    assert raid.date == date(2020, 6, 3)
    # Most important first: two sources beat one.
    assert events[0] is raid
    assert {(c, r) for c, r in raid.actors} == {(FRANCE, "actor1"), (AQIM, "actor2")}


def test_third_report_contests_fatalities_and_the_lowest_credible_figure_wins() -> None:
    docs, m = scenario()
    events = fuse(list(m.values()), docs, [], grade)
    raid = event_with(events, m["a"].subject)
    assert len(raid.mentions) == 3
    claims = {c["value"]: c for c in claims_of(raid, "fatalities")}
    assert set(claims) == {4, 6}
    assert all(c["status"] == "contested" for c in claims.values())
    assert claims[4]["credibility"] == 2  # two sources agree, one disagrees
    assert claims[6]["credibility"] == 4  # the minority figure is doubtful
    assert raid.fatalities == 4
    assert "conservative" in raid.explanations["fatalities"]
    # The date is still corroborated by three sources.
    (d,) = claims_of(raid, "date")
    assert d["status"] == "corroborated" and len(d["evidence"]) == 3


def test_lowest_figure_is_used_even_when_in_the_minority() -> None:
    docs, m = scenario()
    # Two sources say six, one says four: ACLED codes the conservative four, still credible (4, doubtful).
    six_b = replace(m["b"], fatalities=6)
    events = fuse([m["a"], six_b, m["c"]], docs, [], grade)
    assert len(events) == 1
    assert events[0].fatalities == 4
    claims = {c["value"]: c["credibility"] for c in claims_of(events[0], "fatalities")}
    assert claims == {6: 2, 4: 4}


def test_unrelated_operation_stays_separate() -> None:
    docs, m = scenario()
    events = fuse(list(m.values()), docs, [], grade)
    menaka = event_with(events, m["d"].subject)
    assert menaka.mentions == (m["d"].subject,)
    (f,) = claims_of(menaka, "fatalities")
    assert f["status"] == "single-source" and f["credibility"] == 2  # Reuters graded B


def test_negative_analyst_judgement_splits_a_wrong_merge_and_the_picture_updates() -> None:
    docs, m = scenario()
    result = fuse_all(list(m.values()), docs, [], grade)
    merged = {frozenset((j.left, j.right)) for j in result.judgements}
    assert all(j.decided_by.startswith("machine:") and j.reason for j in result.judgements)
    assert any(m["c"].subject in pair for pair in merged)
    # Unmerge: the analyst says report C is not the same event as A or B.
    no = [
        Judgement("event", m["c"].subject, m[x].subject, "negative", "analyst:amina", reason="different raid")
        for x in ("a", "b")
    ]
    events = fuse(list(m.values()), docs, [*result.judgements, *no], grade)
    assert len(events) == 3
    raid = event_with(events, m["a"].subject)
    assert set(raid.mentions) == {m["a"].subject, m["b"].subject}
    (f,) = claims_of(raid, "fatalities")
    assert f["status"] == "corroborated" and raid.fatalities == 4 and "fatalities" not in raid.explanations
    assert event_with(events, m["c"].subject).fatalities == 6


def test_negative_judgement_on_one_pair_keeps_whole_clusters_apart() -> None:
    docs, m = scenario()
    no = Judgement("event", m["a"].subject, m["c"].subject, "negative", "analyst:amina")
    events = fuse(list(m.values()), docs, [no], grade)
    clusters = [set(e.mentions) for e in events]
    assert not any({m["a"].subject, m["c"].subject} <= c for c in clusters)


def test_positive_analyst_judgement_joins_what_the_machine_kept_apart() -> None:
    docs, m = scenario()
    yes = Judgement("event", m["a"].subject, m["d"].subject, "positive", "analyst:amina")
    events = fuse([m["a"], m["d"]], docs, [yes], grade)
    assert len(events) == 1
    # The two disagree on everything, and say so.
    assert {c["status"] for c in claims_of(events[0], "date")} == {"contested"}


def test_analyst_outranks_machine_and_negative_wins_between_analysts() -> None:
    docs, m = scenario()
    machine_no = Judgement("event", m["a"].subject, m["b"].subject, "negative", "machine:other")
    assert len(fuse([m["a"], m["b"]], docs, [machine_no], grade)) == 2
    analyst_yes = Judgement("event", m["a"].subject, m["b"].subject, "positive", "analyst:amina")
    assert len(fuse([m["a"], m["b"]], docs, [machine_no, analyst_yes], grade)) == 1
    analyst_no = Judgement("event", m["a"].subject, m["b"].subject, "negative", "analyst:bob")
    assert len(fuse([m["a"], m["b"]], docs, [analyst_yes, analyst_no], grade)) == 2


def test_every_quote_is_the_exact_text_at_its_offsets() -> None:
    docs, m = scenario()
    events = fuse(list(m.values()), docs, [], grade)
    n = 0
    for e in events:
        for claim in e.as_json()["claims"]:
            for ev in claim["evidence"]:
                assert ev["quote"] == docs[ev["document_id"]].text[ev["start"] : ev["end"]]
                n += 1
    assert n > 20
    raid = event_with(events, m["a"].subject)
    quotes = {ev["quote"] for c in claims_of(raid, "fatalities") for ev in c["evidence"]}
    assert quotes == {"killing four fighters", "4 jihadists dead", "six fighters died"}


def test_a_day_apart_still_one_event_with_the_date_contested() -> None:
    docs, m = scenario()
    late = replace(m["b"], date=date(2020, 6, 4))
    events = fuse([m["a"], late], docs, [], grade)
    assert len(events) == 1
    dates = {c["value"]: c for c in claims_of(events[0], "date")}
    assert set(dates) == {"2020-06-03", "2020-06-04"}
    assert events[0].date == date(2020, 6, 3)  # tie on sources; AFP (B) outranks RFI (C)
    assert "date" in events[0].explanations


def test_month_precision_does_not_contest_a_day_inside_it() -> None:
    docs, m = scenario()
    vague = replace(m["b"], date=date(2020, 6, 1), date_precision="month")
    events = fuse([m["a"], vague], docs, [], grade)
    assert len(events) == 1
    (d,) = claims_of(events[0], "date")
    assert d["status"] == "corroborated" and d["value"] == "2020-06-03"
    assert events[0].date_precision == "day"


def test_within_one_document_distinct_mentions_stay_apart_and_duplicates_merge() -> None:
    docs, m = scenario()
    a = m["a"]
    other = replace(a, index=1, sub_event_type="Government regains territory")
    dup = replace(a, index=2)
    events = fuse([a, other, dup], docs, [], grade)
    groups = sorted(sorted(e.mentions) for e in events)
    assert groups == [sorted([a.subject, dup.subject]), [other.subject]]


def test_as_json_has_exactly_the_schema_keys() -> None:
    docs, m = scenario()
    (e, *_) = fuse(list(m.values()), docs, [], grade)
    j = e.as_json()
    assert set(j) == {
        "id", "title", "date", "date_precision", "event_type", "sub_event_type", "actors", "location",
        "fatalities", "captured", "sources", "claims", "mentions", "explanations",
    }  # fmt: skip
    assert j["id"].startswith("evt-") and j["title"] == "Armed clash in Talahandak, 2020-06-03"
    assert set(j["location"]) == {
        "name", "admin1", "admin2", "country", "lat", "lon", "uncertainty_km", "geo_precision",
    }  # fmt: skip
    assert all(set(s) == {"document_id", "title", "reliability"} for s in j["sources"])
    assert all(set(c) == {"field", "value", "status", "credibility", "evidence"} for c in j["claims"])
    assert all(set(a) == {"canonical", "role"} for a in j["actors"])
    # The id depends on the members only, not on their order.
    again = fuse(list(reversed(list(m.values()))), docs, [], grade)
    assert again[0].id == e.id


def test_missing_document_or_span_past_the_text_is_a_clear_error() -> None:
    _docs, m = scenario()
    with pytest.raises(ValidationError, match="not given"):
        fuse([m["a"]], {}, [], grade)
    short = doc(TEXT_A[:50], "AFP", "cut")
    bad = raid_mention(
        short, place="X", lat=20.3, lon=1.7, day=date(2020, 6, 3), fatalities=None,
        date_piece="4 June 2020", place_piece="Paris", fatal_piece=None,
    )  # fmt: skip
    bad = replace(bad, evidence=span(TEXT_A, "killing four fighters"))
    with pytest.raises(ValidationError, match="past its document"):
        fuse([bad], {short.id: short}, [], grade)


def test_same_source_counts_once() -> None:
    docs, m = scenario()
    b_doc = docs[m["b"].document_id]
    events = fuse([m["a"], m["b"]], docs, [], grade)
    (f,) = claims_of(events[0], "fatalities")
    assert f["status"] == "corroborated"
    docs[b_doc.id] = replace(b_doc, source="agence france-presse")  # same outlet, spelt otherwise
    events = fuse([m["a"], m["b"]], docs, [], grade)
    (f,) = claims_of(events[0], "fatalities")
    assert f["status"] == "single-source" and f["credibility"] == 2
