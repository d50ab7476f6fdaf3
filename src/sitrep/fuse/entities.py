"""Entity resolution across documents: one actor, person or place however each report spells it.

Why stored judgements: a merge of two spellings ("Droukdel" / "Drukdal") is a decision an analyst must be
able to see and revert, exactly like an event merge. Each pair the machine joins becomes a
:class:`~sitrep.model.Judgement` (kind actor/person/place, ``machine:entities``, with score and reason);
``sitrep merges`` lists them, ``sitrep unmerge`` answers one with an analyst's negative, which wins.

Scoring: two names are first mapped through the actor alias file (``nlp/data/actors.yaml``); the same
canonical entry scores 1.0. Otherwise the folded names are compared whole (:func:`name_similarity`:
transliteration digraphs unified, consonant skeletons, edit ratio) and token by token (each token of the
shorter name against its best partner in the longer: "Iyad ag Ghali" / "Iyad Ag Ghaly"), taking the better.
At or above ``POSITIVE`` (0.9) the pair is positive, from ``UNSURE`` (0.8) unsure (listed, not joined).

Blocking: a name is filed under the first three consonants of each folded token of four letters or more
(and, for places, its country); only names sharing a block are compared, and blocks larger than
``MAX_BLOCK`` (very common tokens) are skipped, so the cost grows with the number of names, not its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sitrep.errors import NotFoundError
from sitrep.fuse.claims import Claim, Support, grade_claims
from sitrep.fuse.names import fold_name, name_similarity, skeleton
from sitrep.fuse.sources import normalise_source
from sitrep.model import Document, Judgement, Span, Statement, Verdict

DECIDED_BY = "machine:entities"
POSITIVE = 0.9
UNSURE = 0.8
MAX_BLOCK = 200


@dataclass(frozen=True, slots=True)
class EntityName:
    kind: str
    key: str
    """What judgements name: ``person:<name>``, ``actor:<canonical>``, ``place:<name>``."""
    name: str
    country: str = ""


@lru_cache(maxsize=1)
def _alias_map() -> dict[str, str]:
    """Folded alias -> canonical name, from the actor knowledge file."""
    from sitrep.nlp.actors import load_kb

    kb = load_kb()
    out: dict[str, str] = {}
    for alias, key in kb.patterns:
        out.setdefault(fold_name(alias), kb.entries[key].canonical)
    for key, entry in kb.entries.items():
        out.setdefault(fold_name(entry.canonical), entry.canonical)
        out.setdefault(fold_name(key), entry.canonical)
    return out


def entity_names(statements: Iterable[Statement]) -> list[EntityName]:
    """The distinct persons, actors and places the statements name."""
    seen: dict[str, EntityName] = {}
    for s in statements:
        if s.property == "person.role" and s.subject.startswith("person:"):
            e = EntityName("person", s.subject, s.subject[len("person:") :])
        elif s.property == "event.actor" and isinstance(s.value, dict) and s.value.get("canonical"):
            e = EntityName("actor", "actor:" + s.value["canonical"], s.value["canonical"])
        elif s.property == "event.location" and isinstance(s.value, dict) and s.value.get("name"):
            e = EntityName("place", "place:" + s.value["name"], s.value["name"], s.value.get("country") or "")
        else:
            continue
        seen.setdefault(e.key, e)
    return sorted(seen.values(), key=lambda e: e.key)


def _tokens(name: str) -> list[str]:
    return [t for t in fold_name(name).split() if t]


def _blocks(e: EntityName) -> list[tuple[str, ...]]:
    out = {(e.kind, e.country, skeleton(t)[:3]) for t in _tokens(e.name) if len(t) >= 4 and len(skeleton(t)) >= 2}
    return sorted(out)


def score_names(a: str, b: str) -> tuple[float, str]:
    """0..1 that two names denote one entity, and why."""
    aliases = _alias_map()
    ca, cb = aliases.get(fold_name(a)), aliases.get(fold_name(b))
    if ca is not None and ca == cb:
        return 1.0, f"both are aliases of {ca!r} in the actor file"
    whole = name_similarity(a, b)
    ta, tb = _tokens(a), _tokens(b)
    token = 0.0
    if ta and tb and len(ta) == len(tb):
        token = sum(max(name_similarity(x, y) for y in tb) for x in ta) / len(ta)
    score = max(whole, token)
    how = "token by token" if token > whole else "whole name"
    return score, f"score {score:.2f} ({how}): {a!r} / {b!r}"


def resolve_names(names: Sequence[EntityName], judgements: Iterable[Judgement] = ()) -> list[Judgement]:
    """Machine judgements for the pairs of ``names`` that score at least ``UNSURE`` (pairs an analyst has
    judged are left to the analyst)."""
    analyst = {(j.kind, j.left, j.right) for j in judgements if j.by_analyst}
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for block in _blocks(name):
            blocks[block].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    out: list[Judgement] = []
    for i, j in sorted(pairs):
        a, b = names[i], names[j]
        if a.kind != b.kind:
            continue
        score, reason = score_names(a.name, b.name)
        if score < UNSURE:
            continue
        left, right = sorted((a.key, b.key))
        if (a.kind, left, right) in analyst:
            continue
        verdict: Verdict = "positive" if score >= POSITIVE else "unsure"
        out.append(Judgement(a.kind, left, right, verdict, DECIDED_BY, round(score, 4), reason))
    return out


def clusters(keys: Iterable[str], judgements: Iterable[Judgement]) -> list[list[str]]:
    """Group entity keys by judgements: analysts' positives, then the machine's positives best first; no
    group ever holds two keys an analyst said differ."""
    keys = sorted(set(keys))
    parent = {k: k for k in keys}
    members = {k: [k] for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    js = [j for j in judgements if j.left in parent and j.right in parent]
    apart = {(j.left, j.right) for j in js if j.by_analyst and j.verdict == "negative"}
    apart |= {(r, le) for le, r in apart}
    analyst_pos = sorted((j.left, j.right) for j in js if j.by_analyst and j.verdict == "positive")
    machine_pos = sorted(
        ((j.score or 0.0, j.left, j.right) for j in js if not j.by_analyst and j.verdict == "positive"),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for a, b in [*analyst_pos, *((a, b) for _, a, b in machine_pos)]:
        if (a, b) in apart:
            continue
        ra, rb = find(a), find(b)
        if ra == rb or any((x, y) in apart for x in members[ra] for y in members[rb]):
            continue
        parent[rb] = ra
        members[ra] += members.pop(rb)
    return sorted((sorted(ms) for ms in members.values()), key=lambda ms: ms[0])


# --- persons ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class PersonView:
    """One person across documents: every spelling, and each differing role as its own graded claim."""

    name: str
    names: list[str]
    claims: list[Claim] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "names": self.names, "claims": [c.as_json() for c in self.claims]}


def _role_key(value: Any) -> str:
    role = value.get("role") if isinstance(value, dict) else str(value)
    return fold_name(str(role or ""))


def fuse_persons(
    statements: Sequence[Statement],
    documents: Mapping[str, Document],
    judgements: Iterable[Judgement],
    reliability: Callable[[str | None], str],
) -> list[PersonView]:
    """Persons from ``person.role`` statements, spellings joined by ``judgements``; each distinct role
    (folded text) is one claim with its quotes, contested when a person has more than one."""
    by_subject: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.property == "person.role" and s.subject.startswith("person:"):
            by_subject[s.subject].append(s)
    out: list[PersonView] = []
    for group in clusters(by_subject, judgements):
        stmts = [s for k in group for s in by_subject[k]]
        counts: dict[str, int] = defaultdict(int)
        for s in stmts:
            counts[s.subject[len("person:") :]] += 1
        names = sorted(counts, key=lambda n: (-counts[n], -len(n), n))
        roles: dict[str, list[Support]] = defaultdict(list)
        for s in sorted(stmts, key=lambda s: (s.document_id, s.start, s.end)):
            doc = documents.get(s.document_id)
            if doc is None:
                continue
            src = normalise_source(doc.source) if doc.source else ""
            key = "source:" + src if src else "doc:" + doc.id
            quote = doc.text[s.start : s.end]
            roles[_role_key(s.value)].append(
                Support(s.value, s.document_id, key, reliability(doc.source), Span(s.start, s.end), quote)
            )
        claims = [Claim("role", sup[0].value, sup, extra={"raw": sup[0].value}) for _, sup in sorted(roles.items())]
        grade_claims(claims)
        claims.sort(key=lambda c: (-c.n_sources, c.evidence()[0].document_id if c.evidence() else ""))
        out.append(PersonView(names[0], names, claims))
    out.sort(key=lambda p: p.name)
    return out


def find_person(persons: Sequence[PersonView], name: str) -> PersonView:
    """The person one of whose spellings is ``name`` (folded), else the best match at ``POSITIVE``."""
    folded = fold_name(name)
    for p in persons:
        if any(fold_name(n) == folded for n in p.names):
            return p

    def score(n: str) -> float:
        whole = score_names(name, n)[0]
        query, have = _tokens(name), _tokens(n)
        if query and have and len(query) < len(have):  # a surname alone: every word matches a word
            part = min(max(name_similarity(q, h) for h in have) for q in query)
            return max(whole, part)
        return whole

    scored = [(max(score(n) for n in p.names), p.name, p) for p in persons if p.names]
    best = max(scored, key=lambda t: (t[0], t[1]), default=None)
    if best is None or best[0] < POSITIVE:
        raise NotFoundError(f"no person named {name!r}")
    return best[2]
