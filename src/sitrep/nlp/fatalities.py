"""Fatalities and captives of an event, by ACLED's counting rules.

Rules (ACLED codebook, "Fatalities"): deaths on all sides are summed ("9 soldiers and 2 assailants
killed" → 11); the wounded are not counted; "no casualties" / "no victims" / "no loss of life" → 0; a
range or bound takes its lowest reading (via :mod:`sitrep.nlp.numbers`); "dozens" → 12. Restated tolls are
not double-counted: within a sentence every distinct count attached to a death word is added, a breakdown
in brackets after a total ("4 dead (2 assailants, a soldier and a peacekeeper)") is skipped, and across
sentences the largest sentence total is kept, because later sentences of a note usually repeat or revise
the toll of the first.

Captured: people taken prisoner, captured or who surrendered in the fighting. Abducted civilians are
not "captured" (ACLED codes them through the Abduction sub-event), so they are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.nlp import lang
from sitrep.nlp.numbers import Count, find_counts
from sitrep.nlp.triggers import in_grievance

__all__ = ["Toll", "count_captured", "count_fatalities"]

_DEATH = re.compile(
    r"\b(?:(?:shot|stabbed|beaten|hacked|burned|burnt) to death|killed|dead|died|deaths?|killing|kills|executed|"
    r"shot dead|murdered|succumbed|eliminated|remains of|body of|assassinated|beheaded|slain|"
    r"slaughtered|lost their lives|lost his life|lost her life|perished|neutrali[sz]ed|bodies|corpses|"
    r"fatalities|lifeless|massacred|lynched|tués?|morts?|decapitated|burned alive|drowned)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:wounded|injured|hurt|injuries|blessés?|missing|arrested|captured|abducted|"
    r"kidnapped|seized|destroyed|burned|stolen|detained)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\bno (?:casualt(?:y|ies)|victims?|deaths?|fatalit(?:y|ies)|loss(?:es)? of (?:life|lives)|"
    r"(?:one|body|person) (?:was )?(?:killed|hurt|injured)|injur(?:y|ies)|human loss(?:es)?|dead|losses)\b|"
    r"without (?:casualties|victims|loss)|no (?:reported )?(?:casualties|deaths)|nobody (?:was )?killed|"
    r"no one (?:was )?(?:killed|hurt)|pas de victimes?|aucune victime|sans faire de victimes?",
    re.IGNORECASE,
)
_SINGULAR_VICTIM = re.compile(
    r"\b(?:an?|one|the)\s+(?:[\w'-]+\s+){0,4}?(?:was|has been|had been|got)\s+(?:reportedly\s+|allegedly\s+)?"
    r"(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead|lynched)\b"
    r"|\b(?:killed|executed|murdered|assassinated|beheaded|shot dead|killing|(?:shot|stabbed|beaten) to death)\s+"
    r"(?:an?|one)\s+\w+"
    # "the corpse of one gunman was recovered", "a body was discovered": ACLED counts bodies found
    r"|\b(?:the\s+)?body\s+of\s+(?:an?|one)\s+(?:[\w'-]+\s+){0,2}?(?:was\s+)?(?:found|discovered|recovered)\b",
    re.IGNORECASE,
)
# A victim and a relative or companion named together ("a village chief and his son"): ACLED counts both.
_PAIR_VICTIM = re.compile(
    r"\b(?:killed|executed|murdered|assassinated|beheaded|shot dead|killing|executing)\s+(?:an?|one|the)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s+and\s+(?:his|her)\s+[\w'-]+"
    r"|\b(?:an?|one|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+and\s+(?:his|her)\s+[\w'-]+\s+(?:were|had been|have been)\s+"
    r"(?:reportedly\s+|allegedly\s+)?(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead)\b",
    re.IGNORECASE,
)
# One death said without a number: the singular verb ("was killed"), a death told of one person ("succumbed
# to his wounds", "the death of a parachutist", "killing the herder", "murdered in his shop"). Only
# read when the sentence has no count tied to a death word.
_ONE_DEATH = re.compile(
    r"\bwas\s+(?:(?:reportedly|allegedly|later|also|then|subsequently)\s+)?(?:shot dead|killed|executed|"
    r"murdered|assassinated|beheaded|slain|found dead|lynched|strangled|shot to death|stabbed to death)\b"
    r"|\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her)\b"
    r"|\b(?:who|he|she)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b"
    r"|\b(?:the|a|an)\s+(?:man|woman|boy|girl|victim|driver)\s+(?:later\s+)?died\b"
    r"|\b(?:death|execution|assassination|murder|killing)\s+of\s+(?:an?|one|the|his|her)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]*[^s\W](?=[\s,.;:]|$)"
    r"|\b(?:killing|killed|executing|executed|murdering|murdered)\s+(?:and\s+(?:wounding|injuring)\s+)?"
    r"(?:the|his|her)\s+[\w'-]*[^s\W](?=[\s,.;:]|$)"
    r"|\b(?:his|her|the|an?)\s+[\w'-]*[^s\W]\s+(?:was\s+)?found dead\b"
    r"|\b(?:assassinated|murdered|killed|executed|shot dead)\s+(?:at|in|outside|near)\s+(?:his|her)\s+"
    r"(?:home|house|residence|shop|farm|field)\b",
    re.IGNORECASE,
)
# "3 people arrested by soldiers were later executed": the same people, first held then killed
_THEN_KILLED = re.compile(
    r"^(?=.{0,130}$)\s+(?:\w+\s+){0,2}?(?:arrested|detained|abducted|kidnapped|captured|held)\b[^;:]*?\b"
    r"(?:were|had been)\s+(?:(?:\w+ly|later|then|found to have been|subsequently)\s+)*$",
    re.IGNORECASE | re.DOTALL,
)
_REPORTING = re.compile(r"\b(?:said|says|say|told|according|claimed|witnesses)\b", re.IGNORECASE)
_OBJECT_NEXT = re.compile(
    r"\s+(?:an?|the|his|her|their|one|two|three|\d+)\b(?!\s+(?:wounded|injured|hurt|missing))", re.IGNORECASE
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
_NOT_PEOPLE = re.compile(
    r"^\s*(?:(?:km|kms|kilomet\w*|miles?|h|hrs?|hours?|days?|weeks?|months?|years?|vehicles?|pick-?ups?|"
    r"motorbikes?|motorcycles?|trucks?|cars?|villages?|hamlets?|towns?|localit(?:y|ies)|camps?|sites?|"
    r"positions?|posts?|bases?|am|pm)\b|%|[/:.]\d)",
    re.IGNORECASE,
)
# "one single and three mass graves": graves are counted by their bodies, not by the graves
_GRAVES = re.compile(r"^\s*(?:[\w-]+\s+){0,1}(?:(?:and|or)\s+(?:\w+\s+){1,2})?(?:common\s+|mass\s+)?graves?\b", re.I)
_MONTHS = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|ao[uû]t|"
    r"déc)[a-zéû]*\b",
    re.IGNORECASE,
)
# analysts' notes state their convention for unknown tolls: "(unknown fatalities coded as 10)"
_CODED_AS = re.compile(r"\bfatalities coded as (\d+)\b", re.IGNORECASE)
# a full stop before a lower-case word or a digit ends an abbreviation ("Dept. killed", "incl. one") or
# is a decimal point, not a sentence
_SENT = re.compile(r"(?:[^.;!?]|\.(?=\s*[a-z])|(?<=\d)\.(?=\d))+(?:[.;!?]+|$)")
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
    frozenset({"killed", "killing", "kills", "executed", "neutralized", "neutralised", "eliminated"}),
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
        rf"\b(?:tu{_PP}|tuant|morts?|décès|décéd{_PP}|exécut{_PP}|exécutant|assassin{_PP}|égorg{_PP}|"
        rf"abattu(?:e|s|es)?|neutralis{_PP}|massacr{_PP}|lynch{_PP}|(?:a|ont) perdu la vie|"
        r"(?:a|ont) trouvé la mort|(?:a|ont) perdu|cadavres?|corps sans vie|victimes? mortelles?|"
        r"pertes? en vies humaines)(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:bless\w*|disparus?|arrêt\w*|interpell\w*|captur\w*|enlev\w*|kidnapp\w*|saisi\w*|détruit\w*|"
        r"incendi\w*|emport\w*|vol(?:é|és|ée|ées)|pris en otages?|fait prisonniers?|faits prisonniers)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:pas de victimes?|aucune victime|sans faire de victimes?|sans faire de morts?|aucun mort|"
        r"pas de morts?|sans pertes?|aucune perte|n['’]a fait aucune victime|ni morts? ni blessés?|"
        r"sans (?:faire )?de (?:victimes|blessés))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){{0,4}}?(?:a|aurait|avait)\s+été\s+"
        rf"(?:\w+ment\s+)?(?:tu{_PP}|exécut{_PP}|assassin{_PP}|abattue?|égorg{_PP}|lynch{_PP}|retrouvée? mort)"
        rf"|\b(?:tu{_PP}|tuant|exécut{_PP}|exécutant|assassin{_PP}|assassinant|abattu)\s+(?:un|une)\s+\w+",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:selon|a déclaré|ont déclaré|a indiqué|ont indiqué|affirme|témoins)\b", re.IGNORECASE),
    re.compile(
        r"\s+(?:un|une|le|la|les|l['’]|des|son|sa|ses|leur|leurs|deux|trois|quatre|cinq|\d+)\b"
        r"(?!\s+(?:blessés?|disparus?))",
        re.IGNORECASE,
    ),
    frozenset({"tué", "tuée", "tués", "tuées", "tuant", "exécuté", "exécutés", "exécutant", "assassiné", "abattu"}),
    frozenset(
        {
            "tué",
            "tués",
            "tuant",
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


@dataclass(frozen=True, slots=True)
class Toll:
    """A count and the span of text that supports it (``None`` value: the text says nothing)."""

    value: int | None
    start: int = 0
    end: int = 0


def _people_counts(text: str, r: _Rules = _EN) -> list[Count]:
    out: list[Count] = []
    for c in find_counts(text, r.language):
        if out and _PART_OF.fullmatch(text[out[-1].end : c.start]):
            continue  # "two of the five guards", "six of 17 men": the part is the count, not the group
        after = text[c.end : c.end + 40]
        before = text[max(0, c.start - 12) : c.start]
        if _NOT_PEOPLE.match(after) or _GRAVES.match(after) or _MONTHS.search(before) or _MONTH_AFTER.match(after):
            continue
        if re.match(r"\s*(?:/|-\s*\d|th\b|st\b|nd\b|rd\b)", after):
            continue
        if re.search(r"\d(?:[/.]\s*|:)$", before) or (c.text.isdigit() and len(c.text) == 4):
            continue
        out.append(c)
    return out


_PART_OF = re.compile(r"\s+(?:of|out of|among|d['’]entre|sur)\s+(?:the\s+|these\s+|those\s+|les\s+|ces\s+)?", re.I)
# "3 soldiers and a herder died": a singular victim joined to a counted group adds one
_AND_ONE = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:and|&)\s+(?:an?|one)\s+(?:[\w'-]+\s+){0,3}?$", re.I)
# "5 fishermen, all of whom came from one village, died": an aside about the victims
_ASIDE = re.compile(r",\s+(?:\w+\s+of\s+)?(?:whom|which)\b[^,;:]{0,60},")
# "killed a number of militants": plural, no figure; ACLED codes unknown plural tolls as 10
_UNKNOWN_PLURAL = re.compile(
    r"\b(?:killed|killing|eliminated|eliminating|neutrali[sz](?:ed|ing))\s+a\s+(?:large\s+)?number\s+of\b", re.I
)


def _inside_parens(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside a bracketed breakdown."""
    open_ = text.rfind("(", 0, pos)
    return open_ != -1 and text.find(")", open_) > pos and text.rfind(")", 0, pos) < open_


def _sentence_toll(text: str, base: int, r: _Rules = _EN) -> Toll | None:
    counts = _people_counts(text, r)
    deaths = list(r.death.finditer(text))
    if r.language == "en":
        # "marched to denounce the killing of two youths": the deaths are the grievance, not this event's
        deaths = [d for d in deaths if not in_grievance(text, d.start())]
    if not deaths:
        return None
    if r.language == "fr":
        w = _FR_WITH_OTHERS.search(text)
        others = [c for c in counts if w is not None and 0 <= c.start - w.end() <= 2]
        if w is not None and others:
            return Toll(1 + others[0].value, base + w.start(), base + others[0].end)
    used: set[int] = set()
    total = 0
    found = False
    lo, hi = len(text), 0
    for d in deaths:
        # backwards: counts in the clause before the death word, not separated by another casualty word; a
        # list of counts ("5 guards, 1 gendarme, 1 contractor & 6 assailants killed") is read link by link
        anchor = d.start()
        nearest = True
        for c in reversed([c for c in counts if c.end <= d.start()]):
            between = text[c.end : d.start()]
            span = _ASIDE.sub(",", text[c.end : anchor])
            too_far = len(span) > 60 or (not nearest and len(span) > 35)
            if (r.hurt.search(between) or too_far) and not _THEN_KILLED.search(between):
                break
            if r.death.search(between):
                break
            if r.clause_break.search(between) or r.reporting.search(between):
                break
            obj = r.object_next.match(text[d.end() :])
            if (
                obj is not None
                and not _NOT_PEOPLE.match(text[d.end() + obj.end() :])
                and d.group(0).lower() in r.transitive
                and not r.passive_aux.search(between)
            ):
                break  # "2 armed men killed a policeman": the count is the killers, the victim follows
            if any(a.start() < c.start < a.end() for a in _ASIDE.finditer(text, 0, d.start())):
                continue  # "two of whom were minors": part of the group, not more dead
            if c.start in used or (_inside_parens(text, c.start) and not _inside_parens(text, d.start())):
                continue
            used.add(c.start)
            total += c.value
            if nearest and r.language == "en" and _AND_ONE.match(between) and r.passive_aux.search(between):
                total += 1  # "3 soldiers and a herder died"
            nearest = False
            anchor = c.start
            found = True
            lo, hi = min(lo, c.start), max(hi, d.end())
        # forwards: "killed 4 attackers", "killing 10", "death toll of 7"
        after_counts = [c for c in counts if c.start >= d.end()]
        if after_counts:
            c = after_counts[0]
            between = text[d.end() : c.start]
            active = d.group(0).lower() in r.active
            toll_word = re.search(r"toll|deaths?|fatalities|bodies|remains|body", d.group(0), re.I)
            if (
                c.start not in used
                and len(between) <= 12
                and not r.forward_stop.search(between)
                and (active or toll_word or re.fullmatch(r"\s*(?:of|at|to|:)?\s*", between))
                and not _inside_parens(text, c.start)
                and not r.hurt.match(text[c.end : c.end + 20].lstrip())
            ):
                used.add(c.start)
                total += c.value
                found = True
                lo, hi = min(lo, d.start()), max(hi, c.end)
    if not found:
        m = _UNKNOWN_PLURAL.search(text) if r.language == "en" else None
        if m:
            return Toll(10, base + m.start(), base + m.end())
        m = _PAIR_VICTIM.search(text) if r.language == "en" else None
        if m:
            # "shot dead a village chief and his son", "a trader and his driver were killed": two people
            return Toll(2, base + m.start(), base + m.end())
        m = r.singular_victim.search(text)
        if m:
            return Toll(1, base + m.start(), base + m.end())
        m = r.headline_victim.search(text)
        if m and not counts:
            # "Teacher and his driver shot by ...": two people; "Councilman assassinated": one
            return Toll(2 if m.group("pair") else 1, base + m.start(), base + m.end())
        m = _ONE_DEATH.search(text) if r.language == "en" else None
        if m and not any(c.value > 1 and 0 <= m.start() - c.end < 25 for c in counts):
            return Toll(1, base + m.start(), base + m.end())
        return None
    return Toll(total, base + lo, base + hi)


# Later sentences of a note usually restate the first toll, so the largest is kept; these add to it instead:
# the wounded who died later, bodies found of people first reported missing, and the dead of another side.
_LATER_DIED = re.compile(
    r"\b(?:later|subsequently|eventually|afterwards)\s+(?:died|succumbed)|\bsuccumbed\b|"
    r"\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:wounds|injuries)|"
    r"\bsuccombé|\bdécédés?\s+(?:des suites de|de)\s+(?:ses|leurs)\s+blessures",
    re.IGNORECASE,
)
_BODIES_FOUND = re.compile(r"\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:found|discovered|recovered)\b", re.I)
_MISSING = re.compile(r"\bmissing\b|\bdisparus?\b", re.I)
# "Other accounts put it at up to 40": an alternative figure, not a further toll; ACLED keeps the conservative one
_ALTERNATIVE = re.compile(r"\b(?:other|another|some)\s+(?:sources?|reports?|accounts?)\b|\bd['’]autres sources\b", re.I)
# "one died and the second was wounded": a breakdown of the group just named, which revises its toll
_BREAKDOWN = re.compile(
    r"^\W*(?:one|l['’]un)\b(?!\s+of\s+(?:the\s+)?wounded)(?=.*\b(?:other|others|another|autre)\b)", re.I
)
# "40 dead over a week", "since January": a toll over a series of events, which ACLED does not
# put on one event; read only when the note gives no other toll
_SERIES = re.compile(
    r"\b(?:in|over)\s+the\s+course\s+of\s+(?:\w+\s+)?(?:days|weeks|months)\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years?)\b|"
    r"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the\s+)?(?:year|month)|January|February|March|April|"
    r"June|July|August|September|October|November|December|(?:19|20)\d\d)\b|\bso far this (?:year|month)\b|"
    r"\bdepuis\s+(?:le\s+)?d[ée]but\b|\bau cours des\s+(?:\w+\s+)?derni[eè]res?\s+(?:semaines|mois|jours)\b",
    re.IGNORECASE,
)
# "the hotel siege that left 20 dead in 2015": the toll of an earlier, dated event
_PAST_EVENT = re.compile(
    r"\b(?:which|that)\s+(?:left|killed|claimed)\b[^.;]{0,60}?\bin\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
_SIDES = {
    "forces": re.compile(
        r"\b(?:soldiers?|troops|FAMa|FACA|gendarmes?|policem[ae]n|police|guards?|peacekeepers?|blue helmets?|"
        r"MINUSMA|Barkhane|army|military|officers?|militaires?|soldats?|casques bleus)\b",
        re.I,
    ),
    "attackers": re.compile(
        r"\b(?:assailants?|attackers?|aggressors?|militants?|jihadis\w*|terrorists?|insurgents?|gunmen|"
        r"assaillants?|terroristes?|djihadistes?|in\s+(?!own\b|their\b|its\b)[\w-]+(?:['’]s)?\s+ranks)\b",
        re.I,
    ),
    "civilians": re.compile(r"\b(?:civilians?|villagers?|residents?|inhabitants|civils?|habitants)\b", re.I),
}


def _sides(text: str) -> set[str]:
    return {k for k, rx in _SIDES.items() if rx.search(text)}


def _combine(text: str, sentences: list[tuple[re.Match[str], Toll | None]], r: _Rules) -> Toll | None:
    """The note's toll from its sentences' tolls: the largest restatement, plus what later sentences add."""
    best: Toll | None = None
    total = 0
    seen_sides: set[str] = set()
    earlier = ""
    fallback: Toll | None = None
    for m, t in sentences:
        sent = m.group(0)
        if t is not None and _PAST_EVENT.search(sent):
            t = None
        if t is not None and t.value is not None and _SERIES.search(sent):
            fallback = fallback or t
            t = None
        if t is None or t.value is None:
            earlier += sent
            continue
        # the words naming the dead: the toll's own span and the rest of its clause
        window = text[t.start : t.end + 30].split(".")[0] if t.end > t.start else sent
        sides = _sides(window)
        if best is None:
            best, total, seen_sides = t, t.value, sides
        elif _ALTERNATIVE.search(sent):
            pass
        elif _LATER_DIED.search(sent) or (_BODIES_FOUND.search(sent) and _MISSING.search(earlier)):
            total += t.value
            best = Toll(total, best.start, max(best.end, t.end))
        elif _BREAKDOWN.search(sent) and r.hurt.search(sent) and t.value < total:
            total = t.value
            best = Toll(total, t.start, t.end)
        elif sides and seen_sides and not (sides & seen_sides):
            total += t.value
            seen_sides |= sides
            best = Toll(total, min(best.start, t.start), max(best.end, t.end))
        elif t.value > total:
            best, total, seen_sides = t, t.value, seen_sides | sides
        earlier += sent
    return best or fallback


# "two suicide bombers blew themselves up ..., killing three": ACLED's toll counts the bombers who died
_SELF_BLAST = re.compile(
    r"\b(an?|one|two|three|four|five|six|\d+)\s+(?:female\s+|male\s+|young\s+)?suicide\s+(?:bombers?|attackers?)\b"
    r"[^.;]{0,80}?\b(?:blew\s+(?:themselves|himself|herself)\s+up|detonated\s+(?:their|his|her)\s+(?:explosive\s+)?"
    r"(?:vests?|belts?|charges?))",
    re.IGNORECASE,
)
_BOMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def count_fatalities(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> Toll:
    """Deaths reported in ``text[start:end]``; value None when the text says nothing about deaths.

    ``language`` picks the vocabulary ("en", "fr"); None: the language of the extraction in progress."""
    r = _FR if lang.pick(language) == "fr" else _EN
    end = len(text) if end is None else end
    scope = text[start:end]
    coded = _CODED_AS.search(scope)
    if coded:
        # the analyst's own figure for a vague toll overrides our reading of the vague words
        return Toll(int(coded.group(1)), start + coded.start(), start + coded.end())
    best = _combine(text, [(m, _sentence_toll(m.group(0), start + m.start(), r)) for m in _SENT.finditer(scope)], r)
    blast = _SELF_BLAST.search(scope)
    if blast and r.language == "en":
        n = _BOMBERS.get(blast.group(1).lower()) or (int(blast.group(1)) if blast.group(1).isdigit() else 0)
        counted = best is not None and re.search(r"\bbombers?\b", text[best.start : best.end + 40], re.I)
        if n and not counted:
            base = (best.value or 0) if best is not None else 0
            return Toll(base + n, start + blast.start(), start + blast.end())
    if best is not None:
        return best
    z = r.zero.search(scope)
    if z:
        return Toll(0, start + z.start(), start + z.end())
    return Toll(None)


def count_captured(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> Toll:
    """People captured or taken prisoner in ``text[start:end]`` (None when not said)."""
    r = _FR if lang.pick(language) == "fr" else _EN
    end = len(text) if end is None else end
    scope = text[start:end]
    for m in r.capture.finditer(scope):
        before = scope[max(0, m.start() - 50) : m.start()]
        one = _FR_ONE_CAPTIVE.search(before) if r.language == "fr" else None
        if one is not None:
            return Toll(1, start + m.start() - len(before) + one.start(), start + m.end())
        counts = _people_counts(before, r)
        if counts and not r.hurt.search(before[counts[-1].end - len(before) :] if False else ""):
            c = counts[-1]
            between = before[c.end - len(before) :] if c.end - len(before) < 0 else ""
            if not r.death.search(between):
                return Toll(c.value, start + m.start() - len(before) + c.start, start + m.end())
        after = scope[m.end() : m.end() + 20]
        fc = _people_counts(after, r)
        if fc and fc[0].start < 4:
            return Toll(fc[0].value, start + m.start(), start + m.end() + fc[0].end)
    return Toll(None)
