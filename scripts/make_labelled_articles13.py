# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles13.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
Burkina Faso, Niger, Mali, Libya, Chad or Algeria (2018-2021), with the ACLED-style coding of that main event.

Why: the sealed test set scores the FIRST event written for a whole article, so the main event has to win over
the background attacks, the counter-operations, the reactions and the per-side casualty figures that surround
it. This set was written and coded blind to the extractor (only the file layout of make_labelled_articles6.py
was looked at); every sentence is our own, and the gold was coded before the extractor was first run.

Provenance per article (real = a real event as remembered, simplified; invented = plausible, real places):
 001 Massacre de Solhan, Burkina Faso, night of 4 to 5 June 2021 (French): real; began around 2 a.m. on the
     5th, so coded 2021-06-05; gold-mining site and market hit; unclaimed (JNIM denied), so Unidentified Armed
     Group; the official 132 is the most conservative of the 132 / 160 figures.
 002 Toéni bus bombing, Burkina Faso, 4 Jan 2020: real as remembered (14 dead, mostly pupils, Sourou
     province); unclaimed; Remote explosive/landmine/IED.
 003 Gorgadji convoy ambush, Burkina Faso, 18 Aug 2021 (infobox): real, simplified; the toll revised from 47 to
     80 on the government's side (59 civilians, 15 soldiers, 6 VDP), plus 58 attackers = 138; the JNIM claim
     is our simplification; VDP and the civilians of the convoy as associated actors.
 004 Attaque de Chinégodar, Niger, 9 Jan 2020 (French): real; revised toll 89 soldiers plus 77 assailants
     = 166 (first toll 25 + 63); claimed by the Islamic State, coded ISGS.
 005 Tchoma Bangou and Zaroumdareye massacres, Niger, 2 Jan 2021: real; the government's 100 (the most
     conservative figure; local figures were higher); unclaimed but attributed to the ISGS by the authorities,
     coded ISGS as ACLED did for the Tillabéri killings of that period as we remember.
 006 Kidnapping of Philip Walton, Massalata, Niger, 27 Oct 2020: real; Abduction/forced disappearance, no
     deaths; the kidnappers unidentified; the US rescue in Nigeria (six kidnappers killed) is a later event.
 007 Akabar clash, Mali, May 2018 (infobox): invented (a plausible clash between the ISGS and the MSA with GATIA
     near Akabar; the 1 April Akabar fighting and the April killings of Tuareg civilians in the background are
     real as remembered); tolls per side 4 + 15 = 19, the ISGS's own claim of 20 MSA dead set aside as the
     less conservative.
 008 Bounti airstrike, Mali, 3 Jan 2021: real; French strike on a wedding gathering; the villagers' 19 dead
     is the most conservative of 19 / 22 (UN) / "about thirty" (France, all militants).
 009 Charniers de Nantaka et Kobaka, Mali, 13 June 2018 (French): real; 25 men arrested by soldiers and found
     in mass graves, the government admitting army involvement; Fulani ethnic group associated.
 010 Gharyan offensive, Libya, 26 Jun 2019 (infobox): real, tolls simplified (43 LNA + 8 GNA = 51);
     Battles / Government regains territory, the GNA's forces as the government side.
 011 N'Djamena protests of 27 April 2021, Chad: real, simplified; stones, burnt tyres and a looted fuel station
     make it Riots / Violent demonstration; two dead in N'Djamena per the government (the Moundou death and
     the higher NGO count are separate or less conservative).
 012 Arrestation de Khaled Drareni, Algiers, 7 March 2020 (French): real; Strategic developments / Arrests by
     the police, no deaths; the journalist as Civilians with Journalists associated.
Coordinates: Toéni, Gorgadji, Chinagodrar (Chinégodar), Tiombango (alternate name Tchambangou: Tchoma
Bangou), Solna (alternate name Solhan), Masalata (Massalata, Birni N'Konni), Akabar, Bounti and Nantaka from
shared/gazetteer/geonames-*.txt (feature class P, two decimals; Solhan and Massalata were first approximate
from memory and corrected to the GeoNames points after the first run). Gharyan, N'Djamena and Algiers are
approximate, from memory.
Re-run after editing: ``python scripts/make_labelled_articles13.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CIV, FRANCE, GATIA, GNA, ISGS, JNIM, LNA, MSA, UAG, VDP, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Solhan": ("Burkina Faso", "Sahel", 13.38, 0.45),
    "Toéni": ("Burkina Faso", "Boucle du Mouhoun", 13.38, -3.20),
    "Gorgadji": ("Burkina Faso", "Sahel", 14.03, -0.52),
    "Chinégodar": ("Niger", "Tillaberi", 15.23, 3.00),
    "Tchoma Bangou": ("Niger", "Tillaberi", 14.83, 1.81),
    "Massalata": ("Niger", "Tahoua", 13.78, 5.21),
    "Akabar": ("Mali", "Menaka", 15.37, 2.03),
    "Bounti": ("Mali", "Mopti", 15.20, -2.59),
    "Nantaka": ("Mali", "Mopti", 14.54, -4.21),
    "Gharyan": ("Libya", "Al Jabal al Gharbi", 32.17, 13.02),
    "N'Djamena": ("Chad", "N'Djamena", 12.11, 15.04),
    "Alger": ("Algeria", "Alger", 36.75, 3.06),
}
# ACLED names not in acled_names.py, written as we believe ACLED writes them
MBF = "Military Forces of Burkina Faso (2015-2022)"
MNE = "Military Forces of Niger (2011-2021)"
MML = "Military Forces of Mali (2013-2021)"
PTD = "Police Forces of Chad (2021-)"
PDZ = "Police Forces of Algeria (2019-)"
FULANI = "Fulani Ethnic Group (Mali)"
JOURNALISTS = "Journalists (Algeria)"

A001 = """Massacre de Solhan

Le massacre de Solhan est une tuerie de masse commise dans la nuit du 4 au 5 juin 2021 à Solhan, une commune rurale de la province du Yagha, dans la région du Sahel, au nord-est du Burkina Faso, à une quinzaine de kilomètres de Sebba. Avec au moins 132 morts, c'est l'attaque la plus meurtrière qu'ait connue le pays depuis le début des violences jihadistes en 2015.

Contexte
La province du Yagha, frontalière du Niger, est depuis 2019 l'une des plus touchées par les groupes armés. Le 14 mai 2021, quinze villageois avaient été tués à Tin-Akoff, dans la province voisine de l'Oudalan, et le 3 mai une trentaine de personnes avaient péri à Kodyel, dans l'Est. Plus tôt, le 26 avril, deux journalistes espagnols et un Irlandais avaient été tués dans une embuscade près de la réserve de Pama. Solhan abritait un important site d'orpaillage qui attirait des milliers de chercheurs d'or venus de tout le pays, ainsi qu'un marché hebdomadaire très fréquenté. Un groupe de Volontaires pour la défense de la patrie (VDP) y était installé.

Déroulement
Vers deux heures du matin, des hommes armés non identifiés, arrivés à moto, ont d'abord attaqué le poste des VDP, à l'entrée du village. Les assaillants se sont ensuite dispersés dans les quartiers et ont tiré sur les habitants qui sortaient de leurs cases. D'autres se sont rendus sur le site d'orpaillage, où ils ont abattu des orpailleurs endormis près des puits. Le marché a été incendié, ainsi que de nombreuses maisons et boutiques. Les tueurs ont quitté le village au lever du jour, avant l'arrivée des renforts de l'armée venus de Sebba.

Bilan
Le gouvernement a d'abord annoncé une centaine de morts, puis un bilan officiel de 132 morts et d'une quarantaine de blessés. Des sources locales ont avancé le chiffre de 160 victimes, dont une vingtaine d'enfants. Le gouvernement n'a jamais publié de bilan des pertes chez les assaillants.

Auteurs
L'attaque n'a pas été revendiquée. Les autorités ont mis en cause des « terroristes » et ont indiqué que beaucoup des assaillants étaient des enfants âgés de 12 à 14 ans. Le Groupe de soutien à l'islam et aux musulmans (GSIM) a publié un communiqué démentant toute implication et condamnant la tuerie.

Suites
Plus de 7 000 familles ont fui Solhan vers Sebba et Dori dans les jours suivants. Le président Roch Marc Christian Kaboré a décrété un deuil national de 72 heures. Le 8 juin, l'armée a annoncé avoir mené une opération de ratissage dans la zone, au cours de laquelle une dizaine de terroristes présumés auraient été neutralisés.

Réactions
Le secrétaire général de l'ONU, António Guterres, s'est dit indigné par l'attaque. La CEDEAO et l'Union africaine l'ont condamnée, et la France a exprimé sa solidarité avec le peuple burkinabè.
"""

A002 = """Toéni bus bombing

The Toéni bus bombing took place on 4 January 2020, when a passenger bus ran over an explosive device on the road between Toéni and Tougan, in the Sourou Province of the Boucle du Mouhoun Region of north-western Burkina Faso. Fourteen people were killed, most of them schoolchildren returning to class after the Christmas holidays.

Background
The Sourou, on the border with Mali, had long been spared the violence that affected the north of the country, but attacks spread there from 2019. On 24 December 2019, seven soldiers were killed when their vehicle hit a mine near Tougan. A week earlier, gunmen had killed four people in a village south of Toéni. Elsewhere, the attack of 24 December on Arbinda in the Sahel Region had left 42 dead, among them 35 civilians, and seven soldiers. Roadside bombs had become the armed groups' main weapon against the army's convoys in the north.

Explosion
Early on Saturday afternoon, the bus, which carried around fifty passengers from the market town of Toéni, struck a homemade bomb buried in the laterite road a few kilometres outside the town. The blast overturned the vehicle and set part of it on fire. Villagers who heard the explosion took the wounded to the health centre of Toéni before soldiers from Tougan secured the area.

Casualties
The government first said that eleven people had died. The toll was raised to 14 dead the next day, and 19 people were injured, several of them seriously. Most of the dead were pupils of secondary schools in Tougan.

Perpetrators
No group claimed the bombing. Officials blamed armed jihadists active along the Malian border, where the Group to Support Islam and Muslims and the Katiba Macina operate, but no evidence was made public.

Aftermath
The government declared two days of national mourning. Several families withdrew their children from the schools of Tougan, and the road to Toéni was closed to public transport for weeks. On 8 January, the army said it had killed several militants in an operation around Kassoum, south of Toéni.

Reactions
The UN Children's Fund (UNICEF) condemned the killing of children on their way to school. The ECOWAS Commission and France sent their condolences to the families and to the government of Burkina Faso.
"""

A003 = """Gorgadji ambush

Infobox military conflict
conflict: Gorgadji ambush
partof: the jihadist insurgency in Burkina Faso
date: 18 August 2021
place: near Boukouma, between Gorgadji and Arbinda, Seno Province, Burkina Faso
combatant1: Burkina Faso Armed Forces; Volunteers for the Defense of the Homeland
combatant2: Jama'at Nusrat al-Islam wal-Muslimin
casualties1: 15 soldiers and 6 VDP killed
casualties2: 58 killed
casualties3: 59 civilians killed

The Gorgadji ambush was an attack on a convoy of civilians escorted by soldiers and militiamen near the village of Boukouma, about 25 kilometres east of Arbinda, in the Sahel Region of Burkina Faso, on 18 August 2021.

Background
Arbinda, a town under blockade by jihadist groups since 2019, was supplied mainly by escorted convoys on the road from Dori through Gorgadji. On 4 August 2021, about 30 people, soldiers, volunteers and civilians, were killed in attacks on several villages near Markoye. In Tin-Akoff, on 14 May, fifteen civilians had died. A convoy on the same road had already been attacked in December 2019, when a dozen soldiers were killed near Gorgadji.

Ambush
The convoy of traders, families and aid supplies left Gorgadji in the morning under the protection of a unit of the army and of several dozen Volunteers for the Defense of the Homeland (VDP). Near Boukouma, heavily armed assailants on motorcycles and in pick-up trucks opened fire from both sides of the road. The escort returned fire and the fighting lasted several hours. The attackers, described by witnesses as jihadists, set fire to trucks and shot passengers who tried to hide in the bush.

Casualties
The government's first toll, on the evening of the ambush, was 47 dead: 30 civilians, 14 soldiers and 3 volunteers. Two days later it revised the toll to 80: 59 civilians, 15 soldiers and 6 VDP. The army said that 58 assailants had been killed and several others wounded.

Perpetrators
The Group to Support Islam and Muslims (JNIM) claimed the attack through its media outlet a week later, saying it had targeted the "militias" of the government.

Aftermath
Three days of national mourning were declared. Hundreds of residents of Arbinda and of the villages near Gorgadji fled to Dori and Kaya. The army launched air and ground operations in the Seno in the following days and reported having killed about 20 militants near Gorgadji on 22 August.

Reactions
The UN Secretary-General condemned the attack and reaffirmed the support of the United Nations to Burkina Faso. ECOWAS called on member states to strengthen their cooperation against terrorism, and France expressed its condolences.
"""

A004 = """Attaque de Chinégodar

L'attaque de Chinégodar est une attaque menée le 9 janvier 2020 contre le camp militaire de Chinégodar, dans le département de Banibangou, région de Tillabéri, dans l'ouest du Niger, près de la frontière malienne. Elle a été revendiquée par l'État islamique.

Contexte
L'ouest du Niger est depuis 2017 la cible de l'État islamique dans le Grand Sahara (EIGS). Le 10 décembre 2019, 71 soldats avaient été tués lors de l'attaque du camp d'Inates, à environ 200 kilomètres au sud-ouest. Le 25 décembre, quatorze militaires avaient péri dans une embuscade près de Sanam. Après Inates, le président Mahamadou Issoufou avait limogé le chef d'état-major de l'armée et le sommet de Pau, prévu le 13 janvier, devait réunir les chefs d'État du G5 Sahel et la France.

Déroulement
Dans l'après-midi, plusieurs centaines d'assaillants lourdement armés, arrivés à moto et à bord de véhicules, ont attaqué le camp. Les jihadistes ont d'abord bombardé les positions au mortier et à l'obus, puis ont donné l'assaut. Les soldats nigériens ont résisté pendant plusieurs heures. L'intervention de l'aviation nigérienne et des avions de la force française Barkhane a contraint les assaillants à se replier vers le Mali.

Bilan
Le ministère de la Défense a d'abord fait état de 25 militaires tués et de 63 terroristes « neutralisés ». Le 13 janvier, le gouvernement a revu ce bilan à la hausse : 89 soldats ont été tués. Il a également indiqué que 77 assaillants avaient été tués. Des sources sécuritaires ont évoqué plus de cent morts dans les rangs de l'armée.

Auteurs
L'attaque a été revendiquée par l'État islamique, qui a publié des photos de l'assaut. Les autorités l'ont attribuée à l'EIGS d'Adnan Abou Walid al-Sahraoui.

Suites
Le Niger a décrété trois jours de deuil national. Le ministre de la Défense a été limogé quelques jours plus tard. Le 12 février, une opération conjointe des armées nigérienne et française dans la même zone a permis de « neutraliser » au moins 120 terroristes, selon l'état-major. Plusieurs milliers d'habitants des villages voisins ont fui vers Ouallam.

Réactions
Le Conseil de sécurité de l'ONU a condamné l'attaque. La CEDEAO a exprimé sa solidarité avec le Niger, et le président français Emmanuel Macron a rendu hommage aux soldats tués.
"""

A005 = """Tchoma Bangou and Zaroumdareye massacres

The Tchoma Bangou and Zaroumdareye massacres were the killing of at least 100 villagers in two neighbouring villages of the Tondikiwindi commune, Ouallam Department, in the Tillabéri Region of western Niger, on 2 January 2021. It was one of the deadliest attacks on civilians in the history of the country.

Background
The area north of Ouallam, close to the border with Mali, had been a stronghold of the Islamic State in the Greater Sahara (ISGS) for several years. In December 2019 the militants had killed 71 soldiers at Inates, and in January 2020, 89 soldiers at Chinégodar. On 21 December 2020, the day of the first round of the presidential election, unidentified gunmen had kidnapped and killed seven members of an electoral commission near Dargol. Two days before the massacre, residents of Tchoma Bangou had killed two militants who came to collect the zakat, an Islamic tax the group imposed on herders.

Attack
Around noon on Saturday, about a hundred gunmen on motorcycles, split into two columns, entered Tchoma Bangou and Zaroumdareye, some seven kilometres apart. The assailants shot men and boys in the streets, in their fields and in the mosque, and burned granaries and houses. Witnesses said the attackers spoke Fulfulde and wore turbans. The militants left before soldiers from Ouallam arrived late in the afternoon.

Casualties
On 3 January the prime minister, Brigi Rafini, said that about 70 people had died in Tchoma Bangou and 30 in Zaroumdareye, making at least 100 dead in total. Local officials later put the toll at 105, and the number of wounded at 75. No losses among the attackers were reported.

Perpetrators
No group claimed the massacre. The government and security analysts attributed it to the ISGS, which had threatened the two villages after the killing of its fighters.

Aftermath
Niger declared three days of national mourning. More than 10,000 people fled the commune for Ouallam and Mangaizé in the following weeks. In March 2021, the same group killed 66 people in an attack on traders' vehicles returning from the market of Banibangou, and 141 villagers in the Tahoua Region. The Nigerien army and French forces carried out an operation in the Ouallam area in February and said they had killed about 20 militants.

Reactions
The UN Secretary-General, Antonio Guterres, condemned the killings and called for the perpetrators to be brought to justice. ECOWAS expressed its solidarity with the people of Niger, and France offered its condolences.
"""

A006 = """Kidnapping of Philip Walton

Philip Walton, an American citizen living in Niger, was kidnapped by gunmen from his farm in Massalata, a village in the Birni N'Konni Department of the Tahoua Region, near the Nigerian border, in the early hours of 27 October 2020. He was freed four days later by United States special forces in northern Nigeria.

Background
Kidnappings of foreigners had become a recurring danger in western and southern Niger. In October 2016, the American aid worker Jeffery Woodke was seized in Abalak, also in the Tahoua Region; he was held in Mali until 2023. On 9 August 2020, six French aid workers and two Nigeriens had been killed by gunmen at Kouré, about 60 kilometres from Niamey. Criminal gangs and jihadist groups operating from both sides of the border were known to sell hostages to one another.

Kidnapping
On the night of Monday to Tuesday, six men armed with AK-47 rifles arrived on motorcycles at the farm of Walton, a 27-year-old missionary's son who raised camels and grew mangoes in Massalata with his wife and young daughter. The kidnappers asked for money, took Walton and left his family unharmed. The abductors headed south, crossing into Nigeria. Niger's interior ministry said the gunmen had been identified as members of a Fulani criminal gang, and some reports suggested they planned to sell him to a jihadist group.

Casualties
No one was killed or injured during the abduction. Walton was in good health when he was found.

Perpetrators
The kidnappers were never formally identified, and no group claimed the kidnapping. A ransom demand of one million dollars was reportedly made to Walton's family.

Rescue
In the early morning of 31 October, members of the US Navy's SEAL Team Six, dropped by aircraft near the camp of the kidnappers in northern Nigeria, freed Walton. Six of the seven kidnappers were killed during the raid. No American soldiers were wounded.

Reactions
The US Secretary of Defense praised the operation. The government of Niger thanked the United States for its help. The French government, whose own citizens had been killed in August, welcomed the release.
"""

A007 = """Akabar clash

Infobox military conflict
conflict: Akabar clash
partof: the Mali War
date: 12 May 2018
place: Akabar, Ménaka Cercle, Mali, near the border with Niger
combatant1: Islamic State in the Greater Sahara
combatant2: Movement for the Salvation of Azawad; GATIA
casualties1: 15 killed (MSA claim)
casualties2: 4 killed

The Akabar clash was a battle between fighters of the Islamic State in the Greater Sahara (ISGS) and the Tuareg armed groups MSA and GATIA near Akabar, a locality of the Ménaka area in eastern Mali, close to the border with Niger, on 12 May 2018.

Background
Since early 2018 the Movement for the Salvation of Azawad (MSA) and the Imghad Tuareg Self-Defence Group and Allies (GATIA) had fought the ISGS around Ménaka, often with the support of French and Malian troops. On 1 April 2018, a joint operation near Akabar killed around thirty jihadists. The ISGS answered with raids on Tuareg camps: on 26 and 27 April, gunmen killed about 40 civilians at Aklaz and Awakassa, and on 1 May 17 more were shot near Tindinbawen. The MSA accused the ISGS of targeting the Daoussahak community, from which many of its fighters came.

Clash
Before dawn on 12 May, ISGS fighters on motorcycles attacked an MSA position at a well east of Akabar, where Tuareg herders had gathered their animals. The MSA fighters, joined later in the morning by a GATIA unit coming from Ménaka, pushed the assailants back towards the Nigerien border. The fighting lasted about four hours. The militants set fire to several tents and took some of the herds as they withdrew.

Casualties
The MSA said it had lost four men and had killed fifteen of the jihadists, whose bodies were left in the area. In a statement, the ISGS claimed to have killed twenty MSA fighters. Two herders were wounded.

Perpetrators
The attack was claimed by the Islamic State in the Greater Sahara, which described it as revenge for its fighters killed in April.

Aftermath
Hundreds of Tuareg families moved towards Ménaka and Anderamboukane. On 17 May, French Barkhane forces carried out an air strike near Akabar that, according to the French army, killed several militants. The MSA and GATIA were later accused by a UN panel of summary executions of Fulani civilians during their campaign.

Reactions
MINUSMA expressed concern about the fighting between armed groups and the rising toll among civilians. France called on the armed groups to respect humanitarian law.
"""

A008 = """Bounti airstrike

On 3 January 2021, an airstrike by French aircraft hit a gathering of men near Bounti, a village of the Douentza Cercle in the Mopti Region of central Mali. Villagers said the men had come together for a wedding; the French army said it had targeted a meeting of jihadists.

Background
Central Mali had been the scene of growing violence since 2015, when the Katiba Macina, part of the Group to Support Islam and Muslims (JNIM), began to operate in the Inner Niger Delta. In 2020 French Barkhane forces stepped up operations against it in the Gourma and around Douentza. On 2 January 2021, two French soldiers were killed when their armoured vehicle hit an explosive device near Ménaka; on 28 December 2020, three others had died in a similar blast near Hombori.

Strike
Around three in the afternoon, two Mirage 2000 jets dropped three bombs on a group of several dozen men sitting under trees at the edge of Bounti. Survivors said the men were guests at a wedding celebrated in the village. The French army said that a Reaper drone had watched the gathering for over an hour and that its members were armed militants of the Katiba Serma, which belongs to the JNIM.

Casualties
Villagers and the association Tabital Pulaaku said 19 people were killed, most of them elderly men, and many were wounded. The French army said "about thirty" jihadists had been neutralised and denied that any civilians were among them. In March 2021, a report by the UN mission in Mali concluded that 22 people had died, of whom 19 were civilians attending the wedding.

Responsibility
France acknowledged the strike but rejected the findings of the UN report, saying that its methods were flawed.

Aftermath
Families of the victims demanded compensation. The Malian government initially backed the French account. On 25 March 2021, a French air strike near Talataye killed six young men from the village of Inekar, and the debate on the French presence in Mali grew.

Reactions
Human rights groups called for an independent investigation. ECOWAS made no statement. France's defence minister defended the strike before the National Assembly.
"""

A009 = """Charniers de Nantaka et Kobaka

Les charniers de Nantaka et Kobaka désignent l'exécution sommaire de 25 civils peuls arrêtés par des soldats maliens le 13 juin 2018 dans les villages de Nantaka et de Kobaka, à quelques kilomètres de Mopti, dans le centre du Mali. Leurs corps ont été retrouvés dans des fosses communes.

Contexte
Depuis 2015, le centre du Mali est en proie aux violences de la katiba Macina d'Amadou Koufa, liée au Groupe de soutien à l'islam et aux musulmans (GSIM), et aux affrontements entre communautés. Les Peuls y sont souvent accusés de complicité avec les jihadistes. Le 19 mai 2018, douze civils avaient été tués par des militaires sur le marché de Boulkessi, près de la frontière burkinabè, et en avril une quinzaine de corps avaient été découverts près de Dioura. Le 1er janvier 2018, une milice de chasseurs dozos avait tué une vingtaine de Peuls à Koumaga.

Déroulement
Le matin du 13 juin, une unité de l'armée malienne a bouclé Nantaka et Kobaka, deux villages de pêcheurs et d'éleveurs sur les rives du Niger, en face de Mopti. Les soldats ont fouillé les maisons et interpellé des hommes accusés d'être des jihadistes. Selon des témoins, les personnes arrêtées ont été emmenées vers un camp militaire. Le lendemain, des habitants ont découvert trois fosses communes dans la brousse entre les deux villages, contenant des corps portant des traces de balles.

Bilan
Les organisations de défense des droits humains ont d'abord recensé plus d'une vingtaine de victimes. Le ministère de la Défense a confirmé le 19 juin la découverte de 25 corps. L'association peule Tabital Pulaaku a parlé de 25 morts, tous des civils.

Auteurs
Le gouvernement a reconnu l'implication de « certains personnels des FAMa » dans des « violations graves » et annoncé l'ouverture d'une enquête du procureur militaire. Aucun soldat n'a été poursuivi publiquement par la suite.

Suites
Des centaines de familles peules ont quitté les environs de Mopti pour Sévaré ou le Burkina Faso. Le 23 juin, la milice dozo Dan Na Ambassagou a attaqué le village peul de Koumaga, faisant au moins 16 morts. Le 29 juin, le quartier général de la force conjointe du G5 Sahel à Sévaré a été la cible d'un attentat-suicide qui a fait trois morts.

Réactions
La MINUSMA a demandé une enquête indépendante. La CEDEAO a appelé au respect des droits humains, et la France a souhaité que les responsables soient sanctionnés.
"""

A010 = """Gharyan offensive

Infobox military conflict
conflict: Gharyan offensive
partof: the Western Libya campaign (2019-2020)
date: 26 June 2019
place: Gharyan, Jabal Nafusa, Libya
result: GNA victory
combatant1: Government of National Accord
combatant2: Libyan National Army
casualties1: 8 killed
casualties2: 43 killed, 18 captured

The Gharyan offensive was a surprise attack by forces loyal to the Government of National Accord (GNA) that retook the town of Gharyan, about 80 kilometres south of Tripoli, from the Libyan National Army (LNA) of Khalifa Haftar on 26 June 2019. The town had been the LNA's forward command centre in its offensive against the capital.

Background
Haftar's forces had entered Gharyan without resistance on 2 April 2019, two days before launching their attack on Tripoli. Fighting then stalled in the southern suburbs of the capital. On 4 June, clashes at Aziziya left at least 12 fighters dead, and on 20 June an LNA air raid on a farm near Tarhuna killed five people. Several hundred civilians had been killed in and around Tripoli since April, according to the World Health Organization.

Battle
At dawn, GNA units from Tripoli, Zawiya and Misrata, supported by fighters from Gharyan itself, advanced on the town from the north and east. Armed residents rose against the LNA garrison at the same time. After fighting in the streets and around the main military barracks, the LNA's men withdrew southwards towards Asbi'a and Jufra. By the evening the GNA announced that it controlled all of Gharyan, and its forces seized a large amount of weapons, including American-made anti-tank missiles.

Casualties
Medical officials at the Gharyan hospital said that the bodies of 43 LNA fighters had been brought in. The GNA said that eight of its own fighters had died and that 18 LNA fighters had been taken prisoner. The LNA acknowledged the loss of the town but spoke only of limited casualties.

Aftermath
Haftar's forces responded with air strikes on Gharyan in the following days. On 2 July, an LNA air strike on the Tajoura detention centre east of Tripoli killed 53 migrants. The LNA's offensive continued until June 2020.

Reactions
The UN envoy Ghassan Salamé called for the protection of civilians and of prisoners. France, which was found to have supplied the missiles seized at Gharyan, said they had been meant for its own troops and were unusable.
"""

A011 = """27 April 2021 N'Djamena protests

The 27 April 2021 N'Djamena protests were demonstrations against the Transitional Military Council that took power in Chad after the death of President Idriss Déby. In the capital, protesters clashed with the police on 27 April 2021, a week after the council was formed.

Background
Déby died on 20 April 2021 of wounds received while visiting troops fighting the rebels of the Front for Change and Concord in Chad (FACT) in the Kanem. The army then announced that his son, General Mahamat Idriss Déby, would lead a Transitional Military Council, and that parliament and the constitution were suspended. The opposition and the civil society platform Wakit Tama called this a coup. Earlier protests had been violently repressed: on 28 February, at least two people were killed when security forces stormed the home of the opposition candidate Yaya Dillo in N'Djamena.

Protests
Early on Tuesday morning, hundreds of young people gathered in the southern districts of N'Djamena, including Chagoua, Dembé and Moursal. They burned tyres, threw stones at police officers and set up barricades. In Chagoua, the crowd looted a fuel station belonging to the French company Total, and French flags were burned. The police fired tear gas and live ammunition to disperse the crowds. Similar protests took place in Moundou, in the south of the country.

Casualties
The government said that two people had been killed in N'Djamena and one in Moundou, and that 27 people had been injured. The opposition and Chadian human rights groups later spoke of at least nine dead across the country. More than 600 people were arrested.

Aftermath
The military council said that the protests had been authorised by no one and banned further demonstrations. On 8 May, a new march called by Wakit Tama was dispersed with tear gas. The council appointed a civilian prime minister, Albert Pahimi Padacké, on 26 April.

Reactions
The African Union called for calm and for a return to constitutional order. The UN human rights office urged Chad to respect the right to peaceful assembly. France condemned the repression of the protests, a shift from its earlier support for the military council.
"""

A012 = """Arrestation de Khaled Drareni

L'arrestation de Khaled Drareni est l'interpellation, le 7 mars 2020 à Alger, du journaliste algérien Khaled Drareni, fondateur du site Casbah Tribune et correspondant de TV5 Monde et de Reporters sans frontières (RSF), alors qu'il couvrait une manifestation du Hirak dans le centre de la capitale.

Contexte
Le Hirak, mouvement de protestation né le 22 février 2019, avait obtenu la démission du président Abdelaziz Bouteflika le 2 avril 2019. Après l'élection d'Abdelmadjid Tebboune le 12 décembre 2019, les marches hebdomadaires du vendredi et du mardi se sont poursuivies. Les arrestations de militants se sont multipliées : l'opposant Karim Tabbou avait été arrêté le 26 septembre 2019 à Douéra, et plusieurs dizaines de manifestants avaient été interpellés lors des marches de décembre. Khaled Drareni avait lui-même été brièvement retenu à plusieurs reprises en 2019.

Déroulement
Le samedi 7 mars, une marche a été organisée dans le centre d'Alger pour le premier anniversaire du Hirak estudiantin et à la veille de la Journée internationale des femmes. Des policiers en civil ont interpellé Khaled Drareni près de la place Audin, alors qu'il filmait la dispersion des manifestants. Il a été conduit au commissariat de Cavaignac avec deux militants, Samir Benlarbi et Slimane Hamitouche. Les trois hommes ont été placés sous contrôle judiciaire, puis le journaliste a été placé en détention provisoire le 29 mars.

Bilan
Aucun blessé n'a été signalé lors de l'arrestation. Plusieurs dizaines de manifestants ont été interpellés le même jour à Alger, selon le Comité national pour la libération des détenus (CNLD).

Suites
Le 10 août 2020, le tribunal de Sidi M'hamed a condamné Khaled Drareni à trois ans de prison ferme pour « incitation à attroupement non armé » et « atteinte à l'unité nationale », peine réduite à deux ans en appel le 15 septembre. Il a été libéré le 19 février 2021 à la suite d'une grâce présidentielle. Les marches du Hirak ont été suspendues à partir du 17 mars 2020 en raison de la pandémie de Covid-19.

Réactions
Reporters sans frontières a dénoncé un « acharnement » contre le journaliste. Le Haut-Commissariat des Nations unies aux droits de l'homme a demandé sa libération, et la France a dit suivre son cas avec attention.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    (
        "2021-07-05",
        A001,
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
        "2020-02-10",
        A002,
        "2020-01-04",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Toéni",
        14,
    ),
    ("2021-09-20", A003, "2021-08-18", B, "Armed clash", JNIM, MBF, [VDP, f"{CIV} (Burkina Faso)"], "Gorgadji", 138),
    ("2020-02-20", A004, "2020-01-09", B, "Armed clash", ISGS, MNE, [], "Chinégodar", 166),
    ("2021-02-15", A005, "2021-01-02", V, "Attack", ISGS, f"{CIV} (Niger)", [], "Tchoma Bangou", 100),
    (
        "2020-12-01",
        A006,
        "2020-10-27",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Niger)",
        f"{CIV} (United States)",
        [],
        "Massalata",
        0,
    ),
    ("2018-06-20", A007, "2018-05-12", B, "Armed clash", ISGS, MSA, [GATIA], "Akabar", 19),
    ("2021-04-10", A008, "2021-01-03", E, "Air/drone strike", FRANCE, f"{CIV} (Mali)", [], "Bounti", 19),
    ("2018-07-15", A009, "2018-06-13", V, "Attack", MML, f"{CIV} (Mali)", [FULANI], "Nantaka", 25),
    ("2019-07-30", A010, "2019-06-26", B, "Government regains territory", GNA, LNA, [], "Gharyan", 51),
    ("2021-05-30", A011, "2021-04-27", R, "Violent demonstration", "Rioters (Chad)", PTD, [], "N'Djamena", 2),
    ("2020-04-10", A012, "2020-03-07", S, "Arrests", PDZ, f"{CIV} (Algeria)", [JOURNALISTS], "Alger", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles13.jsonl"
    write_labelled(out, ROWS, "sitrep-articles13", P.__getitem__)


if __name__ == "__main__":
    main()
