"""The shared toll vocabulary (nlp/toll_cues.py) and the one definition of a document's lead (nlp/lead.py)."""

from __future__ import annotations

import re

import pytest

from sitrep.nlp.doc_layout import build_context
from sitrep.nlp.fatalities import count_fatalities
from sitrep.nlp.lead import lead_units, open_line, short_title
from sitrep.nlp.toll_cues import ACCORDING_TO, BARE_REVISION, OTHER_SOURCES, OWN_COUNT, REVISED, SPOKE_OF


@pytest.mark.parametrize(
    ("cue", "text", "hit"),
    [
        (REVISED, "revu", True),
        (REVISED, "downgraded", True),
        (BARE_REVISION, "the definitive count", True),
        (BARE_REVISION, "troops brought the wounded to Gao", False),  # "brought" needs "to N" or "toll"
        (ACCORDING_TO, "d’après un élu", True),
        (OTHER_SOURCES, "d'autres sources", True),
        (SPOKE_OF, "les notables ont évoqué", True),
        (OWN_COUNT, "the union gave a lower toll", True),
        (OTHER_SOURCES, "other soldiers", False),
    ],
)
def test_cue_words(cue: str, text: str, hit: bool) -> None:
    assert bool(re.search(cue, text, re.IGNORECASE)) is hit


def test_corrected_toll_replaces_the_first() -> None:
    assert count_fatalities("Officials first gave 30 dead before bringing the toll down to 18.").value == 18
    assert (
        count_fatalities("Une première annonce faisait état de 16 morts, mais le bilan a été ramené à 11 morts.").value
        == 11
    )
    assert count_fatalities("Une première annonce de 16 morts, puis 11 morts.").value == 27  # no cue: both count


def test_second_source_keeps_the_lower_figure() -> None:
    s = "Twelve herders were killed according to a local official, 9 according to the governor."
    assert count_fatalities(s).value == 9


@pytest.mark.parametrize(
    ("voice", "total"),
    [
        ("Local officials said", 26),  # a further toll: it adds
        ("Other reports said", 6),
        ("Local officials spoke of", 6),
        ("The union gave its own count of", 6),
    ],
)
def test_another_source_figure_does_not_add(voice: str, total: int) -> None:
    text = f"Bandits killed 6 traders near the market. {voice} 20 soldiers were also killed."
    assert count_fatalities(text).value == total


_DOC = (
    "Raid on Kelbo village\n\n"
    "Armed men raided Kelbo on 4 May 2021 and killed three shepherds. They burnt the granaries.\n\n"
    "The village had been attacked twice before in the same year.\n\n"
    "== Background ==\n\nThe area has seen fighting since 2015 between several armed groups."
)


def _ctx(text: str):  # type: ignore[no-untyped-def]
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+(?:\.|(?=\n)|$)", text)]
    return build_context(text, spans, None)


def _paras(text: str, **kw: object) -> list[int]:
    return sorted({u.para for u in lead_units(text, _ctx(text), **kw)})  # type: ignore[arg-type]


def test_lead_skips_past_a_title_line() -> None:
    assert _paras(_DOC) == [0, 1]
    assert _paras(_DOC, title=None) == [0]
    assert _paras(_DOC, title=None, paras=2) == [0, 1]


def test_lead_without_a_title_is_the_first_paragraph() -> None:
    text = _DOC.split("\n\n", 1)[1]
    assert _paras(text) == [0]


def test_lead_stays_in_its_section_unless_told() -> None:
    text = "Short intro line here.\n\n== Attack ==\n\nGunmen fired on the convoy near the well at dawn."
    assert len(_paras(text, paras=2)) == 1
    assert len(_paras(text, paras=2, one_section=False)) == 2


def test_title_tests_differ_on_a_long_open_line() -> None:
    text = " ".join(["word"] * 20) + "\n\nArmed men raided Kelbo on 4 May 2021 and killed three shepherds."
    ctx = _ctx(text)
    head = [u for u in ctx.event_units() if u.para == 0]
    assert open_line(text, head) and not short_title(text, head)
