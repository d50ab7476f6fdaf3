"""Whether a sentence of a long text reports an act: its mood, and trigger words that name things.

Long texts hold many event words that are not events: modal and conditional wording ("could attack"),
announcements of a death reported elsewhere, weapons named after acts ("attack helicopter") and asides in
relative clauses. Each rule here is a reason to drop a sentence or trigger before a frame is built.
"""

from __future__ import annotations

import re

from sitrep.nlp import lang
from sitrep.nlp.triggers import Trigger

__all__ = ["CLAIMED", "not_an_act", "relative_clauses", "sentence_mood", "told_elsewhere"]


_IRREALIS = re.compile(
    r"\b(?:could|would|might|will|shall|should|must|cannot|can't|can|won't|wouldn't|likely|unlikely|"
    r"possibl[ey]|probabl[ey]|perhaps|expected to|plans? to|planned to|planning to|intends? to|intended to|"
    r"threat(?:en(?:s|ed)?)? to|aims? to|aimed at|attempt(?:s|ed|ing)? (?:to|at)|attempt to|"
    r"tr(?:y|ies|ied|ying) to|endeavou?r\w*|seeks? to|sought to|in order to|if|unless|whether|ongoing|"
    r"current(?:ly)?|continu(?:e|es|ing) to|ruled out|suggests?|potential(?:ly)?|future|hypothetical\w*|"
    r"risks?|risked|whenever|usually|often|generally|typically)\b"
    r"|\bmay\b",  # lower-case only: "May" is a month
    re.IGNORECASE,
)
# French modality: a conditional or intended act ("pourrait attaquer", "devait se tenir", "tenté de"); the
# reportative conditional ("aurait été tué": reportedly killed) still reports an act, so it is not here
_IRREALIS_FR = re.compile(
    r"\b(?:pourr\w+|pouvai\w+|peu[tv]ent|peut|devr\w+|devai\w+|doi[tv]ent|doit|risquent|risque\w*|"
    r"menac\w+\s+d[e']|tent\w*\s+d[e']|tentative|envisag\w+|prévo\w+|prévu\w*|projet\w*\s+d[e']|"
    r"cherch\w+\s+à|afin\s+d[e']|pour\s+(?=\w+er\b)|si|sinon|probabl\w+|éventuel\w*|en\s+cours|"
    r"continu\w+\s+(?:de|à)|souvent|généralement|habituellement)\b",
    re.IGNORECASE,
)
_ANNOUNCE = re.compile(
    r"\b(?:announc\w+|confirm\w*|acknowledg\w+|declar\w+|said|says|stated|reported|indicated|recogni[sz]\w+|"
    r"denied|tweeted|wrote|revealed|published|statement|communiqu\w+|press release|video|"
    r"annonc\w+|reconn\w+|déclar\w+|indiqu\w+|revendiqu\w+|démenti)\b",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\b(?:death|deaths|killings?|loss|capture|neutrali[sz]ation|elimination|attacks?|raids?|operation|strikes?|"
    r"assassination|execution|kidnapping|abduction|ambush|bombing|massacre|"
    r"mort|décès|assassinat|exécution|enlèvement|attaques?|attentats?|neutralisation|élimination|capture)\b",
    re.IGNORECASE,
)
# A whole war's or campaign's running toll ("the fighting had killed more than 2,000 people", "the conflict
# has killed thousands"): perfect aspect with the conflict itself as the subject looks back over many acts.
_SUMMARY = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:fighting|war|conflict|offensive|campaign|violence|"
    r"insurgency|crisis|unrest|siege)\s+(?:\w+\s+){0,4}?(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:killed|claimed|cost|left)\b",
    re.IGNORECASE,
)
# a claim of responsibility ("IS claimed the raid the next day", "JNIM claimed responsibility for the
# attack", "le GSIM a revendiqué les attaques"): news about an act told elsewhere, whose claimant is its
# author (see :data:`CLAIMED`), never a second attack; "the attack claimed the lives of" is the act itself
CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|revendiqu\w*)\s+(?:(?:the\s+)?responsibility\s+for\s+|la\s+responsabilité\s+"
    r"(?:de\s+|des\s+|du\s+)?)?(?:the|this|that|these|those|its|their|both|le|la|les|l'|cette|ces|cet)\s*"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# French news about an act told elsewhere, in a sentence with no trigger of its own ("la ministre a annoncé
# la mort de X le 5 juin", "AQMI a reconnu la mort de son chef"): "la mort" is not a trigger word in French
# (it names states as often as acts), so the sentence would otherwise lend its date to the act's frame
_TOLD_FR = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:annoncé|confirmé|reconnu|démenti|revendiqué|indiqué|déclaré|"
    r"rapporté|salué|déploré|condamné)\s+(?:\w+\s+){0,3}?(?:la\s+mort|le\s+décès|la\s+disparition|"
    r"l'élimination|la\s+neutralisation|l'assassinat|l'exécution|la\s+capture|l'enlèvement|l'attaque|"
    r"l'attentat|les\s+attaques|les\s+attentats|l'opération)\b",
    re.IGNORECASE,
)


def told_elsewhere(sentence: str, language: str | None = None) -> bool:
    """A trigger-less French sentence that announces, confirms or claims an act reported elsewhere."""
    return lang.pick(language) == "fr" and bool(_TOLD_FR.search(sentence))


# a crowd that tried to go somewhere ("a group of protesters tried to march on the palace", "des manifestants
# ont tenté de rejoindre la présidence") was there and demonstrating: the attempt is of the march's goal, so
# the crowd named as the trigger is a report, not an irrealis act
_CROWD_NOUN = re.compile(r"(?:protesters?|demonstrators?|marchers?|manifestant(?:e|s|es)?|marcheurs?)", re.IGNORECASE)
_ATTEMPT = re.compile(r"\b(?:attempt(?:s|ed|ing)?\s+to|tr(?:y|ies|ied|ying)\s+to|tent\w*\s+d[e'])", re.IGNORECASE)

_CLAUSE_BREAK = re.compile(r";|:|—| – |,\s*(?:but|while|whereas|although|though|since|because)\b|\bbut\b")


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` around offset ``pos`` (relative), by coordinating punctuation."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def sentence_mood(text: str, start: int, end: int, trigger: Trigger) -> str:
    """``report``, ``irrealis`` (modal, conditional, attempted, ongoing), ``announcement``, ``claim`` or
    ``summary``.

    An announcement ("the minister announced the death of X", "X's death is also confirmed") is news
    about an event reported elsewhere, not a new event; a report followed by its attribution ("soldiers
    killed X, the minister said") stays a report.
    """
    sent = text[start:end]
    t0 = trigger.start - start
    lo, hi = _clause(sent, t0)
    clause = sent[lo:hi]
    if _CROWD_NOUN.fullmatch(trigger.text):
        clause = _ATTEMPT.sub(lambda m: " " * len(m.group(0)), clause)
    if lang.current() == "fr":
        bare = clause
        for a, b in relative_clauses(clause, "fr"):  # ", où devait se tenir une réunion": an aside's mood
            bare = bare[:a] + " " * (b - a) + bare[b:]
        if _IRREALIS_FR.search(bare) or "?" in sent:
            return "irrealis"
    for m in _IRREALIS.finditer(clause):
        word = m.group(0)
        if word == "May" or word == "Will":
            continue
        if word.lower() in ("can", "will") and re.match(r"\s*(?:of|$)", clause[m.end() :]):
            continue
        return "irrealis"
    if "?" in sent:
        return "irrealis"
    before = sent[:t0]
    if any(m.start() <= t0 - lo < m.end() for m in _SUMMARY.finditer(clause)):
        return "summary"  # a running total, not one act: its date is the tally's, not an event's
    nominal = bool(_NOMINAL.fullmatch(trigger.text)) or trigger.text.lower() in ("death", "deaths", "killing", "mort")
    if nominal and CLAIMED.search(before[-80:]):
        return "claim"
    if nominal and _ANNOUNCE.search(before[-120:]):
        return "announcement"
    if nominal and re.match(
        r"[^.;]{0,40}?\b(?:is|was|were|has been|had been)\s+(?:also\s+|officially\s+)?"
        r"(?:confirmed|announced|acknowledged|claimed|reported)",
        sent[trigger.end - start :],
    ):
        return "announcement"
    if re.search(r"\b(?:confirmation|news|announcement|reports?) of\s+(?:the\s+)?$", before):
        return "announcement"
    return "report"


def not_an_act(text: str, trig: Trigger) -> bool:
    """Trigger words that name a thing, not an act, in long texts ("attack helicopter", "fighters",
    "C-IED", "a statement released")."""
    word = trig.text.lower()
    before = text[max(0, trig.start - 25) : trig.start]
    after = text[trig.end : trig.end + 25]
    if re.search(r"(?:\bC-|\bcounter[- ]?)$", before, re.IGNORECASE):
        return True
    if word.startswith("fighter"):
        return True
    if trig.cls in ("attack", "air") and re.match(
        r"\s*(?:helicopters?|aircraft|jets?|planes?|drones?|submarines?|dogs?)\b", after, re.IGNORECASE
    ):
        return True
    if word in ("released", "published", "issued") and re.search(
        r"\b(?:statement|video|message|communiqu\w+|report|audio|recording|photos?)\b[\w\s,]{0,15}$",
        before,
        re.IGNORECASE,
    ):
        return True
    return bool(
        trig.cls == "clash"
        and re.search(
            r"\b(?:fight|struggle|battle) (?:for|against) (?:peace|terror)", text[trig.start : trig.end + 20], re.I
        )
    )


def relative_clauses(sent: str, language: str | None = None) -> list[tuple[int, int]]:
    """Non-restrictive relative clauses (", which ... ,", ", who ... ,"): asides, not the event's frame."""
    out = []
    for m in re.finditer(r",\s*(?:which|who|whose|whom)\b[^,;.]*(?:[,.]|$)", sent):
        out.append((m.start(), m.end()))
    if lang.pick(language) == "fr":  # ", où devait se tenir ...", ", qui ...", ", dont ..."
        for m in re.finditer(r",\s*(?:où|qui|dont|lequel|laquelle|lesquels|lesquelles)\b[^,;.]*(?:[,.]|$)", sent):
            out.append((m.start(), m.end()))
    return out
