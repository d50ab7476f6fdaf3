# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles7.jsonl: twelve whole encyclopedia-style articles, each about ONE conflict
event in Mali, Burkina Faso, Niger, Libya, Chad or Algeria (2018-2021), with the ACLED-style coding of that
main event.

Why: the sealed test set scores the FIRST event written for a whole article, so the main event must win over
background attacks, later reprisals, reactions, per-side casualty breakdowns and conflicting tolls. This set was
written and coded blind to the extractor's rules (only the file layout of make_labelled_articles6.py was looked
at). Texts are our own words, not copied from any encyclopedia; reference lines are made up.

Provenance per article (real = a real event as remembered; details may be simplified or invented as said):
 001 Koulogon attack, Mali, 1 Jan 2019: real; 37 dead (government); the 41 of the Fulani association and the
     earlier attacks in the background (Koumaga, a December attack near Bankass) are our simplification. Gunmen
     dressed as dozo hunters: coded Dozo Communal Militia, Fulani victims as associated ethnic group (ACLED habit).
 002 Indelimane attack, Mali, 1 Nov 2019 (infobox): real; 53 soldiers and one civilian (government) = 54, IS
     claimed about 70; coded Battles / Armed clash, ISGS against the Malian army.
 003 Marche de l'opposition du 2 juin 2018, Bamako (French): real banned opposition march dispersed with tear
     gas; the wounded figures are our simplification; no deaths; Protests / Protest with intervention.
 004 Massacre de Solhan, Burkina Faso, night of 4 to 5 June 2021 (French, infobox): real; 132 (official) against
     160 (local sources); unclaimed (JNIM denied), so Unidentified Armed Group; date the 5th (the attack began
     around 2 a.m.).
 005 Koutougou attack, Burkina Faso, 19 Aug 2019: real; 24 soldiers dead (army), JNIM claimed and gave a higher
     toll (our simplification); attackers' losses not given.
 006 Barsalogho road bombing, Burkina Faso, 8 Sep 2019: real as remembered (a truck on an IED on the
     Barsalogho-Guendbila road, 15 dead, and a second attack on a supply convoy the same day); the local
     "about twenty" is invented. Unclaimed.
 007 Dargol landmine, Niger, 21 Feb 2021: real (CENI vehicle, seven election workers dead); the separate killing
     of a polling-station head and the 3 wounded are as remembered or invented, as is the exact spot.
 008 Massacres de Tchoma Bangou et Zaroumadareye, Niger, 2 Jan 2021 (French): real; 100 in all (70 + 30). ACLED
     codes one event per place and day, so the primary event is Tchoma Bangou with 70; attributed to ISGS.
 009 Wadi al-Rabie factory air strike, Tripoli, Libya, 18 Nov 2019 (infobox): real as remembered (biscuit
     factory, ten dead, ~35 wounded); the municipal "twelve" and the LNA statement are invented.
 010 Benghazi protests, 13 Sep 2020: real (eastern government building set on fire); the al-Marj death of the
     night before is separate; Riots / Violent demonstration, no deaths in Benghazi.
 011 Chad protests of 27 April 2021: real; the split of the toll (four in N'Djamena per the government, nine
     claimed by Wakit Tama) is our simplification; Protests / Excessive force against protesters.
 012 Arrestation de Saïd Bouteflika, Algiers, 4 May 2019 (French): real; arrests by the army's intelligence
     (DGSI) and military court, so Military Forces of Algeria; Strategic developments / Arrests.
Coordinates: Koulogon (Koulogon-Habe), Bamako, Barsalogho (Barsalogo), Dargol, Sebba and Solhan (GeoNames
"Solna", alternate name Solhan) from shared/gazetteer/geonames-*.txt, feature class P, two decimals;
Koutougou from the same dumps but feature class S (the only Burkina Faso entry), Indelimane from its class H
entry "I-n-Déliman" (alternate name Indelimani; corrected after the first run from a guessed 15.70, 1.50 that
was 19 km off). Tchoma Bangou, Wadi al-Rabie (admin1 Tripoli as we believe ACLED codes the capital's outskirts), Benghazi, N'Djamena and
Algiers are approximate from memory.
Re-run after editing: ``python scripts/make_labelled_articles7.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CIV, DZ19, ISGS, JNIM, LNA, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Koulogon": ("Mali", "Mopti", 13.82, -3.44),
    "Indelimane": ("Mali", "Menaka", 15.87, 1.52),
    "Bamako": ("Mali", "Bamako", 12.65, -8.00),
    "Solhan": ("Burkina Faso", "Sahel", 13.38, 0.45),
    "Koutougou": ("Burkina Faso", "Sahel", 14.51, -0.99),
    "Barsalogho": ("Burkina Faso", "Centre-Nord", 13.41, -1.06),
    "Dargol": ("Niger", "Tillaberi", 13.92, 1.24),
    "Tchoma Bangou": ("Niger", "Tillaberi", 14.92, 1.72),
    "Wadi al-Rabie": ("Libya", "Tripoli", 32.78, 13.27),
    "Benghazi": ("Libya", "Benghazi", 32.12, 20.07),
    "N'Djamena": ("Chad", "N'Djamena", 12.11, 15.04),
    "Algiers": ("Algeria", "Alger", 36.75, 3.06),
}
# names not in acled_names.py, written as we believe ACLED writes them
DOZO = "Dozo Communal Militia (Mali)"
FULANI = "Fulani Ethnic Group (Mali)"
ML = "Military Forces of Mali (2013-2021)"
PML = "Police Forces of Mali (2013-)"
BF = "Military Forces of Burkina Faso (2015-2022)"
PTD = "Police Forces of Chad (2021-)"
GDZ = "Government of Algeria (1999-2019)"

A001 = """Koulogon attack

The Koulogon attack was a mass killing of Fulani villagers in Koulogon Peul, a hamlet of the Koulogon Habbé commune in the Bankass Cercle of Mali's Mopti Region, in the early hours of 1 January 2019.[1] Gunmen wearing the dress of traditional dozo hunters killed thirty-seven people, several of them children, and burned huts and granaries. It was one of the deadliest episodes in the spiral of violence between Fulani herders and Dogon farmers in central Mali before the Ogossagou massacre less than three months later.

Background
Since the appearance of the Katiba Macina in 2015, Fulani communities of the Mopti Region have been accused by their Dogon and Bambara neighbours of siding with the jihadists, while Dogon self-defence groups, the largest of which is Dan Na Ambassagou, took up arms in the name of protecting their villages. Reprisals followed on both sides. On 23 June 2018 at least sixteen Fulani civilians were killed in Koumaga, in the Djenné Cercle.[2] In mid-December 2018, eight inhabitants of a Dogon village near Bankass were shot dead in an attack that their relatives blamed on Fulani fighters.

Attack
The assailants, several dozen men on motorcycles and on foot, surrounded the hamlet at about five in the morning. Koulogon Peul lies next to the larger village of Koulogon Habbé, some 30 km south of Bankass. Survivors said the gunmen went from house to house, shooting men who tried to flee and setting fire to the straw roofs, and that they wore the brown tunics and amulets of the hunters' brotherhoods.[3] The attack lasted around two hours. Cattle were driven away before the attackers left in the direction of the Dogon plateau.

Casualties
The Malian government announced in a statement that evening that thirty-seven civilians had been killed, among them women and children, and that several other people had been wounded.[1] The Fulani association Tabital Pulaaku put the toll at 41 dead and said that two people were still missing. No losses were reported among the attackers.

Aftermath
President Ibrahim Boubacar Keïta travelled to Koulogon two days later and promised that those responsible would be punished; several suspects were arrested in January. Dan Na Ambassagou denied any role in the killings. The violence did not stop: on 23 March 2019 about 160 Fulani villagers were killed in Ogossagou, after which the government dissolved Dan Na Ambassagou.

Reactions
MINUSMA condemned the attack and sent a patrol to the village. Human rights organisations called for an independent inquiry and for the disarmament of all communal militias in the centre of the country.

See also
Ogossagou massacre
Mali War

References
1. "Mali: 37 civilians killed in central village", Sahel Monitor, 1 January 2019.
2. "Central Mali: a year of communal killings", Bamako Review, 4 February 2019.
3. "Survivors of Koulogon recount the dawn attack", West Africa Weekly, 8 January 2019.
"""

A002 = """Indelimane attack

Date: 1 November 2019
Location: Indelimane, Ansongo Cercle, Ménaka Region, Mali
Result: Islamic State victory; the Malian army abandons the post
Belligerents: Mali; Islamic State in the Greater Sahara
Casualties: 53 soldiers and 1 civilian killed (government); about 70 (IS claim)

The Indelimane attack was an assault by jihadist fighters on a military post of the Malian Armed Forces at Indelimane, a village in the Ménaka Region of eastern Mali, about 100 km east of Ansongo, on 1 November 2019. It was claimed the next day by the Islamic State, on behalf of its branch in the Greater Sahara, and was one of the heaviest losses suffered by the Malian army since 2012.

Background
In the second half of 2019 the Islamic State in the Greater Sahara stepped up its attacks on military positions along the border between Mali, Niger and Burkina Faso. On 30 September 2019 simultaneous raids on the camps of Boulkessi and Mondoro, in the Mopti Region, had killed at least 38 soldiers according to the government. Earlier, on 17 March 2019, more than twenty soldiers had died when militants overran the camp of Dioura.

Attack
Shortly before noon, attackers in pick-up trucks and on motorcycles first fired mortar rounds at the post and then stormed it from several sides. The garrison of about seventy soldiers was overwhelmed within two hours. The assailants burned vehicles and buildings and left with weapons and ammunition. Reinforcements from Ménaka and Ansongo, supported by French helicopters of Operation Barkhane, reached the area in the evening.

Casualties
On 2 November the government put the toll at 53 soldiers and one civilian killed; ten soldiers were found alive and three were wounded. It gave no figure for losses among the attackers. In its claim, the Islamic State said that about seventy soldiers had been killed.

Aftermath
On 2 November a French soldier of Operation Barkhane, Brigadier Ronan Pointeau, was killed when his armoured vehicle struck an explosive device near Ménaka. Over the following weeks the Malian army withdrew from Indelimane and several other isolated posts in the Ménaka and Gao regions. On 18 November, at least 24 soldiers were killed in an ambush near Tabankort.

Reactions
The government declared three days of national mourning. The United Nations Secretary-General condemned the attack and expressed solidarity with Mali; opposition parties demanded the resignation of the defence minister.

See also
Boulkessi and Mondoro attacks
Mali War

References
1. "Mali: 53 soldiers killed in attack on Indelimane post", Sahel Monitor, 2 November 2019.
2. "Islamic State claims deadly attack in eastern Mali", Maghreb Wire, 3 November 2019.
"""

A003 = """Marche de l'opposition du 2 juin 2018 à Bamako

La marche de l'opposition du 2 juin 2018 est une manifestation organisée à Bamako, la capitale du Mali, par une coalition de partis d'opposition et d'associations de la société civile pour réclamer la transparence de l'élection présidentielle prévue le 29 juillet 2018. Interdite par les autorités au nom de l'état d'urgence, elle a été dispersée par la police à coups de gaz lacrymogènes et de matraques.

Contexte
À l'approche du scrutin, l'opposition, conduite par Soumaïla Cissé, accusait le gouvernement de préparer une fraude et exigeait un audit du fichier électoral ainsi qu'un accès équitable aux médias publics. En juin et juillet 2017, la plateforme « An tè A Bana » avait déjà rassemblé des milliers de personnes contre un projet de révision constitutionnelle, finalement suspendu par le président Ibrahim Boubacar Keïta le 18 août 2017. Le 1er juin 2018, le gouverneur du district de Bamako a interdit tout rassemblement sur la voie publique.

Déroulement
Le samedi matin, plusieurs centaines de manifestants se sont rassemblés près de la Bourse du travail et sur le boulevard de l'Indépendance, munis de banderoles et de sifflets. Des policiers et des gardes anti-émeute ont bloqué les accès et ont fait usage de gaz lacrymogènes et de matraques pour disperser les cortèges. Plusieurs responsables de l'opposition, dont d'anciens ministres, ont été bousculés et ont dû se réfugier au siège d'un parti. Les manifestants se sont regroupés à plusieurs reprises dans les rues voisines avant de se disperser en début d'après-midi.

Bilan
Selon les organisateurs, une trentaine de personnes ont été blessées, dont plusieurs ont été hospitalisées. Le ministère de la Sécurité a fait état de seize blessés, dont quatre policiers. Aucun décès n'a été signalé.

Suites
Le 8 juin, une nouvelle marche, autorisée cette fois, s'est déroulée sans incident dans les rues de Bamako. Le premier tour de l'élection a eu lieu le 29 juillet ; Ibrahim Boubacar Keïta a été réélu au second tour, le 12 août 2018, face à Soumaïla Cissé, qui a rejeté les résultats.

Réactions
La Mission des Nations unies au Mali (MINUSMA) et l'Union européenne ont appelé au respect des libertés publiques pendant la campagne. Le Premier ministre Soumeylou Boubèye Maïga a défendu l'interdiction en invoquant la sécurité des personnes.

Voir aussi
Élection présidentielle malienne de 2018

Références
1. « Bamako : la marche de l'opposition dispersée », Journal du Sahel, 2 juin 2018.
2. « Le gouvernement justifie l'interdiction », Le Républicain du Soir, 4 juin 2018.
"""

A004 = """Massacre de Solhan

Date : 5 juin 2021
Lieu : Solhan, province du Yagha, région du Sahel, Burkina Faso
Morts : 132 (bilan officiel) ; 160 (sources locales)
Auteurs : hommes armés non identifiés

Le massacre de Solhan est une tuerie commise dans la nuit du 4 au 5 juin 2021 dans la commune rurale de Solhan, à une quinzaine de kilomètres de Sebba, chef-lieu de la province du Yagha, dans le nord-est du Burkina Faso. C'est l'attaque la plus meurtrière qu'ait connue le pays depuis le début des violences djihadistes en 2015.

Contexte
Depuis 2019, la région du Sahel et celle de l'Est sont le théâtre d'attaques répétées contre les civils, les forces de défense et les Volontaires pour la défense de la patrie (VDP). Le 3 mai 2021, une trentaine d'habitants avaient été tués à Kodyel, dans la province de la Komondjari. Le 17 mai, une quinzaine de personnes avaient péri dans l'attaque du village de Tadaryat, dans l'Oudalan. Solhan abritait un important site d'orpaillage qui attirait des travailleurs de toute la région.

Déroulement
Vers deux heures du matin, des dizaines d'hommes armés arrivés à moto ont d'abord attaqué le poste des VDP, avant de se diriger vers le marché et le site d'orpaillage. Ils ont tiré sur les habitants, y compris dans les maisons, et ont incendié des concessions et des boutiques. Les assaillants ont quitté la localité au lever du jour, avant l'arrivée des renforts venus de Sebba.

Bilan
Le gouvernement a annoncé un bilan de 132 morts, dont des femmes et des enfants, et une quarantaine de blessés. Des sources locales ont avancé le chiffre de 160 morts. Plusieurs VDP figurent parmi les victimes. L'attaque n'a pas été revendiquée, et le Groupe de soutien à l'islam et aux musulmans (GSIM) a nié toute implication.

Suites
Le président Roch Marc Christian Kaboré a décrété un deuil national de trois jours. Plus de sept mille habitants ont fui vers Sebba et Dori. Fin juin, le gouvernement a affirmé que la plupart des assaillants étaient des enfants âgés de 12 à 14 ans. Le 21 juin, onze policiers ont été tués dans une embuscade entre Barsalogho et Foubé, dans le Centre-Nord.

Réactions
Le secrétaire général des Nations unies s'est dit indigné. Des manifestations ont eu lieu à Dori et à Kaya pour dénoncer l'impuissance de l'État face à l'insécurité.

Voir aussi
Attaque de Kodyel
Insurrection djihadiste au Burkina Faso

Références
1. « Burkina : au moins 132 civils tués à Solhan », Agence sahélienne, 5 juin 2021.
2. « Solhan, le récit des survivants », L'Observateur du Yagha, 12 juin 2021.
"""

A005 = """Koutougou attack

The Koutougou attack was an assault by jihadist fighters on a detachment of the Burkinabè army at Koutougou, in the Soum Province of the Sahel Region of Burkina Faso, close to the border with Mali, in the early hours of 19 August 2019.[1] Twenty-four soldiers were killed, at the time the heaviest loss suffered by the army in a single attack. The Group for the Support of Islam and Muslims (JNIM) claimed responsibility.

Background
The Soum Province has been the heartland of Ansaroul Islam, the group founded by the preacher Ibrahim Malam Dicko, since 2016. On 16 December 2016, twelve soldiers had been killed in an attack on the army post at Nassoumbou, in the same province. In 2019 attacks spread to the Centre-Nord and Nord regions, and the army's detachments in the north, often isolated and poorly supplied, became regular targets.[2]

Attack
At around five in the morning, a large group of armed men arriving on motorcycles and in pick-up trucks attacked the detachment from several directions. After several hours of fighting the post was overrun. The attackers set fire to tents and vehicles and took away weapons and ammunition before withdrawing towards the Malian border. Air support from Ouagadougou arrived only after the attackers had left.

Casualties
The army's general staff said that twenty-four soldiers were killed, seven wounded and five missing.[1] It gave no figure for losses among the attackers. In its claim, JNIM said it had killed about forty soldiers.

Aftermath
Two days later the army announced that air and ground operations in the area had destroyed several militant bases. The attack prompted sharp criticism of the military leadership in the press and in parliament. On 4 October 2019, gunmen killed about twenty gold miners at Dolmané, in the same province.

Reactions
President Roch Marc Christian Kaboré denounced the "cowardly" attack and promised a response. The African Union and the G5 Sahel expressed their condolences.

See also
Nassoumbou attack
Jihadist insurgency in Burkina Faso

References
1. "Burkina Faso: 24 soldiers killed in attack on army post", Sahel Monitor, 20 August 2019.
2. "Soum: the army's northern posts under pressure", Ouaga Daily, 2 September 2019.
"""

A006 = """2019 Barsalogho road bombing

The Barsalogho road bombing took place on 8 September 2019, when a lorry carrying civilians and their goods struck an improvised explosive device on the road between Barsalogho and Guendbila, in the Sanmatenga Province of Burkina Faso's Centre-Nord Region.[1] Fifteen people were killed. On the same day, a supply convoy was attacked elsewhere in the province.

Background
The Barsalogho area was shaken by violence from the start of 2019: on 1 January, the killing of the village chief of Yirgou and several members of his family by gunmen was followed by reprisals against Fulani residents that left dozens dead. In May 2019 a priest and five worshippers were killed in the church of Dablo, further north. By September, thousands of displaced people had gathered around Barsalogho, and the roads towards Dablo and Foubé were frequently mined.

Explosion
The lorry, which carried traders, displaced families returning to their villages and sacks of food, left Barsalogho in the morning. A few kilometres from Guendbila, it drove over a mine buried in the dirt road and was thrown off the track.[2] Survivors were taken to the health centre of Barsalogho and then to the regional hospital in Kaya.

Casualties
A government statement said that fifteen people had been killed and six wounded. Local officials spoke of about twenty dead. No group claimed responsibility for the explosion.

Second attack
On the same day, gunmen attacked a convoy of tricycles carrying food between Guendbila and Kelbo, killing fourteen people, according to the same statement, which put the total for the day at twenty-nine dead.

Aftermath
The government announced the reinforcement of escorts for supply convoys on the Kaya-Dablo and Kaya-Djibo roads. The number of displaced people in the Centre-Nord continued to rise, and the camp of Barsalogho became one of the largest in the country by the end of the year.

See also
Yirgou massacre
Dablo church attack

References
1. "Burkina: 29 civilians killed in two attacks in Sanmatenga", Agence sahélienne, 9 September 2019.
2. "On the Barsalogho road, fear of mines", Centre-Nord Info, 20 September 2019.
"""

A007 = """2021 Dargol landmine explosion

The Dargol landmine explosion occurred on 21 February 2021, the day of the second round of Niger's presidential election, when a vehicle of the Independent National Electoral Commission (CENI) struck a landmine in the rural commune of Dargol, in the Gothèye department of the Tillabéri Region. Seven members of the electoral staff were killed. The explosion happened a few kilometres north of Dargol, on a track leading to polling stations near the river.

Background
The Tillabéri Region, bordering Mali and Burkina Faso, had been the scene of frequent attacks by the Islamic State in the Greater Sahara. On 9 January 2020, 89 soldiers were killed at Chinagodrar. On 2 January 2021, a week after the first round of the election, about a hundred villagers were killed in Tchoma Bangou and Zaroumadareye, in the Ouallam department. The authorities had deployed additional troops to secure the vote.

Explosion
The vehicle was carrying election workers and ballot material from Dargol to their polling stations in the morning when it drove over the explosive device. Three passengers survived with injuries and were evacuated to Niamey.

Casualties
The CENI and the government announced that seven of its staff had been killed and three wounded. No group claimed responsibility.

Aftermath
In a separate incident the same afternoon, unidentified gunmen killed the head of a polling station near Waraou, also in the Tillabéri Region. Mohamed Bazoum was declared the winner of the second round on 23 February; his opponent Mahamane Ousmane rejected the results, and unrest followed in Niamey. On 15 March 2021, 58 people returning from the market of Banibangou were killed by gunmen.

Reactions
The CENI paid tribute to the "martyrs of democracy". The European Union and the Economic Community of West African States condemned the attack.

See also
2020-21 Nigerien presidential election

References
1. "Niger: seven election workers killed by mine", Sahel Monitor, 21 February 2021.
2. "Tillabéri votes under threat", Niamey Express, 25 February 2021.
"""

A008 = """Massacres de Tchoma Bangou et Zaroumadareye

Les massacres de Tchoma Bangou et Zaroumadareye sont deux tueries commises le 2 janvier 2021 dans deux villages de la commune de Mangaïzé, dans le département de Ouallam, région de Tillabéri, au Niger, près de la frontière malienne. Une centaine de civils ont été tués, ce qui en fait l'une des attaques les plus meurtrières contre des civils dans l'histoire du pays.

Contexte
Depuis 2017, la région de Tillabéri subit les attaques de l'État islamique au Grand Sahara (EIGS) contre les forces armées et les populations. Le 10 décembre 2019, 71 soldats avaient été tués à Inates, et le 9 janvier 2020, 89 à Chinagodrar. Quelques jours avant le massacre, des habitants de Tchoma Bangou avaient tué deux combattants présumés qui prélevaient la zakat dans les villages. Le premier tour de l'élection présidentielle avait eu lieu le 27 décembre 2020.

Déroulement
Vers midi, une centaine d'hommes armés sur une cinquantaine de motos sont arrivés en deux colonnes. Le premier groupe a attaqué Tchoma Bangou, tirant sur les hommes rassemblés au village et incendiant les greniers, tandis que le second attaquait Zaroumadareye, à sept kilomètres de là. Les assaillants sont repartis vers le nord avant l'arrivée des militaires.

Bilan
Le Premier ministre Brigi Rafini a annoncé un bilan de 100 morts : 70 à Tchoma Bangou et 30 à Zaroumadareye. Au moins 75 blessés ont été évacués vers Ouallam et Niamey. Un élu local a parlé de plus de 105 morts. L'attaque n'a pas été revendiquée, mais les autorités et les habitants l'ont attribuée à l'EIGS, en représailles à la mort de ses deux combattants.

Suites
Le gouvernement a décrété trois jours de deuil national et renforcé le dispositif militaire dans le nord de Tillabéri. Les violences contre les civils ont continué : le 15 mars 2021, 58 personnes revenant du marché de Banibangou ont été tuées, et le 21 mars, 141 habitants de villages de la région de Tahoua, près de Tillia, ont été massacrés.

Réactions
Le président Mahamadou Issoufou a condamné une attaque « lâche et barbare ». L'ONU et l'Union africaine ont appelé à protéger les populations du nord de Tillabéri.

Voir aussi
Attaque de Chinagodrar
Insurrection djihadiste au Niger

Références
1. « Niger : 100 civils tués dans deux villages de l'ouest », Agence sahélienne, 3 janvier 2021.
2. « Tchoma Bangou, un village en deuil », Le Sahel Dimanche, 10 janvier 2021.
"""

A009 = """Wadi al-Rabie factory air strike

Date: 18 November 2019
Location: Wadi al-Rabie, south-east of Tripoli, Libya
Target: biscuit factory
Deaths: 10
Injuries: about 35
Perpetrators: Libyan National Army (attributed)

The Wadi al-Rabie factory air strike was an air raid on a biscuit factory in Wadi al-Rabie, on the south-eastern outskirts of Tripoli, on 18 November 2019, during the offensive of Khalifa Haftar's Libyan National Army (LNA) on the capital. Ten workers, Libyans and foreigners, were killed and about thirty-five wounded.[1]

Background
The LNA launched its offensive on Tripoli on 4 April 2019. From the summer, both sides relied increasingly on drones and aircraft. On 2 July 2019, an air strike on the Tajoura detention centre killed 53 migrants. On 14 October 2019, three sisters were killed when a strike hit a house in the al-Furnaj district.[2]

Air strike
The factory, in an industrial area near the front line, was hit while the day shift was at work. Witnesses said two missiles struck the production hall, which caught fire. Rescue teams of the Tripoli ambulance service needed several hours to recover the victims from the rubble.

Casualties
The health ministry of the Government of National Accord (GNA) said that ten people had been killed and about thirty-five wounded.[1] The Tripoli municipal council later spoke of twelve dead.

Aftermath
The GNA blamed the LNA for the strike; an LNA spokesman said that its aircraft had targeted a drone storage site used by militias loyal to the GNA and denied striking civilians. On 4 January 2020, an air strike on the military academy in Tripoli killed about thirty cadets. The Berlin conference on Libya was held on 19 January 2020.

Reactions
The United Nations Support Mission in Libya condemned the strike and recalled that attacks on civilian facilities could amount to war crimes.

See also
Tajoura migrant centre airstrike
Western Libya campaign (2019-2020)

References
1. "Tripoli: ten killed in air strike on factory", Libya Dispatch, 19 November 2019.
2. "Civilians bear the cost of the battle for Tripoli", Maghreb Wire, 2 December 2019.
"""

A010 = """2020 Benghazi protests

The 2020 Benghazi protests were demonstrations against living conditions in Benghazi, Libya's second city, which culminated on the evening of 13 September 2020 when protesters set fire to the headquarters of the eastern-based interim government. They were part of a wave of protests over power cuts, fuel shortages and corruption that affected both halves of the divided country.

Background
Years of conflict had left eastern Libya with daily blackouts of up to twelve hours, long queues at petrol stations and a collapsing currency. In Tripoli, protesters had gathered on 23 August 2020 against the Government of National Accord; armed men fired into the air to disperse them. Demonstrations in the east began on 10 September in al-Bayda, al-Marj and Benghazi.

Protests
On 13 September, hundreds of young men marched through central Benghazi, blocked roads and chanted against the interim government of Abdullah al-Thani. In the evening, part of the crowd forced its way into the government building, ransacked offices and set the building on fire. Security forces stood aside and firefighters put out the blaze later that night. No one was killed in Benghazi.

Casualties
On the night of 12 September, in al-Marj, a protester was shot dead when security forces opened fire on a crowd; the interior ministry of the interim government announced the arrest of the officer responsible.

Aftermath
On 13 September, Abdullah al-Thani submitted his government's resignation to the House of Representatives. Protests continued for several days in Benghazi and in Sabha. In October, the military talks in Geneva led to the ceasefire agreement of 23 October 2020.

See also
2020 Libyan protests

References
1. "Benghazi protesters torch government headquarters", Libya Dispatch, 14 September 2020.
2. "Eastern Libya: anger over blackouts", Maghreb Wire, 20 September 2020.
"""

A011 = """27 April 2021 protests in Chad

The protests of 27 April 2021 were demonstrations in N'Djamena and several southern towns of Chad against the Transitional Military Council (CMT) that took power after the death of President Idriss Déby. Called by the Wakit Tama coalition of opposition parties and civil society groups, they were met with tear gas and live fire by the police; at least four people were killed in the capital.

Background
Idriss Déby died on 20 April 2021 from wounds received during fighting with rebels of the Front for Change and Concord in Chad (FACT) in the Kanem. The army immediately set up a military council headed by his son, Mahamat Idriss Déby, suspended the constitution and dissolved the National Assembly. Earlier, on 6 February 2021, a march against Déby's candidacy for a sixth term had been dispersed with tear gas in N'Djamena.

Protests
From the early morning, groups of young people gathered in the districts of Moursal, Chagoua, Abena and Dembé, in the south of the capital, and marched towards the city centre chanting slogans against a "monarchic succession". Riot police blocked the main avenues, fired tear gas and then live ammunition to disperse the crowds. Protests also took place in Moundou and Doba.

Casualties
The government spokesman said that five people had been killed across the country, four of them in N'Djamena and one in Moundou, and that 27 police officers had been injured. Wakit Tama said nine protesters had been killed in the capital alone. About 650 people were arrested.

Aftermath
The CMT announced an investigation into the deaths. New marches called by Wakit Tama on 8 May and 19 May were banned and dispersed, and the council named a transitional government on 2 May.

Reactions
The African Union and the European Union called for restraint and for a swift return to civilian rule. France, which had supported the CMT, condemned the repression of the protests.

See also
Transitional Military Council (Chad)

References
1. "Chad: deadly protests against military council", N'Djamena Post, 28 April 2021.
2. "Wakit Tama counts its dead", Sahel Monitor, 2 May 2021.
"""

A012 = """Arrestation de Saïd Bouteflika

L'arrestation de Saïd Bouteflika, frère et conseiller de l'ancien président Abdelaziz Bouteflika, ainsi que des généraux Mohamed Mediène, dit « Toufik », et Athmane Tartag, deux anciens chefs des services de renseignement, a eu lieu à Alger le samedi 4 mai 2019, un mois après la démission du chef de l'État sous la pression du Hirak.

Contexte
Depuis le 22 février 2019, des manifestations massives avaient lieu chaque vendredi contre la candidature d'Abdelaziz Bouteflika à un cinquième mandat. Le 2 avril, il a démissionné après que le chef d'état-major de l'armée, le général Ahmed Gaïd Salah, eut demandé l'application de l'article 102 de la Constitution. Le 30 mars, Gaïd Salah avait dénoncé une « réunion » de personnes « connues » qui auraient comploté contre l'armée.

Déroulement
Les trois hommes ont été interpellés dans la journée par des agents de la Direction générale de la sécurité intérieure (DGSI), alors rattachée à l'état-major de l'armée. Saïd Bouteflika a été arrêté à son domicile sur les hauteurs d'Alger. Aucune résistance n'a été signalée.

Suites
Le 5 mai, les trois hommes ont été présentés au juge d'instruction du tribunal militaire de Blida, qui les a placés en détention provisoire pour « atteinte à l'autorité de l'armée » et « complot contre l'autorité de l'État ». La secrétaire générale du Parti des travailleurs, Louisa Hanoune, a été arrêtée le 9 mai dans la même affaire. Le 25 septembre 2019, les quatre accusés ont été condamnés à quinze ans de prison.

Réactions
Lors de la marche du vendredi 10 mai, de nombreux manifestants ont salué les arrestations tout en réclamant le départ de l'ensemble du « système ». Des avocats et des partis d'opposition ont dénoncé le recours à la justice militaire contre des civils.

Voir aussi
Hirak (Algérie)

Références
1. « Saïd Bouteflika, Toufik et Tartag arrêtés », Quotidien d'Alger, 5 mai 2019.
2. « Le tribunal militaire de Blida place les trois hommes en détention », Maghreb Wire, 6 mai 2019.
"""

ROWS: list[Row] = [
    ("2019-02-20", A001, "2019-01-01", V, "Attack", DOZO, f"{CIV} (Mali)", [FULANI], "Koulogon", 37),
    ("2019-12-15", A002, "2019-11-01", B, "Armed clash", ISGS, ML, [], "Indelimane", 54),
    ("2018-07-10", A003, "2018-06-02", PR, "Protest with intervention", "Protesters (Mali)", PML, [], "Bamako", 0),
    (
        "2021-08-02",
        A004,
        "2021-06-05",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Solhan",
        132,
    ),
    ("2019-10-05", A005, "2019-08-19", B, "Armed clash", JNIM, BF, [], "Koutougou", 24),
    (
        "2019-10-28",
        A006,
        "2019-09-08",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Barsalogho",
        15,
    ),
    (
        "2021-04-12",
        A007,
        "2021-02-21",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Niger)",
        f"{CIV} (Niger)",
        [],
        "Dargol",
        7,
    ),
    ("2021-02-25", A008, "2021-01-02", V, "Attack", ISGS, f"{CIV} (Niger)", [], "Tchoma Bangou", 70),
    ("2020-01-20", A009, "2019-11-18", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Wadi al-Rabie", 10),
    ("2020-10-30", A010, "2020-09-13", R, "Violent demonstration", "Rioters (Libya)", None, [], "Benghazi", 0),
    (
        "2021-06-14",
        A011,
        "2021-04-27",
        PR,
        "Excessive force against protesters",
        "Protesters (Chad)",
        PTD,
        [],
        "N'Djamena",
        4,
    ),
    ("2019-10-02", A012, "2019-05-04", S, "Arrests", DZ19, GDZ, [], "Algiers", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles7.jsonl"
    write_labelled(out, ROWS, "articles7", P.__getitem__)


if __name__ == "__main__":
    main()
