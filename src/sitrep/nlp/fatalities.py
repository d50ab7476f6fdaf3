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

from sitrep.nlp import lang
from sitrep.nlp.casualty_words import _DENIED_DEATH, _EN, _FR, _FR_ONE_CAPTIVE, _Rules
from sitrep.nlp.numbers import parse_count
from sitrep.nlp.sentence_tolls import Toll, _people_counts, _sentence_toll
from sitrep.nlp.toll_cues import (
    BOMBER_DIED,
    DIRECTION,
    OTHER_SOURCES,
    OWN_COUNT,
    REVISED,
    SOURCE_TELLS,
    SPOKE_OF,
    TALLIED,
    THE_TOLL,
    TOLL_NOUN,
)

__all__ = ["Toll", "count_captured", "count_fatalities", "mask_non_counts", "stated_final", "unconfirmed"]

# analysts' notes state their convention for unknown tolls: "(unknown fatalities coded as 10)"
_CODED_AS = re.compile(r"\bfatalities coded as (\d+)\b", re.IGNORECASE)
# a full stop before a lower-case word or a digit ends an abbreviation ("Dept. killed", "incl. one") or
# is a decimal point, not a sentence
_SENT = re.compile(r"(?:[^.;!?]|\.(?=\s*[a-z])|(?<=\d)\.(?=\d))+(?:[.;!?]+|$)")


# Later sentences of a note usually restate the first toll, so the largest is kept; these add to it instead:
# the wounded who died later, bodies found of people first reported missing, and the dead of another side.
_LATER_DIED = re.compile(
    r"\b(?:later|subsequently|eventually|afterwards)\s+(?:died|succumbed)|\bsuccumbed\b|"
    r"\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:wounds|injuries)|"
    r"\bsuccombé|\bdécédés?\s+(?:des suites de|de)\s+(?:ses|leurs)\s+blessures",
    re.IGNORECASE,
)
# "15 assailants were also killed": "also" marks more dead on top of the toll already given, not a restatement
_ALSO_DEAD = re.compile(r"\b(?:also|as well|aussi|également)\b", re.IGNORECASE)
# a party telling its own dead after the toll it inflicted ("the GNA reported eight dead in its own ranks",
# "l'armée déplore deux morts dans ses rangs"): the other side's dead, which add to that toll
_OWN_RANKS = re.compile(
    r"\b(?:in|among|from|of)\s+(?:its|their|his)\s+own\s+(?:ranks|side|camp|men|troops|soldiers|fighters|forces)\b|"
    r"\b(?:dans|parmi)\s+(?:ses|leurs)\s+(?:propres\s+)?rangs\b|\bde\s+(?:ses|leurs)\s+propres\s+"
    r"(?:hommes|soldats|éléments|rangs)\b",
    re.IGNORECASE,
)
_BODIES_FOUND = re.compile(r"\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:found|discovered|recovered)\b", re.I)
_MISSING = re.compile(r"\bmissing\b|\bdisparus?\b", re.I)
# "Other accounts put it at up to 40": an alternative figure, not a further toll; ACLED keeps the conservative one
# ("local officials spoke of about 30", "a civil society group published its own count of 210", "some media
# put forward a figure of thirty": "ont avancé le chiffre d'une trentaine"); "parlent de" and "font état d'un
# bilan" are this rule's alone (doc_tolls has no labelled case for them yet)
_ALTERNATIVE = re.compile(
    rf"{OTHER_SOURCES}|{SPOKE_OF}|{OWN_COUNT}|\bfont\s+état\s+d['’]un\s+bilan\b|\bparlent\s+de\b", re.I
)
# a source's own figure told in a later sentence ("Une source locale fait état de neuf morts"): another account of
# the same dead, of which ACLED keeps the lower, never the sum
_SOURCE_TELLS = re.compile(SOURCE_TELLS, re.I)
# a source's own tally in a later sentence ("the health ministry gave 53 dead", "l'association a recensé 41
# morts"): the same, another account of the same dead
_TALLIED = re.compile(TALLIED, re.I)
# the same told without the death word, the noun left to the sentence before ("A union reported 12 dead; the
# government gave nine."): a bare figure closing the tally's clause
_TALLIED_BARE = re.compile(
    TALLIED + r"(?P<n>[\w-]+(?:\s+(?:dizaine|vingtaine|trentaine|centaine))?)\s*(?:[.;,)]|$)", re.I
)
# people held by an armed party and found dead afterwards ("two of them were later found dead", "quatre d'entre
# eux ont été retrouvés morts"): ACLED codes their deaths as a separate, later event (the abduction or arrest had
# none), so a later sentence telling them adds nothing to this event's toll
_HELD = re.compile(
    r"\b(?:arrested|detained|abducted|kidnapped|seized|taken\s+hostage|enlevée?s?|arrêtée?s?|kidnappée?s?|"
    r"interpellée?s?|pris\s+en\s+otages?)\b",
    re.I,
)
_HELD_FOUND_DEAD = re.compile(
    r"\b(?:of\s+(?:them|those|the\s+\w+)|d['’]entre\s+(?:eux|elles))\b[^.;]{0,40}?\b(?:found\s+dead|found\s+"
    r"(?:killed|executed|murdered)|retrouvée?s?\s+(?:morte?s?|sans\s+vie|tuée?s?|exécutée?s?))",
    re.I,
)
# a later sentence that only corrects the note's toll ("The governor later raised the toll to six", "le bilan a
# été revu à 12"): the update replaces the figure given before it, whichever way it moves
_LATER_REVISION = re.compile(
    rf"\b(?:{REVISED}\s+(?:down\s+|up\s+)?{THE_TOLL}|{TOLL_NOUN}\s+(?:\w+\s+){{0,4}}?{REVISED}){DIRECTION}"
    r"\s+(?:à|to)\s+(?P<n>\d[\d,]*|[^\W\d_]+(?:-[^\W\d_]+)?)\b",
    re.IGNORECASE,
)
# a later sentence correcting one side's toll only ("it corrected the soldiers' toll to 89", "revised the army's
# toll to 12", "le bilan des militaires a été revu à 12"): that side's part of the toll is replaced, the other
# side's dead still count
_SIDE_REVISION = re.compile(
    rf"\b{REVISED}\s+(?:down\s+|up\s+)?(?:the|its|their)\s+(?P<side>[\w-]+?)(?:['’]s?)?\s+(?:death\s+)?"
    rf"{TOLL_NOUN}{DIRECTION}\s+to\s+(?P<n>\d[\d,]*|[^\W\d_]+(?:-[^\W\d_]+)?)\b|"
    rf"\b{TOLL_NOUN}\s+(?:des|de\s+la|du)\s+(?P<fside>[\w-]+)\s+(?:\w+\s+){{0,3}}?{REVISED}{DIRECTION}\s+à\s+"
    r"(?P<fn>\d[\d\s]*?\d|\d|[^\W\d_]+(?:-[^\W\d_]+)?)\b",
    re.IGNORECASE,
)
# a later sentence that sets an earlier act apart, in the pluperfect ("The day before, a shell had killed two
# civilians", "La veille, des hommes armés avaient tué trois bergers"): the background of the event, another
# event whose dead are not this one's
_BACKGROUND = re.compile(
    r"^\W*(?:the\s+(?:day|night|evening|week)\s+before|the\s+previous\s+(?:day|night|evening|week)|"
    r"(?:\w+\s+)?(?:days?|weeks?|months?)\s+(?:earlier|before)|earlier|previously|la\s+veille|"
    r"l['’]avant-veille|(?:\w+\s+)?(?:jours?|semaines?|mois)\s+(?:plus\s+tôt|auparavant)|auparavant)\b"
    r"[^.;]*?\b(?:had|avait|avaient)\b",
    re.IGNORECASE,
)
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
        r"MINUSMA|Barkhane|army|military|officers?|militaires?|soldats?|casques bleus|"
        # the pro-government and communal defence groups that fight beside or instead of the army
        r"VDPs?|volunteers?|volontaires?|Dozos?|hunters|chasseurs|Koglweogos?|militiam[ae]n|vigilantes?)\b",
        re.I,
    ),
    "attackers": re.compile(
        r"\b(?:assailants?|attackers?|aggressors?|militants?|jihadis\w*|terrorists?|insurgents?|gunmen|rebels?|"
        r"assaillants?|terroristes?|djihadistes?|in\s+(?!own\b|their\b|its\b)[\w-]+(?:['’]s)?\s+ranks)\b",
        re.I,
    ),
    "civilians": re.compile(r"\b(?:civilians?|villagers?|residents?|inhabitants|civils?|habitants)\b", re.I),
}


# "the army acknowledged three dead": a party conceding a lower figure than the one claimed against it; ACLED
# keeps the most conservative of competing figures for the same dead
_CONCEDED = re.compile(r"\b(?:acknowledged|admitted|conceded|a reconnu|ont reconnu|a admis|ont admis)\b", re.I)


# a figure the sentence itself says nobody confirmed, passive or active ("a figure of 38 dead, which was not
# confirmed", "a figure the army has not confirmed"; "un chiffre qui n'a pas été confirmé", "un bilan que le
# gouvernement n'a pas confirmé"): ACLED keeps the most conservative credible figure, so it never raises the
# toll
_UNCONFIRMED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|unconfirmed|unverified|"
    r"(?:could|can|did|does|do|would)\s*n(?:o|')t\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)(?:y|ied|ed)?|"
    r"n['’](?:a|ont|avait|avaient)\s+(?:pas|pu)\s+(?:encore\s+)?(?:(?:pu\s+)?(?:été|être)\s+)?"
    r"(?:confirmée?s?|vérifiée?s?)|non\s+(?:confirmée?s?|vérifiée?s?))(?!\w)",
    re.IGNORECASE,
)
# the count a sentence calls final or official among others it reports ("local officials spoke of 160 dead,
# while the government's final count ... was 157"): that figure is the toll
_FINAL = re.compile(
    r"\b(?:final|official|definitive|confirmed)\s+(?:death\s+)?(?:count|toll|tally|figure)\b[^.;]{0,90}?"
    r"\b(?:was|is|of|at|stood\s+at|came\s+to)\s+(?:at\s+least\s+)?(?P<n>\d[\d,]*)\b|"
    r"\bbilan\s+(?:définitif|officiel|final)\b[^.;]{0,60}?\b(?:est\s+de|de|à)\s+(?P<m>\d[\d\s]*?\d|\d)\b",
    re.IGNORECASE,
)
# ages are not deaths ("âgés de 25 à 50 ans", "aged 25 to 50")
_AGES = re.compile(r"\b(?:âgée?s?\s+de|aged(?:\s+between)?)\s+\d+\s+(?:à|to|and|-)\s+\d+(?:\s+(?:ans|years))?", re.I)


def unconfirmed(sentence: str) -> bool:
    """The sentence says its own figure was not confirmed: it never raises a toll."""
    return _UNCONFIRMED.search(sentence) is not None


def stated_final(text: str, start: int = 0, end: int | None = None) -> Toll | None:
    """The figure ``text[start:end]`` (one sentence) calls the final or official count, if any."""
    final = _FINAL.search(text, start, len(text) if end is None else end)
    if final is None:
        return None
    n = parse_count(re.sub(r"[\s,]", "", final.group("n") or final.group("m")))
    return Toll(n, final.start(), final.end()) if n is not None else None


# one person's age ("a boy of 13", "a girl aged 9", "un garçon de 12 ans", "a 13-year-old"): the number is
# how old the victim was, never how many died
_AGE_ONE = re.compile(
    r"\b(?:boy|girl|child|teenager|youth|man|woman|son|daughter|baby|infant)\s+(?:of|aged)\s+(?P<n>\d{1,2})\b"
    r"|\b(?:garçon|fille|fillette|enfant|adolescente?|homme|femme|bébé)\s+(?:de|âgée?\s+de)\s+(?P<m>\d{1,2})"
    r"(?=\s+ans\b)|\b(?P<k>\d{1,2})(?=-year-old\b)",
    re.IGNORECASE,
)
# a side's dead told as its loss ("la perte de 4 soldats", "the loss of two soldiers"): deaths, which add to the
# other side's dead the sentence counts ("... et affirme avoir tué 17 assaillants": 4 + 17)
_LOSS_OF = re.compile(
    r"\b(?:(?:la|les)\s+pertes?\s+(?:de|d['’])|(?:the\s+)?loss\s+of)\s*(?P<n>\d+|[^\W\d]+)\s+"
    r"(?:de\s+(?:ses|leurs)\s+)?(?:soldats?|militaires?|hommes|éléments|gendarmes?|policiers?|soldiers?|troops|"
    r"servicemen|men|gendarmes|policemen|officers)\b",
    re.IGNORECASE,
)


def _with_losses(text: str, scope: str, start: int, best: Toll | None) -> Toll | None:
    """``best`` plus a side's dead told as "the loss of N soldiers", when ``best`` does not already hold them."""
    m = _LOSS_OF.search(scope)
    if m is None:
        return best
    n = parse_count(m.group("n"))
    if n is None or n < 1:
        return best
    at, to = start + m.start(), start + m.end()
    if best is None or best.value is None:
        return Toll(n, at, to)
    if best.start <= at < best.end or best.value == n:
        return best  # the loss is the toll already read, or says it again
    return Toll(best.value + n, min(best.start, at), max(best.end, to))


# a toll stated as an estimate of the dead ("put the number of people killed in the reprisals at 49",
# "estimated the death toll at 30", "a chiffré le nombre de morts à 12"); read when nothing else gives a toll
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|set|estimated|estimates)\s+(?:the|its|their|his|her)\s+(?:death\s+)?"
    r"(?:toll|number|count|figure|tally)(?:\s+of\s+(?:the\s+)?(?:people\s+|those\s+|victims\s+)?(?:killed|dead|"
    r"deaths|victims)\b[^.;:]{0,50}?)?\s+at\s+(?:at\s+least\s+|about\s+|around\s+|some\s+)?(?P<n>\d[\d,]*)\b|"
    r"\b(?:chiffré|évalué|estimé)\s+(?:le\s+nombre\s+de\s+(?:morts|tués|victimes)|le\s+bilan)\b[^.;:]{0,40}?\s+à\s+"
    r"(?:au\s+moins\s+|environ\s+)?(?P<m>\d+)\b",
    re.IGNORECASE,
)


_AGED_DIED = re.compile(
    r"^[^.;]{0,80}?\b(?:(?:later\s+|then\s+|subsequently\s+)?died|was\s+killed|was\s+shot\s+dead|succumbed|"
    r"a\s+été\s+tuée?|est\s+(?:mort|morte|décédée?)|a\s+succombé)\b",
    re.IGNORECASE,
)
# people taken alive beside the dead ("300 rebels were neutralised and 150 captured"): captives are not deaths
_CAPTIVES = re.compile(
    r"\b(?:and|et)\s+(?:\d[\d,]*|[a-z]+)\s+(?:(?:were|others?|more|autres)\s+)?(?:captured|taken\s+prisoner|"
    r"arrested|detained|capturés|faits\s+prisonniers|arrêtés|interpellés)\b",
    re.IGNORECASE,
)
# "six of his seven captors": the group's size after a part of it (the generic rule knows "of the" only)
_PART_OF_OWN = re.compile(
    r"(?<=\bof )(?:his|her|their|its)\b(?=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty)\b)",
    re.IGNORECASE,
)
# a vague quantifier of sources, not of victims ("several media outlets spoke of about 30 dead")
_VAGUE_SOURCES = re.compile(
    r"\b(?:several|many|numerous|multiple|various|plusieurs|de\s+nombreux|certains)\s+(?:(?:local|international|"
    r"news|locaux)\s+)?(?:media|outlets|sources|reports|accounts|officials|witnesses|médias|sources|témoins|"
    r"responsables)\b",
    re.IGNORECASE,
)


def mask_non_counts(text: str) -> str:
    """``text`` with ages, captives and counts of sources blanked (offsets kept): "aged 25 to 50", "a boy of
    13", "and 150 captured", "several media outlets" count no dead."""
    text = _AGES.sub(lambda m: " " * len(m.group(0)), text)
    text = _AGE_ONE.sub(_blank_age, text)
    text = _CAPTIVES.sub(lambda m: " " * len(m.group(0)), text)
    text = _VAGUE_SOURCES.sub(lambda m: " " * len(m.group(0)), text)
    return _PART_OF_OWN.sub(lambda m: "the".ljust(len(m.group(0))), text)


def _blank_age(m: re.Match[str]) -> str:
    g = next(k for k in ("n", "m", "k") if m.group(k) is not None)
    a, b = m.start(g) - m.start(), m.end(g) - m.start()
    return m.group(0)[:a] + " " * (b - a) + m.group(0)[b:]


_CLAUSE_TAIL = re.compile(r"[,;(]|\b(?:when|while|after|as|during|before|because|lorsque|quand|après)\b", re.I)


def _sides(text: str) -> set[str]:
    return {k for k, rx in _SIDES.items() if rx.search(text)}


def _side_of(word: str) -> str | None:
    found = [k for k, rx in _SIDES.items() if rx.fullmatch(word)]
    return found[0] if len(found) == 1 else None


def _side_parts(text: str, toll: Toll, r: _Rules) -> dict[str, int]:
    """Each side's figure inside a toll that names several ("25 soldiers and 63 assailants" -> forces 25,
    attackers 63); empty unless every count is followed by one side's noun and the parts make the whole."""
    if toll.value is None or toll.end <= toll.start:
        return {}
    words = text[toll.start : toll.end]
    parts: dict[str, int] = {}
    for c in _people_counts(words, r):
        noun = re.match(r"\s*(?:[\w-]+\s+){0,2}?[\w-]+", words[c.end :])
        sides = _sides(noun.group(0)) if noun is not None else set()
        if len(sides) != 1 or next(iter(sides)) in parts:
            return {}
        parts[next(iter(sides))] = c.value
    return parts if len(parts) > 1 and sum(parts.values()) == toll.value else {}


def _side_revision(text: str, m: re.Match[str], best: Toll | None, t: Toll | None, r: _Rules) -> Toll | None:
    """The toll once a later sentence corrects one side's part of it (see _SIDE_REVISION); None when the
    sentence corrects no side's part of ``best``."""
    if best is None or best.value is None or (t is not None and t.value is not None):
        return None
    rev = _SIDE_REVISION.search(m.group(0))
    if rev is None:
        return None
    side = _side_of(rev.group("side") or rev.group("fside"))
    raw = rev.group("n") or rev.group("fn")
    n = parse_count(re.sub(r"[\s,]", "", raw), r.language)
    parts = _side_parts(text, best, r)
    if side is None or n is None or side not in parts:
        return None
    at = m.start() + rev.end()
    return Toll(best.value - parts[side] + n, best.start, max(best.end, at))


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
        if t is not None and t.value is not None and (_SERIES.search(sent) or unconfirmed(sent)):
            fallback = fallback or t
            t = None
        if t is not None and t.value and _HELD_FOUND_DEAD.search(sent) and _HELD.search(earlier):
            t = None  # captives found dead later: another event's dead
        if t is not None and m.start() > 0 and _BACKGROUND.match(sent):
            t = None  # an earlier act told as the setting: another event's dead
        side_rev = _side_revision(text, m, best, t, r)
        if side_rev is not None:
            best, total = side_rev, side_rev.value or 0
            earlier += sent
            continue
        bare = _TALLIED_BARE.search(sent) if best is not None and (t is None or t.value is None) else None
        bare_n = parse_count(bare.group("n"), r.language) if bare is not None else None
        if best is not None and bare is not None and bare_n is not None:
            if bare_n < total:
                at = m.start() + bare.start("n")
                best, total = Toll(bare_n, at, m.start() + bare.end("n")), bare_n
            earlier += sent
            continue
        rev = _LATER_REVISION.search(sent) if best is not None and (t is None or t.value is None) else None
        n = parse_count(rev.group("n").replace(",", ""), r.language) if rev is not None else None
        if best is not None and n is not None and rev is not None:
            # "... killing five people. The governor later raised the toll to six.": the update replaces the toll
            at = m.start() + rev.start("n")
            best, total = Toll(n, min(best.start, at), max(best.end, m.start() + rev.end())), n
            earlier += sent
            continue
        if t is None or t.value is None:
            earlier += sent
            continue
        # the words naming the dead: the toll's own span and the rest of its clause
        # ("killing 10 soldiers"); a subordinate clause after it ("... when Dozo hunters repelled") names the
        # other side, not the dead
        tail = _CLAUSE_TAIL.split(text[t.end : t.end + 30], maxsplit=1)[0]
        window = (text[t.start : t.end] + tail).split(".")[0] if t.end > t.start else sent
        sides = _sides(window)
        if not sides and t.value == 1 and t.start > m.start():
            # one death told without a figure ("; un militaire est tombé en martyr"): its subject names the side
            sides = _sides(text[m.start() : t.start])
        if best is None:
            best, total, seen_sides = t, t.value, sides
        elif _OWN_RANKS.search(window) and t.value != total and not _CONCEDED.search(sent):
            total += t.value  # the reporting party's own dead: the other side of the toll so far
            best = Toll(total, best.start, max(best.end, t.end))
        elif _ALTERNATIVE.search(sent):
            pass
        elif (
            (_SOURCE_TELLS.search(sent) or _TALLIED.search(sent))
            and not (t.end > t.start and _ALSO_DEAD.search(text[t.start : t.end]))
            and not (sides and seen_sides and not (sides & seen_sides))
        ):
            if t.value < total:
                best, total = t, t.value  # two accounts of the same dead: the lower
        elif (
            _LATER_DIED.search(sent)
            or (_BODIES_FOUND.search(sent) and _MISSING.search(earlier))
            or (t.end > t.start and _ALSO_DEAD.search(text[t.start : t.end]))
        ):
            total += t.value
            best = Toll(total, best.start, max(best.end, t.end))
        elif _BREAKDOWN.search(sent) and r.hurt.search(sent) and t.value < total:
            total = t.value
            best = Toll(total, t.start, t.end)
        elif sides and seen_sides and not (sides & seen_sides):
            total += t.value
            seen_sides |= sides
            best = Toll(total, min(best.start, t.start), max(best.end, t.end))
        elif _CONCEDED.search(sent) and t.value < total:
            best, total = t, t.value
        elif t.value > total:
            best, total, seen_sides = t, t.value, seen_sides | sides
        earlier += sent
    return best or fallback


# Suicide attackers die with their victims, and ACLED's toll counts them. A note tells their deaths three ways:
# names them among their own dead with their victims ("killing himself and a soldier", "killing themselves and
# three civilians"), after a toll it gave ("tuant six civils en plus d'elles-mêmes", "killing four people as well
# as himself"), or says they blew themselves up ("two suicide bombers blew themselves up ..., killing three").
# One vocabulary of the attackers serves the three: their kind, and how many they were.
_BOMBER_KIND = r"(?:(?:female|male|young|women|femmes|jeunes|hommes)\s+)?"
_SELF_FIRST = re.compile(
    r"\b(?:killing|killed|tuant|tuèrent)\s+(?P<self>himself|herself|themselves)\s+(?:and|as\s+well\s+as|along\s+with)\s+"
    r"(?P<rest>[^.;:]{1,60})",
    re.IGNORECASE,
)
_SELF_AFTER = re.compile(
    r"(?:\b(?:and|as\s+well\s+as|besides)\s+(?P<en>himself|herself|themselves)\b|"
    r"\b(?:en\s+plus\s+(?:d['’]\s*|de\s+)|ainsi\s+qu(?:['’]\s*|e\s+)|outre\s+)(?P<fr>eux|elles|lui|elle)(?:-|\s)mêmes?\b)",
    re.IGNORECASE,
)
_SELF_BLAST = re.compile(
    rf"\b(?P<n>an?|one|two|three|four|five|six|\d+)\s+{_BOMBER_KIND}suicide\s+(?:bombers?|attackers?)\b"
    r"[^.;]{0,80}?\b(?:blew\s+(?:themselves|himself|herself)\s+up|detonated\s+(?:their|his|her)\s+(?:explosive\s+)?"
    r"(?:vests?|belts?|charges?))",
    re.IGNORECASE,
)
# how many attackers blew themselves up ("two female suicide bombers", "deux femmes kamikazes")
_BOMBER_COUNT = re.compile(
    rf"\b(?P<n>\w+)\s+{_BOMBER_KIND}(?:suicide\s+)?(?:bombers|attackers|kamikazes)\b",
    re.IGNORECASE,
)


def _with_bombers(text: str, start: int, scope: str, best: Toll | None, r: _Rules) -> Toll | None:
    """The note's toll with its suicide attackers counted among the dead; None when ``scope`` (``text`` from
    ``start``) tells of none, or ``best`` already counts them. Why one function: the three wordings (see
    _BOMBER_KIND) are one convention, and a note told in two of them must count its attackers once."""
    first = _SELF_FIRST.search(scope)
    after = _SELF_AFTER.search(scope) if first is None else None
    if first is not None:
        victims = _victims_beside(first.group("rest"), r)
        if victims is not None:
            n = _bomber_count(scope, first.group("self").lower() == "themselves")
            return Toll(n + victims, start + first.start(), start + first.end())
    elif after is not None and best is not None and best.value is not None:
        word = (after.group("en") or after.group("fr")).lower()
        n = _bomber_count(scope, word in ("themselves", "eux", "elles"))
        return Toll(best.value + n, min(best.start, start + after.start()), max(best.end, start + after.end()))
    blast = _SELF_BLAST.search(scope) if r.language == "en" else None
    if blast is None:
        return _bomber_also_died(text, start, scope, best)
    word = blast.group("n")
    n = 1 if word.lower() in ("a", "an") else parse_count(word) or 0  # a bare article is no count on its own
    if not n or (best is not None and re.search(r"\bbombers?\b", text[best.start : best.end + 40], re.I)):
        return None  # the toll already names the bombers among its dead
    base = (best.value or 0) if best is not None else 0
    return Toll(base + n, start + blast.start(), start + blast.end())


_BOMBER_DIED = re.compile(BOMBER_DIED, re.IGNORECASE)
_SUICIDE = re.compile(r"\bsuicide\b|\bkamikazes?\b", re.IGNORECASE)


def _bomber_also_died(text: str, start: int, scope: str, best: Toll | None) -> Toll | None:
    """``best`` plus the suicide attacker whose own death a later sentence tells ("..., killing one soldier.
    The ministry said the bomber also died."); None when there is no such sentence or ``best`` names the
    attackers already."""
    if best is None or best.value is None or not _SUICIDE.search(scope):
        return None
    died = _BOMBER_DIED.search(scope)
    if died is None or start + died.start() < best.end:
        return None
    if re.search(r"\b(?:bombers?|attackers?|assailants?|kamikazes?)\b", text[best.start : best.end], re.I):
        return None
    return Toll(best.value + 1, best.start, start + died.end())


def _victims_beside(rest: str, r: _Rules) -> int | None:
    """How many victims the words after "killing himself and" name: a count, one named person, else None."""
    counts = _people_counts(rest, r)
    if counts and counts[0].start <= 2:
        return counts[0].value
    if re.match(r"\s*(?:an?|one|the)\s+[\w'-]*[^s\W]\b", rest, re.IGNORECASE):
        return 1
    return None


def _bomber_count(scope: str, plural: bool) -> int:
    if not plural:
        return 1
    m = _BOMBER_COUNT.search(scope)
    n = parse_count(m.group("n")) if m is not None else None
    return n if n is not None and n > 1 else 2


# A toll the note marks as the whole ("six dead in total", "seven dead in all", "a total of 12 killed", "au
# total, 9 morts"): it already counts every side, so it replaces the partial and competing figures around it
# (a party's claim of "dozens" of enemy dead beside it is the kind of figure ACLED sets aside for the
# conservative one).
_TOTAL_AFTER = re.compile(
    r"\b(?:dead|killed|deaths|fatalities|morts|tués|victimes)\s+(?:(?:were\s+)?reported\s+)?"
    # "four dead on both sides", "sept morts de part et d'autre": the toll of every side at once
    r"(?:in total|in all|overall|altogether|au total|en tout|on\s+both\s+sides|from\s+both\s+sides|"
    r"des\s+deux\s+(?:côtés|camps)|dans\s+les\s+deux\s+camps|de\s+part\s+et\s+d['’]autre)(?!\w)",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"\b(?:a total of|au total,?|en tout,?|an overall (?:death )?toll of|"
    r"(?:the )?total (?:death )?toll (?:of|at|is|was|stood at|stands at))\s+",
    re.IGNORECASE,
)


def _stated_total(text: str, start: int, scope: str, r: _Rules) -> Toll | None:
    """The lowest toll ``scope`` marks as a total (see _TOTAL_AFTER), None when it marks none."""
    found: list[Toll] = []
    for m in _SENT.finditer(scope):
        sent = m.group(0)
        if _SERIES.search(sent) or _PAST_EVENT.search(sent):
            continue
        for t in _TOTAL_AFTER.finditer(sent):
            before = sent[max(0, t.start() - 40) : t.start()]
            counts = _people_counts(before, r)
            if counts and not re.search(r"[,;:()]", before[counts[-1].end :]) and len(before) - counts[-1].end < 25:
                c = counts[-1]
                at = start + m.start() + t.start() - len(before)
                found.append(Toll(c.value, at + c.start, start + m.start() + t.end()))
        for t in _TOTAL_BEFORE.finditer(sent):
            after = sent[t.end() : t.end() + 50]
            counts = _people_counts(after, r)
            death = r.death.search(after, counts[0].end) if counts and counts[0].start <= 2 else None
            if counts and death is not None and not r.hurt.search(after, counts[0].end, death.start()):
                at = start + m.start() + t.end()
                found.append(Toll(counts[0].value, start + m.start() + t.start(), at + counts[0].end))
    return min(found, key=lambda x: x.value or 0) if found else None


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
    scope = mask_non_counts(scope)
    best = _combine(
        text,
        [
            (
                m,
                stated_final(text, start + m.start(), start + m.end())
                or _sentence_toll(m.group(0), start + m.start(), r),
            )
            for m in _SENT.finditer(scope)
        ],
        r,
    )
    best = _with_losses(text, scope, start, best)
    total = _stated_total(text, start, scope, r)
    if total is not None:
        return total
    bombers = _with_bombers(text, start, scope, best, r)
    if bombers is not None:
        return bombers
    if best is not None:
        return best
    put = _PUT_AT.search(scope)
    if put is not None:
        put_n = parse_count((put.group("n") or put.group("m")).replace(",", ""))
        if put_n is not None:
            return Toll(put_n, start + put.start(), start + put.end())
    aged = _AGE_ONE.search(text, start, end)
    if aged is not None and _AGED_DIED.search(text[aged.end() : end]):
        return Toll(1, aged.start(), aged.end())  # "a boy of 13 ... later died": one death
    # "no casualties", and a denied death by its subject ("Nobody was hurt", "No soldier was killed"): with no
    # other count, the note says nobody died
    z = r.zero.search(scope) or _DENIED_DEATH.search(scope)
    if z:
        return Toll(0, start + z.start(), start + z.end())
    return Toll(None)


def count_captured(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> Toll:
    """People captured or taken prisoner in ``text[start:end]`` (None when not said)."""
    r = _FR if lang.pick(language) == "fr" else _EN
    end = len(text) if end is None else end
    scope = text[start:end]
    for m in r.capture.finditer(scope):
        after = scope[m.end() : m.end() + 20]
        fc = _people_counts(after, r)
        if fc and re.match(r"\s+(?!and\b|et\b)\S", after) and fc[0].start < 4:
            # "captured 40 others", "capturé une quarantaine d'autres": the verb's own object is the captives
            return Toll(fc[0].value, start + m.start(), start + m.end() + fc[0].end)
        before = scope[max(0, m.start() - 50) : m.start()]
        one = _FR_ONE_CAPTIVE.search(before) if r.language == "fr" else None
        if one is not None:
            return Toll(1, start + m.start() - len(before) + one.start(), start + m.end())
        counts = _people_counts(before, r)
        if counts:
            c = counts[-1]
            if not r.death.search(before[c.end :]):  # "3 killed and 2 captured": the 3 are the dead
                return Toll(c.value, start + m.start() - len(before) + c.start, start + m.end())
        after = scope[m.end() : m.end() + 20]
        fc = _people_counts(after, r)
        if fc and fc[0].start < 4:
            return Toll(fc[0].value, start + m.start(), start + m.end() + fc[0].end)
    return Toll(None)
