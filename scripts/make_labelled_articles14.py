# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles14.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
Mali, Burkina Faso, Niger, Libya, Chad or Mauritania (2018-2021), six of them in French, with the ACLED-style
coding of that main event.

Why: the sealed test set scores the FIRST event written for a whole article, and its articles are about the
kinds of events encyclopedias write about (coups, offensives, prison raids, assassinations, kidnappings, riots,
mass arrests, air strikes, raids on gold sites, clashes between communal militias, village massacres), which the
ACLED-style notes the rules were mostly written on rarely report. This set was written and coded blind to the
extractor's rules (only the file layout of make_labelled_articles6.py was looked at) and the gold was coded
before the extractor was first run on it. Texts are our own words, not copied from any encyclopedia or note.

Provenance per article (real = a real event as remembered, details simplified; invented = a plausible event at
a real place, with real organisations):
 001 Coup d'État du 24 mai 2021 au Mali (French): real, simplified; the president and prime minister of the
     transition detained at the Kati camp; coded as ACLED codes a bloodless coup: Strategic developments /
     Arrests, the army against the (transitional) government. The August 2020 coup is background.
 002 Kidnapping of Olivier Dubois, Gao, 8 Apr 2021 (infobox): real; a French journalist taken by JNIM;
     Abduction/forced disappearance, Civilians (France) with Journalists (France) associated.
 003 2020 Kayes riots, 12 May 2020: real unrest as remembered; the victim's age, the toll of the riot (one
     rioter shot dead) and the buildings burned are invented. The police killing of 11 May is a separate event.
 004 Attaque du site aurifère de Gaskindé (French, infobox): invented, 8 Nov 2020; gold panners killed by
     gunmen, claimed by JNIM; lowest toll 19 (government) against 26 (local sources).
 005 Assassination of Oumarou Dicko, mayor of Djibo, 3 Nov 2019: real; the ambush site is simplified to "north
     of Bourzanga" and the other victims to three; unclaimed, so Unidentified Armed Group; the mayor's office
     coded as the associated Government of Burkina Faso.
 006 Attaque de la prison de Ouallam (French): invented, 27 Oct 2019; ISGS fighters fight the National Guard
     at the prison and free inmates; Battles / Armed clash, toll per side summed (3 guards + 2 attackers).
 007 Gorotyé massacre, Niger, 21 Jun 2021: invented (in the pattern of the 2021 Banibangou-area massacres);
     villagers killed, attributed to ISGS; lowest toll 37 (government) against 41 (local officials).
 008 Wadi al-Rabi factory air strike, Tripoli, 18 Nov 2019: real, simplified; an LNA strike on a biscuit
     factory; lowest toll 10 against a later 11.
 009 Affrontements de Koufra de juillet 2019 (French): invented; Zway (Arab) and Tebu militias in Kufra; toll
     per side summed, 5 + 3 = 8 (against "une dizaine" from another source).
 010 Battle of Nokou, Chad, 17 Apr 2021 (infobox): real, simplified; one battle of the FACT offensive (the
     Zouarké raid of 11 April and the fighting of 19 April are other battles); the army's figures, 300 rebels
     and 5 soldiers, summed to 305.
 011 Attaque de Kouri Bougoudi, Chad, 11 Aug 2018 (French): real as remembered, tolls simplified; CCMSR against
     the army at the gold-mining area; army's figures 3 soldiers and "une dizaine" of attackers (10 by ACLED's
     rule) = 13; the CCMSR's 23 soldiers set aside as the higher figure.
 012 Vague d'arrestations de juin 2019 en Mauritanie (French): real, simplified; about a hundred people arrested
     in Nouakchott on 25 June after the post-election riots of 24 June; Strategic developments / Arrests.
Coordinates: Kati, Gao, Kayes, Gaskindé, Bourzanga, Ouallam, Gorotyé and Nouakchott from
shared/gazetteer/geonames-*.txt (feature class P, two decimals). Wadi al-Rabi (Tripoli), Kufra, Nokou and Kouri
Bougoudi are approximate points from memory (no Libya or Chad dump in shared/).
Re-run after editing: ``python scripts/make_labelled_articles14.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CCMSR, CIV, FACT, ISGS, JNIM, LNA, TEBU, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Kati": ("Mali", "Koulikoro", 12.74, -8.07),
    "Gao": ("Mali", "Gao", 16.27, -0.04),
    "Kayes": ("Mali", "Kayes", 14.45, -11.44),
    "Gaskindé": ("Burkina Faso", "Sahel", 13.91, -1.63),
    "Bourzanga": ("Burkina Faso", "Centre-Nord", 13.68, -1.55),
    "Ouallam": ("Niger", "Tillaberi", 14.32, 2.09),
    "Gorotyé": ("Niger", "Tillaberi", 15.16, 2.77),
    "Wadi al-Rabi": ("Libya", "Tripoli", 32.77, 13.25),
    "Kufra": ("Libya", "Al Kufrah", 24.18, 23.29),
    "Nokou": ("Chad", "Kanem", 14.58, 14.77),
    "Kouri Bougoudi": ("Chad", "Tibesti", 21.80, 16.60),
    "Nouakchott": ("Mauritania", "Nouakchott Ouest", 18.09, -15.98),
}
# names not in acled_names.py, written as ACLED writes them (as far as we know), defined here on purpose
MLI = "Military Forces of Mali (2013-2021)"
GOV_MLI = "Government of Mali (2020-2021)"
PML = "Police Forces of Mali (2013-2021)"
BFA_GOV = "Government of Burkina Faso (2015-2022)"
NER = "Military Forces of Niger (2011-2021)"
TCD = "Military Forces of Chad (1990-2021)"
PMR = "Police Forces of Mauritania (2008-2019)"
ZWAY = "Zway Ethnic Militia (Libya)"

A001 = """Coup d'État de 2021 au Mali

Le coup d'État de 2021 au Mali est un coup d'État militaire qui a lieu le 24 mai 2021, lorsque le président de la transition Bah N'Daw et son Premier ministre Moctar Ouane sont arrêtés par des officiers de l'armée malienne et retenus au camp militaire de Kati, à une quinzaine de kilomètres au nord-ouest de Bamako. Il s'agit du deuxième putsch en neuf mois, après celui d'août 2020.

Contexte
Le 18 août 2020, une mutinerie partie du même camp de Kati avait conduit à l'arrestation du président Ibrahim Boubacar Keïta, contraint de démissionner dans la nuit. Les officiers réunis au sein du Comité national pour le salut du peuple (CNSP), dirigé par le colonel Assimi Goïta, avaient ensuite accepté, sous la pression de la CEDEAO, une transition de dix-huit mois conduite par un président civil, l'ancien ministre de la Défense Bah N'Daw, avec Assimi Goïta comme vice-président. Au printemps 2021, la contestation reprend à Bamako et le gouvernement est critiqué pour sa lenteur à préparer les élections.

Déroulement
Le 24 mai en fin d'après-midi, le gouvernement remanié est annoncé : deux figures de l'ex-junte, les colonels Sadio Camara et Modibo Koné, perdent les portefeuilles de la Défense et de la Sécurité. Une heure plus tard, des militaires interpellent le président et le Premier ministre, qui sont conduits sous escorte au camp Soundiata-Keïta de Kati et y sont placés en détention. Aucun coup de feu n'est signalé dans la capitale, où l'activité reprend normalement le lendemain.

Le 25 mai, le colonel Goïta déclare à la télévision nationale qu'il a dû « écarter » les deux hommes, qu'il accuse d'avoir formé le gouvernement sans le consulter, et affirme que les élections prévues en 2022 auront bien lieu.

Bilan
Le coup d'État ne fait aucune victime. Bah N'Daw et Moctar Ouane démissionnent pendant leur détention, puis sont libérés dans la nuit du 26 au 27 mai et placés en résidence surveillée à Bamako.

Suites
Le 28 mai, la Cour constitutionnelle déclare Assimi Goïta président de la transition ; il prête serment le 7 juin. Choguel Kokalla Maïga, une figure du Mouvement du 5 juin, est nommé Premier ministre. La CEDEAO suspend le Mali de ses instances le 30 mai, et la France suspend pendant un mois ses opérations militaires conjointes avec l'armée malienne.

Réactions
L'Union africaine, la CEDEAO, les Nations unies et l'Union européenne condamnent une « tentative de coup de force » et réclament la libération immédiate des dirigeants détenus. Le président français Emmanuel Macron parle d'un « coup d'État dans le coup d'État ».
"""

A002 = """Kidnapping of Olivier Dubois

Infobox event
title: Kidnapping of Olivier Dubois
date: 8 April 2021
location: Gao, Gao Region, Mali
type: Kidnapping
target: Olivier Dubois, French journalist
perpetrators: Jama'at Nasr al-Islam wal Muslimin (JNIM)
outcome: Released on 20 March 2023

The kidnapping of Olivier Dubois took place in Gao, in northern Mali, on 8 April 2021, when the French freelance journalist was seized by militants of Jama'at Nasr al-Islam wal Muslimin (JNIM), the al-Qaeda affiliate in the Sahel, whom he had gone to interview. He became the only French hostage known to be held in the world at the time.

Background
Dubois had lived in Bamako since 2015 and wrote for the weeklies Le Point and Libération and for Jeune Afrique. Kidnappings of foreigners had been rare in Mali's towns since the French intervention of 2013, but the humanitarian worker Sophie Pétronin, taken in Gao in December 2016, had been held by JNIM until October 2020, when she was freed together with the opposition leader Soumaïla Cissé in exchange for some two hundred prisoners. That deal was widely believed to have encouraged further abductions.

Kidnapping
Dubois flew from Bamako to Gao on 8 April 2021 to meet a commander of the group, an interview arranged through an intermediary. He left his hotel around midday for the meeting and did not return. His local fixer later told investigators that the journalist had been driven away by armed men in a pick-up truck towards the east of the town. Nobody was hurt during the abduction.

Claim
On 4 May 2021 a short video appeared on social media in which Dubois, seated in a tent, said he had been kidnapped by JNIM in Gao and asked his family and the French government to do everything possible to obtain his release. The French foreign ministry confirmed the kidnapping the next day. The Malian authorities briefly detained the fixer and another man for questioning.

Captivity and release
Dubois was held for almost two years, mostly in the desert of the Kidal and Ménaka regions. A second video released in March 2022 showed him in good health. He was freed on 20 March 2023 in Niamey, together with the American aid worker Jeffery Woodke, who had been abducted in Niger in 2016.

Reactions
Reporters Without Borders called for his release and organised a support committee in Paris. His colleagues at Le Point published a weekly reminder of the number of days he had spent in captivity.
"""

A003 = """2020 Kayes riots

The 2020 Kayes riots were violent demonstrations in Kayes, a city of western Mali near the borders with Senegal and Mauritania, on 12 May 2020, after a police officer had shot dead a teenager in the city the previous evening.

Background
Relations between the young people of Kayes and the police had been tense for months, with frequent complaints about roadside extortion and about the enforcement of the night curfew imposed in March 2020 against the spread of COVID-19. Protests against the curfew had already taken place in Bamako and in Kati in April. In Sikasso, in the south, demonstrators had blocked roads a few days earlier after rumours that the prices of fuel would rise.

Killing of a teenager
On the evening of 11 May, a policeman off duty quarrelled with a group of youths near the Kayes N'di roundabout and fired his pistol, fatally wounding a sixteen-year-old boy. The officer was taken to the regional police headquarters. News of the killing spread through the neighbourhoods during the night.

Riots
On the morning of 12 May, hundreds of young men gathered in the city centre, set up barricades of burning tyres on the main road and marched on the police station of the 1st district, which they ransacked and set on fire. Several police vehicles and the house of a police commissioner were also burned. Rioters then tried to reach the governor's office, where police officers fired tear gas and live rounds to drive them back. Shops and the market stayed closed throughout the day.

Casualties
One of the rioters, a young man hit by a bullet near the governor's office, died of his wounds in the Kayes hospital that afternoon. About a dozen people, among them four policemen, were wounded. A second death reported on social media was not confirmed by the hospital.

Aftermath
The Minister of Security went to Kayes on 13 May and announced that the officer who had killed the teenager had been arrested and would be tried. A curfew was imposed on the city for three days. Calm returned by 15 May, although smaller protests were held in Sikasso and in Bamako later that month.

Reactions
The Malian Association for Human Rights condemned the use of live ammunition against demonstrators and called for an inquiry into both deaths. Religious leaders in Kayes appealed for calm and urged the youth to let justice follow its course.
"""

A004 = """Attaque du site aurifère de Gaskindé

Infobox attaque
titre : Attaque du site aurifère de Gaskindé
lieu : site d'orpaillage de Gaskindé, commune de Djibo, province du Soum, Burkina Faso
date : 8 novembre 2020
cible : orpailleurs
morts : au moins 19
blessés : une dizaine
auteurs : GSIM (revendiqué)

L'attaque du site aurifère de Gaskindé est une attaque armée qui a lieu le 8 novembre 2020 contre un site d'orpaillage artisanal situé près de Gaskindé, à une vingtaine de kilomètres au sud de Djibo, dans la région du Sahel au Burkina Faso.

Contexte
Dans la province du Soum, les sites d'orpaillage attirent des milliers de chercheurs d'or venus de tout le pays, malgré l'insécurité. Les groupes armés y prélèvent des taxes ou en chassent les exploitants. Le 4 octobre 2020, des hommes armés avaient déjà tué une dizaine de personnes sur un site voisin, et deux volontaires pour la défense de la patrie (VDP) avaient péri quelques jours plus tôt dans une embuscade sur la route de Djibo à Namsiguia.

Déroulement
Vers seize heures, plusieurs dizaines d'hommes armés arrivés à moto encerclent le site, où travaillent alors plusieurs centaines d'orpailleurs. Ils ouvrent le feu sur ceux qui tentent de fuir, puis rassemblent les autres et en abattent une partie. Les assaillants incendient ensuite les motos, les moulins et les détecteurs de métaux avant de se retirer vers le nord-est.

Bilan
Selon le gouverneur de la région du Sahel, au moins 19 orpailleurs ont été tués et une dizaine blessés, évacués vers Djibo puis Ouagadougou. Des sources locales ont évoqué un bilan de 26 morts. Aucun membre des forces de sécurité ne se trouvait sur le site.

Revendication
Le 10 novembre, le Groupe de soutien à l'islam et aux musulmans (GSIM) revendique l'attaque dans un communiqué, affirmant avoir visé des « collaborateurs » de l'armée et des VDP.

Suites
Le site est abandonné et des centaines d'orpailleurs se réfugient à Djibo. L'armée mène des opérations de ratissage dans la zone dans les jours suivants.

Réactions
Le gouvernement décrète un deuil national de 48 heures. La Chambre des mines du Burkina appelle à sécuriser les sites d'orpaillage artisanal.
"""

A005 = """Assassination of Oumarou Dicko

The assassination of Oumarou Dicko, the mayor of Djibo, took place on 3 November 2019, when gunmen ambushed his car on the national road north of Bourzanga, in the Centre-Nord Region of Burkina Faso, as he was travelling from Ouagadougou back to his town.

Background
Djibo, the capital of Soum Province, had become one of the main targets of the jihadist insurgency in northern Burkina Faso. In August 2019 the grand imam of Djibo, Souaibou Cissé, was abducted on the same road and found dead a few days later. Local officials, teachers and religious leaders seen as close to the state were regularly threatened, and several municipal councillors had left the province. Dicko, a member of the ruling People's Movement for Progress, had refused to leave Djibo.

Ambush
In the early afternoon, the mayor's vehicle was stopped by armed men on motorcycles about fifteen kilometres north of Bourzanga, on the road between Kongoussi and Djibo. The attackers opened fire on the car and then on the passengers who tried to escape into the bush. They took a mobile phone and a bag of documents and left towards the north.

Casualties
Four people were killed: the mayor, his driver, a municipal councillor and one of his relatives. A fifth passenger, who had been shot in the leg, hid in the bush and reached Bourzanga the next morning.

Responsibility
No group claimed the killing. The government spoke of a "terrorist attack", while residents said the assailants spoke Fulfulde; no arrests were announced.

Aftermath
The funeral took place in Ouagadougou on 5 November. Three days after the ambush, a convoy of the Canadian mining company Semafo was attacked near Boungou in the Est Region, killing 39 workers, and attention quickly turned to that attack. Djibo was left without a mayor until a special delegation was appointed in 2020.

Reactions
President Roch Marc Christian Kaboré denounced a "cowardly" assassination and paid tribute to an elected official who had stayed with his people. The Association of Municipalities of Burkina Faso asked the government to protect mayors in the regions most affected by the violence.
"""

A006 = """Attaque de la prison de Ouallam

L'attaque de la prison de Ouallam est une attaque menée le 27 octobre 2019 par des combattants de l'État islamique au Grand Sahara (EIGS) contre la maison d'arrêt de Ouallam, chef-lieu du département du même nom dans la région de Tillabéri, au Niger, et qui a permis l'évasion de plusieurs dizaines de détenus.

Contexte
Le département de Ouallam, frontalier du Mali, est depuis 2017 l'une des zones les plus touchées par les attaques de l'EIGS. En octobre 2017, quatre soldats américains et cinq soldats nigériens avaient été tués près de Tongo Tongo, à une cinquantaine de kilomètres au nord de la ville. La maison d'arrêt de Ouallam abritait plusieurs dizaines de détenus, dont des membres présumés de groupes jihadistes en attente de leur transfert vers la prison de haute sécurité de Koutoukalé.

Déroulement
Peu après minuit, une cinquantaine d'assaillants arrivés à bord de motos et de deux véhicules armés attaquent simultanément la prison et un poste de la garde nationale situé à l'entrée de la ville. Les gardes chargés de la surveillance de la prison ripostent, et les échanges de tirs durent près d'une heure. Les assaillants parviennent à forcer le portail, libèrent les détenus et incendient le bureau du régisseur ainsi qu'un véhicule de la garde.

Bilan
Selon le ministère de l'Intérieur, trois gardes nationaux ont été tués et deux autres blessés. Deux assaillants ont également été tués et leurs corps abandonnés devant la prison. Quarante et un détenus se sont évadés ; une quinzaine d'entre eux ont été repris dans les jours suivants.

Revendication
L'attaque est revendiquée quelques jours plus tard par l'État islamique, qui affirme avoir libéré des « frères » détenus par le régime nigérien.

Suites
Le gouvernement transfère les détenus restants à Niamey et renforce la garde des établissements pénitentiaires de la région. Le 10 décembre 2019, l'EIGS attaque le camp militaire d'Inates, où 71 soldats sont tués.

Réactions
Le ministre de la Justice dénonce une attaque « lâche » et annonce une enquête sur les complicités dont auraient bénéficié les assaillants.
"""

A007 = """Gorotyé massacre

The Gorotyé massacre was the killing of villagers in Gorotyé (also spelled Gorotie or Goroté), a village in the Banibangou department of the Tillabéri Region of Niger, about fifteen kilometres north of Banibangou and near the border with Mali, on 21 June 2021.

Background
Since the start of 2021 the north of the Tillabéri Region had suffered some of the worst massacres of civilians in Niger's history. In January, about a hundred people were killed in two villages of the Mangaïzé area, and in March, gunmen killed 58 people returning from the weekly market of Banibangou. Villagers in the area had formed self-defence groups after armed men demanded the payment of zakat and the surrender of their weapons. On 14 June, a week before the massacre, two members of a local vigilance committee were killed near the village.

Massacre
In the afternoon, a large group of gunmen on motorcycles surrounded Gorotyé while many inhabitants were working in their fields ahead of the rainy season. The attackers went from field to field and shot the men they found, then entered the village, set fire to granaries and took away livestock. Women and children fled towards Banibangou, where they arrived during the night.

Casualties
The government of Niger gave a toll of 37 civilians killed, including four children, and said that five other people had been wounded. Local officials in Banibangou later said that 41 bodies had been buried. No member of the security forces was present in the village.

Responsibility
No group claimed the massacre. The authorities and several analysts attributed it to the Islamic State in the Greater Sahara, which had been blamed for the earlier massacres in the area.

Aftermath
The army sent reinforcements to Banibangou and the government declared two days of national mourning. Hundreds of families left the villages north of Banibangou for Ouallam and Niamey. In August 2021, another attack in the department killed at least 15 people.

Reactions
The United Nations Secretary-General condemned the killings and called on the Nigerien authorities to bring those responsible to justice. President Mohamed Bazoum, in office since April, promised to strengthen the presence of the state along the border with Mali.
"""

A008 = """Wadi al-Rabi factory air strike

The Wadi al-Rabi factory air strike was an air strike on a biscuit factory in Wadi al-Rabi, a district on the southern outskirts of Tripoli, Libya, on 18 November 2019, during the Libyan National Army's offensive against the capital.

Background
In April 2019, forces loyal to Khalifa Haftar, the Libyan National Army (LNA), launched an offensive to take Tripoli from the Government of National Accord (GNA). The front lines stabilised in the southern suburbs, and both sides came to rely on drones supplied by foreign backers. In July 2019, an air strike on the Tajoura detention centre had killed more than fifty migrants, and in October three children were killed in a strike on the Al-Furnaj district.

Strike
Shortly before noon, a warplane or a drone fired at least two missiles at the factory while workers were on shift. The building caught fire and part of the roof collapsed. Rescue workers from the Tripoli ambulance service worked for several hours to recover bodies from the rubble.

Casualties
The GNA's health ministry said that at least ten people had been killed and 35 wounded. Most of the victims were migrant workers from Niger, Bangladesh and Egypt. A later statement by the Tripoli municipality gave a toll of eleven dead, after one of the wounded died in hospital.

Responsibility
The GNA accused the LNA of targeting civilians. The LNA's spokesman said its air force had struck a depot used to store military vehicles and denied hitting a factory. A United Nations panel later concluded that the strike had been carried out by a drone operated on behalf of the LNA.

Aftermath
Fighting continued on the southern front until the LNA withdrew from the Tripoli area in June 2020. The factory did not reopen.

Reactions
The United Nations Support Mission in Libya condemned the strike and said that attacks on civilian facilities might amount to war crimes. The International Organization for Migration said the deaths showed that migrants in Libya were caught in the middle of the conflict.
"""

A009 = """Affrontements de Koufra de juillet 2019

Les affrontements de Koufra de juillet 2019 sont des combats qui opposent le 16 juillet 2019 des miliciens de la tribu arabe des Zouaï à des combattants toubous dans la ville de Koufra, dans le sud-est de la Libye, près de la frontière avec le Tchad et le Soudan.

Contexte
Koufra est depuis longtemps le théâtre de rivalités entre les Zouaï, majoritaires dans la ville, et la minorité toubou, qui contrôle une partie des routes de contrebande vers le Tchad. Des affrontements meurtriers avaient déjà eu lieu en 2008, en 2012 et en 2015. Au printemps 2019, l'Armée nationale libyenne du maréchal Haftar avait retiré une partie de ses troupes de la région pour les envoyer vers Tripoli, laissant la sécurité de la ville aux groupes locaux.

Déroulement
Le 15 juillet au soir, un jeune homme zouaï est blessé par balle à un poste de contrôle tenu par des Toubous à la sortie sud de la ville. Le lendemain matin, des miliciens zouaï attaquent le quartier toubou de Chura avec des mitrailleuses lourdes et des mortiers. Les combattants toubous ripostent et les tirs se poursuivent jusqu'au soir, avant qu'une trêve ne soit négociée par des notables des deux communautés.

Bilan
Selon l'hôpital de Koufra, cinq combattants toubous et trois membres de la tribu zouaï ont été tués, et une vingtaine de personnes blessées. Un responsable toubou a évoqué « une dizaine de morts » dans son camp. Plusieurs maisons du quartier de Chura ont été incendiées.

Suites
Un accord de cessez-le-feu est signé le 18 juillet sous l'égide d'une délégation de l'Armée nationale libyenne venue de Benghazi. Des escarmouches sporadiques sont toutefois signalées dans les semaines suivantes.

Réactions
La mission des Nations unies en Libye appelle les deux communautés à la retenue et à protéger les civils. Le Haut Conseil des Toubous accuse les autorités locales de partialité.
"""

A010 = """Battle of Nokou

Infobox military conflict
conflict: Battle of Nokou
partof: the FACT offensive of 2021
date: 17 April 2021
place: near Nokou, Kanem Province, Chad
result: Chadian government victory
combatant1: Chad
combatant2: Front for Change and Concord in Chad (FACT)
casualties1: 5 killed, 36 wounded
casualties2: 300 killed, 150 captured (army claim)

The Battle of Nokou was fought on 17 April 2021 near Nokou, in the Kanem Province of western Chad, between the Chadian army and the rebels of the Front for Change and Concord in Chad (FACT), during the rebel offensive launched from Libya on the day of the presidential election.

Background
FACT, founded in 2016 by Mahamat Mahdi Ali, had been based in southern Libya, where it fought alongside the Libyan National Army. On 11 April 2021, the day of the presidential election, a column of several hundred vehicles crossed the border and attacked the border post of Zouarké in the Tibesti, then drove south across the desert towards Kanem. The government claimed on 13 April that the column had been destroyed.

Battle
On the morning of 17 April, army units supported by helicopters attacked a FACT column that had stopped north-east of Nokou. The fighting lasted the whole day and continued sporadically into the night. The rebels lost dozens of vehicles and withdrew northward.

Casualties
According to the Chadian army, 300 rebels were killed and 150 captured, while the army lost five soldiers, with 36 wounded. FACT disputed these figures and claimed to have destroyed several armoured vehicles, without giving its own losses. Independent confirmation was not possible.

Aftermath
On 19 April, fighting resumed further south, near Mélé and Ziguey. President Idriss Déby, who had gone to the front, was wounded there and his death was announced on 20 April. A Transitional Military Council led by his son, Mahamat Idriss Déby, took power the same day. The remnants of the FACT column withdrew towards the Niger border in early May.

Reactions
France expressed support for the Chadian authorities. The African Union called for a return to constitutional order after the creation of the military council.
"""

A011 = """Attaque de Kouri Bougoudi

L'attaque de Kouri Bougoudi est une attaque menée le 11 août 2018 par les rebelles du Conseil de commandement militaire pour le salut de la République (CCMSR) contre une position de l'armée tchadienne installée dans la zone aurifère de Kouri Bougoudi, dans le Tibesti, près de la frontière libyenne.

Contexte
Depuis la découverte d'or dans le massif du Tibesti en 2012, des milliers d'orpailleurs tchadiens, soudanais et libyens se sont installés dans la zone de Kouri Bougoudi. Le gouvernement y a déployé l'armée pour contrôler les mines et a ordonné à plusieurs reprises l'évacuation des orpailleurs. Le CCMSR, un groupe rebelle à dominante goran basé dans le sud de la Libye, accuse l'armée d'exactions contre la population locale. En juin 2018, des affrontements entre orpailleurs avaient déjà fait plusieurs morts dans la zone.

Déroulement
À l'aube, plusieurs dizaines de combattants du CCMSR venus de Libye à bord de pick-up armés attaquent le camp militaire installé à côté des puits d'or. Les soldats ripostent et les combats durent plusieurs heures. Les rebelles emmènent avec eux plusieurs véhicules et une quantité d'armes avant de repasser la frontière.

Bilan
Selon le gouvernement tchadien, trois militaires ont été tués et une dizaine d'assaillants ont été « neutralisés ». Le CCMSR affirme de son côté avoir tué vingt-trois soldats et capturé une quarantaine d'autres. Aucune de ces informations n'a pu être vérifiée de manière indépendante.

Revendication
Le CCMSR revendique l'attaque le jour même dans un communiqué publié sur les réseaux sociaux.

Suites
Le 13 août, l'armée tchadienne lance une contre-offensive dans le nord du Tibesti, appuyée par l'aviation. En septembre, le gouvernement décrète l'évacuation totale des orpailleurs de la zone de Kouri Bougoudi.

Réactions
Le ministre de la Sécurité publique qualifie les assaillants de « mercenaires » et de « terroristes » venus de Libye.
"""

A012 = """Vague d'arrestations de juin 2019 en Mauritanie

La vague d'arrestations de juin 2019 en Mauritanie désigne l'interpellation par la police mauritanienne d'une centaine de personnes à Nouakchott, le 25 juin 2019, au lendemain des troubles qui ont suivi l'annonce des résultats de l'élection présidentielle.

Contexte
L'élection présidentielle du 22 juin 2019 doit assurer la première transition entre deux présidents élus depuis l'indépendance. Le 23 juin, la commission électorale proclame la victoire dès le premier tour de Mohamed Ould Ghazouani, candidat du pouvoir, avec 52 % des voix. Les quatre candidats de l'opposition, dont Biram Dah Abeid, arrivé deuxième, dénoncent des fraudes et refusent de reconnaître les résultats.

Déroulement
Le 24 juin, des partisans de l'opposition descendent dans les rues de plusieurs quartiers de Nouakchott. Des pneus sont incendiés, des routes bloquées et quelques commerces pillés ; la police disperse les rassemblements à l'aide de gaz lacrymogènes. Le lendemain, 25 juin, la police procède à une série d'arrestations dans les quartiers de Sebkha, d'El Mina et de Arafat : une centaine de personnes sont interpellées, dont des militants de l'opposition, des manifestants et des ressortissants de pays voisins accusés d'avoir participé aux violences. Le ministre de l'Intérieur annonce le même jour la fermeture des sièges de campagne de trois candidats.

Bilan
Aucun mort n'est signalé. Selon le ministère de l'Intérieur, plusieurs policiers ont été légèrement blessés lors des troubles du 24 juin. L'accès à l'internet mobile est coupé dans tout le pays pendant plus d'une semaine.

Suites
La plupart des personnes arrêtées sont relâchées dans les jours suivants, mais une vingtaine sont déférées devant le parquet. Le Conseil constitutionnel valide les résultats le 1er juillet, et Mohamed Ould Ghazouani prête serment le 1er août 2019.

Réactions
Amnesty International dénonce des arrestations arbitraires et demande le rétablissement de l'internet. Le Sénégal et le Mali demandent des explications sur le sort de leurs ressortissants détenus.
"""

ROWS: list[Row] = [
    ("2021-06-15", A001, "2021-05-24", S, "Arrests", MLI, GOV_MLI, [], "Kati", 0),
    (
        "2021-06-01",
        A002,
        "2021-04-08",
        V,
        "Abduction/forced disappearance",
        JNIM,
        f"{CIV} (France)",
        ["Journalists (France)"],
        "Gao",
        0,
    ),
    ("2020-06-01", A003, "2020-05-12", R, "Violent demonstration", "Rioters (Mali)", PML, [], "Kayes", 1),
    ("2020-12-01", A004, "2020-11-08", V, "Attack", JNIM, f"{CIV} (Burkina Faso)", [], "Gaskindé", 19),
    (
        "2019-12-01",
        A005,
        "2019-11-03",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [BFA_GOV],
        "Bourzanga",
        4,
    ),
    ("2019-12-15", A006, "2019-10-27", B, "Armed clash", ISGS, NER, [], "Ouallam", 5),
    ("2021-08-01", A007, "2021-06-21", V, "Attack", ISGS, f"{CIV} (Niger)", [], "Gorotyé", 37),
    ("2020-01-15", A008, "2019-11-18", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Wadi al-Rabi", 10),
    ("2019-08-15", A009, "2019-07-16", B, "Armed clash", ZWAY, TEBU, [], "Kufra", 8),
    ("2021-06-01", A010, "2021-04-17", B, "Armed clash", TCD, FACT, [], "Nokou", 305),
    ("2018-09-15", A011, "2018-08-11", B, "Armed clash", CCMSR, TCD, [], "Kouri Bougoudi", 13),
    ("2019-08-01", A012, "2019-06-25", S, "Arrests", PMR, "Protesters (Mauritania)", [], "Nouakchott", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles14.jsonl"
    write_labelled(out, ROWS, "sitrep-articles14", P.__getitem__)


if __name__ == "__main__":
    main()
