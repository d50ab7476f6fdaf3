"""Rules of session 11 for whole articles: borrowed setting, riots, peaceful takeovers, unclaimed acts, gendarmes.

The articles below are invented for these tests, in the shape of an encyclopedia page (title, lead,
plain-text headings), about places of the covered theatres.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extractor]:
    """The default (network-free) gazetteer of the theatres these articles are set in."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.places import gazetteer_place_finder

    path = tmp_path_factory.mktemp("s11-gaz") / "g.sqlite"
    gaz = Gazetteer.build_default(path, countries={"ML", "BF", "NE", "LY"})
    yield Extractor(gazetteer_place_finder(gaz))
    gaz.close()


def _primary(ex: Extractor, text: str) -> EventMention:
    events = ex.extract(text, published=date(2021, 3, 1), document_id="s11")
    assert events, "the article tells an event"
    return events[0]


def _roles(ev: EventMention, role: str) -> list[str]:
    return [a.canonical for a in ev.actors if a.role == role]


_UNREST = (
    "2020 Zinder student unrest\n\n"
    "Unrest broke out in Zinder, in southern Niger, on 10 February 2020, after the university had been closed "
    "by the ministry on 3 February.\n\n"
    "Background\n"
    "Students had complained for months about unpaid grants and overcrowded halls.\n\n"
    "Unrest\n"
    "In the morning, hundreds of students took to the streets in several neighbourhoods of Zinder. "
    "They burnt tyres, blocked roads and threw stones at police officers, who responded with tear gas. "
    "Several people were injured and about forty were arrested.\n\n"
    "Reactions\n"
    "The teachers' union called for calm.\n"
)


def test_act_without_place_borrows_the_place_told_before_it(ex: Extractor) -> None:
    ev = _primary(ex, _UNREST)
    assert ev.location is not None and ev.location.name == "Zinder"
    assert ev.location.geo_precision < 3


def test_demonstration_turning_violent_is_one_riot_dated_by_the_lead(ex: Extractor) -> None:
    ev = _primary(ex, _UNREST)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert _roles(ev, "actor1") == ["Rioters (Niger)"]
    assert any(a.startswith("Police Forces of Niger") for a in _roles(ev, "actor2"))
    assert ev.date == date(2020, 2, 10)  # the unrest's day, not the closure's named after it


_TAKEOVER = (
    "Fall of Sirte (2020)\n\n"
    "On 6 January 2020, in the course of their offensive on Misrata, forces of the Libyan National Army "
    "entered Sirte, the coastal city, without meeting any resistance.\n\n"
    "Takeover\n"
    "A local brigade had switched sides the night before. No fighting was reported in the city, and LNA "
    "units took over the airport.\n"
)


def test_entering_a_town_unopposed_is_a_non_violent_transfer(ex: Extractor) -> None:
    ev = _primary(ex, _TAKEOVER)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert ev.location is not None and ev.location.name == "Sirte"  # the town entered, not the goal
    assert _roles(ev, "actor1") == ["Military Forces of Libya (2014-) Haftar Faction"]
    assert not _roles(ev, "actor2")


_UNCLAIMED = (
    "Explosion de Hombori (mars 2019)\n\n"
    "Le 12 mars 2019, un camion de commerçants a sauté sur une mine près de Hombori, dans le cercle de "
    "Douentza, au Mali, tuant sept civils.\n\n"
    "Explosion\n"
    "La charge, enfouie dans la piste, a explosé au passage du camion.\n\n"
    "Suites\n"
    "L'explosion n'a pas été revendiquée. Trois jours plus tard, le 15 mars, une attaque contre un poste de "
    "l'armée près de Boulkessi a été revendiquée par le GSIM.\n"
)


def test_claim_told_beside_an_unclaimed_act_is_of_another_act(ex: Extractor) -> None:
    ev = _primary(ex, _UNCLAIMED)
    assert ev.event_type == "Explosions/Remote violence"
    assert _roles(ev, "actor1") == ["Unidentified Armed Group (Mali)"]


_GENDARMERIE = (
    "Tanwalbougou attack\n\n"
    "The Tanwalbougou attack was an assault by jihadist fighters on the gendarmerie detachment at Tanwalbougou, "
    "in the East Region of Burkina Faso, on 3 May 2021. It was one of the deadliest attacks suffered by the Burkinabe "
    "security forces that year.\n\n"
    "Attack\n"
    "The gendarmes held out for two hours before withdrawing.\n"
)


def test_gendarmes_are_the_police_not_the_umbrella_security_forces(ex: Extractor) -> None:
    ev = _primary(ex, _GENDARMERIE)
    a2 = _roles(ev, "actor2")
    assert any(a.startswith("Police Forces of Burkina Faso") for a in a2)
    assert not any(a.startswith("Military Forces of Burkina Faso") for a in a2)
