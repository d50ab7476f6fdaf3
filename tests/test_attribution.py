"""Document-level actor conventions (sitrep.nlp.attribution) and claim attribution (sitrep.nlp.actors)."""

from __future__ import annotations

from sitrep.model import ActorMention
from sitrep.nlp.actors import ActorMatcher, find_claimant, load_kb
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
