"""Toll rules of round 21: named victims beside a count, one side's toll corrected, a background act's dead, a
suicide attacker's death told apart, a denied death as a toll of 0, competing sources in a losses section, and
captives named after an active verb. Every sentence here is written for the test."""

from __future__ import annotations

from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.doc_tolls import TollOf, loss_prose, toll_camp
from sitrep.nlp.fatalities import count_captured, count_fatalities


def _en(text: str) -> int | None:
    return count_fatalities(text, language="en").value


def _fr(text: str) -> int | None:
    return count_fatalities(text, language="fr").value


def test_definite_victim_before_a_count_adds_one() -> None:
    assert _en("Gunmen entered the mosque and shot dead the imam and four worshippers.") == 5
    assert _en("Raiders murdered the chief and three herders near the well.") == 4


def test_named_victims_after_a_count_add_one_each() -> None:
    assert _en("Bandits killed four traders from Gao, their cook and their driver near the river.") == 6
    assert _en("The ambush killed three gendarmes and their commander.") == 4


def test_a_clause_after_a_count_names_no_victim() -> None:
    assert _en("Militants killed two soldiers and the army withdrew.") == 2
    assert _en("Militants killed two soldiers and their commander fled.") == 2
    assert _en("Militants killed three traders and wounded their driver.") == 3
    assert _en("An air strike killed five herders from a nearby camp, and the protests grew.") == 5


def test_a_correction_of_one_side_replaces_that_side_only() -> None:
    text = (
        "Jihadists stormed the camp. The army first gave 12 soldiers and 30 militants killed; it later revised the "
        "soldiers' toll to 20."
    )
    assert _en(text) == 50


def test_a_correction_of_a_side_the_toll_does_not_split_changes_nothing() -> None:
    text = "Jihadists stormed the camp, killing 12 soldiers. The army later revised the militants' toll to 20."
    assert _en(text) == 12


def test_a_background_act_in_the_pluperfect_is_another_event() -> None:
    text = (
        "Rebels shelled the airport on Monday; no casualties were reported. The day before, a mortar round had "
        "killed three civilians in the market."
    )
    assert _en(text) == 0
    fr = "Des rebelles ont bombardé la ville, tuant deux civils. La veille, des hommes armés avaient tué cinq bergers."
    assert _fr(fr) == 2


def test_the_first_sentence_in_the_pluperfect_still_counts() -> None:
    assert _en("Earlier that week, gunmen had killed four farmers near the village.") == 4


def test_suicide_bomber_death_told_apart_adds_one() -> None:
    text = "A suicide bomber rammed a checkpoint, killing two gendarmes. Officials said the bomber also died."
    assert _en(text) == 3


def test_bomber_already_counted_is_not_added_twice() -> None:
    text = "A suicide attack killed three soldiers and the bomber. Officials said the bomber also died."
    assert _en(text) == 4


def test_a_bomber_death_needs_a_suicide_attack() -> None:
    assert _en("Gunmen killed two guards. The driver also died.") == 2


def test_denied_death_with_no_other_count_is_zero() -> None:
    assert _en("Rockets hit the barracks overnight. Nobody was hurt.") == 0
    assert _en("Militants fired on the convoy. No soldier was killed.") == 0
    assert _fr("Des obus sont tombés sur le camp. Aucun soldat n'a été tué.") == 0


def test_denied_death_beside_a_count_keeps_the_count() -> None:
    assert _en("Two soldiers were killed in the ambush. No civilian was hurt.") == 2


def test_captives_after_an_active_verb_are_its_object() -> None:
    text = "Les rebelles affirment avoir tué douze soldats et capturé une vingtaine d'autres."
    assert count_captured(text, language="fr").value == 20
    assert count_captured("The rebels captured 15 soldiers.", language="en").value == 15
    assert count_captured("Fifteen soldiers were captured, 3 wounded.", language="en").value == 15


def test_french_national_guards_are_government_forces() -> None:
    text = "Quatre gardes nationaux ont été tués."
    toll = count_fatalities(text, language="fr")
    assert toll_camp(text, toll) == "gov"


def _section(text: str, name: str) -> tuple[list[Section], list[Unit]]:
    start = text.index(name) + len(name) + 1
    sec = Section(name, start, len(text))
    units: list[Unit] = []
    pos = start
    for part in text[start:].split(". "):
        end = min(len(text), pos + len(part) + 1)
        units.append(Unit(pos, end, 0, 0, "event", True))
        pos = end + 1
    return [sec], units


def _toll_of(text: str) -> TollOf:
    return lambda a, b: count_fatalities(text, a, b, language="en")


def test_a_report_finding_and_a_denial_are_competing_figures() -> None:
    text = (
        "Casualties\nResidents said 14 people were killed in the raid. The army said about forty militants had "
        "been killed and denied that any civilians died. A report by an inquiry concluded that 17 people had died, "
        "of whom 14 were civilians."
    )
    sections, units = _section(text, "Casualties")
    got = loss_prose(text, units, sections, _toll_of(text))
    assert got is not None and got.value == 14
