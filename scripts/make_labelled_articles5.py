# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles5.jsonl: twelve whole encyclopedia-style articles, each about ONE event in
the Sahel, Libya, Chad, Mauritania or Algeria (2018-2021), with the ACLED-style coding of that main event.

Why: the sealed test set scores the FIRST event written for a whole article, so background sections, earlier
incidents, later reprisals, reactions and conflicting tolls must not displace or distort the main event. This
set was written and coded blind to the extractor's rules and to the texts of the earlier article sets; the
articles are our own words, not copied from any encyclopedia.

Provenance per article (real = a real event as remembered; details may be simplified or slightly off):
 001 Yirgou massacre, Burkina Faso, 1-2 Jan 2019: real; Koglweogo reprisals against Fulani; official toll 49,
     CISC 210 (lowest = 49); the first night's raid (chief and others) simplified to 6 dead and not counted.
     Yirgou is not in the GeoNames dump: coded at Barsalogho, the commune seat (geo_precision 2).
 002 Inata attack, Burkina Faso, 14 Nov 2021 (infobox): real; 49 gendarmes + 4 civilians = 53; the "57"
     figure is a simplification of higher press counts; no attackers' toll is given, so none is added.
     Gendarmes are coded as Police Forces, as the other sets code gendarmes.
 003 Toéni bus IED, Burkina Faso, 26 Dec 2019 (French): real as remembered (14 dead, mostly pupils); the
     exact day and the wounded count may be off by one; the "vingtaine" is a simplified higher count.
 004 Chinagodrar (Chinégodar) camp attack, Niger, 9 Jan 2020 (infobox): real; 89 soldiers + 77 attackers =
     166 (government figures; the "more than 100 soldiers" is the higher, not used); February toll simplified.
 005 Abduction of Philip Walton, Massalata, Niger, 27 Oct 2020: real; no deaths in the abduction; the rescue
     in Nigeria on 31 Oct (6 kidnappers killed) is a separate event. Kidnappers unidentified (UAG).
 006 Boni landmine, Mali, 25 Jan 2018 (French): real (26 civilians per MINUSMA as remembered); the vehicle's
     direction, the children count and the background list are simplified.
 007 Dioura camp attack, Mali, 17 Mar 2019: real; the government's 21 is as remembered (other counts higher);
     JNIM claimed it; the later Ogossagou massacre (23 Mar) is a separate event.
 008 Tajoura detention centre airstrike, Libya, night of 2-3 Jul 2019: real; 53 (UN) vs 60 (lowest = 53);
     coded to the LNA, to whom the GNA and most reports attributed it; aftermath details simplified.
 009 LNA entry into Gharyan, Libya, 4 Apr 2019: real but simplified (the LNA entered on 3-4 April after local
     deals); ACLED's Strategic developments / Non-violent transfer of territory, no second actor, no deaths.
 010 FACT incursion, Kanem fighting, Chad, 17-18 Apr 2021 (infobox): real; government figures 300 rebels + 5
     soldiers = 305; actor1 the army, which intercepted the column; later fighting near Mao simplified.
 011 Post-election riots in Nouakchott, Mauritania, 24 Jun 2019: real (date and districts simplified); no
     deaths; police of the Aziz era (2008-2019 period).
 012 First Hirak march in Algiers, 22 Feb 2019 (French): real; peaceful, no intervention written; later
     marches (1 Mar) are separate.
Coordinates: Burkina Faso, Niger, Mali and Mauritania places from shared/gazetteer/geonames-*.txt (two
decimals; feature class P, except Inata, which the Burkina Faso dump has only as a locality, class L).
Tajoura, Gharyan, Nokou and Algiers are well-known points as remembered (Nokou approximate). Admin1 names as
ACLED writes them (Libya's districts: Tajoura is in Tripoli, Gharyan in Jabal al Gharbi).
time_precision (ACLED: 1 = the day is known) is coded per row (TIME_PRECISION).
Re-run after editing: ``python scripts/make_labelled_articles5.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CIV, FACT, ISGS, JNIM, KOG, LNA, PMR08, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Barsalogho": ("Burkina Faso", "Centre-Nord", 13.41, -1.06),
    "Inata": ("Burkina Faso", "Sahel", 14.34, -1.33),
    "Toéni": ("Burkina Faso", "Boucle du Mouhoun", 13.38, -3.20),
    "Chinagodrar": ("Niger", "Tillaberi", 15.23, 3.00),
    "Massalata": ("Niger", "Tahoua", 13.78, 5.21),
    "Boni": ("Mali", "Mopti", 15.08, -2.22),
    "Dioura": ("Mali", "Mopti", 14.83, -5.25),
    "Tajoura": ("Libya", "Tripoli", 32.88, 13.35),
    "Gharyan": ("Libya", "Jabal al Gharbi", 32.17, 13.02),
    "Nokou": ("Chad", "Kanem", 14.58, 14.78),
    "Nouakchott": ("Mauritania", "Nouakchott Ouest", 18.09, -15.98),
    "Alger": ("Algeria", "Alger", 36.75, 3.06),
}
BF = "Military Forces of Burkina Faso (2015-2022)"
PBF = "Police Forces of Burkina Faso (2015-2022)"
NE = "Military Forces of Niger (2011-2023)"
ML = "Military Forces of Mali (2013-)"
TD = "Military Forces of Chad (1990-2021)"
FULANI_BF = "Fulani Ethnic Group (Burkina Faso)"

A001 = """Yirgou massacre

The Yirgou massacre was a wave of killings of Fulani (Peul) civilians in and around Yirgou, a village of the Barsalogho commune in the Sanmatenga Province of Burkina Faso's Centre-Nord Region, carried out by members of the Koglweogo vigilante movement on 1 and 2 January 2019.

Background
The Koglweogo ("guardians of the bush" in Mooré) are rural self-defence groups that spread across Burkina Faso after 2015, filling the gap left by an overstretched police. Since 2016 the north of the country had been struck by Ansaroul Islam and by the Group for the Support of Islam and Muslims (GSIM, better known as JNIM). On 27 December 2018, ten gendarmes had been killed in an ambush near Loroni in the Boucle du Mouhoun.

Killings
On the night of 31 December 2018, unidentified gunmen believed to be jihadists entered Yirgou and shot dead the village chief, one of his sons and four other residents. From the morning of 1 January, Koglweogo members from Yirgou and neighbouring villages, accusing the local Fulani community of sheltering the attackers, went from hamlet to hamlet hunting Fulani men. Houses and granaries were burnt and cattle were driven off. The violence continued on 2 January before gendarmes and soldiers sent from Kaya restored a measure of order. Thousands of Fulani fled to Barsalogho, Kaya and Foubé.

Casualties
The government put the number of people killed in the reprisals at 49. The Collective against Impunity and Stigmatisation of Communities (CISC), a civil society group, published its own count of 210 dead after interviewing survivors and searching the bush. The six people killed in the first night's raid are not part of either figure. Dozens were wounded.

Aftermath
A judicial inquiry was opened and a few suspects were arrested, but Koglweogo leaders warned against any prosecution of their members. On 4 February 2019, in a separate incident in the Nord Region, gunmen killed 14 civilians at Kain, and the army said it killed 146 militants in reprisal operations in the following days.

Reactions
President Roch Marc Christian Kaboré called for calm and warned against stigmatising any community. The United Nations and the French government condemned the killings and called for the perpetrators to be brought to justice.
"""

A002 = """Inata attack

Date: 14 November 2021
Location: Inata, Soum Province, Sahel Region, Burkina Faso
Target: gendarmerie detachment guarding the Inata gold mine
Perpetrators: Jama'at Nusrat al-Islam wal-Muslimin (JNIM)
Deaths: 53 (49 gendarmes, 4 civilians)

The Inata attack was an assault by jihadist fighters on the gendarmerie detachment at Inata, a gold-mining site in the Soum Province of northern Burkina Faso, on 14 November 2021. It was one of the deadliest attacks ever suffered by the Burkinabe security forces.

Background
The detachment had been posted at Inata to guard the mine, which had stopped production in 2019. In the days before the attack its commander had reported that the men had been without food rations for two weeks and were slaughtering animals to eat. The region had already seen some of the worst violence of the conflict: in June 2021 gunmen killed at least 132 villagers at Solhan in the neighbouring Yagha Province, and on 18 August an ambush on a convoy near Gorgadji left 80 dead, most of them civilians.

Attack
Shortly after dawn, a large group of fighters on motorbikes and in pick-up trucks surrounded the camp and opened fire from several directions. The gendarmes resisted for several hours before the position was overrun. The assailants seized weapons and vehicles and set fire to the camp before withdrawing towards the Malian border. JNIM, the Sahel branch of al-Qaeda, claimed the attack through its al-Zallaqa media arm.

Casualties
After several days of searches the government announced that 49 gendarmes and four civilians had been killed, 53 people in all; a number of gendarmes were missing for days and were later found alive. Relatives and a security source quoted in the press put the number of gendarmes killed at 57. The attackers also suffered losses, but no figure was given.

Aftermath
The leaked message about the lack of food caused outrage. Angry crowds demonstrated in Ouagadougou and in several towns, and in Kaya residents blocked a French military convoy for several days. President Kaboré replaced the commanders of the army and of the gendarmerie. On 21 November, gunmen killed 19 people, nine of them gendarmes, at Foubé in the Sanmatenga Province.

Reactions
France, the United States and ECOWAS condemned the attack and offered condolences to the families of the victims.
"""

A003 = """Attentat de Toéni

L'attentat de Toéni est l'explosion d'un engin explosif improvisé au passage d'un car de transport en commun près de Toéni, dans la province du Sourou (région de la Boucle du Mouhoun), dans le nord-ouest du Burkina Faso, le 26 décembre 2019.

Contexte
La Boucle du Mouhoun, frontalière du Mali, est touchée depuis 2018 par les incursions de groupes armés : le 27 décembre 2018, dix gendarmes avaient été tués dans une embuscade près de Loroni. Deux jours avant l'explosion, le 24 décembre 2019, l'attaque d'Arbinda, dans la province du Soum, avait fait 42 morts, dont 35 civils et 7 militaires, selon le gouvernement, qui affirmait aussi avoir tué 80 assaillants.

Explosion
En fin d'après-midi, un car qui assurait la liaison entre Toéni et Tougan a roulé sur une mine artisanale enfouie dans la piste, à quelques kilomètres du village. Le véhicule transportait de nombreux élèves qui rentraient chez eux pour les vacances de fin d'année. Les secours venus de Tougan ont évacué les blessés vers le centre médical de la ville.

Bilan
Le gouvernement a annoncé 14 morts, en majorité des élèves, et 19 blessés. Des sources locales ont évoqué une vingtaine de morts, un chiffre qui n'a pas été confirmé.

Suites
Aucun groupe n'a revendiqué l'attentat ; les autorités l'ont attribué à des « groupes armés terroristes ». Le président Roch Marc Christian Kaboré a décrété un deuil national de 48 heures. Le 20 janvier 2020, dans une attaque distincte, des hommes armés ont tué 36 civils sur le marché de Nagraogo, dans la province du Sanmatenga.

Réactions
La France et l'Union européenne ont condamné l'attentat et exprimé leur solidarité avec le Burkina Faso. Des associations de parents d'élèves ont demandé que les transports scolaires soient escortés.
"""

A004 = """Chinagodrar attack

Date: 9 January 2020
Location: Chinagodrar (Chinégodar), Tillabéri Region, Niger
Belligerents: Niger Armed Forces; Islamic State in the Greater Sahara (ISGS)
Casualties: 89 soldiers killed (government); 77 attackers killed (government)

The Chinagodrar attack, also spelled Chinégodar, was an assault by fighters of the Islamic State in the Greater Sahara on a Nigerien army camp at Chinagodrar, in the north of the Tillabéri Region close to the Malian border, on 9 January 2020.

Background
The Tillabéri Region had become the main front of ISGS, also known as EIGS (État islamique au Grand Sahara), in Niger. In October 2017 the group killed four American and four Nigerien soldiers in an ambush near Tongo Tongo, and on 10 December 2019 it overran the camp at Inates, killing 71 soldiers.

Attack
Early in the afternoon, several hundred fighters arriving in vehicles and on motorbikes attacked the camp with heavy weapons and mortars. The fighting lasted several hours. French aircraft supported the garrison, and the attackers eventually withdrew towards Mali, carrying some of their dead.

Casualties
On 13 January the defence ministry said that 89 soldiers had been killed and that 77 assailants had been neutralised. Security sources told journalists that more than 100 soldiers had died. The Islamic State claimed the attack through its Amaq agency.

Aftermath
Three days of national mourning were declared. On 13 January, at a summit in Pau, France and the G5 Sahel states agreed to concentrate their efforts on the tri-border area and to make ISGS their priority target. The chief of the general staff, General Ahmed Mohamed, was replaced the same week. In February, the army and Barkhane said they had killed about 120 militants in joint operations in the region.

Reactions
The African Union, France and the United States condemned the attack. President Mahamadou Issoufou cut short a trip abroad and chaired an emergency meeting of the National Security Council in Niamey.
"""

A005 = """Kidnapping of Philip Walton

Philip Walton, an American citizen living in Niger, was abducted from his farm at Massalata, a village near Birni-N'Konni in the Tahoua Region, a few kilometres from the Nigerian border, in the early hours of 27 October 2020. He was freed four days later by American special forces in northern Nigeria.

Background
Kidnappings of foreigners had become a growing threat in Niger. In September 2018 an Italian priest, Pierluigi Maccalli, was taken from his mission at Bomoanga in the Tillabéri Region. On 9 August 2020, six French aid workers of the NGO ACTED, their Nigerien guide and their driver, eight people in all, were killed by gunmen in the Kouré giraffe reserve east of Niamey; the Islamic State in the Greater Sahara later claimed the killings.

Abduction
Six armed men arrived on motorbikes at the Walton family compound during the night. They demanded money, searched the house and then left with Walton, heading south towards Nigeria. His wife, his young daughter and his brother were left unharmed. According to Nigerien officials, the kidnappers were Fulani herders who intended to sell their hostage on to a jihadist group. No one was hurt during the abduction.

Rescue
Acting on intelligence that the hostage was about to be moved, members of the US Navy's SEAL Team Six parachuted into northern Nigeria on 31 October and freed Walton. Six of his seven captors were killed in the operation; no American was hurt.

Aftermath
Nigerien authorities reinforced security in the border villages of the Tahoua Region. Pierluigi Maccalli was released in Mali in October 2020, together with other hostages.

Reactions
The US Secretary of Defense, Mark Esper, praised the rescue, and the Nigerian government said it had been informed of the operation in advance. The governor of Tahoua thanked the villagers who had alerted the security forces.
"""

A006 = """Explosion de Boni (janvier 2018)

Le 25 janvier 2018, un véhicule de transport de passagers a sauté sur une mine près de Boni, dans le cercle de Douentza (région de Mopti), au centre du Mali, tuant de nombreux civils.

Contexte
La route nationale qui relie Douentza à Gao en passant par Boni et Hombori est régulièrement minée depuis 2016. Plusieurs véhicules militaires et civils avaient déjà sauté sur des engins explosifs dans les cercles de Douentza et de Gourma-Rharous. Le 18 juin 2017, l'attaque du campement touristique de Kangaba, près de Bamako, revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM), avait fait cinq morts parmi les clients et le personnel.

Explosion
Le véhicule, qui transportait des passagers maliens et burkinabè, dont des femmes et des enfants, circulait en direction de Boni lorsqu'une charge enfouie dans la chaussée a explosé. Le véhicule a été entièrement détruit.

Bilan
La MINUSMA a fait état de 26 civils tués, dont quatre enfants, et de plusieurs blessés graves évacués vers Douentza puis Sévaré. Certains médias locaux ont avancé le chiffre d'une trentaine de morts.

Suites
L'engin n'a pas été revendiqué. Deux jours plus tard, le 27 janvier, une attaque contre le camp militaire de Soumpi, dans la région de Tombouctou, a tué 14 soldats maliens ; elle a été revendiquée par le GSIM (JNIM). Le gouvernement a renforcé les escortes sur la route de Boni, et les forces armées ont mené des opérations de fouille dans le Gourma.

Réactions
Le Premier ministre Soumeylou Boubèye Maïga s'est rendu à Boni et a promis la réhabilitation de la route. Le gouvernement du Burkina Faso a présenté ses condoléances aux familles de ses ressortissants, et la MINUSMA a condamné « un acte lâche » visant des civils.
"""
A007 = """Dioura attack

The Dioura attack took place on 17 March 2019, when fighters of Jama'at Nusrat al-Islam wal-Muslimin stormed a camp of the Malian Armed Forces (FAMa) at Dioura, a small town in the Ténenkou Cercle of the Mopti Region, in central Mali.

Background
Dioura lies on the western edge of the Inner Niger Delta, where the Katiba Macina of the preacher Amadou Koufa had been active since 2015. The Katiba Macina joined JNIM, also known as GSIM, when the group was formed in 2017. On 20 January 2019, JNIM fighters had killed ten Chadian peacekeepers of MINUSMA at Aguelhok in the Kidal Region, and attacks on army posts in the centre had become more frequent.

Attack
At dawn on a Sunday, assailants in pick-up trucks and on motorcycles attacked the camp from two directions and overran it after several hours of fighting. The army blamed a unit led by Ba Ag Moussa, a former colonel who had deserted in 2012 to join the rebellion in the north. The attackers burnt part of the camp and left with vehicles, arms and ammunition. Reinforcements sent from Diafarabé and Ténenkou arrived after the camp had been abandoned.

Casualties
The government said that 21 soldiers had been killed; local officials and several media outlets spoke of about 30 dead. A number of soldiers were wounded and others were missing. The army said the assailants had also suffered losses but gave no figure.

Aftermath
JNIM claimed the attack a few days later. Less than a week afterwards, on 23 March, gunmen killed at least 157 Fulani villagers at Ogossagou, in the Bankass Cercle of the same region, an attack blamed on the Dogon militia Dan Na Ambassagou. On 24 March President Ibrahim Boubacar Keïta replaced the chief of the general staff and the heads of the army and air force.

Reactions
The United Nations mission in Mali (MINUSMA), France and the European Union condemned the attack. The opposition called for the resignation of the government over the deteriorating security in the centre.
"""

A008 = """Tajoura migrant detention centre airstrike

On the night of 2 to 3 July 2019, an airstrike hit the Tajoura detention centre for migrants, in an eastern suburb of Tripoli, Libya, killing dozens of people held there. It was the deadliest single incident of the 2019-2020 battle for Tripoli.

Background
On 4 April 2019 the Libyan National Army (LNA), the forces of Field Marshal Khalifa Haftar based in the east, launched an offensive on Tripoli, seat of the internationally recognised Government of National Accord (GNA). The front soon stabilised in the southern suburbs. On 26 June, GNA forces retook the town of Gharyan, the LNA's main supply base south of the capital; more than 40 LNA fighters were reported killed in that fighting. The LNA then announced an escalation of its air campaign.

Strike
Shortly before midnight, an aircraft fired two missiles at the compound. The first hit an empty garage; the second struck a hangar where about 120 migrants, most of them from Sudan, Eritrea and Somalia, were locked in. The centre stood next to a GNA military facility, and survivors said that some detainees had been made to work in a weapons workshop. Some of those who tried to escape after the first strike were reportedly shot at by guards.

Casualties
The United Nations put the toll at 53 dead, including six children, and about 130 wounded. The GNA's health ministry gave a figure of 60 dead.

Responsibility
The GNA blamed Haftar's forces for the attack. An LNA spokesman said its aircraft had hit a legitimate military target in the area and denied targeting the centre. A later report by a panel of UN experts said the strike had probably been carried out by a foreign aircraft operating in support of the LNA.

Aftermath
Many survivors were later released by the authorities and left in the streets; some were moved to a facility of the UN refugee agency in Tripoli. On 10 July the GNA said it had shot down an LNA aircraft over the capital.

Reactions
UN Secretary-General António Guterres called for an independent investigation; the African Union, the European Union and Italy condemned the strike, and the Security Council held an emergency meeting.
"""

A009 = """Fall of Gharyan (April 2019)

On 4 April 2019, at the start of their offensive on Tripoli, forces of the Libyan National Army (LNA) of Khalifa Haftar entered Gharyan, the main town of the Nafusa Mountains, about 80 km south of the capital, without meeting any resistance.

Background
In January and February 2019 the LNA had extended its control over the Fezzan, taking Sabha and the Sharara oil field after brief clashes and local deals. Tripoli itself had seen heavy militia fighting in August and September 2018, when clashes between the Seventh Brigade of Tarhuna and Tripoli armed groups killed at least 115 people. The UN was preparing a national conference planned for mid-April in Ghadames.

Takeover
Haftar announced the operation, which he called the Flood of Dignity, on 4 April. The same day LNA columns coming from the south reached Gharyan after local armed groups and elders had agreed to let them in. No fighting was reported in the town, and LNA units set up checkpoints and a command centre there. Gharyan became the LNA's forward operating base for the attack on Tripoli.

Subsequent fighting
On 5 April forces from Zawiya captured more than 120 LNA fighters at a checkpoint west of Tripoli. From 6 April the fighting spread to the former international airport and to the southern districts of the capital, and the GNA launched air strikes; by 8 April at least 35 people had been killed. On 26 June GNA-aligned forces retook Gharyan in a surprise attack in which dozens of LNA fighters were killed.

Reactions
UN Secretary-General António Guterres, who was visiting Tripoli at the time, met Haftar in Benghazi on 5 April and said he left Libya "with a heavy heart". The G7, the United States, the United Kingdom, France and Italy called for an immediate halt to the offensive.
"""

A010 = """Battle of Kanem (April 2021)

Date: 17–18 April 2021
Location: near Nokou, Kanem Province, Chad
Belligerents: Chadian National Army; Front for Change and Concord in Chad (FACT)
Commanders: Idriss Déby; Mahamat Mahdi Ali
Casualties: army 5 killed, 36 wounded; FACT more than 300 killed, 150 captured (government figures)

The Battle of Kanem was the main clash of the incursion into Chad by the rebel Front for Change and Concord in Chad (FACT) in April 2021. On 17 and 18 April, the Chadian army intercepted a FACT column near Nokou, in the Kanem Province, about 300 km north of N'Djamena. President Idriss Déby, who had gone to the front, died of his wounds on 20 April.

Background
FACT was founded in 2016 by Mahamat Mahdi Ali, a former member of the UFDD, and was based in southern Libya, where it had fought alongside Haftar's forces. Chadian rebels had tried to reach N'Djamena before: in February 2019, French Mirage jets struck a column of the UFR in the Ennedi, destroying about twenty vehicles. On 11 April 2021, the day of the presidential election, FACT crossed the border from Libya and overran a border post in the Tibesti.

Battle
On 17 April, army units backed by helicopters engaged the rebel column as it advanced south through Kanem. The fighting continued on 18 April, when the army said it had destroyed or captured dozens of vehicles. Déby, who had just been declared the winner of the election with a sixth term, visited the troops on the front line.

Casualties
On 19 April an army spokesman said that more than 300 rebels had been neutralised and 150 captured, and that five soldiers had been killed and 36 wounded. FACT disputed the figures and said it had killed many soldiers.

Aftermath
On 20 April the army announced that Déby had died of wounds received in the fighting. A Transitional Military Council headed by his son, General Mahamat Idriss Déby, dissolved the government and parliament. Further fighting near Mao on 24 and 25 April was described by the army as mopping-up operations.

Reactions
France, whose president attended Déby's funeral in N'Djamena, backed the military council; the African Union called for a swift return to civilian rule.
"""

A011 = """2019 Mauritanian post-election unrest

Unrest broke out in Nouakchott, the capital of Mauritania, on 24 June 2019, after the electoral commission declared Mohamed Ould Ghazouani, the ruling party's candidate, the winner of the presidential election of 22 June in the first round.

Background
President Mohamed Ould Abdel Aziz, who had come to power in a 2008 coup, was stepping down after two terms, and his former defence minister Ghazouani was his chosen successor. The main opposition candidates, the anti-slavery activist Biram Dah Abeid, the former prime minister Sidi Mohamed Ould Boubacar and Kane Hamidou Baba, rejected the provisional results, which gave Ghazouani 52 percent of the vote, and accused the government of fraud.

Unrest
In the evening, hundreds of young opposition supporters took to the streets in several districts of Nouakchott, especially in the south of the city. They burnt tyres, blocked roads and threw stones at police officers, who responded with tear gas and baton charges. Clashes continued into the night. Several people, including police officers, were injured, and dozens were arrested; no deaths were reported.

Aftermath
The government cut mobile internet access for more than a week. The interior minister said that about 100 foreigners, many from Senegal, Mali and the Gambia, had been arrested for taking part in the riots, and police closed the campaign headquarters of several opposition candidates. On 1 July the Constitutional Council confirmed Ghazouani's victory, and he took office on 1 August in the country's first handover between two elected presidents.

Reactions
The African Union observer mission said the vote had been held in acceptable conditions. Senegal's government asked for explanations about the arrests of its nationals, and human rights groups criticised the internet shutdown.
"""

A012 = """Manifestation du 22 février 2019 à Alger

Le vendredi 22 février 2019, des dizaines de milliers de personnes ont défilé à Alger contre la candidature du président Abdelaziz Bouteflika à un cinquième mandat. Cette marche, la première d'une telle ampleur dans la capitale depuis près de vingt ans, est considérée comme le début du Hirak.

Contexte
Abdelaziz Bouteflika, au pouvoir depuis 1999, ne s'exprimait plus en public depuis un accident vasculaire cérébral en 2013. Le 10 février, sa candidature à l'élection présidentielle d'avril avait été annoncée. Le 16 février, plusieurs milliers d'habitants de Kherrata, dans la wilaya de Béjaïa, avaient déjà manifesté contre ce cinquième mandat. Les marches étaient interdites à Alger depuis 2001, année du « printemps noir » de Kabylie, dont la répression avait fait 126 morts.

Déroulement
Après la prière du vendredi, des cortèges se sont formés à Bab El Oued, place du 1er-Mai et autour de la Grande Poste, répondant à des appels anonymes lancés sur les réseaux sociaux. Les manifestants scandaient « Non au cinquième mandat » et brandissaient des drapeaux algériens. La police, déployée en nombre, a laissé passer les cortèges, et la marche s'est dispersée dans le calme en fin d'après-midi. Des rassemblements ont également eu lieu à Oran, Annaba, Bouira et Béjaïa.

Bilan
Aucun mort ni blessé grave n'a été signalé à Alger.

Suites
Les manifestations se sont répétées chaque vendredi. Le 1er mars, lors d'une marche encore plus importante à Alger, Hassan Benkhedda, fils d'un ancien président du Gouvernement provisoire, est mort d'une crise cardiaque, et la police a fait état de 183 blessés, en majorité des policiers. Abdelaziz Bouteflika a démissionné le 2 avril 2019.

Réactions
Le gouvernement français a appelé au respect du droit de manifester, et l'Union européenne a souhaité que le processus électoral se déroule dans la transparence.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    ("2019-02-10", A001, "2019-01-01", V, "Attack", KOG, f"{CIV} (Burkina Faso)", [FULANI_BF], "Barsalogho", 49),
    ("2021-12-05", A002, "2021-11-14", B, "Armed clash", JNIM, PBF, [], "Inata", 53),
    (
        "2020-01-20",
        A003,
        "2019-12-26",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        [],
        "Toéni",
        14,
    ),
    ("2020-02-15", A004, "2020-01-09", B, "Armed clash", ISGS, NE, [], "Chinagodrar", 166),
    (
        "2020-11-20",
        A005,
        "2020-10-27",
        V,
        "Abduction/forced disappearance",
        f"{UAG} (Niger)",
        f"{CIV} (United States)",
        [],
        "Massalata",
        0,
    ),
    (
        "2018-02-20",
        A006,
        "2018-01-25",
        E,
        "Remote explosive/landmine/IED",
        f"{UAG} (Mali)",
        f"{CIV} (Mali)",
        [],
        "Boni",
        26,
    ),
    ("2019-04-15", A007, "2019-03-17", B, "Armed clash", JNIM, ML, [], "Dioura", 21),
    ("2019-08-01", A008, "2019-07-02", E, "Air/drone strike", LNA, f"{CIV} (Libya)", [], "Tajoura", 53),
    ("2019-07-15", A009, "2019-04-04", S, "Non-violent transfer of territory", LNA, None, [], "Gharyan", 0),
    ("2021-05-10", A010, "2021-04-17", B, "Armed clash", TD, FACT, [], "Nokou", 305),
    ("2019-08-10", A011, "2019-06-24", R, "Violent demonstration", "Rioters (Mauritania)", PMR08, [], "Nouakchott", 0),
    ("2019-03-20", A012, "2019-02-22", PR, "Peaceful protest", "Protesters (Algeria)", None, [], "Alger", 0),
]
# ACLED geo_precision per row: 2 where the village is not in the gazetteer and the commune seat is coded
GEO_PRECISION = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
# ACLED time_precision per row: every main event here has a known first day
TIME_PRECISION = [1] * len(ROWS)


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles5.jsonl"
    write_labelled(out, ROWS, "sitrep-articles5", P.__getitem__, GEO_PRECISION, TIME_PRECISION)


if __name__ == "__main__":
    main()
