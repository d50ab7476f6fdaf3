"""Toll rules of round 22: a party's own dead beside the toll it inflicted, a toll "on both sides" as the total,
a loss "of its own men", French "un" as one victim, a definite singular victim joined to a counted group, and an
earlier act set apart by its distance in time. Every sentence here is written for the test."""

from __future__ import annotations

from sitrep.nlp.fatalities import count_captured, count_fatalities


def _en(text: str) -> int | None:
    return count_fatalities(text, language="en").value


def _fr(text: str) -> int | None:
    return count_fatalities(text, language="fr").value


def test_own_ranks_add_to_the_enemy_toll() -> None:
    assert _en("Medics said 30 rebels were killed; the army reported five dead in its own ranks.") == 35
    assert _fr("Vingt assaillants ont été tués. L'armée compte trois morts dans ses propres rangs.") == 23


def test_own_ranks_restated_or_conceded_do_not_add() -> None:
    # the same figure again is a restatement; a conceded figure competes with the claim against the party
    assert _en("Militants killed 12 soldiers. The army reported 12 dead in its own ranks.") == 12
    assert _en("Rebels said they killed 30 soldiers. The army acknowledged four dead in its own ranks.") == 4


def test_dead_on_both_sides_is_the_total() -> None:
    assert _en("A day after a farmer was shot dead, clashes broke out. Elders reported six dead on both sides.") == 6
    assert _fr("Les affrontements ont fait sept morts de part et d'autre, selon un élu.") == 7


def test_lost_of_its_own_men_adds() -> None:
    text = "The army said it killed 9 bandits and captured 4, and lost three of its own men."
    assert _en(text) == 12
    assert count_captured(text, language="en").value == 4


def test_french_one_victim_with_a_counted_group() -> None:
    assert _fr("Un gendarme a été tué et une vingtaine d'assaillants ont été neutralisés, selon l'état-major.") == 21
    assert _fr("Douze terroristes ont été tués, selon l'armée, qui déplore un militaire tué.") == 13
    assert _fr("L'explosion a fait un mort et trois blessés.") == 1


def test_french_one_wounded_is_no_death() -> None:
    assert _fr("Un soldat a été blessé et trois assaillants ont été neutralisés.") == 3
    assert _fr("L'explosion a fait un blessé et deux morts.") == 2


def test_definite_singular_victim_joined_to_a_count_adds_one() -> None:
    assert _en("Three herders and the village chief were killed in the raid.") == 4
    assert _en("Two traders and the driver's son were killed.") == 3


def test_definite_plural_or_collective_adds_nobody() -> None:
    assert _en("Two herders and the attackers were killed.") == 2
    assert _en("Three soldiers and the police were killed.") == 3
    assert _en("Five soldiers were killed and the base commander was wounded.") == 5


def test_earlier_act_told_by_its_distance_in_time() -> None:
    assert _en("Two days after militia fighters killed four raiders near the well, gunmen shot dead nine herders.") == 9
    assert (
        _fr("Une semaine après que des hommes armés ont tué deux bergers, des assaillants ont tué cinq villageois.")
        == 5
    )
    assert _en("Two days after the attack, the army said 14 militants were killed.") == 14
