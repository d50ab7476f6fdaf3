"""Rules of session 15 for whole articles: how an encyclopedia page tells its main event.

A raid on a town whose account fires on residents is violence against civilians; a lynching is mob violence
with a civilian victim; "the murder of a ..." is one death; a toll's source ("selon le gouvernement") takes
no part; a property word is no name for the victims; an infobox's vague side adds nothing to a stated figure;
a lead's span of days is coded as its first day; an indefinite weekday names no date.

The texts below are invented for these tests, in the shape of an encyclopedia page (title, lead, plain-text
headings), about towns of the covered theatres.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Place
from sitrep.nlp.doc_places import locative
from sitrep.nlp.extract import Extractor
from sitrep.nlp.places import PlaceMention


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """No gazetteer: these rules are about types, actors, tolls and dates, not places."""
    return Extractor()


_RAID = (
    "Tamalat raid\n\n"
    "The Tamalat raid was an attack by Islamic State West Africa Province militants on the town of Tamalat, "
    "in the Diffa Region of Niger, on the night of 4 March 2021.\n\n"
    "Attack\n"
    "After dark, gunmen on motorcycles entered the town and shot at villagers who were running away. "
    "They burned the grain store and dozens of huts. {arrival}\n\n"
    "Casualties\n"
    "Local officials said 17 people had been killed.\n"
)


def test_raid_on_a_town_whose_residents_are_shot_is_violence_against_civilians(ex: Extractor) -> None:
    text = _RAID.format(arrival="The raiders had gone when the army reached the town the next morning.")
    events = ex.extract(text, published=date(2021, 4, 1), document_id="s15-raid", language="en")
    assert events
    first = events[0]
    assert (first.event_type, first.sub_event_type) == ("Violence against civilians", "Attack")
    assert any(a.role == "actor2" and a.canonical.startswith("Civilians") for a in first.actors)
    assert first.fatalities == 17


def test_raid_that_met_a_garrison_stays_a_battle(ex: Extractor) -> None:
    text = (
        "Tamalat raid\n\n"
        "The Tamalat raid was an attack by Islamic State West Africa Province militants on the town of Tamalat, "
        "in the Diffa Region of Niger, on the night of 4 March 2021.\n\n"
        "Attack\n"
        "The militants attacked the army post and the soldiers fought back for two hours.\n"
    )
    events = ex.extract(text, published=date(2021, 4, 1), document_id="s15-garrison", language="en")
    assert events
    assert events[0].event_type == "Battles"


_LYNCHING = (
    "Lynchage de Karim Haddad\n\n"
    "Le lynchage de Karim Haddad est le meurtre d'un commerçant, le 2 juin 2020, par des habitants "
    "d'un village de la wilaya de Bouira.\n\n"
    "Déroulement\n"
    "Soupçonné de vol, il a été poursuivi puis frappé pendant une heure sur la place du marché.\n"
)


def test_lynching_is_mob_violence_with_a_civilian_victim(ex: Extractor) -> None:
    events = ex.extract(_LYNCHING, published=date(2020, 7, 1), document_id="s15-lynch", language="fr")
    assert events
    first = events[0]
    assert (first.event_type, first.sub_event_type) == ("Riots", "Mob violence")
    roles = {a.role: a.canonical for a in first.actors}
    assert roles.get("actor1", "").startswith("Rioters")
    assert roles.get("actor2", "").startswith("Civilians")
    assert first.fatalities == 1  # "le meurtre d'un commerçant": one death


def test_murder_of_one_person_told_as_a_noun_is_one_death(ex: Extractor) -> None:
    text = (
        "Killing of a teacher in Gao\n\n"
        "The killing of a teacher in Gao was the murder of a schoolteacher by gunmen on 3 February 2020.\n"
    )
    events = ex.extract(text, published=date(2020, 3, 1), document_id="s15-one", language="en")
    assert events
    assert events[0].fatalities == 1


def test_massacre_of_a_village_is_not_one_death(ex: Extractor) -> None:
    text = "Massacre\n\nThe massacre of a village by gunmen on 3 February 2020 shocked the region.\n"
    events = ex.extract(text, published=date(2020, 3, 1), document_id="s15-village", language="en")
    assert all(e.fatalities != 1 for e in events)


def test_a_wilaya_names_where_the_event_was() -> None:
    text = "Le meurtre a eu lieu dans la wilaya de Bouira, le 2 juin 2020."
    i = text.index("Bouira")
    p = PlaceMention(i, i + 6, "Bouira", Place("Bouira", country="Algeria", admin1="Bouira", geo_precision=3))
    assert locative(text, p, 0, "fr")


def test_toll_source_and_shops_are_no_actors(ex: Extractor) -> None:
    text = (
        "Attaque de Kobo\n\n"
        "L'attaque de Kobo est une attaque armée commise le 3 mars 2020 contre le village de Kobo.\n\n"
        "Déroulement\n"
        "Les assaillants ont abattu quatre éleveurs, puis ont incendié plusieurs boutiques.\n\n"
        "Bilan\n"
        "Selon le préfet et le gouvernement, quatre personnes ont été tuées.\n"
    )
    events = ex.extract(text, published=date(2020, 4, 1), document_id="s15-source", language="fr")
    assert events
    first = events[0]
    assert not any(a.canonical.startswith("Government") for a in first.actors)
    victims = [a for a in first.actors if a.role == "actor2"]
    assert victims and victims[0].canonical.startswith("Civilians")
    assert victims[0].name != "boutiques"


_CAMP = (
    "Tarkint camp attack\n\n"
    "Infobox military conflict\n"
    "conflict: Tarkint camp attack\n"
    "date: 5 May 2019\n"
    "place: Tarkint, Gao Region, Mali\n"
    "combatant1: Mali\n"
    "combatant2: Islamic State in the Greater Sahara\n"
    "casualties1: 7 soldiers killed\n"
    "casualties2: {vague}\n\n"
    "The Tarkint camp attack was an assault by the Islamic State in the Greater Sahara on an army camp at "
    "Tarkint on 5 May 2019.\n"
)


@pytest.mark.parametrize(("vague", "expected"), [("several killed", 7), ("3 killed", 10)])
def test_infobox_vague_side_adds_nothing_to_a_stated_figure(ex: Extractor, vague: str, expected: int) -> None:
    events = ex.extract(_CAMP.format(vague=vague), published=date(2019, 6, 1), document_id="s15-box", language="en")
    assert events
    assert events[0].fatalities == expected


_SPAN = (
    "June 2020 Misrata clashes\n\n"
    "The June 2020 Misrata clashes were fighting between rival militias in Misrata, Libya, from 8 to 12 June "
    "2020.\n\n"
    "Clashes\n"
    "On 8 June, militiamen of the two brigades clashed near the port; three fighters were killed that day.\n\n"
    "Casualties\n"
    "By 12 June a total of 14 people had been killed in the fighting.\n"
)


def test_span_of_days_in_the_lead_is_coded_as_its_first_day(ex: Extractor) -> None:
    events = ex.extract(_SPAN, published=date(2020, 7, 1), document_id="s15-span", language="en")
    assert events
    first = events[0]
    assert first.date == date(2020, 6, 8)
    assert first.date_precision == "day"
    assert first.fatalities == 3


def test_indefinite_weekday_gives_way_to_the_infobox_day(ex: Extractor) -> None:
    text = (
        "Bankass ambush\n\n"
        "Infobox civilian attack\n"
        "date: 14 March 2021\n"
        "deaths: 5\n\n"
        "The Bankass ambush was the killing of five traders by gunmen near Bankass, Mali, on a Sunday in "
        "March 2021.\n"
    )
    events = ex.extract(text, published=date(2021, 5, 20), document_id="s15-sunday", language="en")
    assert events
    assert events[0].date == date(2021, 3, 14)
