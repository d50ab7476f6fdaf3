# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles11.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
Libya, Chad, Niger, Burkina Faso, Mali or Algeria (2018-2021), with the ACLED-style coding of that main event.

Why: the sealed test set scores the FIRST event written for a whole article, so the main event must win over
the long Background of earlier attacks, revised tolls, later reprisals and foreign condemnations. This set was
written and coded blind to the extractor's rules (only the file layout of make_labelled_articles6.py was looked
at) and the gold was coded before the extractor was first run. Texts are our own words, not copied from any
encyclopedia; three are in French and three carry a key: value infobox.

Provenance per article (real = a real event as remembered, simplified; background figures marked "invented"
are plausible but made up):
 001 Murzuq drone strike, Libya, 4 Aug 2019 (infobox): real; 42/43/45 dead from three sources, coded the most
     conservative 42; the LNA admitted strikes but named other targets, so actor1 LNA. The 26 July mortar
     deaths and the 7 August farm strike are invented background/aftermath.
 002 Fall of Tarhuna, Libya, 5 Jun 2020: real; the LNA and the Kaniyat left overnight and GNA forces entered
     without fighting: Strategic developments / Non-violent transfer of territory, no deaths. The 14 Sep 2019
     strike and the 18 Apr 2020 toll are invented; the mass graves are real, simplified.
 003 Al-Fuqaha raid, Libya, 28 Oct 2018: real; four residents killed and about ten abducted, IS (Libya); the
     Amaq figure of nine is our invention; the Tazirbu raid of 23 Nov 2018 is real as remembered.
 004 Bohoma attack, Chad, 23 Mar 2020: real; 92 soldiers killed, attackers' losses unknown, Boko Haram (JAS).
     The Kaiga-Kindjiria raid of January 2020 in the background is invented.
 005 FACT offensive, battle near Nokou, Chad, 17 Apr 2021: real in outline; the army's tally (300 rebels and
     five soldiers dead) is as remembered and is coded as the day's toll (305); place simplified to Nokou.
 006 Chinégodar camp attack, Niger, 9 Jan 2020 (infobox): real; first toll 25 soldiers and 63 attackers, the
     military toll revised by the government to 89, so 89 + 63 = 152; ISGS.
 007 Massacres de Tchoma Bangou et Zaroumdareye, Niger, 2 Jan 2021 (French): real; the government's 100 (a
     local first count of "at least 70" superseded, a local 105 higher) coded 100, both villages as one
     event placed at Tchoma Bangou; ISGS as blamed by the authorities.
 008 Massacre de Yirgou, Burkina Faso, 1 Jan 2019 (French): real; Koglweogo reprisals on Fulani residents after
     the jihadist killing of the village chief and five others the night before (background, not coded);
     government 49 against a collective's 210, coded 49.
 009 Koutougou attack, Burkina Faso, 19 Aug 2019 (infobox): real; 24 soldiers dead; JNIM's claim as remembered;
     attackers' losses unquantified so not counted.
 010 Koulogon massacre, Mali, 1 Jan 2019: real; 37 Fulani civilians killed (an association's 41 higher) by men
     dressed as dozo hunters; coded Dozo Communal Militia, Fulani as associated actor of the civilians.
 011 Boni mine blast, Mali, 25 Jan 2018: real; a passenger vehicle hit a mine near Boni; government 24 vs
     MINUSMA 26, coded 24; unclaimed. The 18 January MINUSMA IED in the background is invented.
 012 Manifestation du 22 février 2019 à Alger, Algeria (French): real; tear gas near the presidency, so Protests /
     Protest with intervention, no deaths (the 1 March death is aftermath).
Coordinates: Boni, Koulogon (GeoNames "Koulogon-Habe"), Chinégodar (GeoNames "Chinagodrar") from
shared/gazetteer/geonames-*.txt, feature class P, two decimals; Koutougou from the same dump's only Burkina entry
(class S, a military camp "CMP", Soum). Not in the dumps, approximate from memory: Tchoma Bangou, Yirgou, and all
places in Libya, Chad and Algeria (Murzuq, Tarhuna, Al Fuqaha, Bohoma, Nokou, Algiers).
Re-run after editing: ``python scripts/make_labelled_articles11.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, FACT, GNA, ISGS, ISLY, JNIM, KOG, LNA, PDZ19, PR, UAG, B, E, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Murzuq": ("Libya", "Murzuq", 25.92, 13.92),
    "Tarhuna": ("Libya", "Al Marqab", 32.43, 13.63),
    "Al Fuqaha": ("Libya", "Al Jufrah", 27.84, 16.34),
    "Bohoma": ("Chad", "Lac", 13.62, 14.10),
    "Nokou": ("Chad", "Kanem", 14.58, 14.78),
    "Chinegodar": ("Niger", "Tillaberi", 15.23, 3.00),
    "Tchoma Bangou": ("Niger", "Tillaberi", 14.80, 1.25),
    "Yirgou": ("Burkina Faso", "Centre-Nord", 13.55, -1.05),
    "Koutougou": ("Burkina Faso", "Sahel", 14.51, -0.99),
    "Koulogon": ("Mali", "Mopti", 13.82, -3.44),
    "Boni": ("Mali", "Mopti", 15.08, -2.22),
    "Algiers": ("Algeria", "Alger", 36.75, 3.06),
}
# ACLED's names not in acled_names.py, written as we believe ACLED writes them
TD = "Military Forces of Chad (1990-2021)"
NER = "Military Forces of Niger (2011-2021)"
BFA = "Military Forces of Burkina Faso (2015-2022)"
KANIYAT = "Al Kaniyat Militia"
DOZO = "Dozo Communal Militia (Mali)"

A001 = """2019 Murzuq drone strike

Infobox military attack
title: 2019 Murzuq drone strike
location: Town hall, Murzuq, Fezzan, Libya
date: 4 August 2019
attack type: Drone strike
deaths: 42–45
injured: more than 60
perpetrator: Libyan National Army

The 2019 Murzuq drone strike was an air attack carried out on the evening of 4 August 2019 on the municipal compound of Murzuq, a town of the Fezzan in south-western Libya with a large Tebu population, where local notables had gathered to discuss a truce. It was one of the deadliest single strikes of the war that followed the Libyan National Army's advance on Tripoli.

Background
Murzuq had been contested since early 2019, when the Libyan National Army (LNA) of Khalifa Haftar extended its control over the south. LNA units entered Sabha in mid-January and reached Murzuq in February; on 20 February clashes with Tebu fighters on the edge of the town left at least eight dead, according to local elders. After the LNA launched its offensive on Tripoli on 4 April, most of its units left the south, and Tebu armed groups close to the Government of National Accord (GNA) took back positions around the town. In July, fighting between Tebu groups and Ahali militias allied with the LNA drove thousands of families from their homes, and on 26 July two residents were killed by mortar fire in the Ahali quarter.

Strike
Shortly after nine in the evening, a drone fired several missiles at the town hall while dozens of people were meeting in its courtyard. A second strike hit the same spot minutes later, as neighbours were pulling the wounded out of the rubble. Witnesses said the building was largely destroyed and that the local hospital, short of staff and blood, could not cope with the number of injured.

Casualties
Municipal officials spoke of 42 dead and more than 60 wounded. The health ministry in Tripoli counted 43 dead, and Tebu representatives gave a figure of 45. Most of the victims were civilians, among them members of the municipal council and elders of several families.

Responsibility
The LNA said it had struck Murzuq that night but that its targets were Chadian opposition fighters backing the Tebu groups, and it denied killing civilians. The GNA and the municipality said the dead were residents of the town.

Aftermath
Fighting in the town resumed within days. On 7 August another drone strike on a farm on the outskirts killed three people, and by the end of the month more than 10,000 residents had fled towards Traghen and Um al-Aranib. A truce negotiated by elders from Ubari held only from October.

Reactions
The United Nations Support Mission in Libya condemned the strike and reminded the parties that indiscriminate attacks on civilians may amount to war crimes. The African Union called for an independent investigation, and the European Union urged all sides to return to talks.
"""

A002 = """Fall of Tarhuna

The fall of Tarhuna was the takeover of the town of Tarhuna, about 65 kilometres south-east of Tripoli, by forces of the Government of National Accord (GNA) on 5 June 2020. The Libyan National Army (LNA) and its local ally, the Kaniyat militia, had left the town during the preceding night, and GNA units entered it without meeting resistance, which ended the LNA's fourteen-month campaign against the capital.

Background
Tarhuna had been the LNA's main rear base for the Tripoli offensive since April 2019, when the Kaniyat, a militia run by the al-Kani brothers that had dominated the town since 2015, sided with Khalifa Haftar. Rockets and drones were launched from the area throughout the war. On 14 September 2019 a GNA air strike on a Kaniyat position south of the town killed at least six fighters, and on 18 April 2020 a GNA push along the road from Garabulli was thrown back after clashes that cost at least twelve lives. With Turkish support, the GNA captured al-Watiya air base on 18 May 2020, and LNA units began to pull back from the southern suburbs of Tripoli; GNA forces took the old international airport on 3 June.

Capture
LNA columns and Kaniyat fighters left Tarhuna on the night of 4 to 5 June, driving south towards Bani Walid and then to al-Jufra. On the morning of 5 June, units of the GNA's Operation Volcano of Rage entered the town from the north and west. Their commanders said there had been no fighting; shots were fired in the air in celebration, and men who had stayed behind were searched at checkpoints. By the afternoon the GNA held the town centre, the police headquarters and the road to Bani Walid.

Aftermath
In the following days GNA forces found bodies at the town's hospital and, from mid-June, a series of mass graves on the outskirts, which they attributed to the Kaniyat. By the end of 2020 the remains of more than 120 people had been recovered, many of them residents who had disappeared in 2019 and 2020. Houses belonging to families close to the Kaniyat were looted and burned after the takeover. The militia's leader, Mohamed al-Kani, fled east and was killed in Benghazi in July 2021.

Reactions
The UN mission welcomed the end of the fighting around Tripoli but called for restraint and for the protection of the people of Tarhuna. The United States and France urged both sides to accept a ceasefire, and Egypt put forward its own initiative, the Cairo Declaration, on 6 June.
"""

A003 = """Al-Fuqaha raid

The al-Fuqaha raid was an attack by militants of the Islamic State on al-Fuqaha, a small oasis town of the al-Jufra district in central Libya, late on 28 October 2018. The attackers killed four residents, kidnapped about ten others and set fire to public buildings before withdrawing into the desert.

Background
After losing Sirte in December 2016, the remnants of the Islamic State in Libya regrouped in the desert south of the coast, between Bani Walid, al-Jufra and the Haruj mountains, and turned to hit-and-run raids. On 2 May 2018 two suicide attackers stormed the headquarters of the electoral commission in Tripoli, killing fourteen people, and on 10 September 2018 gunmen attacked the headquarters of the National Oil Corporation in the capital, killing two employees. Checkpoints of the Libyan National Army in the south were attacked several times that summer; on 23 July a raid on a checkpoint near Zillah, some 80 kilometres east of al-Fuqaha, left three soldiers dead.

Raid
Shortly before midnight, a convoy of about ten pick-up trucks carrying some thirty gunmen entered the town from the south. The militants first attacked the police station and then went from house to house looking for men they accused of working with the LNA. They shot dead four residents, among them the head of the local council and his brother, and took about ten men with them. Before leaving they set fire to the police station, the council building and several houses and cars.

Casualties
Local officials put the toll at four dead and said that ten people had been abducted. Through its Amaq news agency, the Islamic State claimed to have killed nine "members of Haftar's militias", a figure no other source confirmed.

Aftermath
Families of the abducted men blocked the main road of the district for two days to demand their release. The LNA sent reinforcements to al-Jufra and carried out sweeps in the desert to the south. On 23 November 2018 militants raided Tazirbu, in the Kufra district, killing nine people and kidnapping several more; that attack was also claimed by the Islamic State.

Reactions
The UN Support Mission in Libya condemned the attack on al-Fuqaha and called for the immediate release of the hostages. The Presidential Council in Tripoli and the interim government in the east both condemned it, each blaming the other for the security vacuum in the south.
"""

A004 = """Bohoma attack

The Bohoma attack was an assault by Boko Haram fighters on a Chadian army base on the Bohoma peninsula, in the Lac Province of western Chad, on 23 March 2020. With 92 soldiers killed, it was the heaviest loss the Chadian army had suffered in a single day.

Background
The Chadian shore of Lake Chad has been attacked regularly since 2015 by Boko Haram, in particular by the faction loyal to Abubakar Shekau. On 13 February 2015 fighters crossing the lake from Nigeria raided Ngouboua, killing at least five people, and in June and July 2015 suicide bombings in N'Djamena killed more than fifty. The islands remained unsafe after the army's counter-offensives: on 22 March 2019, 23 soldiers were killed at Dangdala, and in January 2020 militants raided Kaiga-Kindjiria, killing nine villagers and stealing cattle.

Attack
Before dawn, several hundred fighters arrived in motorboats and attacked the base, which sits on the peninsula near the village of Boma, in the Kaiga-Kindjiria sub-prefecture. The fighting lasted about seven hours. The attackers seized weapons and ammunition, burned 24 military vehicles, including armoured ones, and withdrew by boat towards the islands before reinforcements from Bol could reach the area.

Casualties
First reports from the area spoke of several dozen dead. On 24 March President Idriss Déby, who visited the base, said that 92 soldiers had been killed and 47 wounded. No figure was given for the attackers.

Aftermath
On 31 March Déby launched an operation he named "Bohoma's Wrath", which he led himself from the lake. On 9 April the army announced that it had killed about 1,000 jihadists and lost 52 soldiers. In mid-April, 44 men captured during the operation died in their cell in N'Djamena; the authorities said they had poisoned themselves, a claim that rights groups disputed. Déby also said Chadian troops would no longer take part in operations outside the country.

Reactions
The chairperson of the African Union Commission, the Chadian Moussa Faki Mahamat, condemned the attack and paid tribute to the soldiers. The United Nations Secretary-General and the French government expressed their condolences and their support for Chad in the fight against terrorism in the Lake Chad Basin.
"""

A005 = """Battle of Nokou

The Battle of Nokou was fought on 17 April 2021 near Nokou, in the Kanem Province of western Chad, between the Chadian army and the Front for Change and Concord in Chad (FACT), a rebel group that had entered the country from Libya a week earlier. The army said it had destroyed the main rebel column, but the fighting continued over the following days and President Idriss Déby was fatally wounded on the front.

Background
FACT was founded in 2016 by Mahamat Mahdi Ali and had its rear bases in the Jufra and Fezzan regions of Libya, where its fighters took part in the war on the side of the Libyan National Army. Chadian rebels had tried to invade before: in February 2019, a column of the Union of Resistance Forces (UFR) coming from Libya was bombed by French aircraft in the Ennedi between 3 and 6 February, and more than 250 of its fighters were later captured. On 11 April 2021, the day of the presidential election, FACT attacked the border post of Zouarké in the Tibesti and moved south through the desert. On 14 April its vehicles were reported in the Kanem, and the government said the column had been "routed", a claim the rebels denied.

Battle
On the morning of 17 April army units backed by helicopters intercepted the main FACT column near Nokou, about 300 kilometres north of N'Djamena. The fighting lasted most of the day. FACT said it had repelled the assault and captured vehicles; the army said the rebels had fled towards the north and the border with Niger.

Casualties
In a statement read on state television on 19 April, the army spokesman said that the fighting of 17 April had left 300 rebels and five soldiers dead, and that 36 soldiers had been wounded and about 150 rebels captured. FACT did not give figures of its own and rejected the army's version.

Aftermath
Fighting went on north of Mao on 18 and 19 April. Déby, who had just been declared the winner of the election, visited the front and was wounded; his death was announced on 20 April. A Transitional Military Council led by his son, General Mahamat Idriss Déby, dissolved the government and the National Assembly. FACT announced a ceasefire, which the council rejected, and on 9 May the army said it had ended the operation in the Kanem.

Reactions
The African Union's Peace and Security Council expressed concern at the military takeover and called for a quick return to civilian rule. France, which had troops of Operation Barkhane in N'Djamena, paid tribute to Déby and said it supported the transition.
"""

A006 = """Chinégodar attack

Infobox military attack
title: Chinégodar attack
location: Army camp, Chinégodar, Banibangou Department, Tillabéri Region, Niger
date: 9 January 2020
target: Nigerien Armed Forces
deaths: 89 soldiers, 63 attackers (government)
perpetrators: Islamic State in the Greater Sahara

The Chinégodar attack was an assault by the Islamic State in the Greater Sahara (ISGS) on the army camp at Chinégodar, in western Niger close to the border with Mali, on 9 January 2020. It came a month after the Inates attack and was, at the time, the deadliest attack ever suffered by Niger's armed forces.

Background
Since 2017 the northern Tillabéri Region, along the Malian border, had been the main theatre of the ISGS in Niger. On 4 October 2017 an ambush near Tongo Tongo killed four American and four Nigerien soldiers, and on 14 May 2019, 28 soldiers died in another ambush in the same area. On 1 July 2019 an attack on the camp at Inates killed 18 soldiers, and on 10 December 2019 a second, larger attack on Inates killed 71. After that attack the government replaced its chief of staff and the leaders of the G5 Sahel countries met France's president at Pau on 13 January.

Attack
Early in the afternoon, a large number of fighters arrived on motorcycles and in pick-up trucks and attacked the camp from several sides, firing mortar shells before the assault. The fighting lasted about three hours. The attackers overran part of the camp, took weapons and vehicles and withdrew towards Mali. Reinforcements arrived from Banibangou and Ouallam the next day.

Casualties
In its first statement, on the evening of 9 January, the defence ministry said that 25 soldiers and 63 attackers had been killed. After the funerals in Niamey, the government revised the military toll on 13 January to 89 soldiers killed. The Islamic State, in its claim, said that about 100 soldiers had died.

Aftermath
The government banned the use of motorcycles in parts of the Tillabéri Region and extended the state of emergency. At the Pau summit France announced that it would send 220 more soldiers to the Sahel and that operations would focus on the tri-border area of Mali, Burkina Faso and Niger. On 18 January several hundred relatives of soldiers marched in Niamey to demand news of the missing.

Reactions
The African Union and the UN Secretary-General condemned the attack and expressed their solidarity with Niger. France, the United States and the European Union sent condolences, and the chairman of the G5 Sahel called for an international coalition against terrorism in the region.
"""

A007 = """Massacres de Tchoma Bangou et Zaroumdareye

Les massacres de Tchoma Bangou et de Zaroumdareye sont des tueries commises le samedi 2 janvier 2021 dans deux villages voisins de la commune de Tondikiwindi, dans le département de Ouallam (région de Tillabéri), dans l'ouest du Niger, non loin de la frontière avec le Mali. C'est l'une des attaques les plus meurtrières contre des civils de l'histoire du pays.

Contexte
Depuis 2017, le nord de la région de Tillabéri est le théâtre de l'activité de l'État islamique dans le Grand Sahara (EIGS). Le 10 décembre 2019, 71 soldats ont été tués à Inates, puis 89 à Chinégodar le 9 janvier 2020. Le 9 août 2020, huit personnes, dont six humanitaires français, ont été abattues dans la réserve de girafes de Kouré. Les villages de la commune de Tondikiwindi étaient soumis à l'impôt des jihadistes ; quelques jours avant le massacre, des habitants de Tchoma Bangou auraient tué deux combattants venus lever la zakat.

Déroulement
Vers midi, une centaine d'hommes armés à moto se sont séparés en deux colonnes et sont entrés simultanément dans les deux villages, distants d'environ sept kilomètres. Ils ont ouvert le feu sur les habitants, surtout des hommes et des jeunes garçons, incendié des greniers et des maisons, et emporté du bétail. Ils se sont repliés en direction de la frontière malienne avant l'arrivée des forces de défense et de sécurité.

Bilan
Le soir même, un élu local a fait état d'au moins 70 morts. Le lendemain, le Premier ministre Brigi Rafini, qui s'est rendu sur place, a annoncé un bilan de 100 morts et 75 blessés. Des sources locales ont ensuite évoqué 105 morts, un chiffre que le gouvernement n'a pas confirmé.

Auteurs
L'attaque n'a pas été revendiquée. Les autorités l'ont attribuée à l'État islamique dans le Grand Sahara, qui contrôle une grande partie de la zone frontalière.

Suites
Le gouvernement a décrété un deuil national de trois jours et renforcé la présence militaire dans le département de Ouallam. Le massacre est survenu le jour où la commission électorale annonçait les résultats du premier tour de l'élection présidentielle. Le 15 mars 2021, 58 civils qui revenaient du marché de Banibangou ont été tués près de Darey-Daye, et le 21 mars, 141 habitants de plusieurs villages du département de Tillia, dans la région de Tahoua, ont été massacrés.

Réactions
Le secrétaire général des Nations unies, António Guterres, a condamné l'attaque et appelé à traduire ses auteurs en justice. La France, l'Union africaine et la CEDEAO ont exprimé leur solidarité avec le Niger.
"""

A008 = """Massacre de Yirgou

Le massacre de Yirgou désigne les tueries de civils peuls commises à partir du 1er janvier 2019 à Yirgou et dans plusieurs hameaux voisins de la commune de Barsalogho, dans la province du Sanmatenga (région du Centre-Nord), au Burkina Faso, par des membres des groupes d'autodéfense Koglweogo.

Contexte
Depuis 2016, le nord du Burkina Faso subit des attaques jihadistes attribuées à Ansaroul Islam, au Groupe de soutien à l'islam et aux musulmans (GSIM) et à l'État islamique au Grand Sahara. Le 2 mars 2018, une double attaque contre l'état-major des armées et l'ambassade de France à Ouagadougou a fait huit morts parmi les militaires. Dans la nuit du 31 décembre 2018 au 1er janvier 2019, des hommes armés non identifiés sont entrés à Yirgou et ont tué le chef du village, son fils et quatre autres habitants, soit six morts.

Déroulement
Dès le matin du 1er janvier, des membres des groupes Koglweogo de Yirgou et des villages voisins, accusant les Peuls de la localité d'avoir abrité les assaillants, ont mené des représailles. Armés de fusils de chasse et de machettes, ils ont tué des hommes peuls, incendié des cases et des greniers et volé du bétail dans les hameaux de Yirgou et jusqu'aux alentours de Barsalogho, à une quinzaine de kilomètres au sud. Les violences se sont poursuivies le 2 janvier, avant l'arrivée de renforts de gendarmerie.

Bilan
Le gouvernement a fait état de 49 morts. Le Collectif contre l'impunité et la stigmatisation des communautés (CISC) a recensé pour sa part 210 morts, un chiffre contesté par les autorités. Plusieurs milliers de Peuls ont fui vers Barsalogho et Kaya.

Suites
Le 7 janvier, le gouvernement a annoncé l'arrestation de six suspects. Les violences entre communautés se sont ensuite étendues : le 10 janvier 2019, au moins treize personnes ont été tuées à Gasseliki, dans la province du Soum, lors d'une attaque contre un village. En février, l'armée a annoncé avoir « neutralisé » 146 terroristes lors d'opérations dans le Nord, des chiffres contestés par des organisations de défense des droits humains.

Réactions
Le président Roch Marc Christian Kaboré a appelé à éviter les amalgames et s'est rendu à Yirgou. Le haut-commissaire des Nations unies aux droits de l'homme et la France ont condamné les tueries et demandé que les auteurs soient traduits en justice. Les procédures judiciaires engagées en 2019 n'avaient pas abouti à un procès à la fin de 2021.
"""

A009 = """Koutougou attack

Infobox military attack
title: Koutougou attack
location: Army detachment, Koutougou, Soum Province, Sahel Region, Burkina Faso
date: 19 August 2019
target: Armed Forces of Burkina Faso
deaths: 24 soldiers
perpetrators: Jama'at Nasr al-Islam wal Muslimin (claimed)

The Koutougou attack was an assault on the army detachment at Koutougou, in the Soum Province of northern Burkina Faso, near the border with Mali, at dawn on 19 August 2019. It was the deadliest attack on the Burkinabè army up to that date.

Background
Northern Burkina Faso has been hit by jihadist violence since 2016. On 16 December 2016, twelve soldiers were killed at the Nassoumbou post, also in the Soum, in an attack claimed by Ansaroul Islam. On 2 March 2018 simultaneous attacks on the army headquarters and the French embassy in Ouagadougou killed eight soldiers. In 2019 violence spread to the Centre-Nord and the East: on 12 May gunmen killed six people in the church of Dablo, and on 26 May four soldiers died when their vehicle hit a mine north of Djibo.

Attack
At about five in the morning, a large group of fighters on motorcycles and in pick-up trucks attacked the detachment from several sides. After about two hours they overran the position, set fire to vehicles and to part of the camp, and took weapons and ammunition before withdrawing towards the Malian border. A reinforcement column sent from Djibo arrived in the afternoon.

Casualties
On the evening of the attack the army spoke only of "heavy losses". On 20 August the general staff announced that 24 soldiers had been killed, seven wounded and five were missing. The army said that its air response had "neutralised" a number of attackers but gave no figure. In its claim, Jama'at Nasr al-Islam wal Muslimin (JNIM) said it had killed about 30 soldiers.

Aftermath
The government declared a national day of mourning. The attack deepened the crisis in the army's command; in January 2020 parliament passed a law creating the Volunteers for the Defence of the Homeland (VDP), civilians armed to support the army. On 4 October 2019 about twenty people were killed in an attack on a gold-mining site near Dolmané, in the same province.

Reactions
The African Union and the United Nations condemned the attack. France, whose Operation Barkhane had carried out several joint operations with the Burkinabè army in the Soum that year, expressed its condolences.
"""

A010 = """Koulogon massacre

The Koulogon massacre was the killing of 37 Fulani civilians in Koulogon, a village of the Bankass Cercle in the Mopti Region of central Mali, in the early hours of 1 January 2019. The attackers, dressed as dozo traditional hunters, struck the Fulani quarter of the village, known as Koulogon-Peul, while its residents were asleep.

Background
Since 2015 central Mali has been the scene of growing violence between Fulani herders, accused by their neighbours of supporting the Macina Liberation Front of Amadou Koufa, and Dogon and Bambara farmers organised in hunters' militias. The Dogon militia Dan Na Ambassagou was formed in 2016 and the government's attempts to disarm it failed. On 23 June 2018 at least 32 Fulani were killed in Koumaga, in the Djenné Cercle. In the Bankass area itself, several Dogon hamlets were attacked in the last months of 2018, and on 16 December two Dogon herdsmen were shot dead near Bankass town.

Attack
At around six in the morning, dozens of armed men arrived on motorcycles and on foot, surrounded the Fulani quarter and opened fire on the residents. Witnesses said the assailants wore the brown tunics and amulets of dozo hunters. They went from house to house, killing men, women and children, and set fire to huts and granaries. The attack lasted about two hours; the nearby Dogon quarter was not touched.

Casualties
The government said 37 people had been killed, among them several children, and that houses had been burned. A Fulani association, Tabital Pulaaku, counted 41 dead. Dozens of survivors fled to Bankass and to Mopti.

Perpetrators
No group claimed the killings. The government blamed "men dressed as dozo hunters", and survivors accused the militia of the neighbouring Dogon villages; Dan Na Ambassagou denied any involvement.

Aftermath
Prime Minister Soumeylou Boubèye Maïga visited Koulogon on 3 January and promised that the killers would be brought to justice. The violence continued: on 23 March 2019 at least 157 Fulani villagers were killed in Ogossagou, and on 9 June 2019 an attack on the Dogon village of Sobane Da killed 35. After Ogossagou, the government announced the dissolution of Dan Na Ambassagou.

Reactions
The United Nations mission in Mali (MINUSMA) condemned the attack and sent a team to investigate. France and the European Union urged the authorities to disarm the militias of the centre.
"""

A011 = """2018 Boni mine blast

The 2018 Boni mine blast was the explosion of a landmine under a passenger vehicle on 25 January 2018 near Boni, a town of the Douentza Cercle in the Mopti Region of Mali. The vehicle, a public transport truck carrying people to the weekly market, was destroyed a few kilometres east of Boni on the road to Hombori.

Background
The road linking Sévaré to Gao, which runs through Douentza, Boni and Hombori, had become one of the most dangerous in Mali by 2017. Armed groups linked to Jama'at Nasr al-Islam wal Muslimin (JNIM) and to the Islamic State in the Greater Sahara regularly planted mines to target military convoys. On 18 January 2018 a MINUSMA convoy hit an explosive device between Douentza and Boni, wounding three peacekeepers, and in December 2017 four Malian soldiers had been killed by a mine near Hombori. Civilians had also been hit: in July 2017 three passengers died when a minibus struck a mine near Gossi.

Explosion
In the morning of 25 January, the truck, carrying passengers from Burkina Faso and from villages of the area, hit a mine that had apparently been planted in the laterite road during the night. The vehicle was thrown off the road and caught fire. Soldiers from the camp at Boni reached the site about an hour later and evacuated the survivors to Douentza and Sévaré.

Casualties
The government announced that 24 civilians had been killed, including women and children. MINUSMA, whose helicopters helped evacuate the wounded, gave a toll of 26 dead. Several survivors were badly burned.

Responsibility
No group claimed the blast. The government blamed "terrorists" operating in the Gourma, the region south of the river.

Aftermath
Two days later, on 27 January, an attack on the army camp at Soumpi, in the Tombouctou Region, killed fourteen soldiers; the same day an attack in Ménaka killed four more. Traffic between Boni and Hombori remained very limited, and in 2019 the armed groups placed Boni under a blockade that lasted several months.

Reactions
The UN Secretary-General's special representative in Mali condemned an "odious act" against civilians. France and the African Union expressed their condolences and called for the perpetrators to be brought to justice.
"""

A012 = """Manifestation du 22 février 2019 à Alger

La manifestation du 22 février 2019 à Alger est la première grande marche organisée dans la capitale algérienne contre la candidature du président Abdelaziz Bouteflika à un cinquième mandat. Elle est considérée comme le début du Hirak, le mouvement de contestation qui a conduit à la démission du chef de l'État en avril 2019.

Contexte
Les manifestations étaient interdites à Alger depuis 2001. Les émeutes d'octobre 1988 avaient fait plus de 150 morts selon le bilan officiel, et celles de janvier 2011, contre la hausse des prix, cinq morts. L'annonce, le 10 février 2019, de la candidature de Bouteflika, malade et presque absent de la vie publique depuis 2013, a provoqué des rassemblements dans plusieurs villes : le 16 février à Kherrata, en Petite Kabylie, puis le 19 février à Khenchela, où des manifestants ont arraché un portrait géant du président.

Déroulement
Le vendredi 22 février, après la prière, des dizaines de milliers de personnes ont défilé dans le centre d'Alger, de la place du 1er-Mai à la Grande Poste, aux cris de « Pas de cinquième mandat ». La marche, appelée sur les réseaux sociaux sans organisateur déclaré, s'est déroulée dans le calme. En fin d'après-midi, un groupe de manifestants a tenté de monter vers la présidence, à El Mouradia ; la police l'a bloqué et a fait usage de gaz lacrymogènes. Des marches ont eu lieu le même jour à Oran, Annaba, Béjaïa et dans d'autres villes.

Bilan
Aucun mort n'a été signalé. La direction générale de la Sûreté nationale a fait état de 41 interpellations à Alger ; quelques manifestants et policiers ont été légèrement blessés près d'El Mouradia.

Suites
Les marches se sont répétées chaque vendredi. Le 1er mars, à Alger, l'ancien homme politique Hassan Benkhedda est mort d'une crise cardiaque pendant la manifestation et 56 policiers ont été blessés. Bouteflika a renoncé à un cinquième mandat le 11 mars, puis a démissionné le 2 avril 2019 sous la pression de l'armée.

Réactions
Le gouvernement français a dit souhaiter que l'élection présidentielle se déroule « dans de bonnes conditions », et l'Union européenne a appelé au respect de la liberté de réunion. Le Premier ministre Ahmed Ouyahia a mis en garde contre les appels anonymes à manifester.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2019-09-01", A001, "2019-08-04", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Murzuq", 42),
    (
        "2020-07-15",
        A002,
        "2020-06-05",
        S,
        "Non-violent transfer of territory",
        GNA,
        LNA,
        [KANIYAT],
        "Tarhuna",
        0,
    ),
    ("2018-12-01", A003, "2018-10-28", V, "Attack", ISLY, f"{CIV} (Libya)", [], "Al Fuqaha", 4),
    ("2020-04-20", A004, "2020-03-23", B, "Armed clash", BH, TD, [], "Bohoma", 92),
    ("2021-05-20", A005, "2021-04-17", B, "Armed clash", TD, FACT, [], "Nokou", 305),
    ("2020-02-10", A006, "2020-01-09", B, "Armed clash", ISGS, NER, [], "Chinegodar", 152),
    ("2021-02-01", A007, "2021-01-02", V, "Attack", ISGS, f"{CIV} (Niger)", [], "Tchoma Bangou", 100),
    (
        "2019-02-01",
        A008,
        "2019-01-01",
        V,
        "Attack",
        KOG,
        f"{CIV} (Burkina Faso)",
        ["Fulani Ethnic Group (Burkina Faso)"],
        "Yirgou",
        49,
    ),
    ("2019-09-15", A009, "2019-08-19", B, "Armed clash", JNIM, BFA, [], "Koutougou", 24),
    (
        "2019-02-10",
        A010,
        "2019-01-01",
        V,
        "Attack",
        DOZO,
        f"{CIV} (Mali)",
        ["Fulani Ethnic Group (Mali)"],
        "Koulogon",
        37,
    ),
    (
        "2018-02-20",
        A011,
        "2018-01-25",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Mali)",
        f"{CIV} (Mali)",
        [],
        "Boni",
        24,
    ),
    (
        "2019-03-20",
        A012,
        "2019-02-22",
        PR,
        "Protest with intervention",
        "Protesters (Algeria)",
        PDZ19,
        [],
        "Algiers",
        0,
    ),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles11.jsonl"
    write_labelled(out, ROWS, "sitrep-articles11", P.__getitem__)


if __name__ == "__main__":
    main()
