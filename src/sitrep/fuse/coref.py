"""Event coreference: which mentions, across documents, report the same real-world event.

Three steps, each cheap enough for a million mentions:

1. **Blocking.** A mention is only compared with mentions that share a block: within ``window_days`` of its
   date (wider for week/month/season/year precision) and, when it has coordinates, in its own or a
   neighbouring ``cell_deg`` grid cell. Mentions without coordinates are compared through their admin1 /
   country. The block relation is symmetric and each pair is produced once, so cost grows with the number of
   mentions times the local density, not with the square of the collection. A mention without a date is
   compared with nothing (an analyst can still join it by judgement).
2. **Pairwise score** (0..1): a weighted mean of date distance (a day off still scores well), geographic
   distance against the places' uncertainty radii (20 km apart still matches), transliteration-tolerant
   place-name similarity, actor overlap by canonical name, event-type compatibility and fatality
   compatibility. Incompatible dates or types, or places far apart with dissimilar names, veto the pair.
3. **Clustering**: greedy best-link. Pairs at or above ``threshold`` are taken best first and join their
   clusters unless that would chain unrelated events (the merged cluster would span more than
   ``max_span_days`` or more than ``max_diameter_km``), or put two mentions the analyst (or an earlier
   machine) said differ into one cluster.

Judgements: an analyst's positive judgement joins two mentions before anything else; an analyst's negative one
keeps them (and so their clusters) apart. If analysts disagree on a pair, the negative wins: a missed merge is
cheaper to spot than a wrong one. Machine judgements passed in count for less: a machine negative keeps a pair
apart unless an analyst joined it; a machine positive is a candidate pair like any scored one. Every machine
pair that actually joined two clusters comes back as a machine Judgement (kind "event", positive at or above
``positive_at``, else unsure, with score and reason), so ``sitrep merges`` can list it and ``sitrep unmerge``
can answer it with a negative analyst judgement.

Within one document two mentions are distinct events unless they are clearly the same: same day, same sub-type
(or type) and the same place (same folded name, or within 1 km plus the places' uncertainty). Extractors emit
a summary and a detailed account of one raid; they do not emit two accounts of different raids on the same
day at the same place.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.errors import ValidationError
from sitrep.fuse.names import fold_name, name_similarity
from sitrep.great_circle import haversine_km
from sitrep.model import EventMention, Judgement

DECIDED_BY = "machine:coref"
_PRECISION_DAYS = {"day": 0, "week": 7, "month": 31, "season": 92, "year": 366}
_DEFAULT_UNCERTAINTY = {1: 2.0, 2: 15.0, 3: 50.0}
"""Radius (km) assumed when a place gives none: a village point, a district centroid, a region centroid."""
_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Battles", "Strategic developments"}),
    frozenset({"Violence against civilians", "Strategic developments"}),
}
"""Type pairs two honest reports of one event can disagree on (an ambush that is also an IED attack)."""


@dataclass(frozen=True, slots=True)
class CorefConfig:
    window_days: int = 2
    cell_deg: float = 0.5
    threshold: float = 0.75
    positive_at: float = 0.85
    max_candidates: int = 40
    max_span_days: int = 3
    max_diameter_km: float = 120.0
    decided_by: str = DECIDED_BY


@dataclass(slots=True)
class Clustering:
    """Clusters (sorted lists of indices into the mentions) and the machine judgements that made them."""

    clusters: list[list[int]]
    judgements: list[Judgement]
    candidate_pairs: int = 0
    scored_pairs: list[tuple[float, int, int]] = field(default_factory=list)

    def groups(self, mentions: Sequence[EventMention]) -> list[list[EventMention]]:
        return [[mentions[i] for i in c] for c in self.clusters]


@dataclass(slots=True)
class _F:
    """What coreference needs of a mention, computed once."""

    day: int | None
    tol: int
    wide: bool
    lat: float | None
    lon: float | None
    unc: float
    name: str
    country: str
    admin1: str
    actors: frozenset[str]
    etype: str
    stype: str | None
    fat: int | None
    doc: str


def _features(m: EventMention) -> _F:
    loc = m.location
    lat = lon = None
    unc = 0.0
    name = country = admin1 = ""
    if loc is not None:
        lat, lon = loc.lat, loc.lon
        if lat is None or lon is None:
            lat = lon = None
        unc = loc.uncertainty_km if loc.uncertainty_km is not None else _DEFAULT_UNCERTAINTY[loc.geo_precision]
        name = loc.name or ""
        country = fold_name(loc.country) if loc.country else ""
        admin1 = fold_name(loc.admin1) if loc.admin1 else ""
    tol = _PRECISION_DAYS.get(m.date_precision or "day", 0)
    return _F(
        day=m.date.toordinal() if m.date else None,
        tol=tol,
        wide=tol > 0,
        lat=lat,
        lon=lon,
        unc=unc,
        name=name,
        country=country,
        admin1=admin1,
        actors=frozenset(a.canonical for a in m.actors),
        etype=m.event_type,
        stype=m.sub_event_type,
        fat=m.fatalities,
        doc=m.document_id,
    )


# --- pairwise score ---------------------------------------------------------------------------------------


def _type_score(a: _F, b: _F) -> float:
    if a.etype == b.etype:
        if a.stype == b.stype:
            return 1.0
        return 0.85 if a.stype is None or b.stype is None else 0.6
    return 0.35 if frozenset({a.etype, b.etype}) in _COMPATIBLE_TYPES else 0.0


def _date_score(a: _F, b: _F) -> float:
    assert a.day is not None and b.day is not None
    dd = abs(a.day - b.day)
    slack = max(a.tol, b.tol)
    if slack:
        return 0.7 if dd <= slack else 0.0
    return (1.0, 0.8, 0.5)[dd] if dd < 3 else 0.0


def _geo_score(a: _F, b: _F) -> tuple[float, float | None]:
    """Score and distance (km) when both have points; admin-level agreement otherwise."""
    if a.lat is not None and b.lat is not None:
        assert a.lon is not None and b.lon is not None
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
        slack = 20.0 + a.unc + b.unc
        if d <= slack:
            return 1.0, d
        return max(0.0, 1.0 - (d - slack) / (2 * slack)), d
    if a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
        return 0.6, None
    if a.country and a.country == b.country:
        return 0.4, None
    if not (a.country or b.country):
        return 0.3, None
    return 0.0, None


def _fatality_score(a: _F, b: _F) -> float | None:
    if a.fat is None or b.fat is None:
        return None
    if a.fat == b.fat:
        return 1.0
    lo, hi = sorted((a.fat, b.fat))
    return 0.7 if hi - lo <= 2 or lo >= hi / 2 else 0.3


def _clearly_same(a: _F, b: _F) -> bool:
    if a.day is None or a.day != b.day or a.tol or b.tol:
        return False
    if a.etype != b.etype or a.stype != b.stype:
        return False
    if a.lat is not None and b.lat is not None:
        assert a.lon is not None and b.lon is not None
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= 1.0 + a.unc + b.unc
    return bool(a.name) and fold_name(a.name) == fold_name(b.name)


def pair_score(a: _F, b: _F) -> float:
    """0..1 that ``a`` and ``b`` report one event; 0 when a veto applies."""
    if a.doc == b.doc:
        return 1.0 if _clearly_same(a, b) else 0.0
    if a.day is None or b.day is None:
        return 0.0
    ts = _type_score(a, b)
    if ts == 0.0:
        return 0.0
    ds = _date_score(a, b)
    if ds == 0.0:
        return 0.0
    gs, _ = _geo_score(a, b)
    ns = name_similarity(a.name, b.name) if a.name and b.name else None
    if gs == 0.0 and (ns is None or ns < 0.85):
        return 0.0
    total = 0.25 * ds + 0.3 * gs + 0.1 * ts
    weight = 0.65
    if ns is not None:
        total += 0.15 * ns
        weight += 0.15
    if a.actors and b.actors:
        total += 0.15 * len(a.actors & b.actors) / len(a.actors | b.actors)
        weight += 0.15
    fs = _fatality_score(a, b)
    if fs is not None:
        total += 0.05 * fs
        weight += 0.05
    return total / weight


def pair_reason(a: _F, b: _F, score: float) -> str:
    """A line an analyst can check: what agreed and what did not."""
    if a.doc == b.doc:
        return f"score {score:.2f}: same document, same day, type and place"
    parts = [f"score {score:.2f}"]
    if a.day is not None and b.day is not None:
        parts.append(f"dates {abs(a.day - b.day)} day(s) apart")
    _, d = _geo_score(a, b)
    if d is not None:
        parts.append(f"{d:.0f} km apart")
    if a.name and b.name:
        sim = name_similarity(a.name, b.name)
        parts.append(f"places {a.name!r}/{b.name!r} ({sim:.2f})" if a.name != b.name else f"place {a.name!r}")
    if a.actors and b.actors:
        parts.append(f"actors {len(a.actors & b.actors)}/{len(a.actors | b.actors)} shared")
    parts.append("same type" if a.etype == b.etype else f"types {a.etype}/{b.etype}")
    if a.fat is not None and b.fat is not None:
        parts.append("same fatalities" if a.fat == b.fat else f"fatalities {a.fat}/{b.fat}")
    return "; ".join(parts)


# --- blocking ---------------------------------------------------------------------------------------------

Key = tuple[object, ...]


def _index_keys(f: _F, cell: float) -> list[Key]:
    """Blocks a mention is filed under, for one day (the day is added by the caller)."""
    if f.lat is not None and f.lon is not None:
        return [
            ("g", math.floor(f.lat / cell), math.floor(f.lon / cell)),
            ("A", f.country, f.admin1),
            ("C", f.country),
        ]
    if f.admin1:
        return [("a", f.country, f.admin1), ("A", f.country, f.admin1), ("C", f.country)]
    if f.country:
        return [("c", f.country), ("C", f.country)]
    return [("n",)]


def _query_keys(f: _F, cell: float) -> list[Key]:
    """Blocks a mention looks in. Paired with :func:`_index_keys` so that i finds j exactly when j finds i."""
    if f.lat is not None and f.lon is not None:
        cy, cx = math.floor(f.lat / cell), math.floor(f.lon / cell)
        keys: list[Key] = [("g", cy + dy, cx + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
        return [*keys, ("a", f.country, f.admin1), ("c", f.country)]
    if f.admin1:
        return [("A", f.country, f.admin1), ("c", f.country)]
    if f.country:
        return [("C", f.country)]
    return [("n",)]


class BlockIndex:
    """Mentions filed by block and day; it grows as mentions are added, so a batch can be compared
    incrementally.

    Day-precision mentions are filed under (block, day). Wide-precision ones (week .. year) are filed under
    (block, 32-day bucket) for every bucket their range touches, so a day-precision mention finds them by
    looking in one or two buckets rather than scanning every wide mention of its block.
    """

    _BUCKET = 32

    def __init__(self, config: CorefConfig) -> None:
        self.config = config
        self.features: list[_F] = []
        self._blocks: dict[tuple[Key, int], list[int]] = defaultdict(list)
        self._wide: dict[tuple[Key, int], list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.features)

    def add(self, f: _F) -> int:
        i = len(self.features)
        self.features.append(f)
        if f.day is None:
            return i
        keys = _index_keys(f, self.config.cell_deg)
        if f.wide:
            w = f.tol + self.config.window_days
            for bucket in range((f.day - w) // self._BUCKET, (f.day + w) // self._BUCKET + 1):
                for k in keys:
                    self._wide[(k, bucket)].append(i)
        else:
            for k in keys:
                self._blocks[(k, f.day)].append(i)
        return i

    def candidates(self, i: int) -> list[int]:
        """Indices below ``i`` sharing a block with it, within the date tolerance of both.

        The relation is symmetric, so taking only smaller indices yields each unordered pair exactly once,
        whether the whole collection is resolved or a batch is appended and only its mentions are queried.
        """
        f = self.features[i]
        if f.day is None:
            return []
        window = self.config.window_days
        w = window + f.tol
        out: list[int] = []
        feats = self.features
        keys = _query_keys(f, self.config.cell_deg)
        blocks = self._blocks
        for k in keys:
            for day in range(f.day - w, f.day + w + 1):
                for j in blocks.get((k, day), ()):
                    if j < i:
                        out.append(j)
        seen: set[int] = set()
        wide = self._wide
        for k in keys:
            for bucket in range((f.day - w) // self._BUCKET, (f.day + w) // self._BUCKET + 1):
                for j in wide.get((k, bucket), ()):
                    if j < i and j not in seen:
                        g = feats[j]
                        if abs((g.day or 0) - f.day) <= window + max(f.tol, g.tol):
                            seen.add(j)
                            out.append(j)
        if len(out) > self.config.max_candidates:
            day = f.day
            out.sort(key=lambda j: (abs((feats[j].day or 0) - day), j))
            out = out[: self.config.max_candidates]
        return out


# --- clustering -------------------------------------------------------------------------------------------


class _Clusters:
    """Union-find carrying what the anti-chaining guards need about each cluster."""

    def __init__(self, feats: Sequence[_F]) -> None:
        self.parent = list(range(len(feats)))
        self.members: dict[int, list[int]] = {}
        self.feats = feats

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def members_of(self, r: int) -> list[int]:
        return self.members.get(r, [r])

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ma, mb = self.members_of(ra), self.members_of(rb)
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        self.members[ra] = ma + mb
        self.members.pop(rb, None)

    def separated(self, ra: int, rb: int, cannot: dict[int, set[int]]) -> bool:
        """Whether a judgement says some member of one cluster differs from some member of the other."""
        ma, mb = self.members_of(ra), self.members_of(rb)
        small, other = (ma, rb) if len(ma) <= len(mb) else (mb, ra)
        return any(self.find(n) == other for m in small for n in cannot.get(m, ()))

    def would_chain(self, ra: int, rb: int, config: CorefConfig) -> bool:
        """Whether joining would make a cluster too long in time or too wide in space to be one event, or
        join two mentions of one document that are not clearly the same."""
        feats = self.feats
        members = self.members_of(ra) + self.members_of(rb)
        days = [d for m in members if (d := feats[m].day) is not None and not feats[m].wide]
        if days and max(days) - min(days) > config.max_span_days:
            return True
        lats = [lat for m in members if (lat := feats[m].lat) is not None]
        if len(lats) > 1:
            lons = [lon for m in members if (lon := feats[m].lon) is not None]
            if haversine_km(min(lats), min(lons), max(lats), max(lons)) > config.max_diameter_km:
                return True
        by_doc: dict[str, list[int]] = defaultdict(list)
        for m in self.members_of(ra):
            by_doc[feats[m].doc].append(m)
        for n in self.members_of(rb):
            for m in by_doc.get(feats[n].doc, ()):
                if not _clearly_same(feats[m], feats[n]):
                    return True
        return False


def resolve(
    mentions: Sequence[EventMention],
    judgements: Iterable[Judgement] = (),
    config: CorefConfig | None = None,
) -> Clustering:
    """Cluster ``mentions`` into events, honouring ``judgements`` (kind "event", on mention subjects)."""
    config = config or CorefConfig()
    index = BlockIndex(config)
    for m in mentions:
        index.add(_features(m))
    pairs: list[tuple[float, int, int]] = []
    n_candidates = 0
    feats = index.features
    for i in range(len(feats)):
        for j in index.candidates(i):
            n_candidates += 1
            s = pair_score(feats[i], feats[j])
            if s >= config.threshold:
                pairs.append((s, min(i, j), max(i, j)))
    return _cluster(mentions, feats, pairs, judgements, config, n_candidates)


def _cluster(
    mentions: Sequence[EventMention],
    feats: Sequence[_F],
    pairs: list[tuple[float, int, int]],
    judgements: Iterable[Judgement],
    config: CorefConfig,
    n_candidates: int,
    seed: Iterable[Sequence[int]] = (),
) -> Clustering:
    by_subject = {m.subject: i for i, m in enumerate(mentions)}
    if len(by_subject) != len(mentions):
        raise ValidationError("coref: two mentions share a subject (the same document and index given twice)")
    analyst_pos: set[tuple[int, int]] = set()
    analyst_neg: set[tuple[int, int]] = set()
    machine_neg: set[tuple[int, int]] = set()
    for j in judgements:
        if j.kind != "event" or j.left not in by_subject or j.right not in by_subject:
            continue
        a, b = sorted((by_subject[j.left], by_subject[j.right]))
        if j.by_analyst:
            if j.verdict != "unsure":
                (analyst_neg if j.verdict == "negative" else analyst_pos).add((a, b))
        elif j.verdict == "negative":
            machine_neg.add((a, b))
        else:
            pairs.append((j.score if j.score is not None else config.threshold, a, b))
    cannot: dict[int, set[int]] = defaultdict(set)
    for a, b in analyst_neg | (machine_neg - analyst_pos):
        cannot[a].add(b)
        cannot[b].add(a)

    uf = _Clusters(feats)
    for group in seed:
        for m in group[1:]:
            uf.union(group[0], m)
    for a, b in sorted(analyst_pos - analyst_neg):
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb and not uf.separated(ra, rb, cannot):
            uf.union(ra, rb)

    made: list[Judgement] = []
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for s, a, b in pairs:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or uf.separated(ra, rb, cannot) or uf.would_chain(ra, rb, config):
            continue
        uf.union(ra, rb)
        made.append(
            Judgement(
                kind="event",
                left=mentions[a].subject,
                right=mentions[b].subject,
                verdict="positive" if s >= config.positive_at else "unsure",
                decided_by=config.decided_by,
                score=round(s, 4),
                reason=pair_reason(feats[a], feats[b], s),
            )
        )
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(feats)):
        groups[uf.find(i)].append(i)
    clusters = sorted(groups.values(), key=lambda c: c[0])
    return Clustering(clusters=clusters, judgements=made, candidate_pairs=n_candidates, scored_pairs=pairs)
