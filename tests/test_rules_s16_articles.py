"""Rules of session 16 for whole articles: whose figure is the main event's toll, and who took no part.

A group's own claimed toll and a second source's count never beat the first conservative figure; a reference
mark does not glue two sources' sentences together; a toll broken down place by place counts the main
place's share; a government that gives the toll, an authority that banned a march and a group that denied any
role are no parties; a people's name in a place's name is no actor; a mine's author is never its victims.

The texts below are invented for these tests, in the shape of an encyclopedia page (title, lead, plain-text
headings), about towns of the covered theatres.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.doc_tolls import place_share
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import count_fatalities


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """No gazetteer: these rules are about actors and tolls, not places."""
    return Extractor()


def _first(ex: Extractor, text: str, doc_id: str):  # type: ignore[no-untyped-def]
    events = ex.extract(text, published=date(2020, 6, 1), document_id=doc_id, language="en")
    assert events
    return events[0]


_POST = (
    "Tessit post attack\n\n"
    "The Tessit post attack was an assault by jihadist fighters on an army post at Tessit, in the Gao Region of "
    "Mali, on 3 March 2020. Thirteen soldiers were killed.\n\n"
    "Attack\n"
    "At dawn, attackers on motorcycles stormed the post from two sides and burned the vehicles.\n\n"
    "Casualties\n"
    "The army said that thirteen soldiers were killed and nine wounded.[1] {second}\n"
)


def test_a_groups_own_claimed_toll_is_not_the_events_toll(ex: Extractor) -> None:
    text = _POST.format(second="In its claim, the group said it had killed about forty soldiers.")
    assert _first(ex, text, "s16-claim").fatalities == 13


def test_a_second_sources_count_after_a_reference_mark_is_weighed_not_taken(ex: Extractor) -> None:
    text = _POST.format(second="A local association put the toll at 19 dead.")
    assert _first(ex, text, "s16-second").fatalities == 13


def test_the_groups_claim_names_it_the_author_even_a_day_later(ex: Extractor) -> None:
    text = _POST.format(second="No other losses were reported.") + (
        "\nClaim\nThe attack was claimed the next day by Jama'at Nasr al-Islam wal Muslimin.\n"
    )
    first = _first(ex, text, "s16-claimed-later")
    assert any(a.role == "actor1" and a.canonical.startswith("JNIM") for a in first.actors)


def test_a_toll_broken_down_by_place_counts_the_title_place() -> None:
    text = "The governor announced a toll of 45 dead: 30 in Kandi and 15 in Banikoara, two villages."
    toll = count_fatalities(text)
    share = place_share(text, toll, len(text), [], "Massacres of Kandi and Banikoara")
    assert share is not None and share.value == 30
    assert place_share(text, toll, len(text), ["Banikoara"], "") is not None
    assert place_share(text, toll, len(text), ["Banikoara"], "").value == 15  # type: ignore[union-attr]


def test_parts_that_add_up_to_more_than_the_toll_are_no_breakdown() -> None:
    text = "Ten people were killed, 30 in Kandi and 15 in Banikoara."
    toll = count_fatalities(text)
    assert place_share(text, toll, len(text), ["Kandi"], "") is None


def test_a_government_that_gives_the_toll_is_no_party(ex: Extractor) -> None:
    text = (
        "Dori market attack\n\n"
        "The Dori market attack was a shooting by gunmen at the market of Dori, in Burkina Faso, on 5 May 2020. "
        "The gunmen fired on traders and shoppers.\n\n"
        "Casualties\n"
        "A government statement said that eleven civilians had been killed.\n"
    )
    first = _first(ex, text, "s16-statement")
    assert not any(a.canonical.startswith("Government") for a in first.actors)
    assert first.fatalities == 11


def test_a_group_that_denied_any_role_is_no_party(ex: Extractor) -> None:
    text = (
        "Gorom attack\n\n"
        "The Gorom attack was a shooting by unidentified gunmen at the market of Gorom, in Burkina Faso, on "
        "5 May 2020. The gunmen fired on traders and killed nine civilians.\n\n"
        "Aftermath\n"
        "No group claimed the attack, and Jama'at Nasr al-Islam wal Muslimin denied any involvement.\n"
    )
    first = _first(ex, text, "s16-denied")
    assert not any(a.canonical.startswith("JNIM") for a in first.actors)


def test_a_people_named_in_a_place_name_is_no_actor(ex: Extractor) -> None:
    text = (
        "Sangha attack\n\n"
        "The Sangha attack was a raid by gunmen on the village of Sangha, in Mali, on 5 May 2020. The gunmen "
        "killed six villagers and burned granaries.\n\n"
        "Attack\n"
        "The gunmen then left in the direction of the Dogon plateau.\n"
    )
    first = _first(ex, text, "s16-plateau")
    assert not any("Dogon" in a.canonical for a in first.actors)


def test_a_mine_struck_by_civilians_has_an_unidentified_author(ex: Extractor) -> None:
    text = (
        "Kaya road bombing\n\n"
        "The Kaya road bombing took place on 5 May 2020, when a bus carrying civilians struck an improvised "
        "explosive device on the road north of Kaya, in Burkina Faso. Nine people were killed.\n\n"
        "Casualties\n"
        "No group claimed responsibility for the explosion.\n"
    )
    first = _first(ex, text, "s16-mine")
    assert first.sub_event_type == "Remote explosive/landmine/IED"
    a1 = [a.canonical for a in first.actors if a.role == "actor1"]
    assert a1 and a1[0].startswith("Unidentified Armed Group")
    assert any(a.role == "actor2" and a.canonical.startswith("Civilians") for a in first.actors)


def test_plural_vdps_are_a_side_of_the_toll() -> None:
    t = count_fatalities("Three VDPs were killed; the army said about twenty assailants were neutralised.")
    assert t.value == 23
