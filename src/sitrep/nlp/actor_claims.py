"""Who claimed an attack: a named armed group that took responsibility for it stands for the anonymous attackers.

Split from :mod:`sitrep.nlp.actors` so that the matcher and the document-level rules
(:mod:`sitrep.nlp.attribution`) read claims the same way.
"""

from __future__ import annotations

import re

from sitrep.ingest.sections import find_sections
from sitrep.nlp.actors import ActorEntry, ActorHit
from sitrep.nlp.doc_layout import bare_sections

__all__ = ["EARLIER_SECTION", "PARENT_OF", "attribute_claims", "earlier_spans", "find_claimant"]

# "JNIM claimed the attack", "claimed by JNIM", "JNIM subsequently claimed it"
# the verb, not the noun: "the JNIM claim was verified", "France denied JNIM claims" name no claimant
_CLAIM_AFTER = re.compile(
    # an apposition may describe the group first: "JNIM, the Sahel branch of al-Qaeda, claimed the attack"
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s*(?:the|a|an|its|their)\s+[^,.;()]{1,60},)?\W{0,3}(?:\w+\s+){0,2}?(?:claim(?:ed|s)?\s+(?:responsibility|credit|the|an?|to|its|their|"
    r"two|three|\d+|\w+ing|both|these|it|them)\b|(?:took|takes|has taken|have taken) responsibility|"
    # French: "le GSIM a revendiqué l'attaque", "l'EIGS a ensuite revendiqué cette embuscade"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?revendiqu[ée]\s+(?:la\s+responsabilit[ée]|l['’]|la\s|le\s|les\s|cette\s|cet\s|"
    r"ces\s|les\s+deux\s))",
    re.IGNORECASE,
)


# "The MSA claimed 15 assailants were killed": a claimed count followed by its own passive verb is a toll the
# group reports (usually of its attackers' dead), not responsibility for the attack
_TOLL_CLAIM = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}?claim(?:ed|s)?\s+(?:that\s+)?(?:some\s+|about\s+|at least\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:were|was|had been|have been)\s",
    re.IGNORECASE,
)


# "claimed by JNIM"; French "revendiquée (le 5 mai) par le GSIM": a date may stand between the verb and "par"
_CLAIM_BEFORE = re.compile(
    r"\b(?:(?:claimed|claim)(?:\s+on\s+\d{1,2}\s+\w+|\s+the\s+next\s+day|\s+later)?\s+by\s+(?:the\s+)?|"
    r"revendiqu[ée]e?s?(?:\s+(?:le\s+\d{1,2}(?:er)?\s+\w+|le\s+lendemain|plus\s+tard|ensuite))?\s+par\s+"
    r"(?:le\s+|la\s+|les\s+|l['’])?)$",
    re.IGNORECASE,
)


_CLAIMANT_KINDS = frozenset({"rebel", "militia", "islamist"})


_ANONYMOUS_KINDS = frozenset({"unidentified", "islamist"})


# "JNIM, the Sahel branch of al-Qaeda, claimed", "la branche sahélienne d'al-Qaïda": the parent named in an
# apposition describes the claimant (shared with the article path, doc_claims)
PARENT_OF = re.compile(
    r"\b(?:branch|affiliate|wing|arm|franchise|offshoot|faction|branche|filiale|aile)\s+(?:of|in|de|d')\s*(?:the\s+|l')?$",
    re.IGNORECASE,
)


# the name of a section that tells earlier acts ("Background", "Historique", "Contexte", "Origins"): a claim
# read there is of an older attack; doc_claims tests the article path's sections with the same words
EARLIER_SECTION = re.compile(
    r"background|history|prelude|origins?|antecedents?|contexte|historique|antécédents|genèse", re.IGNORECASE
)


def earlier_spans(text: str) -> list[tuple[int, int]]:
    """Where the text tells earlier acts: the sections whose name is an EARLIER_SECTION word.

    A whole article recalls older attacks under "Background"; a group that claimed one of them did not
    claim the article's act, and the anonymous attackers of those older acts are not its claimant either.
    The sections are found as the whole-document path finds them (marked-up headings, else plain heading
    lines), because the actor matcher runs before that path has built its context.
    """
    secs = [x for x in find_sections(text) if x.name.lower() != "infobox"] or bare_sections(text)
    # the span starts after the heading line: its words name the section, they tell nothing
    return [(text.find("\n", x.start, x.end) + 1 or x.end, x.end) for x in secs if EARLIER_SECTION.search(x.name)]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def find_claimant(text: str, hits: list[ActorHit]) -> ActorEntry | None:
    """The named armed group that the text says claimed the attack, if any (outside background sections,
    which are looked for only once a claim is read: most notes have none)."""
    earlier: list[tuple[int, int]] | None = None
    for h in hits:
        if h.kind not in _CLAIMANT_KINDS or "{country}" in h.entry.canonical:
            continue
        if PARENT_OF.search(text[max(0, h.start - 30) : h.start]):
            continue
        after = text[h.end : h.end + 110]
        before = text[max(0, h.start - 45) : h.start]
        if (_CLAIM_AFTER.match(after) and not _TOLL_CLAIM.match(after)) or _CLAIM_BEFORE.search(before):
            if earlier is None:
                earlier = earlier_spans(text)
            if not _inside(earlier, h.start):
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
        return hits  # most notes: no claim, and no section scan
    earlier = earlier_spans(text)
    return [
        ActorHit(h.start, h.end, h.text, claimant)
        if h.kind in _ANONYMOUS_KINDS and not _inside(earlier, h.start)
        else h
        for h in hits
    ]
