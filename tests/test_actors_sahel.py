"""ACLED actor conventions (sitrep.nlp.attribution, sitrep.nlp.actors) and the actor file's theatres.

Sentences are our own; each test names the convention it checks."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import ActorMention
from sitrep.nlp.actors import load_kb
from sitrep.nlp.attribution import refine_actors
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _code(ex: Extractor, text: str, country: str = "Mali") -> list[tuple[str, str]]:
    evs = ex.extract(text, published=date(2019, 6, 1), document_id="t", country_hint=country)
    assert evs, text
    return [(a.role, a.canonical) for a in evs[0].actors]


def test_anonymous_doers_of_violence_are_an_unidentified_armed_group(ex: Extractor) -> None:
    roles = _code(ex, "Two men shot dead a trader in Gao on Monday.")
    assert roles[0] == ("actor1", "Unidentified Armed Group (Mali)")
    assert ("actor2", "Civilians (Mali)") in roles


def test_civilians_are_never_actor1_of_violence() -> None:
    actors = (ActorMention("minibus", "Civilians (Mali)", "actor1"),)
    out = refine_actors(
        actors,
        event_type="Explosions/Remote violence",
        text="A minibus hit a mine.",
        hits=[],
        country="Mali",
        when=None,
    )
    assert [(a.role, a.canonical) for a in out][:2] == [
        ("actor1", "Unidentified Armed Group (Mali)"),
        ("actor2", "Civilians (Mali)"),
    ]


def test_casualties_named_later_in_the_note_are_the_ied_target(ex: Extractor) -> None:
    roles = _code(ex, "A vehicle hit an IED outside Hombori. Three soldiers died.")
    assert ("actor2", "Military Forces of Mali (2013-)") in roles
    assert roles[0][1].startswith("Unidentified Armed Group")


def test_a_named_groups_checkpoint_is_not_the_army(ex: Extractor) -> None:
    roles = _code(ex, "Unknown gunmen opened fire on an MSA checkpoint outside Anderamboukane.")
    assert not any(c.startswith("Military Forces") for _, c in roles)
    assert ("actor2", "MSA: Movement for Azawad Salvation") in roles


def test_hedged_description_keeps_the_specific_generic(ex: Extractor) -> None:
    roles = _code(ex, "Property destruction: a school was burned by gunmen (presumably jihadists) near Koro.")
    assert ("actor1", "Islamist Militia (Mali)") in roles
    assert not any(c.startswith("Unidentified") for _, c in roles)


def test_bare_soldiers_after_one_named_force_are_that_force(ex: Extractor) -> None:
    roles = _code(ex, "Operation Barkhane said its soldiers killed 12 jihadists in the Serma forest.")
    assert roles[0] == ("actor1", "Military Forces of France")


def test_protest_actor1_is_the_crowd_and_police_that_dispersed_it_actor2(ex: Extractor) -> None:
    roles = _code(ex, "Hundreds of people marched in Bamako against the reform. Police dispersed them with tear gas.")
    assert roles[0] == ("actor1", "Protesters (Mali)")
    assert ("actor2", "Police Forces of Mali (2013-)") in roles


def test_object_of_a_protest_is_no_side(ex: Extractor) -> None:
    roles = _code(ex, "Residents of Kidal took to the streets to protest against Barkhane.")
    assert roles == [("actor1", "Protesters (Mali)")]


def test_looting_victims_are_civilians_and_the_ngo_associated(ex: Extractor) -> None:
    roles = _code(ex, "Looting: armed men robbed two ICRC staff near Bore.")
    assert roles[0] == ("actor1", "Unidentified Armed Group (Mali)")
    assert ("actor2", "Civilians (Mali)") in roles
    assert ("assoc", "ICRC: International Committee of the Red Cross and Red Crescent") in roles


def test_fulani_against_dogon_militia_adds_herders() -> None:
    actors = (
        ActorMention("Dogon", "Dogon Ethnic Militia (Mali)", "actor1"),
        ActorMention("Fulani", "Fulani Ethnic Militia (Mali)", "actor2"),
    )
    out = refine_actors(
        actors, event_type="Battles", text="Dogon and Fulani clashed.", hits=[], country="Mali", when=None
    )
    assert ("assoc", "Herders (Mali)") in [(a.role, a.canonical) for a in out]


# --- theatres of 2018-2021: one sentence each, coded with ACLED's names -------------------------------------


@pytest.mark.parametrize(
    ("country", "text", "expected"),
    [
        ("Burkina Faso", "Ansaroul Islam fighters attacked a VDP post near Djibo.", "Ansaroul Islam"),
        ("Burkina Faso", "Koglweogo members beat a suspected thief near Kaya.", "Koglweogo Militia"),
        ("Niger", "ISWAP fighters attacked a Nigerien army base near Diffa.", "Islamic State (West Africa)"),
        ("Niger", "Boko Haram militants killed five villagers near Bosso.", "Boko Haram"),
        (
            "Chad",
            "FACT rebels clashed with Chadian soldiers north of Mao.",
            "FACT: Front for Change and Concord in Chad",
        ),
        ("Libya", "The Tripoli Protection Force shelled LNA positions south of Tripoli.", "Tripoli Protection Force"),
        ("Libya", "Tebu fighters clashed with Tuareg militiamen in Ubari.", "Tebu Ethnic Militia (Libya)"),
    ],
)
def test_theatre_actor1(ex: Extractor, country: str, text: str, expected: str) -> None:
    roles = _code(ex, text, country)
    assert roles and roles[0][0] == "actor1" and roles[0][1].startswith(expected), roles


def test_state_forces_change_name_with_the_head_of_state() -> None:
    kb = load_kb()
    assert kb.entries["military:Niger"].resolve("Niger", date(2020, 1, 1)) == "Military Forces of Niger (2011-2021)"
    assert kb.entries["military:Niger"].resolve("Niger", date(2021, 6, 1)).startswith("Military Forces of Niger (2021-")
    assert kb.entries["military:Chad"].resolve("Chad", date(2021, 6, 1)) == "Military Forces of Chad (2021-)"
    assert kb.entries["military:Burkina Faso"].resolve("Burkina Faso", date(2019, 1, 1)).endswith("(2015-2022)")


def test_hirak_marchers_are_protesters(ex: Extractor) -> None:
    roles = _code(ex, "Hirak protesters marched in Algiers on Friday against the election.", "Algeria")
    assert roles[0] == ("actor1", "Protesters (Algeria)")


def test_every_actor_entry_cites_a_source() -> None:
    kb = load_kb()
    missing = [k for k, e in kb.entries.items() if not k.endswith(":@doc") and not e.source]
    assert not missing


def test_protesters_who_fight_police_are_rioters(ex: Extractor) -> None:
    roles = _code(ex, "Violent clashes broke out between police and protesters in Agadez over fuel prices.", "Niger")
    assert roles[0] == ("actor1", "Rioters (Niger)")


def test_protesters_who_ransack_shops_are_rioters(ex: Extractor) -> None:
    roles = _code(ex, "Dozens of youths ransacked shops in Zinder during a protest against power cuts.", "Niger")
    assert roles[0] == ("actor1", "Rioters (Niger)")


def test_police_tear_gas_on_a_march_leaves_it_a_protest(ex: Extractor) -> None:
    evs = ex.extract(
        "Police used tear gas to disperse students marching in Nouakchott.",
        published=date(2019, 6, 1),
        document_id="t",
        country_hint="Mauritania",
    )
    assert (evs[0].event_type, evs[0].sub_event_type) == ("Protests", "Protest with intervention")
    assert evs[0].actors[0].canonical == "Protesters (Mauritania)"


def test_unidentified_militants_are_an_unidentified_armed_group(ex: Extractor) -> None:
    roles = _code(ex, "Unidentified militants attacked a checkpoint near Diffa.", "Niger")
    assert roles[0] == ("actor1", "Unidentified Armed Group (Niger)")


def test_national_supply_convoy_is_that_countrys_army(ex: Extractor) -> None:
    roles = _code(ex, "A Burkinabe supply convoy was ambushed by Ansaroul Islam near Djibo.", "Burkina Faso")
    assert ("actor2", "Military Forces of Burkina Faso (2015-2022)") in roles


def test_police_post_is_the_polices_not_the_armys(ex: Extractor) -> None:
    roles = _code(ex, "Gunmen attacked a gendarmerie checkpost near Torodi.", "Niger")
    assert ("actor2", "Police Forces of Niger (2011-2021)") in roles
    assert not any(c.startswith("Military Forces") for _, c in roles)


def test_inhabitants_who_report_an_explosion_are_no_side(ex: Extractor) -> None:
    roles = _code(ex, "An exchange of fire near Ubari was reported by local residents.", "Libya")
    assert not any(c.startswith("Civilians") for _, c in roles)


def test_an_off_duty_policemans_force_is_associated(ex: Extractor) -> None:
    roles = _code(ex, "Gunmen killed an off-duty policeman at his home in Dori.", "Burkina Faso")
    assert ("actor2", "Civilians (Burkina Faso)") in roles
    assert ("assoc", "Police Forces of Burkina Faso (2015-2022)") in roles


def test_an_off_duty_soldier_killed_is_a_civilian_with_his_army_associated(ex: Extractor) -> None:
    roles = _code(ex, "An off-duty soldier was murdered by gunmen in Tahoua.", "Niger")
    assert ("actor2", "Civilians (Niger)") in roles
    assert ("assoc", "Military Forces of Niger (2011-2021)") in roles


def test_an_opening_event_noun_defers_to_the_verb_that_has_both_sides(ex: Extractor) -> None:
    text = "The raid happened on 4 May when ISWAP fighters attacked a Nigerien army post near Diffa."
    roles = _code(ex, text, "Niger")
    assert roles[0] == ("actor1", "Islamic State (West Africa)")
    assert roles[1][0] == "actor2" and roles[1][1].startswith("Military Forces of Niger")


def test_an_event_noun_with_its_own_target_keeps_it(ex: Extractor) -> None:
    roles = _code(ex, "Attack against a MINUSMA convoy near Aguelhok: two peacekeepers killed.")
    minusma = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
    assert ("actor2", minusma) in roles


# --- theatres beyond Mali 2017 (Burkina Faso, Niger, Libya, Chad): sentences written for these tests


def _event(ex: Extractor, text: str, country: str) -> tuple[str, str | None, int, list[tuple[str, str]]]:
    evs = ex.extract(text, published=date(2020, 3, 1), document_id="t", country_hint=country)
    assert evs, text
    e = evs[0]
    return e.event_type, e.sub_event_type, e.fatalities or 0, [(a.role, a.canonical) for a in e.actors]


def test_a_force_that_shells_is_the_attacker(ex: Extractor) -> None:
    _et, sub, _f, roles = _event(ex, "Haftar's forces shelled a residential quarter of Tajoura overnight.", "Libya")
    assert sub == "Shelling/artillery/missile attack"
    assert roles[0] == ("actor1", "Military Forces of Libya (2014-) Haftar Faction")


def test_a_shelled_force_is_still_the_target(ex: Extractor) -> None:
    _et, _sub, _f, roles = _event(ex, "Nigerien army positions were shelled near Tera.", "Niger")
    assert ("actor2", "Military Forces of Niger (2011-2021)") in roles


def test_an_air_force_is_the_state_that_flies_it(ex: Extractor) -> None:
    _et, sub, _f, roles = _event(ex, "An air raid by the Chadian air force hit a rebel column near Faya.", "Chad")
    assert sub == "Air/drone strike"
    assert roles[0] == ("actor1", "Military Forces of Chad (1990-2021)")


def test_the_grievance_of_a_rally_is_not_its_act(ex: Extractor) -> None:
    et, sub, f, _r = _event(
        ex, "Students rallied in Dori to condemn the killing of three teachers by gunmen.", "Burkina Faso"
    )
    assert (et, sub, f) == ("Protests", "Peaceful protest", 0)


def test_a_riot_after_a_death_is_coded_by_the_crowd(ex: Extractor) -> None:
    et, _sub, f, _r = _event(
        ex, "Youths rioted in Zinder after a motorcyclist was killed by a police vehicle.", "Niger"
    )
    assert (et, f) == ("Riots", 0)


def test_a_crowd_that_fights_police_riots(ex: Extractor) -> None:
    et, _sub, _f, roles = _event(
        ex, "Opposition supporters clashed with gendarmes in Kaya after the vote.", "Burkina Faso"
    )
    assert et == "Riots"
    assert roles[0] == ("actor1", "Rioters (Burkina Faso)")


def test_a_raid_that_only_takes_goods_is_looting(ex: Extractor) -> None:
    et, sub, _f, _r = _event(ex, "Armed men stormed a shop near Pama and stole fuel and motorbikes.", "Burkina Faso")
    assert (et, sub) == ("Strategic developments", "Looting/property destruction")


def test_a_raid_that_kills_is_not_looting(ex: Extractor) -> None:
    et, _sub, f, _r = _event(ex, "Armed men stormed a shop near Pama, killed the owner and stole fuel.", "Burkina Faso")
    assert et == "Violence against civilians" and f == 1


def test_a_victim_and_his_relative_are_two_dead(ex: Extractor) -> None:
    _et, _sub, f, _r = _event(ex, "Gunmen shot dead a herder and his brother near Diapaga.", "Burkina Faso")
    assert f == 2


def test_villages_raided_are_not_dead(ex: Extractor) -> None:
    _et, _sub, f, _r = _event(ex, "Gunmen raided three villages near Ouallam, killing 14 people.", "Niger")
    assert f == 14


def test_algerian_army_communique_words(ex: Extractor) -> None:
    et, sub, _f, roles = _event(
        ex, "ANP units arrested two terrorism support elements in Bordj Badji Mokhtar.", "Algeria"
    )
    assert (et, sub) == ("Strategic developments", "Arrests")
    assert [c for r, c in roles if r == "actor2"] == ["Islamist Militia (Algeria)"]
