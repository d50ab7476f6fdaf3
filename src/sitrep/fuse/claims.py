"""Claims: the values the member mentions of one event give for one field, compared as values, then graded.

Values are grouped by meaning, not by spelling: two dates agree when equal or when one's precision contains
the other ("June 2020" and "3 June 2020"); two places agree when their folded names or consonant skeletons are
equal or their points lie within each other's uncertainty; two counts agree only when equal. Each group is one
claim, represented by its most specific value, with the evidence (document, span, exact quote) of every
mention behind it.

Status: ``contested`` when the field has more than one claim (each value is listed as its own claim);
otherwise ``corroborated`` with two or more independent sources, else ``single-source``. Documents whose
source names normalise to the same string count once: a wire story reprinted by three outlets is one source.
A document with no source name counts as its own source (nothing shows it repeats another).

Credibility (Admiralty information credibility, STANAG 2511), with n = independent sources behind the claim
and r = the best reliability grade among them:

- uncontested field: n >= 2 -> **1** (confirmed by independent sources); n = 1 and r in A/B -> **2**
  (probably true); r in C/D or F (unknown) -> **3** (possibly true); r = E -> **4** (doubtful).
- contested field, the claim is stronger than every rival (more sources, or as many and a better grade):
  n >= 2 -> **2**, else **3**.
- contested, tied with the strongest rival (same n, same best grade) -> **6** (cannot be judged).
- contested, a rival is stronger: **5** (improbable) when a rival has at least three sources and at least
  twice as many as this claim, or as many sources graded two or more steps better; otherwise **4** (doubtful).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sitrep.fuse.coref import haversine_km
from sitrep.fuse.names import fold_name, skeleton
from sitrep.model import RELIABILITY_CODES, Place, Span

Status = Literal["corroborated", "single-source", "contested"]
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, None: 5}
_DEFAULT_UNCERTAINTY = {1: 2.0, 2: 15.0, 3: 50.0}


def grade_rank(grade: str) -> int:
    """0 for A (best) .. 5 for F."""
    return RELIABILITY_CODES.index(grade) if grade in RELIABILITY_CODES else 5


@dataclass(frozen=True, slots=True)
class Evidence:
    document_id: str
    start: int
    end: int
    quote: str

    def as_json(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(slots=True)
class Support:
    """One mention asserting one value: who said it, how reliable they are, and where."""

    value: Any
    document_id: str
    source_key: str
    grade: str
    span: Span | None
    quote: str = ""


@dataclass(slots=True)
class Claim:
    """One value of one field and everything behind it."""

    field: str
    value: Any
    supports: list[Support]
    status: Status = "single-source"
    credibility: int = 6
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def n_sources(self) -> int:
        return len({s.source_key for s in self.supports})

    @property
    def best_grade(self) -> str:
        return min((s.grade for s in self.supports), key=grade_rank, default="F")

    def evidence(self) -> list[Evidence]:
        seen: set[tuple[str, int, int]] = set()
        out: list[Evidence] = []
        for s in self.supports:
            if s.span is None or (s.document_id, s.span.start, s.span.end) in seen:
                continue
            seen.add((s.document_id, s.span.start, s.span.end))
            out.append(Evidence(s.document_id, s.span.start, s.span.end, s.quote))
        out.sort(key=lambda e: (e.document_id, e.start, e.end))
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "status": self.status,
            "credibility": self.credibility,
            "evidence": [e.as_json() for e in self.evidence()],
        }


# --- value agreement --------------------------------------------------------------------------------------


def _date_range(value: tuple[date, str | None]) -> tuple[date, date]:
    d, precision = value
    if precision == "week":
        return d, d + timedelta(days=6)
    if precision == "month":
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return date(d.year, d.month, 1), nxt - timedelta(days=1)
    if precision == "season":
        return d, d + timedelta(days=91)
    if precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    return d, d


def dates_agree(a: tuple[date, str | None], b: tuple[date, str | None]) -> bool:
    """Equal days, or one value's range contains the other's (a month holds its days)."""
    (a0, a1), (b0, b1) = _date_range(a), _date_range(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _unc(p: Place) -> float:
    return p.uncertainty_km if p.uncertainty_km is not None else _DEFAULT_UNCERTAINTY[p.geo_precision]


def places_agree(a: Place, b: Place) -> bool:
    """Same folded name or consonant skeleton, or points within each other's uncertainty (5 km at least)."""
    if a.name and b.name:
        if fold_name(a.name) == fold_name(b.name):
            return True
        sa = skeleton(a.name)
        if len(sa) >= 3 and sa == skeleton(b.name):
            return True
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= max(5.0, _unc(a) + _unc(b))
    return False


def group_values(
    supports: Sequence[Support],
    agree: Callable[[Any, Any], bool],
    specificity: Callable[[Any], Any],
) -> list[list[Support]]:
    """Group supports whose values agree. The most specific values found groups; a vaguer value joins the
    best-supported group it agrees with, so "June" does not contest "3 June" but cannot glue 3 and 4 June."""
    groups: list[list[Support]] = []
    for s in sorted(supports, key=lambda s: specificity(s.value)):
        fits = [g for g in groups if agree(g[0].value, s.value)]
        if fits:
            max(fits, key=lambda g: len({x.source_key for x in g})).append(s)
        else:
            groups.append([s])
    return groups


def date_specificity(v: tuple[date, str | None]) -> tuple[int, str]:
    return _PRECISION_RANK.get(v[1], 5), v[0].isoformat()


def place_specificity(p: Place) -> tuple[int, float, str]:
    return p.geo_precision, _unc(p), p.name


# --- grading ----------------------------------------------------------------------------------------------


def _stronger(a: Claim, b: Claim) -> bool:
    return a.n_sources > b.n_sources or (
        a.n_sources == b.n_sources and grade_rank(a.best_grade) < grade_rank(b.best_grade)
    )


def grade_claims(claims: list[Claim]) -> None:
    """Set status and credibility of the claims of one field (the rule is in the module docstring)."""
    contested = len(claims) > 1
    for c in claims:
        n, r = c.n_sources, grade_rank(c.best_grade)
        if not contested:
            c.status = "corroborated" if n >= 2 else "single-source"
            c.credibility = 1 if n >= 2 else 2 if r <= 1 else 4 if r == 4 else 3
            continue
        c.status = "contested"
        rivals = [o for o in claims if o is not c]
        stronger = [o for o in rivals if _stronger(o, c)]
        if not stronger:
            tied = any(not _stronger(c, o) for o in rivals)
            c.credibility = 6 if tied else 2 if n >= 2 else 3
            continue
        improbable = any(
            (o.n_sources >= 3 and o.n_sources >= 2 * n)
            or (r < 5 and o.n_sources >= n and grade_rank(o.best_grade) + 2 <= r)
            for o in stronger
        )
        c.credibility = 5 if improbable else 4


def rank_claims(claims: list[Claim], specificity: Callable[[Any], Any]) -> list[Claim]:
    """Best-supported first: most independent sources, then best grade, then most specific value."""
    return sorted(claims, key=lambda c: (-c.n_sources, grade_rank(c.best_grade), specificity(c.extra["raw"])))
