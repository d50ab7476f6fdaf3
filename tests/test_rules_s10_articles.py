"""Rules of session 10 for whole articles and notes: competing tolls, plain-text headings, ages and losses."""

from __future__ import annotations

from sitrep.model import Section
from sitrep.nlp.doc_layout import Unit, bare_sections, build_context
from sitrep.nlp.doc_tolls import loss_prose
from sitrep.nlp.fatalities import count_fatalities


def test_age_of_one_victim_is_not_a_toll() -> None:
    assert count_fatalities("A girl of 11, struck by shrapnel, later died in the clinic.", language="en").value == 1


def test_french_loss_of_soldiers_adds_to_enemy_dead() -> None:
    t = count_fatalities(
        "L'état-major déplore la perte de 3 militaires et dit avoir tué 12 terroristes.", language="fr"
    )
    assert t.value == 15


def test_captives_and_part_of_own_group_are_not_deaths() -> None:
    assert count_fatalities("The army said 40 bandits were neutralised and 20 captured.", language="en").value == 40
    assert count_fatalities("Four of their nine guards were killed.", language="en").value == 4


def test_competing_source_in_one_sentence_keeps_conservative() -> None:
    s = "Officials said 12 soldiers were killed; several media outlets spoke of about 20 dead."
    assert count_fatalities(s, language="en").value == 12


def test_estimate_put_at_a_number() -> None:
    assert (
        count_fatalities("The ministry put the number of people killed in the clashes at 17.", language="en").value
        == 17
    )


_ARTICLE = (
    "Raid on Tinfara\n\nThe raid on Tinfara was an attack by gunmen on a village on 3 May 2020.\n\n"
    "Background\nThe area had seen earlier raids.\n\n"
    "Casualties\nThe governor put the number of people killed at 12. A local association published its own "
    "count of 31 dead. The four people killed the week before are not part of either figure.\n\n"
    "Reactions\nThe president condemned the raid.\n"
)


def _units(text: str) -> tuple[list[Unit], tuple[Section, ...]]:
    import re

    sents = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+(?:\.|$)", text, re.M)]
    ctx = build_context(text, sents, ())
    return ctx.units, ctx.sections


def test_plain_text_headings_make_sections() -> None:
    names = [s.name for s in bare_sections(_ARTICLE)]
    assert names == ["Background", "Casualties", "Reactions"]


def test_casualties_section_keeps_the_conservative_competing_figure() -> None:
    units, sections = _units(_ARTICLE)
    t = loss_prose(_ARTICLE, units, sections, lambda s, e: count_fatalities(_ARTICLE, s, e, language="en"))
    assert t is not None and t.value == 12


def test_casualties_section_without_competing_figures_is_left_alone() -> None:
    text = _ARTICLE.replace("A local association published its own count of 31 dead. ", "")
    units, sections = _units(text)
    assert loss_prose(text, units, sections, lambda s, e: count_fatalities(text, s, e, language="en")) is None
