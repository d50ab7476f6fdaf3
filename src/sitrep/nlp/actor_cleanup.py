"""Cleanup of the actor matcher's hits before roles are read from them.

The matcher finds every name it knows; some of those names are no side of the event (a witness who told of
it, a group's own commander) and some bare words stand for a force named just before. Fixing the hits once,
right after matching, keeps every later stage from having to know these cases.
"""

from __future__ import annotations

import re

from sitrep.nlp.actors import ActorHit

# "according to Gao residents", "heard by locals", "residents said", "as per locals" (bulletin shorthand),
# "selon des habitants": people named as the source of a report, who are no side of the event they tell of
# (ACLED codes the event's actors, not its witnesses)
_SOURCE_BEFORE = re.compile(
    r"\b(?:reported|heard|seen|witnessed|observed|confirmed|signalled|signaled|according to|(?:as\s+)?per|"
    r"citing|quoting|selon|d['’]apr[eè]s)\s+(?:by\s+|des\s+|les\s+|the\s+)?"
    r"(?:the\s+|some\s+|several\s+|many\s+)?(?:[A-Z][\w'-]*\s+)?$",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(r"^\s+(?:said|say|says|reported|report|told|claimed|claim|witnessed|recounted)\b")

# "Le gouvernement annonce un bilan de 28 morts", "the authorities gave a death toll of 12", "officials spoke of
# 30 dead": who announces or counts the toll tells of the event, it is no side of it (an army that "said it
# killed" stays one: its object is its own act, not a count)
_ANNOUNCES_TOLL = re.compile(
    r"^\s+(?:(?:has|have|had|later|then|also|a|ont|avait|avaient)\s+)?(?:announc\w*|annon[cç]\w*|[ée]voqu\w*|"
    r"said|says|counted|spoke of|speaks of|gave|give|gives|reported|published|released|parl\w* de|d[ée]clar\w*|"
    r"donn\w*|publi\w*|fait [ée]tat d['’]?\w*|comptabilis\w*|recens\w*)\s+(?:un\s+|une\s+|le\s+|la\s+|an?\s+|the\s+|"
    r"its\s+|their\s+|son\s+|leur\s+)?(?:\w+\s+){0,2}?(?:bilan|toll|tally|death toll|casualty figures?)\b",
    re.IGNORECASE,
)
_GOVERNMENT_NUMBERS = re.compile(
    r"^\s+(?:(?:has|have|had|a|ont)\s+)?(?:announc\w*|annon[cç]\w*|[ée]voqu\w*|counted|spoke of|speaks of|"
    r"parl\w* de|comptabilis\w*|recens\w*)\s+(?:de\s+|d['’])?\d+",
    re.IGNORECASE,
)


# the people of a place, who tell of what they saw; a victim telling of his own beating ("two men said they
# were beaten") is still the victim
_BYSTANDERS = frozenset(
    {
        "locals",
        "local residents",
        "residents",
        "resident",
        "inhabitants",
        "villagers",
        "population",
        "people",
        "habitants",
        "riverains",
    }
)


def _drop_sources(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Civilian words that name who told of an event, not who took part in it; and a "chief" that is an armed
    group's own ("a GATIA commander"), whom the group's name already stands for (ACLED codes an attack on a
    commander as one on his group, not on civilians)."""
    armed_ends = {h.end for h in hits if h.kind in _ARMED_KINDS}
    return [
        h
        for h in hits
        if not (
            h.kind == "civilian"
            and h.text.lower() in _BYSTANDERS
            and (_SOURCE_BEFORE.search(text[max(0, h.start - 40) : h.start]) or _SOURCE_AFTER.match(text[h.end :]))
        )
        and not (
            h.kind == "civilian"
            and h.text.lower() in _RANKS
            and any(text[e : h.start].strip().lower() in _RANK_QUALIFIERS for e in armed_ends if e <= h.start)
        )
        and not _announcer(text, h)
        and not _arrived_after(text, h)
        and not (h.kind == "state" and _SHAM.search(text[max(0, h.start - 16) : h.start]))
        and not _REQUESTER.search(text[max(0, h.start - 40) : h.start])
        and not _in_their_uniform(text, h)
    ]


# "militants, some wearing UN and FAMa uniforms, attacked", "vêtus de tenues des FAMa", "disguised as soldiers":
# a force whose uniform the attackers wore as a disguise is no side (ACLED codes the attackers by who they
# are); only state and foreign forces, whose uniforms are what a disguise copies
_UNIFORM_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:uniforms?|fatigues|outfits?|garb|military\s+clothing)\b", re.IGNORECASE)
_WEARING_BEFORE = re.compile(
    r"\b(?:wearing|wore|dressed\s+in|clad\s+in|disguised\s+in|in)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
_DISGUISED_AS = re.compile(
    r"\b(?:disguised\s+as|posing\s+as|dressed\s+as|déguisés?\s+en|se\s+faisant\s+passer\s+pour|"
    r"(?:uniformes?|tenues?|treillis)(?:\s+militaires?)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)"
    r"(?:[\w'’-]+\s+(?:et|ou)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?)?)"
    r"\s*(?:the\s+|des?\s+|les?\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


def _in_their_uniform(text: str, hit: ActorHit) -> bool:
    """Whether a state or foreign force is named only as the uniform the attackers wore (see _UNIFORM_AFTER)."""
    if hit.kind not in _FORCE_KINDS:
        return False
    before = text[max(0, hit.start - 50) : hit.start]
    if _DISGUISED_AS.search(before):
        return True
    return bool(_UNIFORM_AFTER.match(text[hit.end : hit.end + 30])) and bool(_WEARING_BEFORE.search(before))


# "at the request of the Chadian government", "à la demande du gouvernement tchadien", "on behalf of": who asked
# for an act or in whose name it was done is no party to it (ACLED codes who fired, not who called them in)
_REQUESTER = re.compile(
    r"\b(?:at\s+the\s+(?:request|invitation|behest)\s+of|on\s+behalf\s+of|"
    r"à\s+la\s+(?:demande|requête|sollicitation)\s+d[eu']?|sur\s+(?:la\s+)?(?:demande|requête|invitation)\s+d[eu']?)"
    r"\s*(?:the\s+|les?\s+|la\s+|l['’])?(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "gunmen manning a fake checkpoint", "un faux barrage": a post set up to pass for the state's is the work of
# whoever manned it, so the force word names no state side
_SHAM = re.compile(r"\b(?:fake|bogus|sham|false|makeshift|faux|fausses?)\s+$", re.IGNORECASE)


# a force told only as arriving once the act was over: "killed before the army intervened", "until police
# arrived", "avant l'intervention de l'armée", "avant l'arrivée des gendarmes". The clause dates the act by
# the force's arrival; it does not make the force a side (ACLED codes who fought, not who came afterwards).
_LATE_NOUN = re.compile(
    r"\b(?:before|until|avant|jusqu['’]à)\s+(?:the\s+|l['’])(?:arrival|intervention|arrivée|irruption)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])$",
    re.IGNORECASE,
)
_LATE_LEAD = re.compile(
    r"\b(?:before|until|by the time|avant que|jusqu['’]à ce que)\s+(?:the\s+|l['’]|les?\s+|la\s+)?$", re.IGNORECASE
)
_LATE_VERB = re.compile(
    r"^\s+(?:had\s+|could\s+|n['’]|ne\s+)?(?:intervened|intervene|arrived|arrive|reached|came|got there|"
    r"interven\w*|arriv\w*)\b",
    re.IGNORECASE,
)
_FORCE_KINDS = frozenset({"state", "international"})


def _arrived_after(text: str, hit: ActorHit) -> bool:
    """Whether a state or foreign force is named only as arriving after the act (see _LATE_NOUN)."""
    if hit.kind not in _FORCE_KINDS:
        return False
    before = text[max(0, hit.start - 40) : hit.start]
    if _LATE_NOUN.search(before):
        return True
    return bool(_LATE_LEAD.search(before)) and bool(_LATE_VERB.match(text[hit.end : hit.end + 40]))


def _announcer(text: str, hit: ActorHit) -> bool:
    """Whether ``hit`` is the subject of a verb announcing or counting the toll, not a side of the event."""
    after = text[hit.end : hit.end + 80]
    if _ANNOUNCES_TOLL.match(after):
        return True
    return hit.entry.canonical.startswith("Government") and bool(_GOVERNMENT_NUMBERS.match(after))


_ARMED_KINDS = frozenset({"state", "rebel", "militia", "islamist", "international", "ethnic_militia"})
_RANKS = frozenset({"chief", "leader", "commander"})
_RANK_QUALIFIERS = frozenset({"", "military", "security", "senior", "top", "local", "field", "operations"})


_ANAPHORA_CHARS = 400


def _bind_bare_forces(hits: list[ActorHit]) -> list[ActorHit]:
    """A bare "soldiers" or "troops" after one named force is that force's ("Operation Barkhane said ...
    soldiers neutralised 20 jihadists"; "a MINUSMA convoy ... two soldiers killed"): the word refers back,
    it does not bring the host country's army in. With two forces named before it the reference is open,
    and the word keeps meaning the army of the report's country."""
    out: list[ActorHit] = []
    for i, h in enumerate(hits):
        if h.entry.key == "military:@doc":
            named = {
                p.entry.key: p
                for p in hits[:i]
                if p.kind in ("state", "international")
                and not p.entry.key.endswith(":@doc")
                and not p.entry.key.startswith("police:")
                and not p.entry.canonical.startswith("Government")
                and h.start - p.end < _ANAPHORA_CHARS
            }
            if len(named) == 1:
                out.append(ActorHit(h.start, h.end, h.text, next(iter(named.values())).entry))
                continue
        out.append(h)
    return out
