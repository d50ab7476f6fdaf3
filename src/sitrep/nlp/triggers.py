"""Event triggers: the words that say what happened, and ACLED typing from trigger + who was targeted.

A trigger class is a coarse act ("explosive", "abduct", "arrest"...). The ACLED type needs more than the
word: "killed" is a Battle when soldiers fought militants and Violence against civilians when the victims
were villagers, so :func:`type_event` takes the trigger classes of the sentence and the kinds of the actors
found on each side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.nlp import lang
from sitrep.nlp.background import background_spans, in_spans
from sitrep.nlp.event_types import ARMED as ARMED
from sitrep.nlp.event_types import CIVILIAN_KINDS as CIVILIAN_KINDS
from sitrep.nlp.event_types import VIOLENT, names_unarmed_victim, type_event
from sitrep.nlp.event_types import main_class as main_class
from sitrep.nlp.triggers_en import _LEXICON, _PREFIX, _PREFIX_CLS
from sitrep.nlp.triggers_fr import FR_LEXICON, FR_PREFIX, FR_PREFIX_CLS

__all__ = [
    "Trigger",
    "earlier_act_spans",
    "find_triggers",
    "in_grievance",
    "in_org_name",
    "names_unarmed_victim",
    "type_event",
]


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    cls: str

    @property
    def violent(self) -> bool:
        return self.cls in VIOLENT


def _compile(lexicon: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every lexicon entry, each in a named group that tells its class.

    The word boundary is tested once before the alternation rather than at the head of every entry: inside a
    word the match then fails after one test instead of one per entry (the lexicons hold hundreds)."""
    pattern = re.compile(
        "\\b(?:" + "|".join(f"(?P<{cls}_{i}>{pat})" for i, (cls, pat) in enumerate(lexicon)) + ")", re.IGNORECASE
    )
    return pattern, {f"{cls}_{i}": cls for i, (cls, _pat) in enumerate(lexicon)}


_RE, _GROUP_CLS = _compile(_LEXICON)
_RE_FR, _GROUP_CLS_FR = _compile(FR_LEXICON)


def find_triggers(text: str, offset: int = 0, language: str | None = None) -> list[Trigger]:
    """Every trigger word in ``text`` (a sentence), with character offsets shifted by ``offset``.

    ``language`` picks the lexicon ("en", "fr"); None: the language of the extraction in progress."""
    french = lang.pick(language) == "fr"
    prefix, prefix_cls = (FR_PREFIX, FR_PREFIX_CLS) if french else (_PREFIX, _PREFIX_CLS)
    lexicon, group_cls = (_RE_FR, _GROUP_CLS_FR) if french else (_RE, _GROUP_CLS)
    out: list[Trigger] = []
    pm = prefix.match(text)
    if pm:
        cls = prefix_cls[pm.group(1).lower()]
        out.append(Trigger(offset + pm.start(1), offset + pm.end(1), pm.group(1), "prefix:" + cls))
    for m in lexicon.finditer(text):
        group = m.lastgroup
        if group is None:
            continue
        cls = group_cls[group]
        if (
            not french
            and cls == "protest"
            and m.group(0) in ("March", "march")
            and _MONTH_CONTEXT.search(text[max(0, m.start() - 12) : m.end() + 6])
        ):
            continue  # the month, not a march
        if cls == "explosive" and m.group(0).lower() in ("mine", "mines") and not weapon_mine(text, m.start(), m.end()):
            continue  # a gold mine, its workers: a place of work, not a weapon
        if in_org_name(text, m.start(), m.end()):
            continue  # "Government of National Accord", "Rally for the Republic": a name, not an act
        out.append(Trigger(offset + m.start(), offset + m.end(), m.group(0), cls))
    out = [t for t in out if not _cited_agreement(text, offset, t)]
    if french:
        out = _drop_grievances(text, offset, _writer_words_outside_quote(text, offset, out), _GRIEVANCE_FR)
    else:
        out = _drop_grievances(text, offset, out, _GRIEVANCE)
    return _drop_background(text, offset, out)


# an agreement cited as the frame of another act ("handed over its base in line with the 2015 peace agreement",
# "conformément à l'accord d'Alger"): the pact was made earlier, nothing was agreed that day (ACLED codebook,
# Strategic developments: Agreement is the signing or the announcement of one)
_CITED_FRAME = re.compile(
    r"\b(?:in\s+line\s+with|in\s+accordance\s+with|in\s+keeping\s+with|pursuant\s+to|under|as\s+part\s+of|"
    r"as\s+(?:provided|required|foreseen)\s+(?:for\s+)?(?:by|in)|in\s+(?:the\s+)?framework\s+of|"
    r"conformément\s+(?:à|aux?)|dans\s+le\s+cadre\s+d[eu']|en\s+application\s+d[eu']|"
    r"en\s+vertu\s+d[eu'])\s*(?:(?:the|its|their|this|that|l['’]|la|le|les|des?|du)\s*)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


_PACT_WORD = re.compile(r"(?:[\w-]+\s+)?(?:agreements?|accords?|deal|pact|pacte)", re.IGNORECASE)


def _cited_agreement(text: str, offset: int, t: Trigger) -> bool:
    """Whether an agreement word names a pact the sentence only cites as the frame of another act."""
    if t.cls != "agreement" or not _PACT_WORD.fullmatch(t.text):
        return False
    start = t.start - offset
    return bool(_CITED_FRAME.search(text[max(0, start - 80) : start]))


# the words that head or close the names of parties, movements and governments ("Government of National Accord",
# "Rally for the Republic", "Rassemblement pour le Mali", "Entente ..."): capitalised, inside a name, they name
# a party and tell no pact and no demonstration
_ORG_WORD = re.compile(
    r"(?-i:Accords?|Rall(?:y|ies)|Entente|Alliance|Front|Union|Movement|Coordination|Convention|Rassemblement|"
    r"Mouvement|Pacte|Pact|Platform|Plateforme)",
)
# a capitalised word joined to the name's earlier words by "of", "for", "de", "pour" ("Government of National ")
_NAME_BEFORE = re.compile(
    r"(?-i:[A-Z][\w'’-]+ (?:of|for|de|du|des|pour)(?: the| la| le| l['’])? (?:[A-Z][\w'’-]+ ){0,3})$",
)
# the name's later words after "for", "of", "pour", "du" ("Rally for the Republic", "Rassemblement pour le Mali")
_NAME_AFTER = re.compile(r"(?-i: (?:for|of|pour|du|des|de)(?: the| la| le| l['’])? ?[A-Z][\w'’-]+)")


def in_org_name(text: str, start: int, end: int) -> bool:
    """Whether the trigger word at ``text[start:end]`` is a word of an organisation's name (a party, a
    government, a movement) rather than the act it names elsewhere. Only a capitalised word inside the
    sentence counts, and only when the name around it is joined by "of", "for", "de", "pour": "the Algiers
    Accord" stays an accord, "Government of National Accord" is a government."""
    if start == 0 or not _ORG_WORD.fullmatch(text, start, end):
        return False
    return bool(_NAME_BEFORE.search(text[max(0, start - 80) : start]) or _NAME_AFTER.match(text, end))


# A bare "mine" is a weapon only where the sentence says so: something hits it or runs over it, it explodes, it
# pairs with an IED ("IED/mine"), or it is anti-tank or artisanal; otherwise it is a place of work ("the Inata gold
# mine", "mine workers")
_MINE_BEFORE = re.compile(
    r"(?:\b(?:hit|hits|hitting|struck|strikes|striking|ran|runs|run|drove|driving|stepped|triggered|planted|laid|"
    r"set off|detonated|by|on|over|into)\b(?: an?| the| one)?(?: \w+)?|/|\banti-?\w*|\bat-)\s*$",
    re.IGNORECASE,
)
_MINE_AFTER = re.compile(
    r"^(?:\s*/|\s+(?:blasts?|explosions?|detonations?|attacks?|strikes?|incidents?|exploded|explodes|went off|"
    r"detonated|blew|hit|hits|struck|strikes|killed|artisanal|anti))",
    re.IGNORECASE,
)
_MINE_TRADE = re.compile(r"\b(?:gold|uranium|coal|copper|iron|salt|diamond|phosphate|mining|open-pit)\s+$", re.I)


def weapon_mine(text: str, start: int, end: int) -> bool:
    """Whether the word "mine" at ``text[start:end]`` names a weapon rather than a mining site."""
    before = text[max(0, start - 30) : start]
    if _MINE_TRADE.search(before):
        return False
    return bool(_MINE_BEFORE.search(before) or _MINE_AFTER.match(text[end : end + 20]))


# a quotation between straight, curly or French marks ('...', "...", « ... »); an apostrophe inside a word is none
_QUOTE = re.compile(r"(?<!\w)'[^'\n]{3,}?'(?!\w)|\"[^\"\n]{3,}?\"|“[^”\n]{3,}?”|‘[^’\n]{3,}?’|«[^»\n]{3,}?»")


def _writer_words_outside_quote(text: str, offset: int, found: list[Trigger]) -> list[Trigger]:
    """An English bulletin quoting a French statement ("Air force strikes near Kaya: 'une trentaine de
    terroristes neutralisés' per army statement") reads as French by its function words, but its own act is
    told outside the quotation: when every French trigger lies inside a quotation, the English words outside it
    are read too, and they come first (the quotation tells the outcome the source claims)."""
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    real = [t for t in found if not t.cls.startswith("prefix:")]
    if not quotes or not real or not all(in_spans(t.start - offset, quotes) for t in real):
        return found
    blanked = text
    for s, e in quotes:
        blanked = blanked[:s] + " " * (e - s) + blanked[e:]
    own = [t for t in find_triggers(blanked, offset, "en") if not t.cls.startswith("prefix:")]
    return own + found if own else found


# an earlier act dated from the event by an interval: "Two days after militias killed four men, ...", "a week after
# a trader was shot dead", "au lendemain du retrait de l'armée", "deux jours après l'attaque de"; the clause tells
# what came before (often the cause), and ACLED codes the act of the main clause (codebook: one event per record,
# typed by the act reported)
_EARLIER_ACT = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+after|"
    r"the\s+(?:day|week|month)\s+after|"
    r"(?:un|une|deux|trois|quatre|cinq|six|quelques|plusieurs|\d+)\s+(?:jours?|semaines?|mois)\s+après|"
    r"au\s+lendemain\s+d(?:e|u|es|['’]))\s+",
    re.IGNORECASE,
)
_EARLIER_ACT_END = re.compile(r"[,;:()\u2013\u2014]|\.(?:\s|$)")


def earlier_act_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that tell an earlier act dated from the event ("Two days after X killed Y,"):
    its trigger words and sides are not the event's (see ``_EARLIER_ACT``)."""
    out: list[tuple[int, int]] = []
    for m in _EARLIER_ACT.finditer(sentence):
        end = _EARLIER_ACT_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end else len(sentence)))
    return out


def _drop_background(text: str, offset: int, found: list[Trigger]) -> list[Trigger]:
    """Triggers outside the sentence's background clauses (:mod:`sitrep.nlp.background`), when any are left:
    an earlier event, a negated act or an accusation does not type the event the sentence reports."""
    spans = background_spans(text) + earlier_act_spans(text)
    if not spans:
        return found
    keep = [t for t in found if t.cls.startswith("prefix:") or not in_spans(t.start - offset, spans)]
    return keep if any(not t.cls.startswith("prefix:") for t in keep) else found


# What a crowd protests about or reacts to is not an act of the demonstration ("a rally against Haftar's
# offensive", "rioted after a student was killed by a police vehicle"): ACLED codes the demonstration by its
# own conduct, and the grievance, when it is an event at all, is another one.
# ("marched to demand the release of two health workers kidnapped last week": the kidnapping is what they ask
# to undo, not an act of the march)
_GRIEVANCE = re.compile(
    r"\b(?:against|denounc\w*|condemn\w*|in protest (?:at|over|against)|to protest(?: against)?|over|"
    r"in support of|in solidarity with|justice for|after|following|"
    r"(?:demand\w*|call\w*\s+for|ask\w*\s+for|seek\w*)\s+(?:the\s+)?(?:release|return|liberation|freedom)\s+of)"
    r"\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
# the same in French: "pour protester contre la mort d'un commerçant", "après l'arrestation de", "pour exiger
# la libération de"
_GRIEVANCE_FR = re.compile(
    r"\b(?:contre|dénon\w*|condamn\w*|pour\s+protester(?:\s+contre)?|en\s+soutien\s+[àa]|"
    r"en\s+solidarit[ée]\s+avec|après|suite\s+[àa]|[àa]\s+la\s+suite\s+d[eu']|"
    r"(?:exig\w*|réclam\w*|demand\w*)\s+(?:la\s+)?(?:libération|retour)\s+d[eu']?)"
    r"\s*(?:[\w'’-]+\s+){0,5}(?:[dl]['’])?$",
    re.IGNORECASE,
)


def in_grievance(text: str, pos: int, language: str = "en") -> bool:
    """True when ``pos`` (in ``text``, one sentence) lies in what a demonstration was about."""
    crowd = [t.start for t in find_triggers(text, 0, language) if t.cls in ("protest", "riot")]
    first = min(crowd) if crowd else None
    if first is None or pos <= first:
        return False
    grievance = _GRIEVANCE_FR if language == "fr" else _GRIEVANCE
    return bool(grievance.search(text[max(first, pos - 60) : pos]))


def _drop_grievances(text: str, offset: int, found: list[Trigger], grievance: re.Pattern[str]) -> list[Trigger]:
    crowd = [t for t in found if t.cls in ("protest", "riot")]
    if not crowd:
        return found
    first = min(t.start for t in crowd)
    keep: list[Trigger] = []
    dropped: Trigger | None = None
    for t in found:
        if (
            (t.violent or t.cls == "shoot")
            and dropped is not None
            and _SAME_GRIEVANCE.fullmatch(text[dropped.end - offset : t.start - offset])
        ):
            # "after police killed a man and wounded two": the grievance's second verb is still the grievance
            dropped = t
            continue
        # "against the detention of a trader by Barkhane": an arrest in the grievance is no intervention either
        if (t.violent or t.cls == "arrest") and t.start > first:
            before = text[max(0, first - offset, t.start - offset - 60) : t.start - offset]
            if grievance.search(before) and not any(u.violent and u.start < t.start and u not in crowd for u in keep):
                dropped = t
                continue
        keep.append(t)
    return keep


# the words between two verbs of one grievance clause: a short object, then "and" (no clause break)
_SAME_GRIEVANCE = re.compile(r"[^.,;:]{0,40}?\b(?:and|et)\s+(?:\w+\s+){0,2}", re.IGNORECASE)


_MONTH_CONTEXT = re.compile(
    r"\d\s*march|march\s*\d|\b(?:in|on|of|since|early|late|mid|end|until|from|to|between|last|next)[\s-]+march",
    re.IGNORECASE,
)
