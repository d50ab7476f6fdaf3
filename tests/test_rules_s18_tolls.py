"""Session 18 toll rules: earlier events in the pluperfect, a second source's figure, later revisions, figures
called the first, day ranges, bodies found in French and a lone death of the other side."""

from __future__ import annotations

import re

import pytest

from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.doc_tolls import loss_prose
from sitrep.nlp.fatalities import count_fatalities
from sitrep.nlp.toll_cues import FIRST_FIGURE, NEUTRAL_REVISION, SOURCE_TELLS


@pytest.mark.parametrize(
    ("cue", "text", "hit"),
    [
        (NEUTRAL_REVISION, "the toll was updated to 14", True),
        (NEUTRAL_REVISION, "the toll was raised to 14", False),
        (FIRST_FIGURE, "the ministry initially reported", True),
        (FIRST_FIGURE, "un premier bilan faisait état de", True),
        (SOURCE_TELLS, "des témoins locaux parlent de", True),
        (SOURCE_TELLS, "water sources dried up", False),
    ],
)
def test_new_cue_words(cue: str, text: str, hit: bool) -> None:
    assert bool(re.search(cue, text, re.IGNORECASE)) is hit


def test_earlier_event_in_the_pluperfect_is_left_out() -> None:
    s = "Gunmen killed six herders near the well on 3 May, a week after bandits had killed two drivers on the road."
    assert count_fatalities(s, language="en").value == 6
    fr = "Des hommes armés ont tué cinq bergers, trois jours après que des bandits avaient tué deux commerçants."
    assert count_fatalities(fr, language="fr").value == 5
    # the pluperfect clause alone is still read when the sentence has no toll of its own
    assert count_fatalities("Troops arrived after gunmen had killed four farmers.", language="en").value == 4


def test_a_source_figure_in_a_later_sentence_is_not_added() -> None:
    fr = "Des assaillants ont tué six villageois à Tiabo. Une source sécuritaire fait état de onze morts."
    assert count_fatalities(fr, language="fr").value == 6
    en = "Raiders killed eight herders at the camp. A local source reported five dead."
    assert count_fatalities(en, language="en").value == 5
    # a source giving the other side's dead still adds
    both = "Gunmen killed four soldiers at the post. A security source said 9 attackers were also killed."
    assert count_fatalities(both, language="en").value == 13


def test_a_later_revision_replaces_the_toll() -> None:
    assert count_fatalities("Bandits killed three traders. The mayor later raised the toll to five.").value == 5
    assert count_fatalities("Bandits killed six traders. The mayor later revised the toll to four.").value == 4
    fr = "Des hommes armés ont tué quatre civils. Le préfet a ensuite revu le bilan à sept."
    assert count_fatalities(fr, language="fr").value == 7


def test_a_neutral_or_first_revision_replaces_either_way() -> None:
    assert count_fatalities("Raiders killed 40 villagers, and officials later updated the toll to 44.").value == 44
    s = "The army initially announced 12 soldiers killed, a toll it later raised to 20."
    assert count_fatalities(s).value == 20
    # a bare "raised the figure" in the same sentence keeps the conservative figure (s15 rule)
    assert count_fatalities("The ministry said 30 people were killed and later raised the figure to 36.").value == 30


def test_a_day_range_is_not_a_count() -> None:
    fr = "Dans la nuit du 4 au 5 mars 2021, des hommes armés ont tué trois bergers."
    assert count_fatalities(fr, language="fr").value == 3
    assert count_fatalities("On the night of 4 to 5 March, gunmen killed two guards.").value == 2


def test_bodies_found_count_in_french() -> None:
    assert count_fatalities("Les habitants ont découvert douze corps près du puits.", language="fr").value == 12
    assert count_fatalities("On a retrouvé les corps de quatre bergers.", language="fr").value == 4
    assert count_fatalities("Les soldats se sont battus au corps à corps.", language="fr").value is None
    assert count_fatalities("Le corps d'armée a quitté la ville.", language="fr").value is None


def test_a_lone_death_of_the_other_side_adds() -> None:
    fr = "L'armée a abattu cinq terroristes près de la frontière; un soldat est tombé en martyr."
    assert count_fatalities(fr, language="fr").value == 6


def test_a_figure_called_the_first_is_replaced_in_a_losses_section() -> None:
    body = (
        "The ministry first spoke of 10 gendarmes killed. After a count it put the losses at 14 gendarmes "
        "killed and said 6 raiders had died there."
    )
    text = "Casualties\n" + body
    start = len("Casualties\n")
    cut = text.index("After")
    units = [Unit(start, cut - 1, 0, 0, "event", True), Unit(cut, len(text), 0, 0, "event", True)]
    sections = [Section("Casualties", start, len(text))]
    toll = loss_prose(text, units, sections, lambda a, b: count_fatalities(text, a, b, "en"))
    assert toll is not None and toll.value == 20
