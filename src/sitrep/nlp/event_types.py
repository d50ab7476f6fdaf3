"""ACLED typing: the event type and sub-event type from a sentence's trigger classes and the kinds of
actor on each side.

Kept apart from the lexicons (:mod:`sitrep.nlp.triggers_en`, :mod:`sitrep.nlp.triggers_fr`) because the
codebook's rules are the same whichever language named the act.
"""

from __future__ import annotations

import re

from sitrep.nlp import lang
from sitrep.nlp.triggers_en import _EXPLOSIVE_ATTACK_RE, _LEFT_TOWN, _LEFT_WORDS, _LEXICON

__all__ = [
    "ARMED",
    "CIVILIAN_KINDS",
    "CROWD_DAMAGE",
    "MILITARY_SITE",
    "VIOLENT",
    "deal_over_detainees",
    "main_class",
    "names_unarmed_victim",
    "type_event",
]


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
    "curfew",
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
    r"accrochage|affront|repelled|repulsed|retaliated|counter-?attack|combats\b|riposte|repouss|heurts|"
    r"échanges? de tirs|opposé",
    re.IGNORECASE,
)
# Killing words that describe a victim put to death, not a death in combat.
_ONE_SIDED = re.compile(
    r"executed|execution|assassinat|murder|beheaded|slit|lynch|slaughter|massacr|shot dead|strangl|exécut|"
    r"assassin|égorg",
    re.IGNORECASE,
)
# Abuse of someone already in the abuser's hands: torture, beatings, floggings are done to a captive or a
# defenceless person, never exchanged between armed sides (ACLED codebook, Violence against civilians:
# "violent events where an organised armed group deliberately inflicts violence upon unarmed
# non-combatants"; torture of detainees is coded there, not as a battle)
_ABUSE = re.compile(
    r"tortur|whipp|flogg|mutilat|ill-?treat|mistreat|maltrait|\bbeaten\b(?!\s+(?:back|off))|\bbeat\b|beating",
    re.IGNORECASE,
)
# what a crowd does to property that makes its demonstration a riot (ACLED codebook: "vandalism, property
# destruction, looting"); plain "burned" is left out: protesters burning their own berets, flags or an
# effigy make a symbolic, peaceful protest
CROWD_DAMAGE = re.compile(
    r"\b(?:ransack|loot|pillag|plunder|torched|set (?:on )?fire|set ablaze|destroy|vandali|demolish|wrecked|"
    r"smash)",
    re.IGNORECASE,
)
# a crowd's violence against a person rather than a demonstration turned violent (ACLED codebook, Riots:
# "Mob violence" covers lynching and vigilante justice by a crowd)
_MOB = re.compile(r"\bmob\b|lynch|to death", re.IGNORECASE)
# people already held, named as the object of a deal (not a verb of arresting)
_HELD_PEOPLE = re.compile(
    r"detainees?|prisoners?|captives?|hostages?|détenus?|prisonniers?|otages?|captifs?|captives?", re.IGNORECASE
)
_ARREST_TEXT = re.compile(
    r".*(?:arrest|detain|detention|custody|interpell|apprehend|captur|caught|held|détenu|détention|prison|arrêt|"
    r"otage|hostage|captive|captif|kidnap|enlev|enlèv).*",
    re.IGNORECASE,
)
# small arms used beside mortars or a car bomb: the attackers came within rifle range, a complex assault that
# ACLED codes as the battle, not as the shelling that opened it
_GUNFIRE = re.compile(
    r"gunfire|small[- ]arms|automatic (?:weapons|rifles?)|armes? légères|armes? automatiques|fusillade", re.IGNORECASE
)
_OPERATION = re.compile(r"\boperations?\b|\bopérations?\b", re.IGNORECASE)
_CAPTURE = re.compile(r"captur|caught", re.IGNORECASE)
_ARREST_WORD = re.compile(r"arrest|detain|detention|custody|interpell|apprehend", re.IGNORECASE)
_FORCES = frozenset({"state", "international", "rebel", "militia", "ethnic_militia"})
_WENT_OFF = re.compile(r"explo(?:ded|sion|des)|detonat|blast|struck|\bhit\b|went off|sauté|explosé", re.IGNORECASE)
_AMBUSH = re.compile(r"ambush|embuscade|assault|stormed|overran|overrun|assaut", re.IGNORECASE)


_LEFT_TOWN_RE = re.compile(_LEFT_WORDS + "$", re.IGNORECASE)
_TERRITORY_RE = re.compile(dict(_LEXICON)["territory"].replace(_LEFT_TOWN, _LEFT_WORDS), re.IGNORECASE)


def _only_left_town(classes_text: tuple[str, ...]) -> bool:
    """Whether every territory word of the sentence is a "left <Town>" kind of word."""
    territory = [t for t in classes_text if _TERRITORY_RE.fullmatch(t)]
    return bool(territory) and all(_LEFT_TOWN_RE.fullmatch(t) for t in territory)


def _civilians_fought_a_force(
    classes: set[str],
    initiator_kinds: list[str],
    target_kinds: list[str],
    other_kinds: tuple[str, ...],
    mutual: bool,
    one_sided: bool,
) -> bool:
    """Whether unorganised people (traders, residents, youths) fought the state's forces.

    ACLED's Battles need two organised armed groups; townspeople who "clashed with police" or "ont affronté
    les forces de l'ordre" are a crowd turned violent, which the codebook calls a Riot (violent
    demonstration), with the crowd as Rioters. Only a clash word counts (an attack on soldiers by unnamed
    "men" is still an armed group's), and no armed group may be named beside them."""
    if not ("clash" in classes and mutual) or one_sided:
        return False
    if not initiator_kinds or not target_kinds:
        return False
    # the crowd must be the clash's subject ("traders clashed with police"): "clashes between police and
    # Dire youth" may name a communal militia, and "two men killed in clashes with Barkhane" are fighters
    if "kill" in classes or (set(initiator_kinds), set(target_kinds)) != ({"civilian"}, {"state"}):
        return False
    return not any(k in ARMED and k != "state" for k in other_kinds)


def _complex_assault(plain: set[str], words: str, armed_target: bool, mutual: bool) -> bool:
    """Whether a suicide vehicle only opened a ground assault on an armed side.

    ACLED codes a complex attack, where suicide vehicles breach a camp beside mortars, rockets or the
    attackers' rifles, as the battle it starts (e.g. its coding of the large assaults on Sahel army camps);
    a lone bomber, whatever he hits, stays a Suicide bomb. So the sentence must tell an attack on an armed
    target and a second means of fighting: another weapon class, small arms, or an exchange of fire."""
    if not armed_target or not plain & {"attack", "clash"}:
        return False
    return bool(plain & {"shell", "grenade"}) or bool(_GUNFIRE.search(words)) or (mutual and "clash" in plain)


def deal_over_detainees(words: tuple[str, ...]) -> bool:
    """Whether every word of holding people in a sentence is a noun for those already held ("detainees",
    "prisonniers"), so that an agreement beside them is about them and no one was arrested."""
    held = [t for t in words if _ARREST_TEXT.fullmatch(t)]
    return bool(held) and all(_HELD_PEOPLE.fullmatch(t) for t in held)


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
    # a military operation is a force going after armed groups (ACLED codes it as the battle it seeks,
    # against an unidentified armed group when none is named), not a one-sided attack
    mutual = bool(_MUTUAL.search(words)) or bool(_OPERATION.search(words))
    one_sided = bool(_ONE_SIDED.search(words))
    if "ethnic_group" in initiator_kinds and "ethnic_group" in target_kinds and (mutual or "clash" in plain):
        # communities fighting each other are two ethnic militias in a battle; one community's men killing
        # or attacking members of another ("Fulani gunmen shot a Dogon trader", "an Imghad camp
        # attacked by Fulani") is violence against civilians (ACLED codebook: communal violence)
        civ_target, armed_target = False, True
    fighting = bool(plain & {"clash"}) or ("attack" in plain and not civ_target)
    if (
        main == "destroy"
        and "disrupt" in plain
        and initiator_kinds
        and initiator_kinds[0] in ("state", "international")
    ):
        # a force wrecking a hideout and seizing the bombs there disrupted the weapons' use: no one's property
        # was looted or destroyed in the codebook's sense
        return "Strategic developments", "Disrupted weapons use"
    if main == "suicide" and _complex_assault(plain, words, armed_target and not civ_target, mutual):
        return "Battles", "Armed clash"
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
        if plain & {"clash", "attack"} and (mutual or ground or _GUNFIRE.search(words)) and not civ_target:
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
        if "kill" in plain:
            # "shot dead four villagers and took ten men with them": ACLED codes a raid that kills as the
            # attack (the labelled sets' killing-and-kidnapping notes are all Attack), the taken are its toll
            return "Violence against civilians", "Attack"
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
                and not any(re.fullmatch(r"riot(?:ed|ing|s)?", w, re.IGNORECASE) for w in classes_text)
            ):
                # force against a crowd that was peaceful; one the note says rioted first stays a riot whoever
                # fired after (ACLED codebook: Excessive force is for peaceful protesters met by lethal force)
                return "Protests", "Excessive force against protesters"
            if "protest" not in plain and _MOB.search(words):
                return "Riots", "Mob violence"
            return "Riots", "Violent demonstration"
        crowd = {"protester", "rioter"}
        if mutual and (crowd & set(initiator_kinds) or crowd & set(target_kinds)):
            # "opposition supporters clashed with police": a crowd that fights is a riot, not a battle
            # (ACLED codebook: Battles need two organised armed groups)
            return "Riots", "Violent demonstration"
        if _civilians_fought_a_force(classes, initiator_kinds, target_kinds, other_kinds, mutual, one_sided):
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
        if _ABUSE.search(words) and not mutual and not plain & {"clash", "explosive"} and main == "shoot":
            # the only act is abuse of people in the abusers' hands (see _ABUSE)
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
        mob = _MOB.search(words)
        return "Riots", "Mob violence" if mob and "protest" not in plain else "Violent demonstration"
    if main == "protest":
        if "riot" in plain or CROWD_DAMAGE.search(words):
            return "Riots", "Violent demonstration"
        if plain & {"arrest", "shoot", "intervene"}:
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if main == "intervene":
        people = {"civilian", "protester", "rioter"} & {*initiator_kinds, *target_kinds, *other_kinds}
        if plain & {"loot", "destroy"} and people and CROWD_DAMAGE.search(words):
            # "youths ransacked the polling station; police fired tear gas": the crowd's damage makes it a riot
            # whatever the police did next (ACLED codebook, Riots: "vandalism, property destruction, looting")
            return "Riots", "Violent demonstration"
        return "Protests", "Protest with intervention"
    if main == "arrest" and "agreement" in plain and deal_over_detainees(classes_text):
        # "signed a pact to hand over the detainees each side held": the detainees are what the parties agreed
        # on, nobody was arrested (ACLED codebook, Strategic developments: Agreement)
        return "Strategic developments", "Agreement"
    if main == "arrest":
        if (
            initiator_kinds
            and initiator_kinds[0] not in ("state", "international")
            and target_kinds
            and all(k in ARMED for k in target_kinds)
            and _CAPTURE.search(words)
            and not _ARREST_WORD.search(words)
        ):
            # ACLED codebook: Arrests are detentions by state forces or authorities; villagers or a militia
            # *capturing* armed men overpowered an armed side, coded like an armed group taken (a battle).
            # "arrested" or "detained" says the captors acted as an authority (a pro-government militia's
            # arrest stays an arrest)
            return "Battles", "Armed clash"
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
    if main == "curfew":
        return "Strategic developments", "Other"
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


# a site a force holds, named without the force: "two military camps", "the army barracks", "l'état-major
# général des armées", "une caserne"; a bare "camp" is often a nomads' or displaced people's camp, so it
# needs its military word
MILITARY_SITE = re.compile(
    r"\b(?:(?:military|army|armed forces)\s+(?:camps?|bases?|posts?|positions?|garrisons?|headquarters)|"
    r"barracks|garrisons?|outposts?|casernes?|garnisons?|état-major|camps?\s+militaires?|bases?\s+militaires?|"
    r"postes?\s+militaires?)\b",
    re.IGNORECASE,
)


def names_unarmed_victim(text: str) -> bool:
    """True when ``text`` (the part of a sentence outside its attackers' names) names an unarmed victim and
    no armed receiver: the attack on a mayor's car is violence against civilians, the ambush on the
    mayor's escort a battle."""
    found = [m for m in _UNARMED_VICTIM.finditer(text) if not _MP_CASE.fullmatch(m.group(0))]
    return bool(found) and not _ARMED_RECEIVER.search(text) and not _MUTUAL.search(text)
