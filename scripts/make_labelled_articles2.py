# ruff: noqa: E501  (a data table: whole articles read better as long lines than as wrapped strings)
"""Writes tests/data/labelled_articles2.jsonl: twelve whole encyclopedia-style articles (Mali, Burkina Faso,
Niger, Chad, Libya, Algeria, 2018-21), each about ONE attack, battle, massacre, strike or prison break,
with the ACLED coding of that main event.

Why this set: the sealed test includes whole Wikipedia-style articles, where the main event has to be
picked out from background paragraphs (earlier attacks with their own dates and tolls), infoboxes and
aftermath sections (funerals, claims, reprisals, later strikes). The short-note sets never exercise that
choice. The articles were written blind to the extractor's rules, in our own words (no text copied from
any encyclopedia); they use real places and organisations.

Which events are real and which invented (facts of real events are given as we recall them; tolls and
times may differ in detail from the public record, and the gold follows the article's own text):
  001 Sokolo camp attack, 26 January 2020, Mali ........................ real (infobox layout)
  002 Frappe de Bounti, 3 janvier 2021, Mali (French) .................... real
  003 IED on a French armoured vehicle near Hombori, 28 December 2020 .... real
  004 Douentza prison break, 14 July 2021, Mali ......................... invented (real town and group)
  005 Silgadji massacre, 25 January 2020, Burkina Faso .................. real (infobox layout)
  006 Boukouma convoy ambush (Arbinda-Gorgadji road), 18 August 2021 ..... real; tolls simplified
  007 Titao ambush on VDP, 23 December 2021, Burkina Faso ................ real
  008 Embuscade de Tongo Tongo, 14 mai 2019, Niger (French) .............. real
  009 Toumour attack, 12 December 2020, Niger ............................ real
  010 Baga Sola army post attack, 17 September 2020, Chad ................ invented (real town, group, background)
  011 Tripoli military academy drone strike, 4 January 2020, Libya ....... real (infobox layout)
  012 Timiaouine suicide car bombing, 9 February 2020, Algeria ........... real

Coding follows ACLED's codebook and the conventions of make_labelled_theatres.py: fatalities are all deaths of
all sides in the main event, the lowest credible figure, attackers included, wounded not counted; gendarmes are
police forces; an unclaimed attack is an Unidentified Armed Group of the country. Coordinates for Mali,
Burkina Faso and Niger are GeoNames points (feature class P) from shared/gazetteer/geonames-*.txt rounded to two
decimals; for Chad, Libya and Algeria they are the towns' well-known (GeoNames) points, as in
make_labelled_theatres.py (Timiaouine's is approximate: it is not in our dumps).
Re-run after editing: ``python scripts/make_labelled_articles2.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, GNA, ISGS, ISWAP, JNIM, LNA, UAG, VDP, B, E, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Sokolo": ("Mali", "Segou", 14.73, -6.12),
    "Bounti": ("Mali", "Mopti", 15.20, -2.59),
    "Hombori": ("Mali", "Mopti", 15.28, -1.70),
    "Douentza": ("Mali", "Mopti", 15.00, -2.95),
    "Silgadji": ("Burkina Faso", "Sahel", 13.81, -1.33),
    "Boukouma": ("Burkina Faso", "Sahel", 14.20, -0.73),
    "Titao": ("Burkina Faso", "Nord", 13.77, -2.07),
    "Tongo Tongo": ("Niger", "Tillaberi", 15.05, 1.83),
    "Toumour": ("Niger", "Diffa", 13.67, 13.13),
    "Baga Sola": ("Chad", "Lac", 13.53, 14.32),  # well-known town point, as in make_labelled_theatres.py
    "Tripoli": ("Libya", "Tripoli", 32.89, 13.19),  # city point
    "Timiaouine": ("Algeria", "Adrar", 20.44, 1.80),  # approximate town point; Adrar as ACLED coded the area
}
ML, PML = "Military Forces of Mali (2013-)", "Police Forces of Mali (2013-)"
BF = "Military Forces of Burkina Faso (2015-2022)"
NE = "Military Forces of Niger (2011-2021)"
TD = "Military Forces of Chad (1990-2021)"
FRA = "Military Forces of France"
DZ19 = "Military Forces of Algeria (2019-)"

SOKOLO = """2020 Sokolo attack

{{Infobox military conflict
| conflict = 2020 Sokolo attack
| partof = the Mali War
| date = 26 January 2020
| place = Sokolo, Niono Cercle, Ségou Region, Mali
| result = Jihadist victory; camp looted
| combatant1 = Mali Armed Forces
| combatant2 = Jama'at Nasr al-Islam wal Muslimin (JNIM)
| casualties1 = 20 killed, 5 wounded
| casualties2 = Unknown
}}

The 2020 Sokolo attack took place on 26 January 2020, when fighters of Jama'at Nasr al-Islam wal Muslimin (JNIM) overran the camp of the Malian Armed Forces (FAMa) at Sokolo, a small town in the Niono Cercle of central Mali, close to the border with Mauritania. Twenty soldiers died and five were wounded, making it one of the heaviest losses suffered by the Malian army in the Ségou Region.

== Background ==
Since 2015 the Katiba Macina, a component of JNIM led by the preacher Amadou Koufa, has spread from the Inner Niger Delta into the rice-growing areas around Niono. On 17 March 2019 a raid on the army post at Dioura, some 80 km to the north-east, had cost the lives of about 21 soldiers. Later that year the army lost 38 men at Boulkessi and Mondoro (30 September – 1 October 2019), and 49 soldiers were killed at Indelimane on 1 November 2019, after which the government withdrew several isolated garrisons.

== Attack ==
At dawn on Sunday, 26 January 2020, dozens of gunmen on motorcycles and in pickup trucks approached the camp from several directions. The assailants shelled the position before storming it; the garrison held out for about two hours. When the fighting ended, the attackers had burned vehicles and carried away weapons and ammunition. The army said that twenty of its soldiers had been killed and five wounded. It did not give a figure for losses among the assailants.

== Aftermath ==
Reinforcements from Diabaly and Niono reached Sokolo on 27 January, and the air force carried out reconnaissance flights over the area. JNIM claimed the attack on 28 January through its al-Zallaqa media outlet. The dead soldiers were buried in Ségou on 29 January in a ceremony attended by the chief of the general staff. Opposition deputies called for an inquiry into why the camp had not been reinforced after warnings from residents. In February 2020 the army redeployed a unit to Kidal, for the first time since 2014.
"""

BOUNTI = """Frappe aérienne de Bounti

La frappe aérienne de Bounti est un bombardement mené le 3 janvier 2021 par l'armée de l'air française, dans le cadre de l'opération Barkhane, près du village de Bounti, dans le cercle de Douentza (région de Mopti), au centre du Mali. Au moins 19 personnes ont été tuées. Les habitants affirment que les victimes étaient des civils réunis pour un mariage, tandis que l'état-major français soutient avoir visé un rassemblement de combattants jihadistes.

== Contexte ==
La zone de Douentza est depuis 2016 un terrain d'action de la katiba Serma, affiliée au Groupe de soutien à l'islam et aux musulmans (GSIM). Le 28 décembre 2020, trois soldats français avaient été tués par un engin explosif près de Hombori ; le 2 janvier 2021, deux autres militaires français ont perdu la vie dans l'explosion d'une mine dans la région de Ménaka. Début janvier, Barkhane a lancé l'opération « Eclipse » avec les armées malienne et burkinabè dans la zone des trois frontières.

== Déroulement ==
Le 3 janvier 2021, vers 15 heures, un avion de chasse Mirage 2000 guidé par un drone Reaper a largué trois bombes sur un groupe d'hommes réunis à l'écart du village. Selon des habitants et l'association peule Tabital Pulaaku, les hommes célébraient un mariage. Au moins 19 personnes ont été tuées sur le coup ou ont succombé à leurs blessures ; plusieurs blessés ont été évacués vers Douentza.

== Réactions ==
Le 7 janvier, le ministère français des Armées a affirmé que la frappe avait « neutralisé plusieurs dizaines de terroristes » et démenti la présence d'une fête. Le gouvernement malien de transition a soutenu cette version. Le 30 mars 2021, la division des droits de l'homme de la MINUSMA a publié un rapport concluant que le rassemblement était bien un mariage et que la grande majorité des victimes étaient des civils ; Paris a contesté la méthodologie du rapport. Des organisations de défense des droits humains ont demandé une enquête indépendante.
"""

HOMBORI = """December 2020 Hombori bombing

On 28 December 2020, three French soldiers of Operation Barkhane were killed when an improvised explosive device struck their armoured vehicle in the Hombori area of central Mali. The soldiers, from the 1st Chasseurs Regiment, were taking part in an escort mission between Gossi and Hombori, in the Mopti Region. Jama'at Nasr al-Islam wal Muslimin (JNIM) later claimed responsibility.

== Background ==
France had deployed Barkhane across the Sahel since August 2014. Its deadliest single loss occurred on 25 November 2019, when two helicopters collided during a night operation in the Ménaka Region, killing thirteen soldiers. In 2020 the French command concentrated its efforts on the "three borders" zone after the Pau summit of 13 January 2020. Roadside bombs had become the main threat to convoys on the national road 16 linking Mopti and Gao.

== Explosion ==
Early on 28 December 2020, a light armoured vehicle (VBL) travelling in a logistics convoy drove over a buried charge roughly 20 km from Hombori. The blast destroyed the vehicle and killed its three occupants: a brigadier-chief, a brigadier and a first-class chasseur. No one else in the convoy was hurt, and the convoy continued to Hombori after the area was secured.

== Aftermath ==
President Emmanuel Macron expressed the nation's gratitude on the same day. JNIM claimed the attack in a statement on 2 January 2021. On that same day two more soldiers, of the 2nd Hussar Regiment, died and a third was hurt when a mine exploded under their armoured vehicle in the Ménaka Region, bringing French losses in the Sahel to fifty. A national tribute was held at the Hôtel des Invalides on 5 January 2021. On 3 January a French airstrike near Bounti, in the same region, killed at least 19 people, in an incident that became controversial.
"""

DOUENTZA = """2021 Douentza prison break

The 2021 Douentza prison break was an armed assault on the prison (maison d'arrêt) of Douentza, in the Mopti Region of Mali, in the early hours of 14 July 2021. Fighters of Jama'at Nasr al-Islam wal Muslimin (JNIM) attacked the gendarmerie detachment that guarded the prison and freed several dozen inmates. Two gendarmes, a warder and four of the attackers were killed.

== Background ==
Douentza lies on the road between Mopti and Gao and had been under pressure from JNIM's Katiba Serma since 2019. On 2 February 2021 a JNIM attack on the army camp at Boni, 90 km to the east, was repelled; the army reported nine soldiers and about twenty militants killed. The military coup of 24 May 2021, the second in nine months, was followed by a reshuffle of regional commanders. Many of the prison's inmates were awaiting trial on terrorism charges.

== Attack ==
Shortly after 2 a.m. on 14 July 2021, a group of around thirty armed men on motorcycles opened fire on the gendarmes posted at the prison gate, while a second group breached the rear wall with explosives. The gendarmes exchanged fire with the assailants for almost an hour. Two gendarmes and a prison warder were killed, and four attackers died in the fighting. Thirty-one inmates escaped; most of them left with the attackers towards the Gandamia hills.

== Aftermath ==
On 15 July the Ministry of Justice announced that nine of the escapees had been recaptured near Douentza and Boré. JNIM claimed the operation on 17 July and said its aim was to free "imprisoned brothers". The governor of Mopti imposed a curfew on motorcycles in the cercle. The victims were buried in Mopti on 16 July. A week later, on 21 July, an army patrol was ambushed near Douentza, and one soldier was killed.
"""

SILGADJI = """Silgadji massacre

{{Infobox civilian attack
| title = Silgadji massacre
| location = Silgadji, Tongomayel Department, Soum Province, Burkina Faso
| date = 25 January 2020
| type = Mass shooting
| deaths = 39 civilians
| perpetrators = Unidentified armed men
}}

The Silgadji massacre was an attack on the village of Silgadji, in the Soum Province of northern Burkina Faso, on 25 January 2020. Gunmen killed 39 civilians, most of them gathered at the weekly market. It was the second mass killing of civilians in the country within a week.

== Background ==
Jihadist violence in Burkina Faso grew sharply from 2016, starting in the Soum Province and spreading to the Centre-Nord and Est regions. In January 2019, after the killing of a village chief, the Koglweogo self-defence group killed 49 people in and around Yirgou, according to the official count. On 24 December 2019 an assault on Arbinda left 35 civilians and 7 soldiers dead. On 20 January 2020 gunmen attacked the villages of Nagraogo and Alamou in the Sanmatenga Province and killed 36 people. The next day parliament adopted a law creating the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force.

== Attack ==
On Saturday, 25 January 2020, armed men arrived in Silgadji and gathered the people present at the market and in the village. They separated the men from the women and children, then opened fire on the men. The attackers also burned shops and carts before leaving in the direction of the Malian border. The government said the next day that 39 civilians had been killed and three wounded. No group claimed responsibility.

== Aftermath ==
President Roch Marc Christian Kaboré declared 48 hours of national mourning from 28 January. Hundreds of survivors fled to Djibo and Kaya. On 29 January the army said it had killed several militants during an operation in the Soum. The UNHCR reported in February that more than 700,000 people had been displaced in Burkina Faso, a figure that passed one million later in 2020.
"""

BOUKOUMA = """2021 Arbinda–Gorgadji convoy ambush

On 18 August 2021, militants ambushed a convoy of civilians travelling under military escort near Boukouma, on the road between Arbinda and Gorgadji in the Sahel Region of Burkina Faso. The attack killed 59 civilians, 15 soldiers and 6 Volunteers for the Defence of the Homeland (VDP). The government said 58 of the attackers were killed during the fighting.

== Background ==
The Soum and Séno provinces had been among the areas most affected by the insurgency since 2016. Arbinda, under a blockade, could only be supplied by escorted convoys. On 4 June 2021 the village of Solhan was attacked and at least 132 people were killed, the deadliest attack in the country's history. In the same month, 11 policemen died in an ambush near Tin-Akoff on 21 June 2021.

== Ambush ==
The convoy, made up of trucks and buses carrying traders and families, left Arbinda in the morning with an escort of soldiers and VDP. Around 25 km from Gorgadji, near the hamlet of Boukouma, it came under heavy fire from militants positioned on both sides of the road. The escort fought back for several hours, and the attackers withdrew when reinforcements arrived. The Islamic State in the Greater Sahara claimed the attack on 20 August.

== Casualties ==
In its first statement the government announced 80 dead among the convoy: 59 civilians, 15 soldiers and 6 VDP, with 19 people wounded. It added that 58 assailants had been killed and others put to flight. Local sources said that many civilians were shot while fleeing the vehicles.

== Aftermath ==
President Kaboré declared three days of national mourning starting on 19 August. On 4 October 2021 a further attack near Gorgadji killed 14 soldiers. Anger over the security situation grew after the Inata attack on 14 November 2021, which killed 53 gendarmes and civilians, and contributed to the coup of January 2022.
"""

TITAO = """Titao ambush

The Titao ambush took place on 23 December 2021 near Titao, the capital of the Loroum Province in northern Burkina Faso, when gunmen attacked a convoy escorted by the Volunteers for the Defence of the Homeland (VDP). Forty-one people were killed, including Soumaïla Ganamé, known as Ladji Yoro, one of the best-known VDP commanders.

== Background ==
The Loroum Province, bordering Mali, saw repeated raids from 2019. On 4 October 2019 gunmen killed 20 gold miners at Dolmané, and on 8 July 2020 ten people were killed at a market in the province. Ladji Yoro had organised local self-defence in the Loroum before the VDP law of January 2020 and had survived several ambushes.

== Attack ==
On the morning of 23 December 2021, a convoy of vehicles carrying traders and travellers left Titao for Ouahigouya under a VDP escort. About ten kilometres out of Titao, the convoy was attacked by a large group of armed men. The VDP fought the assailants for about an hour before the attackers left with weapons and motorcycles. The government announced that 41 bodies had been found, most of them VDP, among them Ladji Yoro. No group claimed the attack.

== Aftermath ==
The government declared 48 hours of national mourning from 25 December. Thousands of people attended Ladji Yoro's funeral in Ouahigouya on 26 December. On 3 January 2022 a military operation in the province was said to have killed several suspected militants. The attack added to the anger that led to the military coup of 24 January 2022.
"""

TONGO = """Embuscade de Tongo Tongo (2019)

L'embuscade de Tongo Tongo est une attaque menée le 14 mai 2019 contre une patrouille de l'armée nigérienne près du village de Tongo Tongo, dans la région de Tillabéri, non loin de la frontière malienne. Vingt-huit soldats ont été tués. L'attaque a été revendiquée par l'État islamique au Grand Sahara (EIGS).

== Contexte ==
Le même secteur avait déjà été le théâtre d'une embuscade le 4 octobre 2017 : quatre soldats américains et quatre soldats nigériens y avaient trouvé la mort, et 21 assaillants auraient été tués. Depuis, l'EIGS d'Adnan Abou Walid al-Sahraoui multipliait les attaques dans le nord de la région de Tillabéri, où l'état d'urgence est en vigueur depuis 2017. Le 13 mai 2019, des hommes armés avaient attaqué la prison de haute sécurité de Koutoukalé, sans parvenir à y pénétrer.

== L'embuscade ==
Le 14 mai 2019, une patrouille partie à la poursuite d'assaillants est tombée dans une embuscade tendue par plusieurs dizaines de combattants lourdement armés, près de Tongo Tongo. Les combats ont duré plusieurs heures. Selon le ministère de la Défense, le bilan définitif est de 28 soldats tués ; le ministère n'a pas donné de chiffre pour les pertes des assaillants.

== Suites ==
L'État islamique a revendiqué l'embuscade le 16 mai, par l'intermédiaire de sa « province d'Afrique de l'Ouest ». Les soldats ont été inhumés à Niamey le 17 mai. Le 1er juillet 2019, 18 militaires ont été tués lors d'une attaque contre le camp d'Inatès, puis 71 lors d'un nouvel assaut contre le même camp le 10 décembre 2019.
"""

TOUMOUR = """Toumour attack

The Toumour attack was an assault on the town of Toumour, in the Diffa Region of south-eastern Niger, on the evening of 12 December 2020. Jihadist fighters set fire to hundreds of houses and the market and killed at least 28 civilians. The Islamic State West Africa Province (ISWAP) claimed responsibility.

== Background ==
The Diffa Region, on the Komadougou Yobé river along the Nigerian border, has been attacked by Boko Haram and later by its splinter ISWAP since 2015. On 3 June 2016 an assault on Bosso killed 26 Nigerien and Nigerian soldiers. In 2020 the region also hosted tens of thousands of refugees and displaced people, many of them in camps around Toumour.

== Attack ==
At around 6 p.m. on 12 December 2020, dozens of fighters arrived on foot and by motorcycle, firing on residents and setting houses alight. About 800 homes and the market were burned. The interior ministry said on 14 December that 28 people had been killed and about a hundred wounded; local officials gave a higher figure of 34 dead. Many victims died in the fires or drowned while trying to cross the river.

== Aftermath ==
The attack came on the eve of the municipal and regional elections of 13 December 2020, which went ahead in the rest of the region. ISWAP claimed the attack on 15 December. The government declared three days of national mourning. On 2 January 2021 more than 100 civilians were killed in the villages of Tchoma Bangou and Zaroumdareye, in the Tillabéri Region, in a separate attack.
"""

BAGASOLA = """2020 Baga Sola attack

The 2020 Baga Sola attack was an assault by Boko Haram fighters on a Chadian army post near Baga Sola, in the Lac Province of Chad, on 17 September 2020. Ten soldiers were killed. The army said that 21 assailants were also killed.

== Background ==
The Chadian shore of Lake Chad has suffered Boko Haram raids since 2015. On 22 March 2019 an attack on the Dangdala post killed 23 soldiers. On 23 March 2020, in the deadliest attack ever suffered by the Chadian army, 92 soldiers were killed at Bohoma. President Idriss Déby then led the "Wrath of Bohoma" operation from 31 March to 8 April 2020; the government said 1,000 militants and 52 soldiers died during the operation. Boko Haram attacks resumed in the islands in the summer of 2020.

== Attack ==
Before dawn on 17 September 2020, several dozen fighters of the faction of Boko Haram led by Abubakar Shekau landed from canoes and attacked the army post near Baga Sola. The soldiers repelled the assault after several hours of fighting. A military spokesman said that ten soldiers had been killed and twelve wounded, and that 21 attackers had been killed.

== Aftermath ==
The army sent reinforcements from Bol on 18 September and combed the islands nearby. On 21 September, four fishermen were abducted near Kaiga Kindjiria. The governor of the Lac Province extended the state of emergency. The soldiers killed in the attack were buried in N'Djamena on 20 September.
"""

TRIPOLI = """Tripoli military academy airstrike

{{Infobox event
| title = Tripoli military academy airstrike
| date = 4 January 2020
| time = about 21:20 (UTC+2)
| place = Military academy, al-Hadba al-Khadra, Tripoli, Libya
| type = Drone strike
| casualties1 = 26 killed (Libyan government figure; later reports up to 30)
| casualties2 = at least 33 wounded
}}

The Tripoli military academy airstrike was a drone strike on the parade ground of a military academy in the al-Hadba al-Khadra district of Tripoli, Libya, on 4 January 2020. At least 26 cadets, most of them young recruits, were killed. The Government of National Accord (GNA) blamed the Libyan National Army (LNA) of Khalifa Haftar, which denied involvement.

== Background ==
On 4 April 2019 the LNA launched an offensive to take Tripoli from the GNA. The front stalled in the southern suburbs, and both sides used armed drones supplied by foreign backers. On 2 July 2019 an airstrike on the Tajoura detention centre killed 53 migrants. In December 2019 Turkey agreed to send military support to the GNA.

== Strike ==
At about 21:20 on 4 January 2020, as cadets gathered on the parade ground before going to their dormitories, a missile struck the assembled group. The GNA health ministry first reported 26 dead and 33 wounded; later reports put the death toll at 30.

== Responsibility ==
The LNA denied carrying out the strike and suggested it had been caused by a shell fired from inside the city. In August 2020 an investigation by the BBC attributed the strike to a Chinese-made Wing Loong II drone operated by the United Arab Emirates in support of the LNA.

== Aftermath ==
The LNA took Sirte on 6 January 2020. A ceasefire proposed by Turkey and Russia began on 12 January, and world powers met at the Berlin Conference on 19 January 2020. The funerals of the cadets took place in Tripoli and Misrata on 5 and 6 January.
"""

TIMIAOUINE = """2020 Timiaouine bombing

On 9 February 2020, a suicide bomber drove a vehicle loaded with explosives into a military post at Timiaouine, near the Malian border in the Bordj Badji Mokhtar area of southern Algeria. A soldier on guard who tried to stop the vehicle was killed, along with the bomber. It was the first suicide attack in Algeria since 2017.

== Background ==
Southern Algeria has been largely spared by the Sahel conflict since the In Amenas hostage crisis of January 2013, in which at least 40 hostages died. The previous suicide attack in the country, on a police station in Tiaret on 31 August 2017, had killed two policemen. Since 2013 the army has reinforced its positions along the borders with Mali and Niger.

== Bombing ==
In the morning of 9 February 2020, a four-wheel-drive vehicle approached the entrance of the detachment at Timiaouine. The sentry opened fire and the driver detonated his charge before reaching the post. According to the Ministry of National Defence, one soldier was killed and the attacker died in the explosion. No group immediately claimed the attack.

== Aftermath ==
President Abdelmadjid Tebboune sent condolences to the soldier's family, and the army chief of staff visited the southern military region. In the following weeks the army reported arresting several suspected support elements in Tamanrasset and In Guezzam and finding arms caches near Bordj Badji Mokhtar on 16 February.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2020-03-01", SOKOLO, "2020-01-26", B, "Armed clash", JNIM, ML, [], "Sokolo", 20),
    ("2021-04-15", BOUNTI, "2021-01-03", E, "Air/drone strike", FRA, f"{CIV} (Mali)", [], "Bounti", 19),
    ("2021-01-20", HOMBORI, "2020-12-28", E, "Remote explosive/landmine/IED", JNIM, FRA, [], "Hombori", 3),
    ("2021-08-01", DOUENTZA, "2021-07-14", B, "Armed clash", JNIM, PML, [], "Douentza", 7),
    (
        "2020-03-15",
        SILGADJI,
        "2020-01-25",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Silgadji",
        39,
    ),
    ("2022-02-10", BOUKOUMA, "2021-08-18", B, "Armed clash", ISGS, BF, [VDP], "Boukouma", 138),
    ("2022-02-15", TITAO, "2021-12-23", B, "Armed clash", f"{UAG} (Burkina Faso)", VDP, [], "Titao", 41),
    ("2020-01-05", TONGO, "2019-05-14", B, "Armed clash", ISGS, NE, [], "Tongo Tongo", 28),
    ("2021-01-20", TOUMOUR, "2020-12-12", V, "Attack", ISWAP, f"{CIV} (Niger)", [], "Toumour", 28),
    ("2020-10-10", BAGASOLA, "2020-09-17", B, "Armed clash", BH, TD, [], "Baga Sola", 31),
    ("2020-09-01", TRIPOLI, "2020-01-04", E, "Air/drone strike", LNA, GNA, [], "Tripoli", 26),
    ("2020-03-20", TIMIAOUINE, "2020-02-09", E, "Suicide bomb", f"{UAG} (Algeria)", DZ19, [], "Timiaouine", 2),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles2.jsonl"
    write_labelled(out, ROWS, "sitrep-articles2", P.__getitem__)


if __name__ == "__main__":
    main()
