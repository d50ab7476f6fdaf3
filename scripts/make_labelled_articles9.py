# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles9.jsonl: ten whole encyclopedia-style articles, each about ONE event in
Mali, Burkina Faso, Niger, Libya, Mauritania or Algeria (2018-2021), with the ACLED-style coding of that main
event. Three are in French, two carry a "key: value" infobox after the title.

Why: this is a HELD-OUT set. It was written and coded blind to the extractor's rules (only the file layout of
make_labelled_articles6.py was looked at) and before any run of the extractor, so it measures how the article
rules carry to events no rule was fitted to. The hard parts are the ones real articles have: background attacks
with their own dates and tolls, later events in an aftermath section, tolls per side, official against claimed
figures, perpetrators named only in a later section, victims described by occupation, places relative to a town.
Texts are our own words, not copied from any encyclopedia; the references are generic and invented.

Provenance per article (real = a real event as remembered; details may be simplified or invented as noted):
 001 Abduction of Soumaïla Cissé near Koumaïra (Niafunké), Mali, 25 Mar 2020: real; one bodyguard killed
     (fatalities 1); the kidnappers are named only in the "Perpetrators" section (Katiba Macina -> JNIM, our
     coding rule). The 11 March traders' killing and the burned election material are invented background.
 002 Accord de Niono, Mali, 14 Mar 2021 (French): real local ceasefire between Dozo hunters and the Katiba
     Macina under the High Islamic Council; the exact day is as remembered (may be off by a day or two). Coded
     Strategic developments / Agreement, actor1 the Dozo (named first), actor2 JNIM, no deaths. The Farabougou
     siege (Oct 2020) is real; its toll, the 21 Feb and 1-2 July 2021 killings are invented.
 003 2018 Ouagadougou attacks, Burkina Faso, 2 Mar 2018 (infobox): real; 8 security forces + 8 attackers = 16
     (the early "28" and JNIM's "dozens" are not the conservative figure); Battles / Armed clash, JNIM against
     the army, French special forces associated with actor2 (they fought at the embassy).
 004 Massacre de Barga, Yatenga, Burkina Faso, 8 Mar 2020 (French): real; 43 dead (official, lower than the
     associations' figure); survivors blamed Koglweogo members, named only in "Auteurs"; Fulani victims as the
     associated ethnic group (ACLED habit). The 4 March killing is invented.
 005 Inates attack, Niger, 10 Dec 2019 (infobox): real; 71 soldiers + 57 attackers (the ministry's figures) =
     128; the "close to 100" soldiers of local media is not the conservative figure. Claimed under IS West
     Africa Province's name, coded ISGS as the text explains. Reinforcement details simplified.
 006 Manifestation du 15 mars 2020 à Niamey, Niger (French): real banned protest against the defence
     procurement scandal; riots, three people died in a fire; the exact circumstances of the fire are simplified.
     Riots / Violent demonstration, Rioters against Police Forces of Niger; the arrests are a later event.
 007 2018 High National Elections Commission attack, Tripoli, Libya, 2 May 2018: real; 12 victims + 2 attackers
     = 14 as simplified; IS named only in "Responsibility". The NOC (Sep 2018) and foreign ministry (Dec 2018)
     attacks are real aftermath events, tolls as remembered.
 008 Abduction of Siham Sergiwa, Benghazi, Libya, 17 Jul 2019: real; unclaimed (Unidentified Armed Group,
     though the family blamed men linked to the LNA); husband wounded, no deaths. The 10 Aug 2019 car bomb toll
     is approximate.
 009 2018 Ouargla unemployment protests, Algeria: invented but plausible (unemployed movements in Ouargla and
     the CNDDC's 2013 march are real; the 3, 14 and 21 January 2018 events are invented); main event the
     peaceful march of 14 January.
 010 Arrest of Biram Dah Abeid, Nouakchott, Mauritania, 7 Aug 2018: real; Strategic developments / Arrests,
     police against IRA (name defined below, not in acled_names.py); the 13 August protest and the details of
     the sentence are invented or simplified.
Coordinates: Koumaïra, Niono, Ouagadougou, Barga (the Yatenga one, admin1 code 10 = Nord), Niamey and Nouakchott
from shared/gazetteer/geonames-*.txt (feature class P, two decimals). Inates (15°14'N 1°19'E, the commune's
encyclopedia point; the GeoNames "Inatess" near Balleyara is another place), Tripoli, Benghazi and Ouargla are
well-known points as remembered (approximate). Nouakchott's admin1 follows make_labelled.py (Nouakchott Ouest).
Re-run after editing: ``python scripts/make_labelled_articles9.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CIV, FRANCE, ISGS, JNIM, KOG, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Koumaira": ("Mali", "Tombouctou", 15.78, -3.86),
    "Niono": ("Mali", "Segou", 14.25, -5.99),
    "Ouagadougou": ("Burkina Faso", "Centre", 12.37, -1.53),
    "Barga": ("Burkina Faso", "Nord", 13.79, -2.26),
    "Inates": ("Niger", "Tillaberi", 15.23, 1.31),
    "Niamey": ("Niger", "Niamey", 13.51, 2.11),
    "Tripoli": ("Libya", "Tripoli", 32.89, 13.19),
    "Benghazi": ("Libya", "Benghazi", 32.12, 20.07),
    "Ouargla": ("Algeria", "Ouargla", 31.95, 5.33),
    "Nouakchott": ("Mauritania", "Nouakchott Ouest", 18.09, -15.98),
}
# names not in acled_names.py, as we believe ACLED writes them
MBF = "Military Forces of Burkina Faso (2015-2022)"
MNE = "Military Forces of Niger (2011-2021)"
PNE = "Police Forces of Niger (2011-2021)"
PMR = "Police Forces of Mauritania (2008-2019)"
DOZO = "Dozo Communal Militia (Mali)"
ISLY = "Islamic State (Libya)"
IRA = "IRA: Initiative for the Resurgence of the Abolitionist Movement"

A001 = """Abduction of Soumaïla Cissé

The abduction of Soumaïla Cissé was the kidnapping of the leader of Mali's parliamentary opposition on 25 March 2020 near Koumaïra, a village about 20 kilometres south-east of Niafunké in the Tombouctou Region, four days before the first round of the legislative elections. One of his bodyguards was killed when the convoy was stopped.[1] Cissé, a former minister and three-time presidential candidate, spent more than six months in captivity.

Background
Cissé led the Union for the Republic and Democracy (URD) and had long represented Niafunké in the National Assembly. The government of President Ibrahim Boubacar Keïta kept the elections on 29 March despite the arrival of COVID-19 and the insecurity of the centre and north. The Niafunké Cercle, on the edge of the inner Niger delta, had seen repeated attacks on the army and on local officials. On 11 March 2020, gunmen killed two grain traders on the track between Niafunké and Soumpi, and in the days that followed election material was burned in at least two communes of the cercle.[2]

Kidnapping
On the afternoon of 25 March, Cissé was touring the villages of his constituency with a delegation of about a dozen people travelling in several vehicles. Near Koumaïra the convoy was stopped by armed men on motorcycles. When one of the bodyguards reached for his weapon he was shot dead, and another member of the party was wounded. The gunmen drove Cissé and most of his companions away towards the east. Over the following days the companions were freed in small groups and walked back to Niafunké, but the politician remained missing.[1]

Casualties
The only death was that of the bodyguard, a young man from Niafunké who had worked for the party's security detail for several years. Cissé himself was reported to have been slightly wounded in the arm.

Perpetrators
No group claimed the kidnapping. In April the government said that a crisis committee had established contact with the kidnappers. Malian officials and mediators later identified them as fighters of the Katiba Macina, the central Malian unit of Jama'at Nasr al-Islam wal-Muslimin (JNIM), which is active around the lakes of the Niafunké area.[3]

Release
Cissé was freed on 8 October 2020 together with the French aid worker Sophie Pétronin and two Italian hostages, after the transitional authorities released some 200 prisoners, many of them suspected jihadists. He returned to Bamako to a crowd of supporters. He died of COVID-19 in a Paris hospital on 25 December 2020.

Reactions
Party members in Bamako demanded that the government do everything to bring him back. The elections went ahead on 29 March; turnout in the Tombouctou Region was among the lowest in the country. ECOWAS, the African Union and MINUSMA called for his immediate release.

References
1. ^ "Malian opposition leader abducted near Niafunké", news agency dispatch, Bamako, 26 March 2020.
2. ^ Report of local election observers, Tombouctou Region, April 2020.
3. ^ "How the hostage talks were run", weekly news magazine, October 2020.
"""

A002 = """Accord de Niono

L'accord de Niono est un accord de cessez-le-feu local conclu le dimanche 14 mars 2021 à Niono, dans la région de Ségou, au centre du Mali, entre des chasseurs traditionnels dozos et des combattants jihadistes de la katiba Macina. Négocié sous l'égide du Haut Conseil islamique du Mali, il devait mettre fin à plusieurs mois de violences dans le cercle de Niono et lever le blocus du village de Farabougou.

Contexte
Depuis 2018, le cercle de Niono, zone rizicole de l'Office du Niger, est le théâtre d'affrontements entre des confréries de chasseurs dozos, recrutés surtout parmi les cultivateurs bambara, et des combattants jihadistes installés dans les campagnes autour de Dogofry et de Diabaly. Les éleveurs peuls de la zone, accusés de complicité avec les jihadistes, ont été victimes de plusieurs tueries attribuées aux chasseurs.

Au début du mois d'octobre 2020, des jihadistes ont encerclé Farabougou, un village situé à environ 70 km au nord de Niono, après un accrochage avec des chasseurs. Le 6 octobre, une vingtaine d'hommes du village, pour la plupart des cultivateurs, ont été enlevés dans leurs champs ; quatre d'entre eux ont été retrouvés morts quelques jours plus tard. L'armée malienne a envoyé des renforts le 10 octobre, mais le village est resté coupé de ses champs et des marchés pendant tout l'hiver. Le 21 février 2021, trois chasseurs ont encore été tués dans une embuscade entre Dogofry et Nampala.

Négociations
Des notables de la zone et une délégation du Haut Conseil islamique ont rencontré séparément les deux camps à partir de février 2021. Les autorités de transition, qui n'étaient pas partie aux discussions, ont laissé faire la médiation.

Contenu
Selon les médiateurs, le texte signé le 14 mars prévoit la levée du blocus de Farabougou, la libre circulation des personnes, des biens et du bétail, la libération des personnes détenues par chaque camp et le retour des déplacés dans leurs villages. Les chasseurs se sont engagés à ne plus porter d'armes sur les marchés et dans les foires, et les jihadistes à ne plus s'en prendre aux paysans dans leurs champs. La cérémonie de signature s'est déroulée sans incident.

Parties
Côté jihadiste, l'accord a été accepté par des représentants de la katiba Macina d'Amadou Koufa, composante du Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM), lié à Al-Qaïda. Côté dozo, il a été signé par les responsables des confréries de chasseurs de Farabougou, de Dogofry et de Sokolo.

Suites
Dans les semaines suivantes, plusieurs centaines de déplacés sont rentrés à Farabougou et les foires de la zone ont rouvert. L'accord s'est pourtant effrité au début de l'hivernage : dans la nuit du 1er au 2 juillet 2021, des hommes armés ont tué six chasseurs près de Dogofry, et les confréries ont accusé les jihadistes d'avoir rompu la trêve. Des accords semblables ont été conclus la même année dans d'autres localités du centre du pays.

Références
« Mali : un accord entre chasseurs dozos et jihadistes dans le cercle de Niono », dépêche d'agence, 15 mars 2021.
Haut Conseil islamique du Mali, communiqué, 16 mars 2021.
"""

A003 = """2018 Ouagadougou attacks

Infobox military conflict
conflict: 2018 Ouagadougou attacks
partof: the jihadist insurgency in Burkina Faso
date: 2 March 2018
place: Ouagadougou, Burkina Faso
result: Attackers killed; both sites retaken the same day
combatant1: Jama'at Nasr al-Islam wal-Muslimin
combatant2: Burkina Faso Armed Forces; French special forces
casualties1: 8 killed
casualties2: 8 killed
casualties3: about 85 wounded in total

The 2018 Ouagadougou attacks were coordinated assaults by jihadist gunmen on the French embassy and on the general staff headquarters of the Burkinabé armed forces in the centre of Ouagadougou on the morning of 2 March 2018. Both sites were retaken within hours, after fighting in which eight members of the security forces and eight attackers died.[1]

Background
It was the third major attack on the capital in just over two years. On 15 January 2016, gunmen killed 30 people at the Splendid Hotel and the Cappuccino café on Avenue Kwame Nkrumah, and on 13 August 2017 an assault on the Aziz Istanbul restaurant on the same avenue left 19 dead. In the north of the country, attacks on police stations and schools had multiplied since 2016 in Soum Province.

Attacks
Shortly after 10 a.m., a group of men got out of a car near the French embassy and opened fire on the gendarmes guarding it, then tried to force their way into the compound. Almost at the same time, a vehicle packed with explosives blew up at the entrance of the general staff building, about a kilometre away, where senior officers of the G5 Sahel joint force were due to meet; the room in which the meeting was to be held was destroyed. Gunmen then entered the grounds of the headquarters and exchanged fire with soldiers for more than two hours. French special forces stationed in the capital intervened at the embassy alongside Burkinabé units. By early afternoon the government announced that the situation was under control.

Casualties
Early tallies circulated by security sources spoke of 28 dead, a figure that was later withdrawn. The government's final toll was 16 dead: eight soldiers and gendarmes and eight attackers.[2] About 85 people were wounded, among them soldiers, passers-by and employees of nearby offices. No French national was killed.

Claim of responsibility
On 3 March, Jama'at Nasr al-Islam wal-Muslimin (JNIM), the Sahelian alliance linked to al-Qaeda, claimed the attacks in a message sent to a Mauritanian news agency. It presented them as revenge for a French raid in northern Mali in February 2018 that had killed several of its commanders, and claimed to have killed "dozens" of soldiers.[3]

Aftermath
Investigators arrested several suspects in the following weeks, including a serving soldier suspected of having passed information to the attackers. Security around public buildings in Ouagadougou was reinforced, and the G5 Sahel meeting was moved elsewhere.

References
1. ^ "Army headquarters and French embassy attacked in Ouagadougou", news agency dispatch, 2 March 2018.
2. ^ Government communiqué on the toll of the attacks, 3 March 2018.
3. ^ "JNIM claims Ouagadougou attacks", monitoring service summary, 3 March 2018.
"""

A004 = """Massacre de Barga

Le massacre de Barga est une série de tueries commises le dimanche 8 mars 2020 dans trois hameaux peuls de la commune de Barga, dans la province du Yatenga (région du Nord), au Burkina Faso. Quarante-trois personnes, en majorité des éleveurs, des femmes et des enfants, y ont été tuées.

Contexte
La province du Yatenga, frontalière du Mali, est touchée depuis 2018 par les violences des groupes jihadistes, qui ont assassiné des chefs coutumiers, des enseignants et des conseillers municipaux. Des groupes d'autodéfense se sont multipliés dans les villages en réaction. Les Peuls de la région sont souvent accusés de soutenir les jihadistes, et les violences contre eux se sont multipliées depuis les tueries de Yirgou, en janvier 2019. Le 21 janvier 2020, l'Assemblée nationale a adopté une loi créant les Volontaires pour la défense de la patrie (VDP), des civils armés chargés d'appuyer l'armée.

Le 4 mars 2020, quatre jours avant la tuerie, deux commerçants de Barga avaient été abattus par des hommes armés sur la route de Ouahigouya, un meurtre que des habitants ont attribué aux jihadistes.

Déroulement
Dans la matinée du 8 mars, des dizaines d'hommes armés, certains à moto, d'autres à pied, ont encerclé successivement les hameaux peuls de Dinguila, de Barga et de Ramdolla, situés à quelques kilomètres les uns des autres, à une trentaine de kilomètres au nord-est de Ouahigouya. Ils ont abattu des hommes, des femmes et des enfants, incendié des cases et des greniers et emmené une partie du bétail. Des rescapés ont fui à pied vers Ouahigouya.

Bilan
Le gouvernement a annoncé le lendemain un bilan de 43 morts et six blessés. Des associations peules ont évoqué une soixantaine de morts, un chiffre qui n'a pas pu être vérifié. Parmi les victimes figuraient un imam, plusieurs bergers et au moins huit enfants.

Auteurs
Le communiqué officiel ne parlait que d'« individus armés non identifiés ». Des survivants ont toutefois dit avoir reconnu parmi les assaillants des membres des groupes d'autodéfense koglweogo des villages voisins, et le Collectif contre l'impunité et la stigmatisation des communautés (CISC) a accusé ces milices d'avoir mené une expédition punitive. Le gouvernement a promis une enquête.

Suites
Plus de deux mille habitants des hameaux peuls de la commune se sont réfugiés à Ouahigouya. Le 9 avril 2020, à Djibo, dans la province du Soum, 31 hommes arrêtés lors d'une opération de l'armée ont été retrouvés morts, ce qui a renforcé les accusations d'exactions contre les civils peuls.

Réactions
Le président Roch Marc Christian Kaboré a condamné l'attaque et appelé la population à ne pas céder à la stigmatisation d'une communauté. Plusieurs organisations de défense des droits humains ont demandé que les responsables soient jugés.

Notes et références
« Yatenga : 43 morts dans l'attaque de trois villages », dépêche d'agence, 9 mars 2020.
Collectif contre l'impunité et la stigmatisation des communautés, déclaration, 10 mars 2020.
"""

A005 = """Inates attack

Infobox military conflict
conflict: Inates attack
partof: the jihadist insurgency in Niger
date: 10 December 2019
place: Inates military camp, Tillabéri Region, Niger
result: Camp retaken by the army the next day
combatant1: Islamic State in the Greater Sahara
combatant2: Niger Armed Forces
strength1: several hundred (army estimate)
casualties1: 57 killed (army claim)
casualties2: 71 killed, 12 wounded, about 30 missing

The Inates attack was an assault by jihadist fighters on a camp of the Nigerien army at Inates, in the Ayérou department of the Tillabéri Region, close to the border with Mali, on the evening of 10 December 2019. It was the deadliest attack on the Nigerien armed forces since the start of the insurgency in the region.

Background
Inates had been attacked before: on 1 July 2019, militants using two vehicles laden with explosives stormed the same post and killed 18 soldiers. Since 2017 the border area of Tillabéri had seen regular raids on army positions and on villages, and a state of emergency had been in force in several of its departments since that year. On the morning of 9 December, a day before the assault on Inates, two soldiers were killed when armed men tried to overrun an army position at Agando, in the neighbouring Tahoua Region.

Attack
Hundreds of fighters, a few in pick-up trucks and most on motorcycles, converged on the camp at nightfall. They opened with mortar and rocket fire, which set off the camp's ammunition and fuel stores, and then sent vehicles packed with explosives towards the perimeter. The fighting lasted about three hours and the survivors withdrew from part of the camp. Reinforcements sent from Ouallam retook it the next morning; French aircraft flew over the area during the night.

Casualties
The Ministry of National Defence announced on 11 December that 71 soldiers had been killed and 12 wounded, and that others were missing; security sources put the number of missing at about 30. The ministry also said that 57 attackers had been killed, a figure that could not be checked independently. Local media and some diplomats said the real number of dead soldiers was close to 100.

Responsibility
On 12 December the Islamic State claimed the attack through its news agency, presenting it as the work of its West Africa Province. The operation was carried out by the Islamic State in the Greater Sahara, the group's Sahelian branch, which its propaganda then counted as part of that province.

Aftermath
President Mahamadou Issoufou cut short a visit to Egypt and declared three days of national mourning. A summit to which France had invited the leaders of the G5 Sahel countries in Pau was postponed to January. On 9 January 2020, the army camp at Chinagodrar, also in Tillabéri, was attacked in turn and 89 soldiers were killed. A few days later the chief of the general staff was replaced.

References
Ministry of National Defence of Niger, communiqué of 11 December 2019.
"Dozens of soldiers killed in attack on Niger army camp", news agency dispatch, 11 December 2019.
"""

A006 = """Manifestation du 15 mars 2020 à Niamey

La manifestation du 15 mars 2020 à Niamey est un rassemblement interdit organisé par des organisations de la société civile nigérienne pour dénoncer des détournements de fonds au ministère de la Défense. Dispersée par la police, elle a dégénéré en affrontements dans le centre de la capitale, au cours desquels trois personnes ont trouvé la mort dans un incendie.

Contexte
En février 2020, un audit des contrats d'armement passés entre 2017 et 2019 par le ministère de la Défense nationale a fait état de surfacturations et de livraisons fictives pour un montant d'environ 76 milliards de francs CFA. Ces révélations ont provoqué une vive indignation, alors que l'armée venait de perdre des dizaines de soldats à Inates, en décembre 2019, puis à Chinagodrar, en janvier 2020. Plusieurs organisations, dont Tournons la page et le Réseau des organisations pour la transparence et l'analyse budgétaire (ROTAB), ont appelé à une marche le dimanche 15 mars.

Deux ans plus tôt, le 25 mars 2018, une marche contre la loi de finances avait déjà été interdite et une vingtaine de militants avaient été arrêtés. Quelques jours avant la marche de 2020, invoquant l'épidémie de Covid-19, le gouvernement a interdit les rassemblements de plus de mille personnes, et le gouverneur de Niamey a interdit la manifestation.

Déroulement
Le 15 mars en fin de matinée, plusieurs centaines de personnes se sont malgré tout rassemblées près de la place de la Concertation. Les policiers ont tiré des grenades lacrymogènes pour les disperser. Des groupes de jeunes ont alors dressé des barricades, brûlé des pneus et lancé des pierres sur les forces de l'ordre dans plusieurs quartiers du centre, jusqu'à la tombée de la nuit. Des kiosques et des feux de signalisation ont été saccagés.

Bilan
Dans l'après-midi, un incendie s'est déclaré dans un marché proche du lieu des affrontements ; trois personnes, des commerçants qui s'étaient réfugiés dans une boutique, y sont mortes. Les autorités ont accusé les manifestants d'avoir mis le feu, tandis que les organisateurs ont affirmé que l'incendie avait été provoqué par une grenade lacrymogène. Plusieurs policiers et manifestants ont été blessés.

Suites
Dans la soirée et le lendemain, la police a arrêté une quinzaine de personnes, dont plusieurs figures de la société civile comme Moussa Tchangari, Halidou Mounkaïla et Maïkoul Zodi, poursuivies notamment pour « organisation d'un attroupement interdit » et « complicité d'incendie volontaire ». Placées en détention provisoire, elles n'ont été remises en liberté que plusieurs mois plus tard.

Réactions
Amnesty International a demandé la libération des militants détenus. Le gouvernement a défendu l'interdiction de la marche au nom de la santé publique et a dénoncé des actes de vandalisme.

Références
« Niamey : trois morts lors d'une manifestation interdite », dépêche d'agence, 16 mars 2020.
"""

A007 = """2018 High National Elections Commission attack

The 2018 High National Elections Commission attack was a suicide assault on the headquarters of Libya's electoral commission in the Ghut al-Shaal district of Tripoli on 2 May 2018. Fourteen people died, including the two attackers.[1]

Background
In late 2017 the commission had begun registering voters for presidential and parliamentary elections that the United Nations hoped to see held in 2018, and more than two million Libyans had registered by the spring. The country remained divided between the Government of National Accord in Tripoli and the authorities in the east backed by Khalifa Haftar. After losing Sirte in December 2016, the Islamic State in Libya had regrouped in small cells in the desert south of the city. On 23 January 2018, two car bombs outside a mosque in Benghazi had killed more than 30 people, an attack no group claimed.

Attack
In the middle of the morning of 2 May, several gunmen arrived at the commission's building and opened fire on the guards at the gate. Two of them went inside, shot at staff in the corridors and set fire to offices before detonating explosive belts. Security forces, among them units of the Special Deterrence Force, surrounded the building, and firefighters brought the blaze under control about an hour later.[2]

Casualties
The Ministry of Health said that twelve people had been killed, most of them employees of the commission working in the voter registration department, along with citizens who had come to register; seven others were wounded. The two attackers also died. Several of the bodies were badly burned and took days to identify.

Responsibility
The next day the Islamic State claimed the attack through its Amaq agency, saying that its fighters had struck the electoral commission of the "apostates". The interior ministry of the Government of National Accord said the attackers had entered Tripoli from the south.

Aftermath
The commission resumed work within a week in other premises. The Islamic State carried out further attacks in the capital that year: on 10 September 2018, gunmen stormed the headquarters of the National Oil Corporation, killing two employees, and on 25 December 2018 an attack on the Ministry of Foreign Affairs killed three people, among them a senior official.[3] The elections were later postponed indefinitely.

References
1. ^ "Suicide attack on Libya's electoral commission", news agency dispatch, Tripoli, 2 May 2018.
2. ^ Statement of the High National Elections Commission, 3 May 2018.
3. ^ "Islamic State attacks in Tripoli in 2018", research note, January 2019.
"""

A008 = """Abduction of Siham Sergiwa

Siham Sergiwa, a member of the Libyan House of Representatives for Benghazi, was abducted from her home in the city by armed men shortly after midnight on 17 July 2019. Her husband was shot in the leg during the raid. She has not been seen since, and no group has admitted holding her.

Background
Sergiwa, a psychologist by training, was known for documenting sexual violence during the 2011 uprising and for her defence of women's rights. Benghazi had been under the control of the Libyan National Army (LNA) of Khalifa Haftar since the end of the battle for the city in 2017. On 4 April 2019 the LNA launched an offensive on Tripoli, which by July had stalled in the southern suburbs of the capital. On the evening of 16 July, Sergiwa appeared on a television programme and called for an end to the war and for dialogue between the two camps, remarks that many in Benghazi took as criticism of the offensive.

Abduction
A few hours after the broadcast, around thirty gunmen, some in military uniform, arrived at the family house in several vehicles without number plates. They shot her husband in the leg, beat one of her sons and took her away. Before leaving they wrote on a wall that "the army is a red line". Neighbours said the electricity in the street had been cut shortly before the raid.

Responsibility
No group claimed the abduction. Her family and several fellow deputies blamed men linked to the LNA, which denied any involvement and said it would investigate; the interior ministry of the eastern government described the abductors as outlaws. The United Nations Support Mission in Libya said the perpetrators remained unidentified and urged the authorities in the east to find her.

Aftermath
Several other critics of the Tripoli offensive left Benghazi in the following weeks. On 10 August 2019, the first day of Eid al-Adha, a car bomb exploded outside a shopping centre in the city, killing three people, among them staff of the UN mission.

Reactions
The head of the UN mission, Ghassan Salamé, called the abduction an attack on all elected women. The United States, the European Union and human rights organisations demanded her release.

References
"Libyan MP abducted from her Benghazi home", news agency dispatch, 17 July 2019.
United Nations Support Mission in Libya, statement, 18 July 2019.
"""

A009 = """2018 Ouargla unemployment protests

The 2018 Ouargla unemployment protests were a series of demonstrations by jobless young people in Ouargla, the main city of Algeria's oil-producing south-east, in January 2018. The largest of them, a peaceful march on 14 January 2018, brought several thousand people to the headquarters of the wilaya.[1]

Background
Although the oil fields of Hassi Messaoud lie about 80 kilometres away, unemployment in Ouargla has long been higher than the national average, and residents accuse the oil companies and their subcontractors of hiring workers from the north. The National Committee for the Defence of the Rights of the Unemployed (CNDDC) organised a large march in the city on 14 March 2013, and sit-ins have recurred almost every winter since. On 3 January 2018, several dozen young men blocked the road to Hassi Messaoud with burning tyres for a few hours; gendarmes cleared the road and detained seven of them, who were released the same evening.[2]

March of 14 January
On the morning of 14 January, protesters gathered in the city centre near the main mosque and marched to the wilaya headquarters, carrying banners that called for jobs and for the priority hiring of local people by the state oil company Sonatrach. Organisers put the crowd at 5,000; the police estimated it at about 1,500. Police officers kept their distance and the march ended in the early afternoon without incident. A delegation of six protesters was received by the wali, who promised to open a special employment office for the region's young graduates.[1]

Later protests
The promises did not end the movement. On 21 January, a sit-in outside the regional employment agency was broken up by police, who arrested eleven people; two protesters were slightly injured. Smaller gatherings followed in Touggourt and in Hassi Messaoud at the end of the month.

Reactions
The minister of labour said that several thousand jobs in the south would be reserved for local applicants. Opposition parties accused the government of answering social demands with arrests.

References
1. ^ "Thousands of unemployed march in Ouargla", regional daily newspaper, 15 January 2018.
2. ^ CNDDC statement, 4 January 2018.
"""

A010 = """Arrest of Biram Dah Abeid (2018)

Biram Dah Abeid, the leader of the anti-slavery movement Initiative for the Resurgence of the Abolitionist Movement (IRA) and runner-up in the 2014 presidential election, was arrested by police at his home in Nouakchott on the evening of 7 August 2018, a month before legislative elections in which he was a candidate. He spent almost five months in detention.

Background
Biram, a descendant of slaves from the Haratine community, founded IRA in 2008. The movement has never been legally registered and its activists have often been prosecuted. On 11 November 2014 he was arrested in Rosso with other activists during a caravan against land grabbing in the Senegal River valley and sentenced to two years in prison; he was released in May 2016. In June 2016, riots in a poor district of Nouakchott after the eviction of squatters were followed by the arrest of 13 IRA members, who received prison sentences. For the 2018 elections IRA formed an alliance with the Sawab party so that Biram could stand for the National Assembly.

Arrest
Police officers, some in plain clothes, came to his house on the evening of 7 August and took him to a police station in the city centre, after a journalist had filed a complaint accusing him of threats. The next day another IRA activist was detained on the same complaint. Both were charged with threatening violence and placed in pre-trial detention.

Aftermath
On 13 August, about two hundred IRA supporters gathered outside the courthouse in Nouakchott to demand his release; police dispersed them with tear gas and detained several of them for a few hours. On 1 September Biram was elected to the National Assembly from his cell. On 31 December 2018 a court sentenced him to six months in prison, four of them suspended, and as he had already spent almost five months in custody he was freed.

Reactions
Amnesty International and other human rights organisations called the case politically motivated. The government said the arrest was a judicial matter unrelated to the election.

References
"Mauritanian anti-slavery leader arrested in Nouakchott", news agency dispatch, 8 August 2018.
Amnesty International, public statement, August 2018.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2021-01-20", A001, "2020-03-25", V, "Abduction/forced disappearance", JNIM, f"{CIV} (Mali)", [], "Koumaira", 1),
    ("2021-08-20", A002, "2021-03-14", S, "Agreement", DOZO, JNIM, [], "Niono", 0),
    ("2018-05-15", A003, "2018-03-02", B, "Armed clash", JNIM, MBF, [FRANCE], "Ouagadougou", 16),
    (
        "2020-06-10",
        A004,
        "2020-03-08",
        V,
        "Attack",
        KOG,
        f"{CIV} (Burkina Faso)",
        ["Fulani Ethnic Group (Burkina Faso)"],
        "Barga",
        43,
    ),
    ("2020-02-20", A005, "2019-12-10", B, "Armed clash", ISGS, MNE, [], "Inates", 128),
    ("2020-10-15", A006, "2020-03-15", R, "Violent demonstration", "Rioters (Niger)", PNE, [], "Niamey", 3),
    ("2019-02-10", A007, "2018-05-02", E, "Suicide bomb", ISLY, f"{CIV} (Libya)", [], "Tripoli", 14),
    (
        "2019-09-10",
        A008,
        "2019-07-17",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Libya)",
        f"{CIV} (Libya)",
        [],
        "Benghazi",
        0,
    ),
    ("2018-03-20", A009, "2018-01-14", PR, "Peaceful protest", "Protesters (Algeria)", None, [], "Ouargla", 0),
    ("2019-02-15", A010, "2018-08-07", S, "Arrests", PMR, IRA, [], "Nouakchott", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles9.jsonl"
    write_labelled(out, ROWS, "articles9", P.__getitem__)


if __name__ == "__main__":
    main()
