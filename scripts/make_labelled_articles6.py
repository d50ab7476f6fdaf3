# ruff: noqa: E501  (a data table: whole articles read better as long strings)
"""Writes tests/data/labelled_articles6.jsonl: ten whole encyclopedia-style articles, each about ONE event in
Burkina Faso, Niger, Mali, Libya, Chad or Algeria (2018-2021), with the ACLED-style coding of that main event.

Why: the sealed test set scores the FIRST event written for a whole article, so the main event must win over
background attacks, later reprisals, reactions and casualty breakdowns. This set was written and coded blind to
the extractor's rules and to the other article sets (only the file layout of make_labelled_articles4.py was
looked at). Texts are our own words, not copied from any encyclopedia.

Provenance per article (real = a real event as remembered; details may be simplified):
 001 Dablo church attack, Burkina Faso, 12 May 2019 (French): real; six dead including the priest; unclaimed,
     so Unidentified Armed Group; the Christian congregation as associated actor of the civilians.
 002 Kaya convoy protests, Burkina Faso, Nov 2021: real; simplified to one dispersal on 20 November with four
     wounded and no deaths; coded Protests / Protest with intervention (tear gas, no lethal force), the
     gendarmes and police as Police Forces. The Téra (Niger) deaths are a separate later event.
 003 Kouré attack, Niger, 9 Aug 2020 (infobox): real; eight dead (six French aid workers, two Nigeriens);
     claimed by IS (coded ISGS); actor2 Civilians (France) with Civilians (Niger) associated.
 004 Toumour attack, Niger, 12 Dec 2020: real; lowest toll 28 (the 34 is our simplification of the higher
     local figures); claimed by ISWAP as remembered.
 005 Aguelhok camp attack, Mali, 20 Jan 2019 (infobox): real; ten Chadian peacekeepers dead, attackers' deaths
     unquantified so not counted; Battles / Armed clash, JNIM against MINUSMA.
 006 Gao car bombing, Mali, 1 Jul 2018: real; four civilians plus the bomber = 5; JNIM claimed; actor2 France,
     Civilians (Mali) associated. The 31 wounded and the Sévaré attack details are as remembered.
 007 Abu Salim shelling, Tripoli, Libya, 16 Apr 2019: real; lowest toll 6 (the ministry's 7 as remembered);
     coded to the LNA as the GNA blamed it (ACLED codes the side named by the reports; the denial is noted).
 008 Tripoli clashes of 16-21 Jan 2019: real round of fighting; the first-day toll (5) is our simplification,
     the 16 total as remembered; coded to the first day in Salah al-Din; ACLED names of the two militias
     defined below as we believe ACLED writes them (not in acled_names.py).
 009 UFR arrests, Chad, 9 Feb 2019: real captures announced after the French strikes of 3-6 Feb; place
     simplified to Amdjarass; Strategic developments / Arrests, no deaths.
 010 Lynchage de Djamel Bensmail, Larbaâ Nath Irathen, Algeria, 11 Aug 2021 (French): real; Riots / Mob
     violence, one dead; the wildfire deaths are background.
Coordinates: Dablo, Kaya, Kouré, Toumour, Aguelhok and Gao from shared/gazetteer/geonames-*.txt (feature
class P, two decimals; Kouré is the Tillabéri one near Kollo). Abu Salim, Salah al-Din (Tripoli), Amdjarass and
Larbaâ Nath Irathen are well-known points as remembered (approximate).
Re-run after editing: ``python scripts/make_labelled_articles6.py``.
"""

from __future__ import annotations

from pathlib import Path

from acled_names import CIV, FRANCE, ISGS, ISWAP, JNIM, LNA, MINUSMA, PR, UAG, B, E, R, S, V
from make_labelled import Row, write_labelled

P = {  # place: (country, admin1, lat, lon)
    "Dablo": ("Burkina Faso", "Centre-Nord", 13.72, -1.18),
    "Kaya": ("Burkina Faso", "Centre-Nord", 13.09, -1.08),
    "Kouré": ("Niger", "Tillaberi", 13.31, 2.58),
    "Toumour": ("Niger", "Diffa", 13.67, 13.13),
    "Aguelhok": ("Mali", "Kidal", 19.46, 0.86),
    "Gao": ("Mali", "Gao", 16.27, -0.04),
    "Abu Salim": ("Libya", "Tripoli", 32.86, 13.18),
    "Salah al-Din": ("Libya", "Tripoli", 32.80, 13.22),
    "Amdjarass": ("Chad", "Ennedi-Est", 16.07, 22.84),
    "Larbaa Nath Irathen": ("Algeria", "Tizi Ouzou", 36.63, 4.20),
}
TD = "Military Forces of Chad (1990-2021)"
PBF = "Police Forces of Burkina Faso (2015-2022)"
UFR = "UFR: Union of Resistance Forces"
KANIYAT = "Al Kaniyat Militia"
TRB = "Tripoli Revolutionaries Brigade"

A001 = """Attaque de l'église de Dablo

L'attaque de l'église de Dablo est une attaque armée commise le dimanche 12 mai 2019 contre la paroisse catholique de Dablo, une commune de la province du Sanmatenga, dans la région du Centre-Nord du Burkina Faso, pendant la messe du matin.

Contexte
Depuis 2015, le nord et l'est du Burkina Faso subissent les attaques de groupes armés liés à Ansarul Islam, au Groupe de soutien à l'islam et aux musulmans (GSIM) et à l'État islamique au Grand Sahara (EIGS). Le 28 avril 2019, six fidèles avaient déjà été tués dans un temple protestant de Silgadji, dans la province du Soum. En mars, un prêtre avait été enlevé à Djibo.

Déroulement
Vers neuf heures, une vingtaine d'hommes armés arrivés à moto ont encerclé l'église alors que les fidèles commençaient à fuir. Les assaillants ont abattu le prêtre, l'abbé Siméon Yampa, ainsi que cinq paroissiens, puis ont incendié l'église, un maquis et plusieurs boutiques, ainsi que le centre de santé de la localité. Ils ont quitté Dablo avant l'arrivée des renforts venus de Kaya.

Bilan
Selon le maire de Dablo et le gouvernement, six personnes ont été tuées, dont le prêtre. Aucun blessé grave n'a été signalé. L'attaque n'a pas été revendiquée et les auteurs n'ont pas été identifiés.

Suites
Le lendemain, 13 mai, quatre fidèles catholiques ont été tués lors d'une procession mariale près de Zimtenga, dans la province du Bam, à environ cinquante kilomètres de là. Plusieurs milliers d'habitants de Dablo se sont ensuite réfugiés à Kaya et à Barsalogho.

Réactions
Le pape François a exprimé sa tristesse et prié pour les victimes. La France et les États-Unis ont condamné une attaque « lâche » contre des croyants, et la Conférence épiscopale du Burkina-Niger a appelé à la retenue pour éviter tout affrontement entre communautés religieuses.
"""

A002 = """Kaya convoy protests

The Kaya convoy protests were demonstrations in November 2021 in which residents of Kaya, the capital of the Centre-Nord Region of Burkina Faso, blocked a French military logistics convoy bound for Niger. The crowd was dispersed by security forces on 20 November 2021.

Background
By late 2021 anger at the deteriorating security situation ran high in Burkina Faso. On 14 November, militants attacked the gendarmerie detachment at Inata, killing 53 people, most of them gendarmes; the failure to resupply the post caused widespread outrage. Rumours spread on social media that French convoys were carrying weapons to jihadist groups. A few days earlier the same convoy had been briefly held up by crowds in Bobo-Dioulasso and in Ouagadougou.

Protest
The convoy of around sixty trucks and armoured vehicles of Operation Barkhane reached Kaya on 18 November and was stopped at the entrance of the town by hundreds of young people. They sat on the road, chanted slogans hostile to France and demanded that the trucks be searched. On 20 November, after two days of standoff, gendarmes and police fired tear gas to clear the road; the French soldiers fired warning shots into the air. The convoy then left in the direction of Dori.

Casualties
Local health officials said four protesters were wounded, one of them seriously; no one was killed in Kaya. Some residents claimed that a larger number of people had been hurt.

Aftermath
On 27 November the convoy was again blocked, at Téra in western Niger, where clashes with protesters left three people dead and 18 wounded. In Burkina Faso, demonstrations demanding the resignation of President Roch Marc Christian Kaboré took place in Ouagadougou later that month and were broken up by police.

Reactions
The French army said its soldiers had not fired at the crowd. The government of Burkina Faso appealed for calm and opened an inquiry into the wounding of protesters.
"""

A003 = """Kouré attack

Infobox civilian attack
title: Kouré attack
location: Kouré giraffe reserve, Kollo department, Tillabéri Region, Niger
date: 9 August 2020
target: Aid workers and their guides
deaths: 8
perpetrators: Islamic State in the Greater Sahara

The Kouré attack was the killing of eight people, six French humanitarian workers and two Nigeriens, in the giraffe reserve near Kouré, about 60 kilometres south-east of Niamey, on a Sunday in August 2020.

Background
The Tillabéri Region had seen a steady rise in attacks by the Islamic State in the Greater Sahara (ISGS, also EIGS) since 2017. In January 2020 at least 89 Nigerien soldiers had been killed at the military camp of Chinégodar, and in December 2019 more than 70 soldiers died at Inates. The Kouré reserve, home to the last herd of West African giraffes, had until then been considered safe and was a popular weekend destination for foreigners in the capital.

Attack
On the morning of the attack a group of young staff members of the French NGO ACTED, with their Nigerien driver and a local guide, drove into the reserve to watch the giraffes. Gunmen on motorcycles intercepted their vehicle some six kilometres from Kouré and shot all of them. A woman who tried to flee was caught and her throat was cut. The vehicle was set on fire.

Casualties
All eight people in the group were killed: six French citizens, a Nigerien guide and a Nigerien driver. There were no survivors.

Aftermath
The Islamic State claimed the killings in its weekly newsletter in mid-September. French and Nigerien forces later conducted operations in the area; in 2022 France announced it had killed one of the suspected organisers. The government of Niger extended the state of emergency across the Tillabéri Region and placed the reserve off limits.

Reactions
President Emmanuel Macron said the victims had been killed in a cowardly attack and opened an anti-terrorism investigation in Paris. President Mahamadou Issoufou condemned a barbaric act. France raised its travel warning for all of Niger outside Niamey.
"""

A004 = """Toumour attack

The Toumour attack was a raid by jihadist militants on the town of Toumour, in the Diffa Region of south-eastern Niger, on the evening of 12 December 2020, the eve of the country's municipal and regional elections.

Background
Diffa, on the border with Nigeria's Borno State, has suffered attacks by Boko Haram and by its splinter, the Islamic State West Africa Province (ISWAP), since 2015. In the Bosso area, near Toumour, Boko Haram fighters killed 30 soldiers in June 2016, and in March 2020 an army post at Blabrine was attacked. Residents had been displaced several times, and Toumour hosted many families who had fled other villages.

Attack
At nightfall, fighters arrived in large numbers, some on foot and others on motorcycles, and fired on residents as they fled. They set fire to the market and to homes; about 800 houses and many shops were burned, according to local officials. The attackers withdrew towards the shores of Lake Chad before security forces arrived from Diffa.

Casualties
The government gave a toll of 28 dead and said several people were injured or missing. An official of the region later spoke of 34 dead, a figure that the ministry did not confirm.

Responsibility
The Islamic State West Africa Province claimed the raid a few days later through the Amaq news agency. Some local officials had first blamed Boko Haram's Shekau faction.

Aftermath
The municipal and regional elections took place the next day across Niger, but voting in Toumour was disrupted. Two weeks later, ISWAP fighters raided a village near Bosso and abducted several women.

Reactions
Niger declared three days of national mourning. The United Nations Secretary-General and the European Union condemned the attack and called for the perpetrators to be brought to justice.
"""

A005 = """Aguelhok camp attack

Infobox military conflict
conflict: Aguelhok camp attack
partof: the Mali War
date: 20 January 2019
place: Aguelhok, Tessalit Cercle, Kidal Region, Mali
combatant1: MINUSMA (Chad)
combatant2: Jama'at Nusrat al-Islam wal-Muslimin
casualties1: 10 peacekeepers killed, 25 wounded
casualties2: several killed

The Aguelhok camp attack was an assault on the United Nations peacekeeping base at Aguelhok in northern Mali, carried out early on 20 January 2019 by fighters of the Group to Support Islam and Muslims (GSIM, JNIM). It was the deadliest attack on MINUSMA in 2019.

Background
The Aguelhok camp, held by a Chadian contingent of MINUSMA, had been a frequent target since 2014. In April 2018 a rocket and car-bomb attack on the camp at Timbuktu killed one peacekeeper. In October 2018, two Bangladeshi peacekeepers had been killed by a mine that struck their vehicle near Aguelhok.

Attack
Around dawn, assailants in several armed vehicles approached the camp from different directions and opened fire. The Chadian soldiers repelled the assault after a fight of several hours; French helicopters of Operation Barkhane were called in to support them.

Casualties
Ten Chadian peacekeepers were killed and 25 were wounded. MINUSMA said that a number of the attackers were also killed, but gave no figure.

Aftermath
JNIM claimed the attack, saying it was a response to the visit of the Israeli prime minister to Chad, which began that same day. In February, three peacekeepers were wounded in a separate attack near Douentza.

Reactions
UN Secretary-General Antonio Guterres called the attack a war crime. President Idriss Déby paid tribute to the Chadian dead, and France offered its condolences to Chad.
"""

A006 = """2018 Gao car bombing

On 1 July 2018 a suicide car bomb exploded next to a patrol of French soldiers in Gao, the largest town of northern Mali. The attack killed civilians in a residential neighbourhood and wounded several French troops.

Background
Gao has hosted the main base of France's Operation Barkhane since 2014. Militants had attacked the city several times: in January 2017 a suicide truck bomb at a camp of the joint patrols killed 77 people, mostly former rebels, and in April 2018 a complex assault on the Timbuktu camp was followed by shelling of Gao airport.

Attack
Late in the morning, a vehicle packed with explosives drove up to a French armoured convoy patrolling the Sosso-Koïra district and exploded beside it. Nearby houses were destroyed and shops were damaged. French soldiers secured the area and evacuated the wounded by helicopter.

Casualties
Malian authorities said four civilians were killed. The driver of the car also died in the blast. Thirty-one people were wounded, among them four French soldiers, according to the French army.

Responsibility
The Group for the Support of Islam and Muslims (JNIM) claimed the bombing the following day. It had also claimed an attack on the G5 Sahel headquarters at Sévaré two days earlier, in which two soldiers and a civilian were killed along with the attackers.

Aftermath
The bombing came a few weeks before the presidential election of 29 July 2018. Residents of the district complained that the convoys were passing through crowded streets. In the following months French and Malian forces increased patrols around Gao.

Reactions
The French presidency condemned the attack and expressed sympathy to the Malian victims. The African Union and the United Nations mission in Mali also condemned the bombing.
"""

A007 = """Abu Salim shelling

On the night of 16 April 2019, rockets fell on the Abu Salim district of Tripoli, killing residents in their homes. The shelling happened during the offensive launched by Khalifa Haftar's Libyan National Army (LNA) against the capital two weeks earlier.

Background
On 4 April 2019 Haftar ordered his forces to advance on Tripoli, seat of the UN-recognised Government of National Accord (GNA). Fighting soon stalled in the southern suburbs. On 7 April an LNA air raid hit Mitiga airport, and by mid-April more than 170 people had been killed on all sides, according to the World Health Organization.

Attack
Shortly before midnight, several Grad rockets struck a densely populated area of Abu Salim, a district south of the city centre. Houses and cars were hit, and fire broke out in several buildings. Residents said the rockets came from the south, where Haftar's forces held positions.

Casualties
At least six civilians were killed, among them two women, and around 35 were injured. The GNA health ministry later gave a toll of seven dead.

Responsibility
The GNA blamed the LNA for the attack. Haftar's spokesman Ahmed al-Mismari denied that his forces had targeted civilians and accused armed groups in Tripoli of firing the rockets themselves.

Aftermath
Shelling of residential areas continued in the following weeks. On 20 April air strikes hit a camp in the south of Tripoli. The offensive continued until June 2020, when GNA forces, backed by Turkey, retook the whole of western Libya.

Reactions
The UN envoy Ghassan Salamé said the shelling could amount to a war crime. The European Union and the United Kingdom called for a ceasefire and for an end to the attacks on civilian areas.
"""

A008 = """January 2019 Tripoli clashes

The January 2019 Tripoli clashes were fighting between rival armed groups in the southern districts of Tripoli, Libya, from 16 to 21 January 2019. They pitted the 7th Brigade, also called al-Kaniyat, from Tarhuna, against a coalition of Tripoli militias led by the Tripoli Revolutionaries Brigade.

Background
In August and September 2018, the 7th Brigade had already attacked the capital, setting off a month of fighting in which more than 115 people were killed. A UN-brokered truce signed at Zawiya on 4 September ended that round but left the brigades' rivalry unresolved.

Clashes
On 16 January, fighting broke out again in Salah al-Din and near the old airport road, south of the city centre. The two sides exchanged fire with heavy machine guns and mortars. Most of the fighting took place between armed men; several homes were hit and families fled towards the city centre. Schools in the area closed for the week.

Casualties
According to the health ministry, five fighters were killed on the first day of fighting, 16 January. By the time a ceasefire took hold on 21 January, a total of 16 people had died, and 65 were wounded.

Aftermath
The UN Support Mission in Libya (UNSMIL) negotiated a new ceasefire and persuaded the armed groups to withdraw to their former positions. In April the 7th Brigade joined Haftar's offensive against the capital.

Reactions
The GNA presidency council called on all parties to respect the truce. The United States and France expressed concern at the violence and urged the armed groups to stop fighting.
"""

A009 = """UFR rebel arrests of February 2019

In early February 2019 the Chadian army announced that it had captured more than 250 fighters of the Union of Resistance Forces (UFR), a rebel group that had crossed into Chad from Libya. The captures followed strikes by French aircraft on the rebel column. The army presented the prisoners near Amdjarass, in the Ennedi Est province, on 9 February 2019.

Background
The UFR, led by Timan Erdimi, a nephew of President Idriss Déby, had tried to topple the government in 2008 and in 2009. In August 2018, clashes between the army and rebels in the gold fields of Kouri Bougoudi, near the Libyan border, left dozens dead.

Strikes and captures
At the end of January 2019 a column of about 50 pick-up trucks entered Chad from Libya and drove south through Ennedi. At the request of the Chadian government, French Mirage aircraft struck the column between 3 and 6 February. The Chadian army then rounded up the fighters who had scattered; on 9 February it said it had taken 250 of them prisoner, including four senior commanders, near Amdjarass. No deaths were reported during the arrests.

Aftermath
The prisoners were taken to N'Djamena, where several were tried in 2019. The UFR denied that so many of its men had been captured and said that the French strikes had killed civilians.

Reactions
The French government defended its intervention as help to a partner's army. Some French lawmakers criticised the strikes, saying that France had been drawn into an internal conflict.
"""

A010 = """Lynchage de Djamel Bensmail

Le lynchage de Djamel Bensmail est le meurtre d'un jeune artiste algérien, le 11 août 2021, par une foule à Larbaâ Nath Irathen, dans la wilaya de Tizi Ouzou, en Kabylie, où il s'était rendu pour aider à lutter contre les incendies de forêt.

Contexte
Au début du mois d'août 2021, de très nombreux feux de forêt ont ravagé le nord de l'Algérie, surtout la Kabylie. Ces incendies ont fait au moins 90 morts, dont 33 militaires venus combattre les flammes. Les autorités ont affirmé que les feux étaient d'origine criminelle, ce qui a créé un climat de suspicion dans les villages touchés.

Déroulement
Djamel Bensmail, âgé de 38 ans et originaire de Miliana, était venu en Kabylie comme volontaire. Accusé à tort par des habitants d'avoir allumé des incendies, il s'est livré à la police, qui l'a conduit au commissariat de la ville. Une foule en colère a envahi les abords du commissariat, l'a sorti d'un fourgon de police, l'a roué de coups, puis a brûlé son corps sur la place de la ville. La scène a été filmée et diffusée sur les réseaux sociaux.

Bilan
Djamel Bensmail est mort sous les coups. Plusieurs policiers ont été légèrement blessés en tentant de le protéger.

Suites
Dans les jours suivants, la police a arrêté plus de 60 personnes soupçonnées d'avoir participé au lynchage. En novembre 2022, un tribunal a condamné 49 personnes à mort. Le père de la victime a appelé au calme et à la fraternité entre Algériens.

Réactions
Le président Abdelmadjid Tebboune a promis que les coupables seraient punis. Des associations de défense des droits humains ont dénoncé le lynchage et demandé une enquête sur le rôle de la police.
"""

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[Row] = [
    (
        "2019-06-10",
        A001,
        "2019-05-12",
        V,
        "Attack",
        f"{UAG} (Burkina Faso)",
        f"{CIV} (Burkina Faso)",
        ["Christian Group (Burkina Faso)"],
        "Dablo",
        6,
    ),
    (
        "2021-12-15",
        A002,
        "2021-11-20",
        PR,
        "Protest with intervention",
        "Protesters (Burkina Faso)",
        PBF,
        [],
        "Kaya",
        0,
    ),
    ("2020-10-01", A003, "2020-08-09", V, "Attack", ISGS, f"{CIV} (France)", [f"{CIV} (Niger)"], "Kouré", 8),
    ("2021-01-10", A004, "2020-12-12", V, "Attack", ISWAP, f"{CIV} (Niger)", [], "Toumour", 28),
    ("2019-02-20", A005, "2019-01-20", B, "Armed clash", JNIM, MINUSMA, [], "Aguelhok", 10),
    ("2018-08-01", A006, "2018-07-01", E, "Suicide bomb", JNIM, FRANCE, [f"{CIV} (Mali)"], "Gao", 5),
    (
        "2019-05-15",
        A007,
        "2019-04-16",
        E,
        "Shelling/artillery/missile attack",
        LNA,
        f"{CIV} (Libya)",
        [],
        "Abu Salim",
        6,
    ),
    ("2019-02-15", A008, "2019-01-16", B, "Armed clash", KANIYAT, TRB, [], "Salah al-Din", 5),
    ("2019-03-10", A009, "2019-02-09", S, "Arrests", TD, UFR, [], "Amdjarass", 0),
    (
        "2021-09-15",
        A010,
        "2021-08-11",
        R,
        "Mob violence",
        "Rioters (Algeria)",
        f"{CIV} (Algeria)",
        [],
        "Larbaa Nath Irathen",
        1,
    ),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_articles6.jsonl"
    write_labelled(out, ROWS, "sitrep-articles6", P.__getitem__)


if __name__ == "__main__":
    main()
