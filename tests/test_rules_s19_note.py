"""Rules from the north9 and articles11 blind sets, short-note path: blame laid "on" or "à" a group, migrants
fired on, a crowd that threw stones or wrecked a polling station, a pact over detainees, an exchange of
heavy-weapons fire, small arms beside mortars, a uniform worn as a disguise, a requester, aircraft with an
aside, armed herders in French and a force that sheltered a mob's targets.

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import first, side
from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _all(ex: Extractor, text: str, country: str) -> list[EventMention]:
    return ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint=country)


# attribution_agents._BLAMED: the act between the verb and the one blamed
@pytest.mark.parametrize(
    "blame",
    ["Les autorités ont imputé l'attaque à Boko Haram.", "Officials blamed the attack on Boko Haram."],
)
def test_blamed_the_attack_on_names_actor1_and_adds_no_event(ex: Extractor, blame: str) -> None:
    text = (
        "On 15 June 2019, two suicide bombers blew themselves up in a market in Bol (Lac), killing five "
        f"civilians. {blame}"
    )
    evs = _all(ex, text, "Chad")
    assert side(evs[0], "actor1") == [BOKO]
    assert len(evs) == 1  # note_events._BLAMED_ACT: the blamed act is the one told


def test_blamed_for_nothing_stays_unidentified(ex: Extractor) -> None:
    ev = first(ex, "On 15 June 2019, two suicide bombers blew themselves up in a market in Bol (Lac).", "Chad")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Chad)"]


# victims._FIRED_ON: the people fired on carry their identity whoever the role reader made the victim
def test_migrants_fired_on_are_associated(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 March 2021, relatives of a trader who had been killed by smugglers opened fire on a group of "
        "migrants held in a farm near Bani Walid (Misrata), killing 12 of them.",
        "Libya",
    )
    assert "Migrants (Libya)" in side(ev, "assoc")


def test_migrants_as_shooters_are_not_associated(ex: Extractor) -> None:
    ev = first(ex, "On 3 March 2021, gunmen killed a trader near Bani Walid (Misrata).", "Libya")
    assert "Migrants (Libya)" not in side(ev, "assoc")


# note_events._intervention_told_later: stones thrown after the march make it a riot; crowds: peacekeepers side
def test_stones_thrown_after_a_march_make_a_riot(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 6 May 2019, hundreds of residents of Gao (Gao region) marched to the MINUSMA camp to protest against "
        "insecurity. Some youths threw stones at the gate and peacekeepers fired tear gas; no injuries were "
        "reported.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert side(ev, "actor1") == ["Rioters (Mali)"]
    assert side(ev, "actor2") == [MINUSMA]


def test_tear_gas_alone_is_an_intervention(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 6 May 2019, hundreds of residents of Gao (Gao region) marched to the governor's office to protest "
        "against insecurity. Police fired tear gas to disperse them.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Protest with intervention")


# event_types.type_event: a crowd's damage outranks the police's tear gas
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 1 November 2020, young men opposed to the poll ransacked a polling station in Bejaia (Bejaia) "
            "and destroyed ballot boxes; police fired tear gas and detained several of them.",
            "Algeria",
        ),
        (
            "Le 1er novembre 2020, des jeunes ont saccagé un bureau de vote à Bejaia (Bejaia) et détruit des "
            "urnes; la police a tiré des gaz lacrymogènes.",
            "Algeria",
        ),
    ],
)
def test_crowd_damage_with_tear_gas_is_a_riot(ex: Extractor, text: str, country: str) -> None:
    ev = first(ex, text, country)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


# drafts/event_types.deal_over_detainees and roles._PACT: a pact about detainees
def test_pact_over_detainees_is_an_agreement(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 12 March 2019, CMA and GATIA leaders signed an accord in Tabankort (Gao region) to hand over the "
        "detainees each side held.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Agreement")
    assert side(ev, "actor1") == ["CMA: Coordination of Movements of the Azawad"]
    assert side(ev, "actor2") == ["GATIA: Imghad Tuareg and Allies Self-Defense Group"]


def test_arrest_beside_an_agreement_stays_an_arrest(ex: Extractor) -> None:
    ev = first(
        ex, "On 12 March 2019, police arrested two CMA members in Gao (Gao region) after talks on a peace agreement."
    )
    assert ev.sub_event_type == "Arrests"


# triggers_en "clash": an exchange of fire with any weapon is a clash
def test_exchange_of_heavy_weapons_fire_is_a_clash(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 March 2019, Awlad Suleiman fighters and Tebu militiamen exchanged heavy-weapons fire near Ubari "
        "(Wadi al Hayat), with shells falling on houses. Two fighters were killed.",
        "Libya",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert side(ev, "actor1") == ["Awlad Suleiman Ethnic Militia (Libya)"]
    assert side(ev, "actor2") == ["Tebu Ethnic Militia (Libya)"]


def test_one_sided_shelling_stays_shelling(ex: Extractor) -> None:
    ev = first(ex, "On 2 May 2019, militants fired rockets at the MINUSMA camp in Aguelhok (Kidal region).")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


# event_types._GUNFIRE and actor_cleanup._in_their_uniform
def test_uniform_disguise_and_small_arms(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 2 May 2019, JNIM fighters, some wearing FAMa uniforms, attacked the MINUSMA camp in Aguelhok (Kidal "
        "region) with rockets, a car bomb and small-arms fire. Two peacekeepers were killed.",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert side(ev, "actor1") == [JNIM]
    assert "Military Forces of Mali (2013-)" not in [a.canonical for a in ev.actors]


def test_soldiers_not_in_uniform_phrase_stay(ex: Extractor) -> None:
    ev = first(ex, "On 2 May 2019, JNIM fighters attacked FAMa soldiers in Aguelhok (Kidal region).")
    assert side(ev, "actor2") == ["Military Forces of Mali (2013-)"]


# triggers_en "air" (an aside before the verb) and actor_cleanup._REQUESTER
def test_jets_with_aside_strike_and_requester_is_no_party(ex: Extractor) -> None:
    ev = first(
        ex,
        "On 3 February 2019, French Mirage jets, at the request of the Chadian government, struck a column of "
        "rebel pick-up trucks of the UFR north of Fada (Ennedi-Ouest).",
        "Chad",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert side(ev, "actor1") == ["Military Forces of France"]
    assert "Government of Chad" not in [a.canonical for a in ev.actors]


def test_french_jets_strike_is_an_air_strike(ex: Extractor) -> None:
    ev = first(
        ex,
        "Le 3 février 2019, des avions de chasse français ont frappé une colonne de l'UFR au nord de Fada "
        "(Ennedi-Ouest), à la demande du gouvernement tchadien.",
        "Chad",
    )
    assert ev.sub_event_type == "Air/drone strike"
    assert "Government of Chad" not in [a.canonical for a in ev.actors]


# actors._load_ethnic (French "X armés") and actor_matcher._merge_generic (trade noun before the militia)
@pytest.mark.parametrize(
    ("text", "militia"),
    [
        (
            "Le 4 mars 2020, des éleveurs peuls armés ont attaqué des cultivateurs près de Moundou (Logone "
            "Occidental), tuant cinq personnes.",
            "Fulani Ethnic Militia (Chad)",
        ),
        (
            "Le 4 mars 2020, des Arabes armés ont attaqué des cultivateurs près de Moundou (Logone Occidental), "
            "tuant cinq personnes.",
            "Arab Ethnic Militia (Chad)",
        ),
    ],
)
def test_french_armed_community_is_its_militia(ex: Extractor, text: str, militia: str) -> None:
    ev = first(ex, text, "Chad")
    assert side(ev, "actor1") == [militia]
    assert side(ev, "actor2") == ["Civilians (Chad)"]
    assert ev.actors[1].name == "cultivateurs"


# crowds._SHELTERED_BY: a force that took the mob's targets to safety is no side
@pytest.mark.parametrize(
    "rescue",
    ["Un autre suspect a été mis à l'abri par la gendarmerie.", "Un autre suspect a été arrêté par la gendarmerie."],
)
def test_force_sheltering_a_mob_target_is_no_side(ex: Extractor, rescue: str) -> None:
    ev = first(
        ex,
        "Le 3 mai 2019, une foule en colère a lynché un présumé voleur de bétail au marché de Sévaré (région de "
        f"Mopti). {rescue}",
    )
    police = [a for a in ev.actors if a.canonical.startswith("Police Forces")]
    assert bool(police) == ("arrêté" in rescue)
