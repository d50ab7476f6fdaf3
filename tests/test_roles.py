"""Who did what to whom (sitrep.nlp.roles.assign_roles) on short incident sentences."""

from __future__ import annotations

from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import load_kb
from sitrep.nlp.extract import Extractor
from sitrep.nlp.roles import assign_roles
from sitrep.nlp.triggers import find_triggers


def _roles(text: str, cls: str) -> tuple[list[str], list[str]]:
    ex = Extractor()
    matcher = ActorMatcher(ex.nlp, load_kb())
    hits = matcher(ex.nlp.make_doc(text))
    trig = next(t for t in find_triggers(text) if t.cls == cls)
    r = assign_roles(text, 0, hits, trig)
    return [h.text for h in r.initiators], [h.text for h in r.targets]


def test_agent_after_several_modifiers() -> None:
    inits, targets = _roles("A village chief was killed by unknown armed attackers in Tindara.", "kill")
    assert inits == ["attackers"]
    assert targets == ["village chief"]


def test_adverb_without_be_is_active_voice() -> None:
    inits, targets = _roles("Malian soldiers allegedly killed four villagers near Boni.", "kill")
    assert inits == ["Malian soldiers"]
    assert targets == ["villagers"]


def test_reported_by_names_a_source_not_the_agent() -> None:
    inits, _ = _roles("An explosion was reported by residents of Kidal.", "explosive")
    assert inits == []


def test_bracketed_identity_joins_the_mention_before_it() -> None:
    _, targets = _roles("Seven Dozo hunters (Bambara) were killed in an ambush.", "kill")
    assert set(targets) == {"Dozo hunters", "Bambara"}


def test_subjected_to_puts_the_force_on_the_receiving_end() -> None:
    inits, targets = _roles("Overnight the MINUSMA base at Tessalit was subjected to an attack.", "attack")
    assert inits == []
    assert targets == ["MINUSMA"]
    inits, targets = _roles("A FAMa post came under attack near Boni.", "attack")
    assert (inits, targets) == ([], ["FAMa"])


def test_irregular_participle_headline_is_passive_but_shot_at_is_active() -> None:
    inits, targets = _roles("MINUSMA vehicle struck by IED near Aguelhok.", "explosive")
    assert "MINUSMA" in targets and "MINUSMA" not in inits
    inits, targets = _roles("Police shot at protesters in Niamey.", "shoot")
    assert inits == ["Police"]


def test_imputed_identity_is_not_a_party() -> None:
    from sitrep.nlp.actors import ActorEntry, ActorHit
    from sitrep.nlp.roles import imputed_identity

    entry = ActorEntry(key="x", canonical="Unidentified Armed Group ({country})", kind="unidentified")
    s = "Three youths, suspected of being thieves, were killed by militia"
    robbers = ActorHit(s.index("thieves"), s.index("thieves") + 7, "thieves", entry)
    militia = ActorHit(s.index("militia"), s.index("militia") + 7, "militia", entry)
    assert imputed_identity(s, 0, robbers)
    assert not imputed_identity(s, 0, militia)  # a new clause after the comma
    t = "3 herders were taken for militants and killed"
    assert imputed_identity(t, 0, ActorHit(t.index("militants"), t.index("militants") + 9, "militants", entry))
    u = "Gunmen killed two men accusés d'être des voleurs"
    assert not imputed_identity(u, 0, ActorHit(0, 6, "Gunmen", entry))


def test_when_clause_needs_an_act_not_a_description() -> None:
    # "armed men based in X" describes the men; only an act verb makes them the agent of the time clause
    inits, _ = _roles("Two traders were killed when armed men based in Tindara were seen nearby.", "kill")
    assert inits == []
    inits, _ = _roles("Two traders were killed when armed men raided Tindara.", "kill")
    assert inits == ["armed men"]
