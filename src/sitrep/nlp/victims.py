"""Who was on the receiving end: ACLED's coding of victims, and of the state force that made them.

Split from :mod:`sitrep.nlp.attribution` because these rules share one question (is the target people,
property, a vehicle's passengers, a force, or a named community?) and one vocabulary of robbery, damage,
blasts and custody, which the rest of the actor conventions never use. Each function takes the actor list
:func:`sitrep.nlp.attribution.refine_actors` is building and returns it corrected.
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention, Span
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.scene import Scene
from sitrep.nlp.sides import CIVILIANS, GOVERNMENT, TWO_SIDED, UNIDENTIFIED, VIOLENT, note_scope, tag

__all__ = [
    "casualty_comrades",
    "civilian_victims",
    "force_victim",
    "herders",
    "leader_casualty",
    "looting",
    "property_only",
    "state_perpetrator",
    "vehicle_victims",
    "victim_identity",
]


_ARMED_PREFIXES = (UNIDENTIFIED, "Islamist Militia", "Military Forces", "Police Forces", "Vigilante Militia")


def civilian_victims(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """ACLED's coding of the victim side: the target of violence against civilians is always "Civilians
    (country)"; who the victim worked for or belonged to (an off-duty officer of an armed group, an NGO)
    is an associated actor. A looting note's "Looting: gunmen raided a camp" has its raiders as actor1."""
    civ = tag(CIVILIANS, scene.country)
    if scene.event_type == "Violence against civilians":
        if any(a.role == "actor2" and a.canonical.startswith(CIVILIANS) for a in out):
            return out
        fixed = [ActorMention(a.name, a.canonical, "assoc", a.span) if a.role == "actor2" else a for a in out]
        first = next((i for i, a in enumerate(fixed) if a.role == "actor1"), -1)
        fixed.insert(first + 1, ActorMention(civ, civ, "actor2", None))
        return fixed
    if scene.event_type == "Strategic developments" and not any(a.role == "actor1" for a in out):
        armed = [i for i, a in enumerate(out) if a.role == "actor2" and a.canonical.startswith(_ARMED_PREFIXES)]
        if armed:
            i = armed[0]
            out[i] = ActorMention(out[i].name, out[i].canonical, "actor1", out[i].span)
    return out


# "herders detained by the army turned up dead days later", "a boy shot by gendarmes": the force
# that held or shot the victims is the one the note names right after "by" (or just before "arrested")
_BY_FORCE = re.compile(
    r"\b(?P<verb>arrested|detained|apprehended|rounded up|taken into custody|executed|killed|shot(?: dead)?|"
    r"murdered|tortured|beaten|burned|abused)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_FORCE_ARRESTED = re.compile(
    r"^(?:\s+(?:soldiers|troops|forces|units|men|personnel|patrol|agents))?\s+(?:had\s+|have\s+)?"
    r"(?:arrested|detained|apprehended|rounded up)\b",
    re.IGNORECASE,
)
_CUSTODY = re.compile(r"^(?:arrested|detained|apprehended|rounded up|taken into custody)$", re.IGNORECASE)
# an arrest only names the killer when the same sentence has the arrested die or vanish
_DIED_IN_CUSTODY = re.compile(
    r"\b(?:executed|execution|killed|found dead|bodies|murdered|tortured|disappeared|buried|shot dead)\b",
    re.IGNORECASE,
)
# ... and is not the arrest of the suspected culprits of someone else's violence
_CULPRITS = re.compile(
    r"\b(?:suspect(?:s|ed)?|perpetrators?|attackers?|assailants?|culprits?|authors?)\b", re.IGNORECASE
)


def _sentence_at(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = text.find(". ", end)
    return text[lo : hi if hi >= 0 else len(text)]


def state_perpetrator(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """Violence against civilians coded with an unnamed perpetrator, in a note that names the state force
    that arrested the victims before they were executed or disappeared, or that killed them ("killed by
    gendarmerie"): ACLED codes that force as actor1 (the custodian answers for deaths in custody)."""
    if scene.event_type != "Violence against civilians":
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if firsts and not all(a.canonical.startswith(UNIDENTIFIED) for a in firsts):
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    kb = load_kb()
    for h in scene.hits:
        if not (lo <= h.start < hi) or h.kind != "state" or h.entry.key.startswith("Government of"):
            continue
        by = _BY_FORCE.search(scene.text[max(0, h.start - 60) : h.start])
        custody = (by is not None and _CUSTODY.match(by.group("verb")) is not None) or (
            by is None and _FORCE_ARRESTED.match(scene.text[h.end : h.end + 40]) is not None
        )
        if by is None and not custody:
            continue
        sentence = _sentence_at(scene.text, h.start, h.end)
        if _CULPRITS.search(sentence) or (custody and not _DIED_IN_CUSTODY.search(sentence)):
            continue
        name = kb.resolve(h, scene.country, scene.when)
        rest = [a for a in out if a.role != "actor1" and a.canonical != name]
        return [ActorMention(h.text, name, "actor1", Span(h.start, h.end)), *rest]
    return out


def _struck(out: list[ActorMention], hit: ActorHit, name: str, country: str | None) -> list[ActorMention]:
    """``out`` with ``name`` (found at ``hit``) as actor2, behind an unidentified actor1 when none is coded:
    a side found only on the receiving end was attacked by someone the note does not name."""
    if not any(a.role == "actor1" for a in out):
        uag = tag(UNIDENTIFIED, country)
        out = [ActorMention(uag, uag, "actor1", None), *out]
    return [*out, ActorMention(hit.text, name, "actor2", Span(hit.start, hit.end))]


def force_victim(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A fight or a bomb whose target the carrying sentence leaves unnamed hit the force the note names as
    its casualties ("Truck hits mine. Two soldiers lost"; "Policeman wounded after armed men
    seized his vehicle"): ACLED codes the convoy's or post's force as actor2 of the IED or attack, and the
    unidentified armed group as actor1."""
    if (
        scene.event_type not in TWO_SIDED
        or scene.sub_event_type == "Air/drone strike"
        or any(a.role == "actor2" for a in out)
    ):
        return out
    firsts = [a for a in out if a.role == "actor1"]
    if firsts and all(a.canonical.startswith(GOVERNMENT) for a in firsts):
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    listed = {a.canonical for a in out}
    kb = load_kb()
    for h in scene.hits:
        if not (lo <= h.start < hi) or h.kind not in ("state", "international"):
            continue
        if h.entry.key.startswith("Government of"):
            continue
        name = kb.resolve(h, scene.country, scene.when)
        if name in listed or not name.startswith(GOVERNMENT):
            continue
        return _struck(out, h, name, scene.country)
    return out


# "Four soldiers and one VDP were killed", "tuant deux militaires et un VDP": a force counted beside the
# soldiers among the dead or wounded fought on their side
_COMRADE_BEFORE = re.compile(
    r"\b(?:soldiers?|troops|servicemen|gendarmes?|policemen|police\s+officers?|militaires?|soldats?|policiers?)"
    r"\s+(?:and|et)\s+(?:(?:one|a|an|two|three|four|five|six|\d+|un|une|deux|trois|quatre|cinq|six)\s+)?$",
    re.IGNORECASE,
)
_CASUALTY = re.compile(
    r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|lost\s+their\s+lives|tu[ée]s?|tuant|morts?|bless[ée]s?|"
    r"(?:ont|a)\s+péri|perdu\s+la\s+vie)\b",
    re.IGNORECASE,
)
_COMRADE_KINDS = frozenset({"militia", "state"})


def casualty_comrades(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A pro-government force counted with a state force's casualties fought beside it: ACLED lists it as
    the state side's associated actor (the VDP or a Dozo unit beside the army at a post that was attacked)."""
    if scene.event_type not in TWO_SIDED:
        return out
    states = [a for a in out if a.role in ("actor1", "actor2") and a.canonical.startswith(GOVERNMENT)]
    if not states:
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    listed = {a.canonical for a in out}
    kb = load_kb()
    added = list(out)
    for h in scene.hits:
        if not (lo <= h.start < hi) or h.kind not in _COMRADE_KINDS or "{country}" in h.entry.canonical:
            continue
        if not _COMRADE_BEFORE.search(scene.text[max(0, h.start - 40) : h.start]):
            continue
        sentence = _sentence_at(scene.text, h.start, h.end)
        if not _CASUALTY.search(sentence):
            continue
        name = kb.resolve(h, scene.country, scene.when)
        if name in listed:
            continue
        added.append(ActorMention(h.text, name, "assoc", Span(h.start, h.end)))
        listed.add(name)
    return added


# "the emir of AQIM", "l'émir d'AQMI", "le chef du MUJAO", "a commander of ISGS": a rank held in the group
# named right after it (the possessive "AQIM's leader" puts the group first, see ``_RANK_AFTER``)
_RANK_OF = re.compile(
    r"\b(?:(?:the|a|an|one|two|three|senior|top|local|military|deputy|former)\s+)*"
    r"(?:emir|amir|leader|chief|head|commander|founder|spokesman|spokesperson|number two|lieutenant)s?\s+"
    r"(?:of|in)\s+(?:the\s+)?$"
    r"|\b(?:(?:l['’]|le|la|les|un|une|deux|trois|ancien|haut)\s*)*"
    r"(?:émir|emir|chef|commandant|leader|responsable|fondateur|porte-parole|numéro deux|lieutenant|cadre)s?\s+"
    r"(?:(?:militaire|local|régional)\s+)?(?:d['’]|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+)$",
    re.IGNORECASE,
)
_RANK_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:emir|amir|leader|chief|commander|founder|spokesman|number two)\b", re.IGNORECASE
)
# ... who died: the passive of a killing verb, after an optional apposition naming the man (", X,")
_RANK_KILLED = re.compile(
    r"^(?:\s+[A-Z][\w'’-]*){0,4}?\s*(?:,[^,.;]{1,60},)?\s*"
    r"(?:(?:was|were|has been|had been|have been|is|are|reportedly|reported|allegedly)\s+)+"
    r"(?:\w+\s+)?(?:killed|shot dead|slain|neutrali[sz]ed|eliminated|executed)\b"
    r"|^\s*(?:,[^,.;]{1,60},)?\s*(?:a|ont|aurait|auraient|avait|avaient|est|sont)\s+été\s+"
    r"(?:\w+\s+)?(?:tués?|tuées?|abattus?|neutralisés?|éliminés?|exécutés?)\b",
    re.IGNORECASE,
)
_GROUP_KINDS = frozenset({"rebel", "islamist", "militia", "ethnic_militia"})


def leader_casualty(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A fight or strike whose carrying sentence names no target, in a note that says a group's emir,
    leader or commander was killed ("The emir of AQIM, X, was killed with three fighters"; "L'émir d'AQMI,
    X, a été tué"): the dead man's group was on the receiving end, and ACLED codes it as actor2 (codebook:
    an attack on a commander is one on his group). Only the named group of the rank is taken, never the
    force that did the killing."""
    if scene.event_type not in TWO_SIDED or any(a.role == "actor2" for a in out):
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    listed = {a.canonical for a in out}
    for h in scene.hits:
        if not (lo <= h.start < hi) or h.kind not in _GROUP_KINDS:
            continue
        before = _RANK_OF.search(scene.text[max(0, h.start - 50) : h.start])
        after = _RANK_AFTER.match(scene.text[h.end : h.end + 30])
        if before is None and after is None:
            continue
        rest = scene.text[h.end + (after.end() if after else 0) : h.end + 160]
        if not _RANK_KILLED.match(rest):
            continue
        name = load_kb().resolve(h, scene.country, scene.when)
        if name in listed:
            continue
        return _struck(out, h, name, scene.country)
    return out


# robbery, as opposed to destruction: the owners robbed are the victims ACLED codes as Civilians
_ROBBERY = re.compile(
    r"\b(?:rob\w*|stripp\w*|seiz\w*|raid\w*|stole\w*|steal\w*|loot\w*|pillag\w*|"
    r"dépouill\w*|emport\w*|enlev\w*|vol(?:é|er|ent)\w*)\b",
    re.IGNORECASE,
)

# plundering a place ("looted the market", "ont pillé la boutique"), as opposed to taking animals or vehicles
# ("Looting:" heading a note is only its label)
_PLUNDER = re.compile(
    r"\b(?:loot(?:ed|ing|s)?|pillag\w*|ransack\w*|pill(?:é|ée|és|ées|ent|er|ant)|saccag\w*)\b(?!\s*:)", re.I
)


def looting(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """Looting is done by someone (an unidentified armed group when the note names nobody) to someone:
    robbed owners are "Civilians (country)", and an aid organisation robbed (ICRC, an NGO) is associated
    with its staff rather than coded as a side (ACLED codebook: civilians and their affiliations)."""
    if scene.event_type != "Strategic developments" or scene.sub_event_type != "Looting/property destruction":
        return out
    uag = tag(UNIDENTIFIED, scene.country)
    civ = tag(CIVILIANS, scene.country)
    if not any(a.role == "actor1" for a in out):
        armed = [i for i, a in enumerate(out) if a.role == "actor2" and a.canonical.startswith(_ARMED_PREFIXES)]
        if armed:  # "Looting: gunmen raided a camp": the raiders, after the heading's trigger, did it
            out = list(out)
            out[armed[0]] = ActorMention(out[armed[0]].name, out[armed[0]].canonical, "actor1", out[armed[0]].span)
        else:
            out = [ActorMention(uag, uag, "actor1", None), *out]
    lo, hi = scene.scope if scene.scope is not None else (0, len(scene.text))
    if not _ROBBERY.search(scene.text[lo:hi]):
        return out
    fixed = [
        ActorMention(a.name, a.canonical, "assoc", a.span)
        if a.role == "actor2"
        and not a.canonical.startswith(CIVILIANS)
        and not a.canonical.startswith(_ARMED_PREFIXES)
        and not a.canonical.startswith(GOVERNMENT)
        else a
        for a in out
    ]
    if any(a.role == "actor2" for a in fixed):
        return fixed
    victims = [h for h in scene.hits if lo <= h.start < hi and h.kind == "civilian"]
    if victims:
        fixed.insert(1, ActorMention(victims[0].text, civ, "actor2", Span(victims[0].start, victims[0].end)))
        for h in victims:
            if "{country}" not in h.entry.canonical:
                fixed.append(ActorMention(h.text, h.entry.canonical, "assoc", Span(h.start, h.end)))
    elif _PLUNDER.search(scene.text[lo:hi]):
        # "the health centre and the pharmacy were looted": a place plundered was emptied of its owners' goods,
        # and ACLED codes the owners robbed as Civilians though the note names no person
        fixed.insert(1, ActorMention(civ, civ, "actor2", None))
    return fixed


# things, not people: a civilian word that names a vehicle, a building or a place ("a truck struck by a
# mine", "the village under the control of CMA"), or owns one ("the prefect's house set alight")
_PROPERTY = re.compile(
    r"^(?:trucks?|lorry|minibus|bus|boats?|fishing boat|ambulances?|vehicles?|village|villages|house|houses|"
    r"shops?|market|marketplace|école|mairie|marché|boutiques|autocar|véhicule de transport)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^['’]s\b")
# a person hurt, killed, taken or missing; "no casualty", "no injuries" say the opposite and are removed first
_HARMED = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|dies|wound\w*|injur\w*|hurt|casualt\w*|victims?|abduct\w*|kidnap\w*|"
    r"missing|hostages?|beat(?:en)?|tortur\w*|executed|assassinated|murdered|shot|raped|tués?|blessés?|morts?|"
    r"enlevés?|victimes?)\b",
    re.IGNORECASE,
)
_UNHARMED = re.compile(
    r"\b(?:no|without|causing no|sans|aucune?|pas de)\s+(?:\w+\s+)?(?:casualt\w*|injur\w*|victims?|deaths?|dead|"
    r"fatalit\w*|loss of life|victimes?|blessés?)\b",
    re.IGNORECASE,
)
# a force's building named in its stead ("police station", "commissariat de police", "poste de gendarmerie")
_FORCE_BUILDING = re.compile(
    r"\b(?:station|post|barracks|headquarters|commissariat|poste|brigade de gendarmerie|caserne)\b",
    re.IGNORECASE,
)
_THING_TYPES = frozenset({"Explosions/Remote violence", "Strategic developments"})


def property_only(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A civilian side that is only a thing is no side at all: ACLED codes Civilians when people are
    harmed, taken or put at risk, and leaves actor2 blank when a mine wrecks an empty truck or a mayor's
    office is burned (codebook: property destruction has no victim actor). Violence against civilians
    always has its Civilians side, so only the remote-violence and strategic-development notes change."""
    if scene.event_type not in _THING_TYPES:
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    note = scene.text[lo:hi]
    if _HARMED.search(_UNHARMED.sub(" ", note)) or _ROBBERY.search(note):
        # people hurt, or owners robbed of what they had: the Civilians side stands
        return out
    if scene.event_type != "Strategic developments" and not _UNHARMED.search(note):
        # "a truck exploded on an IED" with no toll yet: ACLED still codes the passengers as the target
        return out

    def thing(a: ActorMention) -> bool:
        if a.span is None or not a.canonical.startswith(CIVILIANS) or a.role == "assoc":
            return False
        word = scene.text[a.span.start : a.span.end]
        return bool(_PROPERTY.match(word) or _POSSESSIVE.match(scene.text[a.span.end : a.span.end + 3]))

    def post(a: ActorMention) -> bool:
        # "burned the town hall and the police station", nobody hurt: the force's empty building is the
        # property destroyed, not a side (its men, had any been there, would be named)
        return (
            scene.event_type == "Strategic developments"
            and a.role == "actor2"
            and a.span is not None
            and _FORCE_BUILDING.search(scene.text[a.span.start : a.span.end]) is not None
        )

    kept = [a for a in out if not thing(a) and not post(a)]
    if len(kept) < len(out) and not any(a.role == "actor1" for a in kept):
        # "the village of Djebok under the control of CMA": with the place gone, the group is the actor
        i = next((i for i, a in enumerate(kept) if a.role == "actor2"), None)
        if i is not None:
            kept[i] = ActorMention(kept[i].name, kept[i].canonical, "actor1", kept[i].span)
    return kept


# a vehicle nobody's force owns ("a minibus blown up by a mine"); an army or UN one is named by its force
_VEHICLE = re.compile(r"\b(?:vehicles?|cars?|trucks?|lorry|lorries|minibus|bus|véhicules?|camions?)\b", re.IGNORECASE)
_BLAST = re.compile(r"\b(?:IEDs?|mines?|landmines?|explosive device|engin explosif|EEI)\b", re.IGNORECASE)


def vehicle_victims(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A mine or IED that hits a vehicle the note ties to no force hit its passengers: ACLED codes them
    "Civilians (country)" even before any toll is known. A note that says nobody was hurt keeps no
    victim side (see ``property_only``)."""
    if scene.event_type != "Explosions/Remote violence" or scene.sub_event_type == "Air/drone strike":
        return out
    if any(a.role == "actor2" for a in out):
        return out
    lo, hi = note_scope(scene.text, scene.scope)
    note = scene.text[lo:hi]
    if not (_VEHICLE.search(note) and _BLAST.search(note)) or _UNHARMED.search(note):
        return out
    civ = tag(CIVILIANS, scene.country)
    first = next((i for i, a in enumerate(out) if a.role == "actor1"), -1)
    return [*out[: first + 1], ActorMention(civ, civ, "actor2", None), *out[first + 1 :]]


_FARMING_PEOPLES = ("Dogon Ethnic", "Bambara Ethnic", "Mossi Ethnic", "Djerma Ethnic")


def herders(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """Farmer-herder violence: when a Fulani militia fights a farming people's militia (Dogon, Bambara),
    ACLED adds "Herders (country)" as an associated actor, the pastoralist side of the conflict. (Herders
    named as victims are not enough: their ethnic group or plain Civilians is the usual coding.)"""
    if scene.event_type not in VIOLENT:
        return out
    herders = tag("Herders", scene.country)
    if any(a.canonical == herders for a in out):
        return out
    sides = [a.canonical for a in out if a.role in ("actor1", "actor2")]
    fulani = any(c.startswith("Fulani Ethnic Militia") for c in sides)
    farmers = any(c.startswith(_FARMING_PEOPLES) for c in sides)
    if fulani and farmers:
        return [*out, ActorMention(herders, herders, "assoc", None)]
    return out


_VICTIM_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# the people an attack verb names as its object are its victims whichever word the role reader put on the
# receiving side ("relatives of a smuggler opened fire on a group of migrants", "ont tiré sur des migrants")
_FIRED_ON = re.compile(
    r"\b(?:(?:opened|open)\s+fire\s+on|fired\s+(?:on|at|into)|shot\s+at|attacked|targeted|massacred|"
    r"(?:ont|a)\s+(?:ouvert\s+le\s+feu|tiré)\s+sur|(?:ont|a)\s+attaqué|(?:ont|a)\s+ciblé)\s+"
    r"(?:(?:a|the|some|several|two|three|four|five|\d+|des|les|un|une|deux|trois|plusieurs)\s+)?"
    r"(?:(?:group|crowd|boat|convoy|camp|groupe|foule|bateau|convoi)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE,
)


def victim_identity(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """A civilian victim the note names by the group they belong to ("an off-duty policeman") keeps that
    group as an associated actor (ACLED codebook: the victims are "Civilians (country)", their force or
    group assoc_actor_2; the groups are listed in the actor file's ``victim_identities``). A victim's ethnic
    group, when named, is the identity ACLED records instead."""
    civ = tag(CIVILIANS, scene.country)
    if scene.event_type not in _VICTIM_TYPES or not any(a.role == "actor2" and a.canonical == civ for a in out):
        return out
    if scene.scope is None or any(a.role == "assoc" and "Ethnic Group" in a.canonical for a in out):
        return out
    kb = load_kb()
    listed = {a.canonical for a in out}
    # only the word the sentence made the victim: a herder who did the killing or a student who watched is not
    victims = {a.span.start for a in out if a.span is not None and a.role == "actor2"}
    for h in scene.hits:
        if h.kind == "civilian" and _FIRED_ON.search(scene.text[max(0, h.start - 60) : h.start]):
            victims.add(h.start)
    for h in scene.hits:
        if not (scene.scope[0] <= h.start < scene.scope[1]) or h.kind != "civilian" or h.start not in victims:
            continue
        ident = kb.identities.get(h.text.lower())
        if ident is None:
            continue
        if ident.endswith(":"):
            force = kb.entries.get(f"{ident}{scene.country}") if scene.country else None
            if force is None:
                continue
            name = force.resolve(scene.country, scene.when)
        else:
            name = ident.replace("({country})", f"({scene.country})" if scene.country else "").strip()
        if name not in listed:
            return [*out, ActorMention(h.text, name, "assoc", Span(h.start, h.end))]
    return out


_WORSHIPPERS = re.compile(
    r"worshipp?ers|congregation|parishioners|churchgoers|faithful|fid[eè]les|pri[aà]nts", re.IGNORECASE
)
_CHURCH = re.compile(
    r"\b(?:church(?:es)?|chapels?|parish|cathedral|mass|[ée]glises?|paroisses?|chapelles?|messe)\b", re.I
)
_MOSQUE = re.compile(r"\b(?:mosques?|mosqu[ée]es?|friday prayers?|pri[èe]re du vendredi)\b", re.IGNORECASE)


# Countries where well over nine in ten people are Muslim (CIA World Factbook, "Religions": Libya 96.6%,
# Algeria 99%, Mauritania 100%, Niger 99.3%, Mali 93.9%; Burkina Faso 61.5% and Chad 52.1% are not)
_NEARLY_ALL_MUSLIM = frozenset({"Libya", "Algeria", "Mauritania", "Niger", "Mali", "Tunisia", "Morocco"})


def worship_identity(out: list[ActorMention], scene: Scene) -> list[ActorMention]:
    """Civilians killed or taken as worshippers at a church or a mosque were targeted for their faith: ACLED
    lists the faith's group as the victims' associated actor ("Christian Group (Burkina Faso)", codebook:
    identity groups as associated actors); the word "worshippers" alone does not say which faith."""
    civ = tag(CIVILIANS, scene.country)
    if scene.event_type not in _VICTIM_TYPES or scene.scope is None:
        return out
    victims = [a for a in out if a.role == "actor2" and a.canonical == civ and _WORSHIPPERS.fullmatch(a.name)]
    if not victims:
        return out
    sentence = scene.text[scene.scope[0] : scene.scope[1]]
    church, mosque = _CHURCH.search(sentence), _MOSQUE.search(sentence)
    if bool(church) == bool(mosque):
        return out
    if mosque and scene.country in _NEARLY_ALL_MUSLIM:
        # where nearly everyone is Muslim, worshippers at a mosque were not set apart by their faith
        return out
    name = tag("Christian Group" if church else "Muslim Group", scene.country)
    if any(a.canonical == name for a in out):
        return out
    return [*out, ActorMention(victims[0].name, name, "assoc", victims[0].span)]
