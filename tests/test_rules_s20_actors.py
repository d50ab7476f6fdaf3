"""Rules for actors from the later blind sets: claims told in a background section, a pact's
parties joined by a repeated genitive, French demonyms after an aircraft noun, killings with kidnappings,
and the subject of "X clashed with them".

Sentences and articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp.actor_claims import attribute_claims, earlier_spans
from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.event_types import type_event
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _hits(ex: Extractor, text: str) -> list[ActorHit]:
    return ActorMatcher(ex.nlp, load_kb())(ex.nlp.make_doc(text))


def _events(ex: Extractor, text: str, country: str) -> list[EventMention]:
    evs = ex.extract(text, published=date(2021, 6, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs


def _roles(ev: EventMention) -> list[tuple[str, str]]:
    return [(a.role, a.canonical) for a in ev.actors if a.role in ("actor1", "actor2")]


_ARTICLE = (
    "Garou raid\n\n"
    "The Garou raid was an attack by gunmen on the village of Garou on 4 March 2020.\n\n"
    "Background\n"
    "On 2 May 2018, six herders were killed near Garou in an attack claimed by Ansaroul Islam.\n\n"
    "Attack\n"
    "The assailants arrived at dawn and set fire to the market.\n"
)


# actor_claims: a claim told under "Background" is of an older act
def test_background_sections_are_found_with_either_heading_style() -> None:
    spans = earlier_spans(_ARTICLE)
    assert len(spans) == 1
    told = _ARTICLE[spans[0][0] : spans[0][1]]
    assert "Ansaroul Islam" in told and "set fire" not in told
    wiki = "Titre\n\nTexte.\n\n== Contexte ==\nUn texte plus ancien.\n\n== L'attaque ==\nLe texte.\n"
    (span,) = earlier_spans(wiki)
    assert wiki[span[0] : span[1]].strip() == "Un texte plus ancien."
    assert earlier_spans("Gunmen attacked a post. The background of the attack is unclear.") == []


def test_a_claim_in_background_does_not_name_the_attackers(ex: Extractor) -> None:
    hits = _hits(ex, _ARTICLE)
    assert not any(h.entry.canonical.startswith("Ansaroul") and h.text != "Ansaroul Islam" for h in hits)
    moved = _ARTICLE.replace("Background\n", "Aftermath\n")
    renamed = attribute_claims(moved, _hits(ex, moved))
    assert any(h.text in ("gunmen", "assailants") and h.entry.canonical.startswith("Ansaroul") for h in renamed)


# role_cues: "les chefs de la CMA et du GATIA"
def test_pact_parties_joined_by_a_repeated_genitive(ex: Extractor) -> None:
    for text in (
        "Le 2 mars 2020, les responsables du MSA et de la CMA ont signé un accord à Ménaka.",
        "On 2 March 2020, the leaders of the MSA and of the CMA signed an agreement in Menaka.",
    ):
        roles = {c.split(":")[0] for _, c in _roles(_events(ex, text, "Mali")[0])}
        assert roles == {"MSA", "CMA"}, text


# actors.yaml: "des avions de chasse tchadiens" are the Chadian military
def test_french_demonym_after_an_aircraft_noun(ex: Extractor) -> None:
    ev = _events(
        ex, "Le 9 juin 2020, des avions de chasse tchadiens ont bombardé une colonne de l'UFR près de Fada.", "Chad"
    )[0]
    assert _roles(ev)[0] == ("actor1", "Military Forces of Chad (1990-2021)")
    fr = _events(ex, "Le 9 juin 2020, des hélicoptères français ont frappé des jihadistes près de Ménaka.", "Mali")[0]
    assert _roles(fr)[0] == ("actor1", "Military Forces of France")


# event_types: a raid that kills is an attack even when people are taken
def test_killing_with_kidnapping_is_an_attack() -> None:
    both = type_event({"kill", "abduct"}, ["unidentified"], ["civilian"])
    assert both == ("Violence against civilians", "Attack")
    only = type_event({"abduct"}, ["unidentified"], ["civilian"])
    assert only == ("Violence against civilians", "Abduction/forced disappearance")


# roles: "the army clashed with their column": the subject starts the clash
def test_subject_of_clashed_with_a_pronoun_is_actor1(ex: Extractor) -> None:
    text = "On 8 May 2021, two days after UFR rebels entered Ennedi, the army clashed with them near Fada."
    role, name = _roles(_events(ex, text, "Chad")[0])[0]
    assert role == "actor1" and name.startswith("Military Forces of Chad")
    joined = "On 8 May 2021, UFR rebels and Chadian soldiers clashed near Fada."
    assert _roles(_events(ex, joined, "Chad")[0])[0][1].startswith("UFR")
