"""The toll one sentence states: counts tied to death words, or one victim told of without a number.

:mod:`sitrep.nlp.fatalities` combines these per-sentence tolls into the note's toll; reading a sentence is
kept apart because it is where most of the wording cases live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from sitrep.nlp.casualty_words import _DENIED_DEATH, _EN, _FR_WITH_OTHERS, _Rules
from sitrep.nlp.numbers import Count, find_counts
from sitrep.nlp.toll_cues import (
    ACCORDING_TO,
    DIRECTION,
    FIRST_FIGURE,
    NEUTRAL_REVISION,
    REVISED,
    REVISING,
    THE_TOLL,
    TOLL_NOUN,
)
from sitrep.nlp.triggers import in_grievance

# A victim and a relative or companion named together ("a village chief and his son"): ACLED counts both.
_PAIR_VICTIM = re.compile(
    r"\b(?:killed|executed|murdered|assassinated|beheaded|shot dead|killing|executing)\s+(?:an?|one|the)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?)?and\s+(?:his|her)\s+[\w'-]+"
    r"|\b(?:an?|one|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+and\s+(?:his|her)\s+[\w'-]+\s+(?:were|had been|have been)\s+"
    r"(?:reportedly\s+|allegedly\s+)?(?:shot dead|killed|executed|murdered|assassinated|beheaded|slain|found dead)\b",
    re.IGNORECASE,
)
# One death said without a number: the singular verb ("was killed"), a death told of one person ("succumbed
# to his wounds", "the death of a parachutist", "killing the herder", "murdered in his shop"). Only
# read when the sentence has no count tied to a death word.
_ONE_DEATH = re.compile(
    r"\bwas\s+(?:(?:reportedly|allegedly|later|also|then|subsequently)\s+)?(?:shot dead|killed|executed|"
    r"murdered|assassinated|beheaded|slain|found dead|lynched|strangled|"
    r"(?:shot|stabbed|beaten|hacked|stoned|clubbed|burned|burnt) to death)\b"
    r"|\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her)\b"
    r"|\b(?:who|he|she)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b"
    r"|\b(?:the|a|an)\s+(?:man|woman|boy|girl|victim|driver)\s+(?:later\s+)?died\b"
    # "exploded under a shepherd, killing him instantly": the one person just named
    r"|\b(?:killing|killed)\s+(?:him|her)\b(?!\s+(?:and|or)\b)"
    r"|\b(?:death|execution|assassination|murder|killing)\s+of\s+(?:an?|one|the|his|her)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]*[^s\W](?=[\s,.;:]|$)"
    r"|\b(?:killing|killed|executing|executed|murdering|murdered)\s+(?:and\s+(?:wounding|injuring)\s+)?"
    r"(?:the|his|her)\s+[\w'-]*[^s\W](?=[\s,.;:]|$)"
    r"|\b(?:his|her|the|an?)\s+[\w'-]*[^s\W]\s+(?:was\s+)?found dead\b"
    r"|\b(?:assassinated|murdered|killed|executed|shot dead)\s+(?:at|in|outside|near)\s+(?:his|her)\s+"
    r"(?:home|house|residence|shop|farm|field)\b",
    re.IGNORECASE,
)
# French: "un manifestant a succombé à ses blessures", "le blessé est décédé": one death told of one person
_ONE_DEATH_FR = re.compile(
    r"\ba\s+(?:(?:ensuite|finalement|plus tard)\s+)?succombé\b|\best\s+(?:(?:ensuite|finalement)\s+)?décédée?\b"
    r"|\b(?:a|avait)\s+(?:(?:ensuite|finalement)\s+)?(?:perdu la vie|trouvé la mort|péri)\b"
    # the Algerian army's word for a soldier killed in action: "un militaire est tombé en martyr"
    r"|\b(?:est|était)\s+tombée?\s+en\s+martyre?\b",
    re.IGNORECASE,
)
# each death told as a noun of its own one person ("the execution of the civilian and the death of one of the
# soldiers"; "l'assassinat d'un chef et la mort de son fils"): the deaths of different people add up
_DEATH_NOUN = re.compile(
    r"\b(?:death|execution|assassination|murder|killing|lynching)\s+of\s+(?:an?|one|the|his|her)\b"
    r"|\b(?:mort|exécution|assassinat|meurtre|lynchage|décès)\s+(?:d['’]une?|du|de\s+(?:la|l['’]|son|sa))\b",
    re.IGNORECASE,
)
_NOUN_JOIN = re.compile(r"^[^.;:]{0,40}?\b(?:and|et)\s+(?:the|an?|l['’]|la|le|une?)\b", re.IGNORECASE)
# "two men detained by gendarmes were later shot", "three herders abducted on Monday and later executed";
# "trois bergers enlevés lundi puis exécutés": the same people, first held then killed
_THEN_KILLED = re.compile(
    r"^(?=.{0,130}$)\s+(?:[\w'’]+\s+){0,4}?(?:arrested|detained|abducted|kidnapped|captured|held|"
    r"arrêtée?s?|enlevée?s?|interpellée?s?|détenue?s?|kidnappée?s?)(?!\w)[^;:]*?"
    r"(?:\b(?:were|had been)\s+(?:(?:\w+ly|later|then|found to have been|subsequently)\s+)*"
    r"|\band\s+(?:later|then|subsequently|eventually)\s+"
    r"|\b(?:puis|avant\s+d['’]être|et\s+(?:ensuite|plus\s+tard)|(?:ont|avaient)\s+été(?:\s+ensuite|\s+plus\s+tard)?)"
    r"\s+)$",
    re.IGNORECASE | re.DOTALL,
)


_NOT_PEOPLE = re.compile(
    r"^\s*(?:(?:of\s+|d['’]\s*|de\s+)?(?:km|kms|kilomet\w*|miles?|h|hrs?|hours?|days?|weeks?|months?|years?|"
    r"vehicles?|pick-?ups?|motorbikes?|motorcycles?|trucks?|cars?|villages?|hamlets?|towns?|localit(?:y|ies)|"
    r"camps?|sites?|positions?|posts?|bases?|houses?|homes?|huts?|shops?|buildings?|stalls?|granar(?:y|ies)|"
    r"head\s+of\s+cattle|cattle|livestock|maisons?|cases?|boutiques?|greniers?|t[êe]tes?|am|pm)\b|%|[/:.]\d)",
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
            continue  # "three of the eight drivers", "four of 12 men": the part is the count, not the group
        after = text[c.end : c.end + 40]
        before = text[max(0, c.start - 12) : c.start]
        if _NOT_PEOPLE.match(after) or _GRAVES.match(after) or _MONTHS.search(before) or _MONTH_AFTER.match(after):
            continue
        if _DAY_RANGE.match(after):
            continue  # "dans la nuit du 11 au 12 octobre", "on 3 to 4 May": the first day of a range of days
        if re.match(r"\s*(?:/|-\s*\d|th\b|st\b|nd\b|rd\b)", after):
            continue
        if re.search(r"\d(?:[/.]\s*|:)$", before) or (c.text.isdigit() and len(c.text) == 4):
            continue
        out.append(c)
    return out


_DAY_RANGE = re.compile(
    r"\s*(?:au|to|and|et|-|–)\s*\d{1,2}(?:er|st|nd|rd|th)?(?=" + _MONTH_AFTER.pattern + ")", re.IGNORECASE
)
_PART_OF = re.compile(r"\s+(?:of|out of|among|d['’]entre|sur)\s+(?:the\s+|these\s+|those\s+|les\s+|ces\s+)?", re.I)
# "3 soldiers and a herder died": a singular victim joined to a counted group adds one
_AND_ONE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:and|&)\s+(?:(?:an?|one)\s+(?:[\w'-]+\s+){0,3}?|"
    # "four civilians and the bomber were killed": one person named by the definite article, a singular noun
    # (not a body of people: "and the police were", "and the crew were")
    r"the\s+(?:[\w'-]+\s+){0,2}?(?!(?:police|army|military|people|staff|personnel|crew|family|public|youth)\b)"
    r"[\w'-]*(?:[^s\W]|ss)\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?)$",
    re.I,
)
# "killing three herders and a boy": a singular victim after a counted object adds one
_AND_ONE_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:and|&)\s+an?\s+[\w'-]+\b(?!\s+(?:was|were|had|has|is|got)\b)", re.I
)
# "two raiders were killed and a gendarme died": one more dead, told without a figure, joined to a toll
_AND_ONE_DIED = re.compile(
    r"\band\s+an?\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:(?:was|were)\s+(?:also\s+)?(?:killed|shot dead)|died)\b",
    re.IGNORECASE,
)
# "5 fishermen, all of whom came from one village, died": an aside about the victims; "nine herders, two of
# them children, were killed" names part of the group, not more dead
_ASIDE = re.compile(
    r",\s+(?:(?:\w+\s+of\s+)?(?:whom|which)\b|(?:\w+\s+){1,2}of\s+them\b|including\b|among\s+them\b|"
    r"dont\b|parmi\s+(?:eux|elles)\b)[^,;:]{0,60},",
    re.IGNORECASE,
)
# "killed a number of raiders": plural, no figure; ACLED codes unknown plural tolls as 10
_UNKNOWN_PLURAL = re.compile(
    r"\b(?:killed|killing|eliminated|eliminating|neutrali[sz](?:ed|ing))\s+a\s+(?:large\s+)?number\s+of\b", re.I
)


# Named victims told one by one beside a counted group ("killed the priest, his son and five worshippers",
# "l'imam, son fils et trois autres ont été tués"): each singular noun phrase with its own determiner is one
# more dead; a name with no determiner after a comma is an apposition ("the priest, Father Paul,") and adds
# nobody.
_DET = r"\b(?:the|a|an|one|his|her|their|its|le|la|l['’]|un|une|son|sa|leur)"
# English marks the plural on the noun ("his sons"); French on the determiner ("son fils", "ses fils")
_ONE_NP = (
    r"\b(?:(?:the|a|an|one|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]*(?:[^s\W]|ss)"
    r"|(?:le|la|un|une|son|sa|leur)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|l['’](?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
)
_APPOSITION = r"(?:[A-Z][\w'’.-]*\s*){1,4}"
_NAMED_LIST = re.compile(
    rf"(?P<list>{_ONE_NP}(?:\s*,\s*(?:{_ONE_NP}|{_APPOSITION}))*)\s*,?\s+(?:and|et)\s+$", re.IGNORECASE
)
_NAMED_ITEM = re.compile(rf"^\s*{_ONE_NP}\s*$", re.IGNORECASE)
# the list opens a clause: the start of the sentence or a comma ("On Sunday, the imam, ...")
_LIST_OPENS = re.compile(r"(?:^|[,;:])\s*$")


# a group with a determiner and no figure, then "and" before a counted one ("the herders and", "les bergers et")
_UNCOUNTED_THEN = re.compile(
    r"\s+(?:the|their|his|her|its|les|des|ses|leurs)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,?\s+(?:and|et)\s+",
    re.IGNORECASE,
)


# verbs that name their victims after them without being in ``_Rules.active`` ("shot dead the priest and five
# worshippers"): read only for a list of named victims before a count, where the verb's object is the dead
_NAMING_VERBS = frozenset({"shot dead", "murdered", "assassinated", "slaughtered", "massacred", "beheaded", "abattu"})
# more victims named one by one after a counted group ("killed six aid workers, their guide and their driver"):
# each singular noun phrase with its own determiner is one more dead; the list must close the clause (a
# place or time may follow), so "killed two soldiers and the army withdrew" names nobody; ", and" with no
# list before it joins clauses ("killed six men from X, and the debate grew")
# (an article takes its noun alone, since "the army withdrew" would read as a noun phrase; a possessive, which
# ties the person to the victims, may take two modifiers: "their Nigerien guide"; a past verb ends no noun
# phrase: "their commander fled")
_ONE_NP_EN = (
    r"\b(?:(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?|(?:the|a|an|one)\s+)"
    r"(?!(?:[\w'’-]+ed|fled|withdrew|left|ran|went|came|took|got|broke)\b)[\w'’-]*(?:[^s\W]|ss)\b"
)
_NAMED_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|or|of\s+(?:them|whom))\b)[\w'’-]+){{1,7}}?(?P<list>(?:(?:\s*,\s*{_ONE_NP_EN})+\s*,?)?\s+and\s+"
    rf"{_ONE_NP_EN})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|near|on|outside|inside|during|while|when|before|after|"
    r"from)\b)",
    re.IGNORECASE,
)
_ONE_NP_RX = re.compile(_ONE_NP_EN, re.IGNORECASE)


def _named_victims(before: str, opens: bool, counted: tuple[int, ...] = ()) -> int:
    """How many singular victims ``before`` (the words just before a count) lists; 0 when it lists none.

    ``opens``: the list must open its clause (the subject of a passive), not close an earlier one ("militants
    attacked the post and three soldiers were killed" names no victim). ``counted``: where the sentence's
    own counts start; a list holding one ("One soldier and several militants were killed") is a list of
    counts, which are read as such, so its "one" is not a named victim on top of them."""
    m = _NAMED_LIST.search(before)
    if m is None or (opens and not _LIST_OPENS.search(before[: m.start()])):
        return 0
    if any(m.start("list") <= k < m.end("list") for k in counted):
        return 0
    items = [p for p in re.split(r"\s*,\s*", m.group("list")) if p.strip()]
    if not _NAMED_ITEM.match(items[0]):
        return 0
    return sum(1 for p in items if _NAMED_ITEM.match(p))


def _inside_parens(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside a bracketed breakdown."""
    open_ = text.rfind("(", 0, pos)
    return open_ != -1 and text.find(")", open_) > pos and text.rfind(")", 0, pos) < open_


# A toll its author corrected in the same sentence ("first announced 95 dead before bringing the toll down to
# 35", "le bilan a été revu à 35"): a lower corrected figure replaces the first one; a raised one does not
# (ACLED keeps the most conservative of the figures given for the same dead).
_REVISED = re.compile(
    rf"\b(?:(?:{REVISING}|{REVISED})\s+(?:down\s+|up\s+)?{THE_TOLL}|{TOLL_NOUN}\s+(?:\w+\s+){{0,6}}?{REVISED})"
    rf"{DIRECTION}\s+(?:à|to)\s+$",
    re.IGNORECASE,
)
# One toll by two sources in one sentence ("19 civilians were killed according to a local source, 15 according
# to the authorities"): ACLED keeps the most conservative figure.
_SECOND_SOURCE = re.compile(
    rf"\b{ACCORDING_TO}\b[^,;.]{{1,60}},\s*(?:et\s+|and\s+|mais\s+|but\s+|contre\s+)?"
    r"(?:seulement\s+|only\s+)?$",
    re.IGNORECASE,
)
# the source named after the second figure; there "for" and "pour" name one too ("15 for the authorities")
_SOURCE_AFTER = re.compile(rf"\s*(?:{ACCORDING_TO}|for|pour)\b", re.IGNORECASE)


_NEUTRAL = re.compile(rf"\b{NEUTRAL_REVISION}\b", re.IGNORECASE)
_FIRST = re.compile(FIRST_FIGURE, re.IGNORECASE)


def _restated(text: str, counts: list[Count], total: int) -> int:
    """The sentence's toll once a corrected figure or a lower figure from a second source is read.

    A correction told with a verb of no direction ("later revised the toll to 141") or set against a figure
    the sentence calls the first ("first announced 25 killed, a toll it later raised to 89") is the author's
    update, which replaces the first figure either way; a bare "raised the figure to" keeps the first, the
    conservative one."""
    for c in counts:
        rev = _REVISED.search(text[max(0, c.start - 60) : c.start])
        if rev is None or c.value == total:
            continue
        update = _NEUTRAL.search(rev.group(0)) or _FIRST.search(text, 0, max(0, c.start - 60) + rev.start())
        if c.value < total or update:
            return c.value
    for c in counts:
        before = text[max(0, c.start - 90) : c.start]
        if c.value < total and _SECOND_SOURCE.search(before) and _SOURCE_AFTER.match(text, c.end):
            return c.value
    return total


# an earlier event the sentence gives as its setting, told in the pluperfect ("shot dead nine civilians ..., two
# days after an ambush had killed four traders", "après que des hommes armés avaient tué deux bergers"): its dead
# are another event's
_EARLIER_CLAUSE = re.compile(
    r"\b(?:after|before|since|following|après|avant)\s+(?:que\s+|qu['’]\s*)?[^,;.()]{0,80}?"
    r"\b(?:had|avait|avaient)\b[^,;()]*?(?=[,;()]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)


# the same setting told by its distance in time, in any tense ("Two days after militia fighters killed four
# raiders near X, gunmen shot dead twelve herders", "une semaine après que des hommes armés ont tué deux
# bergers"): the act it names is an earlier event, whose dead are not this sentence's
_OFFSET_CLAUSE = re.compile(
    r"\b(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?)\s+(?:after|before|après|avant)"
    r"\b[^,;.()]{0,120}?(?=[,;()]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def _sentence_toll(text: str, base: int, r: _Rules = _EN) -> Toll | None:
    # a denied death ("No one was killed") is blanked out: its "one ... was killed" counts nobody
    text = _DENIED_DEATH.sub(lambda m: " " * len(m.group(0)), text)
    toll = _linked_toll(text, base, r)
    earlier = [m for m in _EARLIER_CLAUSE.finditer(text) if m.start() > 0]
    earlier += [m for m in _OFFSET_CLAUSE.finditer(text) if not any(e.start() <= m.start() < e.end() for e in earlier)]
    if earlier and toll is not None and toll.value:
        masked = text
        for m in earlier:
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
        own = _linked_toll(masked, base, r)
        if own is not None and own.value:
            toll, text = own, masked  # the sentence's own act has a toll: the earlier event's is left out
    if toll is None or toll.value is None:
        return toll
    value = _restated(text, find_counts(text, r.language), toll.value)
    return toll if value == toll.value else Toll(value, toll.start, toll.end)


def _death_nouns(text: str) -> tuple[int, int, int] | None:
    """How many deaths of one person each a chain of death nouns joined by "and" tells, and where; None when
    the sentence has no such chain."""
    nouns = list(_DEATH_NOUN.finditer(text))
    n = 0
    for a, b in pairwise(nouns):
        if not _NOUN_JOIN.match(text[a.end() : b.start()]):
            break
        n += 1
    if n == 0:
        return None
    return n + 1, nouns[0].start(), nouns[n].end()


def _linked_toll(text: str, base: int, r: _Rules) -> Toll | None:
    toll = _counted_toll(text, base, r)
    chain = _death_nouns(text)
    if chain is not None and (toll is None or toll.value is None or toll.value <= 1):
        # a count of one is the "one of the soldiers" inside the chain; a larger one is the sentence's own
        return Toll(chain[0], base + chain[1], base + chain[2])
    return toll


# French says "one" with its indefinite article, which numbers.find_counts cannot read as a count ("un soldat"
# is also "a soldier"); it is one victim where the article opens a subject whose verb is a singular death ("Un
# Casque bleu a été tué et une quinzaine d'assaillants ...") or follows a verb that states a toll ("qui déplore
# un soldat tué", "faisant un mort"): read there as a count of one, so it adds to the sentence's other counts
_FR_ONE = re.compile(
    r"(?:^\W*|[,;:]\s*|\bet\s+)(?P<a>une?)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:a|avait|aurait)\s+été\s+"
    r"(?:tuée?|abattue?|exécutée?|assassinée?|égorgée?|neutralisée?)\b)"
    r"|\b(?:déplor\w+|faisant|(?:a|ont|avait|avaient)\s+fait)\s+(?P<b>une?)\s+"
    r"(?=(?:(?!bless)[\w'’-]+\s+){0,2}?(?:tuée?|morte?)\b)",
    re.IGNORECASE,
)


def _fr_ones(text: str, counts: list[Count]) -> list[Count]:
    """``counts`` with the French articles that count one victim (see _FR_ONE) added, in text order."""
    extra = []
    for m in _FR_ONE.finditer(text):
        g = "a" if m.group("a") else "b"
        at, to = m.start(g), m.end(g)
        if not any(c.start < to and at < c.end for c in counts):
            extra.append(Count(at, to, m.group(g), 1))
    return sorted([*counts, *extra], key=lambda c: c.start) if extra else counts


def _counted_toll(text: str, base: int, r: _Rules) -> Toll | None:
    counts = _people_counts(text, r)
    if r.language == "fr":
        counts = _fr_ones(text, counts)
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
        # list of counts ("4 drivers, 2 police, 1 nurse & 3 raiders killed") is read link by link
        anchor = d.start()
        nearest = True
        for c in reversed([c for c in counts if c.end <= d.start()]):
            between = text[c.end : d.start()]
            span = _ASIDE.sub(",", text[c.end : anchor])
            too_far = len(span) > 60 or (not nearest and len(span) > 35)
            # held then killed: the same people, unless another count between is the dead ("four traders were
            # abducted and two were killed")
            held_then_killed = _THEN_KILLED.search(between) is not None and not any(
                c.end <= o.start and o.end <= d.start() for o in counts if o is not c
            )
            if (r.hurt.search(between) or too_far) and not held_then_killed:
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
            if nearest and r.passive_aux.search(between):
                # "the imam, his son and three others were"
                total += _named_victims(text[: c.start], opens=True, counted=tuple(k.start for k in counts))
            nearest = False
            anchor = c.start
            found = True
            lo, hi = min(lo, c.start), max(hi, d.end())
        # forwards: "killed 4 attackers", "killing 10", "death toll of 7"
        after_counts = [c for c in counts if c.start >= d.end()]
        if after_counts:
            c = after_counts[0]
            between = text[d.end() : c.start]
            named = (
                _named_victims(between, opens=False)
                if (d.group(0).lower() in r.active or d.group(0).lower() in _NAMING_VERBS)
                and c.start not in used
                and len(between) <= 80
                else 0
            )
            if (
                named
                and re.match(r"\s+" + _DET + r"\b", between, re.IGNORECASE)
                and not _NOT_PEOPLE.match(text[c.end :])
            ):
                # "killed the priest, Father Paul, and five worshippers": the named victims and the group
                used.add(c.start)
                total += named + c.value
                found = True
                lo, hi = min(lo, d.start()), max(hi, c.end)
                continue
            if (
                d.group(0).lower() in r.active
                and c.start not in used
                and _UNCOUNTED_THEN.fullmatch(between)
                and not _NOT_PEOPLE.match(text[c.end :])
                and not r.hurt.match(text[c.end : c.end + 20].lstrip())
            ):
                # "killed the herders and three soldiers": the group without a figure adds nobody, the
                # counted one after it is still dead
                used.add(c.start)
                total += c.value
                found = True
                lo, hi = min(lo, d.start()), max(hi, c.end)
                continue
            active = d.group(0).lower() in r.active
            toll_word = re.search(r"toll|deaths?|fatalities|bodies|remains|body|corps|cadavres?", d.group(0), re.I)
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
                listed = _NAMED_AFTER.match(text, c.end) if active and r.language == "en" else None
                if (
                    listed is not None
                    and not r.hurt.search(listed.group(0))
                    and not r.death.search(listed.group(0))
                    and not any(listed.start() < k.start < listed.end() for k in counts)
                ):
                    total += len(_ONE_NP_RX.findall(listed.group("list")))  # "..., their guide and their driver"
                    hi = max(hi, listed.end())
                    continue
                tail = _AND_ONE_AFTER.match(text, c.end) if active and r.language == "en" else None
                if (
                    tail is not None
                    and not r.hurt.search(tail.group(0))
                    and not any(tail.start() <= k.start < tail.end() for k in counts)
                ):
                    total += 1  # "killing three herders and a boy"
                    hi = max(hi, tail.end())
    if found and r.language == "en":
        for joined in _AND_ONE_DIED.finditer(text):
            if joined.start() >= hi - 1 and not any(joined.start() <= c.start < joined.end() for c in counts):
                total += 1  # "two raiders were killed and a gendarme died"
                hi = max(hi, joined.end())
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
        m = (_ONE_DEATH if r.language == "en" else _ONE_DEATH_FR).search(text)
        if m and not any(c.value > 1 and 0 <= m.start() - c.end < 25 for c in counts):
            return Toll(1, base + m.start(), base + m.end())
        return None
    return Toll(total, base + lo, base + hi)
