"""Whole encyclopedia-style battle articles: the primary event's type, sides and toll come out right.

The articles in tests/data/articles were written for these tests (in our own words, from public facts
about each battle) so that the infobox + lead + sections shape of an encyclopedia page is exercised beyond
the one real page in ../shared/corpus, across the countries the tool covers (Niger, Libya, Chad, Mali).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from conftest import CORPUS, ROOT, needs_shared
from sitrep.model import EventMention
from sitrep.nlp.doc_mood import sentence_mood
from sitrep.nlp.extract import Extractor
from sitrep.nlp.triggers import find_triggers

ARTICLES = ROOT / "tests" / "data" / "articles"


def article(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def geo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extractor]:
    """The default (network-free) gazetteer of the covered theatre: no GeoNames dump needed."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.places import gazetteer_place_finder

    path = tmp_path_factory.mktemp("articles-gaz") / "g.sqlite"
    gaz = Gazetteer.build_default(path, countries={"ML", "BF", "NE", "LY", "DZ", "TD", "MR"})
    yield Extractor(gazetteer_place_finder(gaz))
    gaz.close()


def primary(ex: Extractor, text: str, doc: str) -> EventMention:
    events = ex.extract(text, published=date(2024, 1, 1), document_id=doc)
    assert events, "an article about a battle must give at least one event"
    return events[0]


def canon(ev: EventMention, role: str) -> list[str]:
    return [a.canonical for a in ev.actors if a.role == role]


def sides(ev: EventMention) -> set[str]:
    return set(canon(ev, "actor1") + canon(ev, "actor2"))


def test_camp_attack_in_niger(ex: Extractor) -> None:
    ev = primary(ex, article("inates"), "inates")
    assert ev.event_type == "Battles"
    assert sides(ev) == {"Military Forces of Niger (2011-2021)", "Islamic State (Greater Sahara)"}
    assert ev.date == date(2019, 12, 10)
    assert ev.fatalities is not None and ev.fatalities >= 71
    assert ev.location is not None and ev.location.country == "Niger"


def test_battle_for_a_libyan_town(ex: Extractor) -> None:
    ev = primary(ex, article("sirte"), "sirte")
    assert ev.event_type == "Battles"
    # a bare "Islamic State" in Libya is its Libyan branch
    assert "Islamic State (Libya)" in sides(ev)
    assert any(c.startswith("Military Forces of Libya") for c in sides(ev))
    assert ev.fatalities is not None and ev.fatalities >= 712
    assert ev.location is not None and ev.location.country == "Libya"


def test_base_attack_in_chad(ex: Extractor) -> None:
    ev = primary(ex, article("boma"), "boma")
    assert ev.event_type == "Battles"
    assert sides(ev) == {
        "Military Forces of Chad (1990-2021)",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    }
    assert ev.date == date(2020, 3, 23)
    assert ev.fatalities == 92


def test_camp_overrun_in_mali(ex: Extractor) -> None:
    ev = primary(ex, article("boulkessi"), "boulkessi")
    assert ev.event_type == "Battles"
    assert "JNIM: Group for Support of Islam and Muslims" in sides(ev)
    assert any(c.startswith("Military Forces of Mali") for c in sides(ev))
    assert ev.fatalities is not None and ev.fatalities >= 40


def test_date_range_takes_the_stated_year(ex: Extractor) -> None:
    # "30 September – 1 October 2019": the first day takes the range's year, not the publication's
    ev = primary(ex, article("boulkessi"), "boulkessi")
    assert ev.date == date(2019, 9, 30)


@needs_shared
def test_talahandak_article(ex: Extractor) -> None:
    ev = primary(ex, (CORPUS / "wikipedia-battle-of-talahandak.txt").read_text(encoding="utf-8"), "talahandak")
    assert ev.event_type == "Battles"
    assert sides(ev) == {"Military Forces of France", "AQIM: Al Qaeda in the Islamic Maghreb"}
    assert ev.date == date(2020, 6, 3)
    assert ev.fatalities == 4


# --- the place the article states: "X, Region, Country" bounds where the event can be --------------------


def test_stated_country_beats_a_namesake_abroad(geo: Extractor) -> None:
    # the Chad village is not in the default gazetteer, Boma in DR Congo is: the stated region stands in
    ev = primary(geo, article("boma"), "boma")
    loc = ev.location
    assert loc is not None and loc.country == "Chad" and loc.admin1 == "Lac"
    assert loc.geo_precision >= 2 and (loc.uncertainty_km or 0) >= 25


def test_stated_region_bounds_the_village(geo: Extractor) -> None:
    ev = primary(geo, article("boulkessi"), "boulkessi")
    loc = ev.location
    assert loc is not None and loc.country == "Mali" and loc.admin1 == "Mopti"


@pytest.mark.parametrize(
    ("name", "country", "admin1"), [("chinagodrar", "Niger", "Tillaberi"), ("arbinda", "Burkina Faso", "Sahel")]
)
def test_new_articles_stay_in_their_country(geo: Extractor, name: str, country: str, admin1: str) -> None:
    ev = primary(geo, article(name), name)
    assert ev.location is not None and ev.location.country == country and ev.location.admin1 == admin1


# --- the attacker is actor1, whatever the infobox's order of sides ----------------------------------------


@pytest.mark.parametrize(
    ("name", "attacker", "attacked"),
    [
        ("inates", "Islamic State (Greater Sahara)", "Military Forces of Niger"),
        ("boulkessi", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"),
        ("boma", "Boko Haram", "Military Forces of Chad"),
        ("chinagodrar", "Islamic State (Greater Sahara)", "Military Forces of Niger"),
        ("arbinda", "Islamist Militia", "Military Forces of Burkina Faso"),
        ("koutougou", "Islamist Militia", "Military Forces of Burkina Faso"),  # no infobox: the lead alone
    ],
)
def test_attacker_is_actor1(ex: Extractor, name: str, attacker: str, attacked: str) -> None:
    ev = primary(ex, article(name), name)
    assert canon(ev, "actor1")[0].startswith(attacker), canon(ev, "actor1")
    assert any(c.startswith(attacked) for c in canon(ev, "actor2")), canon(ev, "actor2")


def test_infobox_order_stands_when_the_lead_names_no_attacker(ex: Extractor) -> None:
    ev = primary(ex, article("sirte"), "sirte")  # "fought between X and Y": no initiator said
    assert canon(ev, "actor1")[0].startswith("Military Forces of Libya")


# --- fatalities: all deaths of all sides ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "deaths"),
    [
        ("inates", 71 + 57),  # one side per infobox line, and per sentence
        ("boulkessi", 40 + 15),  # the infobox gives one side, the prose both
        ("chinagodrar", 89 + 77),
        ("arbinda", 7 + 80 + 35),  # soldiers, attackers and civilians
        ("boma", 92),
    ],
)
def test_deaths_of_both_sides_are_summed(ex: Extractor, name: str, deaths: int) -> None:
    assert primary(ex, article(name), name).fatalities == deaths


def test_side_tolls_in_separate_sentences_are_summed(ex: Extractor) -> None:
    text = article("inates")
    body = text[text.index("== Attack ==") :]  # no infobox: the prose's two sides only
    assert primary(ex, "= Attack on Inates =\n\n" + body, "inates-body").fatalities == 71 + 57


# --- other kinds of main events: massacres, strikes, kidnappings, protests, coups ----------------------
# Each article adds a background section and an aftermath with later dated events (a second attack, a
# release, a resignation) that must not take over the article's event.


@pytest.mark.parametrize(
    ("name", "etype", "subtype", "when", "deaths", "country", "admin1"),
    [
        # Perpetrators/Target/Deaths/Injured infobox; "Deaths: 157+"; the first toll (134) was revised
        ("ogossagou", "Violence against civilians", "Attack", date(2019, 3, 23), 157, "Mali", "Mopti"),
        # no infobox; "on the night of 9 to 10 June": the first night's day; 95 first reported, revised to 35
        ("sobaneda", "Violence against civilians", "Attack", date(2019, 6, 9), 35, "Mali", "Mopti"),
        # official toll 132, local sources 160: the conservative figure; "Injured: 40" is not counted
        ("solhan", "Violence against civilians", "Attack", date(2021, 6, 5), 132, "Burkina Faso", "Sahel"),
        ("tajoura", "Explosions/Remote violence", "Air/drone strike", date(2019, 7, 2), 53, "Libya", "Tripoli"),
        ("hirak", "Protests", "Peaceful protest", date(2019, 2, 22), 0, "Algeria", "Alger"),
        # "Attack type: Kidnapping" types the event; the bodyguard killed is its one death
        (
            "cisse",
            "Violence against civilians",
            "Abduction/forced disappearance",
            date(2020, 3, 25),
            1,
            "Mali",
            "Tombouctou",
        ),
        # a coup: the mutineers arrest the president and no fighting is reported; the project has no coup
        # trigger and codes the arrest of the head of state (Strategic developments, Arrests)
        ("kati", "Strategic developments", "Arrests", date(2020, 8, 18), 0, "Mali", "Koulikoro"),
        # the other theatres
        # 14 months of fighting: the first day's attack on Gharyan, with no toll of its own
        ("tripolicampaign", "Battles", "Armed clash", date(2019, 4, 4), 0, "Libya", "Al Jabal al Gharbi"),
        # "Attack type: Drone strike" on a meeting of notables: 43 dead
        ("murzuq", "Explosions/Remote violence", "Air/drone strike", date(2019, 8, 4), 43, "Libya", "Murzuq"),
        # two villages attacked at once: one event with the sum of both villages' dead
        ("tchoma", "Violence against civilians", "Attack", date(2021, 1, 2), 100, "Niger", "Tillaberi"),
        # the border post attacked on election day, in Tibesti; the 300 rebels killed fell a week later
        ("fact", "Battles", "Armed clash", date(2021, 4, 11), 0, "Chad", "Tibesti"),
        # the escort's vehicle hit a mine, then the gunmen shot the passengers; the prose says nothing of the
        # escort fighting back, so the attack on the workers' convoy is violence against civilians
        ("boungou", "Violence against civilians", "Attack", date(2019, 11, 6), 37, "Burkina Faso", "Est"),
        # the crowd met tear gas: the "Methods" line does not make it peaceful
        ("nouakchott", "Protests", "Protest with intervention", date(2019, 6, 23), 0, "Mauritania", "Nouakchott Ouest"),
    ],
)
def test_other_main_events(
    geo: Extractor,
    name: str,
    etype: str,
    subtype: str,
    when: date,
    deaths: int,
    country: str,
    admin1: str,
) -> None:
    ev = primary(geo, article(name), name)
    assert (ev.event_type, ev.sub_event_type) == (etype, subtype)
    assert ev.date == when
    assert ev.fatalities == deaths
    assert ev.location is not None and (ev.location.country, ev.location.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("name", "actor1", "actor2"),
    [
        ("ogossagou", ("Dan Na Ambassagou", "Dogon Ethnic Militia (Mali)"), "Civilians (Mali)"),
        ("sobaneda", ("Unidentified Armed Group (Mali)",), "Civilians (Mali)"),
        (
            "solhan",
            ("Unidentified Armed Group (Burkina Faso)", "Islamist Militia (Burkina Faso)"),
            "Civilians (Burkina Faso)",
        ),
        ("tajoura", ("Military Forces of Libya (2014-) Haftar Faction",), "Civilians (Libya)"),
        ("cisse", ("JNIM: Group for Support of Islam and Muslims",), "Civilians (Mali)"),
    ],
)
def test_perpetrators_and_victims(ex: Extractor, name: str, actor1: tuple[str, ...], actor2: str) -> None:
    ev = primary(ex, article(name), name)
    assert canon(ev, "actor1")[0] in actor1, canon(ev, "actor1")
    assert canon(ev, "actor2") == [actor2]
    # the government that gave the toll is a source, not a side
    assert not any(c.startswith("Government of") for c in canon(ev, "actor1") + canon(ev, "actor2"))


@pytest.mark.parametrize(("name", "group"), [("ogossagou", "Fulani"), ("sobaneda", "Dogon")])
def test_the_victims_community_is_an_associate(ex: Extractor, name: str, group: str) -> None:
    ev = primary(ex, article(name), name)
    assert f"{group} Ethnic Group (Mali)" in canon(ev, "assoc")
    assert not any(c.startswith(group) for c in canon(ev, "actor1") + canon(ev, "actor2"))


def test_a_demonstration_is_the_crowds(ex: Extractor) -> None:
    ev = primary(ex, article("hirak"), "hirak")
    assert canon(ev, "actor1") == ["Protesters (Algeria)"]
    assert canon(ev, "actor2") == []  # the police blocked the way: a peaceful protest has no other side


def test_the_mutineers_are_actor1(ex: Extractor) -> None:
    """ACLED names soldiers acting against their own government "Mutiny of Military Forces of X"."""
    ev = primary(ex, article("kati"), "kati")
    assert canon(ev, "actor1")[0].startswith("Mutiny of Military Forces of Mali")


@pytest.mark.parametrize(
    ("name", "later"),
    [
        ("ogossagou", date(2020, 2, 14)),  # the second attack on the village
        ("sobaneda", date(2019, 6, 17)),  # attacks on other villages, with more deaths
        ("solhan", date(2022, 6, 11)),
        ("tajoura", date(2020, 1, 4)),
        ("cisse", date(2020, 10, 8)),  # the release, for some 200 prisoners
        ("hirak", date(2019, 3, 1)),
    ],
)
def test_later_events_do_not_take_over(ex: Extractor, name: str, later: date) -> None:
    events = ex.extract(article(name), published=date(2024, 1, 1), document_id=name)
    assert events[0].date != later
    assert any(e.date == later for e in events[1:]), "the later event is still reported, after the main one"


def test_a_day_without_year_takes_the_articles_year(ex: Extractor) -> None:
    # "Early on 23 March" in the Massacre section is the infobox's 23 March 2019, not the publication year's
    events = ex.extract(article("ogossagou"), published=date(2024, 1, 1), document_id="ogossagou")
    assert all(e.date is not None and e.date.year < 2024 for e in events)


# --- more kinds and theatres: a campaign, a drone strike, a rebel offensive, a convoy ambush, a protest ---
# A campaign article (an infobox Date line spanning weeks or months) is coded as ACLED codes its first
# day: the infobox's first day, the place the prose says was attacked that day (not the campaign's
# region), the sides of the infobox with the attacker as actor1, and the deaths the prose gives for that
# day (0 when none), never the casualty totals of the whole campaign. Later days are later events.


@pytest.mark.parametrize(
    ("name", "actor1", "actor2"),
    [
        # two governments' forces are two sides, not allies: each faction of a divided state is its own camp
        (
            "tripolicampaign",
            "Military Forces of Libya (2014-) Haftar Faction",
            "Military Forces of Libya (2016-2021) Government of National Accord",
        ),
        ("murzuq", "Military Forces of Libya (2014-) Haftar Faction", "Civilians (Libya)"),
        ("tchoma", "Islamic State (Greater Sahara)", "Civilians (Niger)"),
        ("fact", "FACT: Front for Change and Concord in Chad", "Military Forces of Chad (1990-2021)"),
        ("boungou", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
        ("nouakchott", "Protesters (Mauritania)", "Police Forces of Mauritania (2009-2019)"),
    ],
)
def test_more_theatres_sides(ex: Extractor, name: str, actor1: str, actor2: str) -> None:
    ev = primary(ex, article(name), name)
    assert canon(ev, "actor1") == [actor1]
    assert canon(ev, "actor2") == [actor2]


@pytest.mark.parametrize(
    ("name", "later"),
    [
        ("tripolicampaign", date(2019, 6, 26)),  # Gharyan retaken: the same town, a later day
        ("fact", date(2021, 4, 19)),  # the battle in Kanem, with the campaign's big toll
        ("fact", date(2021, 4, 20)),  # the president's death, announced days later
        ("nouakchott", date(2019, 6, 24)),  # "the next day" counts from 23 June 2019, not the publication
    ],
)
def test_campaign_days_stay_apart(ex: Extractor, name: str, later: date) -> None:
    events = ex.extract(article(name), published=date(2024, 1, 1), document_id=name)
    assert events[0].date != later
    assert any(e.date == later for e in events[1:])


def test_a_short_battle_is_not_a_campaign(ex: Extractor) -> None:
    # "30 September – 1 October 2019": a two-day battle keeps the infobox's casualty lines
    assert primary(ex, article("boulkessi"), "boulkessi").fatalities == 40 + 15


def test_a_campaigns_running_toll_is_not_an_event(ex: Extractor) -> None:
    # "the fighting had killed more than 2,000 people": the war's tally, dated by the ceasefire that ends the
    # sentence, not a massacre in October 2020
    events = ex.extract(article("tripolicampaign"), published=date(2024, 1, 1), document_id="tripolicampaign")
    assert not any((e.fatalities or 0) >= 2000 for e in events)
    assert all(e.event_type != "Violence against civilians" for e in events)


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("The war has killed thousands of people since 2012.", "summary"),
        ("The conflict in the north had killed at least 4,000 people by the end of the year.", "summary"),
        ("The fighting killed 12 soldiers near the bridge on Monday.", "report"),
        ("Gunmen killed 12 villagers during the campaign's third week.", "report"),
    ],
)
def test_running_tolls_have_their_own_mood(sentence: str, mood: str) -> None:
    trig = next(t for t in find_triggers(sentence, 0, "en") if t.cls in ("kill", "clash"))
    assert sentence_mood(sentence, 0, len(sentence), trig) == mood
