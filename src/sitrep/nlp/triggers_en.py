"""English trigger lexicon: the words of Sahel English reporting for each act class of
:mod:`sitrep.nlp.triggers`, and the note prefixes ACLED analysts use (the French twin is
:mod:`sitrep.nlp.triggers_fr`).

Order matters: at one position the first class listed wins, so compounds that change the act ("an IED
ambush" is an explosion, not a fight) come before their parts.
"""

from __future__ import annotations

import re

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

# who makes a crowd: the unarmed people whose violence ACLED codes as a riot, not as an armed group's act
_CROWD = r"(?:crowds?|mobs?|residents|villagers|inhabitants|locals|youths|townspeople)"
# what is carried away when goods, not people, are taken ("carried away the medicine stock")
_GOODS = (
    r"(?:(?:the|their|its|all|some|a|an|several)\s+)?(?:[\w-]+\s+){0,2}?(?:stocks?|suppl(?:y|ies)|goods|medicines?|"
    r"drugs|food|grain|cattle|livestock|animals|sheep|goats|camels|money|cash|equipment|weapons|arms|"
    r"ammunition|vehicles?|motorbikes?|motorcycles?|cars?|trucks?|fuel|belongings|property|valuables)\b"
)

_LEXICON: list[tuple[str, str]] = [
    # a car bomb or VBIED is a suicide attack only when a bomber dies with it (ACLED codebook, "Suicide
    # bomb"); parked and set off, it is a remote explosive ("explosive" below)
    ("suicide", r"suicide[- ](?:bomb\w*|attack\w*|car|vehicle|truck)|kamikaze|svbieds?|suicide"),
    (
        "air",
        r"air[- ]?strikes?|air raids?|aerial (?:strikes?|bombardments?|bombings?|attacks?)|drone (?:strikes?"
        r"|attacks?)|(?:struck|hit|bombed|targeted) by (?:an? )?(?:drones?|aircraft|jets?|warplanes?|"
        r"helicopters?|helos)|(?:drones?|warplanes?|(?:fighter )?jets?|aircraft|helicopters?|helos|mirage \w+|"
        r"reaper)s?"
        # an aside may stand between the craft and the verb ("jets, at the request of the government, struck")
        r"(?:, [^,.;()]{1,60},)? "
        # the aircraft's owner may stand between the craft and the verb ("warplanes of the X forces struck")
        r"(?:of (?:the )?[A-Z][\w'’-]*(?: [\w'’-]+){0,3} )?"
        r"(?:struck|bombed|fired|strike|targeted|shot|hit|pounded|raided)|"
        # an air force's strike is an air strike whatever it hits ("an air force strike on rebel positions")
        r"air forces? (?:strikes?|struck|bombed|bombing|raids?|hit|pounded|targeted)|"
        r"bombarded|bombing raids?|ucav|uav strikes?",
    ),
    (
        "shell",
        r"shell(?:s|ed|ing)|mortars?|rockets?|artillery|missiles?|grads?\b|indirect fire|obus|"
        r"roquettes?",
    ),
    ("grenade", r"grenades?"),
    (
        # a bomb that opens the ambush names the weapon, not a fight ("an IED ambush on a supply truck",
        # "an attack with an IED"): one explosive act, so the ambush word must not make it a battle
        "explosive",
        _EXPLOSIVE_ATTACK + r"|ieds?|improvised explosive(?: devices?)?|(?:land)?mines?\b|explosive(?: devices?)?|"
        r"roadside bombs?|car bombs?|vbieds?|"
        r"booby-trapped (?:cars?|vehicles?)|bombs?\b|explosions?|blasts?|detonat\w+|exploded|engins? explosifs?|"
        r"explosifs?",
    ),
    ("sexual", r"rap(?:ed|es?|ing)\b|sexual(?:ly)? (?:violence|assault\w*|abused?)|gang[- ]raped"),
    (
        "abduct",
        r"abduct\w*|kidnap\w*|taken hostage|held hostage|hostages?|enlev\w+|kidnapp\w+|went missing|"
        # "carried away the medicine stock" takes goods (looting below), "carried away two women" takes people
        rf"gone missing|disappeared|taken away|led away|carried away(?! {_GOODS})",
    ),
    (
        # put to death by a crowd (see "riot" below); listed before the killings and beatings so that the
        # crowd, not the verb alone, types the act
        "riot",
        # ("killed by villagers" may be a village's armed men: only a crowd or a mob is one for "killed")
        r"(?:(?:beaten|stoned|clubbed|hacked|burned|burnt|lynched)(?: to death)? by (?:an? |the )?"
        rf"(?:angry |irate |enraged |furious )?{_CROWD}|killed by (?:an? |the )?(?:angry |irate |enraged |furious )?"
        r"(?:crowds?|mobs?))\b",
    ),
    (
        "kill",
        r"killed|killing|kills?\b|shot dead|executed|execution|murder\w*|assassinat\w+|beheaded|slain|"
        r"slaughtered|massacr\w+|slit|strangled|found dead|bodies|tu[ée]s?\b|dead\b|deaths?\b|died|"
        r"lost (?:their|his|her) li(?:fe|ves)|neutrali[sz]ed|perished|eliminat(?:ed|ing)|succumbed",
    ),
    (
        "clash",
        # "moved in without a fight", "took the camp without fighting": the fight that did not happen
        r"clash\w*|(?<!without a )(?<!without any )(?<!without )fight(?!ers?\b)\w*|fought|"
        r"exchanges? of (?:gun)?fire|gunfire|small[- ]arms fire|firefights?|skirmish\w*|"
        r"battles?\b|combats?\b|engaged|confrontations?|crossfire|heavy fire|shoot-?outs?|accrochages?|"
        # "no shots were fired": the fight the note says did not happen
        r"affrontements?|(?<!no )gunshots?(?! (?:were )?fired (?:in|into) the air)|"
        r"(?<!no )shots? (?:were )?fired(?! (?:in|into) the air)|"
        # "exchanged heavy-weapons fire", "exchanges of artillery fire": two sides firing at each other fight,
        # whatever the weapon (ACLED codes a two-sided exchange as an armed clash, shelling as one-sided)
        r"fired shots(?! (?:in|into) the air)|exchang(?:ed|ing|es?)(?: of)? (?:[\w-]+ ){0,2}?fire\b|"
        r"repelled|repulsed|"
        r"retaliated|returned (?:the )?fire|fired back|counter-?attack\w*|(?:communal )?violence between|"
        r"(?:air|aerial)(?:-| and )ground (?:strikes?|attacks?|assaults?|raids?)|"
        # "during a military operation": the operation frames another act (arrests, a find), no clash
        r"(?<!during a )(?<!during an )(?<!in the course of a )(?<!in the course of an )(?<!during )"
        r"(?:military|joint|security|counter-?terrorism|"
        r"anti-?terrorist|ground|air-?ground|cross-?border) operations?",
    ),
    (
        "attack",
        # "IS Sahel claimed burning a UN tanker": an armed group claiming harm done to a force is claiming
        # an attack, whatever verb names the harm; "destroyed three pickups carrying fighters" strikes the men
        # aboard, not property
        _CLAIMED_HARM + "|" + _STRUCK_CARRIERS + "|"
        r"attack\w*|ambush\w*|raid(?:s|ed)?\b|assault\w*\b(?! (?:rifles?|weapons)\b)|stormed|"
        r"opened fire|fired (?:on|at|upon|into)(?! the air)|"
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
        rf"carr(?:ied|ying|ies|y) off|(?:made|making) off with|took away|carr(?:ied|ying) away(?= {_GOODS})|"
        r"seized (?:\w+ )?(?:cattle|livestock|vehicles?|motorbikes?|motorcycles?|"
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
        # armed men gathering the villagers to preach to or warn them ("gathered the residents at the mosque"):
        # the people are summoned, they do not demonstrate (ACLED: Strategic developments/Other); before
        # "protest" so the gathering is not read as a rally. Mapped with "curfew", the other Strategic/Other class.
        "curfew",
        r"(?:gather\w*|assembl\w*|round\w* up|summon\w*)\s+(?:all\s+)?(?:the\s+)?(?:villagers|residents|inhabitants|"
        r"population|worshippers|village elders|men of the village)\b",
    ),
    (
        "protest",
        # "Protestant" (the church) is not a protest
        r"protest(?!ant)\w*|demonstrat\w+|march(?:ed|es|ers)?\b|sit-?ins?|rall(?:y|ies|ied)|"
        r"manifest\w+|strike action|went on strike|boycott\w*|petition\w*|"
        r"picket\w*|(?:took|take|taking|went|go|going|came) (?:out )?(?:to|into|onto|on) the streets?|"
        r"blocked (?:the )?(?:\w+ )?(?:roads?|access|traffic|trucks|highway)|limited service|"
        r"demand(?:ed|ing|s)? (?:the|that|for|their|better|an end)",
    ),
    (
        "riot",
        r"riot\w*|violent demonstrat\w+|barricad\w+|burn(?:ed|t|ing) tyres|threw stones|throw(?:ing|s)? stones|"
        r"stoned|stone-?throwing|disturbances?|"
        r"mob\b|lynch\w*|vandali[sz]\w+|"
        # a crowd putting someone to death is mob violence (ACLED codebook, Riots: "Mob violence", lynching
        # and vigilante justice); "lynched" is here and not among the killings for the same reason
        # ("a crowd in the market district beat to death": where the crowd gathered may stand between).
        # Before the bare "angry crowd" below, which would otherwise take the words and leave "to death" out
        # the place may carry its gloss ("residents of Orodara (Kénédougou province) beat to death")
        rf"(?:angry |irate |enraged |furious )?{_CROWD}(?: of (?-i:[A-Z])[\w'’-]+(?: \([^()]{{1,40}}\))?|"
        rf" (?:in|at|from) [^.;,]{{1,40}}?)? "
        r"(?:\w+ )?(?:beat|stoned|clubbed|hacked|burned|burnt)\b"
        r"(?: [\w'’-]+){0,4}? to death|"
        r"angry (?:youths?|crowd|mob)|"
        # a crowd setting on a person ("a crowd in the market attacked a man accused of theft"): vigilante
        # violence, not an armed group's attack (ACLED codebook, Riots: "Mob violence"); only a crowd or a mob,
        # since "villagers attacked" may be a village's armed men
        r"(?:an? |the )?(?:angry |irate |enraged |furious )?(?:crowds?|mobs?)(?: (?:in|at|from|of) [^.;]{1,40}?)? "
        r"(?:attacked|assaulted|set upon|beat up|beat)(?= (?:an? |the |two |three |several )?(?:\w+ )?"
        r"(?:man|men|woman|women|boy|girl|person|people|youths?|suspects?|thie(?:f|ves)|trader|driver)\b)|"
        # residents turning on a building in anger: a violent demonstration whatever their grievance
        rf"(?:angry |irate |enraged |furious )?{_CROWD}(?: of (?-i:[A-Z])[\w'’-]+)?"
        r"(?: (?:angered|angry|furious|enraged|incensed|outraged) (?:by|at|over)\b[^.;,]{0,60}?)? "
        r"(?:stormed|ransacked|torched|set fire to|set ablaze|vandali[sz]ed|wrecked)|"
        # a crowd wrecking property is a violent demonstration (ACLED codebook, Riots: "vandalism, property
        # destruction"); the crowd word must be the verb's subject, so "youths" ends the phrase
        # ("young people in Titao burned": where the crowd is may stand between)
        # ("young men angered by fuel shortages set fire to": what angered them may stand between too)
        r"(?:youths?|young (?:people|men)|crowds?)(?: (?:in|at|from|of) (?-i:[A-Z])[\w'’-]+)?"
        r"(?: (?:angered|angry|furious|enraged|incensed|outraged) (?:by|at|over)\b[^.;,]{0,60}?)? (?:\w+ )?"
        r"(?:burn(?:ed|t)|torched|"
        r"set (?:on )?fire(?: to)?|set ablaze|ransacked|looted|vandali[sz]ed|wrecked|destroyed)",
    ),
    (
        # force used on a crowd says nothing of the crowd's own conduct (ACLED codebook: police tear gas
        # on peaceful demonstrators is a protest with intervention, not a riot)
        "intervene",
        r"tear[- ]?gas|teargas|water cannons?|rubber bullets|"
        # shots fired into the air harm nobody: a warning to a crowd, not fighting or lethal force (ACLED
        # codebook: excessive force is lethal or injurious force against demonstrators)
        r"(?:fired|firing|fire) (?:warning )?shots (?:in|into) the air|warning shots|"
        r"(?:gun)?shots? (?:were )?fired (?:in|into) the air|fired (?:in|into) the air|"
        r"(?:dispersed|to disperse|dispersing) (?:the |a )?(?:crowds?|protesters|demonstrators|rall(?:y|ies)|"
        r"march(?:ers)?|gatherings?|sit-?ins?|them)\b",
    ),
    (
        # a measure restricting movement is a strategic development of its own (ACLED codebook,
        # Strategic developments/Other: curfews, states of emergency)
        "curfew",
        r"curfews?|state of emergency",
    ),
    (
        # a truce one side declares alone binds nobody else: the group changing its own activity, not an
        # agreement (ACLED codebook, Strategic developments: Agreement needs two or more parties)
        "change",
        r"unilateral (?:cease-?fire|truce)",
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
        # "killed nine soldiers before withdrawing": raiders leaving the scene took nothing and gave nothing up
        r"regained control|(?<!before )(?<!then )(?<!and )withdr[ea]w\w*|"
        r"(?:under|in) (?:the )?control of|controlled by|" + _LEFT_TOWN + "|"
        r"abandoned (?:the|their) (?:base|camp|post|position)|"
        # "handed over its base at Anefis to the joint unit": the holder gives up a site it held
        r"handed over (?:its|their|the) (?:\w+ )?(?:bases?|camps?|posts?|positions?|barracks)\b|"
        # a town taken by name ("took Kidal without a fight", "captured Sirte from the rebels")
        r"(?:took|captured|seized|retook|recaptured|entered) (?-i:[A-Z][a-z][\w'’-]+)"
        r"(?= without\b| unopposed\b| from (?:the )?(?-i:[A-Z]|rebels|militants|jihadists|forces))"
        # a force walking into a place left empty ("moved in without a fight", "entered the town unopposed")
        r"|(?:moved|marched|walked|rolled|entered)(?: in| into)?(?: it| the (?:town|city|village|locality|camp|base|"
        r"post|area))?(?= without (?:meeting |encountering |facing )?(?:a |any |much )?"
        r"(?:fight|fighting|resistance|opposition|combat|a shot)\b| unopposed\b)|"
        # the act told as a noun ("the takeover of the town by GNA forces"): control passing, not a fight
        r"take-?overs? of\b",
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
        r"demobili[sz]\w+|appointed|recruit\w*|created|formation of|announced the creation|"
        # a group stopping or leaving a shared activity ("suspended its joint patrols with the army",
        # "withdrew from the peace process"): a change to its own activity (ACLED codebook, Strategic
        # developments: Change to group/activity)
        r"suspen(?:d|ds|ded|ding|sion of) (?:its|their|his|the) (?:\w+ )?(?:patrols|operations|participation|"
        r"activities|cooperation|membership|involvement)",
    ),
    (
        "disrupt",
        r"defus\w+|dismantl\w+|neutrali[sz]ed an? (?:ied|explosive|bomb)|weapons? cache|arms cache|"
        r"cache of|seized (?:weapons|arms|ammunition|explosives)|discovered (?:an? )?(?:ied|explosive|"
        r"weapons|arms)|intercepted|cleared|deminers?|demining|"
        # a found or seized stock of arms never went off ("a cache ... was uncovered", "seized two homemade
        # bombs"): the codebook's disrupted weapons use
        r"(?:a |an |the )?caches? (?:containing|of|with)\b|"
        # "seized two pick-ups, six assault rifles and ammunition": arms taken off men who did not use them
        r"(?:seized|recovered|confiscated)\b(?=[^.;]{0,60}?\b(?:rifles?|guns|weapons|arms|ammunition|munitions)\b)|"
        r"(?:seized|recovered|uncovered|found|confiscated|discovered)(?: and \w+)?(?:,[^,.;]{1,30},)? "
        r"(?:\w+ ){0,3}(?:bombs?|ieds?|explosives?|"
        r"explosive devices?|mines?|shells?|rockets?|grenades?)\b",
    ),
]


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
