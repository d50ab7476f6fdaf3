# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles10.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
Mali, Burkina Faso, Niger, Chad, Libya, Mauritania or Algeria (2018-2021), with the ACLED-style coding of that
main event.

Why: this set measures whether the extractor finds the INITIATOR (actor1) and the other side (actor2) of an
article's main event when articles make that hard: the perpetrator named only in a later section or through a
claim on a propaganda outlet, the article's subject being the victim (a camp, a unit, a town), passive voice, a
coalition (Nigerien troops with French commandos), an attack blamed by the government but denied by a group, a
background actor named first in the lead, an infobox listing the victim side as "combatant1". It was written and
coded blind to the extractor's rules (only the file layout of make_labelled_articles6.py was looked at); the gold
was coded before the extractor was first run. Texts are our own words, not copied from any encyclopedia.

Provenance per article (real = a real event as remembered; details may be simplified):
 001 Boulkessi camp attack, Mali, 30 Sep 2019 (infobox; the victim side listed first): real; the 38 soldiers and
     15 attackers at Boulkessi are the figures as remembered (the 25 dead first announced and the attackers' 80+
     are competing, superseded or unconfirmed); 38 + 15 = 53; JNIM claimed via az-Zallaqa (Katiba Macina = JNIM).
 002 Attaque de Koutougou, Burkina Faso, 19 Aug 2019 (French): real; 24 soldiers dead, attackers' losses
     unknown; claimed by JNIM (GSIM) through az-Zallaqa two days later, as remembered.
 003 Tongo Tongo operation, Niger, 12 May 2020: invented but plausible (real places, forces and the real 2017
     ambush as background); the initiator is the Nigerien army, French commandos associated; 17 militants + 1
     soldier = 18 (the IS claim of "dozens" of soldiers is the less conservative, unconfirmed figure).
 004 Hombori IED, Mali, 28 Dec 2020: real (three French soldiers of the 1st RCP); claimed by JNIM on 2 Jan 2021
     as remembered; the 2 Jan Ménaka bombing and the 2019 helicopter collision are other events.
 005 Murzuq drone strike, Libya, 4 Aug 2019: real; most conservative toll 42 (UNSMIL) against the council's 43;
     the LNA acknowledged the strike but denied killing civilians, so actor1 LNA, actor2 Civilians (Libya).
 006 Massacre de Solhan, Burkina Faso, night of 4-5 Jun 2021 (French): real; the killing began at 2 a.m. on the
     5th; official toll 132 (local sources 160); unclaimed and denied by JNIM, so Unidentified Armed Group. The
     Tadaryat attack is background.
 007 Kidnapping of Philip Walton, Massalata, Niger, 27 Oct 2020: real; unclaimed criminal gang, so Unidentified
     Armed Group (Niger); the US rescue in Nigeria on 31 Oct (six kidnappers killed), named first in the lead,
     is another event.
 008 Charniers de Nantaka et Kobaka, Mali, 13 Jun 2018 (French): real; the arrest and killing day simplified to
     13 June; 25 bodies per the defence ministry; victims Fulani, so Fulani Ethnic Group associated.
 009 Bohoma attack, Chad, 23 Mar 2020 (infobox; the victim side listed first): real; 98 soldiers per President
     Déby; attackers' losses unknown; claimed by Shekau's Boko Haram faction (JAS) in a video.
 010 Mauritanian post-election riots, Nouakchott, 24 Jun 2019: real unrest, details (districts, the police post,
     the day) simplified; Riots / Violent demonstration, no deaths; the arrests of foreigners are another event.
 011 22 February 2019 protests, Algiers: real; police tear gas near El Mouradia, so Protest with intervention;
     no deaths.
 012 Niono local peace agreement, Mali, Mar 2021: real as remembered; the day (14 March) is our simplification;
     Strategic developments / Agreement between the Dozo hunters (actor1, the article's subject) and the Katiba
     Macina (coded JNIM).
Coordinates from shared/gazetteer/geonames-*.txt (feature class P, two decimals): Tongo Tongo (the one at
14.94 N), Hombori, Solhan (GeoNames "Solna", alternate name Solhan), Massalata ("Masalata"), Nantaka, Niono,
Nouakchott. Koutougou from the GeoNames camp feature of that name (class L, no P row). Boulkessi (Mali; GeoNames
has only a Burkinabè Boulikéssi), Murzuq, Bohoma and Algiers are approximate, from memory.
Re-run after editing: ``python scripts/make_labelled_articles10.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, FRANCE, ISGS, JNIM, LNA, PMR08, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Boulkessi": ("Mali", "Mopti", 14.80, -1.60),
    "Koutougou": ("Burkina Faso", "Sahel", 14.51, -0.99),
    "Tongo Tongo": ("Niger", "Tillaberi", 14.94, 1.80),
    "Hombori": ("Mali", "Mopti", 15.28, -1.70),
    "Murzuq": ("Libya", "Murzuq", 25.92, 13.92),
    "Solhan": ("Burkina Faso", "Sahel", 13.38, 0.45),
    "Massalata": ("Niger", "Tahoua", 13.78, 5.21),
    "Nantaka": ("Mali", "Mopti", 14.54, -4.21),
    "Bohoma": ("Chad", "Lac", 13.60, 14.15),
    "Nouakchott": ("Mauritania", "Nouakchott Ouest", 18.09, -15.98),
    "Algiers": ("Algeria", "Alger", 36.75, 3.06),
    "Niono": ("Mali", "Segou", 14.25, -5.99),
}
# names not in acled_names.py, as we believe ACLED writes them
MLI = "Military Forces of Mali (2013-2021)"
BFA = "Military Forces of Burkina Faso (2015-2022)"
NER = "Military Forces of Niger (2011-2021)"
TCD = "Military Forces of Chad (1990-2021)"
PDZ99 = "Police Forces of Algeria (1999-2019)"
DOZO = "Dozo Communal Militia (Mali)"
FULANI = "Fulani Ethnic Group (Mali)"

A001 = """Attack on Boulkessi

Infobox military conflict
conflict: Attack on Boulkessi
date: 30 September – 1 October 2019
place: Boulkessi, Douentza Cercle, Mopti Region, Mali
result: camp overrun, then retaken
combatant1: Mali
combatant2: Jama'at Nasr al-Islam wal Muslimin
casualties1: 38 killed, about 60 missing
casualties2: 15 killed (Malian claim)

The attack on Boulkessi was an assault on the military camp of Boulkessi, a village of the Mondoro commune close to the border with Burkina Faso, in the early hours of 30 September 2019. The camp, home to a battalion of the Malian Armed Forces (FAMa) attached to the G5 Sahel joint force, was overrun for several hours. The same morning a second camp at Mondoro, some 40 kilometres to the west, was also attacked.

Background
The border area between the Mopti Region and the Soum province of Burkina Faso had long served as a refuge for armed groups moving between the two countries. In March 2019 some twenty soldiers had died when the camp of Dioura, in the Ségou Region, was stormed. In May 2018 soldiers based at Boulkessi had been accused of killing a dozen civilians at the village market, which left relations with the local Fulani population strained.

Attack
The assailants arrived before dawn in pick-up trucks and on motorcycles and opened fire from several directions at once. The garrison, short of ammunition after weeks without resupply, was pushed back to the centre of the camp; vehicles, fuel stores and the armoury were set on fire. Malian aircraft and French Mirage jets of Operation Barkhane flew over the area during the day, and reinforcements sent from Douentza retook the camp on 1 October.

Casualties
The government first spoke of 25 soldiers killed and about 60 missing. Once the camp had been searched it put the losses at Boulkessi at 38 soldiers killed and said that 15 attackers had been killed there. No soldier was reported killed at Mondoro. The attackers themselves spoke of more than 80 soldiers killed, a figure no other source confirmed.

Perpetrators
Two days after the attack, Jama'at Nasr al-Islam wal Muslimin (JNIM), the Sahel branch of al-Qaeda, claimed both operations through its az-Zallaqa media outlet and published pictures of captured weapons and vehicles. Local officials said fighters of the Katiba Macina had taken part.

Aftermath
The defeat caused protests by soldiers' wives in Sévaré and Bamako, who accused the command of leaving the troops without equipment. In November the army withdrew from several isolated posts near the border, including Indelimane, after further attacks.
"""

A002 = """Attaque de Koutougou

L'attaque de Koutougou est un assaut mené le 19 août 2019 contre le détachement militaire de Koutougou, chef-lieu de département de la province du Soum, dans la région du Sahel au Burkina Faso, à une quinzaine de kilomètres de la frontière malienne. Le détachement a été en partie détruit et l'attaque reste l'une des plus meurtrières subies par l'armée burkinabè depuis le début de l'insurrection.

Contexte
Depuis 2016, la province du Soum est le théâtre des actions d'Ansarul Islam, le groupe fondé par le prédicateur Ibrahim Malam Dicko, puis de celles du Groupe de soutien à l'islam et aux musulmans (GSIM) et de l'État islamique au Grand Sahara. En décembre 2016, douze soldats avaient été tués à Nassoumbou, non loin de là. Au cours de l'été 2019, plusieurs postes de gendarmerie et des écoles avaient été incendiés dans les départements voisins de Diguel et de Tongomayel.

Déroulement
Tôt le matin du lundi 19 août, le détachement a été pris pour cible par un groupe nombreux d'hommes lourdement armés, arrivés à bord de motos et de véhicules. Les soldats ont été surpris au moment de la relève. Les assaillants ont incendié des véhicules, des tentes et le dépôt de carburant, puis se sont retirés avec des armes et des munitions avant l'arrivée des renforts venus de Djibo et de l'appui aérien.

Bilan
Selon l'état-major général des armées, vingt-quatre militaires ont été tués, sept blessés et cinq portés disparus. Les pertes des assaillants ne sont pas connues. Il s'agissait du bilan le plus lourd pour l'armée burkinabè depuis 2015.

Auteurs
Dans un premier temps, les autorités ont évoqué des « individus armés non identifiés » venus du Mali. L'attaque a été revendiquée le 21 août par le GSIM dans un message diffusé par son agence de propagande az-Zallaqa, qui affirmait avoir pris le contrôle du camp pendant plusieurs heures.

Suites
Le président Roch Marc Christian Kaboré a décrété un deuil national de trois jours. Quelques jours plus tard, le chef d'état-major général des armées et le chef d'état-major de l'armée de terre ont été remplacés. Le détachement de Koutougou a été réinstallé à Djibo au cours des semaines suivantes.
"""

A003 = """Tongo Tongo operation (2020)

The Tongo Tongo operation was a joint assault by Nigerien and French troops on a camp of the Islamic State in the Greater Sahara (ISGS) in the Ouallam department of the Tillabéri Region of Niger, on 12 May 2020.

Background
Tongo Tongo, a village some 20 kilometres from the border with Mali, became known abroad after the ambush of 4 October 2017, when fighters loyal to Adnan Abu Walid al-Sahrawi killed four American soldiers and five Nigerien soldiers nearby. Since then ISGS had used the scrubland north of the village to rest, to recruit among herders and to stage raids on both sides of the border. In December 2019 and January 2020 its fighters had killed more than 160 soldiers at Inates and Chinégodar, and at the Pau summit in January 2020 the governments of the Sahel and France agreed to concentrate their efforts on the three-border area.

Operation
Acting on intelligence gathered by drones, a company of Nigerien special forces, accompanied by a detachment of French commandos from Operation Barkhane, moved on the camp during the night of 11 to 12 May. The troops attacked at first light on 12 May, about 15 kilometres north of Tongo Tongo, and fought the militants for several hours before the survivors fled towards the Malian border. French helicopters evacuated the wounded.

Casualties
Niger's defence ministry said that 17 militants had been killed and that one Nigerien soldier had died of his wounds; three soldiers were wounded. Motorcycles, a mortar and communications equipment were seized. In a statement carried by the Amaq news agency several days later, the Islamic State said its fighters had repelled the attack and killed dozens of soldiers; neither government confirmed this.

Aftermath
The French command presented the operation as an example of the partnership agreed at Pau. A week later, on 19 May, suspected ISGS fighters killed four civilians in a market near Banibangou, which local officials saw as reprisals. Operations in the area continued through the rainy season.
"""
A004 = """Hombori bombing (2020)

The Hombori bombing killed three French soldiers of Operation Barkhane on 28 December 2020, when their armoured vehicle was destroyed by an explosive device in the Hombori area of the Mopti Region of Mali. It came a year after the deadliest loss of the operation, the collision of two helicopters over the Ménaka Region in November 2019, in which thirteen French soldiers died.

Background
The Gourma, between the Niger bend and the border with Burkina Faso, was one of the areas where Barkhane was most active in 2020. The road linking Hombori to Gossi and Boni had been mined repeatedly; in 2019 and 2020 several Malian army vehicles and civilian lorries had been destroyed there. Both the Islamic State in the Greater Sahara and al-Qaeda's Sahel branch operated in the region, the former mostly further east around Ménaka.

Explosion
The three men, from the 1st Parachute Chasseur Regiment based in Pamiers, were travelling in a light armoured vehicle as part of a convoy that had left Gossi. Late in the morning of 28 December, about 15 kilometres from Hombori, the vehicle struck a roadside bomb and was destroyed. The convoy secured the area and the bodies were flown to Gao.

Casualties
Brigadier Tanerii Mauri, First Class Private Quentin Pauchet and First Class Private Dorian Issakhanian were killed. No other soldier was wounded. Their deaths brought the number of French soldiers killed in the Sahel since 2013 to more than forty.

Responsibility
No group claimed the attack at first. On 2 January 2021, Jama'at Nasr al-Islam wal Muslimin, al-Qaeda's alliance in the Sahel, claimed it in a statement released by its az-Zallaqa outlet, calling it a response to French cartoons of the Prophet and to the presence of foreign troops.

Aftermath
On the same day as the claim, 2 January, two more French soldiers were killed and a third wounded when another device hit their vehicle in the Ménaka Region. The two attacks fed the debate in France on the future of Barkhane, which the government reduced in 2021 before announcing its end.
"""

A005 = """Murzuq drone strike

The Murzuq drone strike was an air attack on a meeting of local notables in Murzuq, in the Fezzan region of southern Libya, on the night of 4 August 2019. The Government of National Accord called it a war crime and blamed the Libyan National Army of Khalifa Haftar, whose air force had been striking targets across the south and west since its offensive on Tripoli began in April.

Background
Murzuq, an oasis town some 150 kilometres south of Sabha, had been tense since the Libyan National Army (LNA) took control of the Fezzan in early 2019. Many Tebu residents of the town opposed Haftar, while part of the town's Arab population, the Ahali, supported him. Fighting between armed men of the two communities had broken out in February and again in the summer, and dozens of families had fled.

Strike
Late in the evening of Sunday 4 August, a drone fired at least one missile at the Qalaa municipal hall, where elders and members of a reconciliation committee had gathered to discuss the town's security. The building collapsed and a nearby house was also hit. Rescuers worked through the night to pull the dead and the wounded from the rubble.

Casualties
The town council said that 43 people had been killed and about 60 wounded, many of them seriously. The United Nations Support Mission in Libya gave a figure of at least 42 dead. The wounded were taken to the hospital of Murzuq and to Sabha, and some were later flown to Tripoli.

Responsibility
No armed force other than the LNA was flying drones over the Fezzan at the time. LNA spokesman Ahmed al-Mismari confirmed an air operation over Murzuq but said it had targeted what he called Chadian opposition fighters and terrorists, and denied that civilians had been killed. The Government of National Accord in Tripoli said the victims were civilians and asked the International Criminal Court to investigate.

Aftermath
Days after the strike, clashes between Tebu and Ahali fighters resumed in Murzuq and lasted for weeks; thousands of inhabitants fled to Tsawa, Umm al-Aranib and Sabha. The UN envoy Ghassan Salamé condemned the attack in his report to the Security Council.
"""

A006 = """Massacre de Solhan

Le massacre de Solhan est une tuerie de masse commise dans la nuit du vendredi 4 au samedi 5 juin 2021 à Solhan, une commune de la province du Yagha, dans la région du Sahel au Burkina Faso, à une quinzaine de kilomètres de Sebba. C'est l'attaque la plus meurtrière contre des civils depuis le début des violences dans le pays.

Contexte
Quelques heures plus tôt, dans la soirée du 4 juin, des hommes armés avaient tué quatorze personnes, dont un volontaire pour la défense de la patrie (VDP), à Tadaryat, dans la province voisine de l'Oudalan. Solhan abritait depuis plusieurs années un site d'orpaillage artisanal qui attirait des milliers de chercheurs d'or venus de tout le pays. Un poste de VDP y avait été installé en 2020.

Déroulement
Vers deux heures du matin, des hommes armés, en majorité très jeunes selon les survivants, sont entrés dans Solhan à moto. Ils ont d'abord incendié le poste des VDP, qui était vide, puis ont tiré sur les habitants dans leurs maisons et sur le site d'orpaillage. Ils ont mis le feu au marché et à de nombreuses habitations avant de se retirer vers le matin. Les forces de défense et de sécurité stationnées à Sebba ne sont arrivées que plusieurs heures plus tard.

Bilan
Le gouvernement a d'abord fait état d'une centaine de morts, puis a arrêté le bilan officiel à 132 tués, dont sept enfants, et une quarantaine de blessés. Des sources locales ont avancé le chiffre de 160 morts, que les autorités n'ont pas confirmé. Plus de 7 000 familles ont fui vers Sebba et Dori.

Auteurs
Le gouvernement a attribué la tuerie à des « terroristes » sans désigner de groupe. Le Groupe de soutien à l'islam et aux musulmans (GSIM) a publié un communiqué niant toute implication et condamnant l'attaque. L'État islamique au Grand Sahara ne l'a pas revendiquée. Un rapport des Nations unies a plus tard indiqué que la plupart des assaillants étaient des enfants âgés de 12 à 14 ans.

Réactions
Le président Roch Marc Christian Kaboré a décrété un deuil national de 72 heures. Le secrétaire général des Nations unies, António Guterres, s'est dit indigné. Des manifestations ont eu lieu à Dori et à Kaya dans les semaines suivantes pour dénoncer l'insécurité.
"""
A007 = """Kidnapping of Philip Walton

Philip Walton, an American citizen freed by United States Navy special forces in northern Nigeria on 31 October 2020, had been kidnapped four days earlier from his family's farm at Massalata, a village of the Birni-N'Konni department in the Tahoua Region of Niger, near the border with Nigeria.

Background
Walton, aged 27, had lived with his wife and young daughter in Massalata for several years, farming and keeping camels; his parents had worked in the area as missionaries. The southern Tahoua and Maradi regions had seen a rise in kidnappings for ransom by armed gangs crossing from the Nigerian states of Sokoto and Zamfara, while jihadist groups had abducted foreigners further west, such as the American aid worker Jeffery Woodke, taken from Abalak in 2016.

Kidnapping
On the evening of 27 October 2020, six men armed with AK-47 rifles arrived on motorcycles at the family's compound, at the edge of the village. They demanded money, searched the house and forced Walton onto one of the motorcycles, leaving his wife, daughter and brother behind. The group drove south towards the Nigerian border. Nobody was killed or injured during the abduction. In the days that followed the kidnappers contacted the family and demanded a ransom of one million dollars.

Perpetrators
Niger's interior ministry described the kidnappers as members of a criminal gang, possibly Fulani herders from across the border; no group claimed the abduction. American officials said they did not know whether the men intended to sell their hostage to a jihadist group.

Rescue
Acting on intelligence that Walton was being held in a camp in northern Nigeria, about 100 kilometres from the border, members of SEAL Team Six parachuted into the area in the early hours of 31 October and attacked the camp. Six of the seven kidnappers were killed; Walton was unharmed and was flown out of the country the same day. The Pentagon said the government of Nigeria had been informed of the operation.

Reactions
Secretary of Defense Mark Esper and President Donald Trump praised the rescue. The government of Niger thanked the United States and said security would be reinforced along the southern border.
"""

A008 = """Charniers de Nantaka et Kobaka

Les charniers de Nantaka et Kobaka sont des fosses communes découvertes en juin 2018 près de ces deux villages peuls de la commune de Sio, à quelques kilomètres de Mopti, au centre du Mali. Elles contenaient les corps de vingt-cinq hommes arrêtés par l'armée malienne.

Contexte
Depuis 2015, la katiba Macina d'Amadou Koufa, intégrée en 2017 au Groupe de soutien à l'islam et aux musulmans (GSIM), mène des attaques contre l'armée et les représentants de l'État dans le centre du pays. Les opérations de contre-insurrection menées en 2018 ont été accompagnées de nombreuses accusations d'exactions contre des civils peuls. Le 19 mai 2018, douze civils avaient été tués sur le marché de Boulkessi après la mort d'un soldat. Dans le même temps, des milices dogons et des chasseurs dozos attaquaient des hameaux peuls dans le cercle de Koro.

Faits
Le 13 juin 2018, une patrouille des Forces armées maliennes (FAMa) a encerclé Nantaka et Kobaka au cours d'une opération de ratissage et a arrêté plusieurs dizaines d'hommes, dont des commerçants et des bergers. Une partie d'entre eux ont été relâchés le jour même. Les autres ont été exécutés par les militaires le même jour et enterrés sommairement à la sortie des villages. Des habitants ont découvert les fosses deux jours plus tard.

Bilan
Le ministère de la Défense a confirmé la découverte de vingt-cinq corps. L'association peule Tabital Pulaaku a parlé d'une trentaine de victimes, chiffre qui n'a pas été vérifié.

Responsabilités
Le 19 juin 2018, le gouvernement a reconnu dans un communiqué que « certains personnels FAMa » étaient impliqués dans ces violations graves et a annoncé l'ouverture d'une enquête par le procureur militaire. Aucun groupe armé n'a été mis en cause.

Suites
La Mission des Nations unies au Mali (MINUSMA) a dépêché une équipe d'enquête sur place. Human Rights Watch a demandé que les résultats de l'enquête soient rendus publics. À notre connaissance, aucun militaire n'a été jugé pour ces faits.
"""

A009 = """Bohoma attack

Infobox military conflict
conflict: Bohoma attack
date: 23 March 2020
place: Bohoma peninsula, Lac Province, Chad
result: Chadian base overrun
combatant1: Chad
combatant2: Boko Haram (Shekau faction)
casualties1: 98 killed, 47 wounded
casualties2: unknown

The Bohoma attack was an assault on a Chadian army base on the Bohoma peninsula of Lake Chad on 23 March 2020, the heaviest loss in a single day in the history of the Chadian army. President Idriss Déby, who went to the area the next day, answered with the Bohoma Anger counter-offensive, which he personally led in the following weeks.

Background
Since 2015 the islands and peninsulas of the Chadian shore of Lake Chad had been raided by Boko Haram, which had split in 2016 into the faction of Abubakar Shekau, Jama'atu Ahlis Sunna Lidda'awati wal-Jihad, and the Islamic State's West Africa Province (ISWAP). The Shekau faction was strongest on the islands around the border of Chad, Niger and Nigeria. Chad's army had also lost soldiers at Kaiga-Kindjiria in 2018.

Attack
At about five in the morning, several hundred fighters arriving in motorboats and pick-up trucks attacked the base at Bohoma, in the Kaïga-Kindjiria sub-prefecture. The fighting lasted about seven hours. The attackers destroyed 24 army vehicles, including armoured ones, and took weapons and boats before withdrawing into the islands.

Casualties
In a televised statement, President Déby said that 98 soldiers had been killed and 47 wounded. The attackers' losses were not known.

Perpetrators
The Chadian government blamed Boko Haram. In a video released in April, Abubakar Shekau claimed the attack for his faction and showed weapons taken from the base.

Aftermath
The Bohoma Anger operation, launched on 31 March, drove the militants from the Chadian islands; the army said it had killed about 1,000 militants and lost 52 soldiers. In April, 44 suspected Boko Haram members held in N'Djamena were found dead in their cell, which led to an inquiry. Chad then said its troops would no longer take part in operations outside its borders.
"""
A010 = """2019 Mauritanian post-election unrest

The 2019 Mauritanian post-election unrest was a series of riots in Nouakchott and several towns of the south after the presidential election of 22 June 2019. On 23 June the national electoral commission (CENI) announced that Mohamed Ould Ghazouani, the candidate of the ruling party and a former army chief, had won in the first round with 52 percent of the vote; the four opposition candidates rejected the result.

Background
The election was the first transfer of power between two elected presidents in the country's history, as Mohamed Ould Abdel Aziz was barred from a third term. The anti-slavery activist Biram Dah Abeid came second, ahead of the former prime minister Sidi Mohamed Ould Boubacar. Opposition candidates had complained of fraud throughout polling day, and on the evening of 23 June small crowds gathered outside their campaign offices without incident.

Riots
On 24 June, hundreds of young supporters of the opposition took to the streets of the Sebkha and El Mina districts of Nouakchott. They burned tyres, blocked the main roads, threw stones at the police and set fire to a police post and several cars. Riot police used tear gas and batons to disperse them and the clashes went on into the night. Similar but smaller riots were reported in Nouadhibou, Kaédi and Rosso.

Casualties and arrests
No deaths were reported. Several protesters and policemen were injured. The interior minister said that about a hundred foreign nationals, most of them from Senegal, Mali and Gambia, had been arrested and accused them of taking part in the violence; he spoke of foreign hands behind the unrest.

Aftermath
The authorities cut mobile internet across the country for more than ten days and closed the campaign headquarters of several opposition candidates. The Constitutional Council confirmed Ghazouani's victory on 1 July, and he took office on 1 August 2019.
"""

A011 = """22 February 2019 protests in Algeria

The protests of 22 February 2019 were the first nationwide demonstrations of the Hirak, the Algerian protest movement, against the decision of President Abdelaziz Bouteflika to seek a fifth term in the presidential election of April 2019. The largest march took place in Algiers, where demonstrations had been banned since 2001.

Background
Bouteflika, in power since 1999 and rarely seen in public since a stroke in 2013, had announced his candidacy on 10 February. Smaller marches had already taken place in Kherrata on 16 February and in Khenchela on 19 February, where demonstrators tore down a portrait of the president. Anonymous calls to march after Friday prayers circulated on social networks in the following days.

Demonstrations
After the midday prayer on Friday 22 February, tens of thousands of people marched in central Algiers from Place du 1er Mai and Bab El Oued towards Place Audin and the Grande Poste, chanting against a fifth term. The marches were largely peaceful. In the afternoon, part of the crowd tried to walk up towards the presidential palace at El Mouradia; the police blocked the road and fired tear gas to turn them back. Large marches also took place in Oran, Annaba, Constantine, Béjaïa and Tizi Ouzou.

Arrests and casualties
The interior ministry said 41 people had been arrested in Algiers. Nobody was killed. A few people were treated for the effects of tear gas.

Aftermath
The protests were repeated every Friday and grew in the following weeks. Bouteflika withdrew his candidacy on 11 March and resigned on 2 April 2019 under pressure from the army chief of staff, Ahmed Gaïd Salah.
"""

A012 = """Niono local peace agreement

The Niono local peace agreement was a truce concluded in March 2021 in the Niono Cercle of the Ségou Region of Mali between Dozo hunters and the jihadists of the Katiba Macina, which had besieged the village of Farabougou since October 2020. The High Islamic Council of Mali, which had been asked by the transitional government to open talks with armed groups, acted as a go-between.

Background
In the irrigated areas of the Office du Niger, conflict between Bambara villages protected by Dozo hunters and the Katiba Macina, a unit of Jama'at Nasr al-Islam wal Muslimin (JNIM), had grown through 2020. In October 2020 jihadists surrounded Farabougou, abducted about twenty villagers and blocked the roads to the village; an army airlift and the visit of the transitional president, Bah N'Daw, did not end the siege. Dozo militiamen had in turn attacked Fulani hamlets around Dogofry and Diabaly.

Agreement
On 14 March 2021, after weeks of talks led by members of the High Islamic Council and local notables, representatives of the Dozo associations of the cercle met emissaries of the Katiba Macina at Niono and agreed to a ceasefire. Under the terms, reported by local officials, the Dozos would no longer carry weapons outside their villages and would stop patrols on the roads, while the jihadists would lift the siege of Farabougou, allow farmers back to their fields and free the remaining hostages. Both sides agreed to exchange prisoners and to let traders use the markets again.

Implementation
The siege of Farabougou was lifted in the following days and several hostages were released. The government did not sign the text but let it stand. Critics said it allowed the jihadists to impose their rules, including the collection of zakat, on the villages of the cercle.

Aftermath
The truce broke down in several villages by mid-2021, and clashes between Dozos and JNIM resumed around Niono and Macina. Similar local agreements were tried elsewhere in central Mali in 2021 and 2022.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2019-11-15", A001, "2019-09-30", B, "Armed clash", JNIM, MLI, [], "Boulkessi", 53),
    ("2019-09-10", A002, "2019-08-19", B, "Armed clash", JNIM, BFA, [], "Koutougou", 24),
    ("2020-06-01", A003, "2020-05-12", B, "Armed clash", NER, ISGS, [FRANCE], "Tongo Tongo", 18),
    ("2021-01-20", A004, "2020-12-28", E, "Remote explosive/landmine/IED", JNIM, FRANCE, [], "Hombori", 3),
    ("2019-09-01", A005, "2019-08-04", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Murzuq", 42),
    (
        "2021-06-25",
        A006,
        "2021-06-05",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Solhan",
        132,
    ),
    (
        "2020-11-15",
        A007,
        "2020-10-27",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Niger)",
        f"{CIV} (United States)",
        [],
        "Massalata",
        0,
    ),
    ("2018-07-10", A008, "2018-06-13", V, "Attack", MLI, f"{CIV} (Mali)", [FULANI], "Nantaka", 25),
    ("2020-04-20", A009, "2020-03-23", B, "Armed clash", BH, TCD, [], "Bohoma", 98),
    ("2019-07-10", A010, "2019-06-24", R, "Violent demonstration", "Rioters (Mauritania)", PMR08, [], "Nouakchott", 0),
    (
        "2019-03-10",
        A011,
        "2019-02-22",
        PR,
        "Protest with intervention",
        "Protesters (Algeria)",
        PDZ99,
        [],
        "Algiers",
        0,
    ),
    ("2021-04-15", A012, "2021-03-14", S, "Agreement", DOZO, JNIM, [], "Niono", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles10.jsonl"
    write_labelled(out, ROWS, "sitrep-articles10", P.__getitem__)


if __name__ == "__main__":
    main()
