"""The matcher that finds actor mentions in a Doc, and the fixes its raw hits need before anyone reads them.

Split from :mod:`sitrep.nlp.actors` (which keeps the actor knowledge itself): the matcher is the one place
where spans become hits, so the rules on which spans are one actor (a place word, "JNIM men") sit with it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.nlp.actor_claims import attribute_claims
from sitrep.nlp.actors import ARMED_KINDS, ActorHit, ActorKB

__all__ = ["ActorMatcher"]


def _is_acronym(alias: str) -> bool:
    """Matched with case: "IS", "CMA", "FAMa", "GATIA" are words in lower case ("is", "cma"...)."""
    return " " not in alias and sum(c.isupper() for c in alias) >= 2


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
        self.language: str = nlp.lang or "en"

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
            # "JNIM/AQMI", "JNIM/Ansar Dine": one movement named with its component or sister branch; ACLED codes
            # the first name. Two independent groups ("MSA/GATIA coalition") stay two allies.
            if hits and text[hits[-1].end : hit.start] == "/" and _one_movement(hits[-1], hit):
                # the span covers both names, so a description after them ("JNIM/AQIM fighters")
                # still sits next to the group it describes
                first = hits[-1]
                hits[-1] = ActorHit(first.start, hit.end, text[first.start : hit.end], first.entry)
                continue
            hits.append(hit)
        hits = _drop_held_sites(text, _drop_adjective_armee(text, hits))
        hits = _drop_activists(text, hits, self.language)
        return attribute_claims(
            text,
            _merge_generic(text, _drop_apposed_relations(text, _drop_place_words(text, hits))),
        )


# what stands before the French noun "armée": an article, a possessive or a demonstrative ("l'armée", "une
# armée", "son armée"); after a bare noun the same word is the adjective "armed" ("attaque armée", "lutte
# armée", "bandes armées")
_ARMEE_DETERMINER = re.compile(
    r"(?:^|[\s(«\"])(?:l['’]|la|une|cette|son|sa|leur|leurs|notre|nos|votre|vos|ses|les|des|aux|toute|propre)\s*$"
    r"|(?:^|[.;:!?,(«\"—–-])\s*$",
    re.IGNORECASE,
)


def _drop_adjective_armee(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """French "armée(s)" after a noun is an adjective ("une attaque armée", "des bandes armées"), describing
    the act or the group, never the state's army; read as the army it adds a military side to an attack by
    unidentified gunmen."""
    return [
        h
        for h in hits
        if not (
            h.text.lower() in ("armée", "armées") and not _ARMEE_DETERMINER.search(text[max(0, h.start - 30) : h.start])
        )
    ]


# "the LNA-held fortress and police station", "le poste tenu par les FAMa": the site's holder is named in the
# phrase itself
_HELD_BY = re.compile(
    r"(?:-(?:held|controlled|occupied|run)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:and|or|et|ou)\s+)?(?:the\s+|le\s+|la\s+|l['’])?"
    r")$",
    re.IGNORECASE,
)
_SITE = re.compile(
    r"\b(?:station|post|camp|base|checkpoint|checkpost|headquarters|barracks|poste|caserne|commissariat)s?$", re.I
)


def _drop_held_sites(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """A post or station said to be held by a named force ("seized the LNA-held fortress and police
    station") is the ground fought over, and its holder the side attacked; the building's generic owner
    word (police, army) is no party of its own."""
    return [
        h
        for h in hits
        if not (
            h.entry.key.endswith(":@doc")
            and _SITE.search(h.text)
            and _HELD_BY.search(text[max(0, h.start - 60) : h.start])
        )
    ]


# French "militant(s)" is a party or association member (an activist); only a qualifier makes it a fighter
# ("militants islamistes", "militants jihadistes", "militants armés")
_FR_FIGHTER_QUALIFIER = re.compile(
    r"^\s+(?:islamistes?|jihadistes?|djihadistes?|armée?s|terroristes?|extrémistes?)\b", re.I
)


def _drop_activists(text: str, hits: list[ActorHit], language: str) -> list[ActorHit]:
    """In French, bare "militants" are a movement's activists ("des militants des Transformateurs manifestaient"),
    not the armed Islamists the English word names, so they are no armed actor."""
    if language != "fr":
        return hits
    return [
        h
        for h in hits
        if not (
            h.kind == "islamist"
            and h.text.lower() in ("militant", "militants")
            and not _FR_FIGHTER_QUALIFIER.match(text[h.end : h.end + 20])
        )
    ]


# "JNIM, the Sahel branch of al-Qaeda, claimed": a group named inside an apposition that describes the group
# before it ("the X of Y") names its parent or patron, not a second party to the event
_APPOSITION_OF = re.compile(
    r"^\s*,\s*(?:the|a|an|its|their|la|le|l['’]|une?|sa|son)\s*(?:[\w'’-]+\s+){1,5}?"
    r"(?:of|de|du|des|d['’]|within|au\s+sein\s+d[eu'’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_APPOSITION_END = re.compile(r"^\s*(?:,|\)|;|[—–]|$)")


def _drop_apposed_relations(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Drop the armed group named inside an apposition to another armed group (its parent, patron or
    faction): ACLED codes the group the sentence is about, the apposition only explains who it is."""
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if h.kind not in ARMED_KINDS or not _APPOSITION_END.match(text[h.end : h.end + 3]):
            continue
        for j in range(i - 1, max(-1, i - 3), -1):
            head = hits[j]
            if (
                head.kind in ARMED_KINDS
                and head.entry.key != h.entry.key
                and _APPOSITION_OF.match(text[head.end : h.start])
            ):
                drop.add(i)
                break
    return [h for i, h in enumerate(hits) if i not in drop]


def _one_movement(a: ActorHit, b: ActorHit) -> bool:
    """Whether two slash-joined names are one side: the same actor, or a group and its component or sister
    branch under one parent (actors.yaml ``parent``)."""
    if a.kind != b.kind:
        return False
    x, y = a.entry, b.entry
    return (
        x.key == y.key
        or x.parent == y.canonical
        or y.parent == x.canonical
        or (x.parent is not None and x.parent == y.parent)
        or x.kind in ("unidentified", "islamist")
    )


_GENERIC_ARMED = frozenset({"unidentified", "islamist", "militia"})


# "FLM gunmen", "JNIM men", "a self-defence group (Ganda Koy)", "jihadists (JNIM)": one actor, named and described
# person nouns that, right after an armed group's name, name its members ("JNIM men", "CMA individuals")
# ("Wagner contractors": a private military company's hired fighters are the company)
_MEMBER_NOUNS = frozenset(
    {"men", "man", "individuals", "individual", "members", "elements", "agents", "agent", "contractors", "contractor"}
)


# vehicles a force's name can own ("a MINUSMA truck", "the FAMa's ambulance"): the force's property, so the
# force is hit, not the civilians the bare word would otherwise stand for
_OWNED_VEHICLES = frozenset({"truck", "trucks", "bus", "minibus", "ambulance", "ambulances", "boat", "boats"})


_DESCRIBED = re.compile(
    r"^\s*(?:\(\s*)?$|^\s*(?:\(\s*)?(?:the\s+|a\s+)?$"
    r"|^\s*(?:\(\s*|,\s*)(?:presumably|presumed|probably|likely|suspected|allegedly|reportedly|believed to be)"
    r"\s*[\"'“]?\s*$",
    re.IGNORECASE,
)


# "gunmen believed to belong to ISGS", "des hommes armés appartenant à l'EIGS", "terroristes de l'EIGS",
# "fighters of ISGS": the description says which group
_BELONGING = re.compile(
    r"^\s*,?\s*(?:(?:believed|thought|said|suspected|presumed|reported)\s+to\s+(?:belong\s+to|be\s+(?:members\s+of|"
    r"from|with|part\s+of)|be)|(?:soupçonnée?s?|suspectée?s?)\s+d['’]être(?:\s+des\s+(?:membres|éléments)\s+d[eu']?)?|"
    r"présumée?s?\s+être|suspected\s+of\s+belonging\s+to|(?:presumed\s+|suspected\s+|alleged\s+)?"
    r"(?:affiliated|linked|loyal)\s+(?:to|with)|(?:presumed\s+|suspected\s+|alleged\s+)?members\s+of|"
    r"(?:présumés?\s+|supposés?\s+)?(?:appartenant|affiliée?s?|liée?s?)\s+à|se\s+réclamant\s+d[eu']?|"
    r"assimilée?s?\s+à|soupçonnée?s?\s+d['’]appartenir\s+à|"
    r"(?:présumée?s?\s+|supposée?s?\s+|presumed\s+|suspected\s+)?(?:de|du|des|d['’]|of|from))\s*(?:the\s+|l['’]\s*|la\s+|le\s+|une?\s+|des\s+)?$",
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

    def modifier(h: ActorHit) -> bool:
        return h.kind == "civilian" and _NOUN_MODIFIER.match(text, h.end) is not None

    return [h for h in hits if not locative(h) and not modifier(h)]


# "a people smuggler", "people traffickers": the civilian word modifies the trade's noun and names nobody
_NOUN_MODIFIER = re.compile(r"\s+(?:smuggl|traffick)\w*", re.IGNORECASE)


def _is_generic(hit: ActorHit) -> bool:
    return hit.kind in _GENERIC_ARMED and "{country}" in hit.entry.canonical


def _merge_generic(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """A generic armed description next to the group it describes is that group, named once.

    ACLED codes "presumed FLM assailants" as Katiba Macina alone; left apart, the generic word would add an
    "Unidentified Armed Group" that the note never meant as a second side."""
    drop: set[int] = set()
    hits = list(hits)
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        gap = text[a.end : b.start]
        if _is_generic(a) and not _is_generic(b) and b.kind in ARMED_KINDS and _BELONGING.match(gap):
            # "gunmen believed to belong to ISGS": the group named, where the description stands (the
            # subject of the sentence), so that "des hommes armés soupçonnés d'être des miliciens peuls ont
            # attaqué" still has its attacker before the verb
            hits[i] = ActorHit(a.start, a.end, a.text, b.entry)
            drop.add(i + 1)
            continue
        if a.kind == "civilian" and b.kind == "ethnic_militia" and not gap.strip():
            # "des éleveurs peuls armés": the trade noun before the armed community is the same men, not
            # civilians beside them
            drop.add(i)
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
        elif (
            a.kind == "ethnic_militia"
            and b.kind in ARMED_KINDS
            and b.kind != "ethnic_militia"
            and "{country}" not in b.entry.canonical
            and not gap.strip(" (")
        ):
            drop.add(i)  # "the Dogon militia Dan Na Ambassagou": the community's word describes the named group
        elif _is_generic(b) and not _is_generic(a) and a.kind in ARMED_KINDS:
            drop.add(i + 1)
    return [h for i, h in enumerate(hits) if i not in drop]
