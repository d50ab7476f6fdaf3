"""Actors a whole document names around its main event who took no part in it.

ACLED's actors are those who took part in the act (codebook: actor 1 and actor 2 are the parties to the
event; a source is not a party). An encyclopedia article names many others in the same paragraphs: the
authority that gave the toll ("a government statement said", "le Premier ministre a annoncé un bilan"),
the authority that had banned a march ("interdite par les autorités"), a group that denied any role ("le
GSIM a nié toute implication"), a speaker's quoted label for the perpetrators ('blamed it on "terrorists"'),
a people named in a place's name ("the Dogon plateau"), an accuser ("the GNA accused the LNA"), a side's
ministry that counts ("the GNA's health ministry said"), and a force that only secured the scene afterwards
("before soldiers secured the area"). None of them
is a party, and each would be an extra actor.
"""

from __future__ import annotations

import re

from sitrep.nlp.actors import ActorHit

__all__ = ["not_a_party"]

# the actor is the source of a figure or an account: "A government statement said", "the army's spokesman"
_SOURCE_NOUN = re.compile(
    r"^(?:['’]s)?\s+(?:statement|spokes(?:man|woman|person)|communiqu[ée]|press\s+release|porte-parole|"
    r"(?:[a-z]+\s+)?ministry\s+(?:said|stated|reported|announced|gave|put|counted))\b",
    re.IGNORECASE,
)
# an aside between a speaker and its verb: ", qui s'est rendu sur place,", ", whose helicopters evacuated the
# wounded,", ", who visited the site,": what the speaker also did is no part in the act either
_ASIDE = r"(?:\s*,\s*(?:qui|dont|who|whose|which)\b[^,.;]{1,80},)?"
# a government that speaks: "the Prime Minister, X, announced a toll", "le Premier ministre X a annoncé"
_GOV_SPEAKS = re.compile(
    r"^(?:\s+of(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})?(?:\s+[A-ZÀ-Ý][\w'’-]+){0,4}" + _ASIDE + r"\s*,?\s*"
    r"(?:(?:a|ont|avait|had|has|have|also|later|first|initially|then|did|does|not|never|pas|jamais|d['’]abord|"
    r"initialement|ensuite|puis)\s+|n['’]\s*)*"
    r"(?:announced|said|stated|declared|reported|put\s+the|gave\s+a|spoke\s+of|accused|blamed|annoncé|déclaré|"
    r"indiqué|fait\s+état|parlé\s+d|accusé|confirm(?:ed)?|disputed|confirmé|contesté|"
    r"(?:published|publié|donné|gave)\s+(?:de|d['’]|un|le|a|the|no)\s*(?:toll|figure|bilan|chiffre))",
)
# a mission that gives the figure: "MINUSMA, whose helicopters flew out the wounded, gave a toll of 26 dead",
# "the mission put the toll at 12", "la MINUSMA a fait état de 12 morts", "l'ONU a donné un bilan de 12 morts"
_GIVES_TOLL = re.compile(
    r"^(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,4}" + _ASIDE + r"\s*,?\s*(?:(?:a|ont|avait|had|has|have|also|later)\s+)*"
    r"(?:gave|put|reported|announced|published|donné|annoncé|publié|avancé|fait\s+état\s+d['’e]\s*)\s*"
    r"(?:(?:a|an|the|its|their|un|le|son|leur)\s+)?(?:(?:death|casualty|final|provisional|official|higher|lower|"
    r"nouveau|premier|dernier)\s+)?(?:toll|figure|count|bilan|chiffre|(?:au\s+moins\s+)?\d+\s+(?:morts|tués|dead))\b",
    re.IGNORECASE,
)
# a speaker's word for the perpetrators, in quotation marks: 'blamed the killing on "terrorists"',
# "a attribué la tuerie à des « terroristes »" — the label is the speaker's, not a named party
_QUOTE_OPEN = re.compile(r"[«\"“]\s*$")
# the label may head a quoted phrase: 'spoke of a "terrorist attack"', "« attaque terroriste »"
_QUOTED_END = re.compile(r"^(?:\s*[\w'’-]+){0,2}\s*[»\"”]")
# a denial: "X denied any role", "le GSIM a nié toute implication", "X (...) a démenti"
_DENIES = re.compile(
    r"^\)?\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:a|ont|has|have|had|also|later|quickly)\s+)*"
    r"(?:denied|nié|démenti|rejected\s+(?:any|all)\s+(?:role|involvement|responsibility)|"
    r"(?:published|issued|released|publié|diffusé)\s+(?:a|an|un|une)\s+(?:statement|communiqu[ée])\s+"
    r"(?:denying|démentant|niant|rejetant))\b",
    re.IGNORECASE,
)
# an accuser: "the GNA accused the LNA of targeting civilians", "X blamed the attack on Y", "le gouvernement a
# accusé le GSIM": the one who speaks of the act is its source; the accused is named elsewhere as its author
_ACCUSES = re.compile(
    r"^\)?\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:a|ont|has|have|had|also|later|then|quickly)\s+)*"
    r"(?:accused|blamed|accusé|imputé)\b",
    re.IGNORECASE,
)
# a force that came after the act: "before soldiers from X secured the area", "les militaires ont ensuite
# bouclé la zone": securing, sealing off or combing a scene is a response, not a part in the act
_RESPONDS = re.compile(
    r"^(?:\s+(?:from|of|de|du)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?\s*,?\s*(?:(?:later|then|quickly|soon|had|have|has|a|ont|"
    r"ensuite|rapidement|also)\s+)*(?:secured|sealed\s+off|cordoned\s+off|sécurisé|bouclé|ratissé|quadrillé)\s+"
    r"(?:the|la|le|les|l['’])\s*(?:area|site|scene|zone|village|town|localité|lieux)\b",
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
# the one who disputed or confirmed a figure or an account ("a figure disputed by the authorities", "un
# chiffre contesté par les autorités", "a toll confirmed by the army"): a source, not a party
_JUDGED_BY = re.compile(
    r"\b(?:disputed|contested|confirmed|denied|rejected|questioned|contestée?s?|confirmée?s?|démentie?s?|"
    r"rejetée?s?)\s+(?:par|by)\s*$",
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
    if _SOURCE_NOUN.match(after) or _DENIES.match(after) or _ACCUSES.match(after) or _RESPONDS.match(after):
        return True
    if h.kind == "international" and _GIVES_TOLL.match(after):
        return True  # a mission that counts the dead; a force or a group giving a toll is often a party
    if _JUDGED_BY.search(re.sub(r"\s*\b(?:les?|la|l['’]|the|des?|du)\s*$", "", before)):
        return True
    if h.kind in ("ethnic_group", "ethnic_militia") and _PLACE_NOUN.match(after):
        return True
    if h.entry.canonical.startswith("Islamist Militia") and _QUOTE_OPEN.search(before) and _QUOTED_END.match(after):
        return True
    if h.entry.canonical.startswith("Government of"):
        if _GOV_SPEAKS.match(after) or _BANS.match(after):
            return True
        if _BANNED_BY.search(re.sub(r"\s*\b(?:les?|la|l['’]|the)\s*$", "", before)):
            return True
    return False
