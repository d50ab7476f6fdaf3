"""Statements beyond events: who leads or belongs to what, who holds which role, what happened when, and
what the source itself judges.

Analyst products (briefs, timelines, ACH) must cite a span for every line they print, so these facts are
stored as :class:`~sitrep.model.Statement` rows like event mentions are, each with the exact span of the
words that support it. The rules are deliberately plain surface patterns over one sentence at a time: a
missed relation costs little, a wrong one printed in a brief with a citation costs trust.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitrep.model import Document, Statement
from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.timex import TimeExpr, find_dates

__all__ = ["RELATIONS_EXTRACTOR", "RELATIONS_VERSION", "Sentence", "document_statements", "sentences"]

RELATIONS_EXTRACTOR = "sitrep.nlp.relations"
RELATIONS_VERSION = "1"

# -- vocabulary ---------------------------------------------------------------------------------------------

_LEADER_NOUNS = ("leader", "head", "emir", "amir", "chief", "commander", "founder", "boss")
_ROLE_NOUNS = (
    *_LEADER_NOUNS,
    "spokesman",
    "spokesperson",
    "deputy",
    "minister",
    "president",
    "director",
    "journalist",
    "expert",
    "official",
    "member",
    "lieutenant",
    "governor",
    "mayor",
    "ideologue",
    "preacher",
)
_ROLE_NOUN_RE = "|".join(_ROLE_NOUNS)
_QUALIFIERS = re.compile(r"\b(senior|deputy|regional|local|former|one|a|an|another|top|military)\b", re.I)

_PARTICLES = {"ag", "al", "el", "ben", "bin", "ould", "de", "la", "ibn", "abu", "bou", "van", "von", "da"}
_NOT_NAME_WORDS = {
    # words that start capitalised phrases which are not person names
    "the", "a", "an", "in", "on", "at", "of", "for", "from", "by", "with", "after", "before", "during",
    "according", "although", "however", "concerning", "if", "unless", "since", "this", "that", "these",
    "his", "her", "their", "its", "they", "he", "she", "it", "we", "as", "and", "or", "but", "few", "little",
    "something", "approved", "editor", "subject", "reference", "disclaimer", "based", "because", "emulating",
    "four", "three", "two", "one", "five", "operation", "force", "forces", "special", "command", "government",
    "region", "minister", "army", "group", "committee", "council", "centre", "center", "university", "state",
    "states", "united", "armed", "battle", "war", "africa", "african", "french", "malian", "algerian",
    "marshal", "general", "col", "colonel", "president", "agence", "presse", "twitter", "mountain",
    "desert", "sahel", "shoura", "hittin", "mali", "algeria", "libya", "niger", "burkina", "faso", "france",
    "monde", "le", "les", "des", "du", "infobox", "conflict", "partof", "date", "place", "result", "map",
    "type", "combatant1", "combatant2", "commander1", "commander2", "casualties1", "casualties2", "director",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "islamic", "greater", "sahara", "kidal", "taliban", "emirate", "caracal", "tiger", "gazelle",
    "reaper", "suv", "un", "cia", "dgse", "afp", "us", "ansar", "jihad", "counter", "improvised", "explosive",
    "devices", "excellence", "coe", "nato", "isr", "aq", "aqs",
}  # fmt: skip
_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?)"
_NAME_RE = re.compile(
    rf"\b{_NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)?{_NAME_TOKEN}){{1,3}}\b",
    re.IGNORECASE if False else 0,
)

# A section *named* for analysis ("Assessment:", "2. Analysis", "Outlook"), not a title that mentions it
# ("Sahel Watch — Situation Assessment SW-2020-041" heads the whole report, events included).
_SECTION_LEAD = r"\W*(?:\d+[.)]?\s*)?(?:(?:situation|threat|overall|our|the)\s+)?"
_ASSESSMENT_SECTION = re.compile(_SECTION_LEAD + r"(?:assessment|analysis|comment|conclusion|evaluation)", re.I)
_PROSPECT_SECTION = re.compile(
    _SECTION_LEAD + r"(?:prospect|recommendation|outlook|forecast|way ahead|implication)", re.I
)
_HEDGES = re.compile(
    r"\b(it cannot be ruled out|cannot be excluded|it is (?:possible|likely|unlikely|probable) that|"
    r"(?:is|are|was|were) (?:likely|unlikely|probably|possibly)|probably|presumably|may have|might have|"
    r"could have|would have|suggests? that|indicates? that|according to|is believed to|reportedly|"
    r"it seems|appears to)\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording to ([^,.;]{3,80}?)(?:,|\s+(?:that|it|the|he|she|they)\b|[.;]?$)", re.I)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a line of a list) of a document: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Name:
    """A person named in the text; ``name`` is the full name (a bare surname resolved to the full one)."""

    start: int
    end: int
    name: str


# -- sentence splitting -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def _matcher() -> ActorMatcher:
    return ActorMatcher(_nlp(), load_kb())


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, also cut at line breaks, so list items and headings stand alone."""
    out: list[Sentence] = []
    doc = _nlp()(text)
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        for m in re.finditer(r"[^\n]+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            while a < b and text[a] in " \t-*#=>":
                a += 1
            while b > a and text[b - 1] in " \t*=":
                b -= 1
            if b - a >= 3 and re.search(r"[A-Za-z]", text[a:b]):
                out.append(Sentence(a, b, text[a:b]))
    return out


# -- actors and people ----------------------------------------------------------------------------------------


def _actor_hits(text: str) -> list[ActorHit]:
    """Actor mentions; "the IS in the Greater Sahara (ISGS)" becomes one hit named by its acronym."""
    hits = _matcher()(_nlp().make_doc(text))
    out: list[ActorHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 1 < len(hits):
            nxt = hits[i + 1]
            between = text[h.end : nxt.start]
            if (
                text[nxt.start - 1 : nxt.start] == "("
                and len(between) < 50
                and not re.search(r"[,;.]|\band\b", between)
            ):
                out.append(ActorHit(h.start, nxt.end, text[h.start : nxt.end], nxt.entry))
                i += 2
                continue
        out.append(h)
        i += 1
    return [h for h in out if _is_named(h)]


def _is_named(hit: ActorHit) -> bool:
    """Generic actors ("terrorist groups", "soldiers") name no one; relations between them mean nothing."""
    return "{" not in hit.entry.canonical and "@" not in hit.entry.key


def _canonical(hit: ActorHit) -> str:
    return load_kb().resolve(hit, hit.entry.country, None)


def _g(gap: str) -> str:
    """Text between two mentions without Markdown emphasis, which reports scatter through sentences."""
    return re.sub(r"[*_]+", "", gap)


def _people(text: str, hits: list[ActorHit], full: dict[str, str]) -> list[_Name]:
    """Person names: runs of capitalised words that are no actor and no common word; a bare surname refers
    to the full name seen earlier in the document (``full`` maps surnames to names and grows as we read)."""
    taken = [(h.start, h.end) for h in hits]
    out: list[_Name] = []
    for m in _NAME_RE.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_NAME_WORDS:
            words = words[1:]
        if len(words) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in words):
            continue
        start = m.start() + m.group(0).index(words[0])
        end = start + len(" ".join(words)) if " ".join(words) in m.group(0) else m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        name = text[start:end]
        out.append(_Name(start, end, name))
        full.setdefault(words[-1].lower(), name)
    if full:  # a bare surname after the full name refers to the same person
        surname = re.compile(r"\b((?i:" + "|".join(re.escape(k) for k in full) + r"))\b(?!\s+[A-Z])")
        spans = [(n.start, n.end) for n in out]
        for m in surname.finditer(text):
            if m.group(0)[0].isupper() and not any(a <= m.start() < b for a, b in spans):
                out.append(_Name(m.start(), m.end(), full[m.group(0).lower()]))
    out.sort(key=lambda n: n.start)
    return out


# -- statement building ---------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.out: list[Statement] = []
        self.seen: set[str] = set()

    def add(self, subject: str, prop: str, value: Any, start: int, end: int, confidence: float = 0.7) -> None:
        st = Statement(
            subject=subject,
            property=prop,
            value=value,
            document_id=self.doc.id,
            start=start,
            end=end,
            extractor=RELATIONS_EXTRACTOR,
            extractor_version=RELATIONS_VERSION,
            confidence=confidence,
        )
        if st.id not in self.seen:
            self.seen.add(st.id)
            self.out.append(st)

    def relation(
        self, kind: str, subject: str, obj: str, obj_kind: str, start: int, end: int, when: str | None = None
    ) -> None:
        if subject.split(":", 1)[1] == obj:
            return
        value = {"object": obj, "object_kind": obj_kind, "start": when, "end": None}
        self.add(subject, f"relation.{kind}", value, start, end)


def _between(text: str, a: int, b: int) -> str:
    return _g(text[a:b]) if a <= b else ""


def _relations(b: _Builder, s: Sentence, off: int, hits: list[ActorHit], people: list[_Name]) -> None:
    """Relations and roles inside one sentence; offsets in ``hits``/``people`` are sentence-relative."""
    t = s.text

    def span(a: int, z: int) -> tuple[int, int]:
        return off + a, off + z

    # PERSON, (the|a) ROLE ... of ACTOR   /   PERSON, ROLE of the ACTOR media apparatus
    for p in people:
        m = re.match(rf",\s+((?:the|a|an)\s+)?((?:[\w-]+\s+){{0,2}}?)({_ROLE_NOUN_RE})\b[^,;.()]*", t[p.end :])
        if m:
            role_text = m.group(0)[1:].strip()
            z = p.end + m.end()
            org_hits = [h for h in hits if p.end + m.start(3) < h.start < p.end + m.end() + 1]
            org = _canonical(org_hits[0]) if org_hits else None
            b.add(f"person:{p.name}", "person.role", {"role": role_text, "organisation": org}, *span(p.start, z))
            if org_hits and org:
                h = org_hits[0]
                head = m.group(3).lower()
                qualified = bool(_QUALIFIERS.search(m.group(1) or "") or _QUALIFIERS.search(m.group(2) or ""))
                direct = re.fullmatch(r"\s+of\s+(?:the\s+)?", t[p.end + m.end(3) : h.start]) is not None
                rest = t[h.end : p.end + m.end()].strip()
                if head in _LEADER_NOUNS and not qualified and direct and not rest:
                    b.relation("leader_of", f"person:{p.name}", org, "actor", *span(p.start, h.end))
                else:
                    b.relation("member_of", f"person:{p.name}", org, "actor", *span(p.start, h.end))
    # (the) ACTOR ROLE PERSON: "the AQIM emir Abdelmalek Droukdel"
    for h in hits:
        for p in people:
            gap = _between(t, h.end, p.start)
            m = re.fullmatch(rf"\s+(?:(?:[\w-]+\s+){{0,1}})({_ROLE_NOUN_RE})\s+", gap)
            if m:
                role = m.group(1)
                b.add(
                    f"person:{p.name}",
                    "person.role",
                    {"role": role, "organisation": _canonical(h)},
                    *span(h.start, p.end),
                )
                kind = "leader_of" if role.lower() in _LEADER_NOUNS else "member_of"
                b.relation(kind, f"person:{p.name}", _canonical(h), "actor", *span(h.start, p.end))
    # the ROLE of ACTOR, PERSON   /   ROLE PERSON ("journalist Wassim Nasr")
    for p in people:
        before = t[: p.start]
        m = re.search(rf"\b(?:the\s+)?((?:[A-Z][\w-]*\s+)?({_ROLE_NOUN_RE})\b[^,;.()]{{0,60}}),\s*$", before, re.I)
        owned = any(0 <= m.start() - q.end <= 3 for q in people if q is not p) if m else False
        if m and not owned and re.search(r"\b(of|for)\b", m.group(1)):
            org_hits = [h for h in hits if m.start() <= h.start < p.start]
            b.add(
                f"person:{p.name}",
                "person.role",
                {"role": m.group(1).strip(), "organisation": _canonical(org_hits[0]) if org_hits else None},
                *span(m.start(), p.end),
            )
            continue
        m = re.search(rf"\b({_ROLE_NOUN_RE})\s+$", before, re.I)
        if m and not any(0 <= m.start() - h.end <= 2 for h in hits):
            b.add(
                f"person:{p.name}", "person.role", {"role": m.group(1), "organisation": None}, *span(m.start(), p.end)
            )
    # ACTOR (led|headed|commanded) by PERSON
    for h in hits:
        for p in people:
            gap = _between(t, h.end, p.start)
            if re.fullmatch(r"[^.;]{0,40}?\b(?:led|headed|commanded|run)\s+by\s+", gap):
                b.relation("leader_of", f"person:{p.name}", _canonical(h), "actor", *span(h.start, p.end))
    # membership between actors
    for i, x in enumerate(hits):
        for y in hits[i + 1 :]:
            gap = _between(t, x.end, y.start)
            m = re.fullmatch(
                r",?\s*(?:which\s+is\s+|is\s+|are\s+|was\s+|also\s+)*(?:also\s+)?"
                r"(integrated\s+in(?:to)?|part\s+of|a\s+(?:member|component|faction|branch)\s+of|"
                r"member\s+of|affiliated\s+(?:to|with)|belongs?\s+to|joined)\s+(?:the\s+)?",
                gap,
                re.I,
            )
            if m:
                kind = (
                    "part_of"
                    if re.match(r"integrated|part|a\s+(component|faction|branch)", m.group(1), re.I)
                    else "member_of"
                )
                b.relation(kind, f"actor:{_canonical(x)}", _canonical(y), "actor", *span(x.start, y.end))
            # "JNIM, in which the AQIM is integrated"
            if re.fullmatch(r",?\s*in\s+which\s+(?:the\s+)?", gap, re.I) and re.match(
                r"(?:/[\w-]+)?[*_\s]*(?:is|are|was|were)\s+(?:also\s+)?(integrated|included|represented)",
                t[y.end :],
                re.I,
            ):
                end = y.end + re.match(r"(?:/[\w-]+)?[*_\s]*\w+\s+(?:also\s+)?\w+", t[y.end :]).end()  # type: ignore[union-attr]
                b.relation("part_of", f"actor:{_canonical(y)}", _canonical(x), "actor", *span(x.start, end))
            # "AQ's participation in the JNIM alliance"
            if re.fullmatch(r"['’]s\s+participation\s+in\s+(?:the\s+)?", gap, re.I):
                b.relation("member_of", f"actor:{_canonical(x)}", _canonical(y), "actor", *span(x.start, y.end))
    # rivalry and alliance: "fighting between A and B", "A confrontation with B"
    for m in re.finditer(
        r"\b(fighting|fights?|confrontations?|clash(?:es)?|war|rivalry|hostilit(?:y|ies)|conflict|"
        r"alliance|cooperation|pact|rapprochement)\s+(between|with|against)\b",
        t,
        re.I,
    ):
        kind = (
            "allied_with" if m.group(1).lower() in ("alliance", "cooperation", "pact", "rapprochement") else "rival_of"
        )
        after = [h for h in hits if m.end() <= h.start < m.end() + 120]
        if m.group(2).lower() == "between":
            if len(after) >= 2 and re.search(r"\band\b|&", t[after[0].end : after[1].start]):
                x, y = after[0], after[1]
                if re.search(r"[;.]", t[m.end() : y.start]) is None:
                    b.relation(kind, f"actor:{_canonical(x)}", _canonical(y), "actor", *span(m.start(), y.end))
        else:
            prev_hits = [h for h in hits if h.end <= m.start() and m.start() - h.end <= 4]
            if prev_hits and after and after[0].start - m.end() <= 6:
                b.relation(
                    kind,
                    f"actor:{_canonical(prev_hits[-1])}",
                    _canonical(after[0]),
                    "actor",
                    *span(prev_hits[-1].start, after[0].end),
                )
    for i, x2 in enumerate(hits):
        for y2 in hits[i + 1 :]:
            if re.fullmatch(
                r"\s+(?:is\s+|are\s+|were\s+)?(?:allied\s+(?:with|to)|in\s+alliance\s+with)\s+(?:the\s+)?",
                _between(t, x2.end, y2.start),
                re.I,
            ):
                b.relation("allied_with", f"actor:{_canonical(x2)}", _canonical(y2), "actor", *span(x2.start, y2.end))


_KILLED = re.compile(r"\b(was|were|been)\s+(killed|neutrali[sz]ed|eliminated|slain)\b|\bdeath\s+of\b|\bkilled\b", re.I)


def _killed(b: _Builder, s: Sentence, off: int, people: list[_Name], dates: list[TimeExpr]) -> None:
    """People the sentence says were killed, tied to the event by the sentence's date (if any)."""
    for m in _KILLED.finditer(s.text):
        when = next((d for d in dates if off <= d.start < off + len(s.text)), None)
        obj = f"event:{when.value.isoformat()}" if when else f"event:doc:{b.doc.id[:16]}"
        for p in people:
            near = p.end <= m.start() and m.start() - p.end <= 25 and m.group(1)  # "X was killed"
            after = m.end() <= p.start <= m.end() + 60 and (
                m.group(0).lower().startswith("death")
                or re.match(r"[^.;]*\b(including|among them|notably)\b", s.text[m.end() : p.start], re.I)
            )
            if near or after:
                a, z = min(p.start, m.start()), max(p.end, m.end())
                start = when.value.isoformat() if when else None
                b.relation("killed_in", f"person:{p.name}", obj, "event", off + a, off + z, start)


def _section_kind(doc: Document, offset: int) -> tuple[str, str] | None:
    sec = doc.section_at(offset)
    if sec is None:
        return None
    if _PROSPECT_SECTION.match(sec.name):
        return sec.name, "prospect"
    if _ASSESSMENT_SECTION.match(sec.name):
        return sec.name, "assessment"
    return None


def document_statements(doc: Document) -> list[Statement]:
    """Relation, role, timeline and judgement statements of one document, each with its supporting span."""
    b = _Builder(doc)
    text = doc.text
    dates = find_dates(text, doc.published, language=doc.language or "en")
    known_names: dict[str, str] = {}
    for s in sentences(text):
        hits = _actor_hits(s.text)
        people = _people(s.text, hits, known_names)
        _relations(b, s, s.start, hits, people)
        _killed(b, s, s.start, people, dates)
        for d in dates:
            if s.start <= d.start < s.end:
                claim = {"date": d.value.isoformat(), "precision": d.precision, "text": s.text}
                b.add(f"doc:{doc.id}", "timeline.claim", claim, s.start, s.end, 0.9 if not d.relative else 0.7)
        judged = _section_kind(doc, s.start) if len(s.text.split()) >= 6 and not s.text.endswith(":") else None
        hedge = _HEDGES.search(s.text)
        if judged or hedge:
            sec = doc.section_at(s.start)
            section = judged[0] if judged else (sec.name if sec else "")
            kind = judged[1] if judged else "hypothesis"
            value: dict[str, Any] = {"section": section, "kind": kind, "text": s.text}
            acc = _ACCORDING.search(s.text)
            if acc:
                value["attributed_to"] = acc.group(1).strip()
            b.add(f"doc:{doc.id}", "judgement.assessment", value, s.start, s.end, 0.8)
    return b.out


def iter_sentences_with(doc: Document, pattern: re.Pattern[str]) -> Iterator[Sentence]:
    """Sentences of ``doc`` matching ``pattern``: products use it to quote whole sentences."""
    for s in sentences(doc.text):
        if pattern.search(s.text):
            yield s
