"""The casualty vocabulary of each language, for :mod:`sitrep.nlp.fatalities`.

The counting logic is the same in English and French; only the words differ, so each language is one
:class:`_Rules` value and adding a language means adding one here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DEATH = re.compile(
    r"\b(?:(?:shot|stabbed|beaten|beat|hacked|burned|burnt|stoned|clubbed) to death|"
    r"killed|dead|died|deaths?|killing|kills|executed|"
    r"shot dead|murdered|succumbed|eliminated|remains of|body of|assassinated|beheaded|slain|"
    r"slaughtered|lost their lives|lost his life|lost her life|perished|neutrali[sz]ed|bodies|corpses|"
    r"fatalities|lifeless|massacred|lynched|tués?|morts?|decapitated|burned alive|drowned|"
    # a force's own dead told as its loss: "lost two soldiers", "lost 5 of its men", "lost two of its own men"
    r"lost(?=\s+(?:[\w-]+\s+){1,4}?(?:soldiers?|men|troops|fighters|elements|members|officers|gendarmes|"
    r"policemen|personnel|comrades|volunteers)\b)|"
    # military shorthand: "3 KIA, 2 WIA" (killed, wounded in action)
    r"(?-i:KIA))\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:wounded|injured|hurt|injuries|blessés?|missing|arrested|captured|abducted|"
    r"kidnapped|seized|destroyed|burned|stolen|detained|(?-i:WIA))\b",
    re.IGNORECASE,
)
# A death denied by its subject, the verb after a negated one ("No one was killed", "No soldier was killed", "not
# a single civilian died", "personne n'a été tué", "aucun soldat n'a été tué"). Why here, beside _ZERO: the same
# words serve two readings. :mod:`sitrep.nlp.sentence_tolls` blanks every such denial before counting, since its
# "one ... was killed" counts nobody; _ZERO reads the commonest of them as a toll of 0.
_DENIED_AUX = r"(?:was|were|has\s+been|have\s+been|had\s+been)"
_DENIED_VERB = r"(?:killed|hurt|injured)"
_NO_VICTIMS_FR = r"(?:pas de victimes?|aucune victime|sans faire de victimes?)"
_DENIED_DEATH = re.compile(
    rf"\b(?:no|not\s+(?:a|one|a\s+single))\s+(?:[\w'-]+\s+){{0,2}}?{_DENIED_AUX}\s+(?:reportedly\s+)?"
    rf"(?:{_DENIED_VERB}|shot\s+dead|harmed)\b"
    rf"|\b(?:nobody|no\s+one|none)\s+(?:(?:of\s+them|else)\s+)?{_DENIED_AUX}\s+{_DENIED_VERB}\b"
    r"|\b(?:not\s+a\s+single|no)\s+(?:[\w'-]+\s+){0,2}?died\b"
    r"|\b(?:personne|aucune?\s+(?:[\w'-]+\s+){0,2}?)\s*n['’](?:a|ont|avait)\s+été\s+(?:tuée?s?|blessée?s?)\b",
    re.IGNORECASE,
)
# "no casualties", "no loss of life", "without victims", "no one killed": the note says nobody died, a toll of 0
# (ACLED's rule). The denials by subject (_DENIED_DEATH: "Nobody was hurt", "No soldier was killed") give 0 too
# when the note gives no other count (:func:`sitrep.nlp.fatalities.count_fatalities` reads both). The French
# words serve notes read with the English rules.
_ZERO = re.compile(
    r"\bno (?:casualt(?:y|ies)|victims?|deaths?|fatalit(?:y|ies)|loss(?:es)? of (?:life|lives)|"
    rf"(?:one|body|person) (?:was )?{_DENIED_VERB}|injur(?:y|ies)|human loss(?:es)?|dead|losses)\b|"
    r"without (?:casualties|victims|loss)|no reported (?:casualties|deaths)|nobody (?:was )?killed|"
    rf"{_NO_VICTIMS_FR}",
    re.IGNORECASE,
)
_SINGULAR_VICTIM = re.compile(
    r"\b(?:an?|one|the)\s+(?:[\w'-]+\s+){0,4}?(?:was|has been|had been|got)\s+(?:reportedly\s+|allegedly\s+)?"
    r"(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead|lynched)\b"
    r"|\b(?:killed|executed|murdered|assassinated|beheaded|shot dead|killing|"
    r"(?:shot|stabbed|beaten|beat|stoned|hacked|clubbed) to death)\s+"
    r"(?:an?|one)\s+\w+"
    # "the corpse of one gunman was recovered", "a body was discovered": ACLED counts bodies found
    r"|\b(?:the\s+)?body\s+of\s+(?:an?|one)\s+(?:[\w'-]+\s+){0,2}?(?:was\s+)?(?:found|discovered|recovered)\b",
    re.IGNORECASE,
)


_REPORTING = re.compile(r"\b(?:said|says|say|told|according|claimed|witnesses)\b", re.IGNORECASE)
_OBJECT_NEXT = re.compile(
    r"\s+(?:an?|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"
    r"(?!\s+(?:wounded|injured|hurt|missing))",
    re.IGNORECASE,
)
_TRANSITIVE = frozenset(
    {
        "killed",
        "killing",
        "executed",
        "murdered",
        "assassinated",
        "beheaded",
        "slain",
        "eliminated",
        "shot to death",
        "stabbed to death",
        "beaten to death",
        "hacked to death",
        "beat to death",
        "lost",
    }
)
# A note that opens with its victim, singular, then the act: "Councilman assassinated by presumed
# jihadists", "Imam shot dead and his son kidnapped", "A village chief was shot by ...".
_HEADLINE_VICTIM = re.compile(
    r"^\W*(?:an?\s+|the\s+)?(?:[\w'’.()-]+\s+){0,6}?(?P<head>[A-Za-z][\w'-]*[^s\W]\.?|[\w'-]*ss)"
    r"(?P<pair>\s+and\s+(?:his|her|a|an|the)\s+[\w'-]+)?"
    r"\s+(?:(?:was|has been|had been|were)\s+)?(?:(?:reportedly|allegedly|reported|later)\s+)?"
    r"(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead|lynched|strangled)\b",
)


_CAPTURE = re.compile(
    r"\b(?:captured|taken prisoner|taken prisoners|prisoners?|surrendered|made prisoner|taken captive)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The casualty vocabulary of one language (the counting logic is the same in both)."""

    death: re.Pattern[str]
    hurt: re.Pattern[str]
    zero: re.Pattern[str]
    singular_victim: re.Pattern[str]
    reporting: re.Pattern[str]
    object_next: re.Pattern[str]
    transitive: frozenset[str]
    active: frozenset[str]
    headline_victim: re.Pattern[str]
    capture: re.Pattern[str]
    passive_aux: re.Pattern[str]
    clause_break: re.Pattern[str]
    forward_stop: re.Pattern[str]
    language: str


_EN = _Rules(
    _DEATH,
    _HURT,
    _ZERO,
    _SINGULAR_VICTIM,
    _REPORTING,
    _OBJECT_NEXT,
    _TRANSITIVE,
    frozenset({"killed", "killing", "kills", "executed", "neutralized", "neutralised", "eliminated", "lost"}),
    _HEADLINE_VICTIM,
    _CAPTURE,
    re.compile(r"\b(?:was|were|been|be)\b"),
    re.compile(r"[;:]|\bwhile\b|\bwhen\b|\bafter\b"),
    re.compile(r"[,;:()]|\b(?:and|by|in|on|at|near|when)\b"),
    "en",
)
_PP = r"(?:ées|és|ée|é)"
_FR = _Rules(
    re.compile(
        rf"\b(?:tu{_PP}|tuant|tuent|morts?|décès|décéd{_PP}|exécut{_PP}|exécutant|assassin{_PP}|égorg{_PP}|"
        rf"abattu(?:e|s|es)?|neutralis{_PP}|massacr{_PP}|lynch{_PP}|(?:a|ont) perdu la vie|"
        r"(?:a|ont) trouvé la mort|(?:a|ont) perdu|(?:a|ont|avaient|avait) péri|(?:a|ont) succombé|"
        r"cadavres?|corps sans vie|victimes? mortelles?|"
        # bodies found are deaths ("la découverte de vingt-cinq corps", "les corps de trois bergers"); not a corps
        # of troops or officials, nor hand-to-hand fighting ("corps à corps")
        r"(?<![\w-])corps(?!\s+(?:à\s+corps|d['’]armée|expéditionnaire|diplomatique|médical|enseignant|"
        r"(?:de|des)\s+(?:la|l['’]|sapeurs|gardes?|volontaires|pompiers|armée|troupes?|métiers?)\b))|"
        r"tombée?s? en martyrs?|"
        r"pertes? en vies humaines)(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:bless\w*|disparus?|arrêt\w*|interpell\w*|captur\w*|enlev\w*|kidnapp\w*|saisi\w*|détruit\w*|"
        r"incendi\w*|emport\w*|vol(?:é|és|ée|ées)|pris en otages?|fait prisonniers?|faits prisonniers)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:{_NO_VICTIMS_FR}|sans faire de morts?|aucun mort|"
        r"pas de morts?|sans pertes?|aucune perte|n['’]a fait aucune victime|ni morts? ni blessés?|"
        r"sans (?:faire )?de (?:victimes|blessés))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){{0,4}}?(?:a|aurait|avait)\s+été\s+"
        rf"(?:\w+ment\s+)?(?:tu{_PP}|exécut{_PP}|assassin{_PP}|abattue?|égorg{_PP}|lynch{_PP}|retrouvée? mort)"
        rf"|\b(?:tu{_PP}|tuant|exécut{_PP}|exécutant|assassin{_PP}|assassinant|abattu|lynch{_PP})\s+(?:un|une)\s+\w+"
        # "des hommes armés ont abattu le chef du village": an active past with one victim named by the definite
        # article ("abattre" is to shoot dead); a time word after the verb ("ont tué la nuit dernière") is none
        r"|\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+ment\s+)?(?:tué|exécuté|assassiné|abattu|égorgé|"
        r"lynché)\s+(?:(?:le|la)\s+|l['’]\s*)(?!(?:lendemain|veille|nuit|matin|soir|jour|même|week|mois|semaine|"
        r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[^\W\d_]",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:selon|a déclaré|ont déclaré|a indiqué|ont indiqué|affirme|témoins)\b", re.IGNORECASE),
    re.compile(
        r"\s+(?:un|une|le|la|les|l['’]|des|son|sa|ses|leur|leurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
        r"onze|douze|\d+)\b"
        r"(?!\s+(?:blessés?|disparus?))",
        re.IGNORECASE,
    ),
    frozenset(
        {"tué", "tuée", "tués", "tuées", "tuant", "tuent", "exécuté", "exécutés", "exécutant", "assassiné", "abattu"}
    ),
    frozenset(
        {
            "tué",
            "tués",
            "tuant",
            "tuent",
            "exécuté",
            "exécutés",
            "exécutant",
            "neutralisé",
            "neutralisés",
            "ont perdu",
            "a perdu",
        }
    ),
    re.compile(
        r"^\W*(?:un|une|le|la|l['’])\s*(?:[\w'’.-]+\s+){0,5}?(?P<head>[^\W\d_][\w'’-]*[^s\W])"
        r"(?P<pair>\s+et\s+(?:son|sa|un|une|le|la)\s+[\w'’-]+)?"
        rf"\s+(?:(?:a|avait|aurait)\s+été\s+)?(?:tu{_PP}|exécut{_PP}|assassin{_PP}|abattue?|égorg{_PP}|lynch{_PP}|"
        r"retrouvée? mort)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:fait prisonniers?|faits prisonniers|faite prisonnière|captur(?:é|és|ée|ées)|prisonniers?|"
        r"(?:s['’]est|se sont) rendus?)(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:a|ont|avait|avaient)\s+été\b|\b(?:sont|est)\b", re.IGNORECASE),
    re.compile(r"[;:]|\bpendant que\b|\blorsque\b|\bquand\b|\baprès\b", re.IGNORECASE),
    re.compile(r"[,;:()]|\b(?:et|par|à|dans|près|lors|quand|sur)\b", re.IGNORECASE),
    "fr",
)
# "L'émir a été tué avec trois autres combattants": the one named plus the others
_FR_WITH_OTHERS = re.compile(
    rf"\b(?:a|aurait|avait)\s+été\s+tu{_PP}\s+(?:avec|ainsi que|en même temps que)\s+", re.IGNORECASE
)

# "un homme a été fait prisonnier": French says one with the article, which is not a count
_FR_ONE_CAPTIVE = re.compile(
    r"\b(?:un|une)\s+(?:[\w'’-]+\s+){0,2}?(?:a\s+été|s['’]est|aurait\s+été)\s*$", re.IGNORECASE
)
