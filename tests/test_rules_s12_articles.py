"""Rules of session 12 for whole articles: people and buildings "of" a place locate the event there, and a
suicide attacker's death told apart from the victims' toll is one more death.

The texts below are invented for these tests, in the shape of an encyclopedia page (title, lead, plain-text
headings), about towns of the covered theatres.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from sitrep.model import Place, Section
from sitrep.nlp.doc_layout import Unit
from sitrep.nlp.doc_places import locative
from sitrep.nlp.doc_tolls import bomber_death
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import Toll
from sitrep.nlp.places import PlaceMention


def _mention(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(i, i + len(name), name, Place(name, country="Burkina Faso", geo_precision=1))


def test_residents_of_a_town_act_there() -> None:
    text = "The protests were a sit-in in which residents of Kongoussi, the capital of the province, blocked a convoy."
    assert locative(text, _mention(text, "Kongoussi"), 0, "en")


def test_a_town_someone_comes_from_is_still_no_locative() -> None:
    text = "Reinforcements sent from Kongoussi reached the village at dawn."
    assert not locative(text, _mention(text, "Kongoussi"), 0, "en")


def test_french_inhabitants_and_buildings_of_a_town_locate_it() -> None:
    church = "L'attaque a visé la paroisse catholique de Toéni pendant la messe."
    assert locative(church, _mention(church, "Toéni"), 0, "fr")
    market = "Des hommes armés ont ouvert le feu sur le marché de Toéni."
    assert locative(market, _mention(market, "Toéni"), 0, "fr")
    people = "Les habitants de Toéni ont fui vers le chef-lieu."
    assert locative(people, _mention(people, "Toéni"), 0, "fr")
    origin = "Des renforts venus de Toéni sont arrivés le soir."
    assert not locative(origin, _mention(origin, "Toéni"), 0, "fr")


_BOMBING = (
    "2019 Menaka bombing\n\n"
    "On 3 March 2019 a suicide car bomb exploded at a checkpoint of Malian soldiers in Menaka, in northern Mali.\n\n"
    "Casualties\n"
    "The army said three soldiers were killed. {extra}Eleven people were wounded.\n"
)


def _units(text: str, sec: Section) -> list[Unit]:
    out, start = [], sec.start
    for part in text[sec.start : sec.end].split(". "):
        end = start + len(part) + 1
        out.append(Unit(start, min(end, sec.end), 0, 0, "event", True))
        start = end + 1
    return out


def _no_toll(s: int, e: int) -> Toll:
    return Toll(None)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("The driver of the vehicle also died in the blast. ", True),
        ("The bomber was killed. ", True),
        ("", False),
    ],
)
def test_bomber_death_sentence(extra: str, expected: bool) -> None:
    text = _BOMBING.format(extra=extra)
    sec = Section("Casualties", text.index("Casualties"), len(text))
    assert bomber_death(text, _units(text, sec), [sec], _no_toll) is expected


def test_a_driver_dies_in_no_suicide_attack_is_no_extra_death() -> None:
    text = _BOMBING.format(extra="The driver of the vehicle also died in the blast. ").replace(
        "suicide car", "roadside"
    )
    sec = Section("Casualties", text.index("Casualties"), len(text))
    assert not bomber_death(text, _units(text, sec), [sec], _no_toll)


@pytest.fixture(scope="module")
def ex(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extractor]:
    """The default (network-free) gazetteer of the theatres these articles are set in."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.places import gazetteer_place_finder

    path = tmp_path_factory.mktemp("s12-gaz") / "g.sqlite"
    gaz = Gazetteer.build_default(path, countries={"ML"})
    yield Extractor(gazetteer_place_finder(gaz))
    gaz.close()


@pytest.mark.parametrize(
    ("extra", "expected"),
    [("The driver of the vehicle also died in the blast. ", 4), ("", 3)],
)
def test_suicide_bomber_counts_in_the_toll(ex: Extractor, extra: str, expected: int) -> None:
    events = ex.extract(_BOMBING.format(extra=extra), published=date(2019, 4, 1), document_id="s12")
    assert events
    assert events[0].fatalities == expected
