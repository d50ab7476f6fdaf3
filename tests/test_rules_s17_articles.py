"""Rules of session 17 for whole articles: how an encyclopedia page tells its main event's toll, day and sides.

Another voice's later figure or a side's boast of its kills never beats the first conservative toll; a toll
broken down "for the two villages: 24 in X and 14 in Y" counts the main place's share; one person fatally
shot is one death, and in a riot's account it is the riot's; a night "of D to D+1" is coded on its first day
unless the account puts the act after midnight; the lead's day beats the title's month; a crowd dispersed
with tear gas is a protest met with intervention; the force that hands a base over is actor1.

The texts below are invented for these tests, in the shape of an encyclopedia page (title, lead, plain-text
headings), about towns of the covered theatres.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.doc_tolls import place_share
from sitrep.nlp.doc_types import dispersed_crowd
from sitrep.nlp.extract import Extractor
from sitrep.nlp.fatalities import Toll


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """No gazetteer: these rules are about tolls, dates, types and actors, not places."""
    return Extractor()


def _first(ex: Extractor, text: str, doc_id: str, language: str = "en"):  # type: ignore[no-untyped-def]
    events = ex.extract(text, published=date(2021, 9, 1), document_id=doc_id, language=language)
    assert events
    return events[0]


def test_a_breakdown_after_for_the_two_villages_gives_the_main_places_share() -> None:
    text = "The prefect gave a toll of 30 dead for both villages: 21 in Koulogon and 9 in Bogolo."
    start = text.index("30 dead")
    share = place_share(text, Toll(30, start, start + 7), len(text), ["Koulogon"])
    assert share is not None and share.value == 21


def test_a_sides_boast_of_its_kills_is_weighed_not_added(ex: Extractor) -> None:
    text = (
        "Gossi camp attack\n\n"
        "The Gossi camp attack was a raid by rebels on an army camp at Gossi, in Mali, on 2 May 2020.\n\n"
        "Attack\nAt dawn, rebels on motorcycles attacked the camp and burned two trucks.\n\n"
        "Casualties\n"
        "The army said four of its soldiers had been killed and that six attackers had died.\n\n"
        "The rebels claimed to have killed more than thirty soldiers. Neither figure could be checked.\n"
    )
    assert _first(ex, text, "s17-boast").fatalities == 10


def test_local_officials_later_higher_figure_does_not_beat_the_governments(ex: Extractor) -> None:
    text = (
        "Attaque de Tamou\n\n"
        "L'attaque de Tamou est une attaque armée commise le 4 mai 2021 contre des villageois près de Tamou, "
        "au Niger.\n\n"
        "Déroulement\nDes hommes armés à moto ont tué des villageois et incendié des greniers.\n\n"
        "Bilan\nLe gouvernement a annoncé le 5 mai un bilan de 17 morts. Des élus locaux ont ensuite avancé "
        "le chiffre de 25 morts.\n"
    )
    assert _first(ex, text, "s17-later", "fr").fatalities == 17


def test_a_youth_fatally_shot_in_a_riots_account_is_the_riots_death(ex: Extractor) -> None:
    text = (
        "Émeutes de Bordj Badji Mokhtar\n\n"
        "Les émeutes de Bordj Badji Mokhtar sont des affrontements survenus le 3 mars 2021 entre des habitants "
        "de Bordj Badji Mokhtar, en Algérie, et des gendarmes.\n\n"
        "Déroulement\n"
        "Des dizaines de jeunes ont lancé des pierres sur les gendarmes le 3 mars 2021 à Bordj Badji Mokhtar. "
        "Un garçon d'une quinzaine d'années a été mortellement atteint par balle et trois autres ont été "
        "blessés le 3 mars 2021 à Bordj Badji Mokhtar.\n"
    )
    first = _first(ex, text, "s17-fatally", "fr")
    assert first.event_type == "Riots"
    assert first.fatalities == 1


_NIGHT = (
    "Zouar post attack\n\n"
    "The Zouar post attack was a raid by rebels on an army post at Zouar, in the Tibesti Region of Chad, on the "
    "night of 6 to 7 March 2019.\n\n"
    "Attack\n{first} rebels in pickup trucks attacked the post. Fighting went on for two hours.\n"
)


def test_a_night_is_coded_on_its_first_day(ex: Extractor) -> None:
    assert _first(ex, _NIGHT.format(first="Shortly before midnight,"), "s17-night1").date == date(2019, 3, 6)


def test_a_night_attack_that_begins_after_midnight_is_coded_on_the_second_day(ex: Extractor) -> None:
    assert _first(ex, _NIGHT.format(first="Shortly after midnight,"), "s17-night2").date == date(2019, 3, 7)


def test_the_leads_day_beats_the_titles_month(ex: Extractor) -> None:
    text = (
        "March 2020 Misrata shelling\n\n"
        "The March 2020 Misrata shelling was a rocket attack on the port of Misrata, Libya, on 3 March 2020.\n\n"
        "Events\nIn the evening, several rockets hit the port and damaged a warehouse. No one was killed.\n"
    )
    first = _first(ex, text, "s17-leadday")
    assert first.date == date(2020, 3, 3)


def test_a_crowd_dispersed_with_tear_gas_is_no_riot() -> None:
    calm = "Les manifestants, qui réclamaient des routes, ont été dispersés par des tirs de gaz lacrymogène."
    violent = "Les manifestants ont lancé des pierres avant d'être dispersés ; ils ont été dispersés au gaz."
    assert dispersed_crowd(calm, 0, len(calm))
    assert not dispersed_crowd(violent, 0, len(violent))


def test_the_force_that_hands_a_base_over_is_actor1(ex: Extractor) -> None:
    text = (
        "Rétrocession de la base de Kidal\n\n"
        "La rétrocession de la base de Kidal est la remise par l'armée française aux Forces armées maliennes "
        "de l'emprise militaire qu'occupait l'opération Barkhane à Kidal, au Mali, le 3 février 2021.\n\n"
        "Déroulement\nLa cérémonie s'est tenue en présence des deux états-majors.\n"
    )
    first = _first(ex, text, "s17-handover", "fr")
    assert first.event_type == "Strategic developments"
    actor1 = [a.canonical for a in first.actors if a.role == "actor1"]
    assert actor1 == ["Military Forces of France"]


def test_civilians_first_named_do_not_fly_the_aircraft() -> None:
    from datetime import date

    from sitrep.nlp.extract import Extractor

    text = (
        "= Zuwara shelter airstrike =\n\nInfobox\n- Location: Zuwara, Libya\n- Date: 5 May 2020\n"
        "- Attack type: Airstrike\n- Deaths: 12\n\n"
        "On 5 May 2020 an airstrike hit a shelter for migrants in Zuwara, a town west of Tripoli, killing 12 people. "
        "The strike was blamed on the Libyan National Army of Khalifa Haftar.\n\n"
        "== Strike ==\n"
        "Late on 5 May, aircraft struck the shelter twice. The United Nations said 12 migrants were killed.\n"
    )
    ev = Extractor().extract(text, published=date(2020, 6, 1), document_id="t")[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert [a.canonical for a in ev.actors if a.role == "actor1"] == ["Military Forces of Libya (2014-) Haftar Faction"]
    assert [a.canonical for a in ev.actors if a.role == "actor2"] == ["Civilians (Libya)"]
