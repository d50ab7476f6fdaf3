"""Coreference pieces: name tolerance, blocking completeness, the credibility rule, incremental assignment."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from sitrep.fuse.claims import Claim, Support, grade_claims
from sitrep.fuse.coref import BlockIndex, CorefConfig, _features, haversine_km, resolve
from sitrep.fuse.incremental import IncrementalCoref
from sitrep.fuse.names import name_similarity
from sitrep.model import EventMention, Place
from test_fuse_helpers import scenario


@pytest.mark.parametrize(
    ("a", "b"),
    [("Talhandak", "Talahandak"), ("Tessalit", "Tessalite"), ("Ménaka", "Menaka"), ("Djibo", "Jibo"),
     ("In-Delimane", "Indelimane"), ("Boulkessi", "Boulkessy")],
)  # fmt: skip
def test_transliterations_are_near(a: str, b: str) -> None:
    assert name_similarity(a, b) >= 0.85


@pytest.mark.parametrize(("a", "b"), [("Tessalit", "Gao"), ("Kidal", "Mopti"), ("Menaka", "Timbuktu")])
def test_different_places_are_far(a: str, b: str) -> None:
    assert name_similarity(a, b) < 0.6


def _random_mentions(n: int, seed: int) -> list[EventMention]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.75:
            loc = Place("x", country="Mali", admin1=rng.choice(["Kidal", "Gao"]), lat=rng.uniform(14, 16),
                        lon=rng.uniform(-1, 1))  # fmt: skip
        elif kind < 0.9:
            loc = Place("x", country="Mali", admin1=rng.choice(["Kidal", "Gao"]))
        else:
            loc = Place("x", country="Mali")
        precision = "month" if rng.random() < 0.05 else "day"
        out.append(
            EventMention(document_id=f"doc{i}", index=0, event_type="Battles", location=loc,
                         date=date(2020, 1, 1) + timedelta(days=rng.randrange(40)), date_precision=precision)
        )  # fmt: skip
    return out


def _related(a: EventMention, b: EventMention, cfg: CorefConfig) -> bool:
    """The block relation written out pair by pair, to check the index against."""
    fa, fb = _features(a), _features(b)
    assert fa.day is not None and fb.day is not None
    if abs(fa.day - fb.day) > cfg.window_days + max(fa.tol, fb.tol):
        return False
    pa, pb = fa.lat is not None, fb.lat is not None
    if pa and pb:
        cell = cfg.cell_deg
        return all(abs(int(x // cell) - int(y // cell)) <= 1 for x, y in ((fa.lat, fb.lat), (fa.lon, fb.lon)))
    if pa or pb:  # a point meets a place without one through its admin1, or its country if that is all
        other = fb if pa else fa
        return (not other.admin1 or other.admin1 == (fa if pa else fb).admin1) and other.country == fa.country
    if fa.admin1 and fb.admin1:
        return fa.admin1 == fb.admin1
    return fa.country == fb.country


def test_blocking_yields_every_related_pair_exactly_once() -> None:
    cfg = CorefConfig(max_candidates=10**6)
    ms = _random_mentions(300, seed=7)
    index = BlockIndex(cfg)
    for m in ms:
        index.add(_features(m))
    found = [(j, i) for i in range(len(ms)) for j in index.candidates(i)]
    assert len(found) == len(set(found))
    expected = {(j, i) for i in range(len(ms)) for j in range(i) if _related(ms[i], ms[j], cfg)}
    assert set(found) == expected
    assert len(expected) < len(ms) * (len(ms) - 1) / 2 / 5  # blocking prunes most pairs


def _claim(value: int, sources: list[tuple[str, str]]) -> Claim:
    return Claim("fatalities", value, [Support(value, f"d{i}", key, g, None) for i, (key, g) in enumerate(sources)])


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        ([[("s1", "C"), ("s2", "F")]], [1]),  # two independent sources, uncontested
        ([[("s1", "B"), ("s1", "B")]], [2]),  # one source twice is one source; B alone -> probably true
        ([[("s1", "C")]], [3]),
        ([[("s1", "F")]], [3]),
        ([[("s1", "E")]], [4]),
        ([[("s1", "B"), ("s2", "C")], [("s3", "C")]], [2, 4]),
        ([[("s1", "C")], [("s2", "C")]], [6, 6]),  # a tie cannot be judged
        ([[("s1", "B")], [("s2", "D")]], [3, 5]),  # contradicted by a much more reliable source
        ([[("s1", "C"), ("s2", "C"), ("s3", "C")], [("s4", "C")]], [2, 5]),  # by many more sources
        ([[("s1", "B")], [("s2", "F")]], [3, 4]),  # an unknown source is doubtful, not improbable
    ],
)
def test_credibility_rule(groups: list[list[tuple[str, str]]], expected: list[int]) -> None:
    claims = [_claim(i, g) for i, g in enumerate(groups)]
    grade_claims(claims)
    assert [c.credibility for c in claims] == expected
    assert {c.status for c in claims} == ({"contested"} if len(claims) > 1 else {c.status for c in claims})


def test_twenty_km_apart_still_matches_but_two_hundred_does_not() -> None:
    _docs, m = scenario()
    a, b = m["a"], m["b"]
    loc = a.location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    near = replace(b, location=replace(loc, name="Talahandak", lat=loc.lat + 0.18))
    assert 19 < haversine_km(loc.lat, loc.lon, loc.lat + 0.18, loc.lon) < 21
    assert len(resolve([a, near]).clusters) == 1
    far = replace(b, location=replace(loc, name="Anefis", lat=loc.lat - 1.8))
    assert len(resolve([a, far]).clusters) == 2


def test_chaining_guard_keeps_a_string_of_daily_reports_apart() -> None:
    _docs, m = scenario()
    a = m["a"]
    assert a.date is not None
    chain = [replace(a, document_id=f"{i:02d}" + "a" * 62, date=a.date + timedelta(days=i)) for i in range(8)]
    clusters = resolve(chain).clusters
    assert len(clusters) > 1
    assert all(len(c) <= 4 for c in clusters)


def test_incremental_matches_batch_and_compares_only_new_blocks() -> None:
    docs, m = scenario()
    _ = docs
    inc = IncrementalCoref()
    inc.add([m["a"], m["d"]])
    result = inc.add([m["b"], m["c"]])
    batch = resolve([m["a"], m["d"], m["b"], m["c"]])
    assert result.clusters == batch.clusters
    assert inc.compared <= batch.candidate_pairs
    seeded = IncrementalCoref.from_events([[m["a"], m["b"]], [m["d"]]])
    res = seeded.add([m["c"]])
    groups = [sorted(seeded.mentions[i].subject for i in c) for c in res.clusters]
    assert sorted([m["a"].subject, m["b"].subject, m["c"].subject]) in groups
