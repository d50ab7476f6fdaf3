"""Clauses of a sentence that are not the event it reports: an earlier event told as background, an act the
sentence says did not happen, and what a victim was accused of.

ACLED codes one event per record from what happened in it (ACLED codebook, "event type": the type is
decided by the act reported, its actors by who took part). A sentence often carries more: "soldiers killed
four militants *who had executed a trader*" (the pluperfect puts the execution before the killing: another
event, not this one's type), "the market stayed shut *following recent raids by bandits*", "the town
changed hands *without any fighting*" (a negated act), "a trader *accused of informing for the gendarmes*"
(the army is the reason given, not a party). The trigger words and actor names inside such clauses are
left out of the sentence's draft, as long as something of the sentence is left to code.
"""

from __future__ import annotations

import re

__all__ = ["background_spans", "in_spans"]

# Where a background clause ends: the next clause break (comma, semicolon, dash, closing bracket), the main
# clause's passive verb ("a herder accused of spying for the army *was shot* by ...") or the end of the sentence.
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\.(?:\s|$)|\s(?=(?:was|were|a\s+été|ont\s+été)\s)")

# The start of a clause that reports an earlier or non-event, in English and French.
_OPENERS = re.compile(
    # pluperfect relative clause: "who had attacked", "which had previously abducted", "qui avait tué"
    r"\b(?:who|whom|which|that)\s+(?:(?:previously|earlier|formerly|recently)\s+)?had\s+(?:(?:previously|"
    r"earlier|formerly|recently|already)\s+)?(?:been\s+)?"
    r"|\b(?:who|which)\s+(?:previously|earlier|formerly)\s+"
    r"|\bqui\s+avai(?:en)?t\s+"
    # an earlier event named as the cause or the setting: "following recent raids", "after last week's raid"
    r"|\b(?:following|after|since|despite)\s+(?:the\s+|a\s+|an\s+)?(?:recent|earlier|previous|prior|past|"
    r"last\s+(?:week|month|year)'s)\s+"
    r"|\b(?:recently|previously|already|earlier)\s+(?:experienced|witnessed|saw|suffered|seen|known|"
    r"been\s+(?:hit|targeted|the\s+scene)\s+(?:by|of))\s+"
    # a negated act: "without any fighting", "with no resistance", "sans combat"
    r"|\b(?:without|with\s+no)\s+(?:any\s+|a\s+(?:single\s+)?)?(?=(?:fight|clash|resist|combat|shot|"
    r"violence|bloodshed|casualt|exchange))"
    r"|\bsans\s+(?:aucun\s+|aucune\s+)?(?=(?:combat|affrontement|résistance|violence|heurt))"
    # harm the sentence says nobody suffered: "no one was injured", "nobody was hurt or killed"
    r"|\b(?:no\s+one|nobody|no-one)\s+(?:was|were|got)\s+(?:\w+ly\s+)?(?=(?:injur|wound|hurt|harm|kill))"
    # what someone was accused or suspected of: "accused of informing for the gendarmes"
    # (the thing suspected is an act or a tie, never a group's name: "suspected members of JNIM" stays)
    r"|\b(?:accus(?:ed|ing)|suspected|suspicion)\s+(?:(?:him|her|them|me|us|the\s+\w+)\s+)?of\s+[\"'“]?"
    r"(?=\w+ing\b|complicity|collusion|links?\b|ties\b|involvement|support|membership|belonging)"
    r"|\b(?:accusée?s?|soupçonnée?s?)\s+d[e']\s*",
    re.IGNORECASE,
)


_NEGATION = re.compile(r"(?:without|with\s+no|sans)\b", re.IGNORECASE)
_NOUN = re.compile(r"[\w'’-]+")


def background_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans of ``sentence`` that belong to background clauses (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for m in _OPENERS.finditer(sentence):
        # the clause runs to the next break, skipping a quote's opening mark
        if _NEGATION.match(m.group(0)):
            # a negated act ends with its noun: "took the town without a fight after the garrison withdrew"
            # still reports the withdrawal
            noun = _NOUN.match(sentence, m.end())
            out.append((m.start(), noun.end() if noun else m.end()))
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end else len(sentence)))
    return out


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans``."""
    return any(s <= pos < e for s, e in spans)
