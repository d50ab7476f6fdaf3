"""Whose deaths a toll counts, so that a document's tolls of both sides add up as ACLED's do.

ACLED's fatalities are all reported deaths, both sides together. A whole document often gives each side's
toll in a sentence of its own ("71 soldiers were killed." ... "The army said 57 assailants were killed."),
or an infobox gives one side and the prose the other; keeping the largest single figure would lose a side.
Each toll is given the camp its victims belong to (``gov``, ``armed``, ``civ``) when its words say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.geo.normalise import strip_accents
from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.fatalities import Toll, count_fatalities
from sitrep.nlp.numbers import find_counts, parse_count
from sitrep.nlp.toll_cues import (
    ANNOUNCED_TOLL,
    BARE_REVISION,
    BOMBER_DIED,
    DISPUTED,
    FIRST_FIGURE,
    LATER_DAY,
    OTHER_SOURCES,
    OWN_COUNT,
    SPOKE_OF,
    TALLIED,
)

TollOf = Callable[[int, int], Toll]  # the deaths one sentence (start, end) of the text reports

__all__ = ["CAMPS", "casualty_block", "casualty_list", "combine_sides", "loss_prose", "place_share", "toll_camp"]

CAMPS = ("gov", "armed", "civ")

_GOV = re.compile(
    r"\b(?:soldiers?|soldats?|militaires?|troops?|servicem[ae]n|gendarmes?|police(?:m[ae]n|officers?)?|policem[ae]n|guards?|"
    r"gardes?|policiers?|peacekeepers?|personnel|officers?|army|military|(?:armed|security|defen[cs]e) forces|"
    r"government (?:forces|fighters|troops)|militiam[ae]n|volunteers)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"\b(?:attackers?|assailants?|militants?|jihadists?|terrorists?|insurgents?|rebels?|gunmen|"
    r"bandits?|fighters?|islamists?|combatants?|raiders?|assaillants?|terroristes?|djihadistes?|rebelles?)\b",
    re.IGNORECASE,
)
_CIV = re.compile(
    r"\b(?:civilians?|villagers?|residents?|herders?|farmers?|women|children|worshippers|civils?|villageois|"
    r"habitants|femmes|enfants|passagers)\b",
    re.I,
)


def toll_camp(text: str, toll: Toll) -> str | None:
    """The camp of a toll's victims when its words name one only ("40 soldiers", "killing 15 attackers");
    None for mixed or unspecified tolls ("55 people", "40 soldiers and 15 attackers")."""
    if toll.value is None or toll.end <= toll.start:
        return None
    words = text[toll.start : min(len(text), toll.end + 30)]
    words = re.split(r"[.;]", words, maxsplit=1)[0]
    found = {c for c, rx in (("gov", _GOV), ("armed", _ARMED), ("civ", _CIV)) if rx.search(words)}
    return found.pop() if len(found) == 1 else None


def combine_sides(total: int | None, sides: dict[str, int]) -> int | None:
    """All deaths: the camps' own figures summed, never less than the largest single toll ``total``
    (which may already add both sides: "40 soldiers and 15 attackers were killed")."""
    if not sides:
        return total
    return max(total or 0, sum(sides.values()))


_LOSS_SECTION = re.compile(r"^(?:casualties|losses|victims|bilan|pertes|victimes)\b", re.IGNORECASE)
_LIST_LINE = re.compile(r"^[ \t]*[-*•][ \t]*(?P<label>[^:\n]{1,60}):[ \t]*(?P<value>[^\n]+)$", re.MULTILINE)
_NONE = re.compile(r"^\s*(?:none|nil|no\b|0\b|zero|aucune?|néant)", re.IGNORECASE)
_LEAD_FIGURE = re.compile(
    r"^\s*(?:about|around|some|at least|nearly|approximately|environ|au moins|près de)?\s*(?P<n>[\w,-]+)\s+"
    r"(?:killed|dead|deaths|tués|morts)\b",
    re.IGNORECASE,
)


def casualty_list(text: str, sections: Sequence[Section]) -> Toll | None:
    """All deaths of a "Casualties" section that lists each side on a line of its own.

    An article may break the losses down below its prose ("- Peacekeepers: 4 killed, 19 wounded",
    "- Assailants: about 20 killed"); the lines together are every side's deaths, which ACLED adds up.
    None when the document has no such list or none of its lines gives a death figure.
    """
    total: Toll | None = None
    for sec in sections:
        if not sec.name or not _LOSS_SECTION.match(sec.name.strip()):
            continue
        for m in _LIST_LINE.finditer(text, sec.start, sec.end):
            value = m.group("value")
            if _NONE.match(value):
                continue
            vs = m.start("value")
            t = count_fatalities(text, vs, m.end("value"))
            if t.value is None:
                lead = _LEAD_FIGURE.match(value)
                n = parse_count(lead.group("n").replace(",", "")) if lead else None
                t = Toll(n, vs, m.end("value")) if n is not None else t
            if t.value is None:
                continue
            total = t if total is None else Toll((total.value or 0) + t.value, total.start, max(total.end, t.end))
    return total


_LOSS_HEADING = re.compile(
    r"^[ \t]*(?:=+[ \t]*|#+[ \t]*)?(?:casualties|losses|bilan|pertes|victimes)[ \t]*(?:=+|:)?[ \t]*\n"
    r"(?P<body>(?:[ \t]*[-*•][^\n]*(?:\n|$))+)",
    re.IGNORECASE | re.MULTILINE,
)


def casualty_block(text: str) -> Toll | None:
    """A losses list under a bare heading line ("Bilan", "Casualties:") that ingest did not make a section
    of: a note's per-side list ("- Soldats nigériens : 89 tués", "- Assaillants : 77 tués") is every side's
    deaths, read as :func:`casualty_list` reads a "Casualties" section."""
    m = _LOSS_HEADING.search(text)
    if m is None:
        return None
    return casualty_list(text, [Section("Bilan", m.start("body"), m.end("body"))])


# a figure the sentence itself leaves out of the event's toll ("the six killed the night before are not part of
# either figure")
_LEFT_OUT = re.compile(
    r"\b(?:are|is|were|was)\s+not\s+(?:part\s+of|included\s+in|counted\s+in)\b|\bnot\s+included\b|"
    r"\bne\s+sont\s+pas\s+(?:compris|inclus|comptés)\b",
    re.IGNORECASE,
)


# a figure given as another source's competing estimate ("local officials spoke of about 30", "a civil society
# group published its own count", "security sources told journalists", "certains médias ont avancé"); "some
# media" is this rule's alone (fatalities has no labelled case for it yet)
_COMPETING = re.compile(
    rf"{SPOKE_OF}|{OWN_COUNT}|{OTHER_SOURCES}|{TALLIED}|{DISPUTED}|\b(?:other|another|some)\s+media\b|"
    r"\b(?:disputed|contested)\b|"
    # a report's or inquiry's finding ("a report by the UN mission concluded that 22 people had died"): another
    # source's count, set against the first figures
    r"\b(?:report|investigation|inquiry|rapport|enquête)\b[^.;]{0,60}?\b(?:concluded|found|established|"
    r"a\s+conclu|conclut|a\s+établi)\b|"
    # a party denying the other's account of the dead ("denied that any civilians were among them", "a nié que"):
    # the section's figures are competing accounts of the same dead
    r"\b(?:denied|denies|deny)\s+that\b|\b(?:a|ont)\s+(?:nié|démenti)\s+qu(?:e\b|['’])|"
    r"\bcontest[ée]\b|"
    # a source's verb: a section that has given the official figure cites any other source's as competing (a
    # note's sentences, read by fatalities.py, cite a source for their first toll too)
    r"\bsources?\s+(?:told|said|reported|put|gave)\b|"
    # another source's own count ("the association put the toll at 41") and an author's claim of its kills
    # ("In its claim, the group said it had killed about forty soldiers"): a claimant inflates its tally
    r"\b(?:put|placed|puts|places)\s+the\s+(?:death\s+)?(?:toll|total|number|figure|count)\s+at\b|"
    r"\bin\s+(?:its|their|a|the)\s+(?:own\s+)?claim\b|\bdans\s+(?:sa|leur|un)\s+revendication\b|"
    # the other side's boast of its kills ("claimed to have killed more than twenty soldiers", "affirme avoir
    # tué", "affirme de son côté avoir tué"), and a later figure from other voices ("des élus locaux ont ensuite
    # avancé le chiffre de 66")
    r"\bclaim(?:ed|s)?\s+(?:to\s+have|it\s+had|they\s+had)\s+killed\b|\baffirm\w*\s+(?:[\w'’-]+\s+){0,3}?avoir\s+tué\b|"
    r"\bont\s+(?:ensuite|plus\s+tard|quant\s+à\s+eux|pour\s+leur\s+part)\s+(?:avancé|évoqué|parlé)\b",
    re.IGNORECASE,
)
# a figure that replaces the earlier ones ("the government's final count", "revised these figures to")
_REVISION = re.compile(rf"\b{BARE_REVISION}\b", re.IGNORECASE)
# a figure the section calls the first ("The government first spoke of 25 soldiers killed"): the next figure of
# the same source that is not set against it as competing replaces it
_FIRST = re.compile(FIRST_FIGURE, re.IGNORECASE)
# a toll an authority announces on a later day than the first figures: the update (see toll_cues.ANNOUNCED_TOLL)
_LATER_DAY = re.compile(LATER_DAY, re.IGNORECASE)
_ANNOUNCED = re.compile(ANNOUNCED_TOLL, re.IGNORECASE)
_CAMP_RX = (("gov", _GOV), ("armed", _ARMED), ("civ", _CIV))


def camp_parts(text: str, toll: Toll) -> dict[str, int]:
    """Each camp's figure inside a toll that names several ("25 soldiers and 63 attackers" -> gov 25, armed
    63); empty unless every count of the toll is followed by one camp's noun and the parts make the whole.

    Why: a later correction of one camp's figure ("revised the military toll to 89 soldiers") replaces that
    camp's part only; the other camp's dead still count."""
    if toll.value is None or toll.end <= toll.start:
        return {}
    words = text[toll.start : toll.end]
    parts: dict[str, int] = {}
    for c in find_counts(words):
        noun = re.match(r"\s*(?:[\w-]+\s+){0,2}?[\w-]+", words[c.end :])
        camps = [k for k, rx in _CAMP_RX if noun is not None and rx.search(noun.group(0))]
        if len(camps) != 1 or camps[0] in parts:
            return {}
        parts[camps[0]] = c.value
    return parts if len(parts) > 1 and sum(parts.values()) == toll.value else {}


def loss_prose(
    text: str, units: Sequence[Unit], sections: Sequence[Section], toll_of: TollOf, *, gated: bool = True
) -> Toll | None:
    """The main event's deaths when the prose of its "Casualties" section weighs competing sources.

    A losses section often gives the official figure and then another source's ("a civil society group
    published its own count of 210"; "security sources said more than 100 soldiers died"). ACLED keeps the
    most conservative of competing figures for the same dead, while each side's dead still add up ("89
    soldiers had been killed and 77 assailants neutralised"). So a competing figure never adds: for the same
    camp as the figure so far, or for no camp in particular, the lower is kept; for a camp already counted it
    is set aside. A revised or final figure replaces the earlier ones. None when the section sets no
    competing figures against each other (the document's own reading of its tolls stands), unless ``gated``
    is off: a main event that has no toll of its own takes its losses section's figure even when only one
    source gives it, since that section exists to count the main event's dead.
    """
    mine = [
        (a, b)
        for sec in sections
        if sec.name and _LOSS_SECTION.match(sec.name.strip()) and not _LIST_LINE.search(text, sec.start, sec.end)
        for u in units
        if sec.start <= u.start < sec.end
        for a, b in _at_citations(text, u.start, u.end)
        if not _LEFT_OUT.search(text, a, b)
    ]
    if gated and not any(_COMPETING.search(text, a, b) for a, b in mine):
        return None
    total: Toll | None = None
    single: str | None = None  # the camp of the figure so far when it is of one camp only
    covered: set[str] = set()
    parts: dict[str, int] = {}  # each camp's share of the figure so far, when it names several
    provisional = False  # the figure so far is one the section calls the first
    for a, b in mine:
        t = toll_of(a, b)
        if t.value is None:
            continue
        camp = toll_camp(text, t)
        named = {c for c, rx in _CAMP_RX if rx.search(text, t.start, t.end)}
        competing = _COMPETING.search(text, a, b) is not None
        update = _REVISION.search(text, a, b) or (
            total is not None and not competing and _LATER_DAY.search(text, a, b) and _ANNOUNCED.search(text, a, b)
        )
        if total is not None and total.value is not None and update and camp is not None and camp in parts:
            # one camp's figure corrected: the other camps' dead still count
            parts[camp] = t.value
            total = Toll(sum(parts.values()), total.start, max(total.end, t.end))
            provisional = False
        elif (
            total is None
            or total.value is None
            or update
            or (provisional and not competing and (named & covered or not covered))
        ):
            total, single, covered = t, camp, named | ({camp} if camp else set())
            parts = camp_parts(text, t)
            provisional = _FIRST.search(text, a, b) is not None
        elif competing:
            if (camp is None or camp == single) and t.value < total.value:
                total = Toll(t.value, t.start, t.end)
        elif camp is not None and camp not in covered:
            total = Toll((total.value or 0) + t.value, total.start, max(total.end, t.end))
            single, covered = None, covered | {camp}
    return total


# a sentence closed by a reference mark ("... were wounded.[1] The association put ..."): the sentence splitter
# runs both sentences together, and two sources' figures would be read as one sentence's
_CITATION_END = re.compile(r"(?<=[.!?])(?:\[\d{1,3}\])+[ \t]+(?=[\"«“A-ZÀ-Ý])")


def _at_citations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, cut after each reference mark that closes one."""
    out: list[tuple[int, int]] = []
    for m in _CITATION_END.finditer(text, start, end):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, end))
    return out


_SUICIDE = re.compile(r"\bsuicide\b|\bkamikazes?\b|\battentats?-suicides?\b|\bvoiture\s+piégée\b", re.IGNORECASE)
# one attacker's own death told apart from the victims' toll (see toll_cues.BOMBER_DIED)
_BOMBER_DIED = re.compile(BOMBER_DIED, re.IGNORECASE)


def bomber_death(text: str, units: Sequence[Unit], sections: Sequence[Section], toll_of: TollOf) -> bool:
    """The suicide attacker's own death, told in a sentence of its own in the losses section.

    ACLED's fatalities count everyone the event killed, the bomber included; an article usually gives the
    victims' figure and mentions the bomber's death apart ("Four civilians were killed. The driver of the
    car also died in the blast."), so that death is one more. Only in a document that calls the attack a
    suicide one (a "driver" who died is otherwise a victim), and only when that sentence carries no figure
    of its own (a figure there is already a toll read elsewhere).
    """
    if not _SUICIDE.search(text):
        return False
    for sec in sections:
        if not sec.name or not _LOSS_SECTION.match(sec.name.strip()):
            continue
        for u in units:
            if (
                sec.start <= u.start < sec.end
                and _BOMBER_DIED.search(text, u.start, u.end)
                and toll_of(u.start, u.end).value is None
            ):
                return True
    return False


# one place's part of a toll given place by place ("100 dead: 70 in X and 30 in Y", "five killed, four of them in
# X and one in Y", "dont 70 à X"); a place name runs over capitalised words and joiners
_SHARE = re.compile(
    r"(?P<n>\d[\d,]*|[^\W\d_]+(?:-[^\W\d_]+)?)\s+(?:of\s+them\s+|d['’]entre\s+eux\s+)?(?:in|at|à|au)\s+"
    r"(?P<p>[A-ZÀ-Ý][\w'’-]*(?:[ -](?:[A-ZÀ-Ý][\w'’-]*|al-\w+|el-\w+))*)"
)
# the breakdown may follow a short phrase that names what it covers ("38 dead for the two villages: 24 in X")
_SHARE_BEFORE = re.compile(
    r"(?:^\s*(?:(?:for|in|across|pour|dans)\s+(?:the\s+|les\s+|ces\s+)?(?:two|three|four|both|deux|trois|quatre)\s+"
    r"[^\W\d_]+\s*(?=[:—–(]))?(?::|,|;|\(|—|–)?\s*(?:dont\s+|including\s+)?|\s(?:and|et)\s+$)",
    re.IGNORECASE,
)


def _fold(name: str) -> str:
    return strip_accents(name).lower().replace("’", "'").strip()


def place_share(text: str, toll: Toll, sent_end: int, names: Sequence[str], title: str = "") -> Toll | None:
    """The main place's part of a toll that the same sentence breaks down by place.

    ACLED codes one event per location: "a toll of 100: 70 in X and 30 in Y" is two events, and an article's
    main event is the one at its own place (the place it is coded at, else the first of the breakdown's places
    that its title names). ``names`` are those places, best first. None when the sentence gives no breakdown,
    when the parts add up to more than the toll, or when none of them is at one of ``names``.
    """
    if toll.value is None or toll.end <= toll.start:
        return None
    shares: list[tuple[int, str, int, int]] = []
    pos = toll.end
    for m in _SHARE.finditer(text, toll.end, sent_end):
        if not _SHARE_BEFORE.search(text[pos : m.start()]) or "." in text[pos : m.start()]:
            break
        n = parse_count(m.group("n").replace(",", ""))
        if n is None:
            break
        shares.append((n, m.group("p"), m.start(), m.end()))
        pos = m.end()
    if len(shares) < 2 or sum(n for n, *_ in shares) > toll.value:
        return None
    for name in names:
        key = _fold(name)
        for n, place, a, b in shares:
            p = _fold(place)
            if key and (p == key or p.startswith(key + " ") or key.startswith(p + " ")):
                return Toll(n, a, b)
    titled = [(_fold(title).find(_fold(p)), n, a, b) for n, p, a, b in shares if _fold(p) in _fold(title)]
    if titled:
        _, n, a, b = min(titled)
        return Toll(n, a, b)
    return None
