"""Who claimed, or was blamed for, a document's main event.

An article often names the author of its event only after the account, in a line of its own or in its
aftermath: "JNIM claimed the attack in a statement on 2 January", "L'attaque a été revendiquée par l'EIGS",
"The government blamed the LNA". ACLED codes a claimant as the author of the act it claims, and an
attacker the account leaves unnamed as the one blamed for it. A claim of *another* act ("claimed the
attack on Boni") or a denial ("No group claimed the attack") names no author of this one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.nlp.actor_claims import EARLIER_SECTION, PARENT_OF
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_frames import Frame
from sitrep.nlp.doc_layout import DocumentContext

if TYPE_CHECKING:
    from sitrep.nlp.extract import _State

__all__ = ["claim_authors", "with_claims"]

_ACT = (
    r"(?:attacks?|ambush(?:es)?|bombings?|operations?|assaults?|raids?|strikes?|killings?|massacres?|kidnappings?|"
    r"abductions?|attaques?|embuscades?|attentats?|op[ée]rations?|assauts?|raids?|frappes?|enl[eè]vements?|tueries?|"
    r"massacres?|it|them)"
)
# "claimed both operations", "a revendiqué les deux attaques": a count of the acts claimed
_BOTH = r"(?:(?:both|the\s+two|les\s+deux|ces\s+deux)\s+)?"
# an apposition describing the group before its verb ("JNIM, the Sahel branch of al-Qaeda, claimed",
# "le GSIM, lié à al-Qaïda, a revendiqué"): the group still claims
_APPOSITION = r"(?:,\s*(?:the|a|an|its|their|le|la|l'|un|une|[\w'’-]+['’]s|li[ée]e?\s+[àa])\s+[^,.;()]{1,60},)?"
# a leader's name between the group and its verb ("la faction de X dirigée par Abubakar Shekau revendique",
# "X, led by Iyad Ag Ghaly, claimed"): the group still claims
_LED_BY = (
    r"(?:,?\s*(?:led|headed|commanded)\s+by|,?\s*(?:dirigée?s?|men[ée]e?s?|command[ée]e?s?)\s+par)\s+"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},?\s+"
)
_CLAIM_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\)\s*)?"
    + _APPOSITION
    + r"(?:"
    + _LED_BY
    + r")?,?\s*(?:(?:later|also|quickly|subsequently|swiftly|soon|then|officially|"
    r"a\s+ensuite|a|ont|aussi|rapidement)\s+)*(?:claimed|revendiqu\w*)\s+(?P<obj>responsibility|la\s+responsabilit[ée]|"
    r"(?:the|this|these|l'|la|le|les|cette|cet|ces)\s*" + _BOTH + _ACT + r"|" + _BOTH + _ACT + r")\b",
    re.IGNORECASE,
)
_CLAIM_BEFORE = re.compile(
    r"\b(?:claimed|revendiqu[ée]e?s?)(?:\s+(?:the\s+next\s+day|the\s+following\s+day|later|le\s+lendemain|"
    r"the\s+same\s+day|shortly\s+afterwards?|plus\s+tard|"
    # a date between the verb and its agent: "revendiquée le 21 août par", "claimed on 3 May by"
    r"(?:on|le)\s+(?:\d{1,2}(?:er)?\s+\w+|\w+\s+\d{1,2})(?:,?\s+\d{4})?))?,?\s+(?:by|par)\s+"
    r"(?:the\s+|l'|le\s+|la\s+|les\s+)?$",
    re.IGNORECASE,
)
_BLAME_BEFORE = re.compile(
    r"\b(?:blamed|accused|attributed\s+(?:the\s+)?\w+\s+to|imputed\s+\w+\s+to|accus[ée]\w*|imput[ée]\w*\s+\w+\s+[àa]|"
    r"attribu[ée]+e?s?\s+[àa])"
    r"\s+(?:the\s+|l'|le\s+|la\s+|les\s+)?$",
    re.IGNORECASE,
)
# the claim is of another act when a place, not a date, follows its object: "claimed the attack on Boni"
_OTHER_ACT = re.compile(
    r"^\s+(?:on|at|in|against|near|of|contre|de|du|d'|à|pr[èe]s\s+de)\s+(?:the\s+)?(?!(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|janvier|f[ée]vrier|mars|avril|mai|juin|"
    r"juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b)[A-Z]"
)
_DENIED = re.compile(r"\b(?:no|none|not|never|aucun\w*|pas|ni|denied|d[ée]menti)\b", re.IGNORECASE)
# the document says its own act went unclaimed ("L'engin n'a pas été revendiqué", "No group has claimed
# the attack"): a claim it tells elsewhere is of another act, unless it came later ("JNIM later claimed")
_UNCLAIMED = re.compile(
    r"\b(?:n'(?:a|ont)\s+(?:pas|jamais|toujours\s+pas)\s+été\s+revendiqu|non\s+revendiqu|"
    r"(?:was|were|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?claimed|unclaimed|"
    r"no\s+(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed|"
    r"(?:aucun\s+groupe|personne)\s+n'a\s+(?:encore\s+)?revendiqu)",
    re.IGNORECASE,
)
# "No group claimed the attack at first": the act went unclaimed only for a while; the claim told next is of it
_AT_FIRST = re.compile(
    r"\b(?:at\s+first|initially|in\s+the\s+first\s+(?:hours|days)|d'abord|dans\s+un\s+premier\s+temps|"
    r"dans\s+les\s+premi[eè]res\s+heures|au\s+d[ée]part)\b",
    re.IGNORECASE,
)
_LATER = re.compile(r"\b(?:later|subsequently|eventually|finally|ensuite|finalement)\b", re.IGNORECASE)
_EARLIER = EARLIER_SECTION


def claim_authors(text: str, st: _State, ctx: DocumentContext) -> tuple[list[ActorHit], list[ActorHit], frozenset[str]]:
    """Actors the document says claimed its act, and actors it says were blamed for it (outside background
    sections, which tell earlier acts)."""
    claims: list[ActorHit] = []
    blamed: list[ActorHit] = []
    accusers: set[str] = set()
    unclaimed = any(
        _UNCLAIMED.search(text, u.start, u.end) and not _AT_FIRST.search(text, u.start, u.end)
        for u in ctx.units
        if u.narrative
        and u.zone not in ("analysis", "skip")
        and not (u.section >= 0 and _EARLIER.search(ctx.sections[u.section].name))
    )
    for u in ctx.units:
        if not u.narrative or u.zone in ("analysis", "skip"):
            continue
        if u.section >= 0 and _EARLIER.search(ctx.sections[u.section].name):
            continue
        for h in st.actors:
            if not (u.start <= h.start < u.end) or h.kind in ("civilian", "ethnic_group"):
                continue
            before = text[max(u.start, h.start - 50) : h.start]
            if PARENT_OF.search(before[-30:]):
                continue  # "JNIM, the Sahel branch of al-Qaeda, claimed": the parent only describes the claimant
            after = _CLAIM_AFTER.match(text[h.end : min(u.end, h.end + 120)])
            # the act went unclaimed: a claim told beside it is of another act (a blame still names its author)
            other = unclaimed and not _LATER.search(text, max(u.start, h.start - 40), min(u.end, h.end + 40))
            if after is not None:
                if (
                    not other
                    and not _DENIED.search(before[-15:])
                    and not _OTHER_ACT.match(text[h.end + after.end() : u.end])
                ):
                    claims.append(h)
            elif _CLAIM_BEFORE.search(before):
                if not other:
                    claims.append(h)
            elif _BLAME_BEFORE.search(before):
                blamed.append(h)
                accusers.update(a.entry.key for a in st.actors if u.start <= a.start < h.start and a.kind == h.kind)
    return claims, blamed, frozenset(accusers - {h.entry.key for h in blamed})


def with_claims(f: Frame, claims: list[ActorHit], blamed: list[ActorHit], accusers: frozenset[str]) -> None:
    """The first claimant (else the first actor blamed, where the frame's only attackers are unidentified or
    its accusers) is the frame's actor1; its other roles in the frame are dropped, and an accuser made actor1
    is the side that was hit (the one that names who struck it)."""
    if claims:
        author = claims[0]
    elif blamed and all(
        h.kind == "unidentified" or "{country}" in h.entry.key or h.entry.key in accusers or h.entry == blamed[0].entry
        for h, role in f.actors
        if role == "actor1"
    ):
        author = blamed[0]
    else:
        return
    kept = [(h, r) for h, r in f.actors if h.entry != author.entry]
    if not claims:
        # the attackers the account left unnamed are the one blamed; an accuser is the side that was hit
        kept = [(h, r) for h, r in kept if not (r == "actor1" and h.kind == "unidentified")]
        kept = [(h, "actor2" if r == "actor1" else r) for h, r in kept]
    f.actors = [(author, "actor1"), *kept]
