"""Materialised fused events: incremental filing, judgements, rebuild, queries, entities and persons."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pgserver import Server, postgres_server  # noqa: F401  (a session fixture, used by name)
from sitrep.errors import ValidationError
from sitrep.fuse.entities import EntityName, resolve_names, score_names
from sitrep.fuse.fusion import DocInfo, fuse
from sitrep.fuse.record import from_record, to_record
from sitrep.model import Document, EventMention, Statement
from sitrep.store import EventQuery, fused
from sitrep.workbench import Workbench
from test_fuse_helpers import scenario

SOURCES = {
    "a": "Agence France-Presse",
    "b": "Radio France Internationale",
    "c": "Kidal Community Radio",
    "d": "Reuters",
}


def _document(d: DocInfo) -> Document:
    return Document(text=d.text, format="txt", title=d.title, source=d.source)


@pytest.fixture
def wb(tmp_path: Path) -> Iterator[Workbench]:
    with Workbench.open(str(tmp_path / "f.db")) as w:
        yield w


@pytest.fixture(params=["sqlite", "postgresql"])
def wb_any(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbench]:
    """A workbench on each backend: the map and title queries are backend-specific SQL."""
    if request.param == "sqlite":
        with Workbench.open(str(tmp_path / "f.db")) as w:
            yield w
        return
    server: Server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        with Workbench.open(server.url(name)) as w:
            yield w
    finally:
        server.drop_database(name)


def add(wb: Workbench, docs: dict[str, DocInfo], m: EventMention) -> None:
    assert wb.ingest_structured(_document(docs[m.document_id]), [m])


def test_record_round_trip_is_lossless() -> None:
    docs, m = scenario()
    for e in fuse(list(m.values()), docs):
        back = from_record(json.loads(json.dumps(to_record(e))))
        assert back == e
        assert back.as_json() == e.as_json()


def test_incremental_filing_touches_only_the_events_it_changes(wb: Workbench) -> None:
    docs, m = scenario()
    add(wb, docs, m["a"])
    add(wb, docs, m["d"])
    assert len(wb.fused_events()) == 2
    stats = wb.maintainer.stats
    assert stats.fused == 2
    menaka = next(e for e in wb.fused_events() if m["d"].subject in e.mentions)

    add(wb, docs, m["b"])  # corroborates the raid: only the raid is fused again
    before = stats.fused
    events = wb.fused_events()
    assert stats.fused - before == 1
    assert len(events) == 2
    raid = events[0]
    assert set(raid.mentions) == {m["a"].subject, m["b"].subject}
    assert next(e for e in events if m["d"].subject in e.mentions) == menaka  # untouched, read back as is

    add(wb, docs, m["c"])  # six dead, not four: contested
    before = stats.fused
    raid = wb.event("1")
    assert stats.fused - before == 1
    fat = [c for c in raid.as_json()["claims"] if c["field"] == "fatalities"]
    assert {c["value"] for c in fat} == {4, 6} and {c["status"] for c in fat} == {"contested"}
    assert raid.fatalities == 4
    # The loaded neighbourhood is the raid, never the Menaka clash 300 km away.
    assert stats.loaded_mentions < 2 + 2 + 1


def test_incremental_view_equals_a_rebuild_and_a_pure_fusion(wb: Workbench) -> None:
    docs, m = scenario()
    for key in "abcd":
        add(wb, docs, m[key])
    incremental = [e.as_json() for e in wb.fused_events()]
    pure = fuse(list(m.values()), docs, [], wb.reliability)
    assert sorted(e["id"] for e in incremental) == sorted(e.id for e in pure)
    assert wb.rebuild_events() == len(pure)
    assert sorted(json.dumps(e, sort_keys=True) for e in incremental) == sorted(
        json.dumps(e.as_json(), sort_keys=True) for e in wb.fused_events()
    )


def test_unmerge_splits_and_forget_restores(wb: Workbench) -> None:
    docs, m = scenario()
    for key in "abd":
        add(wb, docs, m[key])
    raid = wb.event("1")
    assert len(raid.mentions) == 2
    before = wb.maintainer.stats.fused
    j = wb.unmerge(m["a"].subject, m["b"].subject, "tester", "different camps")
    assert wb.maintainer.stats.fused - before == 2  # the two halves; Menaka untouched
    events = wb.fused_events()
    assert len(events) == 3 and all(len(e.mentions) == 1 for e in events)
    assert j.id in {x.id for x in wb.merges()}
    assert wb.forget_judgement(j.id)
    events = wb.fused_events()
    assert len(events) == 2 and events[0].id == raid.id
    assert not wb.forget_judgement(j.id)


def test_unmerge_of_an_unknown_mention_is_a_clear_error(wb: Workbench) -> None:
    docs, m = scenario()
    add(wb, docs, m["a"])
    with pytest.raises(Exception, match="no event mention"):
        wb.unmerge(m["a"].subject, "mention:nothing:0", "tester")


def test_regrading_a_source_refuses_its_events(wb: Workbench) -> None:
    docs, m = scenario()
    add(wb, docs, m["d"])
    before = wb.fused_events()[0].sources[0].reliability
    wb.set_reliability("Reuters", "E")
    after = wb.fused_events()[0]
    assert before != "E" and after.sources[0].reliability == "E"


def test_queries_filter_in_the_store(wb_any: Workbench) -> None:
    wb = wb_any
    docs, m = scenario()
    for key in "abcd":
        add(wb, docs, m[key])
    assert [len(e.mentions) for e in wb.fused_events()] == [3, 1]
    assert len(wb.fused_events(bbox=(1.5, 20.0, 2.0, 20.5))) == 1
    assert len(wb.fused_events(bbox=(-10.0, 10.0, -5.0, 12.0))) == 0
    assert len(wb.fused_events(date_from=date(2020, 6, 10))) == 1
    assert len(wb.fused_events(actor="france")) == 1
    assert len(wb.fused_events(type="armed CLASH")) == 2
    assert len(wb.fused_events(type="Protests")) == 0
    assert len(wb.fused_events(limit=1, offset=1)) == 1
    total, page = wb.event_page(EventQuery(limit=1))
    assert total == 2 and len(page) == 1 and "_claims" not in page[0]


def test_summary_rows_agree_with_payloads_and_page_by_cursor(wb_any: Workbench) -> None:
    wb = wb_any
    docs, m = scenario()
    for key in "abcd":
        add(wb, docs, m[key])
    total, full = wb.event_page(EventQuery())
    s_total, summary = wb.event_page(EventQuery(fields="summary"))
    assert total == s_total == 2
    for f, s in zip(full, summary, strict=True):
        loc = f["location"] or {}
        assert (s["id"], s["title"], s["date"], s["event_type"]) == (f["id"], f["title"], f["date"], f["event_type"])
        assert (s["lat"], s["lon"], s["uncertainty_km"]) == (loc.get("lat"), loc.get("lon"), loc.get("uncertainty_km"))
        assert s["actors"] == list(dict.fromkeys(a["canonical"] for a in f["actors"]))
        assert s["fatalities"] == f["fatalities"]
    _, first = wb.event_page(EventQuery(limit=1, fields="summary"))
    after_total, second = wb.event_page(EventQuery(limit=1, after=first[0]["cursor"], fields="summary"))
    assert [first[0]["id"], second[0]["id"]] == [s["id"] for s in summary] and after_total == 2
    word = summary[1]["title"].split()[-1]
    found = wb.event_page(EventQuery(text=word[:3], fields="summary"))[1]
    assert summary[1]["id"] in {s["id"] for s in found}
    assert wb.event_page(EventQuery(text="zzzqqq", fields="summary")) == (0, [])
    with pytest.raises(ValidationError, match="fields"):
        wb.event_page(EventQuery(fields="everything"))
    with pytest.raises(ValidationError, match="cursor"):
        wb.event_page(EventQuery(after="nonsense", fields="summary"))


def test_bbox_across_the_antimeridian_and_rebuild_keep_side_indexes(wb_any: Workbench) -> None:
    wb = wb_any
    docs, m = scenario()
    for key in "abcd":
        add(wb, docs, m[key])
    inside = wb.event_page(EventQuery(bbox=(1.5, 20.0, 2.0, 20.5), fields="summary"))[0]
    # A box from lon 170 east across 180 to lon 2 holds the same points as (-180..2).
    wrapped = wb.event_page(EventQuery(bbox=(170.0, 20.0, 2.0, 20.5), fields="summary"))[0]
    assert inside == wrapped == 1
    assert wb.event_page(EventQuery(bbox=(170.0, 20.0, 1.0, 20.5)))[0] == 0
    wb.rebuild_events()
    assert wb.event_page(EventQuery(bbox=(1.5, 20.0, 2.0, 20.5), actor="france", fields="summary"))[0] == 1


def _synthetic_rows(n: int) -> list[dict[str, object]]:
    """Events written straight into the view (as benchmarks/bench_query.py does), with points on a grid
    whose lines fall exactly on the test boxes' edges."""
    rows: list[dict[str, object]] = []
    actors = ["Military Forces of Mali", "Civilians (Mali)", "Dan Na Ambassagou", "Communal Militia 7"]
    for i in range(n):
        day = date(2020, 1, 1 + i % 28)
        located = i % 13 != 0
        lat, lon = (14.0 + (i % 20) * 0.25, -2.0 + (i // 20 % 20) * 0.25) if located else (None, None)
        names = [actors[i % 4]] + ([actors[(i + 1) % 4]] if i % 3 == 0 else [])
        sub = ["Armed clash", "Attack", "Peaceful protest"][i % 3]
        rows.append(
            {
                "id": f"evt-{i:016x}",
                "title": f"{sub} in Place{i % 7}",
                "date": day,
                "date_precision": "day",
                "day": day.toordinal(),
                "event_type": "Protests" if sub == "Peaceful protest" else "Battles",
                "sub_event_type": sub,
                "lat": lat,
                "lon": lon,
                "country": "Mali",
                "admin1": "Gao",
                "fatalities": None if i % 5 == 0 else i % 11,
                "fat_rank": 0 if i % 5 == 0 else i % 11,
                "n_sources": 1 + i % 4,
                "actors": "\n".join(a.casefold() for a in names),
                "actor_names": "\n".join(names),
                "uncertainty_km": 5.0 if located else None,
                "mentions": json.dumps([f"m-{i}"]),
                "payload": json.dumps({"id": f"evt-{i:016x}"}),
                "judgements": "[]",
            }
        )
    return rows


def _expected(rows: list[dict[str, object]], q: EventQuery) -> list[str]:
    """The page computed in Python: the filters' plain meaning and the ranking key."""

    def keep(r: dict[str, object]) -> bool:
        if q.bbox is not None:
            minlon, minlat, maxlon, maxlat = q.bbox
            lat, lon = r["lat"], r["lon"]
            if not isinstance(lat, float) or not isinstance(lon, float):
                return False
            if not (minlat <= lat <= maxlat and minlon <= lon <= maxlon):
                return False
        if q.actor and q.actor.casefold() not in str(r["actors"]):
            return False
        if q.type and q.type not in (r["event_type"], r["sub_event_type"]):
            return False
        return q.date_from is None or (isinstance(r["date"], date) and r["date"] >= q.date_from)

    def rank(r: dict[str, object]) -> tuple[object, ...]:
        return (r["n_sources"], r["fat_rank"], r["day"], r["id"])

    found = sorted((r for r in rows if keep(r)), key=rank, reverse=True)
    return [str(r["id"]) for r in found]


@pytest.mark.parametrize(
    "query",
    [
        EventQuery(limit=7),
        EventQuery(bbox=(-1.0, 15.0, 1.0, 16.5), limit=9),  # edges exactly on grid lines
        EventQuery(bbox=(-2.0, 14.0, 2.75, 18.75), limit=30),  # most of the grid: a broad box
        EventQuery(bbox=(0.1, 14.1, 0.2, 14.2), limit=5),  # between grid lines: nothing
        EventQuery(actor="mali", limit=11),
        EventQuery(actor="militia", limit=4, offset=3),
        EventQuery(type="Attack", limit=6),
        EventQuery(type="Battles", date_from=date(2020, 1, 20), actor="civil", limit=8),
        EventQuery(bbox=(-1.0, 15.0, 1.0, 17.0), actor="dan na", limit=5),
    ],
)
def test_narrow_and_broad_paths_give_the_plain_answer(
    wb_any: Workbench, query: EventQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _synthetic_rows(600)
    wb_any.store.replace_events((), rows, ())
    wb_any.store.analyze()
    expected = _expected(rows, query)
    want = expected[query.offset : query.offset + (query.limit or len(expected))]
    for cap in (10_000, 25):  # every filter narrow (exact count); most of them broad (capped count)
        monkeypatch.setattr(fused, "MIN_COUNT_CAP", cap)
        monkeypatch.setattr(fused, "MAX_COUNT_CAP", cap)
        for fields in ("summary", "full"):
            page = wb_any.event_page_counted(replace(query, fields=fields))
            got = [r["id"] for r in page.rows]
            assert got == want, (cap, fields)
            if len(expected) > cap:
                assert page.total_is_estimate and page.total == cap
            else:
                assert not page.total_is_estimate and page.total == len(expected)
            assert wb_any.event_page(replace(query, fields=fields))[0] == page.total
    # Keyset paging walks the same order on either path.
    monkeypatch.setattr(fused, "MIN_COUNT_CAP", 25)
    monkeypatch.setattr(fused, "MAX_COUNT_CAP", 25)
    first = wb_any.event_page(replace(query, offset=0, limit=3, fields="summary"))[1]
    if first:
        nxt = replace(query, offset=0, limit=3, after=first[-1]["cursor"], fields="summary")
        assert [r["id"] for r in first + wb_any.event_page(nxt)[1]] == expected[:6]


def test_documents_stored_behind_the_workbench_are_picked_up(wb: Workbench) -> None:
    docs, m = scenario()
    from sitrep.fuse.statements import mention_statements

    d = docs[m["d"].document_id]
    stmts: list[Statement] = mention_statements(m["d"], extractor="test", version="1")
    assert wb.store.ingest(_document(d), stmts)  # as parallel ingest does, without the workbench
    assert [e.mentions for e in wb.fused_events()] == [(m["d"].subject,)]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Droukdel", "Drukdal"), ("Iyad ag Ghali", "Iyad Ag Ghaly"), ("Talhandak", "Talahandak")],
)
def test_transliterations_score_as_one_name(a: str, b: str) -> None:
    assert score_names(a, b)[0] >= 0.9


def test_distinct_names_do_not_merge() -> None:
    assert score_names("Iyad Ag Ghaly", "Amadou Koufa")[0] < 0.8
    names = [
        EntityName("person", "person:Iyad Ag Ghaly", "Iyad Ag Ghaly"),
        EntityName("person", "person:Amadou Koufa", "Amadou Koufa"),
    ]
    assert resolve_names(names) == []


def test_person_spellings_merge_as_a_judgement_and_unmerge_reverts(wb: Workbench) -> None:
    texts = [
        "Report one. Abdelmalek Droukdel, the emir of AQIM, was named in the statement.",
        "Report two. Abdelmalek Drukdal, leader of al-Qaeda in the Islamic Maghreb, was mentioned.",
    ]
    for i, text in enumerate(texts):
        doc = Document(text=text, format="txt", title=f"r{i}", source=f"Outlet {i}")
        name = "Abdelmalek Droukdel" if i == 0 else "Abdelmalek Drukdal"
        start = text.index(name)
        st = Statement(
            f"person:{name}",
            "person.role",
            {"role": "emir of AQIM" if i == 0 else "leader of AQIM", "organisation": None},
            doc.id,
            start,
            start + len(name) + 20,
            "test",
            "1",
        )
        assert wb.store.ingest(doc, [st])
    persons = wb.persons()
    assert len(persons) == 1
    p = wb.person("Drukdal")
    assert set(p.names) == {"Abdelmalek Droukdel", "Abdelmalek Drukdal"}
    assert {c.status for c in p.claims} == {"contested"} and len(p.claims) == 2
    for c in p.claims:
        for ev in c.evidence():
            assert ev.quote == wb.document(ev.document_id).text[ev.start : ev.end]
    (j,) = [j for j in wb.merges("person") if j.decided_by == "machine:entities"]
    assert j.verdict == "positive" and j.score is not None
    wb.unmerge(j.left, j.right, "tester", kind="person")
    assert len(wb.persons()) == 2
