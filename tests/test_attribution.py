"""Document-level actor conventions (sitrep.nlp.attribution) and claim attribution (sitrep.nlp.actors)."""

from __future__ import annotations

from sitrep.model import ActorMention
from sitrep.nlp.actor_claims import find_claimant
from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import load_kb
from sitrep.nlp.attribution import refine_actors
from sitrep.nlp.extract import Extractor


def _hits(text: str):  # type: ignore[no-untyped-def]
    ex = Extractor()
    return ActorMatcher(ex.nlp, load_kb())(ex.nlp.make_doc(text))


def test_claimant_names_the_unnamed_attackers() -> None:
    text = "Unknown gunmen attacked a post in Niono. JNIM claimed the attack on 17 October."
    hits = _hits(text)
    gunmen = next(h for h in hits if h.text == "Unknown gunmen")
    assert gunmen.entry.canonical.startswith("JNIM")


def test_generic_group_cannot_claim() -> None:
    text = "Jihadists claimed the attack on a post in Niono."
    assert find_claimant(text, _hits(text)) is None


def test_refine_puts_the_claimant_as_actor1_of_an_unattributed_bombing() -> None:
    text = "A MINUSMA convoy struck an IED near Kidal. JNIM claimed the attack."
    actors = (ActorMention("struck", "Unidentified Armed Group (Mali)", "actor1"),)
    out = refine_actors(
        actors, event_type="Explosions/Remote violence", text=text, hits=_hits(text), country="Mali", when=None
    )
    assert out[0].canonical.startswith("JNIM") and out[0].role == "actor1"


def test_refine_renames_civilians_who_protest() -> None:
    actors = (ActorMention("residents", "Civilians (Mali)", "actor1"),)
    out = refine_actors(actors, event_type="Protests", text="Residents protested.", hits=[], country="Mali", when=None)
    assert out[0].canonical == "Protesters (Mali)"


def _refine(actors: tuple[ActorMention, ...], event_type: str, text: str, sub: str | None = None):  # type: ignore[no-untyped-def]
    return refine_actors(
        actors,
        event_type=event_type,
        text=text,
        hits=_hits(text),
        country="Mali",
        when=None,
        scope=(0, len(text)),
        sub_event_type=sub,
    )


def test_a_battle_has_no_civilian_side_and_the_named_force_takes_its_place() -> None:
    text = "Unknown assailants raided CJA positions at Agoufou, leaving six people dead."
    actors = (
        ActorMention("unidentified assailants", "Unidentified Armed Group (Mali)", "actor1"),
        ActorMention("people", "Civilians (Mali)", "actor2"),
    )
    out = _refine(actors, "Battles", text)
    assert [a.role for a in out if a.canonical.startswith("Civilians")] == []
    assert any(a.role == "actor2" and a.canonical.startswith("CJA") for a in out)


def test_a_protest_has_no_civilian_side() -> None:
    text = "1500 people marched against the new mining code."
    actors = (
        ActorMention("demonstrated", "Protesters (Mali)", "actor1"),
        ActorMention("people", "Civilians (Mali)", "actor2"),
    )
    assert [a.canonical for a in _refine(actors, "Protests", text)] == ["Protesters (Mali)"]


def test_a_lone_force_hit_by_a_mine_is_the_victim_of_an_unnamed_group() -> None:
    text = "An IED blew up under a MINUSMA armoured car on the road out of Tessalit."
    minusma = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"
    out = _refine((ActorMention("MINUSMA", minusma, "actor1"),), "Explosions/Remote violence", text, "Remote explosive")
    assert [(a.canonical, a.role) for a in out] == [
        ("Unidentified Armed Group (Mali)", "actor1"),
        (minusma, "actor2"),
    ]


def test_an_air_strike_keeps_the_state_as_attacker_and_adds_no_unnamed_side() -> None:
    text = "French aircraft struck positions near Menaka."
    out = _refine(
        (ActorMention("French", "Military Forces of France", "actor1"),),
        "Explosions/Remote violence",
        text,
        "Air/drone strike",
    )
    assert [(a.canonical, a.role) for a in out] == [("Military Forces of France", "actor1")]


def _vac(text: str) -> tuple[ActorMention, ...]:
    actors = (
        ActorMention("killed", "Unidentified Armed Group (Niger)", "actor1"),
        ActorMention("villagers", "Civilians (Niger)", "actor2"),
    )
    return refine_actors(
        actors, event_type="Violence against civilians", text=text, hits=_hits(text), country="Niger", when=None
    )


def test_force_that_arrested_the_executed_victims_is_the_perpetrator() -> None:
    out = _vac("Five herders detained by Nigerien soldiers near Ayorou were later found dead in a ditch.")
    assert out[0].role == "actor1" and out[0].canonical.startswith("Military Forces of Niger")
    assert [a.canonical for a in out if a.role == "actor2"] == ["Civilians (Niger)"]


def test_force_named_after_a_passive_killing_is_the_perpetrator() -> None:
    out = _vac("Two villagers were shot dead by the gendarmerie at a checkpoint near Tera.")
    assert out[0].role == "actor1" and out[0].canonical.startswith("Police Forces")


def test_arrest_of_suspects_or_without_a_death_leaves_the_unnamed_attackers() -> None:
    suspects = _vac("Gunmen killed three villagers near Tera. Two suspects were arrested by the gendarmerie.")
    assert suspects[0].canonical == "Unidentified Armed Group (Niger)"
    released = _vac("Gunmen killed a trader near Tera. Soldiers arrested his brother, who was released on Monday.")
    assert released[0].canonical == "Unidentified Armed Group (Niger)"


def _at(text: str, word: str, canonical: str, role: str) -> ActorMention:
    from sitrep.model import Span

    i = text.index(word)
    return ActorMention(word, canonical, role, Span(i, i + len(word)))


def test_a_wrecked_empty_lorry_has_no_civilian_side() -> None:
    text = "A lorry carrying rice hit a landmine east of Anefis. Nobody was aboard, no injuries."
    actors = (
        ActorMention("hit", "Unidentified Armed Group (Mali)", "actor1"),
        _at(text, "lorry", "Civilians (Mali)", "actor2"),
    )
    out = _refine(actors, "Explosions/Remote violence", text, "Remote explosive")
    assert [a.canonical for a in out] == ["Unidentified Armed Group (Mali)"]


def test_a_burned_town_hall_has_no_civilian_side_but_a_wounded_mayor_has() -> None:
    burned = "Gunmen entered Dioura overnight and set the mayor's office on fire."
    gunmen = ActorMention("Gunmen", "Unidentified Armed Group (Mali)", "actor1")
    out = _refine((gunmen, _at(burned, "mayor", "Civilians (Mali)", "actor2")), "Strategic developments", burned)
    assert [a.canonical for a in out] == ["Unidentified Armed Group (Mali)"]
    hurt = "Gunmen entered Dioura overnight, burned the mayor's office and wounded the mayor."
    out = _refine((gunmen, _at(hurt, "mayor", "Civilians (Mali)", "actor2")), "Strategic developments", hurt)
    assert "Civilians (Mali)" in [a.canonical for a in out]


def test_a_village_held_by_a_group_leaves_the_group_as_the_actor() -> None:
    text = "The village of Tessit is now reported to be under the control of GATIA."
    gatia = "GATIA: Imghad Tuareg and Allies Self-Defense Group"
    actors = (_at(text, "village", "Civilians (Mali)", "actor1"), _at(text, "GATIA", gatia, "actor2"))
    assert [(a.canonical, a.role) for a in _refine(actors, "Strategic developments", text)] == [(gatia, "actor1")]


def test_a_vehicle_of_no_force_blown_up_by_a_mine_carried_civilians() -> None:
    text = "A car was blown up by a mine on the road out of Gossi this morning."
    unknown = ActorMention("blown up", "Unidentified Armed Group (Mali)", "actor1")
    out = _refine((unknown,), "Explosions/Remote violence", text, "Remote explosive")
    assert [(a.canonical, a.role) for a in out][-1] == ("Civilians (Mali)", "actor2")
    spared = text + " No casualties."
    out = _refine((unknown,), "Explosions/Remote violence", spared, "Remote explosive")
    assert [a.canonical for a in out] == ["Unidentified Armed Group (Mali)"]
