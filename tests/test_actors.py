from __future__ import annotations

from datetime import date

import pytest
import spacy

from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import load_kb


@pytest.fixture(scope="module")
def match():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    kb = load_kb()
    matcher = ActorMatcher(nlp, kb)

    def run(text: str, country: str | None = "Mali", when: date | None = date(2019, 1, 1)) -> list[str]:
        return [kb.resolve(h, country, when) for h in matcher(nlp.make_doc(text))]

    return run


def test_every_entry_cites_a_source() -> None:
    kb = load_kb()
    assert all(e.source for e in kb.entries.values())


@pytest.mark.parametrize(
    "text,expected",
    [
        ("JNIM fighters", "JNIM: Group for Support of Islam and Muslims"),
        ("the GSIM claimed", "JNIM: Group for Support of Islam and Muslims"),
        ("Jama'at Nasr al-Islam wal Muslimin", "JNIM: Group for Support of Islam and Muslims"),
        ("AQMI", "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("EIGS", "Islamic State (Greater Sahara)"),
        ("Islamic State in the Greater Sahara", "Islamic State (Greater Sahara)"),
        ("Barkhane", "Military Forces of France"),
        (
            "casques bleus",
            "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
        ),
        ("FAMa", "Military Forces of Mali (2013-)"),
        ("unknown gunmen", "Unidentified Armed Group (Mali)"),
        ("villagers", "Civilians (Mali)"),
        ("Dan Na Ambassagou", "Dan Na Ambassagou"),
        ("Haftar's forces", "Military Forces of Libya (2014-) Haftar Faction"),
    ],
)
def test_aliases_resolve_to_acled_names(match, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert match(text) == [expected]


def test_acronyms_are_case_sensitive(match) -> None:  # type: ignore[no-untyped-def]
    assert match("this is a cma") == []  # "is" is not the Islamic State, "cma" is no acronym
    assert match("IS claimed it", country="Niger") == ["Islamic State"]


def test_bare_islamic_state_is_the_local_branch(match) -> None:  # type: ignore[no-untyped-def]
    assert match("the Islamic State claimed it", country="Libya") == ["Islamic State (Libya)"]
    assert match("the Islamic State claimed it", country="Mali") == ["Islamic State (Greater Sahara)"]
    assert match("the Islamic State claimed it", country="Chad") == ["Islamic State (West Africa)"]
    # Niger has two branches at work: the bare name stays the parent group
    assert match("the Islamic State claimed it", country="Niger") == ["Islamic State"]


def test_moc_is_the_joint_mechanism(match) -> None:  # type: ignore[no-untyped-def]
    assert match("A MOC patrol was ambushed") == ["Military Forces of Mali (2013-) Operational Coordination Mechanism"]


def test_bare_soldiers_are_the_document_countrys_army(match) -> None:  # type: ignore[no-untyped-def]
    assert match("soldiers", country="Niger") == ["Military Forces of Niger (2011-2021)"]
    assert match("Burkinabe soldiers", country="Mali") == ["Military Forces of Burkina Faso (2015-2022)"]


def test_state_force_name_follows_the_period(match) -> None:  # type: ignore[no-untyped-def]
    assert match("Malian army", when=date(2021, 8, 1)) == ["Military Forces of Mali (2021-)"]
    assert match("Malian army", when=date(2017, 8, 1)) == ["Military Forces of Mali (2013-)"]


def test_slash_joined_names_are_one_actor(match) -> None:  # type: ignore[no-untyped-def]
    assert match("JNIM/AQMI kidnapped") == ["JNIM: Group for Support of Islam and Muslims"]


def test_country_from_demonyms_ignores_borders() -> None:
    kb = load_kb()
    assert kb.mentioned_countries("Nigerien soldiers in Niger") == ["Niger"]
    assert kb.mentioned_countries("near the Burkina Faso border") == []
    assert kb.mentioned_countries("on the Niger river") == []


def test_member_noun_after_a_group_name_is_not_a_civilian() -> None:
    from sitrep.nlp.actor_matcher import ActorMatcher
    from sitrep.nlp.actors import load_kb
    from sitrep.nlp.extract import Extractor

    ex = Extractor()
    hits = ActorMatcher(ex.nlp, load_kb())(ex.nlp.make_doc("A CMA post was attacked by Platform men."))
    assert [h.kind for h in hits if h.text == "men"] == []
    assert any(h.text == "Platform" for h in hits)
