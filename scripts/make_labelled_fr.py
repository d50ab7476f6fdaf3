# ruff: noqa: E501  (a data table: one incident note per line reads better than wrapped strings)
"""Writes tests/data/labelled_fr.jsonl: short French incident notes written for this project, with our coding.

The notes are invented in the style of Sahel press briefs (national press, radio, ministry statements;
places and organisations are real, incidents are not), coded by hand into ACLED's scheme in shared/eval's
gold format. Coordinates are those of the GeoNames dumps in shared/gazetteer (feature class P); Chad has no
dump there, so its three towns carry the GeoNames coordinates of the public GeoNames site. Edit the table
and re-run: ``python scripts/make_labelled_fr.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

P = {  # place: (country, admin1, lat, lon)
    "Tessalit": ("Mali", "Kidal", 20.20126, 1.01186),
    "Ménaka": ("Mali", "Menaka", 15.9182, 2.4022),
    "Nampala": ("Mali", "Segou", 15.2807, -5.5549),
    "Diafarabé": ("Mali", "Mopti", 14.13814, -5.01781),
    "Sévaré": ("Mali", "Mopti", 14.52742, -4.09344),
    "Bourem": ("Mali", "Gao", 16.955, -0.34861),
    "Kidal": ("Mali", "Kidal", 18.44111, 1.40778),
    "Bandiagara": ("Mali", "Mopti", 14.35005, -3.61038),
    "Mopti": ("Mali", "Mopti", 14.4843, -4.18296),
    "Ansongo": ("Mali", "Gao", 15.6597, 0.5022),
    "Goundam": ("Mali", "Tombouctou", 16.41453, -3.67075),
    "Gao": ("Mali", "Gao", 16.27, -0.04),
    "Douentza": ("Mali", "Mopti", 15.0, -2.95),
    "Niono": ("Mali", "Segou", 14.25, -5.99),
    "Bamako": ("Mali", "Bamako", 12.65, -8.0),
    "Tombouctou": ("Mali", "Tombouctou", 16.77, -3.01),
    "Djibo": ("Burkina Faso", "Sahel", 14.0994, -1.62554),
    "Kantchari": ("Burkina Faso", "Est", 12.47558, 1.51162),
    "Dori": ("Burkina Faso", "Sahel", 14.0354, -0.0345),
    "Kaya": ("Burkina Faso", "Centre-Nord", 13.09167, -1.08444),
    "Ouagadougou": ("Burkina Faso", "Centre", 12.36566, -1.53388),
    "Arbinda": ("Burkina Faso", "Sahel", 14.23, -0.87),
    "Ouahigouya": ("Burkina Faso", "Nord", 13.58, -2.42),
    "Titao": ("Burkina Faso", "Nord", 13.76667, -2.06667),
    "Sebba": ("Burkina Faso", "Sahel", 13.43641, 0.53044),
    "Gorom-Gorom": ("Burkina Faso", "Sahel", 14.4429, -0.23468),
    "Bobo-Dioulasso": ("Burkina Faso", "Hauts-Bassins", 11.17715, -4.2979),
    "Fada N'Gourma": ("Burkina Faso", "Est", 12.06, 0.36),
    "Tillabéri": ("Niger", "Tillaberi", 14.20711, 1.45418),
    "Ayorou": ("Niger", "Tillaberi", 14.73075, 0.91739),
    "Téra": ("Niger", "Tillaberi", 14.00776, 0.75306),
    "Diffa": ("Niger", "Diffa", 13.31536, 12.61135),
    "Niamey": ("Niger", "Niamey", 13.51366, 2.1098),
    "Nguigmi": ("Niger", "Diffa", 14.24953, 13.10921),
    "Zinder": ("Niger", "Zinder", 13.80716, 8.9881),
    "Tahoua": ("Niger", "Tahoua", 14.8888, 5.2692),
    "Ouallam": ("Niger", "Tillaberi", 14.31641, 2.08597),
    "Nouakchott": ("Mauritania", "Nouakchott Ouest", 18.08581, -15.9785),
    "Bassikounou": ("Mauritania", "Hodh ech Chargui", 15.8656, -5.9468),
    "Kiffa": ("Mauritania", "Assaba", 16.61659, -11.40453),
    "Bol": ("Chad", "Lac", 13.46, 14.71),
    "N'Djamena": ("Chad", "N'Djamena", 12.11, 15.04),
    "Abéché": ("Chad", "Ouaddai", 13.83, 20.83),
}
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
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
FR = "Military Forces of France"
ML13, ML20, ML21 = ("Military Forces of Mali (2013-)", "Military Forces of Mali (2020-2021)", "Military Forces of Mali (2021-)")
BF15, BF22 = "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"
NE11 = "Military Forces of Niger (2011-2023)"
TD90, TD21 = "Military Forces of Chad (1990-2021)", "Military Forces of Chad (2021-)"
MR19 = "Military Forces of Mauritania (2019-)"
PML13, PML21 = "Police Forces of Mali (2013-)", "Police Forces of Mali (2021-)"
PBF15, PNE11, PTD21, PMR19 = (
    "Police Forces of Burkina Faso (2015-2022)",
    "Police Forces of Niger (2011-2023)",
    "Police Forces of Chad (2021-)",
    "Police Forces of Mauritania (2019-)",
)

# (published, text, date, event_type, sub_event_type, actor1, actor2, assoc, place, fatalities)
ROWS: list[tuple[str, str, str, str, str, str, str, list[str], str, int]] = [
    # --- Battles
    ("2019-05-20", "Le 17 mai 2019, des soldats des FAMa ont affronté des combattants du JNIM près de Douentza. Trois soldats et cinq assaillants ont été tués.", "2019-05-17", B, "Armed clash", ML13, JNIM, [], "Douentza", 8),
    ("2020-01-12", "Le poste militaire de Tessalit a été attaqué par des hommes armés non identifiés le 10 janvier 2020. Deux militaires ont été tués.", "2020-01-10", B, "Armed clash", UAG + " (Mali)", ML13, [], "Tessalit", 2),
    ("2021-08-21", "Embuscade contre une patrouille de l'armée burkinabè près d'Arbinda le 18 août 2021 : une quinzaine de soldats tués, selon une source sécuritaire.", "2021-08-18", B, "Armed clash", UAG + " (Burkina Faso)", BF15, [], "Arbinda", 15),
    ("2020-03-25", "Des combattants de l'EIGS ont attaqué une position de l'armée nigérienne à Téra le 22 mars 2020. Les militaires ont repoussé l'assaut ; douze assaillants ont été tués.", "2020-03-22", B, "Armed clash", ISGS, NE11, [], "Téra", 12),
    ("2019-03-26", "Affrontements entre l'armée tchadienne et des éléments de Boko Haram le 23 mars 2019 près de Bol : vingt-trois soldats tués.", "2019-03-23", B, "Armed clash", TD90, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", [], "Bol", 23),
    ("2022-02-15", "Dans la nuit du 12 au 13 février 2022, des djihadistes ont attaqué le détachement militaire de Titao. Les FDS ont riposté ; sept terroristes ont été neutralisés.", "2022-02-12", B, "Armed clash", ISL + " (Burkina Faso)", BF22, [], "Titao", 7),
    ("2018-09-04", "Des accrochages ont opposé le 2 septembre 2018 des soldats de l'opération Barkhane à des combattants de l'EIGS près de Ménaka. Deux djihadistes ont été tués.", "2018-09-02", B, "Armed clash", FR, ISGS, [], "Ménaka", 2),
    ("2021-06-14", "Un convoi de la MINUSMA a été attaqué par des hommes armés le 11 juin 2021 près de Douentza. Un casque bleu a été tué et quatre autres blessés.", "2021-06-11", B, "Armed clash", UAG + " (Mali)", MINUSMA, [], "Douentza", 1),
    ("2020-07-09", "Le 6 juillet 2020, des éléments de l'EIGS ont tendu une embuscade à des gendarmes nigériens près d'Ayorou. Le bilan fait état de quatre gendarmes tués.", "2020-07-06", B, "Armed clash", ISGS, PNE11, [], "Ayorou", 4),
    ("2022-06-28", "Des affrontements entre des membres de la CMA et du GSIM ont éclaté le 25 juin 2022 au nord de Kidal, faisant une dizaine de morts.", "2022-06-25", B, "Armed clash", "CMA: Coordination of Movements of the Azawad", JNIM, [], "Kidal", 10),
    ("2019-12-13", "L'armée nigérienne a repoussé le 10 décembre 2019 une attaque d'hommes armés contre son camp de Ouallam ; cinq assaillants ont été tués.", "2019-12-10", B, "Armed clash", UAG + " (Niger)", NE11, [], "Ouallam", 5),
    ("2021-04-05", "Le 2 avril 2021, des volontaires pour la défense de la patrie (VDP) ont affronté des hommes armés près de Djibo. Six VDP ont perdu la vie.", "2021-04-02", B, "Armed clash", "VDP: Volunteers for the Defense of the Homeland", UAG + " (Burkina Faso)", [], "Djibo", 6),
    ("2020-11-18", "Des militaires maliens ont été attaqués par des terroristes le 15 novembre 2020 près de Nampala. L'armée a perdu trois hommes.", "2020-11-15", B, "Armed clash", ISL + " (Mali)", ML20, [], "Nampala", 3),
    ("2022-03-10", "Combats entre l'armée tchadienne et des rebelles le 7 mars 2022 dans la région d'Abéché. Le gouvernement annonce la mort de neuf rebelles.", "2022-03-07", B, "Armed clash", TD21, "Rebels (Chad)", [], "Abéché", 9),
    # --- Violence against civilians
    ("2019-03-26", "Le 23 mars 2019, des hommes armés ont attaqué des villageois près de Bandiagara et tué quatre bergers.", "2019-03-23", V, "Attack", UAG + " (Mali)", CIV + " (Mali)", [], "Bandiagara", 4),
    ("2021-01-05", "Des individus armés ont enlevé un chef de village le 2 janvier 2021 à Kantchari.", "2021-01-02", V, "Abduction/forced disappearance", UAG + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Kantchari", 0),
    ("2020-05-04", "Le 1er mai 2020, des terroristes ont exécuté trois civils sur la route de Djibo.", "2020-05-01", V, "Attack", ISL + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Djibo", 3),
    ("2021-03-17", "Des hommes armés non identifiés ont tué cinq commerçants le 15 mars 2021 près de Tillabéri.", "2021-03-15", V, "Attack", UAG + " (Niger)", CIV + " (Niger)", [], "Tillabéri", 5),
    ("2022-05-10", "Un enseignant a été enlevé par des hommes armés le 8 mai 2022 à Goundam, selon des sources locales.", "2022-05-08", V, "Abduction/forced disappearance", UAG + " (Mali)", CIV + " (Mali)", [], "Goundam", 0),
    ("2018-11-12", "Le 10 novembre 2018, des individus armés ont assassiné un marabout à Mopti.", "2018-11-10", V, "Attack", UAG + " (Mali)", CIV + " (Mali)", [], "Mopti", 1),
    ("2020-12-15", "Des djihadistes ont exécuté sept habitants le 12 décembre 2020 dans un village proche de Sebba.", "2020-12-12", V, "Attack", ISL + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Sebba", 7),
    ("2019-06-20", "Trois humanitaires ont été enlevés le 17 juin 2019 près de Diffa par des éléments de l'ISWAP.", "2019-06-17", V, "Abduction/forced disappearance", ISWAP, CIV + " (Niger)", [], "Diffa", 0),
    ("2022-04-06", "Des hommes armés ont ouvert le feu sur des orpailleurs le 3 avril 2022 à Gorom-Gorom : onze morts.", "2022-04-03", V, "Attack", UAG + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Gorom-Gorom", 11),
    ("2021-09-22", "Le 20 septembre 2021, des assaillants ont tué un conseiller municipal à Ansongo.", "2021-09-20", V, "Attack", UAG + " (Mali)", CIV + " (Mali)", [], "Ansongo", 1),
    ("2020-02-11", "Des terroristes ont enlevé six passagers d'un car le 8 février 2020 entre Dori et Arbinda.", "2020-02-08", V, "Abduction/forced disappearance", ISL + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Dori", 0),
    ("2018-12-14", "Des hommes armés ont attaqué des éleveurs le 12 décembre 2018 près de Ménaka ; une vingtaine de civils ont été tués.", "2018-12-12", V, "Attack", UAG + " (Mali)", CIV + " (Mali)", [], "Ménaka", 20),
    ("2021-11-03", "Le corps d'un commerçant enlevé la veille a été retrouvé le 1er novembre 2021 à Ouahigouya.", "2021-11-01", V, "Attack", UAG + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Ouahigouya", 1),
    ("2019-10-08", "Le 5 octobre 2019, des djihadistes ont tué deux pêcheurs à Nguigmi, au bord du lac Tchad.", "2019-10-05", V, "Attack", ISL + " (Niger)", CIV + " (Niger)", [], "Nguigmi", 2),
    # --- Explosions/Remote violence
    ("2019-07-04", "Un véhicule de la MINUSMA a sauté sur un engin explosif improvisé le 1er juillet 2019 entre Ansongo et Gao. Deux casques bleus ont été blessés.", "2019-07-01", E, "Remote explosive/landmine/IED", UAG + " (Mali)", MINUSMA, [], "Ansongo", 0),
    ("2020-09-08", "Le 5 septembre 2020, deux soldats français de l'opération Barkhane ont été tués par un EEI près de Tessalit.", "2020-09-05", E, "Remote explosive/landmine/IED", UAG + " (Mali)", FR, [], "Tessalit", 2),
    ("2021-10-06", "Un véhicule de transport a sauté sur une mine le 4 octobre 2021 près de Dori. Quatre passagers ont été tués.", "2021-10-04", E, "Remote explosive/landmine/IED", UAG + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Dori", 4),
    ("2020-01-13", "Frappe aérienne de Barkhane le 10 janvier 2020 près de Ménaka : une dizaine de terroristes neutralisés.", "2020-01-10", E, "Air/drone strike", FR, ISL + " (Mali)", [], "Ménaka", 10),
    ("2018-04-16", "Le camp de la MINUSMA à Tombouctou a été la cible de tirs d'obus le 14 avril 2018. Un casque bleu a été tué.", "2018-04-14", E, "Shelling/artillery/missile attack", UAG + " (Mali)", MINUSMA, [], "Tombouctou", 1),
    ("2022-01-05", "Le 3 janvier 2022, un engin explosif a visé un convoi de l'armée malienne près de Bourem ; trois militaires ont trouvé la mort.", "2022-01-03", E, "Remote explosive/landmine/IED", UAG + " (Mali)", ML21, [], "Bourem", 3),
    ("2021-02-10", "Des roquettes ont été tirées le 8 février 2021 sur le camp militaire de Kidal, sans faire de victimes.", "2021-02-08", E, "Shelling/artillery/missile attack", UAG + " (Mali)", ML20, [], "Kidal", 0),
    ("2019-08-27", "Un engin explosif improvisé a explosé au passage d'une patrouille de l'armée nigérienne le 25 août 2019 près de Tillabéri, tuant deux militaires.", "2019-08-25", E, "Remote explosive/landmine/IED", UAG + " (Niger)", NE11, [], "Tillabéri", 2),
    ("2021-12-22", "Une frappe de drone de l'armée française a visé le 20 décembre 2021 des combattants de l'EIGS près d'Ansongo. Cinq djihadistes ont été tués.", "2021-12-20", E, "Air/drone strike", FR, ISGS, [], "Ansongo", 5),
    ("2020-06-23", "Le 21 juin 2020, un kamikaze s'est fait exploser devant un poste de police à Diffa, tuant deux policiers.", "2020-06-21", E, "Suicide bomb", UAG + " (Niger)", PNE11, [], "Diffa", 2),
    ("2022-08-11", "Un car a heurté une mine artisanale le 9 août 2022 sur l'axe Djibo-Kaya ; sept civils ont été tués.", "2022-08-09", E, "Remote explosive/landmine/IED", UAG + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Djibo", 7),
    ("2018-03-20", "Deux obus sont tombés sur la base de Barkhane à Gao le 18 mars 2018, blessant trois militaires.", "2018-03-18", E, "Shelling/artillery/missile attack", UAG + " (Mali)", FR, [], "Gao", 0),
    # --- Protests
    ("2019-04-08", "Des milliers de manifestants ont marché le 5 avril 2019 à Bamako pour dénoncer l'insécurité dans le centre du pays.", "2019-04-05", PR, "Peaceful protest", "Protesters (Mali)", "", [], "Bamako", 0),
    ("2020-06-08", "Le 5 juin 2020, des milliers de personnes ont manifesté à Bamako pour exiger la démission du président.", "2020-06-05", PR, "Peaceful protest", "Protesters (Mali)", "", [], "Bamako", 0),
    ("2021-11-29", "Des manifestants ont bloqué un convoi de l'armée française le 27 novembre 2021 à Kaya. Les gendarmes ont dispersé la foule à l'aide de gaz lacrymogène.", "2021-11-27", PR, "Protest with intervention", "Protesters (Burkina Faso)", PBF15, [], "Kaya", 0),
    ("2022-03-02", "Des étudiants ont manifesté pacifiquement le 28 février 2022 à Niamey contre la présence militaire étrangère.", "2022-02-28", PR, "Peaceful protest", "Protesters (Niger)", "", [], "Niamey", 0),
    ("2018-06-04", "Manifestation à Nouakchott le 2 juin 2018 : des commerçants protestent contre la hausse des taxes.", "2018-06-02", PR, "Peaceful protest", "Protesters (Mauritania)", "", [], "Nouakchott", 0),
    ("2021-05-03", "Des femmes ont organisé un sit-in le 30 avril 2021 devant le gouvernorat de Mopti pour réclamer la libération de leurs proches.", "2021-04-30", PR, "Peaceful protest", "Protesters (Mali)", "", [], "Mopti", 0),
    ("2022-05-16", "Le 14 mai 2022, des manifestants ont défilé à N'Djamena contre la présence française ; la police a interpellé une dizaine de personnes.", "2022-05-14", PR, "Protest with intervention", "Protesters (Chad)", PTD21, [], "N'Djamena", 0),
    ("2020-10-19", "Des habitants de Djibo ont marché le 17 octobre 2020 pour réclamer plus de sécurité.", "2020-10-17", PR, "Peaceful protest", "Protesters (Burkina Faso)", "", [], "Djibo", 0),
    ("2019-11-26", "Des jeunes ont manifesté le 24 novembre 2019 à Ménaka pour dénoncer les tueries de civils.", "2019-11-24", PR, "Peaceful protest", "Protesters (Mali)", "", [], "Ménaka", 0),
    # --- Riots
    ("2019-11-27", "Le 25 novembre 2019, des émeutiers ont incendié des véhicules et saccagé des bâtiments publics à Sévaré.", "2019-11-25", R, "Violent demonstration", "Rioters (Mali)", "", [], "Sévaré", 0),
    ("2021-11-22", "Des jeunes en colère ont érigé des barricades et brûlé des pneus le 20 novembre 2021 à Kaya ; un manifestant a été tué.", "2021-11-20", R, "Violent demonstration", "Rioters (Burkina Faso)", "", [], "Kaya", 1),
    ("2020-07-13", "Des émeutes ont éclaté le 10 juillet 2020 à Bamako : des manifestants ont saccagé le siège de la télévision nationale. Les forces de l'ordre ont tiré, faisant onze morts.", "2020-07-10", R, "Violent demonstration", "Rioters (Mali)", PML13, [], "Bamako", 11),
    ("2018-08-20", "Le 18 août 2018, une foule en colère a lynché un voleur présumé à Zinder.", "2018-08-18", R, "Mob violence", "Rioters (Niger)", CIV + " (Niger)", [], "Zinder", 1),
    ("2022-01-24", "Des jeunes ont jeté des pierres sur les forces de l'ordre le 21 janvier 2022 à Tahoua après l'arrestation d'un imam.", "2022-01-21", R, "Violent demonstration", "Rioters (Niger)", PNE11, [], "Tahoua", 0),
    ("2021-02-09", "Le 6 février 2021, des manifestants ont incendié la mairie de Kiffa pour protester contre des coupures d'électricité.", "2021-02-06", R, "Violent demonstration", "Rioters (Mauritania)", "", [], "Kiffa", 0),
    ("2019-09-23", "Des émeutiers ont pillé des boutiques le 21 septembre 2019 à Abéché ; la police a fait usage de gaz lacrymogène.", "2019-09-21", R, "Violent demonstration", "Rioters (Chad)", "Police Forces of Chad (1990-2021)", [], "Abéché", 0),
    ("2020-05-13", "Le 11 mai 2020, des jeunes ont saccagé un commissariat de police à Bobo-Dioulasso pour protester contre le couvre-feu.", "2020-05-11", R, "Violent demonstration", "Rioters (Burkina Faso)", "", [], "Bobo-Dioulasso", 0),
    # --- Strategic developments
    ("2020-06-10", "Le 8 juin 2020, la gendarmerie a interpellé trois suspects à Niono.", "2020-06-08", S, "Arrests", PML13, "", [], "Niono", 0),
    ("2021-07-15", "Des militaires tchadiens ont arrêté le 12 juillet 2021 à Bol cinq membres présumés de Boko Haram.", "2021-07-12", S, "Arrests", TD21, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", [], "Bol", 0),
    ("2019-02-20", "Des hommes armés ont pillé le marché de Diafarabé le 18 février 2019 et emporté du bétail.", "2019-02-18", S, "Looting/property destruction", UAG + " (Mali)", CIV + " (Mali)", [], "Diafarabé", 0),
    ("2022-07-05", "Le 2 juillet 2022, des terroristes ont incendié une école à Fada N'Gourma.", "2022-07-02", S, "Looting/property destruction", ISL + " (Burkina Faso)", CIV + " (Burkina Faso)", [], "Fada N'Gourma", 0),
    ("2020-09-14", "Les autorités nigériennes ont signé le 11 septembre 2020 à Niamey un accord de paix avec des chefs communautaires de la région.", "2020-09-11", S, "Agreement", "Government of Niger", "", [], "Niamey", 0),
    ("2021-10-25", "Les forces de sécurité mauritaniennes ont désamorcé un engin explosif le 22 octobre 2021 près de Bassikounou.", "2021-10-22", S, "Disrupted weapons use", MR19, "", [], "Bassikounou", 0),
    ("2018-10-08", "La police a arrêté le 5 octobre 2018 à Ouagadougou deux hommes soupçonnés de préparer un attentat.", "2018-10-05", S, "Arrests", PBF15, "", [], "Ouagadougou", 0),
    ("2022-09-05", "Le 2 septembre 2022, l'armée malienne a établi une nouvelle base militaire à Gao.", "2022-09-02", S, "Headquarters or base established", ML21, "", [], "Gao", 0),
    ("2019-12-03", "Des hommes armés ont volé une trentaine de têtes de bétail le 30 novembre 2019 près de Ayorou.", "2019-11-30", S, "Looting/property destruction", UAG + " (Niger)", CIV + " (Niger)", [], "Ayorou", 0),
    ("2021-03-09", "Le 6 mars 2021, des gendarmes ont interpellé un présumé trafiquant d'armes à Nouakchott.", "2021-03-06", S, "Arrests", PMR19, CIV + " (Mauritania)", [], "Nouakchott", 0),
]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_fr.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, (pub, text, d, et, sub, a1, a2, assoc, place, fat) in enumerate(ROWS, start=1):
            country, admin1, lat, lon = P[place]
            row = {
                "id": f"sitrep-labelled-fr:{i:03d}",
                "text": text,
                "published": pub,
                "source": "sitrep",
                "date": d,
                "event_type": [et],
                "sub_event_type": sub,
                "actor1": a1,
                "actor2": a2,
                "assoc_actors": assoc,
                "country": country,
                "admin1": admin1,
                "location": place,
                "lat": lat,
                "lon": lon,
                "fatalities": fat,
                "place_named": True,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
