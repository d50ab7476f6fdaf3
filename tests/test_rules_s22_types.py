"""Rules of session 22 on event types and note assembly: an earlier act dated from the event, a dated state
("since early March") that is not the event's date, the French verb "accrocher", arms seized without a fight,
a base handed over, a group suspending its activity, attackers killed in a shelled assault, and herders and
farmers clashing."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import earlier_act_spans, find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _events(ex: Extractor, text: str, country: str) -> list[EventMention]:
    evs = ex.extract(text, published=date(2021, 5, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs


def _roles(ev: EventMention) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical or a.name)
    return out


def _classes(text: str, language: str = "en") -> list[str]:
    return [t.cls for t in find_triggers(text, 0, language)]


# triggers.earlier_act_spans: "Two days after X did Y, ..." tells an earlier act
def test_earlier_act_clause_spans() -> None:
    text = "Two days after soldiers killed four militants near Ytown, gunmen shot dead six herders."
    spans = earlier_act_spans(text)
    assert spans == [(0, text.index(","))]
    assert earlier_act_spans("Deux jours après l'attaque de Ytown, des hommes armés ont tué six bergers.")
    assert earlier_act_spans("Le lendemain, des hommes armés ont tué six bergers.") == []
    assert earlier_act_spans("After hours of fighting, the militants overran the camp.") == []


def test_earlier_act_is_not_the_event(ex: Extractor) -> None:
    text = (
        "On 3 March 2021, a day after MNLA fighters killed three JNIM militants near Ytown, suspected JNIM "
        "gunmen shot dead seven civilians at a well near Kidal."
    )
    ev = _events(ex, text, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    roles = _roles(ev)
    assert roles["actor1"] == ["JNIM: Group for Support of Islam and Muslims"]
    assert ev.fatalities == 7


# note_events._event_date: a date after "since" opens a state, it is not the act's date
def test_since_date_is_not_the_event_date(ex: Extractor) -> None:
    text = (
        "On 3 March 2021, militiamen tried to break the siege that rebels have imposed on Xville since early "
        "March. Four militiamen were killed in the clash."
    )
    ev = _events(ex, text, "Mali")[0]
    assert (ev.date, ev.date_precision) == (date(2021, 3, 3), "day")


# triggers_fr clash: "accroché" is the verb of "accrochage"
def test_accrocher_is_a_clash_word(ex: Extractor) -> None:
    assert "clash" in _classes("une colonne rebelle a été accrochée par l'armée près de Mao", "fr")
    assert "clash" in _classes("l'armée a accroché des rebelles près de Mao", "fr")
    assert "clash" not in _classes("le président est resté accroché au pouvoir", "fr")
    text = "Le 3 mai 2021, des rebelles du CCMSR ont été accrochés par l'armée près de Mao."
    ev = _events(ex, text, "Chad")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    roles = _roles(ev)
    assert roles["actor1"][0].startswith("Military Forces of Chad")
    assert roles["actor2"] == ["CCMSR: Military Command Council for the Salvation of the Republic"]


# triggers_en: arms seized with no shot fired are a disrupted weapons use
def test_arms_seized_without_a_fight(ex: Extractor) -> None:
    assert "attack" not in _classes("troops seized six assault rifles")
    assert "clash" not in _classes("No shots were fired.")
    assert "clash" in _classes("Shots were fired at the patrol.")
    assert "disrupt" in _classes("gendarmes seized ten rifles, two radios and ammunition")
    text = (
        "On 3 May 2021, Nigerien troops seized ten rifles, two radios and some ammunition from smugglers near "
        "Agadez. No shots were fired and two men were arrested."
    )
    ev = _events(ex, text, "Niger")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


# triggers_en territory: a base handed over; triggers._cited_agreement: a pact cited as a frame
def test_base_handed_over_is_a_transfer(ex: Extractor) -> None:
    text = "On 3 May 2021, the CMA handed over its camp at Ber to the Malian army, in line with the peace agreement."
    ev = _events(ex, text, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert _roles(ev)["actor1"] == ["CMA: Coordination of Movements of the Azawad"]


def test_cited_agreement_is_no_agreement() -> None:
    assert "agreement" not in _classes("the CMA set up a new base in line with the 2015 peace agreement")
    assert "agreement" not in _classes("la CMA a installé une base conformément à l'accord d'Alger", "fr")
    assert "agreement" in _classes("the CMA and the government signed a peace agreement")
    assert "agreement" in _classes("the two sides reached an agreement in Bamako")


# triggers_en change + drafts: a group suspending its activity is the actor of the change
def test_group_suspending_its_patrols(ex: Extractor) -> None:
    assert "change" in _classes("the group suspended its joint patrols with the army")
    assert "change" in _classes("la CMA a suspendu sa participation au comité", "fr")
    text = (
        "The CMA announced in Kidal on 3 May 2021 that it was suspending its joint patrols with the Malian "
        "army, after recent attacks on its positions."
    )
    ev = _events(ex, text, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert _roles(ev)["actor1"] == ["CMA: Coordination of Movements of the Azawad"]


# note_events._attackers_fell: a shelled assault that cost the attackers their dead is a battle
def test_shelled_assault_with_attackers_killed_is_a_battle(ex: Extractor) -> None:
    text = (
        "Le 3 mai 2021, des jihadistes ont attaqué le camp de l'armée à Boulkessi avec des tirs d'obus. "
        "Deux soldats ont été tués et une dizaine d'assaillants ont été neutralisés."
    )
    ev = _events(ex, text, "Mali")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    shelled = "Le 3 mai 2021, des jihadistes ont attaqué le camp de l'armée à Boulkessi avec des tirs d'obus."
    ev = _events(ex, shelled, "Mali")[0]
    assert ev.event_type == "Explosions/Remote violence"


# drafts._land_users_fought: herders and farmers who clash are two armed sides
def test_herders_and_farmers_clashing_is_a_battle(ex: Extractor) -> None:
    text = "On 3 May 2021, herders and farmers clashed over a field near Mongo. Four people were killed."
    ev = _events(ex, text, "Chad")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    one_sided = "On 3 May 2021, herders killed two farmers near Mongo."
    ev = _events(ex, one_sided, "Chad")[0]
    assert ev.event_type == "Violence against civilians"


def test_earlier_act_side_pointed_back_at_stays(ex: Extractor) -> None:
    # the main clause names one side and points back at the earlier clause's group ("their column")
    text = "On 3 May 2021, a week after CCMSR rebels crossed into Tibesti, the army clashed with their column near Mao."
    ev = _events(ex, text, "Chad")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert _roles(ev)["actor2"] == ["CCMSR: Military Command Council for the Salvation of the Republic"]
