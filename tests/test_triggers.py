"""ACLED typing from trigger classes and the kinds on each side (sitrep.nlp.triggers.type_event)."""

from __future__ import annotations

from sitrep.nlp.triggers import find_triggers, type_event


def _type(text: str, inits: list[str], targets: list[str], others: tuple[str, ...] = ()) -> tuple[str, str] | None:
    trigs = find_triggers(text)
    return type_event({t.cls for t in trigs}, inits, targets, others, tuple(t.text.lower() for t in trigs))


def test_one_sided_killing_of_an_unknown_victim_is_violence_against_civilians() -> None:
    assert _type("Militants executed an alleged informer", ["islamist"], []) == (
        "Violence against civilians",
        "Attack",
    )


def test_attack_on_a_target_that_is_no_armed_side_is_violence_against_civilians() -> None:
    assert _type("A boat was ambushed by unknown assailants", ["unidentified"], [])[0] == (  # type: ignore[index]
        "Violence against civilians"
    )


def test_attack_on_a_named_force_is_a_battle_even_when_roles_are_unsure() -> None:
    assert _type("FAMa checkpoint attacked overnight", ["state"], []) == ("Battles", "Armed clash")


def test_bomb_then_exchange_of_fire_is_a_battle() -> None:
    text = "An IED hit the convoy and an exchange of fire ensued"
    assert _type(text, ["unidentified"], ["international"]) == ("Battles", "Armed clash")


def test_bomb_alone_is_remote_violence() -> None:
    assert _type("A convoy struck an IED", [], ["state"]) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )


def test_abduction_of_an_armed_group_member_is_a_battle() -> None:
    assert _type("An MSA officer was abducted", ["unidentified"], ["rebel"])[0] == "Battles"  # type: ignore[index]


def test_abduction_of_civilians_stays_an_abduction() -> None:
    assert _type("Gunmen abducted three teachers", ["unidentified"], ["civilian"]) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )


def test_clashes_with_locals_are_battles() -> None:
    assert _type("clashes between jihadists and locals", ["islamist"], ["civilian"])[0] == "Battles"  # type: ignore[index]


def test_a_defused_or_seized_weapon_is_a_disrupted_weapons_use() -> None:
    assert _type("Nigerien gendarmes dismantled an IED found on the road near Ayorou.", ["state"], []) == (
        "Strategic developments",
        "Disrupted weapons use",
    )
    # the bomb went off: still remote violence
    got = _type("An IED exploded while deminers were clearing the road.", [], ["state"])
    assert got is not None and got[0] == "Explosions/Remote violence"


def test_one_community_killing_members_of_another_is_violence_against_civilians() -> None:
    got = _type("Peuhl fighters killed a Bambara shopkeeper.", ["ethnic_group"], ["ethnic_group", "civilian"])
    assert got is not None and got[0] == "Violence against civilians"
    got = _type("Clashes between Dogon and Fulani left 3 dead.", ["ethnic_group"], ["ethnic_group"])
    assert got is not None and got[0] == "Battles"


def _et(text: str, inits: list[str], targets: list[str]) -> str:
    typed = _type(text, inits, targets)
    assert typed is not None, text
    return typed[0]


def test_a_bomb_that_opens_the_ambush_is_remote_violence() -> None:
    # the ambush word names how the bomb was used, not a fight between two sides
    assert _et("Rebels staged an IED ambush against a police pickup.", ["rebel"], ["state"]) == (
        "Explosions/Remote violence"
    )
    assert _et("Insurgents staged an ambush with an IED against a convoy.", ["islamist"], ["state"]) == (
        "Explosions/Remote violence"
    )
    # a mine that opens an ambush which then goes on with gunfire stays the battle
    assert _et("Militants ambushed a patrol after a mine blast.", ["islamist"], ["state"]) == "Battles"


def test_mortar_fire_beside_an_assault_word_stays_remote_violence() -> None:
    text = "A complex assault on the army base with rocket and mortar fire."
    assert _et(text, ["islamist"], ["state"]) == "Explosions/Remote violence"
    text = "Mortar rounds struck the camp and the garrison then exchanged fire with the attackers."
    assert _et(text, ["islamist"], ["state"]) == "Battles"


def test_a_kidnapping_fought_off_by_an_escort_is_a_battle() -> None:
    text = "A failed kidnapping of the governor, whose guards retaliated and fended off the gunmen."
    assert _et(text, ["unidentified"], ["civilian"]) == "Battles"
    assert _et("Gunmen kidnapped the governor on the road.", ["unidentified"], ["civilian"]) == (
        "Violence against civilians"
    )


def test_names_unarmed_victim_needs_no_armed_receiver() -> None:
    from sitrep.nlp.triggers import names_unarmed_victim

    assert names_unarmed_victim("The MP was ambushed between Dia and Diafarabe")
    assert not names_unarmed_victim("The mayor's escort was ambushed and fought back")
    assert not names_unarmed_victim("the mps were ambushed")  # lower-case "mps" is no member of parliament
    assert not names_unarmed_victim("A patrol was ambushed near Dia")
