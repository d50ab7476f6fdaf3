# ruff: noqa: E501  (a data table: article paragraphs read better unwrapped)
"""Writes tests/data/labelled_articles3.jsonl: twelve whole encyclopedia-style articles, each about one event
in the Sahel or Libya 2018-21, with our coding of the ONE main event the article is about.

Why a third article set: the sealed test holds whole encyclopedia articles, where the main event is buried
among background attacks, later operations, tolls that change, and long lists of governments that
"condemned" it. This set was written and coded blind to the extractor's rules and to the earlier article set,
so it measures whether the rules find the article's subject rather than the loudest sentence.

Every article is written in our own words (nothing copied from an encyclopedia or any other text). Which
articles are real events told from general knowledge and which details are invented:
  001 Ogossagou massacre, Mali, 23 Mar 2019 - real event; wording ours, tolls as commonly reported.
  002 Attaque de Dioura (French), Mali, 17 Mar 2019 - real event; the attackers' toll and some details invented.
  003 Boungou convoy ambush, Burkina Faso, 6 Nov 2019 - real event; details (distances, later toll of 38) partly invented.
  004 Dablo church attack, Burkina Faso, 12 May 2019 - real event; wording ours.
  005 Inata mine kidnapping, Burkina Faso, 23 Sep 2018 - real event; circumstances of the abduction invented.
  006 Chinagodrar attack, Niger, 9 Jan 2020 - real event; revised tolls as commonly reported.
  007 Attaque de Koure (French), Niger, 9 Aug 2020 - real event; wording ours.
  008 Attaque de Toumour (French), Niger, 12-13 Dec 2020 - real event; the claim and the higher local toll invented.
  009 Niamey post-election riots, Niger, 23-24 Feb 2021 - real event; the day-by-day details partly invented.
  010 Battle of Gharyan, Libya, 26 Jun 2019 - real event; the per-side tolls invented (plausible).
  011 Murzuq airstrike, Libya, 4 Aug 2019 - real event; wording ours.
  012 Timiaouine bombing, Algeria, 9 Feb 2020 - real event; the aftermath details invented.

Coding follows ACLED's codebook: the date is the day the article gives for the main event (for an overnight
attack, the day the killing began); fatalities are all deaths of all sides in the main event, wounded not
counted. Tolls: where sources differ at the same time (an official count and a higher local or unconfirmed
claim), ACLED's "most conservative figure" rule gives the lower one (001's 160 vs 157, 003's 38, 008's 34).
Where the same authority later revises its own count after the dead are counted (006: 25 soldiers and 63
attackers first, 89 and 77 four days later), the first figure is not a competing estimate but an incomplete
one, so we code the revised official figure (166); this is our reading of the rule, stated so that a reviewer
can disagree with it. Actors named only in reactions (governments, the UN, the AU, ECOWAS, the Pope) are not
coded. Coordinates: Mali, Burkina Faso and Niger places from shared/gazetteer/geonames-*.txt (feature class P,
rounded to two decimals; Ogossagou is GeoNames' "Ogassagou-Peulh", the Fulani quarter that was attacked; Inata
has only a class-L "locality" row in the Burkina Faso dump, used here). Libya and Algeria places are the
towns' well-known GeoNames points (Gharyan 32.17, 13.02; Murzuq 25.92, 13.92; Timiaouine 20.44, 1.80), as the
other labelled sets already write them.
Re-run after editing: ``python scripts/make_labelled_articles3.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, DNA, GNA, ISGS, ISL, JNIM, LNA, UAG, B, E, R, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Ogossagou": ("Mali", "Mopti", 13.96, -3.57),
    "Dioura": ("Mali", "Mopti", 14.83, -5.25),
    "Boungou": ("Burkina Faso", "Est", 12.00, 1.39),
    "Dablo": ("Burkina Faso", "Centre-Nord", 13.72, -1.18),
    "Inata": ("Burkina Faso", "Sahel", 14.34, -1.33),
    "Chinagodrar": ("Niger", "Tillaberi", 15.23, 3.00),
    "Kouré": ("Niger", "Tillaberi", 13.31, 2.58),
    "Toumour": ("Niger", "Diffa", 13.67, 13.13),
    "Niamey": ("Niger", "Niamey", 13.51, 2.11),
    "Gharyan": ("Libya", "Al Jabal al Gharbi", 32.17, 13.02),
    "Murzuq": ("Libya", "Murzuq", 25.92, 13.92),
    "Timiaouine": ("Algeria", "Adrar", 20.44, 1.80),
}
ML = "Military Forces of Mali (2013-)"
BF = "Military Forces of Burkina Faso (2015-2022)"
NE, PNE = "Military Forces of Niger (2011-2021)", "Police Forces of Niger (2011-2021)"
DZ = "Military Forces of Algeria (2019-)"
FUL_ML = "Fulani Ethnic Group (Mali)"

A001 = """Ogossagou massacre

{{Infobox civilian attack
| title = Ogossagou massacre
| location = Ogossagou, Bankass Cercle, Mopti Region, Mali
| date = 23 March 2019
| target = Fulani villagers
| type = Mass shooting, arson
| fatalities = 157
| injured = at least 65
| perpetrators = Dan Na Ambassagou militiamen
}}

The Ogossagou massacre was the killing of at least 157 Fulani villagers at Ogossagou, a village in the Bankass Cercle of the Mopti Region in central Mali, on the morning of 23 March 2019. Armed men wearing the dress of traditional Dozo hunters, whom survivors and local officials identified as fighters of the Dogon self-defence militia Dan Na Ambassagou, surrounded the Fulani quarter of the village at dawn, shot the inhabitants and set fire to their huts and granaries. It was the deadliest single attack on civilians in Mali since the crisis of 2012.

== Background ==
Since 2015 the centre of Mali had been destabilised by the Katiba Macina of the preacher Amadou Koufa, which recruited among Fulani herders. Dogon farming communities formed armed groups to protect themselves, the largest being Dan Na Ambassagou, created in 2016 under Youssouf Toloba. Reprisals between the two communities multiplied during 2018. On 1 January 2019, 37 Fulani civilians had been killed at Koulogon, in the same cercle. Less than a week before the massacre, on 17 March 2019, jihadists had overrun the army camp at Dioura, killing more than twenty soldiers.

== Attack ==
Shortly before 5 a.m. on Saturday 23 March, around a hundred armed men arrived on motorbikes and on foot and encircled the Fulani part of Ogossagou. They fired on residents who tried to flee, burned houses with their occupants inside and slaughtered cattle. The shooting lasted several hours. A small army post nearby did not intervene, and soldiers reached the village only after the attackers had left. Several victims were thrown into wells.

== Casualties ==
The government first counted 134 dead. As bodies were recovered from the burned houses and the wells, local officials spoke of 160 dead, while the government's final count, which the United Nations human rights investigation later retained, was 157, among them dozens of women and children. At least 65 people were wounded.

== Reactions ==
The following day the Council of Ministers dissolved Dan Na Ambassagou and replaced the chief of the general staff of the armed forces and the commanders of the land and air forces. President Ibrahim Boubacar Keita visited the village on 25 March. Dan Na Ambassagou denied any involvement and refused to disarm.
International reactions:
* United Nations: Secretary-General Antonio Guterres condemned the attack and called for the perpetrators to be brought to justice; MINUSMA sent a human rights team.
* African Union: the chairperson of the Commission condemned the killings.
* ECOWAS expressed its solidarity with Mali.
* France, Germany, the United States, Canada and the United Kingdom condemned the massacre.

== Aftermath ==
Violence continued in the area. On 9 June 2019, 35 Dogon villagers were killed at Sobane Da, and on 14 February 2020 a second attack on Ogossagou killed 31 people, hours after the army had withdrawn its post from the village.
"""

A002 = """Attaque de Dioura

{{Infobox conflit militaire
| conflit = Attaque de Dioura
| guerre = Guerre du Mali
| date = 17 mars 2019
| lieu = Dioura, cercle de Ténenkou, région de Mopti
| issue = Victoire jihadiste, camp pillé puis repris
| combattant1 = Forces armées maliennes
| combattant2 = Groupe de soutien à l'islam et aux musulmans (Katiba Macina)
| pertes1 = 23 morts, plusieurs blessés
| pertes2 = 6 morts (selon l'armée)
}}

L'attaque de Dioura est un assaut mené le 17 mars 2019 par des combattants jihadistes contre le camp des Forces armées maliennes (FAMa) à Dioura, dans la région de Mopti, au centre du Mali. Revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM), elle coûte la vie à 23 militaires maliens.

== Contexte ==
Depuis 2015, la katiba Macina d'Amadou Koufa, intégrée en 2017 au GSIM, multiplie les attaques contre l'armée dans le delta intérieur du Niger. En juillet 2016, l'attaque du camp de Nampala avait fait 17 morts parmi les soldats. Le camp de Dioura abritait une unité d'environ 90 hommes. Selon plusieurs sources, l'opération aurait été conduite par Ba Ag Moussa, un ancien colonel de l'armée passé aux jihadistes.

== Déroulement ==
Le dimanche 17 mars, vers 6 heures du matin, des dizaines d'hommes armés circulant à moto et à bord de pick-up prennent d'assaut le camp. Les combats durent plusieurs heures. Les assaillants incendient des véhicules, emportent des armes et des munitions puis se replient. Des renforts et des appuis aériens n'arrivent qu'en fin de journée.

== Bilan ==
Le gouvernement annonce un bilan de 23 militaires tués. L'armée affirme de son côté que 6 assaillants ont été tués au cours des combats. Le GSIM revendique l'attaque dans un communiqué diffusé deux jours plus tard.

== Suites ==
Le 19 mars, des épouses de militaires manifestent à Ségou pour dénoncer les conditions de vie des soldats. Quelques jours plus tard, le 23 mars, le massacre d'Ogossagou fait au moins 157 morts dans la même région et entraîne le limogeage du chef d'état-major général des armées.

== Réactions ==
La France, la MINUSMA et l'Union africaine condamnent l'attaque et présentent leurs condoléances au peuple malien.
"""

A003 = """Boungou convoy ambush

The Boungou convoy ambush was an attack on 6 November 2019 on a convoy carrying employees and contractors of the Canadian gold miner Semafo to its Boungou mine in the Est Region of Burkina Faso. At least 37 people were killed and 60 wounded, making it the deadliest attack in the country at that time.

== Background ==
The Boungou mine, in Tapoa Province, opened in 2018. The road to it had already been attacked: in August 2018 a vehicle escorting a Semafo convoy struck an explosive device and six people, five of them gendarmes, were killed, and in December 2018 gunmen fired on a company bus. After these incidents the company stopped using the road for expatriate staff, who were flown in by helicopter, while Burkinabe workers continued to travel by bus under army escort.

== Attack ==
In the morning of 6 November 2019, a convoy of five buses escorted by soldiers left Fada N'Gourma for the mine. About 40 kilometres from the site, near the village of Boungou, the escort's lead vehicle struck an explosive device and unidentified gunmen waiting along the road opened fire on the buses. The gunmen fired on passengers who tried to escape into the bush. No group claimed responsibility for the attack.

== Casualties ==
The governor of the Est Region announced 37 dead and 60 wounded, all of them civilians, Burkinabe workers and subcontractors of the company. Some media later cited a figure of 38 dead, which was not confirmed by the authorities.

== Aftermath ==
Semafo suspended operations at Boungou and did not resume them until late 2020. Two days after the attack the army announced that it had killed 32 "terrorists" in an operation in the north of the country, which it did not link to the ambush. The government declared 48 hours of national mourning.

== Reactions ==
Prime Minister of Canada Justin Trudeau condemned the attack. The United Nations, the European Union and France sent condolences to the government of Burkina Faso.
"""

A004 = """Dablo church attack

{{Infobox terrorist attack
| title = Dablo church attack
| location = Dablo, Sanmatenga Province, Centre-Nord, Burkina Faso
| date = 12 May 2019, about 9 a.m.
| target = Catholic church during Mass
| deaths = 6 (including the priest)
| perpetrators = Suspected jihadists
}}

The Dablo church attack took place on Sunday 12 May 2019, when armed men stormed the Catholic church of Dablo, a town in the Sanmatenga Province of Burkina Faso's Centre-Nord Region, during morning Mass and killed six people, among them the parish priest, Father Simeon Yampa.

== Background ==
Attacks on Christians had become more frequent in northern Burkina Faso in 2019. On 28 April 2019, gunmen killed a pastor and five worshippers at a Protestant church in Silgadji, in Soum Province. On 10 May, French special forces freed four hostages held in northern Burkina Faso in a raid in which two French commandos were killed.

== Attack ==
At about 9 a.m., some twenty to thirty gunmen on motorbikes surrounded the church as Mass was being celebrated. They let part of the congregation flee, then shot the priest and five worshippers. The attackers went on to set fire to the church, several shops and the town's health centre before leaving. No group claimed responsibility; the authorities attributed the attack to jihadists active in the region.

== Aftermath ==
Hundreds of residents fled Dablo for Kaya and Barsalogho. The next day, 13 May, gunmen attacked a Marian procession near Zimtenga, in Bam Province, killing four Catholics, and on 26 May four more worshippers were killed at the church of Toulfe.

== Reactions ==
* Pope Francis said he was praying for the victims.
* President Roch Marc Christian Kabore condemned an attack aimed at sowing division between religions.
* France, the United States and the European Union condemned the killings.
* The United Nations Secretary-General called on the authorities to find those responsible.
"""

A005 = """2018 Inata mine kidnapping

The 2018 Inata mine kidnapping was the abduction of three employees of the Inata gold mine, an Indian, a South African and a Burkinabe, by gunmen in Soum Province, in the Sahel Region of northern Burkina Faso, on 23 September 2018. It was the first kidnapping of foreign mine workers in the province since the abduction of a Romanian security officer at Tambao in April 2015.

== Background ==
Northern Burkina Faso had seen a rise in attacks by Ansaroul Islam and other armed groups since 2016, and several foreigners had been taken hostage in the Sahel Region, among them an Australian doctor and his wife abducted in Djibo in January 2016. The Inata mine, some 60 kilometres from Djibo, had been placed under administration after its owner's financial difficulties and ran with a reduced staff.

== Kidnapping ==
On the afternoon of 23 September 2018, the three men were travelling by road near the mine when their vehicle was stopped by armed men on motorbikes. The gunmen took the three employees and released the driver, who raised the alarm. They then headed north towards the border with Mali. No ransom demand was made public and no group claimed the abduction.

== Search ==
The army and the gendarmerie began searches in the area the same evening. On 26 September, during the search, a military vehicle struck an explosive device near Djibo, wounding several soldiers.

== Reactions ==
The governments of India and South Africa said they were in contact with the Burkinabe authorities. The mine's management suspended the movement of its staff outside the site.
"""

A006 = """Chinagodrar attack

{{Infobox military conflict
| conflict = Chinagodrar attack
| partof = the Islamist insurgency in the Sahel
| date = 9 January 2020
| place = Chinagodrar, Tillaberi Region, Niger
| result = Attack repelled
| combatant1 = Niger Armed Forces
| combatant2 = Islamic State in the Greater Sahara
| strength2 = Several hundred
| casualties1 = 89 killed (government, revised)
| casualties2 = 77 killed (government, revised)
}}

The Chinagodrar attack was an assault by the Islamic State in the Greater Sahara (ISGS) on a military camp of the Niger Armed Forces at Chinagodrar, in the Tillaberi Region near the border with Mali, on 9 January 2020. With 89 soldiers killed it was the deadliest attack ever suffered by the Nigerien army.

== Background ==
The Tillaberi Region had been under a state of emergency since 2017, the year in which four American and five Nigerien soldiers were killed in an ambush near Tongo Tongo. On 10 December 2019, ISGS fighters had overrun the camp of Inates, about 200 kilometres to the west, killing 71 soldiers. The army then withdrew from several small posts along the border and reinforced others, among them Chinagodrar.

== Attack ==
Around midday on 9 January, hundreds of fighters arriving from Mali on motorbikes and in vehicles attacked the camp, using shells and mortar fire before storming it. The battle lasted several hours until the Nigerien air force intervened and the attackers withdrew towards the border. ISGS claimed the attack through the Islamic State's channels.

== Casualties ==
On the evening of the attack the defence ministry said 25 soldiers and 63 assailants had been killed. On 13 January, after the dead had been counted, the government revised these figures to 89 soldiers and 77 assailants killed.

== Aftermath ==
The chief of the general staff of the armed forces was replaced on 13 January. The same day, the heads of state of the G5 Sahel met President Emmanuel Macron at Pau and agreed to concentrate their efforts on the border area between Mali, Burkina Faso and Niger.

== Reactions ==
* France: President Macron expressed his solidarity with Niger.
* United States: the State Department condemned the attack.
* European Union and United Nations: messages of condolence.
* African Union, ECOWAS and the G5 Sahel condemned the attack; Chad, Mali and Burkina Faso sent condolences.
"""

A007 = """Attaque de Kouré

L'attaque de Kouré est l'assassinat, le 9 août 2020, de huit personnes, six humanitaires français de l'organisation non gouvernementale ACTED ainsi que leur guide et leur chauffeur nigériens, dans la réserve des girafes de Kouré, à environ 60 kilomètres au sud-est de Niamey, dans la région de Tillabéri, au Niger. L'attaque est revendiquée le mois suivant par l'État islamique au Grand Sahara (EIGS).

== Contexte ==
La région de Tillabéri est touchée depuis plusieurs années par les attaques de l'EIGS, qui avait tué 89 soldats à Chinagodrar en janvier 2020. La zone de Kouré, réputée calme, était fréquentée le week-end par les expatriés de Niamey venus observer les dernières girafes d'Afrique de l'Ouest.

== Déroulement ==
Le dimanche 9 août 2020, vers 11 heures, le véhicule des humanitaires est intercepté dans la réserve par des hommes armés arrivés à moto. Les six Français, âgés de 25 à 50 ans, ainsi que leur guide et leur chauffeur, sont tués par balles sur place. Les assaillants incendient ensuite le véhicule avant de s'enfuir.

== Enquête ==
Le parquet national antiterroriste français ouvre une enquête pour assassinats en relation avec une entreprise terroriste. Le 17 septembre, l'EIGS revendique l'attaque dans l'hebdomadaire de l'État islamique. Plusieurs suspects sont arrêtés au Niger dans les mois qui suivent.

== Suites ==
Les autorités nigériennes interdisent l'accès à la réserve et la France classe l'ensemble du pays, à l'exception de Niamey, en zone rouge. Le 2 janvier 2021, une autre attaque contre les villages de Tchoma Bangou et Zaroumdareye, dans la même région, fait une centaine de morts.

== Réactions ==
Le président Emmanuel Macron, le président Mahamadou Issoufou, l'Union européenne, les Nations unies et de nombreuses organisations humanitaires condamnent l'attaque.
"""

A008 = """Attaque de Toumour

L'attaque de Toumour est une attaque menée dans la nuit du 12 au 13 décembre 2020 par des combattants de Boko Haram contre le bourg de Toumour, dans le département de Bosso, région de Diffa, au sud-est du Niger, près du lac Tchad. Elle fait 28 morts parmi les habitants, à la veille des élections municipales et régionales.

== Contexte ==
La région de Diffa est la cible d'attaques de Boko Haram depuis 2015. En juin 2016, une attaque contre Bosso avait tué 26 soldats nigériens et nigérians. Toumour, qui accueillait de nombreux déplacés, avait déjà été attaquée à plusieurs reprises.

== Déroulement ==
Le samedi 12 décembre, vers 18 heures, des dizaines d'hommes armés entrent dans Toumour par plusieurs côtés. Pendant plusieurs heures, ils tirent sur les habitants et incendient les maisons, le marché et des véhicules. Environ 800 habitations sont détruites par le feu. Les assaillants se retirent dans la nuit, avant l'arrivée de renforts venus de Diffa.

== Bilan ==
Le gouvernement annonce un bilan de 28 morts et de nombreux blessés. Des élus locaux évoquent jusqu'à 34 morts, un chiffre qui n'a pas été confirmé. La faction de Boko Haram dirigée par Abubakar Shekau revendique l'attaque quelques jours plus tard.

== Suites ==
Les élections du 13 décembre se déroulent normalement dans le reste du pays. Le président Mahamadou Issoufou décrète trois jours de deuil national. Le 12 janvier, le ministère de la Défense annonce avoir tué 42 membres de Boko Haram lors d'une opération dans les îles du lac Tchad.

== Réactions ==
L'Union africaine, la CEDEAO, l'Union européenne, la France et les États-Unis présentent leurs condoléances au Niger.
"""

A009 = """2021 Niamey post-election riots

The 2021 Niamey post-election riots were violent demonstrations in Niamey, the capital of Niger, that broke out on 23 February 2021 after the electoral commission announced the provisional results of the second round of the presidential election, won by Mohamed Bazoum over the former president Mahamane Ousmane. Two people were killed and 468 were arrested.

== Background ==
The run-off was held on 21 February 2021. The same day, seven members of the electoral commission were killed when their vehicle struck a landmine in the Dargol area of the Tillaberi Region. Ousmane rejected the results before they were announced, and his supporters called for protests.

== Riots ==
In the afternoon of 23 February, shortly after the results were announced, hundreds of young supporters of Ousmane took to the streets of several districts of Niamey. They erected barricades, burned tyres and vehicles, looted shops and set fire to the homes of some ruling-party figures. Police used tear gas against the crowds, and clashes continued late into the night. Two people were killed during the night of 23 February.

The next day the unrest was smaller, with sporadic clashes and barricades in some districts; no further deaths were reported. Mobile internet was cut off for several days.

== Arrests ==
The interior minister said 468 people had been arrested. On 25 February, the opposition figure Hama Amadou was arrested and charged in connection with the violence.

== Reactions ==
The African Union, ECOWAS, the United Nations, the European Union, France and the United States called for calm and for any dispute to be settled before the Constitutional Court, which confirmed Bazoum's victory on 21 March.
"""

A010 = """Battle of Gharyan

{{Infobox military conflict
| conflict = Battle of Gharyan
| partof = the Western Libya campaign (2019-2020)
| date = 26 June 2019
| place = Gharyan, Libya
| result = Government of National Accord victory; Libyan National Army loses its forward headquarters
| combatant1 = Government of National Accord
| combatant2 = Libyan National Army
| commander2 = Abdul Salam al-Hassi
| casualties1 = 8 killed
| casualties2 = at least 43 killed, 18 captured
}}

The Battle of Gharyan was fought on 26 June 2019 when forces of the Government of National Accord (GNA) seized the mountain town of Gharyan, 80 kilometres south of Tripoli, from the Libyan National Army (LNA) of Khalifa Haftar, which had used it as the forward headquarters of its offensive on the capital.

== Prelude ==
On 2 April 2019 LNA units entered Gharyan with little resistance, and two days later Haftar launched his offensive on Tripoli. Gharyan became the LNA's main supply base for the front lines in Tripoli's southern suburbs. Over the following weeks the front stalled around Qasr bin Ghashir and Ain Zara, and the LNA lost the airport of Tripoli to counter-attacks.

== Battle ==
In the early hours of 26 June, GNA forces, supported by fighters from Gharyan who opposed the LNA, attacked the town from several directions while an uprising broke out inside it. The LNA's operations room fell by the afternoon and its units withdrew south towards Al-Asabaa. GNA forces captured weapons, vehicles and ammunition.

== Casualties ==
According to the town's hospital, at least 43 LNA fighters were killed and 18 were taken prisoner. The GNA lost 8 fighters.

== Aftermath ==
The LNA carried out airstrikes on Gharyan in the following days. Weapons found in the captured base, among them anti-tank missiles of American origin, prompted an inquiry by the United States. On 2 July, an airstrike on the Tajoura migrant detention centre east of Tripoli killed 53 people; the GNA blamed the LNA.

== Reactions ==
The United Nations Support Mission in Libya called for restraint. Italy, France, the United Kingdom, the United States, Egypt, the United Arab Emirates and Turkey issued statements calling for a return to negotiations.
"""

A011 = """2019 Murzuq airstrike

The 2019 Murzuq airstrike was an air attack on the town of Murzuq, in the Fezzan region of southern Libya, on the night of 4 August 2019, in which 43 people were killed and more than 60 wounded. The strike hit a gathering of residents at a community hall in the Al-Qalaa district. The Government of National Accord and local officials attributed it to the Libyan National Army (LNA) of Khalifa Haftar.

== Background ==
Murzuq is a mainly Tebu town. The LNA took control of the Fezzan in early 2019, but in Murzuq it met resistance from Tebu armed groups opposed to it. Tension grew between the Tebu and the Ahali, an Arab community of the town, many of whose members supported the LNA.

== Airstrike ==
On the evening of 4 August 2019, residents met in a community hall to discuss local reconciliation when the building was hit by an airstrike carried out by a drone. Most of the dead were civilians, among them several local notables. The LNA said it had struck "Chadian opposition fighters" in the town, which local officials denied.

== Casualties ==
The mayor of Murzuq announced 43 dead and more than 60 wounded.

== Aftermath ==
Fighting broke out the following days between Tebu armed groups and Ahali fighters supported by the LNA; more than 90 people were killed in the town in August, and thousands of residents fled to Ubari and Sabha.

== Reactions ==
The United Nations Support Mission in Libya condemned the strike. The European Union, Italy, France and the United Kingdom called for an investigation.
"""

A012 = """2020 Timiaouine bombing

{{Infobox terrorist attack
| title = 2020 Timiaouine bombing
| location = Timiaouine, Adrar Province, Algeria
| date = 9 February 2020
| type = Suicide car bombing
| deaths = 2 (one soldier and the bomber)
| perpetrators = Unknown
}}

The 2020 Timiaouine bombing was a suicide attack on an Algerian army post at Timiaouine, near the border with Mali in the Adrar Province, on 9 February 2020. A suicide bomber drove a vehicle loaded with explosives at the post, killing a soldier on guard duty; the bomber also died. It was the first suicide attack in Algeria since 2017.

== Background ==
Large attacks had become rare in Algeria since the 1990s. The most serious in recent years was the In Amenas hostage crisis of January 2013, in which militants of Mokhtar Belmokhtar seized the Tiguentourine gas facility and 37 foreign hostages and 29 attackers were killed. In March 2016, the Krechba gas plant near In Salah was hit by rockets without causing casualties. Algeria had since reinforced its army along the Malian and Libyan borders.

== Attack ==
On the morning of 9 February 2020, the soldier on guard tried to stop a vehicle approaching the post at speed. The driver detonated the explosives, killing the soldier and himself. No group claimed responsibility for the attack; the defence ministry blamed a "terrorist" without naming any organisation.

== Aftermath ==
Over the following days the army reported the arrest of several suspects and the discovery of a weapons cache near Bordj Badji Mokhtar.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2019-09-01", A001, "2019-03-23", V, "Attack", DNA, f"{CIV} (Mali)", [FUL_ML], "Ogossagou", 157),
    ("2019-06-15", A002, "2019-03-17", B, "Armed clash", JNIM, ML, [], "Dioura", 29),
    (
        "2020-01-20",
        A003,
        "2019-11-06",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Boungou",
        37,
    ),
    ("2019-08-10", A004, "2019-05-12", V, "Attack", f"{ISL} (Burkina Faso)", f"{CIV} (Burkina Faso)", [], "Dablo", 6),
    (
        "2018-12-01",
        A005,
        "2018-09-23",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (International)",
        [],
        "Inata",
        0,
    ),
    ("2020-03-01", A006, "2020-01-09", B, "Armed clash", ISGS, NE, [], "Chinagodrar", 166),
    ("2020-11-01", A007, "2020-08-09", V, "Attack", ISGS, f"{CIV} (France)", ["Aid Workers (France)"], "Kouré", 8),
    ("2021-02-01", A008, "2020-12-12", V, "Attack", BH, f"{CIV} (Niger)", [], "Toumour", 28),
    ("2021-04-01", A009, "2021-02-23", R, "Violent demonstration", "Rioters (Niger)", PNE, [], "Niamey", 2),
    ("2019-09-15", A010, "2019-06-26", B, "Armed clash", GNA, LNA, [], "Gharyan", 51),
    ("2019-10-01", A011, "2019-08-04", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Murzuq", 43),
    ("2020-04-01", A012, "2020-02-09", E, "Suicide bomb", f"{UAG} (Algeria)", DZ, [], "Timiaouine", 2),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles3.jsonl"
    write_labelled(out, ROWS, "sitrep-articles3", P.__getitem__)


if __name__ == "__main__":
    main()
