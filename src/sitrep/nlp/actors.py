"""Actor knowledge (``data/actors.yaml``) and the matcher that finds actor mentions in a Doc.

The YAML is the single place where names live; this module only turns it into spaCy ``PhraseMatcher``
patterns (case-insensitive aliases, case-sensitive acronyms) and resolves a match to ACLED's canonical
name once the document's country and the event date are known: "soldiers" means the army of the country
the report is about, and ACLED renames state forces when a government changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.errors import SitrepError

__all__ = [
    "ActorEntry",
    "ActorHit",
    "ActorKB",
    "attribute_claims",
    "find_claimant",
    "load_kb",
]

# Kinds that can start violence (actor1 of an attack) as opposed to victims and protesters.
ARMED_KINDS = frozenset({"state", "rebel", "militia", "islamist", "unidentified", "international", "ethnic_militia"})


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date | None
    canonical: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the knowledge file. ``canonical`` may hold ``{country}`` (generic actors)."""

    key: str
    canonical: str
    kind: str
    country: str | None = None
    parent: str | None = None
    source: str = ""
    periods: tuple[Period, ...] = ()
    branches: tuple[tuple[str, str], ...] = ()  # (country, canonical): the local branch a bare name means

    def resolve(self, country: str | None, when: date | None) -> str:
        """ACLED's name for this actor in ``country`` at ``when``.

        A transnational movement named bare ("the Islamic State") in a country where ACLED codes one
        regional branch is that branch: the report is about the local fighters, not the parent group.
        """
        for where, branch in self.branches:
            if where == country:
                return branch
        name = self.canonical
        if self.periods:
            chosen = self.periods[-1]
            if when is not None:
                for p in self.periods:
                    if p.start <= when and (p.end is None or when < p.end):
                        chosen = p
                        break
                else:
                    if when < self.periods[0].start:
                        chosen = self.periods[0]
            name = chosen.canonical
        if "{country}" in name:
            name = name.replace("({country})", f"({country})" if country else "").strip()
            name = name.replace("{country}", country or "").strip()
        return name


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An actor mention: characters ``start:end`` of the text name ``entry``."""

    start: int
    end: int
    text: str
    entry: ActorEntry

    @property
    def kind(self) -> str:
        return self.entry.kind


# Nouns that make an ambiguous ethnonym (one flagged `qualified` in actors.yaml) name the community.
_GROUP_QUALIFIERS = ("ethnic", "ethnic group", "community", "communities", "farmers", "herders", "villagers", "people")


def _is_acronym(alias: str) -> bool:
    """Matched with case: "IS", "CMA", "FAMa", "GATIA" are words in lower case ("is", "cma"...)."""
    return " " not in alias and sum(c.isupper() for c in alias) >= 2


class ActorKB:
    """The loaded actor file: entries by key, demonyms by country, and matcher patterns."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.patterns: list[tuple[str, str]] = []  # (alias, entry key)
        self.countries: dict[str, list[str]] = {}
        self._any_country: re.Pattern[str] | None = None
        for name, info in (data.get("countries") or {}).items():
            self.countries[name] = list(info.get("adjectives") or [])
        self._load_state_forces(data)
        for item in data.get("actors") or []:
            key = item["canonical"]
            self.entries[key] = ActorEntry(
                key=key,
                canonical=item["canonical"],
                kind=item.get("kind", "rebel"),
                country=item.get("country"),
                parent=item.get("parent"),
                source=item.get("source", ""),
                branches=tuple((str(c), str(n)) for c, n in (item.get("branches") or {}).items()),
            )
            for alias in item.get("aliases") or []:
                self.patterns.append((str(alias), key))
        for item in data.get("generic") or []:
            key = item["canonical"]
            self.entries[key] = ActorEntry(key=key, canonical=key, kind=item["kind"], source=item.get("source", ""))
            for alias in item.get("aliases") or []:
                self.patterns.append((str(alias), key))
        self._load_ethnic(data)
        # victim word (lower case) -> the identity group ACLED lists as the victims' associated actor
        self.identities: dict[str, str] = {
            str(w).lower(): str(item["canonical"])
            for item in data.get("victim_identities") or []
            for w in item.get("words") or []
        }

    def _load_state_forces(self, data: dict[str, Any]) -> None:
        mil_words = list(data.get("military_words") or [])
        pol_words = list(data.get("police_words") or [])
        for force in data.get("state_forces") or []:
            country = force["country"]
            for branch, words in (("military", mil_words), ("police", pol_words)):
                periods = tuple(
                    Period(
                        date.fromisoformat(str(p["from"])),
                        date.fromisoformat(str(p["to"])) if p.get("to") else None,
                        p["canonical"],
                    )
                    for p in force.get(branch) or []
                )
                if not periods:
                    continue
                key = f"{branch}:{country}"
                self.entries[key] = ActorEntry(
                    key=key,
                    canonical=periods[-1].canonical,
                    kind="state",
                    country=country,
                    source=force.get("source", ""),
                    periods=periods,
                )
                for alias in force.get(f"{branch}_aliases") or []:
                    self.patterns.append((str(alias), key))
                shared = force.get(f"shared_{branch}_aliases") or []
                if shared:
                    # a name several states give a force: the note's country's, this one's by default
                    skey = f"{key}@shared"
                    self.entries[skey] = ActorEntry(
                        key=skey,
                        canonical=periods[-1].canonical,
                        kind="state",
                        country=country,
                        source=force.get("source", ""),
                        periods=periods,
                    )
                    for alias in shared:
                        self.patterns.append((str(alias), skey))
                names = [*self.countries.get(country, []), country, f"{country}'s"]
                for adj in names:
                    for w in words:
                        self.patterns.append((f"{adj} {w}", key))
        # Bare words: the forces of the document's country, resolved at extraction time.
        for branch in ("military", "police"):
            key = f"{branch}:@doc"
            self.entries[key] = ActorEntry(key=key, canonical=key, kind="state", source="acled-codebook")
            for w in data.get(f"bare_{branch}") or []:
                self.patterns.append((str(w), key))

    def _load_ethnic(self, data: dict[str, Any]) -> None:
        armed = [
            "militia",
            "militias",
            "militiamen",
            "militia members",
            "fighters",
            "gunmen",
            "armed men",
            "self-defense group",
            "self-defence group",
            "hunters",
            "armed group",
            "armed groups",
            "combatants",
        ]
        # French puts the noun first: "une milice peule", "des miliciens dogons"
        armed_fr = ["milice", "milices", "miliciens", "combattants", "hommes armés", "groupe d'autodéfense"]
        for eth in data.get("ethnic") or []:
            name = eth["name"]
            mkey = f"{name} Ethnic Militia ({{country}})"
            gkey = f"{name} Ethnic Group ({{country}})"
            self.entries[mkey] = ActorEntry(mkey, mkey, "ethnic_militia", source=eth.get("source", ""))
            self.entries[gkey] = ActorEntry(gkey, gkey, "ethnic_group", source=eth.get("source", ""))
            for alias in eth.get("aliases") or []:
                for w in armed:
                    self.patterns.append((f"{alias} {w}", mkey))
                    self.patterns.append((f"armed {alias}", mkey))
                    self.patterns.append((f"{alias} armed men", mkey))
                for w in armed_fr:
                    self.patterns.append((f"{w} {alias}", mkey))
                if eth.get("qualified"):
                    # the bare word is also a first name ("Sara"): only a qualified mention is the group
                    for q in _GROUP_QUALIFIERS:
                        self.patterns.append((f"{alias} {q}", gkey))
                else:
                    self.patterns.append((str(alias), gkey))

    def entry(self, key: str) -> ActorEntry:
        return self.entries[key]

    def resolve(self, hit: ActorHit, country: str | None, when: date | None) -> str:
        """The canonical ACLED name of a mention; bare "soldiers" become the document country's army."""
        e = hit.entry
        if e.key.endswith(":@doc"):
            branch = e.key.split(":")[0]
            real = self.entries.get(f"{branch}:{country}") if country else None
            if real is None:
                return "Military Forces" if branch == "military" else "Police Forces"
            return real.resolve(country, when)
        if e.key.endswith("@shared"):
            own = e.key.removesuffix("@shared")
            real = self.entries.get(f"{own.split(':')[0]}:{country}") if country else None
            return (real or self.entries[own]).resolve(country, when)
        if "{military}" in e.canonical:
            # a mutiny is named after the army it broke from, in that army's period at the event date
            army = self.entries.get(f"military:{country}") if country else None
            name = army.resolve(country, when) if army else f"Military Forces of {country or 'Unknown'}"
            return e.canonical.replace("{military}", name)
        tag_country = country
        if e.kind in ("civilian", "protester", "rioter", "unidentified", "islamist", "militia"):
            tag_country = country
        return e.resolve(tag_country, when)

    def mentioned_countries(self, text: str) -> list[str]:
        """Countries named or implied by their demonym in ``text``, most mentioned first."""
        counts: dict[str, int] = {}
        if self._any_country is None:
            every = [n for c, adjs in self.countries.items() for n in (c, *adjs)]
            self._any_country = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in every) + r")\b")
        if not self._any_country.search(text):
            return []
        for country, adjs in self.countries.items():
            names = [country, *adjs]
            pat = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"
            n = len(re.findall(pat, text))
            if country == "Niger":  # the river is not the country
                n -= len(re.findall(r"\bNiger (?:[Rr]iver|[Dd]elta|[Bb]end)|\b[Rr]iver Niger|\binner Niger", text))
            # "close to the Nigerien frontier" places the event next to the country, not in it
            n -= len(
                re.findall(r"\b(?:" + "|".join(re.escape(x) for x in names) + r")(?:'s)?\s+(?:border|frontier)", text)
            )
            if country == "Guinea":
                n -= len(re.findall(r"Guinea[- ]Bissau|Equatorial Guinea|Papua New Guinea", text))
            if n > 0:
                counts[country] = n
        return sorted(counts, key=lambda c: -counts[c])


def _read_yaml() -> dict[str, Any]:
    try:
        text = resources.files("sitrep.nlp").joinpath("data/actors.yaml").read_text(encoding="utf-8")
        loaded = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:  # a broken install, not a user error we can fix here
        raise SitrepError(f"cannot read the actor file nlp/data/actors.yaml: {exc}") from exc
    if not isinstance(loaded, dict):
        raise SitrepError("nlp/data/actors.yaml: expected a mapping at the top level")
    return loaded


@lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    """The actor knowledge, read once per process."""
    return ActorKB(_read_yaml())


class ActorMatcher:
    """Finds actor mentions in a Doc: longest match wins, acronyms must match case."""

    def __init__(self, nlp: Language, kb: ActorKB) -> None:
        self.kb = kb
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower_pats: dict[str, list[Doc]] = {}
        exact_pats: dict[str, list[Doc]] = {}
        seen: set[tuple[str, str]] = set()
        for alias, key in kb.patterns:
            case = _is_acronym(alias)
            norm = alias if case else alias.lower()
            if (norm, key) in seen:
                continue
            seen.add((norm, key))
            target = exact_pats if case else lower_pats
            target.setdefault(key, []).append(nlp.make_doc(alias))
        for key, docs in lower_pats.items():
            self.lower.add(key, docs)
        for key, docs in exact_pats.items():
            self.exact.add(key, docs)
        self._priority = {k: i for i, k in enumerate(kb.entries)}

    def __call__(self, doc: Doc) -> list[ActorHit]:
        spans: list[Span] = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=match_id))
        hits: list[ActorHit] = []
        text = doc.text
        for span in filter_spans(spans):
            key = doc.vocab.strings[span.label]
            hit = ActorHit(span.start_char, span.end_char, span.text, self.kb.entries[key])
            # "JNIM/AQMI", "JNIM/Ansarul Islam": one actor named twice; ACLED codes the first name
            if hits and text[hits[-1].end : hit.start] == "/" and hits[-1].kind == hit.kind:
                # the span covers both names, so a description after them ("JNIM/AQIM fighters")
                # still sits next to the group it describes
                first = hits[-1]
                hits[-1] = ActorHit(first.start, hit.end, text[first.start : hit.end], first.entry)
                continue
            hits.append(hit)
        return attribute_claims(text, _merge_generic(text, _drop_place_words(text, hits)))


_GENERIC_ARMED = frozenset({"unidentified", "islamist", "militia"})
# "FLM gunmen", "JNIM men", "a self-defence group (Ganda Koy)", "jihadists (JNIM)": one actor, named and described
# person nouns that, right after an armed group's name, name its members ("JNIM men", "CMA individuals")
_MEMBER_NOUNS = frozenset({"men", "man", "individuals", "individual", "members", "elements", "agents", "agent"})
# vehicles a force's name can own ("a MINUSMA truck", "the FAMa's ambulance"): the force's property, so the
# force is hit, not the civilians the bare word would otherwise stand for
_OWNED_VEHICLES = frozenset({"truck", "trucks", "bus", "minibus", "ambulance", "ambulances", "boat", "boats"})
_DESCRIBED = re.compile(
    r"^\s*(?:\(\s*)?$|^\s*(?:\(\s*)?(?:the\s+|a\s+)?$"
    r"|^\s*(?:\(\s*|,\s*)(?:presumably|presumed|probably|likely|suspected|allegedly|reportedly|believed to be)"
    r"\s*[\"'“]?\s*$",
    re.IGNORECASE,
)
# "gunmen believed to belong to ISGS", "des hommes armés appartenant à l'EIGS": the description says which group
_BELONGING = re.compile(
    r"^\s*,?\s*(?:(?:believed|thought|said|suspected|presumed|reported)\s+to\s+(?:belong\s+to|be\s+(?:members\s+of|"
    r"from|with|part\s+of))|suspected\s+of\s+belonging\s+to|(?:presumed\s+|suspected\s+|alleged\s+)?"
    r"(?:affiliated|linked|loyal)\s+(?:to|with)|(?:presumed\s+|suspected\s+|alleged\s+)?members\s+of|"
    r"(?:présumés?\s+|supposés?\s+)?(?:appartenant|affiliée?s?|liée?s?)\s+à|se\s+réclamant\s+d[eu']?|"
    r"assimilée?s?\s+à|soupçonnée?s?\s+d['’]appartenir\s+à)\s*(?:the\s+|l['’]\s*|la\s+|le\s+|une?\s+|des\s+)?$",
    re.IGNORECASE,
)
# "an MSA checkpoint", "Platform's positions", "a CMA convoy": the bare word for a post or convoy, right
# after a named group, is that group's, not the state's
_POSSESSED = re.compile(r"^(?:'s)?\s*(?:military\s+|armed\s+)?$")


# the bare words for a post or vehicle that name a force only through whoever holds it
_FACILITY = re.compile(r"\b(?:checkpost|checkpoint|post|position|camp|base|vehicle|truck|convoy|patrol)s?$", re.I)


# "in the area of Douna village", "near the village of Kobou": a village named as where something happened is
# a place, not its people; only a village that is itself acted on ("armed men raided the hamlet") is a victim
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|at|around|outside|from|towards?|to|of|between)\s+(?:the\s+)?(?:(?:area|vicinity|outskirts)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,2}$"
)
_PLACE_OF = re.compile(r"^\s+of\s+[A-Z]")
_PLACE_LEAD = re.compile(r"\b(?:in|near|at|around|outside|from|towards?|to)\s+(?:the\s+)?$", re.IGNORECASE)


# "Bambara-Maoudé", "Peulh-Bogo": an ethnonym hyphened to a capitalised word is part of a place name
_HYPHEN_AFTER = re.compile(r"^[-‑][A-Z][a-zà-ÿ]")
_HYPHEN_BEFORE = re.compile(r"[A-Z][a-zà-ÿ]+[-‑]$")
_ETHNIC_KINDS = frozenset({"ethnic_group", "ethnic_militia"})


def _hyphened_place(text: str, h: ActorHit, hits: list[ActorHit]) -> bool:
    """Whether an ethnic mention is only part of a compound place name: no identity group is meant. Two
    peoples hyphened together ("Fulani-Dogon violence") are both mentions, so they stay."""
    if h.kind not in _ETHNIC_KINDS:
        return False
    after = text[h.end : h.end + 3]
    before = text[max(0, h.start - 20) : h.start]
    if _HYPHEN_AFTER.match(after):
        return not any(o.start == h.end + 1 for o in hits)
    if _HYPHEN_BEFORE.search(before):
        return not any(o.end == h.start - 1 for o in hits)
    return False


def _drop_place_words(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """A civilian word that names a place in a locative phrase is no party to the event, nor is an
    ethnonym inside a hyphened place name."""
    hits = [h for h in hits if not _hyphened_place(text, h, hits)]

    def locative(h: ActorHit) -> bool:
        if h.kind != "civilian" or h.text.lower() not in ("village", "villages"):
            return False
        before = text[max(0, h.start - 60) : h.start]
        if _PLACE_BEFORE.search(before):
            return True
        return bool(_PLACE_OF.match(text[h.end : h.end + 8]) and _PLACE_LEAD.search(before))

    return [h for h in hits if not locative(h)]


def _is_generic(hit: ActorHit) -> bool:
    return hit.kind in _GENERIC_ARMED and "{country}" in hit.entry.canonical


def _merge_generic(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """A generic armed description next to the group it describes is that group, named once.

    ACLED codes "presumed FLM assailants" as Katiba Macina alone; left apart, the generic word would add an
    "Unidentified Armed Group" that the note never meant as a second side."""
    drop: set[int] = set()
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        gap = text[a.end : b.start]
        if _is_generic(a) and not _is_generic(b) and b.kind in ARMED_KINDS and _BELONGING.match(gap):
            drop.add(i)  # "gunmen believed to belong to ISGS": the group named
            continue
        if len(gap) > 24 or not (_DESCRIBED.match(gap) or _POSSESSED.match(gap)):
            continue
        if a.kind in ARMED_KINDS and b.kind == "civilian" and b.text.lower() in _MEMBER_NOUNS and not gap.strip():
            drop.add(i + 1)  # "GATIA men", "Platform elements": the group's own members, not civilians
        elif (
            a.kind in ARMED_KINDS
            and b.kind == "civilian"
            and b.text.lower() in _OWNED_VEHICLES
            and _POSSESSED.match(gap)
            and "{country}" not in a.entry.canonical
        ) or (
            a.kind in ARMED_KINDS
            and not a.entry.key.endswith(":@doc")
            and b.entry.key.endswith(":@doc")
            and _POSSESSED.match(gap)
        ):
            drop.add(i + 1)
        elif (
            a.entry.key.startswith("police:")
            and b.entry.key == "military:@doc"
            and not gap.strip()
            and _FACILITY.search(b.text)
        ):
            drop.add(i + 1)  # "a gendarmerie post", "the police station": the police's own post, not the army's
        elif _is_generic(a) and _is_generic(b) and {a.kind, b.kind} == {"unidentified", "islamist"}:
            drop.add(i if a.kind == "unidentified" else i + 1)  # "gunmen (presumably jihadists)"
        elif _is_generic(a) and not _is_generic(b) and b.kind in ARMED_KINDS:
            drop.add(i)
        elif _is_generic(b) and not _is_generic(a) and a.kind in ARMED_KINDS:
            drop.add(i + 1)
    return [h for i, h in enumerate(hits) if i not in drop]


# "JNIM claimed the attack", "claimed by JNIM", "JNIM subsequently claimed it"
# the verb, not the noun: "the JNIM claim was verified", "France denied JNIM claims" name no claimant
_CLAIM_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}?(?:claim(?:ed|s)?\s+(?:responsibility|credit|the|an?|to|its|their|"
    r"two|three|\d+|\w+ing)\b|(?:took|takes|has taken|have taken) responsibility)",
    re.IGNORECASE,
)
_CLAIM_BEFORE = re.compile(r"\b(?:claimed|claim)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_CLAIMANT_KINDS = frozenset({"rebel", "militia", "islamist"})
_ANONYMOUS_KINDS = frozenset({"unidentified", "islamist"})


def find_claimant(text: str, hits: list[ActorHit]) -> ActorEntry | None:
    """The named armed group that the text says claimed the attack, if any."""
    for h in hits:
        if h.kind not in _CLAIMANT_KINDS or "{country}" in h.entry.canonical:
            continue
        after = text[h.end : h.end + 40]
        before = text[max(0, h.start - 20) : h.start]
        if _CLAIM_AFTER.match(after) or _CLAIM_BEFORE.search(before):
            return h.entry
    return None


def attribute_claims(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Unnamed attackers of a note take the name of the group that claimed the attack.

    ACLED codes a claimed attack to the claimant ("Gunmen attacked a post ... JNIM claimed the attack"
    is coded JNIM), so the anonymous mentions of the report ("gunmen", "assailants", "jihadists") are
    read as the claimant said another way. Only a named group can claim; "jihadists claimed" changes nothing.
    """
    claimant = find_claimant(text, hits)
    if claimant is None:
        return hits
    return [ActorHit(h.start, h.end, h.text, claimant) if h.kind in _ANONYMOUS_KINDS else h for h in hits]
