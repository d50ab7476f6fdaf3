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
from sitrep.nlp.triggers_fr import FR_LEXICON, FR_PREFIX, FR_PREFIX_CLS

__all__ = ["Trigger", "find_triggers", "in_grievance", "names_unarmed_victim", "type_event"]


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    cls: str

    @property
    def violent(self) -> bool:
        return self.cls in VIOLENT


VIOLENT = frozenset(
    {
        "clash",
        "attack",
        "kill",
        "shoot",
        "abduct",
        "explosive",
        "suicide",
        "air",
        "shell",
        "grenade",
        "sexual",
        "territory",
    }
)

_BOMB = r"(?:ieds?|improvised explosive devices?|roadside bombs?|bombs?|(?:land)?mines?|explosive devices?|explosives?)"
_EXPLOSIVE_ATTACK = (
    rf"{_BOMB} (?:ambush\w*|attacks?)|(?:ambush\w*|attack\w*) (?:with|using|by) (?:an? |means of (?:an? )?)?{_BOMB}"
)
_EXPLOSIVE_ATTACK_RE = re.compile(_EXPLOSIVE_ATTACK, re.IGNORECASE)

_CLAIMED_HARM = r"claim\w* (?:responsibility for |to have )?(?:damag|destroy|target|hit|strik|struck|shell|attack)\w*"
_STRUCK_CARRIERS = (
    r"(?:destroy\w*|hit|struck|neutrali[sz]ed) (?:\w+ ){0,3}(?:vehicles?|pick-?ups?|cars?|trucks?|motorbikes?|"
    r"motorcycles?|boats?|convoys?) (?:carrying|transporting)"
)
# "CMA left Menaka", "GATIA pulled out of Anefis": a group leaving a named town hands it over (ACLED: Non-violent
# transfer of territory); the capital after the verb keeps "left the scene", "left 3 dead" out, and
# :func:`type_event` keeps only an armed subject
_LEFT_WORDS = r"(?:left|pulled out of|evacuated|vacated|abandoned|handed over)"
_LEFT_TOWN = (
    _LEFT_WORDS + r"(?= (?-i:[A-Z])(?!\w*day\b)"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))"
)

_LEXICON: list[tuple[str, str]] = [
    ("suicide", r"suicide[- ](?:bomb\w*|attack\w*|car|vehicle|truck)|kamikaze|s?vbied|car bomb|suicide"),
    (
        "air",
        r"air[- ]?strikes?|air raids?|aerial (?:strikes?|bombardments?|bombings?|attacks?)|drone (?:strikes?"
        r"|attacks?)|(?:struck|hit|bombed|targeted) by (?:an? )?(?:drones?|aircraft|jets?|warplanes?|"
        r"helicopters?|helos)|(?:drones?|warplanes?|(?:fighter )?jets?|aircraft|helicopters?|helos|mirage \w+|"
        r"reaper)s? "
        r"(?:struck|bombed|fired|strike|targeted|shot)|bombarded|bombing raids?|ucav|uav strikes?",
    ),
    (
        "shell",
        r"shell(?:s|ed|ing)|mortars?|rockets?|artillery|missiles?|grads?\b|indirect fire|obus|"
        r"roquettes?",
    ),
    ("grenade", r"grenades?"),
    (
        # a bomb that opens the ambush names the weapon, not a fight ("an IED ambush on an army pickup",
        # "an attack with an IED"): one explosive act, so the ambush word must not make it a battle
        "explosive",
        _EXPLOSIVE_ATTACK + r"|ieds?|improvised explosive(?: devices?)?|(?:land)?mines?\b|explosive(?: devices?)?|"
        r"roadside bombs?|bombs?\b|explosions?|blasts?|detonat\w+|exploded|engins? explosifs?|"
        r"explosifs?",
    ),
    ("sexual", r"rap(?:ed|es?|ing)\b|sexual(?:ly)? (?:violence|assault\w*|abused?)|gang[- ]raped"),
    (
        "abduct",
        r"abduct\w*|kidnap\w*|taken hostage|held hostage|hostages?|enlev\w+|kidnapp\w+|went missing|"
        r"gone missing|disappeared|taken away|led away|carried away",
    ),
    (
        "kill",
        r"killed|killing|kills?\b|shot dead|executed|execution|murder\w*|assassinat\w+|beheaded|slain|"
        r"slaughtered|massacr\w+|lynched|slit|strangled|found dead|bodies|tu[ée]s?\b|dead\b|deaths?\b|died|"
        r"lost (?:their|his|her) li(?:fe|ves)|neutrali[sz]ed|perished|eliminat(?:ed|ing)|succumbed",
    ),
    (
        "clash",
        r"clash\w*|fight(?!ers?\b)\w*|fought|exchanges? of (?:gun)?fire|gunfire|firefights?|skirmish\w*|"
        r"battles?\b|combats?\b|engaged|confrontations?|crossfire|heavy fire|shoot-?outs?|accrochages?|"
        r"affrontements?|gunshots?|shots? (?:were )?fired|fired shots|exchanged fire|repelled|repulsed|"
        r"retaliated|returned (?:the )?fire|fired back|counter-?attack\w*|(?:communal )?violence between|"
        r"(?:military|joint|security|counter-?terrorism|"
        r"anti-?terrorist|ground|air-?ground|cross-?border) operations?",
    ),
    (
        "attack",
        # "ISGS claimed destroying a MINUSMA truck": an armed group claiming harm done to a force is claiming
        # an attack, whatever verb names the harm; "destroyed two vehicles carrying militants" strikes the men
        # aboard, not property
        _CLAIMED_HARM + "|" + _STRUCK_CARRIERS + "|"
        r"attack\w*|ambush\w*|raid(?:s|ed)?\b|assault\w*|stormed|opened fire|fired (?:on|at|upon|into)|"
        r"targeted|overran|overrun|besieg\w+|siege|incursion|offensive|strike\b|struck|hit\b|"
        r"attaqu\w+|embuscades?",
    ),
    (
        "shoot",
        r"shot\b|shooting|wounded|injured|injuries|beaten|beat\b|tortur\w+|whipped|mutilat\w+|"
        r"flogged|assaulted|harass\w+|threaten\w*|intimidat\w+|stabb?\w*|"
        r"(?:mal|mis|ill-)treat\w*|abuses\b|carjack\w*",
    ),
    (
        "loot",
        r"loot\w*|pillag\w+|plunder\w*|stole|stolen|steal\w*|robb\w+|robbery|rustl\w+|ransack\w*|"
        r"carried off|took away|seized (?:\w+ )?(?:cattle|livestock|vehicles?|motorbikes?|motorcycles?|"
        r"goods|money|equipment|a vehicle|trucks?)|extort\w*|zakat|racket\w*|"
        r"(?:vehicles?|cars?|trucks?|motorbikes?|motorcycles?|cattle|livestock|goods) (?:were |was )?seized",
    ),
    (
        "destroy",
        r"burn(?:ed|t|ing)|set (?:on )?fire|set ablaze|torched|destroy\w*|sabotag\w+|vandali[sz]\w+|"
        r"demolish\w*|wrecked|incendi\w+|property destruction",
    ),
    (
        "arrest",
        r"arrest\w*|detain\w*|detention|apprehend\w*|in custody|rounded up|taken into custody|"
        r"interpell\w+|captured|capture\b|caught",
    ),
    (
        "protest",
        r"protest\w*|demonstrat\w+|march(?:ed|es|ers)?\b|sit-?ins?|rall(?:y|ies|ied)|"
        r"manifest\w+|strike action|went on strike|boycott\w*|petition\w*|"
        r"picket\w*|(?:took|take|taking|went|go|going|came) (?:out )?(?:to|into|onto|on) the streets?|"
        r"blocked (?:the )?(?:\w+ )?(?:roads?|access|traffic|trucks|highway)|limited service|"
        r"demand(?:ed|ing|s)? (?:the|that|for|their|better|an end)",
    ),
    (
        "riot",
        r"riot\w*|violent demonstrat\w+|barricad\w+|burn(?:ed|t|ing) tyres|threw stones|throw(?:ing|s)? stones|"
        r"stoned|stone-?throwing|disturbances?|"
        r"mob\b|angry (?:youths?|crowd|mob)|lynch\w*|vandali[sz]\w+",
    ),
    (
        # force used on a crowd says nothing of the crowd's own conduct (ACLED codebook: police tear gas
        # on peaceful demonstrators is a protest with intervention, not a riot)
        "intervene",
        r"tear[- ]?gas|teargas|water cannons?|rubber bullets",
    ),
    (
        "agreement",
        r"agreements?|accords?\b|cease-?fire|truce|peace (?:deal|pact|accord|agreement)|signed|"
        r"reconciliation|negotiat\w+|prisoner (?:swap|exchange)|released|freed|liberated|"
        r"pacte|entente",
    ),
    (
        "territory",
        r"(?:took|taken|take|seized|seize|gained|regained|retook|retake|recaptured?|captured) "
        r"(?:control|over|the town|the city|the village|the locality|the base|the camp|the "
        r"position)|took over|taken over|occup(?:ied|y|ation)|recaptur\w+|retook|"
        r"regained control|withdr[ea]w\w*|(?:under|in) (?:the )?control of|controlled by|" + _LEFT_TOWN + "|"
        r"abandoned (?:the|their) (?:base|camp|post|position)",
    ),
    (
        "base",
        r"(?:set up|established?|establishing|installed|opened|built) (?:a |an |the |new )*(?:base|camp|"
        r"headquarters|hq|post|checkpoint|position)s?|new (?:base|camp|headquarters)",
    ),
    (
        "change",
        r"surrender\w*|defect\w*|laid down (?:their|his) (?:arms|weapons)|disarm\w*|"
        r"joined|rallied|pledged allegiance|allegiance|merg\w+|split\b|splinter|dissolv\w+|"
        r"demobili[sz]\w+|appointed|recruit\w*|created|formation of|announced the creation",
    ),
    (
        "disrupt",
        r"defus\w+|dismantl\w+|neutrali[sz]ed an? (?:ied|explosive|bomb)|weapons? cache|arms cache|"
        r"cache of|seized (?:weapons|arms|ammunition|explosives)|discovered (?:an? )?(?:ied|explosive|"
        r"weapons|arms)|intercepted|cleared|deminers?|demining",
    ),
]


def _compile(lexicon: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    pattern = re.compile(
        "|".join(f"(?P<{cls}_{i}>\\b(?:{pat}))" for i, (cls, pat) in enumerate(lexicon)), re.IGNORECASE
    )
    return pattern, {f"{cls}_{i}": cls for i, (cls, _pat) in enumerate(lexicon)}


_RE, _GROUP_CLS = _compile(_LEXICON)
_RE_FR, _GROUP_CLS_FR = _compile(FR_LEXICON)

# Note prefixes ACLED analysts and monitors use ("Looting: ...", "Arrests: ...").
_PREFIX = re.compile(
    r"^\s*(looting|property destruction|arrests?|protests?|riots?|agreement|abduction|kidnapping|"
    r"base established|headquarters established|non-violent activity|strategic development)\s*:",
    re.IGNORECASE,
)
_PREFIX_CLS = {
    "looting": "loot",
    "property destruction": "destroy",
    "arrest": "arrest",
    "arrests": "arrest",
    "protest": "protest",
    "protests": "protest",
    "riot": "riot",
    "riots": "riot",
    "agreement": "agreement",
    "abduction": "abduct",
    "kidnapping": "abduct",
    "base established": "base",
    "headquarters established": "base",
    "non-violent activity": "change",
    "strategic development": "change",
}


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
        out.append(Trigger(offset + m.start(), offset + m.end(), m.group(0), cls))
    if not french:
        out = _drop_grievances(text, offset, out)
    return out


# What a crowd protests about or reacts to is not an act of the demonstration ("a rally against Haftar's
# offensive", "rioted after a student was killed by a police vehicle"): ACLED codes the demonstration by its
# own conduct, and the grievance, when it is an event at all, is another one.
_GRIEVANCE = re.compile(
    r"\b(?:against|denounc\w*|condemn\w*|in protest (?:at|over|against)|to protest(?: against)?|over|"
    r"in support of|in solidarity with|justice for|after|following)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


def in_grievance(text: str, pos: int) -> bool:
    """True when ``pos`` (in ``text``, one English sentence) lies in what a demonstration was about."""
    crowd = [t.start for t in find_triggers(text, 0, "en") if t.cls in ("protest", "riot")]
    first = min(crowd) if crowd else None
    if first is None or pos <= first:
        return False
    return bool(_GRIEVANCE.search(text[max(first, pos - 60) : pos]))


def _drop_grievances(text: str, offset: int, found: list[Trigger]) -> list[Trigger]:
    crowd = [t for t in found if t.cls in ("protest", "riot")]
    if not crowd:
        return found
    first = min(t.start for t in crowd)
    keep: list[Trigger] = []
    for t in found:
        if t.violent and t.start > first:
            before = text[max(0, first - offset, t.start - offset - 60) : t.start - offset]
            if _GRIEVANCE.search(before) and not any(u.violent and u.start < t.start and u not in crowd for u in keep):
                continue
        keep.append(t)
    return keep


_MONTH_CONTEXT = re.compile(
    r"\d\s*march|march\s*\d|\b(?:in|on|of|since|early|late|mid|end|until|from|to|between|last|next)[\s-]+march",
    re.IGNORECASE,
)


# Order of precedence when one sentence holds several acts: the most specific ACLED class wins.
_PRECEDENCE = [
    "suicide",
    "air",
    "shell",
    "grenade",
    "explosive",
    "sexual",
    "abduct",
    "territory",
    "kill",
    "clash",
    "attack",
    "shoot",
    "riot",
    "protest",
    "intervene",
    "arrest",
    "loot",
    "destroy",
    "agreement",
    "base",
    "disrupt",
    "change",
]

CIVILIAN_KINDS = frozenset({"civilian", "ethnic_group"})
ARMED = frozenset({"state", "rebel", "militia", "islamist", "unidentified", "international", "ethnic_militia"})


# Words for fighting between two sides (as opposed to one side firing on the other).
_MUTUAL = re.compile(
    r"clash|fight|fought|exchange|firefight|skirmish|battle|combat|engaged|confrontation|crossfire|shoot-?out|"
    r"returned (?:the )?fire|fired back|"
    r"accrochage|affrontement|repelled|repulsed|retaliated|counter-?attack|combats\b|riposte|repouss|heurts|"
    r"échanges? de tirs|opposé",
    re.IGNORECASE,
)
# Killing words that describe a victim put to death, not a death in combat.
_ONE_SIDED = re.compile(
    r"executed|execution|assassinat|murder|beheaded|slit|lynch|slaughter|massacr|shot dead|strangl|exécut|"
    r"assassin|égorg",
    re.IGNORECASE,
)
# what a crowd does to property that makes its demonstration a riot (ACLED codebook: "vandalism, property
# destruction, looting"); plain "burned" is left out: protesters burning their own berets, flags or an
# effigy make a symbolic, peaceful protest
_CROWD_DAMAGE = re.compile(
    r"\b(?:ransack|loot|pillag|plunder|torched|set (?:on )?fire|set ablaze|destroy|vandali|demolish|wrecked|"
    r"smash)",
    re.IGNORECASE,
)
_FORCES = frozenset({"state", "international", "rebel", "militia", "ethnic_militia"})
_WENT_OFF = re.compile(r"explo(?:ded|sion|des)|detonat|blast|struck|\bhit\b|went off|sauté|explosé", re.IGNORECASE)
_AMBUSH = re.compile(r"ambush|embuscade|assault|stormed|overran|overrun|assaut", re.IGNORECASE)


_LEFT_TOWN_RE = re.compile(_LEFT_WORDS + "$", re.IGNORECASE)
_TERRITORY_RE = re.compile(dict(_LEXICON)["territory"].replace(_LEFT_TOWN, _LEFT_WORDS), re.IGNORECASE)


def _only_left_town(classes_text: tuple[str, ...]) -> bool:
    """Whether every territory word of the sentence is a "left <Town>" kind of word."""
    territory = [t for t in classes_text if _TERRITORY_RE.fullmatch(t)]
    return bool(territory) and all(_LEFT_TOWN_RE.fullmatch(t) for t in territory)


def main_class(classes: set[str]) -> str | None:
    """The class that decides the event type among those of one sentence."""
    prefixed = [c.split(":", 1)[1] for c in classes if c.startswith("prefix:")]
    if prefixed:
        return prefixed[0]
    for c in _PRECEDENCE:
        if c in classes:
            return c
    return None


def type_event(
    classes: set[str],
    initiator_kinds: list[str],
    target_kinds: list[str],
    other_kinds: tuple[str, ...] = (),
    classes_text: tuple[str, ...] = (),
    language: str | None = None,
) -> tuple[str, str] | None:
    """ACLED (event_type, sub_event_type) for a sentence's trigger classes and the kinds on each side."""
    main = main_class(classes)
    if main is None:
        return None
    plain = {c for c in classes if not c.startswith("prefix:")}
    # leaving a town is a handover only for an armed group that does nothing else there: villagers fleeing
    # are no transfer, and attackers leaving after a raid are the raid's epilogue
    left_only = main == "territory" and bool(classes_text) and _only_left_town(classes_text)
    if left_only and (not (initiator_kinds and initiator_kinds[0] in ARMED) or plain & (VIOLENT - {"territory"})):
        rest = {c for c in classes if c != "territory"}
        words_rest = tuple(t for t in classes_text if not _LEFT_TOWN_RE.fullmatch(t))
        if not rest:
            return None
        return type_event(rest, initiator_kinds, target_kinds, other_kinds, words_rest, language)
    if lang.pick(language) == "fr" and main == "protest" and "destroy" in plain:
        # "des manifestants ont incendié la mairie": French briefs name the act, not a "riot" word
        return "Riots", "Violent demonstration"
    civ_target = bool(target_kinds) and all(k in CIVILIAN_KINDS for k in target_kinds)
    # a named force in the sentence that is on neither side is usually the one attacked ("an attack by
    # gunmen on an army post killed 3 people"); an unnamed armed group there is the attacker said twice
    armed_target = any(k in ARMED for k in target_kinds) or any(k in _FORCES for k in other_kinds)
    if armed_target:
        civ_target = False
    words = " ".join(classes_text)
    mutual = bool(_MUTUAL.search(words))
    one_sided = bool(_ONE_SIDED.search(words))
    if "ethnic_group" in initiator_kinds and "ethnic_group" in target_kinds and (mutual or "clash" in plain):
        # communities fighting each other are two ethnic militias in a battle; one community's men killing
        # or attacking members of another ("Peuhl fighters killed a Bambara shopkeeper", "an Imghad camp
        # attacked by Fulani") is violence against civilians (ACLED codebook: communal violence)
        civ_target, armed_target = False, True
    fighting = bool(plain & {"clash"}) or ("attack" in plain and not civ_target)
    if main == "suicide":
        return "Explosions/Remote violence", "Suicide bomb"
    if main == "air":
        return "Explosions/Remote violence", "Air/drone strike"
    if (
        main in ("shell", "grenade", "explosive")
        and "disrupt" in plain
        and not plain & {"kill", "clash", "attack", "shoot", "wound", "suicide"}
        and not _WENT_OFF.search(words)
    ):
        # "gendarmes dismantled an IED", "soldiers seized a cache of rockets": the weapon never went off
        # (ACLED codebook: Strategic developments, "Disrupted weapons use")
        return "Strategic developments", "Disrupted weapons use"
    if main in ("shell", "grenade", "explosive"):
        # indirect fire on a camp stays remote violence beside an "assault" word (ACLED codes a complex attack
        # by mortars as Explosions/Remote violence unless the sides are said to exchange fire)
        ground = _AMBUSH.search(" ".join(t for t in classes_text if not _EXPLOSIVE_ATTACK_RE.fullmatch(t)))
        if main == "shell":
            ground = None
        if plain & {"clash", "attack"} and (mutual or ground or "gunfire" in words) and not civ_target:
            # a complex attack (a bomb then gunfire, an ambush opened by a mine) is coded as the battle
            return "Battles", "Armed clash"
        sub = {
            "shell": "Shelling/artillery/missile attack",
            "grenade": "Grenade",
            "explosive": "Remote explosive/landmine/IED",
        }[main]
        return "Explosions/Remote violence", sub
    if main == "sexual":
        return "Violence against civilians", "Sexual violence"
    if main == "abduct":
        if armed_target and not civ_target and (fighting or "kill" in plain or not initiator_kinds):
            return "Battles", "Armed clash"
        if target_kinds and all(k in ARMED for k in target_kinds):
            return "Battles", "Armed clash"  # a fighter or officer of an armed group taken is a clash
        if "clash" in plain and mutual:
            # an escort that fought the kidnappers off, fighting with abductions on the side: two armed
            # sides fought, which ACLED codes as the battle
            return "Battles", "Armed clash"
        return "Violence against civilians", "Abduction/forced disappearance"
    if main == "territory":
        if fighting or "kill" in plain:
            if initiator_kinds and initiator_kinds[0] == "state":
                return "Battles", "Government regains territory"
            return "Battles", "Non-state actor overtakes territory"
        return "Strategic developments", "Non-violent transfer of territory"
    if main in ("kill", "clash", "attack", "shoot"):
        if "riot" in plain or "protest" in plain:
            if (
                "clash" in plain
                and mutual
                and "riot" not in plain
                and "protest" in plain
                and not _ONE_SIDED.search(words)
            ):
                # "clashes between police and protesters": the crowd fought back, so it is a riot
                # (ACLED codebook: a demonstration whose participants engage in violence is a Riot)
                return "Riots", "Violent demonstration"
            if (
                initiator_kinds
                and initiator_kinds[0] == "state"
                and target_kinds
                and target_kinds[0] in ("protester", "rioter", "civilian")
            ):
                return "Protests", "Excessive force against protesters"
            return "Riots", "Violent demonstration"
        crowd = {"protester", "rioter"}
        if mutual and (crowd & set(initiator_kinds) or crowd & set(target_kinds)):
            # "opposition supporters clashed with police": a crowd that fights is a riot, not a battle
            # (ACLED codebook: Battles need two organised armed groups)
            return "Riots", "Violent demonstration"
        if (
            main == "attack"
            and plain & {"loot", "destroy"}
            and not plain & {"kill", "clash", "shoot", "abduct"}
            and not armed_target
        ):
            # "gunmen stormed a market and stole livestock; no casualties": nobody was harmed, so ACLED
            # codes the raid by what was taken or wrecked (Looting/property destruction)
            return "Strategic developments", "Looting/property destruction"
        if mutual and (armed_target or any(k in ARMED for k in initiator_kinds) or not civ_target):
            return "Battles", "Armed clash"
        if civ_target and not armed_target:
            return "Violence against civilians", "Attack"
        if one_sided and not (plain & {"clash"}) and not _AMBUSH.search(words):
            # an execution or assassination puts a defenceless person to death, whoever they served
            # (ACLED codes the killing of an off-duty officer or a captive fighter as violence against civilians)
            return "Violence against civilians", "Attack"
        if one_sided and not armed_target:
            return "Violence against civilians", "Attack"
        forces = any(k in _FORCES for k in (*initiator_kinds, *target_kinds, *other_kinds))
        if not armed_target and not mutual and not (forces and not civ_target):
            # ACLED codes a one-sided attack on a target that is not an armed, organised side (a boat, a
            # market, a trader, an unnamed victim) as violence against civilians
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if main == "riot":
        mob = re.search(r"mob|lynch", " ".join(classes_text)) if classes_text else None
        return "Riots", "Mob violence" if mob and "protest" not in plain else "Violent demonstration"
    if main == "protest":
        if "riot" in plain or _CROWD_DAMAGE.search(words):
            return "Riots", "Violent demonstration"
        if plain & {"arrest", "shoot", "intervene"}:
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if main == "intervene":
        return "Protests", "Protest with intervention"
    if main == "arrest":
        return "Strategic developments", "Arrests"
    if main in ("loot", "destroy"):
        return "Strategic developments", "Looting/property destruction"
    if main == "agreement":
        return "Strategic developments", "Agreement"
    if main == "base":
        return "Strategic developments", "Headquarters or base established"
    if main == "disrupt":
        return "Strategic developments", "Disrupted weapons use"
    if main == "change":
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


# Who the victim was when no armed side is named on the receiving end: a civilian official or an unarmed
# person at work (ACLED codebook: violence against civilians includes attacks on "civilian officials such as
# mayors, MPs, prefects, judges, teachers, aid workers"); only the attackers are armed.
_UNARMED_VICTIM = re.compile(
    r"\b(?:mayors?|deputy mayors?|members? of parliament|parliamentarians?|(?:sub-?)?prefects?|judges?|"
    r"magistrates?|(?:court|tribunal) (?:president|presidents)|teachers?|school ?masters?|(?:aid|humanitarian|ngo|"
    r"health) workers?|village (?:chiefs?|heads?)|imams?|councill?ors?|civil servants?|drivers?|merchants?|"
    r"traders?|passengers?|journalists?|nurses?|doctors?)\b|\bMPs?\b",
    re.IGNORECASE,
)
_MP_CASE = re.compile(r"\bmps?\b")
# an armed party on the receiving side, named by a common noun the actor matcher does not list
_ARMED_RECEIVER = re.compile(
    r"\b(?:escorts?|(?:body)?guards?|soldiers?|troops?|gendarmes?|policemen|police|militia\w*|fighters?|"
    r"combatants?|patrols?|convoys?|armed|army|security|posts?|camps?|checkpoints?)\b",
    re.IGNORECASE,
)


def names_unarmed_victim(text: str) -> bool:
    """True when ``text`` (the part of a sentence outside its attackers' names) names an unarmed victim and
    no armed receiver: the attack on a mayor's car is violence against civilians, the ambush on the
    mayor's escort a battle."""
    found = [m for m in _UNARMED_VICTIM.finditer(text) if not _MP_CASE.fullmatch(m.group(0))]
    return bool(found) and not _ARMED_RECEIVER.search(text) and not _MUTUAL.search(text)
