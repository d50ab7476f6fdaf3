# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles15.jsonl: twelve whole encyclopedia-style articles (HELD OUT), each about
ONE event in Mali, Burkina Faso, Niger, Libya, Chad or Algeria (2018-2021), with the ACLED-style coding of that
main event.

Why: a held-out set measures how the article rules carry to articles nobody tuned them on; nobody fixes the
extractor against it. It was written and coded blind to the extractor's rules (only the file layout of
make_labelled_articles6.py was looked at, and the titles of the other sets so as not to repeat their events).
Texts are our own words, not copied from any encyclopedia. The gold was coded before the first run.

Provenance per article (real = a real event as remembered, details simplified; invented = plausible, real
places and organisations, the incident itself made up):
 001 Second Ogossagou massacre, Mali, 14 Feb 2020: real; the lowest toll (31, government) against a Fulani
     association's 35; attributed by survivors and officials to Dan Na Ambassagou (which denied it).
 002 Aguelhok camp attack of 2 Apr 2021, Mali (infobox): real; four Chadian peacekeepers plus "around twenty"
     attackers (coded 20) = 24; JNIM claimed; Battles / Armed clash against MINUSMA.
 003 Explosion près de Dogofri, Mali, 7 Nov 2020 (French): invented; a minibus on a mine south of Dogofri
     (cercle de Niono, Ségou); at least five dead against a local elected official's seven; unclaimed.
 004 Pansi church attack, Burkina Faso, 16 Feb 2020: real; 24 dead including the pastor; unclaimed, so
     Unidentified Armed Group; the Protestant congregation as associated actor of the civilians.
 005 Attaque du détachement de Bourzanga, Burkina Faso, 12 Sep 2020 (French): invented; seven soldiers and two
     VDP dead, "une dizaine" of attackers (10) = 19; claimed by JNIM; VDP associated with the army.
 006 2021 Fada N'Gourma riot, Burkina Faso, 5 Jul 2021: invented; a crowd burns the town hall and stones the
     police station after a trader's kidnapping; one rioter shot dead; Riots / Violent demonstration.
 007 Kidnapping of Pier Luigi Maccalli, Niger, night of 17 Sep 2018: real; coded to the first night; the
     mission village of Bomoanga is not in GeoNames, so the place is its commune, Makalondi; held by JNIM.
 008 Massacre d'Intazayene, Niger, 21 Mar 2021 (French, infobox): real; the official 141 against an invented
     local "au moins 170"; unclaimed but attributed by the authorities to the EIGS (coded ISGS); the villages
     are not in GeoNames, so the place is the department seat, Tillia (Tahoua).
 009 Battle of Mitiga Airport, Tripoli, Libya, 15 Jan 2018: real; the health ministry's 20 dead; the Bab
     Tajoura militia of Bashir al-Bugra against the Special Deterrence Force (Rada).
 010 Al-Furnaj air strike, Tripoli, Libya, 14 Oct 2019: real as remembered; three sisters killed; the GNA
     blamed the LNA, which denied; Explosions / Air/drone strike coded to the LNA.
 011 Bol road ambush, Chad, 21 Oct 2019: invented; nine soldiers (army) against a local 14, plus 27 Boko Haram
     fighters (army) = 36; coded Battles / Armed clash, Boko Haram (JAS) against the army, near Bol.
 012 Marche de Kherrata du 16 février 2021, Algeria (French): real; the Hirak anniversary march; Protests /
     Peaceful protest, no intervention, no deaths.
Coordinates: Ogossagou (the Fulani quarter, Ogassagou-Peulh), Aguelhok (as in make_labelled_articles6.py),
Dogofri, Pansi, Bourzanga, Fada N'Gourma, Makalondi and Tillia from shared/gazetteer/geonames-*.txt (feature
class P, two decimals). Mitiga Airport, Al-Furnaj, Bol and Kherrata are approximate, from memory.
Re-run after editing: ``python scripts/make_labelled_articles15.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, ISGS, JNIM, LNA, MINUSMA, PR, UAG, VDP, B, E, R, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Ogossagou": ("Mali", "Mopti", 13.96, -3.57),
    "Aguelhok": ("Mali", "Kidal", 19.46, 0.86),
    "Dogofri": ("Mali", "Segou", 14.81, -6.02),
    "Pansi": ("Burkina Faso", "Sahel", 13.23, 0.88),
    "Bourzanga": ("Burkina Faso", "Centre-Nord", 13.68, -1.55),
    "Fada N'Gourma": ("Burkina Faso", "Est", 12.06, 0.36),
    "Makalondi": ("Niger", "Tillaberi", 12.83, 1.68),
    "Tillia": ("Niger", "Tahoua", 16.12, 4.79),
    "Mitiga Airport": ("Libya", "Tripoli", 32.89, 13.28),
    "Al-Furnaj": ("Libya", "Tripoli", 32.85, 13.22),
    "Bol": ("Chad", "Lac", 13.46, 14.71),
    "Kherrata": ("Algeria", "Bejaia", 36.49, 5.28),
}
# names not in acled_names.py, written as we believe ACLED writes them
DNA = "Dan Na Ambassagou"
MBF = "Military Forces of Burkina Faso (2015-2022)"
PBF = "Police Forces of Burkina Faso (2015-2022)"
TD = "Military Forces of Chad (1990-2021)"
RADA = "Special Deterrence Force (Rada)"
BUGRA = "Bab Tajoura Militia"  # the brigade of Bashir al-Bugra ("Bashir the Cow")

A001 = """2020 Ogossagou massacre

The 2020 Ogossagou massacre was the killing of at least 31 villagers in the Fulani quarter of Ogossagou, in the Bankass Cercle of the Mopti Region of central Mali, on 14 February 2020. It came less than a year after an earlier massacre in the same village.

Background
Central Mali has been torn since 2015 by violence between Fulani herders, accused of siding with jihadist groups, and Dogon farming communities, many of whose hunters joined the self-defence militia Dan Na Ambassagou. On 23 March 2019 about 160 Fulani inhabitants of Ogossagou were killed by Dogon militiamen, the deadliest single attack of the conflict. After that massacre the Malian army set up a post in the village to protect the survivors.

Attack
The army post was withdrawn on the afternoon of 13 February 2020 without, according to residents, any force arriving to replace it. Early the next morning, heavily armed men surrounded the Fulani part of the village, known as Ogossagou-Peulh, and went from house to house shooting at the inhabitants. Huts and granaries were burned and cattle were driven off. The attackers left before soldiers sent from Bankass reached the village in the afternoon.

Casualties
The government put the toll at 31 dead, among them women and children, and said several people were still missing. The Fulani association Tabital Pulaaku said 35 people had been killed. Many of the wounded were taken to hospitals in Bankass and Mopti.

Perpetrators
Survivors told investigators that the attackers were Dogon hunters, and local officials attributed the killings to Dan Na Ambassagou. The militia's leadership denied any involvement and called for an independent inquiry.

Aftermath
The army chief of staff admitted that the post had been left without orders being properly carried out, and several officers were suspended. A UN human rights team visited the village at the end of February. Hundreds of survivors fled to Bankass and to Mopti.

Reactions
The Malian government condemned the attack and promised that those responsible would be prosecuted. The United Nations mission in Mali (MINUSMA) said it was outraged that the village had been attacked again, and human rights groups criticised the withdrawal of the troops.
"""

A002 = """2021 Aguelhok attack

Infobox military conflict
conflict: 2021 Aguelhok attack
partof: the Mali War
date: 2 April 2021
place: Aguelhok, Tessalit Cercle, Kidal Region, Mali
combatant1: MINUSMA (Chad)
combatant2: Group for the Support of Islam and Muslims
casualties1: 4 killed, 19 wounded
casualties2: about 20 killed

The 2021 Aguelhok attack was an assault by jihadist fighters on the camp of the United Nations peacekeeping mission at Aguelhok, in the Kidal Region of northern Mali, on 2 April 2021. Four Chadian peacekeepers were killed.

Background
The camp at Aguelhok, manned by a Chadian battalion of MINUSMA, is one of the most exposed UN positions in Mali. Ten Chadian peacekeepers had died there in January 2019. In the weeks before the assault, MINUSMA convoys on the road between Tessalit and Aguelhok were repeatedly hit by mines, and on 10 February 2021 a temporary base near Douentza was attacked, wounding more than twenty peacekeepers.

Attack
In the morning, a large group of militants on motorbikes and in pick-up trucks attacked the camp from several sides at once. The peacekeepers returned fire and, after several hours of fighting, pushed the assailants back towards the hills west of the town. Helicopters flew in reinforcements and evacuated the wounded to Gao.

Casualties
MINUSMA said four of its Chadian soldiers were killed and 19 wounded. According to the mission, its troops killed around twenty of the attackers. There was no independent confirmation of that figure.

Responsibility
The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel, claimed the attack a few days later, saying it had targeted the "forces of occupation".

Aftermath
Chad's government said its contingent would stay in Mali. A week later, one peacekeeper was wounded when a mine struck a logistics convoy near Tessalit.

Reactions
UN Secretary-General António Guterres condemned the attack and recalled that attacks on peacekeepers may constitute war crimes. The African Union and France expressed their condolences to Chad.
"""

A003 = """Explosion de Dogofri (2020)

L'explosion de Dogofri est l'explosion d'un engin explosif improvisé au passage d'un minibus de transport en commun, le 7 novembre 2020, sur la route de Niono, à une quinzaine de kilomètres au sud de Dogofri, dans le cercle de Niono (région de Ségou), au Mali.

Contexte
Depuis 2015, le cercle de Niono est l'une des zones d'action de la katiba Macina, affiliée au Groupe de soutien à l'islam et aux musulmans (GSIM). En octobre 2020, les jihadistes ont assiégé pendant plusieurs semaines le village de Farabougou, à une quarantaine de kilomètres de là, et enlevé plusieurs habitants. Les routes de la zone sont régulièrement minées pour entraver les patrouilles de l'armée malienne.

Déroulement
Le samedi 7 novembre en fin de matinée, un minibus parti de Dogofri en direction de Niono avec une vingtaine de passagers, pour la plupart des commerçants se rendant au marché, a sauté sur une mine artisanale enfouie sous la piste. Le véhicule a été projeté dans le fossé et a pris feu. Des habitants des hameaux voisins ont porté secours aux survivants avant l'arrivée d'une patrouille militaire venue de Diabaly.

Bilan
Selon le gouvernement, au moins cinq passagers ont été tués et neuf blessés, dont quatre grièvement. Un élu local a parlé de sept morts. Les blessés ont été évacués vers le centre de santé de référence de Niono.

Responsabilité
L'attaque n'a pas été revendiquée. Les autorités l'ont attribuée à des « terroristes », sans préciser le groupe.

Suites
Deux jours plus tard, un camion de l'armée a été endommagé par un autre engin explosif sur la même route, sans faire de victime. La circulation entre Dogofri et Niono est restée interrompue pendant plusieurs jours.

Réactions
Le gouvernement de transition a présenté ses condoléances aux familles et annoncé le renforcement des opérations de déminage. La MINUSMA a condamné l'utilisation d'engins explosifs contre des civils.
"""

A004 = """Pansi church attack

The Pansi church attack took place on 16 February 2020, when gunmen killed 24 people, among them a pastor, during a Sunday service at a Protestant church in Pansi, a village in the Yagha Province of the Sahel Region of Burkina Faso, near the border with Niger.

Background
Attacks on Christians in northern Burkina Faso increased sharply in 2019. Gunmen killed six worshippers at a Protestant church in Silgadji in April 2019, and fourteen people died at a church in Hantoukoura, in the Est Region, in December 2019. A week before the Pansi attack, a pastor and several members of his family were abducted in Sebba, the capital of Yagha, and later found dead.

Attack
Around midday, a group of armed men arrived in the village and entered the church while the congregation was at prayer. According to survivors, they separated the men from the women and children, then shot the men, including the pastor. The attackers set fire to the church and looted shops before leaving on motorcycles. Several people were taken away.

Casualties
The governor of the Sahel Region said 24 people were killed and 18 wounded, and that three others had been kidnapped. The wounded were taken to Dori.

Perpetrators
No group claimed the attack. The authorities described the attackers as an "armed terrorist group".

Aftermath
Several hundred inhabitants fled Pansi for Sebba and Dori in the following days. Churches in the province suspended services, and a week later, on 23 February, another group of gunmen killed a pastor and a worshipper at a church in the province of Soum.

Reactions
The government declared a day of mourning. Pope Francis offered his prayers for the victims, and the Federation of Evangelical Churches of Burkina Faso called on the faithful to remain united in the face of terror.
"""

A005 = """Attaque du détachement de Bourzanga

L'attaque du détachement de Bourzanga est une attaque menée le 12 septembre 2020 contre le détachement militaire de Bourzanga, une commune de la province du Bam, dans la région du Centre-Nord du Burkina Faso, par des combattants jihadistes.

Contexte
Le nord de la province du Bam est exposé aux incursions des groupes armés venus de la province voisine du Soum. Le 4 septembre 2020, un convoi de ravitaillement avait été visé par une embuscade entre Kongoussi et Bourzanga, sans faire de mort. Des volontaires pour la défense de la patrie (VDP) recrutés dans la commune appuyaient les militaires du détachement depuis le début de l'année.

Déroulement
Vers 5 heures du matin, plusieurs dizaines d'hommes armés arrivés à moto et à bord de pick-up ont attaqué le détachement par le nord et par l'est. Les militaires et les VDP ont riposté pendant près de deux heures. Un aéronef de l'armée de l'air, venu de Ouagadougou, a appuyé les troupes au sol, et les assaillants se sont repliés en direction de Djibo en abandonnant des armes et des motos.

Bilan
Selon l'état-major général des armées, sept militaires et deux VDP ont été tués, et huit militaires ont été blessés. L'armée affirme qu'une dizaine d'assaillants ont été neutralisés lors des combats. Des sources locales évoquaient plusieurs dizaines de morts parmi les assaillants, un chiffre qui n'a pas été confirmé.

Revendication
Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué l'attaque le 14 septembre.

Suites
Des opérations de ratissage ont été lancées dans la zone. Le 20 septembre, deux civils ont été tués par des hommes armés dans un village au nord de Bourzanga.

Réactions
Le président Roch Marc Christian Kaboré a salué la bravoure des soldats et des volontaires et présenté ses condoléances aux familles des victimes.
"""

A006 = """2021 Fada N'Gourma riot

The 2021 Fada N'Gourma riot was an outbreak of violence in Fada N'Gourma, the capital of the Est Region of Burkina Faso, on 5 July 2021. Angry residents set fire to the town hall and attacked the central police station after the kidnapping of a local trader; one young man was shot dead.

Background
Fada N'Gourma, on the main road from Ouagadougou to Niger, had been spared most of the violence affecting the rest of the Est Region, but kidnappings for ransom on the roads leading to the town had become frequent. On 28 June 2021 gunmen stopped a bus near Matiacoali and took away two passengers. Residents accused the authorities of doing nothing to find them.

Riot
On the morning of 5 July, news spread that a well-known cattle trader had been seized by gunmen on the outskirts of the town the night before. Hundreds of young people gathered at the main roundabout, burned tyres and blocked the national road. In the afternoon part of the crowd marched on the town hall, ransacked the offices and set the building on fire, then threw stones at the central police station. Police officers fired tear gas and then live rounds to push the rioters back.

Casualties
A 19-year-old was killed by a bullet and at least six people were wounded, among them two police officers hit by stones. Several shops near the market were looted.

Aftermath
A curfew was imposed on the town for three nights and the governor received representatives of the youth the next day. The trader was released a week later; his family said no ransom had been paid.

Reactions
The Minister of Security called for calm and announced an inquiry into the death of the young man. Opposition parties blamed the government's handling of insecurity for the anger of the residents.
"""

A007 = """Kidnapping of Pier Luigi Maccalli

The kidnapping of Pier Luigi Maccalli was the abduction of an Italian Catholic missionary from his mission at Bomoanga, in the commune of Makalondi, in the Tillabéri Region of south-western Niger, on the night of 17 September 2018. He was held for more than two years.

Background
Maccalli, a priest of the Society of African Missions, had worked in Niger since 2007 and ran the parish of Bomoanga, a few kilometres from the border with Burkina Faso. From 2018 armed groups active in eastern Burkina Faso began to cross into the Say and Torodi departments. Earlier that year, in April, a German aid worker had been abducted near Ayorou in the north of the same region.

Kidnapping
Late in the evening, armed men on motorbikes came to the mission house, forced the priest to follow them and drove off towards the border with Burkina Faso. They also fired shots in the air and damaged the dispensary run by the mission. Nobody was hurt.

Perpetrators
No group claimed the kidnapping at the time. Maccalli was later moved to northern Mali, where he was held by fighters of the Group for the Support of Islam and Muslims (JNIM), al-Qaeda's Sahel branch.

Release
On 8 October 2020 Maccalli was freed in northern Mali together with the Italian Nicola Chiacchio, the French aid worker Sophie Pétronin and the Malian politician Soumaïla Cissé, in an exchange for around 200 prisoners released by the Malian authorities. He returned to Italy the next day.

Reactions
The Pope and the Italian bishops called for prayers for his release. The Italian government thanked the authorities of Mali and Niger after he was freed. Many Catholic missions in the area were closed after the kidnapping.
"""

A008 = """Massacre d'Intazayene

Infobox attaque
titre: Massacre d'Intazayene
lieu: Intazayene, Bakorat et Wistane, département de Tillia, région de Tahoua, Niger
date: 21 mars 2021
morts: 141
auteurs: État islamique dans le Grand Sahara (présumé)

Le massacre d'Intazayene est une série d'attaques menées le 21 mars 2021 contre les villages d'Intazayene, de Bakorat et de Wistane, dans le département de Tillia, région de Tahoua, dans l'ouest du Niger, près de la frontière avec le Mali. Avec 141 morts selon le gouvernement, c'est l'une des attaques les plus meurtrières de l'histoire du pays.

Contexte
Le 2 janvier 2021, une centaine de civils avaient été tués à Tchoma Bangou et à Zaroumdareye, dans la région de Tillabéri. Le 15 mars, une soixantaine de personnes revenant du marché de Banibangou avaient été massacrées près de Darey-Daye. Dans la zone de Tillia, habitée surtout par des Touaregs, les groupes armés exigeaient depuis des mois le paiement de la zakat et menaçaient les habitants qui refusaient.

Déroulement
Le dimanche 21 mars, dans l'après-midi, des hommes armés à moto ont attaqué successivement les trois villages et des campements voisins. Ils ont tué systématiquement les hommes et les jeunes garçons, selon les témoins, puis incendié des greniers et emporté du bétail.

Bilan
Le gouvernement a annoncé un bilan de 141 morts. Un élu de la région a parlé d'au moins 170 victimes, un chiffre que les autorités n'ont pas confirmé.

Responsabilité
Le massacre n'a pas été revendiqué. Les autorités l'ont attribué à l'État islamique dans le Grand Sahara (EIGS), qui multiplie les attaques contre les civils dans la zone des trois frontières.

Suites
Le Niger a décrété trois jours de deuil national. L'armée a renforcé sa présence dans le département de Tillia, et plusieurs milliers d'habitants ont fui vers le chef-lieu.

Réactions
Le nouveau président Mohamed Bazoum, élu quelques semaines plus tôt, a dénoncé des crimes « odieux ». Le Secrétaire général des Nations unies et l'Union africaine ont condamné les attaques.
"""

A009 = """Battle of Mitiga Airport

The Battle of Mitiga Airport was a day of fighting on 15 January 2018 in Tripoli, Libya, when an armed group led by Bashir al-Bugra attacked Mitiga International Airport, held by the Special Deterrence Force (Rada). At least 20 people were killed.

Background
Since 2016 Tripoli had been controlled by a handful of armed groups nominally loyal to the Government of National Accord. Rada, a Salafi-leaning force led by Abdul Rauf Kara, held Mitiga, the capital's only working airport, together with a large prison where it detained suspected Islamic State members. Al-Bugra's Bab Tajoura militia, based in the neighbouring district of Tajoura, had long disputed Rada's control of the area. In October 2017, clashes between the two had closed the airport for a day.

Battle
At dawn, fighters of the Bab Tajoura militia attacked the airport from the east and reached the edge of the runway. Rada forces fought back with heavy weapons for several hours before driving the attackers out in the afternoon. Several aircraft on the ground were damaged by gunfire and all flights were diverted to Misrata.

Casualties
The Ministry of Health said 20 people were killed and 63 wounded. Rada said most of the dead were attackers, and that some of the prisoners had tried to escape during the fighting.

Aftermath
The airport reopened on 20 January. The Presidential Council ordered the arrest of al-Bugra, who fled; Rada afterwards took over part of Tajoura.

Reactions
The UN Support Mission in Libya condemned the attack and warned that endangering civilians and civil aviation could amount to a war crime. Prime Minister Fayez al-Sarraj ordered an inquiry.
"""

A010 = """Al-Furnaj air strike

The Al-Furnaj air strike hit a house in the Al-Furnaj district of southern Tripoli, Libya, on 14 October 2019, killing three young sisters. It was one of the deadliest strikes on a residential area of the capital during the 2019-2020 Western Libya campaign.

Background
In April 2019 the Libyan National Army (LNA) of Khalifa Haftar launched an offensive to take Tripoli from the Government of National Accord (GNA). The front line stalled in the southern suburbs, and both sides increasingly relied on drones and aircraft. On 2 July 2019 an air strike on the Tajoura migrant detention centre had killed more than 50 people. In early October, shelling near Mitiga airport had forced it to close again.

Strike
Shortly after midday, an aircraft dropped a bomb on a family home in Al-Furnaj, a densely populated neighbourhood a few kilometres behind the front. The house collapsed and neighbouring buildings were damaged.

Casualties
Three sisters, aged between two and eleven, were killed, according to the Ministry of Health. Their mother was seriously wounded. Two neighbours were also hurt.

Responsibility
The GNA blamed the strike on the LNA, whose aircraft and foreign-supplied drones had been bombing southern Tripoli. The LNA denied targeting civilians and said it had struck a GNA position in the area.

Aftermath
Thousands of residents of the southern districts left their homes in the following weeks. In November an air strike on a biscuit factory in Wadi al-Rabie killed several foreign workers.

Reactions
The UN Support Mission in Libya condemned the killing of the children and called for an investigation. UNICEF said that children were paying the highest price of the war.
"""

A011 = """2019 Bol road ambush

The 2019 Bol road ambush was an attack by Boko Haram fighters on a Chadian army convoy on 21 October 2019 near Bol, the capital of the Lac Province of Chad, on the shores of Lake Chad.

Background
The islands and shores of Lake Chad have been a refuge for Boko Haram since 2015. In the Lac Province the group regularly raided villages, stole cattle and laid ambushes against the army. In March 2019, 23 Chadian soldiers had been killed at Dangdala, and in August 2019 a raid on Kaïga-Kindjiria, a village near Baga Sola, left several civilians dead.

Ambush
In the early morning, a column of army vehicles travelling from Baga Sola to Bol came under fire about fifteen kilometres north-west of Bol. The attackers, hidden in the reeds on both sides of the road, opened fire with machine guns and rocket-propelled grenades. The soldiers fought back and were reinforced by troops from the Bol garrison; the militants withdrew towards the islands.

Casualties
The army said nine soldiers were killed and 16 wounded. A local official told journalists that 14 soldiers had died. The army also said its troops had killed 27 of the attackers and recovered weapons and boats.

Aftermath
The army launched a sweep of the nearby islands. A few days later, Boko Haram fighters abducted several fishermen on an island north of Bol.

Reactions
President Idriss Déby paid tribute to the soldiers who had died and promised to "eradicate" Boko Haram from the lake. The African Union condemned the attack.
"""

A012 = """Marche de Kherrata du 16 février 2021

La marche de Kherrata du 16 février 2021 est une manifestation qui a rassemblé plusieurs milliers de personnes à Kherrata, dans la wilaya de Béjaïa, en Algérie, pour le deuxième anniversaire de la première marche du Hirak. Elle a marqué le retour des manifestations de rue après près d'un an d'interruption.

Contexte
Le Hirak, mouvement de contestation né en février 2019 contre un cinquième mandat du président Abdelaziz Bouteflika, avait organisé des marches tous les vendredis à Alger et dans de nombreuses villes. Kherrata est considérée comme l'une des villes où la contestation a commencé, avec une marche le 16 février 2019. En mars 2020, les manifestations avaient été suspendues en raison de l'épidémie de Covid-19. Le 2 février 2021, un militant avait été condamné à un an de prison à Béjaïa pour des publications sur les réseaux sociaux.

Déroulement
Le mardi 16 février dans la matinée, des milliers de manifestants venus de toute la Kabylie et d'autres régions se sont rassemblés devant la stèle qui commémore la première marche. Ils ont défilé dans le calme jusqu'au centre-ville en scandant des slogans contre le pouvoir et pour un « État civil et non militaire ». Les forces de l'ordre, peu nombreuses, ne sont pas intervenues, et la marche s'est dispersée en début d'après-midi sans incident.

Bilan
Aucune arrestation ni aucun blessé n'a été signalé.

Suites
Le 22 février, des dizaines de milliers de personnes ont manifesté à Alger et dans d'autres villes. Les marches hebdomadaires du vendredi ont repris à partir du 26 février, avant d'être interdites au printemps.

Réactions
Des partis d'opposition ont salué une journée « historique ». Le président Abdelmadjid Tebboune avait gracié une soixantaine de détenus du Hirak quelques jours plus tôt.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2020-03-20", A001, "2020-02-14", V, "Attack", DNA, f"{CIV} (Mali)", [], "Ogossagou", 31),
    ("2021-05-10", A002, "2021-04-02", B, "Armed clash", JNIM, MINUSMA, [], "Aguelhok", 24),
    (
        "2020-12-01",
        A003,
        "2020-11-07",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Mali)",
        f"{CIV} (Mali)",
        [],
        "Dogofri",
        5,
    ),
    (
        "2020-04-01",
        A004,
        "2020-02-16",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        ["Christian Group (Burkina Faso)"],
        "Pansi",
        24,
    ),
    ("2020-10-15", A005, "2020-09-12", B, "Armed clash", JNIM, MBF, [VDP], "Bourzanga", 19),
    (
        "2021-08-20",
        A006,
        "2021-07-05",
        R,
        "Violent demonstration",
        "Rioters (Burkina Faso)",
        PBF,
        [],
        "Fada N'Gourma",
        1,
    ),
    (
        "2020-11-01",
        A007,
        "2018-09-17",
        V,
        "Abduction/forced disappearance",
        JNIM,
        f"{CIV} (Italy)",
        [],
        "Makalondi",
        0,
    ),
    ("2021-05-01", A008, "2021-03-21", V, "Attack", ISGS, f"{CIV} (Niger)", [], "Tillia", 141),
    ("2018-03-01", A009, "2018-01-15", B, "Armed clash", BUGRA, RADA, [], "Mitiga Airport", 20),
    ("2019-12-01", A010, "2019-10-14", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Al-Furnaj", 3),
    ("2019-11-15", A011, "2019-10-21", B, "Armed clash", BH, TD, [], "Bol", 36),
    ("2021-03-20", A012, "2021-02-16", PR, "Peaceful protest", "Protesters (Algeria)", None, [], "Kherrata", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles15.jsonl"
    write_labelled(out, ROWS, "sitrep-articles15", P.__getitem__)


if __name__ == "__main__":
    main()
