"""The words that mark a toll as corrected, or as another source's figure, in English and French.

Why one module: four rules weigh one figure against another (``document``, ``sentence_tolls``, ``doc_tolls``,
``fatalities``) and must agree on what "the toll was revised to" or "according to other sources" looks like;
a word learnt for one of them is learnt for all. Each call site still builds its own regex from these
fragments (plain regex text, each a single group), because each reads a different stretch of text: a whole sentence,
the words just before a figure, or a figure's own clause.
"""

# a figure corrected by its author ("revised to 35", "brought the toll down to 12", "le bilan a été revu à 35");
# some of these words ("brought", "reduced") mark a correction only before "to N" or after "toll"
REVISED = (
    r"(?:revised|raised|lowered|corrected|reduced|updated|increased|brought|downgraded|adjusted|ramené|revu|révisé|"
    r"corrigé)"
)
# the same act in its other forms, read before the toll it corrects ("revising its toll to", "ramène le bilan à")
REVISING = (
    r"(?:ramen\w+|ramène|revoit|révis\w+|rabaiss\w+|corrig\w+|revising|lowering|bringing|correcting|raising|cut|upped)"
)
# words that make a figure the one replacing the earlier ones by themselves ("the final count", "revised
# figures"): for a reading with no "to N" anchor, so none of the words that need one
BARE_REVISION = r"(?:final|revised|raised|updated|corrected|definitive|révisée?s?|définitif|rehaussée?)"
# the nouns a correction applies to ("the toll", "le bilan")
TOLL_NOUN = r"(?:bilan|toll|figure|chiffre|count)"

# the toll a correction names ("its toll", "le bilan", "the death toll"), and the way it moves the figure ("revised
# down to", "revu à la baisse à"): the same in a sentence's own correction and in a later sentence's
THE_TOLL = r"(?:le|its|the|son|leur|this|that|ce)\s+(?:death\s+)?" + TOLL_NOUN
DIRECTION = r"(?:\s+(?:down|up|à la baisse|à la hausse|downward|upward)s?)?"

# a figure attributed to a source ("selon des sources locales", "according to the army")
ACCORDING_TO = r"(?:selon|d['’]après|according\s+to)"
# another source's account of the same dead ("other reports", "some accounts", "d'autres sources")
OTHER_SOURCES = r"(?:\b(?:other|another|some)\s+(?:sources?|reports?|accounts?)\b|\bd['’]autres\s+sources\b)"
# another voice's figure told as speech ("officials spoke of about 30", "des élus ont avancé le chiffre de 66")
SPOKE_OF = r"(?:\b(?:spoke|speak|speaks|talked)\s+of\b|\bont\s+(?:avancé|évoqué|parlé)\b)"
# a source's own tally ("published its own count of 210", "gave a higher figure of 40")
OWN_COUNT = r"(?:\bown\s+(?:count|figure|toll|tally)\b|\bgave\s+(?:a|an)\s+(?:\w+\s+)?(?:figure|toll|count)\b)"
# the same act with a verb that says no direction ("revised the toll to 141", "le bilan a été revu à 35"): the
# author's corrected count, which replaces the first one whichever way it moves (ACLED updates to it)
NEUTRAL_REVISION = r"(?:revised|updated|corrected|adjusted|revu|révisé|corrigé|actualisé)"
# a figure its author marks as the first of several ("first announced 25", "initially reported", "d'abord
# annoncé"): a later figure for the same dead replaces it, whichever way it moves
FIRST_FIGURE = (
    r"(?:\b(?:first|initially|at\s+first|originally)\b|\bd['’]abord\b|\binitialement\b|\bdans\s+un\s+premier\s+"
    r"temps\b|\b(?:a|an|the)\s+(?:first|initial|provisional)\s+(?:toll|count|figure|report)\b|"
    r"\bun\s+(?:premier\s+)?bilan\s+provisoire\b|\bpremier\s+bilan\b)"
)
# a source as the subject of its report ("a local source reported nine dead", "une source locale fait état de
# neuf morts", "des témoins parlent de 12 tués"): in a later sentence, a competing figure for the same dead
SOURCE_TELLS = (
    r"(?:\b(?:sources?|témoins?|witnesses)\s+(?:[\w'’-]+\s+){0,2}?(?:fait|font|faisait|faisaient|said|say|says|"
    r"reported|reports|spoke|speaks|parle|parlent|évoque|évoquent|avance|avancent)\b)"
)
# a figure just after, as a lookahead (digits, or a number word of either language): the tally cues below name
# a figure only when one follows them ("gave nine", "counted 41 dead"), never "gave chase"
_FIGURE_NEXT = (
    r"(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens?|hundreds?|"
    r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
    r"quarante|cinquante|soixante|cent|une?\s+(?:dizaine|quinzaine|vingtaine|trentaine|centaine))\b)"
)
# a source giving its own tally of the dead ("a herders' association counted 41 dead", "the ministry gave 53
# dead", "the government gave nine", "l'association a recensé 41 morts"): set beside another source's figure
# for the same dead it competes with it (ACLED keeps the lower), it never adds to it
TALLIED = (
    r"(?:\b(?:counted|tallied|recorded|gave|cited|(?:a|ont|avait|avaient)\s+(?:recensé|dénombré|comptabilisé|"
    r"compté|donné|avancé))\s+(?:(?:a\s+(?:toll|figure|count)\s+of|un\s+(?:bilan|chiffre)\s+de|only|just|"
    r"seulement|at\s+least|au\s+moins)\s+)?" + _FIGURE_NEXT + r")"
)
# a party rejecting the figures given ("the rebels rejected the army's version", "disputed these figures", "a
# contesté ce bilan"): the section's figures are competing accounts
DISPUTED = (
    r"(?:\b(?:rejected|rejects|denied|denies|disputed|disputes|contested)\s+(?:the\s+|these\s+|this\s+|those\s+)?"
    r"(?:[\w-]+['’]s?\s+)?(?:version|figures?|toll|account|count)\b|\b(?:rejeté|démenti|contesté|dément|conteste)\s+"
    r"(?:le|la|les|ce|ces|cette)\s+(?:\w+\s+)?(?:version|bilan|chiffres?)\b)"
)
# an authority announcing a toll a day or more after the first figures ("the next day, the prime minister
# announced a toll of 100 dead", "le lendemain, le ministre a annoncé un bilan de 100 morts"): the updated count,
# which replaces the first one whichever way it moves, unless it is set against it as competing
LATER_DAY = (
    r"(?:\b(?:the\s+(?:next|following)\s+(?:day|morning)|(?:\w+\s+)?days?\s+later|le\s+lendemain|"
    r"(?:\w+\s+)?jours?\s+plus\s+tard)\b)"
)
ANNOUNCED_TOLL = (
    r"(?:\b(?:announced|released|published|issued|gave)\s+(?:a|an|the|its|their)\s+(?:new\s+|official\s+|updated\s+)?"
    r"(?:death\s+)?toll\b|\b(?:a|ont)\s+(?:annoncé|publié|communiqué|donné)\s+un\s+(?:nouveau\s+)?bilan(?:\s+officiel)?"
    r"\b)"
)
# a suicide attacker's own death told apart from the victims' toll ("The driver of the car also died in the blast",
# "the bomber also died", "le kamikaze a également péri"): one more dead, which ACLED counts
BOMBER_DIED = (
    r"(?:\b(?:the|its)\s+(?:suicide\s+)?(?:bomber|driver|attacker|assailant)(?:\s+of\s+the\s+(?:car|truck|vehicle))?"
    r"\s+(?:himself\s+)?(?:also\s+)?(?:died|was\s+(?:also\s+)?killed|perished|blew\s+himself\s+up)\b|"
    r"\b(?:le|son)\s+(?:kamikaze|conducteur|chauffeur|assaillant)(?:\s+du\s+(?:véhicule|camion))?\s+"
    r"(?:(?:a|est)\s+)?(?:également\s+|aussi\s+)?(?:mort|péri|été\s+tué|décédé)\b)"
)
