"""The word-order cues that :mod:`sitrep.nlp.roles` reads roles from, one set per language.

Split from :mod:`sitrep.nlp.roles` so that the patterns (what marks a passive, an agent, a co-actor) can be
read and extended apart from the logic that weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a passive needs a form of "be"/"get" before the participle; adverbs may sit between ("were reportedly")
_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get|gets|be)\s+(?:(?:reportedly|allegedly|later|also|both|all|"
    r"subsequently|reported|then|then|apparently|presumably|allegedly|badly|severely|fatally)\s+)*$"
    r"|\b(?:was|were|been|being|is|are|got|get|gets|be)\s*$",
    re.IGNORECASE,
)


# "killed between eight and ten civilians", "entre 20 et 30 morts": a range of numbers is a toll's
# uncertainty, not the two sides of "between X and Y"
_NUM_EN = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"a\s+dozen|\w+\s+dozen)"
)
_NUM_FR = (
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\w+ze|vingt|trente|quarante|cinquante|"
    r"une\s+dizaine)"
)
_RANGE_EN = rf"{_NUM_EN}(?:-\w+)?\s+(?:and|to)\s+{_NUM_EN}\b"
_RANGE_FR = rf"{_NUM_FR}\s+et\s+{_NUM_FR}\b"


_HEADLINE_NEXT = re.compile(
    r"^\s*(?:[,.;:)]|$|in\b|near\b|at\b|on\b|by\b|overnight|yesterday|today|this\b|last\b|"
    rf"between\b(?!\s+{_RANGE_EN})|along\b|"
    r"around\b|while\b|during\b|outside\b|inside\b|close\b|south|north|east|west|after\b|"
    r"when\b|as\b|and\b(?!\s+(?:an?|the|\d)\b|\s+\w+ed\b)|early|late|in the\b|\d+\s*km|&(?!\s*\w+ed\b)|"
    r"from\b|following\b|"
    r"amid|again|twice)",
    re.IGNORECASE,
)


_SYMMETRIC = frozenset({"clash"})


# "reported by residents", "according to ...": the one after "by" is a source, not the agent
_REPORTED_BY = re.compile(
    r"\b(?:reported|said|announced|confirmed|signall?ed|documented|denied|condemned|witnessed|seen|"
    r"spotted|observed|heard)\s+by\b",
    re.IGNORECASE,
)


# "by" then up to four modifiers ("by unidentified armed", "by a group of", "by suspected FLM") then the agent
_BY_AGENT = re.compile(
    r"\bby\s+(?:[\w'\"/-]+\s+){0,4}?[\"'(]?$",
    re.IGNORECASE,
)


# "trucks chartered by MINUSMA", "a convoy escorted by FAMa": "by" after a participle of ownership, hire or
# escort names who the target belongs to, not who struck it; so does one of holding a place ("attacked a
# position held by soldiers", "un poste tenu par des VDP": the garrison, who were attacked), unless the place
# is where the act came from ("rockets fired from positions held by X": X fired them)
_OWNER_BY = re.compile(
    r"\b(?:chartered|rented|hired|leased|owned|operated|run|managed|funded|financed|built|used|employed|"
    r"escorted|accompanied|sent|dispatched|contracted|"
    r"(?<!from )(?<!from the )(?<!depuis )(?<!depuis des )(?<!depuis les )(?:\w+\s+)(?:held|manned|occupied|guarded|"
    r"garrisoned|defended|controlled|staffed|tenue?s?|occupée?s?|gardée?s?|contrôlée?s?|défendue?s?)|"
    r"loué(?:e|s|es)?|affrété(?:e|s|es)?|escorté(?:e|s|es)?)"
    r"\s+(?:by|par)\s+(?:[\w'’\"/-]+\s+){0,4}?$",
    re.IGNORECASE,
)


# "two army trucks were captured following a firefight", "a UN convoy truck was hit by a roadside bomb":
# a passive verb of harm or seizure between the mention and a later trigger makes the mention its target
_PASSIVE_HARM = re.compile(
    r"\b(?:was|were|has been|have been|had been|got)\s+(?:\w+ly\s+)?(?:seized|damaged|destroyed|hit|struck|"
    r"targeted|burned|burnt|looted|stolen|robbed|attacked|ambushed|overrun|captured|shelled|bombed|wounded|"
    r"injured|killed|abducted|kidnapped)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


_PASSIVE_BREAK = re.compile(r"[;:]|\b(?:and|but|when|while|as|because|who|which|that)\b", re.IGNORECASE)


# "attaques menées par X", "attacks carried out by X": the participle names the act's agent
_LED_BY = re.compile(
    r"\b(?:carried out|conducted|launched|perpetrated|committed|staged|led|men(?:é|ée|és|ées)|"
    r"perpétr(?:é|ée|és|ées)|commise?s?|lanc(?:é|ée|és|ées)|conduite?s?)\s+(?:by|par)\s+(?:[\w'’\"/-]+\s+){0,4}?$",
    re.IGNORECASE,
)


# "des hommes armés ont attaqué dans la nuit ...", "gunmen have attacked in ...": a participle after "have" or
# "avoir" is a compound past of the active verb, not a headline passive with its "was" left out
_PERFECT_AUX = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|avons|have|has|had)\s+(?:(?:\w+ment|\w+ly|also|reportedly|"
    r"allegedly|again|déjà|encore|aussi|également)\s+)*$",
    re.IGNORECASE,
)


_ASSOC = re.compile(
    r"\b(?:supported by|backed by|alongside|along with|together with|jointly with|"
    r"in coordination with|with the support of|assisted by|aided by|allied with|"
    # the passive "backed by the X" names the backer whatever the article; "allied with the GNA" names the
    # principal the subject is allied to, so the article is allowed after the passives only
    r"(?:supported|backed|assisted|aided)\s+by\s+the)\s*$",
    re.IGNORECASE,
)


# "a Barkhane-MINUSMA base", "a CMA-HCUA patrol": a hyphen between two names joins them as "and" does
# "leaders of the CMA and of the GATIA", "les chefs de la CMA et du GATIA": a genitive repeated after the
# conjunction still joins the two names
_CONJ = re.compile(r"^\s*(?:,|and|&|/|-|\(|as well as|,\s*and|or)\s*(?:of\s+)?(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


# "suspected of being thieves", "taken for jihadists", "accusés d'être des jihadistes": what the victims
# were said to be, not a party present at the event. The imputation ends where the main clause's verb starts
# ("des hommes soupçonnés d'être des miliciens ont attaqué le village": the village is attacked, not imputed)
_IMPUTED = re.compile(
    r"\b(?:accus\w*(?:\s+\w+){0,2}\s+of|mistaken\s+for|taken\s+for|suspected\s+of|on\s+suspicion\s+of|"
    r"accusée?s?\s+d[e']|soupçonnée?s?\s+d[e']|suspectée?s?\s+d[e']|pris\s+pour)\b"
    r"(?:(?!\b(?:ont|avaient|avait|sont|est|were|was|have|has|had|are|is)\s|\ba\s+(?:été|\w+é)\b)"
    r"[^,.;:()\"])*$",
    re.IGNORECASE,
)

# "arrested two individuals suspected of links with ISGS", "soupçonnés d'appartenir à Ansarul Islam": the people
# held are taken to be the group's members, and ACLED codes an arrest of suspected members with the group as
# actor2 (as it does "arrested four suspected ISGS members"); "suspected of supplying fuel to armed groups" is
# a suspicion of an act, not of membership, and still names nobody present
IMPUTED_MEMBERSHIP = re.compile(
    r"\b(?:suspected|accused|soupçonnée?s?|suspectée?s?|accusée?s?)\s+(?:of\s+|d['’]\s*|de\s+)"
    r"(?:having\s+)?(?:(?:close\s+)?(?:links?|ties|connections?)\s+(?:with|to)|being\s+(?:members?\s+of\s+)?|"
    r"belonging\s+to|membership\s+(?:of|in)|(?:liens?|accointances?)\s+avec|appartenir\s+(?:à|au|aux)|"
    r"(?:ê|e)tre\s+(?:des\s+)?(?:membres?\s+(?:de|du|d['’])\s*)?)\s*(?:the\s+|l['’]\s*|la\s+|le\s+|des\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Syntax:
    """The word-order cues of one language (see the module docstring for what each one marks)."""

    aux: re.Pattern[str]
    headline_next: re.Pattern[str]
    reported_by: re.Pattern[str]
    by_agent: re.Pattern[str]
    assoc: re.Pattern[str]
    conj: re.Pattern[str]
    between: re.Pattern[str]
    with_against: re.Pattern[str]
    claim: re.Pattern[str]
    participle_ends: tuple[str, ...]
    suffer: re.Pattern[str]
    irregular: frozenset[str] = frozenset()
    # "civilians were killed when suspected jihadists raided a village": the subject of the time clause is
    # the agent the passive leaves out; when_lead is the conjunction before it, clause_verb the act after it
    when_lead: re.Pattern[str] = re.compile(r"(?!)")
    clause_verb: re.Pattern[str] = re.compile(r"(?!)")


_EN = _Syntax(
    _AUX,
    _HEADLINE_NEXT,
    _REPORTED_BY,
    _BY_AGENT,
    _ASSOC,
    _CONJ,
    re.compile(rf"\bbetween\b(?!\s+{_RANGE_EN})", re.IGNORECASE),
    re.compile(r"\s*(?:with|against)\b", re.IGNORECASE),
    # "JNIM claimed the attack"; not reported speech ("GATIA sources claim that CMA attacked ...")
    re.compile(r"\bclaim\w*\b(?!\s+that\b)", re.IGNORECASE),
    ("ed", "en"),
    # "MINUSMA camp subjected to an attack", "the convoy came under fire", "FAMa, victims of an ambush":
    # what comes before suffers the act though no "was ... by" says so
    re.compile(
        r"\b(?:subjected to|came under|comes? under|was under|were under|target of|targets of|victims? of|"
        r"struck by|hit by)\s+(?:(?:an?|the|another|new|heavy|several|two|a\s+series\s+of)\s+)*(?:[\w/+-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    # past participles without -ed/-en that head a passive headline ("FAMa vehicle struck by IED")
    frozenset({"struck", "hit", "seized", "burnt"}),
    re.compile(r"\b(?:when|as|after|while)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE),
    # acts only: "armed men based in the area" or "gunmen dressed as soldiers" are descriptions, not the act
    re.compile(
        r"^\s+(?:\w+ly\s+)?(?:attacked|ambushed|raided|assaulted|stormed|overran|opened|shot|fired|struck|hit|"
        r"blew|set|shelled|bombed|targeted|killed|executed|kidnapped|abducted|seized|looted|robbed|burned|burnt|"
        r"torched|destroyed|detonated|planted|launched|clashed|fought|engaged|surrounded|invaded|besieged|"
        r"intercepted|captured|beat|stabbed|hacked|massacred)\b",
        re.IGNORECASE,
    ),
)


# French: "a été attaqué par", "ont été tués", "affrontements entre X et Y", "X a affronté Y", "revendiqué".
_FR = _Syntax(
    re.compile(
        r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:également|aussi|tous|toutes|ensuite|"
        r"notamment|probablement)\s+)*été\s+(?:(?:grièvement|mortellement|violemment|également)\s+)*$"
        r"|\b(?:est|sont|fut|furent|été|était|étaient)\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?:[,.;:)]|$|à\b|près\b|dans\b|sur\b|par\b|le\b\s+\d|lors\b|"
        rf"entre\b(?!\s+{_RANGE_FR})|au\b|aux\b|en\b|"
        r"non loin|vers\b|hier|avant-hier|ce\s+matin|\d+\s*km|après\b|pendant\b|alors\b|et\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:rapporté|annoncé|confirmé|signalé|documenté|démenti|condamné|revendiqué)e?s?\s+par\b",
        re.IGNORECASE,
    ),
    # the agent may stand after an elided article inside a description: "par des hommes armés présumés de
    # l'EIGS" (not straight after "par": "mené par l'armée de l'air" is read through the lead's own rules)
    re.compile(r"\bpar\s+(?:(?:[\w'’\"/-]+\s+){0,4}?[\"'(«]?|(?:[\w'’\"/-]+\s+){1,5}?\b[dl]['’])\s*$", re.IGNORECASE),
    re.compile(
        r"\b(?:appuyée?s? par|soutenue?s? par|aux côtés d(?:es|u|e|e la|e l['’])|avec l['’]appui d(?:es|u|e)|"
        r"avec le soutien d(?:es|u|e)|en coordination avec|conjointement avec|épaulée?s? par|"
        r"accompagnée?s? (?:par|de))\s*(?:(?:des|les|la|le)\s+|l['’])?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?:,|et|&|/|\(|ainsi que|,\s*et|ou)\s*(?:les\s+|des\s+|la\s+|le\s+|l['’]|un\s+|une\s+|du\s+|"
        r"de\s+la\s+|de\s+l['’]|d['’]|de\s+)?$",
        re.IGNORECASE,
    ),
    re.compile(rf"\bentre\b(?!\s+{_RANGE_FR})", re.IGNORECASE),
    re.compile(r"\s*(?:à|aux|avec|contre)\b", re.IGNORECASE),
    re.compile(r"\brevendiqu\w*\b", re.IGNORECASE),
    ("é", "és", "ée", "ées", "is", "it", "u", "us"),
    re.compile(
        r"\b(?:victimes? d['’]une?|(?:a|ont) fait l['’]objet d['’]une?|(?:a|ont) subi une?|essuyé des|"
        r"sous le feu d['’]|pris(?:e|es)? pour cible par)\s+(?:[\w/+-]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    when_lead=re.compile(r"\b(?:lorsque|lorsqu['’]|quand|après que|alors que)\s*(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE),
    # the auxiliary of a compound past ("lorsque des hommes armés ont attaqué")
    clause_verb=re.compile(r"^\s+(?:ont|a|avaient|avait)\b", re.IGNORECASE),
)
