"""Actors a whole document names around its main event who took no part in it.

ACLED's actors are those who took part in the act (codebook: actor 1 and actor 2 are the parties to the
event; a source is not a party). An encyclopedia article names many others in the same paragraphs: the
authority that gave the toll ("a government statement said", "le Premier ministre a annoncé un bilan"),
the authority that had banned a march ("interdite par les autorités"), a group that denied any role ("le
GSIM a nié toute implication"), a speaker's quoted label for the perpetrators ('blamed it on "terrorists"'),
and a people named in a place's name ("the Dogon plateau"). None of them
is a party, and each would be an extra actor.
"""

from __future__ import annotations

import re

from sitrep.nlp.actors import ActorHit

__all__ = ["not_a_party"]

# the actor is the source of a figure or an account: "A government statement said", "the army's spokesman"
_SOURCE_NOUN = re.compile(
    r"^(?:['’]s)?\s+(?:statement|spokes(?:man|woman|person)|communiqu[ée]|press\s+release|porte-parole)\b",
    re.IGNORECASE,
)
# a government that speaks: "the Prime Minister, X, announced a toll", "le Premier ministre X a annoncé"
_GOV_SPEAKS = re.compile(
    r"^(?:\s+[A-ZÀ-Ý][\w'’-]+){0,4}\s*,?\s*(?:(?:a|ont|avait|had|has|have|also|later)\s+)*"
    r"(?:announced|said|stated|declared|reported|put\s+the|gave\s+a|annoncé|déclaré|indiqué|fait\s+état)\b",
)
# a speaker's word for the perpetrators, in quotation marks: 'blamed the killing on "terrorists"',
# "a attribué la tuerie à des « terroristes »" — the label is the speaker's, not a named party
_QUOTE_OPEN = re.compile(r"[«\"“]\s*$")
_QUOTE_CLOSE = re.compile(r"^\s*[»\"”]")
# a denial: "X denied any role", "le GSIM a nié toute implication", "X (...) a démenti"
_DENIES = re.compile(
    r"^\)?\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:a|ont|has|have|had|also|later|quickly)\s+)*"
    r"(?:denied|nié|démenti|rejected\s+(?:any|all)\s+(?:role|involvement|responsibility))\b",
    re.IGNORECASE,
)
# the authority that banned or forbade what happened: "interdite par les autorités", "banned by the governor"
_BANNED_BY = re.compile(
    r"\b(?:interdite?s?|banned|prohibited|forbidden|outlawed)\s+(?:par|by)\s*$",
    re.IGNORECASE,
)
_BANS = re.compile(
    r"^(?:\s+[\w'’-]+){0,6}?\s+(?:a|ont|had|has|have)\s+(?:interdit|banned|prohibited|défendu\s+l['’]interdiction)\b",
    re.IGNORECASE,
)
# a people's name that names a place: "the Dogon plateau", "the Tuareg highlands"
_PLACE_NOUN = re.compile(
    r"^\s+(?:plateau|highlands|hills|escarpment|cliffs?|country|heartland|homeland|territory|lands?|"
    r"région|pays|falaise)\b",
    re.IGNORECASE,
)


def not_a_party(text: str, h: ActorHit) -> bool:
    """Whether the words around ``h`` make it a source, a banning authority, a denier or a place name."""
    after = text[h.end : h.end + 80]
    before = text[max(0, h.start - 25) : h.start]
    if _SOURCE_NOUN.match(after) or _DENIES.match(after):
        return True
    if h.kind in ("ethnic_group", "ethnic_militia") and _PLACE_NOUN.match(after):
        return True
    if h.entry.canonical.startswith("Islamist Militia") and _QUOTE_OPEN.search(before) and _QUOTE_CLOSE.match(after):
        return True
    if h.entry.canonical.startswith("Government of"):
        if _GOV_SPEAKS.match(after) or _BANS.match(after):
            return True
        if _BANNED_BY.search(re.sub(r"\s*\b(?:les?|la|l['’]|the)\s*$", "", before)):
            return True
    return False
