"""Actor knowledge (``data/actors.yaml``); the matcher that finds its names in a Doc is :mod:`sitrep.nlp.actor_matcher`.

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

from sitrep.errors import SitrepError

__all__ = [
    "ActorEntry",
    "ActorHit",
    "ActorKB",
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
        # a group merged into another (Katiba Macina into JNIM, 2017) keeps its own name when no date says
        # which period is meant: the organisation a person heads or a relation names is the group itself
        if self.periods and (when is not None or self.canonical == self.periods[-1].canonical):
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


def _periods(items: list[dict[str, Any]]) -> tuple[Period, ...]:
    """The names ACLED gives one actor over time, oldest first (``from`` inclusive, ``to`` exclusive)."""
    return tuple(
        Period(
            date.fromisoformat(str(p["from"])),
            date.fromisoformat(str(p["to"])) if p.get("to") else None,
            str(p["canonical"]),
        )
        for p in items
    )


# Nouns that make an ambiguous ethnonym (one flagged `qualified` in actors.yaml) name the community.
_GROUP_QUALIFIERS = ("ethnic", "ethnic group", "community", "communities", "farmers", "herders", "villagers", "people")


class ActorKB:
    """The loaded actor file: entries by key, demonyms by country, and matcher patterns."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.patterns: list[tuple[str, str]] = []  # (alias, entry key)
        self.countries: dict[str, list[str]] = {}
        self._any_country: re.Pattern[str] | None = None
        self._adjectives_fr: dict[str, list[str]] = {}
        for name, info in (data.get("countries") or {}).items():
            self.countries[name] = list(info.get("adjectives") or [])
            self._adjectives_fr[name] = list(info.get("adjectives_fr") or [])
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
                periods=_periods(item.get("periods") or []),
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
                if branch == "military":
                    # French: the demonym follows the noun ("des avions de chasse tchadiens")
                    for adj in self._adjectives_fr.get(country, []):
                        for w in data.get("military_words_fr") or []:
                            self.patterns.append((f"{w} {adj}", key))
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
                # ... and its adjective after: "des éleveurs peuls armés", "des Arabes armés"
                for w in ("armé", "armés", "armées"):
                    self.patterns.append((f"{alias} {w}", mkey))
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
