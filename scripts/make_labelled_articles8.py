# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles8.jsonl: twelve whole encyclopedia-style articles, each about ONE conflict
event in Mali, Burkina Faso, Niger, Libya, Chad or Algeria (2018-2021), with the ACLED-style coding of that
main event.

Why: the sealed test set scores the FIRST event written for a whole article, so the main event must win over
background attacks, a neighbouring attack the same night, later reprisals, funerals, reactions, per-side
casualty breakdowns and conflicting tolls. This set was written and coded blind to the extractor's rules (only
the file layout of make_labelled_articles6.py/7.py was looked at). Texts are our own words, not copied from any
encyclopedia; reference lines are made up.

Provenance per article (real = a real event as remembered; details may be simplified or invented as said):
 001 2021 Tessit ambush, Mali, 15 Mar 2021 (infobox): real; 33 soldiers dead (army) plus about 20 attackers
     (army claim) = 53; claimed by IS, coded ISGS; Battles / Armed clash. The background tolls are as
     remembered, the reference line invented.
 002 Gangafani II massacre, Mali, 17 Jun 2019: real (Gangafani II and Yoro, Koro Cercle, 38 dead in all per
     the government); the split 24 + 14 and the 41 of the Dogon association are our simplification. ACLED
     codes one event per village, so the primary event is Gangafani with 24. Unclaimed: Unidentified Armed
     Group, the Dogon victims' ethnic group as associated actor (ACLED habit).
 003 Rétrocession de la base de Tombouctou, Mali, 14 Dec 2021 (French): real handover of the Barkhane base to
     the Malian army; Strategic developments / Non-violent transfer of territory, France to Mali; the 2018
     camp attack of the background is real, its tolls as remembered.
 004 2018 Pama roadside bombing, Burkina Faso, 28 Aug 2018 (infobox): real as remembered (an army vehicle on
     an IED near Pama, Est); seven dead (government) against eight (local sources, invented); unclaimed.
 005 Abduction of Souaibou Cissé, grand imam of Djibo, Burkina Faso, 11 Aug 2020: real; abducted from a bus
     south of Djibo, body found on 15 Aug (a separate event); the abduction is coded, no deaths. The "ten
     kilometres" is our simplification. Unclaimed.
 006 Manifestation du 27 novembre 2021 à Ouagadougou (French): real banned protest against insecurity,
     dispersed with tear gas; the wounded and arrest figures are invented; Protests / Protest with
     intervention, no deaths.
 007 Massacre de Darey-Daye, Niger, 15 Mar 2021 (French): real (villagers and traders returning from the
     Banibangou market); 58 (official) against 66 (local figure as remembered); unclaimed, ISGS only
     suspected, so Unidentified Armed Group.
 008 Opening of Niger Air Base 201, Agadez, 1 Nov 2019: real base; the exact start date is our
     simplification of the reported start of drone flights; Strategic developments / Headquarters or base
     established, US forces, no deaths.
 009 September 2019 Mitiga Airport shelling, Tripoli, Libya, 1 Sep 2019: real as remembered (shells as a
     Hajj flight landed, four wounded, no deaths); blamed on the LNA; civilians as actor2.
 010 Capture of al-Watiya Air Base, Libya, 18 May 2020 (infobox): real; Battles / Government regains
     territory, GNA against LNA; per-side tolls (two GNA fighters, eleven LNA bodies) are invented.
 011 Kouri Bougoudi attack, Chad, night of 10 to 11 Aug 2018: real CCMSR attack on the army in the Tibesti
     gold fields; the tolls (three soldiers; "about a dozen" attackers per the army = 12; 15 in all) and
     details are invented; the attack began after midnight, so the 11th.
 012 Émeutes de Tinzaouatine, Algeria, 16 Jun 2020 (French): real as remembered (protests against a
     border fence, one young man shot dead); stones thrown and a vehicle burned, so Riots / Violent
     demonstration, rioters against the army; details simplified.
Coordinates: Gangafani, Timbuktu (Tombouctou), Pama, Djibo, Ouagadougou and Agadez from
shared/gazetteer/geonames-*.txt, feature class P, two decimals. Tessit: GeoNames' P point (15.22, -0.30)
looks sign-flipped, so the longitude of its CMP entry "Tessi" (0.29) was taken. Darey-Daye (near
Banibangou), Mitiga, al-Watiya, Kouri Bougoudi and Tinzaouatine (Algerian side; the Malian twin town is in
GeoNames at 19.95, 2.97) are approximate, from memory.
Admin1 of al-Watiya (Nuqat al Khams) is from memory and uncertain.
Re-run after editing: ``python scripts/make_labelled_articles8.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CCMSR, CIV, DZ19, FRANCE, GNA, ISGS, LNA, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Tessit": ("Mali", "Gao", 15.22, 0.29),
    "Gangafani": ("Mali", "Mopti", 14.38, -2.40),
    "Tombouctou": ("Mali", "Tombouctou", 16.77, -3.01),
    "Pama": ("Burkina Faso", "Est", 11.25, 0.71),
    "Djibo": ("Burkina Faso", "Sahel", 14.10, -1.63),
    "Ouagadougou": ("Burkina Faso", "Centre", 12.37, -1.53),
    "Darey-Daye": ("Niger", "Tillaberi", 14.90, 2.55),
    "Agadez": ("Niger", "Agadez", 16.97, 7.99),
    "Mitiga": ("Libya", "Tripoli", 32.89, 13.28),
    "al-Watiya": ("Libya", "Nuqat al Khams", 32.47, 11.90),
    "Kouri Bougoudi": ("Chad", "Tibesti", 21.15, 16.55),
    "Tinzaouatine": ("Algeria", "Tamanrasset", 19.96, 2.93),
}
# names not in acled_names.py, written as we believe ACLED writes them
ML = "Military Forces of Mali (2013-2021)"
BF = "Military Forces of Burkina Faso (2015-2022)"
PBF = "Police Forces of Burkina Faso (2015-2022)"
TD = "Military Forces of Chad (1990-2021)"
USA = "Military Forces of the United States (2017-2021)"
DOGON = "Dogon Ethnic Group (Mali)"

A001 = """2021 Tessit ambush

Date: 15 March 2021
Location: near Tessit, Ansongo Cercle, Gao Region, Mali
Belligerents: Malian Armed Forces; Islamic State in the Greater Sahara
Casualties: 33 soldiers killed, 14 wounded; about 20 attackers killed (army claim)

The 2021 Tessit ambush was an attack on a detachment of the Malian Armed Forces (FAMa) a few kilometres outside the garrison town of Tessit, in the Liptako-Gourma "three borders" area of north-eastern Mali, on 15 March 2021.[1] It was the deadliest single attack on the Malian army that year.

Background
Tessit lies in the Ansongo Cercle, close to the borders with Niger and Burkina Faso, on the route between Gao and the pastures of the Gourma. Its camp had been raided several times. In August 2017 gunmen briefly overran part of the post and killed two soldiers, and in April 2020 an attack on the same camp cost the lives of about twenty soldiers.[2] Across the border area the army had suffered heavy losses in late 2019: 53 soldiers and a civilian died at Indelimane on 1 November, and dozens more were killed near Tabankort three weeks later. After these attacks the government withdrew troops from several isolated posts.

The attack
The detachment, made up of several vehicles, had left the camp to secure a supply route when it was struck by a large force of gunmen on motorcycles and in pickup trucks armed with heavy machine guns. The fighting lasted several hours. The attackers set fire to a number of vehicles and took weapons and ammunition before withdrawing towards the Niger border. Reinforcements from Gao and aircraft of the French Operation Barkhane arrived in the afternoon and pursued the attackers.[1]

Casualties
According to the army's statement issued the same evening, 33 soldiers were killed and 14 wounded, several of them seriously; the wounded were evacuated to Gao.

The army also said that about twenty attackers had been killed and that it had recovered motorcycles and weapons. This figure could not be verified independently.

Responsibility
The Islamic State in the Greater Sahara (ISGS), which had long operated in the Ménaka and Ansongo areas, claimed the ambush through the Amaq news agency two days later and published photographs of the captured vehicles.

Aftermath
The bodies of the soldiers were flown to Bamako, where a ceremony was held at the Kati military camp. The government declared three days of national mourning. Six days later, on 21 March 2021, gunmen killed 141 villagers in the Tahoua Region of neighbouring Niger, in attacks blamed on the same group.

References
1. "Mali: 33 soldats tués dans une embuscade près de Tessit", Sahel Matin, 16 March 2021.
2. "Tessit camp attacked again", Gao Weekly, 8 April 2020.
"""

A002 = """Gangafani II massacre

The Gangafani II massacre was the killing of twenty-four villagers in Gangafani II, a Dogon hamlet of the commune of Yoro, in the Koro Cercle of the Mopti Region of central Mali, close to the border with Burkina Faso. The attack took place in the early evening of 17 June 2019, as farmers were returning from their fields at the start of the rainy season.

Background
From 2018 the central Malian plateau and the Séno plain were torn by violence between Dogon hunters' militias and armed men from the Fulani community, in parallel with the jihadist insurgency of the Macina. On 23 March 2019 about 160 Fulani villagers were killed at Ogossagou, near Bankass. On 9 June 2019, at Sobane Da in the commune of Sangha, 35 Dogon residents were killed; the government first gave a toll of 95, which it later revised down. The area of Yoro and Dinangourou had seen several smaller raids on hamlets and cattle thefts in the preceding weeks.

Events
At around six in the evening, dozens of armed men on motorcycles surrounded Gangafani II. They fired on men working in the millet fields and then entered the hamlet, where they shot residents in their homes. Granaries, houses and carts were set on fire and livestock was driven away. The gunmen left before nightfall in the direction of the border.

Related attack
Almost simultaneously, another group of gunmen raided the village of Yoro itself, some fifteen kilometres away, where fourteen people were killed. Soldiers posted nearby reached Yoro first; they arrived in Gangafani II only the next morning.

Casualties
The government gave a toll of 38 dead for the two villages: 24 in Gangafani II and 14 in Yoro. Several people were wounded and evacuated to Koro. A Dogon cultural association put the total at 41 dead and said that some residents were still missing.

Perpetrators
No group claimed responsibility. The government attributed the killings to "terrorists" without naming them, and the identity of the attackers was never established. Dogon organisations accused armed men from the Fulani community, who denied any role.

Aftermath
The victims were buried in a mass grave on 18 June in the presence of the prefect of Koro. Hundreds of residents fled to Koro and to Burkina Faso in the following days. President Ibrahim Boubacar Keïta visited the area later that month and called for disarmament of all militias. On 1 July, gunmen killed more than twenty people in two hamlets of the neighbouring commune of Dinangourou.

See also
Ogossagou massacre
Sobane Da massacre
"""

A003 = """Rétrocession de la base de Tombouctou

La rétrocession de la base de Tombouctou est la remise par l'armée française aux Forces armées maliennes (FAMa) de l'emprise militaire qu'occupait l'opération Barkhane à Tombouctou, dans le nord du Mali, le 14 décembre 2021. Elle marque la fin de près de neuf années de présence militaire française dans la ville.

Contexte
Les troupes françaises étaient entrées à Tombouctou en janvier 2013, pendant l'opération Serval, aux côtés de l'armée malienne. La ville abritait depuis lors un camp de la MINUSMA et une emprise française à proximité de l'aéroport. Le 14 avril 2018, ce « super camp » avait été la cible d'une attaque complexe mêlant tirs d'obus et véhicules piégés : un Casque bleu avait été tué et une quinzaine d'assaillants étaient morts, tandis que plusieurs soldats français avaient été blessés[1].

En juin 2021, le président Emmanuel Macron annonce la fin de Barkhane sous sa forme d'alors et la fermeture des bases les plus septentrionales. La base de Kidal est quittée à la mi-octobre 2021, puis celle de Tessalit en novembre de la même année. Les relations entre Paris et les autorités de transition de Bamako se dégradent dans le même temps, sur fond de rumeurs de contrat avec la société russe Wagner.

Déroulement
La cérémonie, sobre, s'est tenue dans la matinée en présence du commandant de la force Barkhane et du gouverneur de la région. Le drapeau français a été descendu et le drapeau malien hissé au mât de la base. Les derniers éléments français ont ensuite quitté la ville par voie aérienne et par convoi en direction de Gao, où sont regroupées les forces restantes. Un détachement de l'armée malienne a pris possession des installations, dont les hangars et le poste de commandement.

Réactions
L'état-major français a présenté le départ comme la suite logique d'un plan annoncé de longue date. Des habitants de Tombouctou ont dit craindre une dégradation de la sécurité sur les routes, notamment vers Goundam et Léré. Le gouvernement malien a salué une étape de la « montée en puissance » de ses forces.

Suites
Fin décembre 2021, plusieurs médias font état de l'arrivée d'instructeurs russes à Tombouctou. En février 2022, Paris et ses partenaires européens annoncent le retrait complet de leurs forces du Mali.

Notes et références
1. « Attaque contre le camp de Tombouctou », Le Républicain du Nord, 15 avril 2018.
2. « Barkhane quitte Tombouctou », Journal du Sahel, 15 décembre 2021.
"""

A004 = """2018 Pama roadside bombing

Date: 28 August 2018
Location: road between Pama and Kompienbiga, Kompienga Province, Est Region, Burkina Faso
Target: Burkinabè army patrol
Attack type: improvised explosive device
Deaths: 7
Injured: 3
Perpetrators: unknown

The 2018 Pama roadside bombing was the destruction of a Burkinabè army vehicle by an improvised explosive device in the early hours of 28 August 2018, about twenty kilometres from Pama, in the Est Region of Burkina Faso. It was then the deadliest single attack on the security forces in the east of the country.

Background
In 2018 the insurgency that had begun in the north spread to the forests of the Est Region, along the borders with Niger, Benin and Togo. Forest guards' posts and gendarmeries were attacked and schools closed. On 4 August 2018, six people, five of them gendarmes, were killed when a mine exploded under their vehicle on the road to the Boungou gold mine, near Fada N'Gourma. Residents of several villages around Pama had already received threats ordering them to stop cooperating with the army.

Explosion
The patrol, in two vehicles, had left Pama before dawn to check the road towards Kompienbiga after reports of suspicious movements. The leading vehicle struck a buried charge and was torn apart. The soldiers in the second vehicle gave first aid and called for reinforcements; no gunfire was reported after the blast.

Casualties
The government said seven soldiers were killed and three wounded. Local sources later spoke of eight dead, saying that a wounded soldier had died during his evacuation to Fada N'Gourma, but the army did not confirm this.

Responsibility
No group claimed the attack. Security officials suspected fighters linked to Ansaroul Islam or to Group for the Support of Islam and Muslims cells that had moved into the parks of the east, but no arrests followed.

Aftermath
A funeral ceremony for the soldiers was held in Fada N'Gourma on 30 August. The army reinforced its presence in Kompienga and Tapoa provinces and launched a sweep in the Pama forest, during which it said it had destroyed several camps. In September 2018, another explosive device killed two soldiers near Diapaga.

See also
Insurgency in the Est Region of Burkina Faso
"""

A005 = """Abduction of Souaibou Cissé

The abduction of Souaibou Cissé, the grand imam of Djibo, took place on 11 August 2020, when armed men stopped the public bus on which he was travelling home from Ouagadougou, about ten kilometres south of Djibo, the capital of Soum Province in northern Burkina Faso. The 73-year-old cleric was taken away by his captors and was never seen alive again.

Background
Djibo had been cut off for months by armed groups who controlled much of the countryside of Soum. Local notables were repeatedly targeted. On 3 November 2019 the mayor of Djibo, Oumarou Dicko, was shot dead with three companions on the road between Djibo and Ouagadougou. Traders, teachers and civil servants had been kidnapped on the same road in the first half of 2020, and several were later released after ransoms were paid. The grand imam was known for sermons calling for peace and for cooperation with the authorities.

The abduction
Gunmen on motorcycles blocked the road in front of the bus in the early afternoon. They ordered the passengers to get off, checked their identity papers and singled out the imam. He was put on one of the motorcycles and driven into the bush. The other passengers, among them several traders and a teacher, were allowed to continue to Djibo, where they alerted the authorities.

Perpetrators
No group claimed the kidnapping. Residents suspected fighters of Ansaroul Islam or of the Group for the Support of Islam and Muslims, who were active in the area, but the authorities did not attribute it.

Aftermath
On 15 August, the imam's body was found by herders near the road a few kilometres from Djibo. His funeral was held in Djibo the next day and was attended by thousands of people. President Roch Marc Christian Kaboré condemned the killing, and the Federation of Islamic Associations of Burkina called for national unity. In the weeks that followed, several other travellers were abducted on the same road, and in late August a convoy of traders was attacked near Namssiguia.

References
1. "Djibo grand imam kidnapped", Le Soum Info, 12 August 2020.
2. "Body of Djibo imam found", Burkina Daily, 16 August 2020.
"""

A006 = """Manifestation du 27 novembre 2021 à Ouagadougou

La manifestation du 27 novembre 2021 à Ouagadougou est un rassemblement de protestation contre l'insécurité et contre la gestion de la crise sécuritaire par le président Roch Marc Christian Kaboré, organisé dans la capitale du Burkina Faso malgré une interdiction de la mairie et dispersé par la police à coups de gaz lacrymogène.

Contexte
Le 14 novembre 2021, l'attaque du détachement de gendarmerie d'Inata, dans la province du Soum, avait fait 53 morts, dont 49 gendarmes. La révélation que les gendarmes manquaient de vivres depuis plusieurs jours avait suscité une vive colère. Du 18 au 20 novembre, à Kaya, des habitants avaient bloqué un convoi militaire français ; la dispersion de la foule avait fait plusieurs blessés. Le gouvernement avait ensuite suspendu l'internet mobile pendant plusieurs jours.

Déroulement
Un collectif d'organisations de la société civile, la « Coalition du 27 novembre », avait appelé à manifester place de la Nation. Dès le matin, des centaines de jeunes se sont rassemblés aux abords de la place, encerclée par les forces de l'ordre. Les manifestants, qui scandaient des slogans hostiles au chef de l'État et réclamaient sa démission, ont été dispersés par des tirs de gaz lacrymogène de la police nationale. Des groupes se sont reformés dans plusieurs quartiers, notamment à Tampouy et à Dapoya, avant d'être à nouveau dispersés en début d'après-midi.

Bilan
Aucun mort n'a été signalé. Le service d'urgence du centre hospitalier Yalgado-Ouédraogo a indiqué avoir pris en charge une dizaine de blessés légers, la plupart incommodés par les gaz. La police a procédé à une vingtaine d'interpellations ; les personnes arrêtées ont été relâchées dans la soirée.

Réactions
Le gouvernement a dénoncé une manifestation « non autorisée » et appelé au calme. Plusieurs partis de l'opposition ont condamné la répression et demandé la libération des manifestants. L'Union africaine a appelé au dialogue.

Suites
Le 8 décembre 2021, le président Kaboré a nommé un nouveau Premier ministre. Le mécontentement a toutefois persisté et, le 24 janvier 2022, des militaires ont renversé le président.

Notes et références
1. « Ouagadougou : la manifestation dispersée », L'Observateur du Faso, 28 novembre 2021.
"""

A007 = """Massacre de Darey-Daye

Le massacre de Darey-Daye est une attaque armée commise le 15 mars 2021 contre des villageois et des commerçants qui rentraient du marché hebdomadaire de Banibangou, près du hameau de Darey-Daye, dans la commune de Banibangou, département du même nom, région de Tillabéri, dans l'ouest du Niger[1].

Contexte
La zone frontalière du Mali, dans le nord de la région de Tillabéri, est le théâtre d'attaques répétées depuis 2017. Le 9 janvier 2020, 89 soldats avaient été tués dans l'attaque du camp de Chinégodar. Le 2 janvier 2021, une centaine d'habitants avaient été massacrés dans les villages de Tchoma Bangou et de Zaroumadareye, dans la commune de Tondikiwindi. Les marchés de la zone étaient soumis à des prélèvements forcés et à des menaces contre les comités de vigilance.

Déroulement
En fin d'après-midi, des hommes armés circulant à moto ont intercepté un minibus et plusieurs camions qui ramenaient les clients du marché vers leurs villages. Les passagers, pour la plupart des cultivateurs et des petits commerçants, ont été contraints de descendre puis abattus. Les assaillants ont ensuite attaqué le hameau de Darey-Daye, où ils ont tué des habitants, incendié des greniers et des véhicules, et emporté du bétail[note 1].

Bilan
Le gouvernement nigérien a annoncé le 16 mars un bilan de 58 morts et d'un blessé[2]. Des élus locaux ont ensuite avancé le chiffre de 66 morts, dont plusieurs personnes dont les corps n'avaient été retrouvés que le lendemain.

Auteurs
L'attaque n'a pas été revendiquée. Les autorités ont parlé de « terroristes » sans les identifier ; des observateurs ont évoqué l'État islamique au Grand Sahara, actif dans la zone, sans que cette piste soit confirmée.

Suites
Le gouvernement a décrété un deuil national de trois jours. Le 21 mars 2021, des attaques contre les villages d'Intazayene, de Bakorat et de Wistane, dans la région de Tahoua, ont fait 141 morts. Le nouveau président Mohamed Bazoum, investi le 2 avril, a promis de renforcer la présence militaire dans le nord de la région.

Notes
1. Les villageois de la zone se déplaçaient en convoi depuis les attaques de janvier.

Références
1. « Tillabéri : des dizaines de civils tués près de Banibangou », Le Sahel, 16 mars 2021.
2. Communiqué du gouvernement de la République du Niger, 16 mars 2021.
"""

A008 = """Opening of Niger Air Base 201

Niger Air Base 201 is a military airfield built by the United States outside the city of Agadez, in central Niger. Armed drone flights from the base began on 1 November 2019, when the United States Air Force started operating MQ-9 Reaper aircraft from the new runway.[1] The facility, which cost about 110 million dollars, was at the time the largest construction project ever undertaken by the US military on its own in Africa.

Background
The United States had flown surveillance drones from Niamey, at Base Aérienne 101 next to the capital's airport, since 2013. The ambush at Tongo Tongo on 4 October 2017, in which four American and four Nigerien soldiers were killed, drew public attention to the presence of US troops in Niger. Construction of the Agadez base began in 2016 on land belonging to the Nigerien armed forces, a few kilometres from the town. It was delayed by the difficulty of building a runway able to carry heavy transport aircraft in the Sahara.[2]

Opening
After months of tests, the drones and their crews were transferred from Niamey to Agadez in the autumn of 2019. The first armed flights from Base 201 took place on 1 November. Officials said the base would be used for surveillance and strikes against jihadist groups across the Sahel and the Lake Chad basin, with the agreement of the Nigerien government. The base remained formally under Nigerien sovereignty, and the US personnel were described as guests.

Reactions
The Nigerien government described the base as a contribution to regional security. Members of the opposition and civil society groups in Agadez criticised the lack of public debate on foreign military bases and said that the drones would make the town a target. Human rights organisations called for transparency on the rules governing drone strikes.

Aftermath
In December 2019, after the attack on the Inates camp in which 71 Nigerien soldiers were killed, the government asked its partners for increased air support. The base also hosted French and Nigerien aircraft on an occasional basis.

References
1. "US drones begin flying from Agadez", Air Sahel Review, 5 November 2019.
2. "Base 201: a runway in the desert", Defence Africa, 12 March 2019.
"""

A009 = """September 2019 Mitiga Airport shelling

The September 2019 Mitiga Airport shelling was a rocket and artillery attack on Mitiga International Airport, then the only functioning civilian airport of Tripoli, Libya, on 1 September 2019. It took place during the offensive of the Libyan National Army (LNA) on the capital, which had begun in April of that year.

Background
Mitiga, a former air base in the Souq al-Juma district, had been closed several times since the start of the offensive. On 2 July 2019, an air strike on the Tajoura detention centre, a few kilometres to the east, killed 53 migrants. In late July, rockets fell on the airport car park, and on 15 August the airport was shut for several days after shells hit near the runway. The LNA said it was targeting Turkish-made drones that, it claimed, were operated from the airport.[1]

Events
In the evening, a number of shells and rockets landed on the apron and near the terminal as a plane bringing back pilgrims from the Hajj was landing. Passengers were evacuated from the aircraft, and an airliner parked on the tarmac was damaged. Flights were suspended and diverted to Misrata.

Casualties
Four people were injured, among them a member of the cabin crew and two pilgrims; no deaths were reported. The health ministry said the wounded had been taken to hospitals in the capital.

Responsibility
The Government of National Accord (GNA) blamed the LNA of Khalifa Haftar, which did not deny the shelling and repeated that the airport was a legitimate military target.

Aftermath
The airport reopened several days later but was hit again in the following weeks. On 18 November, an air strike on a biscuit factory in Wadi al-Rabie killed ten workers. The United Nations envoy, Ghassan Salamé, condemned the shelling of civilian infrastructure and warned that such attacks might constitute war crimes.

References
1. "Rockets hit Tripoli airport as pilgrims return", Libya Tribune, 2 September 2019.
"""

A010 = """Capture of al-Watiya Air Base

Date: 18 May 2020
Location: al-Watiya Air Base, western Libya
Result: Government of National Accord victory
Belligerents: Government of National Accord; Libyan National Army
Casualties: two GNA fighters killed; eleven LNA fighters killed (GNA claim)

The capture of al-Watiya Air Base was the seizure by forces loyal to the Government of National Accord (GNA) of the al-Watiya air base, south-west of Tripoli, from the Libyan National Army (LNA) of Khalifa Haftar, on 18 May 2020. It was the LNA's last major position in north-western Libya and its loss marked the turning point of the Western Libya campaign.

Background
Al-Watiya, about 140 kilometres south-west of Tripoli and some 25 kilometres south of the town of al-Jamil, had been held by forces allied to Haftar since 2014. During the offensive on Tripoli, launched in April 2019, it served as the LNA's main air base in the west. After Turkey increased its military support to the GNA, government forces took the coastal cities of Sabratha and Surman on 13 April 2020. An attempt to storm the base in late March had failed, and drone strikes had destroyed several air defence systems in and around the base in the days before its fall.

Battle
On the morning of the assault, GNA units advanced on the base from several directions under the cover of drones. After brief fighting on its perimeter, the LNA garrison withdrew towards al-Rujban and Zintan. GNA fighters entered the base before noon and found aircraft, armoured vehicles and a Russian-made air defence system left behind.

Casualties
The GNA said that two of its fighters had been killed and several wounded. It said its forces had found the bodies of eleven LNA fighters in and near the base.

The LNA said its forces had withdrawn in good order and did not give a toll.

Aftermath
Within days, the LNA lost its positions in al-Asabaa and the towns of Badr and Tiji. On 4 June 2020, GNA forces took Tripoli International Airport, and on 5 June they entered Tarhuna, where mass graves were later discovered. The LNA withdrew towards Sirte and al-Jufra.
"""

A011 = """Kouri Bougoudi attack

The Kouri Bougoudi attack was a raid by rebels of the Military Command Council for the Salvation of the Republic (CCMSR) on positions of the Chadian army in the gold-mining area of Kouri Bougoudi, in the Tibesti Region of northern Chad, near the border with Libya, on the night of 10 to 11 August 2018.

Background
Since the discovery of gold in 2012, tens of thousands of gold miners from Chad, Sudan, Niger and Libya had settled in the Tibesti, where the state had little presence. The army deployed to the mining sites in 2018 to control the trade and to stop the movement of armed groups from southern Libya. In Miski, local self-defence committees had clashed with the army several times during the spring. The CCMSR, a rebel group formed in 2016 by defectors from another movement, was based in southern Libya and had threatened to strike the army in the north.

Attack
Shortly after midnight, a column of rebels in pickup trucks crossed the border and attacked two army positions at the edge of the main mining camp. Fighting went on until dawn. The rebels withdrew into Libya in the morning, taking several vehicles and weapons with them. Miners' shops near the positions were looted and a few shelters burned.

Casualties
The army said three of its soldiers had been killed and seven wounded, and that "about a dozen" attackers had died.

The CCMSR denied having suffered any losses and claimed to have killed more than twenty soldiers and captured others. Neither claim could be checked independently.

Aftermath
The government ordered the gold miners to leave Kouri Bougoudi and closed the area to mining at the end of August. Hundreds of foreign miners were expelled. In the following months the army carried out air strikes on rebel positions across the border.

See also
Insurgency in Chad (2016–present)
"""

A012 = """Émeutes de Tinzaouatine

Les émeutes de Tinzaouatine sont des affrontements survenus le 16 juin 2020 entre des habitants de Tinzaouatine, une commune de l'extrême sud de l'Algérie située sur la frontière avec le Mali, et des militaires de l'Armée nationale populaire, qui ont fait un mort parmi les manifestants.

Contexte
Tinzaouatine et la ville malienne du même nom, dont elle n'est séparée que par un oued, vivent largement des échanges transfrontaliers. Depuis l'attaque d'In Amenas en janvier 2013, au cours de laquelle une quarantaine d'otages avaient trouvé la mort, l'armée algérienne a renforcé la surveillance de la frontière sud. Au printemps 2020, la fermeture de la frontière en raison de la pandémie de Covid-19 avait privé de nombreuses familles de ressources. En février 2020, un soldat avait été tué dans l'attentat-suicide contre une caserne de Timiaouine, à une centaine de kilomètres de là.

Déroulement
La colère a éclaté lorsque l'armée a entrepris de clôturer un point d'eau utilisé par les habitants et les éleveurs des deux côtés de la frontière. Des dizaines de jeunes se sont rassemblés devant le chantier et ont lancé des pierres sur les militaires ; un véhicule a été incendié. Les soldats ont tiré, d'abord en l'air selon les autorités. Un jeune homme d'une vingtaine d'années a été mortellement atteint par balle et plusieurs autres ont été blessés.

Bilan
Le ministère de la Défense nationale a confirmé la mort d'un manifestant et a fait état de blessés parmi les soldats. Des habitants ont affirmé que deux autres jeunes avaient été grièvement blessés.

Suites
Le lendemain, les obsèques du jeune homme ont réuni une grande partie de la population. Le ministère de la Défense a annoncé l'ouverture d'une enquête et a accusé des « parties étrangères » d'avoir attisé les troubles. Des notables touaregs ont négocié un retour au calme. Le chantier de clôture a été suspendu pendant plusieurs semaines.

Notes et références
1. « Tinzaouatine : un mort lors d'affrontements avec l'armée », El Djanoub, 17 juin 2020.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2021-04-20", A001, "2021-03-15", B, "Armed clash", ISGS, ML, [], "Tessit", 53),
    ("2019-08-02", A002, "2019-06-17", V, "Attack", f"{UAG} (Mali)", f"{CIV} (Mali)", [DOGON], "Gangafani", 24),
    ("2022-01-20", A003, "2021-12-14", S, "Non-violent transfer of territory", FRANCE, ML, [], "Tombouctou", 0),
    ("2018-10-05", A004, "2018-08-28", E, "Remote explosive/landmine/IED", f"{UAG} (Burkina Faso)", BF, [], "Pama", 7),
    (
        "2020-09-10",
        A005,
        "2020-08-11",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Djibo",
        0,
    ),
    (
        "2022-01-05",
        A006,
        "2021-11-27",
        PR,
        "Protest with intervention",
        "Protesters (Burkina Faso)",
        PBF,
        [],
        "Ouagadougou",
        0,
    ),
    ("2021-05-02", A007, "2021-03-15", V, "Attack", f"{UAG} (Niger)", f"{CIV} (Niger)", [], "Darey-Daye", 58),
    ("2019-12-20", A008, "2019-11-01", S, "Headquarters or base established", USA, None, [], "Agadez", 0),
    (
        "2019-10-15",
        A009,
        "2019-09-01",
        E,
        "Shelling/artillery/missile attack",
        LNA,
        f"{CIV} (Libya)",
        [],
        "Mitiga",
        0,
    ),
    ("2020-07-01", A010, "2020-05-18", B, "Government regains territory", GNA, LNA, [], "al-Watiya", 13),
    ("2018-10-20", A011, "2018-08-11", B, "Armed clash", CCMSR, TD, [], "Kouri Bougoudi", 15),
    ("2020-07-20", A012, "2020-06-16", R, "Violent demonstration", "Rioters (Algeria)", DZ19, [], "Tinzaouatine", 1),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles8.jsonl"
    write_labelled(out, ROWS, "articles8", P.__getitem__)


if __name__ == "__main__":
    main()
