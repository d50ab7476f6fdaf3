"""French trigger lexicon: the words of Sahel press French for each act class of :mod:`sitrep.nlp.triggers`.

French briefs name acts with nouns as often as verbs ("attaque", "embuscade", "enlèvement") and with
compound participles ("ont été tués", "a sauté sur une mine"), so the patterns cover the noun, the
participle in its four agreements and the common set phrases. Order matters: at one position the first
class listed wins, so compounds that change the act ("désamorcé un engin explosif" is a disrupted weapon,
not an explosion) come before their parts, and riots come before looting and destruction (in French
notes "saccagé" is said of crowds far more than of armed groups).
"""

from __future__ import annotations

import re

__all__ = ["FR_LEXICON", "FR_PREFIX", "FR_PREFIX_CLS"]

_PP = r"(?:ées|és|ée|é)"  # the four endings of a first-group past participle

FR_LEXICON: list[tuple[str, str]] = [
    (
        "disrupt",
        # two verbs on one object and a date between commas may stand before it ("a découvert et détruit,
        # le 3 mars, cinq bombes")
        rf"(?:désamorc|neutralis|détruit|découvert|saisi|retrouv){_PP}?\w*(?:\s+et\s+\w+)?(?:\s*,[^,.;]{{1,45}},)?"
        r"\s+(?:\w+\s+){0,2}?"
        r"(?:engins?\s+explosifs?(?:\s+improvisés?)?|EEI|IED|mines?|bombes?|explosifs?|armes|munitions|caches?)\b|"
        r"caches? d['’]armes|saisies? d['’]armes|caches? contenant|démantel\w+|déminage|démineurs?|intercept\w+",
    ),
    (
        "suicide",
        # a "voiture piégée" alone is a remote explosive ("explosive" below): only a bomber who dies with
        # it makes it a suicide attack (ACLED codebook, "Suicide bomb")
        r"kamikazes?|attentats?[- ]suicides?|attaques?[- ]suicides?|"
        r"(?:véhicules? piégés?|voitures? piégées?|camions? piégés?)[- ]suicides?|s['’](?:est|sont) fait exploser",
    ),
    (
        "air",
        r"frappes? aériennes?|frappes? de drones?|frappes? d['’](?:un |des )?(?:drones?|avions?|hélicoptères?)|"
        # "des avions de chasse français, à la demande du gouvernement, ont frappé": the craft's kind, owner or an
        # aside may stand before the verb
        r"raids? aériens?|bombardements? aériens?|bombard\w+|(?:drones?|avions?|hélicoptères?|aviation|mirage)"
        r"(?:\s+[\w'’-]+){0,3}?(?:,[^,.;()]{1,60},)?\s+(?:a|ont)\s+(?:frappé|visé|ciblé|bombardé)|frappes?\b",
    ),
    (
        "shell",
        r"obus|roquettes?|tirs? de mortiers?|mortiers?|tirs? indirects?|missiles?|artillerie",
    ),
    ("grenade", r"grenades?"),
    (
        "explosive",
        r"engins? explosifs?(?: improvisés?)?|"
        r"véhicules? piégés?|voitures? piégées?|camions? piégés?|EEI\b|IED\b|"
        r"mines?(?!\s+d['’]or)(?: artisanales?| antipersonnel)?\b|"
        r"explosions?|explos\w+|(?:a|ont) sauté|sauté sur|bombes?|détonations?",
    ),
    ("sexual", rf"viols?\b|viol{_PP}\b|violences? sexuelles?"),
    (
        "abduct",
        # "enlèvent": the present of a tweet or headline ("des bandits enlèvent 9 villageois")
        rf"enlèvements?|enlev{_PP}|enl[eè]v\w+|kidnapp\w+|rapts?\b|pris en otages?|otages?|séquestr\w+|"
        r"portés? disparus?|disparus?\b",
    ),
    (
        "kill",
        rf"tu{_PP}\b|tuant|tuer\b|tuent\b|tuerie\w*|morts\b|(?:un|retrouvée?s?) morte?s?\b|décès|décéd{_PP}|"
        r"exécut\w+|assassin\w+|égorg\w+|massacr\w+|"
        rf"abattu\w*|neutralis{_PP}|(?:a|ont) perdu la vie|trouvé la mort|(?:a|ont) perdu\b|corps\b|cadavres?|"
        r"sans vie|lynch\w+",
    ),
    (
        "clash",
        # "une colonne a été accrochée par l'armée", "l'armée a accroché les rebelles": the verb of the noun
        # "accrochage", the two sides came to blows
        rf"affrontements?|affront\w+|accrochages?|accroch{_PP}\b(?! (?:au|aux|à)\b)|combats?\b|combattu|"
        r"échanges? de tirs|échang\w+ des tirs|"
        rf"ripost{_PP}?\w*|repouss\w+|(?:ont|a) opposé|heurts",
    ),
    (
        "attack",
        r"attaqu\w+|attentats?|embuscades?|assauts?\b|raids?\b|ouvert le feu|tir(?:é|ant) sur|pris pour cible|"
        # "prise à partie par des hommes armés": set upon, the set phrase of French security briefs
        r"pris(?:es?)? à partie|prendre à partie|"
        rf"cibl{_PP}|vis{_PP}\b|incursions?|offensives?|(?:mené|mènent|menée) (?:une|des) opérations?|"
        # "lors d'une opération de ratissage": the operation frames another act (arrests, a find), no attack
        r"(?<!lors d'une )(?<!lors d’une )(?<!au cours d'une )(?<!au cours d’une )(?<!pendant une )"
        r"(?<!durant une )(?<!lors des )(?<!au cours des )(?<!pendant des )"
        r"opérations? (?:militaire|antiterroriste|de ratissage)s?",
    ),
    (
        "shoot",
        r"bless\w+|tabass\w+|tortur\w+|fouett\w+|menac\w+|molest\w+|brutalis\w+|passés? à tabac|"
        r"tirs?\b(?!\s+(?:de\s+sommation|de\s+semonce|en\s+l['’]air))",
    ),
    (
        "riot",
        r"émeut\w+|barricad\w+|pneus?|(?:jet|lanc)\w* des pierres|jets? de pierres|foule en colère|"
        r"jeunes en colère|saccag\w+|vandalis\w+",
    ),
    (
        # force used on a crowd says nothing of the crowd's own conduct (ACLED codebook: tear gas on
        # peaceful demonstrators is a protest with intervention, not a riot); "se sont dispersés" is the
        # crowd leaving of itself
        "intervene",
        r"gaz lacrymogènes?|lacrymogènes?|canons? à eau|balles en caoutchouc|"
        # shots fired into the air are a warning, not harm (see the English lexicon)
        r"tirs? (?:de sommation|de semonce|en l['’]air)|tir(?:é|és|ant|er)? en l['’]air|coups de feu en l['’]air|"
        r"(?<!se sont )(?<!s['’]est )dispers(?:é|és|ée|ées|er|ant)\b",
    ),
    (
        "loot",
        rf"pill{_PP}?\w*|vol(?:é|és|ée|ées|ent)\b|dérob\w+|razzias?|rackett?\w*|extorsions?|emport{_PP}|"
        r"vols? de bétail",
    ),
    (
        "destroy",
        r"incendi\w+|brûl\w+|détrui\w+|destructions?|mis le feu|sabot\w+|démoli\w+",
    ),
    (
        "arrest",
        rf"arrestations?|arrêt{_PP}\b|arrêter|interpell\w+|appréhend\w+|mis aux arrêts|gardés? à vue|"
        r"garde à vue|détenus?\b|captur\w+|fait prisonniers?|faits prisonniers",
    ),
    (
        # armed men gathering the villagers to preach to or warn them ("ont rassemblé les habitants devant la
        # mosquée"): the people are summoned, they do not demonstrate (ACLED codebook: Strategic
        # developments/Other covers armed groups' non-violent shows of authority); listed before "protest"
        # so the gathering is not read as a rally. Mapped with "curfew", the other Strategic/Other class.
        "curfew",
        r"(?:rassembl|regroup|réun)\w+\s+(?:tous\s+)?(?:les|des)\s+(?:habitants|villageois|populations?|fidèles|"
        r"hommes du village|notables)\b",
    ),
    (
        "protest",
        r"manifest\w+|(?:a|ont) marché|une marche|marche (?:pacifique|de protestation)|sit-?in|rassembl\w+|"
        r"grève|protest(?!ant)\w+|défil\w+|boycott\w*|pétition|meeting",
    ),
    (
        # a truce one side declares alone: a change to its own activity, not an agreement (see triggers_en)
        "change",
        r"(?:cessez-le-feu|trêve) unilatérale?",
    ),
    (
        "agreement",
        r"accords?\b|cessez-le-feu|trêves?|pactes?|sign\w+|réconciliation|négoci\w+|libér\w+|"
        r"échanges? de prisonniers",
    ),
    (
        "territory",
        r"(?:pris|repris|prennent|reprend) le contrôle|(?:s['’]est|se sont) empar\w+|occup\w+|"
        # "l'armée a réinvesti Pensa": a force moving back into a place it had left
        r"réinvest\w+|"
        r"(?:se sont|s['’]est) retir\w+|retrait|"
        # "sont entrés dans la ville sans rencontrer de résistance", "la prise de contrôle de la ville"
        r"(?:entr(?:é|és|ée|ées)|pénétr(?:é|és|ée|ées))(?: dans| à)?(?: la ville| le village| la localité| le camp)?"
        r"(?= sans (?:rencontrer |rencontrer de |aucune )?(?:de |aucune )?(?:résistance|combat|coup férir))|"
        r"prises? de contrôle d[eu']",
    ),
    (
        # a measure restricting movement is a strategic development of its own (ACLED codebook,
        # Strategic developments/Other: curfews, states of emergency)
        "curfew",
        r"couvre-feux?|état d['’]urgence",
    ),
    (
        "base",
        r"(?:établi|installé|ouvert|construit|implanté|déployé)e?s?\s+(?:une\s+|un\s+|la\s+|le\s+|de\s+)?"
        r"(?:nouvelles?\s+|nouveaux?\s+)?(?:bases?|camps?|postes?|quartier général)|nouvelle base",
    ),
    (
        "change",
        r"rallié\w*|ralliement|reddition|se sont rendus|s['’]est rendu|déposé les armes|désarm\w+|nommé\w*|"
        r"recrut\w+|fusion\w*|création|"
        # "a suspendu sa participation au processus", "la suspension de ses patrouilles mixtes" (see triggers_en)
        r"(?:suspen\w+|suspension d[eu']) (?:sa|ses|leur|leurs|la|les) (?:\w+ )?(?:patrouilles|opérations|"
        r"participation|activités|coopération)",
    ),
]

# Note prefixes of French bulletins ("Enlèvement : ...", "Manifestation : ...").
FR_PREFIX = re.compile(
    r"^\s*(pillage|destruction de biens|arrestations?|interpellations?|manifestations?|émeutes?|accord|"
    r"enlèvements?|installation d['’]une base)\s*:",
    re.IGNORECASE,
)
FR_PREFIX_CLS = {
    "pillage": "loot",
    "destruction de biens": "destroy",
    "arrestation": "arrest",
    "arrestations": "arrest",
    "interpellation": "arrest",
    "interpellations": "arrest",
    "manifestation": "protest",
    "manifestations": "protest",
    "émeute": "riot",
    "émeutes": "riot",
    "accord": "agreement",
    "enlèvement": "abduct",
    "enlèvements": "abduct",
    "installation d'une base": "base",
    "installation d’une base": "base",
}
