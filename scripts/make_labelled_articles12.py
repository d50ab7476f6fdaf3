# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles12.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
Mali, Burkina Faso, Niger, Chad, Libya or Algeria (2018-2021), with the ACLED-style coding of that main event.

Why: a HELD-OUT set. It was written and coded blind to the extractor's rules (only the file layout of
make_labelled_articles6.py and the helpers of make_labelled.py were looked at), and the gold was coded before
the extractor was first run, so it measures how the article rules carry to events nobody tuned them on. Nobody
should fix the extractor against it. Events that the other article sets already use were avoided where possible.
Texts are our own words, not copied from any encyclopedia or from the ACLED notes.

Provenance per article (real = a real event as remembered, details simplified; invented = plausible, real places):
 001 Kidnapping of Soumaïla Cissé, Mali, 25 Mar 2020: real; abducted between Saraféré and Koumaïra (Niafunké
     Cercle), his bodyguard killed (1); JNIM's Katiba Macina held him, coded JNIM; Civilians (Mali). Infobox.
 002 Frappe aérienne de Bounti, Mali, 3 Jan 2021 (French): real; the UN inquiry's 22 dead (19 civilians, 3
     armed men) is the lower figure against France's "about thirty"; coded France against Civilians (Mali).
 003 Bamako protests of 10 July 2020, Mali: real, simplified; the three days' toll (government 11, UN 14, M5 23)
     coded to the first day, as the article tells one repression; Protests / Excessive force against
     protesters, Protesters (Mali) as actor1 and the police as actor2, as ACLED orders a protest's sides.
 004 Toéni ambush, Burkina Faso, 23 May 2021: invented; 9 soldiers + 2 VDP + at least 15 attackers = 26;
     claimed by JNIM; VDP associated with the army.
 005 Massacre de Nagraogo, Burkina Faso, 20 Jan 2020 (French): real, simplified (the Alamou market killings of
     the same day left out); government toll 36 against "une quarantaine" locally; unclaimed, so UAG.
 006 Markoye road bombing, Burkina Faso, 12 Nov 2020: invented; a minibus on the Gorom-Gorom-Markoye road,
     14 dead (official) against 17 (local); unclaimed, so UAG; coded at Markoye, the nearer named town.
 007 Darey-Daye attack, Niger, 15 Mar 2021: real; 58 dead (government), traders returning from Banibangou
     market; unclaimed, so UAG. Infobox.
 008 Tentative de coup d'État du 31 mars 2021, Niamey, Niger (French): real; shooting near the presidency,
     no deaths reported; Battles / Armed clash, the mutineers (ACLED's "Mutiny of ..." name) against the army.
 009 Boma attack, Chad, 23 Mar 2020: real; 92 soldiers killed (the later 98 is a revision we leave as a higher
     figure); attackers' losses unknown; Boko Haram (JAS faction). Infobox.
 010 Al-Fuqaha attack, Libya, 28 Oct 2018: real, simplified; five killed, ten abducted; IS (Libya).
 011 Capture of al-Watiya air base, Libya, 18 May 2020: real; GNA regains the base from the LNA; no toll given
     for the day, so 0.
 012 Accrochage d'El Milia, Algérie, 21 June 2021 (French): invented; the army against AQIM, one soldier and
     three militants killed = 4.
Coordinates: Koumaïra, Bounti, Bamako, Toéni, Nagraogo, Markoye, Niamey from shared/gazetteer/geonames-*.txt
(feature class P, two decimals; Bounti is the first of the two Mopti points). Darey-Daye is not in the dumps:
the point is Banibangou's (GeoNames), which the village lies near (approximate). Boma (Chad), al-Fuqaha,
al-Watiya and El Milia are approximate points from memory (Chad, Libya and Algeria are not in our dumps).
Re-run after editing: ``python scripts/make_labelled_articles12.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import BH, CIV, FRANCE, GNA, ISLY, JNIM, LNA, PR, UAG, VDP, B, E, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Koumaïra": ("Mali", "Tombouctou", 15.78, -3.86),
    "Bounti": ("Mali", "Mopti", 15.20, -2.59),
    "Bamako": ("Mali", "Bamako", 12.65, -8.00),
    "Toéni": ("Burkina Faso", "Boucle du Mouhoun", 13.38, -3.20),
    "Nagraogo": ("Burkina Faso", "Centre-Nord", 13.47, -1.19),
    "Markoye": ("Burkina Faso", "Sahel", 14.64, 0.04),
    "Darey-Daye": ("Niger", "Tillaberi", 15.04, 2.70),  # approximate: Banibangou's point
    "Niamey": ("Niger", "Niamey", 13.51, 2.11),
    "Boma": ("Chad", "Lac", 13.55, 14.20),  # approximate, from memory
    "Al Fuqaha": ("Libya", "Al Jufrah", 27.83, 16.35),  # approximate, from memory
    "Al Watiya": ("Libya", "Nuqat al Khams", 32.47, 11.90),  # approximate, from memory
    "El Milia": ("Algeria", "Jijel", 36.75, 6.27),  # approximate, from memory
}
# ACLED names not in acled_names.py, defined here as we believe ACLED writes them
PML = "Police Forces of Mali (2013-2021)"
BF = "Military Forces of Burkina Faso (2015-2022)"
NE = "Military Forces of Niger (2011-2021)"
NE_MUTINY = "Mutiny of Military Forces of Niger (2011-2021)"
TD = "Military Forces of Chad (1990-2021)"
DZ = "Military Forces of Algeria (2019-)"
AQIM = "AQIM: Al Qaeda in the Islamic Maghreb"

A001 = """Kidnapping of Soumaïla Cissé

Infobox event
title: Kidnapping of Soumaïla Cissé
location: between Saraféré and Koumaïra, Niafunké Cercle, Tombouctou Region, Mali
date: 25 March 2020
type: Kidnapping
deaths: 1 (bodyguard)
perpetrators: Jama'at Nasr al-Islam wal-Muslimin (Katiba Macina)

Soumaïla Cissé, the leader of the Union for the Republic and Democracy and the main opposition figure in Mali, was kidnapped on 25 March 2020 while campaigning for the legislative elections in the Niafunké Cercle of the Tombouctou Region. His bodyguard was killed during the abduction. He was held for more than six months.

Background
Cissé, a former finance minister, had finished second in the presidential elections of 2002, 2013 and 2018. In early 2020 he stood for a seat in the National Assembly in his home constituency of Niafunké, in an area where the Katiba Macina, a component of Jama'at Nasr al-Islam wal-Muslimin (JNIM), had long operated. In the weeks before, several local election officials had been threatened and ballot materials burned in the circle.

Kidnapping
In the late afternoon, Cissé's convoy was travelling on a track between Saraféré and Koumaïra, a village about 20 kilometres from Niafunké, when armed men on motorbikes stopped it. They opened fire, killing his bodyguard and wounding two other members of his team. The gunmen took Cissé and eleven members of his delegation away. Most of the delegation were released in the following days; a few were held for a longer time.

Casualties
One person, the bodyguard, was killed. Two others were wounded, one of them seriously.

Perpetrators
No group claimed the abduction at first. Government officials and negotiators later said that he was held by the Katiba Macina of JNIM, and a video showing him in captivity circulated in August.

Aftermath
The legislative elections went ahead on 29 March despite the coronavirus and the kidnapping. After the coup of August 2020, the transitional authorities negotiated his release. Cissé was freed on 8 October 2020 together with the French aid worker Sophie Pétronin and two Italians, in exchange for about two hundred prisoners released by the Malian government. He died of COVID-19 in Paris in December 2020.

Reactions
His party organised marches in Bamako calling for his release. President Ibrahim Boubacar Keïta said everything would be done to free him, and the United Nations mission condemned the abduction.
"""

A002 = """Frappe aérienne de Bounti

La frappe aérienne de Bounti est un bombardement mené le 3 janvier 2021 par l'armée de l'air française près du village de Bounti, dans le cercle de Douentza, région de Mopti, au centre du Mali. Une enquête des Nations unies a conclu qu'elle avait touché un rassemblement de mariage.

Contexte
Depuis 2015, le centre du Mali est le théâtre d'une insurrection menée par la katiba Macina, liée au Groupe de soutien à l'islam et aux musulmans (GSIM). L'opération Barkhane y menait régulièrement des opérations avec les forces maliennes. Le 28 décembre 2020, trois soldats français avaient été tués par un engin explosif près de Hombori, et deux autres le 2 janvier près de Ménaka.

Déroulement
Vers 15 heures, un avion de chasse Mirage 2000 a largué trois bombes sur un groupe d'hommes réunis à l'écart du village. Selon l'état-major français, une opération de renseignement de plusieurs jours avait permis d'identifier un rassemblement de combattants jihadistes, et aucune femme ni aucun enfant n'était présent. Selon des habitants et l'association peule Tabital Pulaaku, les hommes étaient réunis pour célébrer un mariage.

Bilan
Le ministère français des Armées a affirmé que la frappe avait « neutralisé une trentaine de terroristes ». En mars 2021, la division des droits de l'homme de la MINUSMA a publié un rapport selon lequel 22 personnes avaient été tuées, dont 19 civils et trois hommes armés présumés membres de la katiba Serma.

Responsabilité
La France a toujours revendiqué la frappe et contesté les conclusions de l'enquête des Nations unies, dont elle a critiqué la méthode.

Suites
Le gouvernement malien de transition a d'abord soutenu la version française. Des organisations de défense des droits humains ont demandé une enquête indépendante. Les relations entre Paris et Bamako se sont dégradées au cours de l'année 2021, jusqu'au départ de Barkhane du Mali en 2022.

Réactions
Human Rights Watch et Amnesty International ont demandé que les familles des victimes soient indemnisées. Le gouvernement français a déclaré qu'il n'existait aucun doute sur la nature militaire de la cible.
"""

A003 = """2020 Bamako protests

The 2020 Bamako protests were a wave of demonstrations against President Ibrahim Boubacar Keïta led by the June 5 Movement – Rally of Patriotic Forces (M5-RFP). On 10 July 2020 security forces fired on protesters in the capital, beginning three days of unrest in which at least eleven people were killed.

Background
Anger at the government had been growing for months over insecurity in the centre and north of the country, the kidnapping of the opposition leader Soumaïla Cissé and the disputed results of the legislative elections of March and April 2020, which the Constitutional Court had revised in favour of the ruling party. The M5-RFP, a coalition of opposition parties, civil society groups and supporters of the imam Mahmoud Dicko, had already held large rallies in Bamako on 5 June and 19 June.

Protests
On Friday 10 July, thousands of people gathered at Independence Square after the midday prayer and called for civil disobedience. Groups of protesters then occupied the bridges over the Niger, blocked roads and entered the National Assembly and the building of the state broadcaster ORTM, part of which was set on fire. Police and members of the anti-terrorist special force FORSAT fired tear gas and then live ammunition to disperse the crowds. Several opposition leaders were arrested that evening and the next day. On 11 July, security forces fired near the mosque of Imam Dicko in Badalabougou, where his supporters had gathered.

Casualties
The government said eleven people were killed between 10 and 12 July and 124 were wounded. The United Nations mission counted 14 protesters killed, while the M5-RFP gave a toll of 23 dead.

Aftermath
President Keïta dissolved the Constitutional Court on 11 July and the arrested leaders were released. A mediation by the Economic Community of West African States failed to end the crisis. On 18 August 2020 soldiers arrested Keïta, who resigned that night.

Reactions
The African Union, the European Union and the United Nations condemned the use of lethal force and called for dialogue. Amnesty International asked for an inquiry into the role of the FORSAT, a unit meant for counter-terrorism.
"""

A004 = """Toéni ambush

The Toéni ambush was an attack on a patrol of the Burkinabè army and Volunteers for the Defence of the Homeland (VDP) near Toéni, in the Sourou Province of the Boucle du Mouhoun Region, on 23 May 2021.

Background
The Sourou, on the border with Mali's Mopti Region, had become one of the main fronts of the insurgency in western Burkina Faso. Fighters linked to the Katiba Macina crossed from the Mopti Region, and several gendarmerie and police posts had been abandoned in 2020. On 2 May 2021 gunmen had killed a VDP leader and three civilians at Kiembara, some 40 kilometres to the east.

Ambush
In the morning, a joint patrol returning to Toéni from the village of Bangassogo was hit by a roadside bomb and then came under fire from dozens of gunmen hiding in the bush about 12 kilometres north-west of the town. The fighting lasted nearly two hours before air support arrived from Ouahigouya and the attackers withdrew towards the Malian border.

Casualties
The army said nine soldiers and two VDP were killed and six wounded. It added that at least fifteen assailants were killed in the fighting and in the air strikes that followed.

Responsibility
The Group for the Support of Islam and Muslims (JNIM) claimed the ambush through its al-Zallaqa media outlet two days later, saying its fighters had seized weapons and a vehicle.

Aftermath
The army reinforced its detachment at Toéni and carried out sweeps in the area in the following week. Hundreds of residents of surrounding villages fled to Tougan.

Reactions
The government declared two days of national mourning. The chief of staff visited the wounded in Ouahigouya.
"""

A005 = """Massacre de Nagraogo

Le massacre de Nagraogo est une attaque commise le 20 janvier 2020 contre le village de Nagraogo, dans la commune de Barsalogho, province du Sanmatenga, région du Centre-Nord du Burkina Faso. Trente-six civils y ont été tués selon le gouvernement.

Contexte
Depuis 2019, la province du Sanmatenga est l'une des plus touchées par les violences. Le 1er janvier 2019, le massacre de Yirgou avait fait des dizaines de morts non loin de là, et des dizaines de milliers de déplacés s'étaient réfugiés à Barsalogho et à Kaya. Le 4 janvier 2020, l'explosion d'une mine au passage d'un car avait tué quatorze élèves près de Toéni, dans le nord-ouest du pays.

Déroulement
Dans l'après-midi, des hommes armés arrivés à moto ont encerclé le marché hebdomadaire de Nagraogo, à une vingtaine de kilomètres au nord de Barsalogho. Ils ont séparé les hommes des femmes puis ouvert le feu sur les hommes. Ils ont ensuite incendié des boutiques et des greniers avant de repartir en direction de Foubé. Des habitants ont indiqué que les assaillants cherchaient des membres des Volontaires pour la défense de la patrie.

Bilan
Le gouvernement a fait état de 36 civils tués et de trois blessés. Des habitants et des élus locaux ont parlé d'une quarantaine de morts.

Responsabilité
L'attaque n'a pas été revendiquée. Les autorités l'ont attribuée à des « groupes terroristes » sans les nommer.

Suites
Le jour même, des hommes armés ont aussi attaqué le village voisin d'Alamou, où plusieurs habitants ont été tués. La quasi-totalité des habitants de Nagraogo ont fui vers Kaya. Le 21 janvier, le Parlement a adopté une loi créant les Volontaires pour la défense de la patrie.

Réactions
Le président Roch Marc Christian Kaboré a décrété un deuil national de 72 heures. L'Organisation des Nations unies et l'Union européenne ont condamné l'attaque.
"""

A006 = """Markoye road bombing

The Markoye road bombing was an explosion that destroyed a passenger minibus on the road between Gorom-Gorom and Markoye, in the Oudalan Province of Burkina Faso's Sahel Region, on 12 November 2020.

Background
The Oudalan, bordering Mali and Niger, saw a sharp increase in the use of improvised explosive devices from 2019. Mines had been laid on most of the roads leading out of Gorom-Gorom, and in October 2020 two soldiers had been killed by a device near Tin-Akoff. Transporters often travelled in convoys escorted by the army, but many minibuses took the road alone.

Explosion
In the morning, the minibus, which was carrying traders to the weekly market of Markoye, struck a buried explosive device about fifteen kilometres west of Markoye. The vehicle was torn apart and caught fire. Soldiers from the Markoye detachment secured the site and evacuated the wounded to Dori.

Casualties
The government said fourteen passengers were killed and six wounded. Local sources later put the toll at seventeen dead, saying that three of the injured had died in hospital.

Responsibility
No group claimed the bombing. Both the Islamic State in the Greater Sahara and JNIM were active in the province.

Aftermath
The governor of the Sahel Region suspended traffic on the road for a week while army engineers cleared it. Traders from Markoye protested in Gorom-Gorom a few days later, demanding escorts for public transport.

Reactions
The Ministry of Transport expressed its condolences to the families and promised that the escorts would be extended to all regional roads.
"""

A007 = """Darey-Daye attack

Infobox civilian attack
title: Darey-Daye attack
location: near Darey-Daye, Banibangou department, Tillabéri Region, Niger
date: 15 March 2021
target: Traders returning from market
deaths: 58
perpetrators: unknown

The Darey-Daye attack was the massacre of 58 civilians in the Tillabéri Region of western Niger on 15 March 2021, when gunmen ambushed vehicles carrying villagers home from the weekly market at Banibangou.

Background
The north of Tillabéri, near the border with Mali, had been the main area of operation of the Islamic State in the Greater Sahara (ISGS) since 2017. On 2 January 2021 about 100 people had been killed in the villages of Tchoma Bangou and Zaroumdareye, and on 21 March, a week after Darey-Daye, another 141 people would be killed in the Tahoua Region. A new president, Mohamed Bazoum, was due to take office in early April.

Attack
In the afternoon, gunmen on motorcycles intercepted four vehicles carrying traders and villagers from the Banibangou market back to Chinégodar and nearby villages. They shot the passengers, then set fire to the vehicles and to a granary near Darey-Daye before leaving in the direction of the Malian border.

Casualties
The government said 58 people were killed and several wounded. It declared three days of national mourning.

Responsibility
No group claimed the attack. Officials blamed "terrorists" without naming them.

Aftermath
The army sent reinforcements to Banibangou and Ouallam. Many residents of the area fled to Ouallam in the following weeks.

Reactions
The United Nations Secretary-General condemned the attack and urged the authorities to bring the perpetrators to justice. The European Union sent its condolences to the families.
"""

A008 = """Tentative de coup d'État de 2021 au Niger

La tentative de coup d'État de 2021 au Niger est une tentative de prise du pouvoir par une unité de l'armée nigérienne dans la nuit du 30 au 31 mars 2021 à Niamey, deux jours avant l'investiture du président élu Mohamed Bazoum.

Contexte
Le 21 février 2021, Mohamed Bazoum avait remporté le second tour de l'élection présidentielle face à Mahamane Ousmane, qui avait contesté les résultats. Des manifestations avaient fait deux morts à Niamey fin février. Le Niger avait déjà connu plusieurs coups d'État, dont le dernier en 2010, et une tentative avait été déjouée en 2015.

Déroulement
Vers 3 heures du matin le 31 mars, des tirs nourris à l'arme lourde ont éclaté près de la présidence, dans le quartier du Plateau. Des militaires venus de la base aérienne 101, près de l'aéroport, ont tenté de s'emparer du palais présidentiel. La garde présidentielle a riposté et repoussé les assaillants après une vingtaine de minutes d'échanges de tirs. Plusieurs militaires ont été arrêtés dans la matinée.

Bilan
Aucun mort n'a été signalé. Le gouvernement a indiqué que la situation était « sous contrôle ».

Responsables
Le gouvernement a désigné le capitaine Sani Saley Gourouza, chargé de la sécurité de la base aérienne, comme le meneur de la tentative. Il a pris la fuite avant d'être arrêté au Bénin puis remis au Niger en avril.

Suites
Mohamed Bazoum a été investi comme prévu le 2 avril 2021. Une vingtaine de militaires ont été poursuivis devant le tribunal militaire.

Réactions
La Communauté économique des États de l'Afrique de l'Ouest et l'Union africaine ont condamné la tentative et réaffirmé leur soutien aux institutions.
"""

A009 = """Boma attack

Infobox military conflict
conflict: Boma attack
partof: the Boko Haram insurgency
date: 23 March 2020
place: Boma, Lac Province, Chad
combatant1: Chad
combatant2: Boko Haram
casualties1: 92 soldiers killed, 47 wounded
casualties2: unknown

The Boma attack was an assault by Boko Haram fighters on a Chadian army base on the Boma peninsula, in the Lac Province of western Chad, on 23 March 2020. With 92 soldiers killed, it was the deadliest single attack on the Chadian army.

Background
The islands and marshes of Lake Chad had been a refuge for Boko Haram since 2015. In January 2020 fighters of the group's Shekau faction had killed nine people at Kaiga Kindjiria, and Chadian troops had withdrawn from some positions on the lake after an attack near Ngouboua.

Attack
Early in the morning, hundreds of fighters arrived on motorboats and attacked the base from several directions. The fighting lasted about seven hours. The attackers destroyed or seized dozens of vehicles, including armoured ones, and took heavy weapons before retreating to the islands.

Casualties
President Idriss Déby said 92 soldiers had been killed and 47 wounded; later reports raised the toll to 98. The attackers' losses were not known.

Perpetrators
The army blamed Boko Haram, the faction of Abubakar Shekau known as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad.

Aftermath
Déby led in person a counter-offensive, "Wrath of Boma", from 31 March to 8 April. The army said it had killed about 1,000 militants and lost 52 soldiers. Chad then announced it would no longer take part in operations outside its borders.

Reactions
The African Union and the United Nations condemned the attack and expressed support for Chad.
"""

A010 = """Al-Fuqaha attack

The al-Fuqaha attack was a raid by fighters of the Islamic State on the town of al-Fuqaha, in the Jufra District of central Libya, on the night of 28 October 2018. Five people were killed and ten others abducted.

Background
After losing Sirte in December 2016, the Islamic State in Libya had regrouped in the desert south of the town and attacked villages and checkpoints in the Jufra and Fezzan. In September 2018 its fighters had attacked the headquarters of the National Oil Corporation in Tripoli, and in July the group had kidnapped several people in the same area.

Attack
About 25 armed men in a dozen vehicles entered al-Fuqaha late in the evening. They raided the police station, set fire to houses and cars and went from house to house looking for members of the local security forces. They killed the head of the local council, his son and three other residents, and took ten people with them when they left towards the south.

Casualties
Five people were killed, according to the Jufra municipality. Two others were wounded.

Responsibility
The Islamic State claimed the raid through its Amaq agency, saying it had targeted supporters of Khalifa Haftar.

Aftermath
The Libyan National Army sent forces to the area, and families of the abducted called for negotiations. Some of the hostages were later found dead, and others were freed in 2019.

Reactions
The United Nations Support Mission in Libya condemned the attack and the kidnappings. Residents of the town said they felt abandoned by the authorities.
"""

A011 = """Capture of al-Watiya air base

The capture of al-Watiya air base took place on 18 May 2020, during the Second Libyan Civil War, when forces of the Government of National Accord (GNA) took control of the air base in western Libya from the Libyan National Army (LNA) of Khalifa Haftar.

Background
Al-Watiya, about 125 kilometres south-west of Tripoli and some 30 kilometres from the Tunisian border, had been held by forces loyal to Haftar since 2014. It was the LNA's main base in the west during its offensive on Tripoli, launched in April 2019. From April 2020 the GNA, supported by Turkey, launched Operation Peace Storm and retook the coastal towns of Sabratha and Surman on 13 April. GNA drones repeatedly struck the base in the following weeks, destroying air defence systems.

Capture
After a siege of several weeks, GNA forces entered al-Watiya in the morning of 18 May, encountering little resistance as LNA units had withdrawn overnight towards al-Rujban and Zintan. GNA media published images of fighters inside the base next to an abandoned air defence system.

Casualties
No casualty figures were given for the capture. Earlier drone strikes on the base had killed several LNA fighters.

Aftermath
The loss of al-Watiya was followed by the GNA's capture of the towns of Badr and Tiji on 19 May and of Tarhuna on 5 June, ending the LNA's offensive on Tripoli. Turkey later used the base to station equipment.

Reactions
GNA Prime Minister Fayez al-Sarraj called the capture an important victory. The LNA said its withdrawal was a tactical repositioning.
"""

A012 = """Accrochage d'El Milia

L'accrochage d'El Milia est un affrontement entre l'Armée nationale populaire algérienne et un groupe armé islamiste survenu le 21 juin 2021 dans les monts boisés au sud d'El Milia, dans la wilaya de Jijel, au nord-est de l'Algérie.

Contexte
Après la fin de la guerre civile, des groupes liés à Al-Qaïda au Maghreb islamique (AQMI) se sont maintenus dans les massifs forestiers de Kabylie et du Nord-Constantinois. L'armée y mène régulièrement des opérations de ratissage. En janvier 2021, deux civils avaient été tués par une bombe artisanale dans la wilaya de Tipaza, et en avril un militant avait été abattu près de Skikda.

Déroulement
Sur la base de renseignements, un détachement de l'armée a lancé une opération de recherche dans la forêt de Beni Sbihi, à une quinzaine de kilomètres au sud d'El Milia. Au cours de la matinée, les soldats ont localisé un groupe de terroristes et un échange de tirs a suivi.

Bilan
Selon le ministère de la Défense nationale, trois terroristes appartenant à AQMI ont été neutralisés et un soldat a été tué. Deux fusils-mitrailleurs de type Kalachnikov et des munitions ont été récupérés.

Suites
L'opération de ratissage s'est poursuivie pendant plusieurs jours dans la zone. Le 24 juin, l'armée a annoncé l'arrestation de deux éléments de soutien à Jijel.

Réactions
Le chef d'état-major de l'armée, le général Saïd Chanegriha, a salué le professionnalisme des unités engagées et présenté ses condoléances à la famille du soldat tué. Dans son bilan semestriel, le ministère a rappelé que plusieurs dizaines de terroristes avaient été neutralisés ou s'étaient rendus depuis le début de l'année dans le cadre de la lutte antiterroriste.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2020-04-10", A001, "2020-03-25", V, "Abduction/forced disappearance", JNIM, f"{CIV} (Mali)", [], "Koumaïra", 1),
    ("2021-04-15", A002, "2021-01-03", E, "Air/drone strike", FRANCE, f"{CIV} (Mali)", [], "Bounti", 22),
    (
        "2020-08-01",
        A003,
        "2020-07-10",
        PR,
        "Excessive force against protesters",
        "Protesters (Mali)",
        PML,
        [],
        "Bamako",
        11,
    ),
    ("2021-06-10", A004, "2021-05-23", B, "Armed clash", JNIM, BF, [VDP], "Toéni", 26),
    (
        "2020-02-15",
        A005,
        "2020-01-20",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Nagraogo",
        36,
    ),
    (
        "2020-12-01",
        A006,
        "2020-11-12",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Markoye",
        14,
    ),
    ("2021-04-01", A007, "2021-03-15", V, "Attack", f"{UAG} (Niger)", f"{CIV} (Niger)", [], "Darey-Daye", 58),
    ("2021-04-20", A008, "2021-03-31", B, "Armed clash", NE_MUTINY, NE, [], "Niamey", 0),
    ("2020-04-20", A009, "2020-03-23", B, "Armed clash", BH, TD, [], "Boma", 92),
    ("2018-11-20", A010, "2018-10-28", V, "Attack", ISLY, f"{CIV} (Libya)", [], "Al Fuqaha", 5),
    ("2020-06-15", A011, "2020-05-18", B, "Government regains territory", GNA, LNA, [], "Al Watiya", 0),
    ("2021-07-10", A012, "2021-06-21", B, "Armed clash", DZ, AQIM, [], "El Milia", 4),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles12.jsonl"
    write_labelled(out, ROWS, "sitrep-articles12", P.__getitem__)


if __name__ == "__main__":
    main()
