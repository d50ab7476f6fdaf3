"""Tolls (sahel3 review): a figure marked as the whole, a party conceding a lower figure, a force's "lost two
soldiers", a part of the dead named in an aside, both sides in separate clauses, and military shorthand.

Each rule has one invented note it changes and one it leaves alone.
"""

from __future__ import annotations

from sitrep.nlp.fatalities import count_fatalities


def _toll(text: str, language: str = "en") -> int | None:
    return count_fatalities(text, language=language).value


def test_a_toll_in_total_replaces_a_party_claim() -> None:
    assert (
        _toll(
            "Militants clashed with the army. The militants claimed 15 soldiers were killed; local sources "
            "reported six dead in total."
        )
        == 6
    )


def test_a_total_in_all_sets_aside_a_claim_in_the_same_sentence() -> None:
    assert _toll("Hospital sources reported seven dead in all, while commanders said dozens of enemies died.") == 7


def test_a_total_larger_than_a_part_is_kept() -> None:
    assert _toll("Three soldiers were killed. Hospital sources reported twelve dead in total.") == 12


def test_without_a_total_both_sides_still_add_up() -> None:
    assert _toll("Three soldiers were killed; the army said 5 assailants were killed.") == 8


def test_a_conceded_lower_figure_replaces_the_claim() -> None:
    assert _toll("Rebels said they killed 28 soldiers; the army acknowledged three dead.") == 3


def test_a_later_figure_for_the_other_side_is_added() -> None:
    assert _toll("Rebels said they killed 28 soldiers; the army said 3 rebels were killed.") == 31


def test_lost_soldiers_are_dead() -> None:
    assert _toll("The army said it neutralised 17 terrorists and lost two soldiers.") == 19


def test_lost_control_is_no_death() -> None:
    assert _toll("The army lost control of two villages after the attack.") is None


def test_an_aside_naming_part_of_the_dead_adds_nobody() -> None:
    assert _toll("Nine herders, two of them children, were killed near Bankass.") == 9


def test_a_group_joined_by_and_is_added() -> None:
    assert _toll("Nine herders and two children were killed near Bankass.") == 11


def test_volunteers_dead_add_to_assailants_dead() -> None:
    assert _toll("Three VDP died; a local leader claimed that dozens of assailants were killed.") == 15


def test_the_other_side_named_after_when_is_not_the_dead() -> None:
    assert (
        _toll("Several gunmen were killed when Dozo hunters repelled an attack. One Dozo died in the fighting.") == 11
    )


def test_kia_is_killed_in_action() -> None:
    assert _toll("FAMa vehicle hits IED nr Boni. 3 KIA, 2 WIA.") == 3


def test_wia_alone_is_no_death() -> None:
    assert _toll("FAMa vehicle hits IED nr Boni. 2 WIA.") is None


def test_beaten_to_death_is_one_death() -> None:
    assert _toll("A young man was beaten to death by a crowd in Gao.") == 1


def test_french_present_tense_killing_counts() -> None:
    assert _toll("Des hommes armés tuent 3 civils à Gao.", "fr") == 3


def test_french_lynching_of_one_counts_one() -> None:
    assert _toll("Une foule en colère a lynché un voleur présumé à Zinder.", "fr") == 1
