"""ACLED's event-type and actor names shared by the labelled-set scripts (make_labelled*.py).

One spelling for each name, so that the sets cannot drift apart on how an actor is written; names that differ
between sets on purpose (a force's period as each set's engineer coded it) stay in their own script.
"""

from __future__ import annotations

# event types, by initial: Battles, Violence against civilians, Explosions, PRotests, Riots, Strategic developments
B, V, E, PR, R, S = (
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Protests",
    "Riots",
    "Strategic developments",
)
UAG, CIV, ISL = "Unidentified Armed Group", "Civilians", "Islamist Militia"

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
ISWAP = "Islamic State (West Africa)"
BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ANS = "Ansaroul Islam"
VDP = "VDP: Volunteers for the Defense of the Homeland"
KOG = "Koglweogo Militia"
DNA = "Dan Na Ambassagou"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
FRANCE = "Military Forces of France"

LNA = "Military Forces of Libya (2014-) Haftar Faction"
GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
ISLY = "Islamic State (Libya)"
TEBU, TUAREG = "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)"
FACT = "FACT: Front for Change and Concord in Chad"
CCMSR = "CCMSR: Military Command Council for the Salvation of the Republic"
DZ99, DZ19 = "Military Forces of Algeria (1999-2019)", "Military Forces of Algeria (2019-)"
PDZ19 = "Police Forces of Algeria (2019-)"
PMR08, PMR19 = "Police Forces of Mauritania (2008-2019)", "Police Forces of Mauritania (2019-)"

# northern Mali's signatory and pro-government armed groups (spellings as make_labelled.py already writes them)
MNLA = "MNLA: National Movement for the Liberation of Azawad"
CMA = "CMA: Coordination of Movements of the Azawad"
GATIA = "GATIA: Imghad Tuareg and Allies Self-Defense Group"
MSA = "MSA: Movement for Azawad Salvation"
