"""Rules for actors on the whole-document path: claims told with an apposition or a date, a claim after an
act that went unclaimed "at first", a pact's two parties, a joint force named by two demonyms.

Sentences and articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from note_fixtures import side
from sitrep.model import EventMention
from sitrep.nlp.actor_claims import PARENT_OF
from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.doc_claims import _AT_FIRST, _CLAIM_AFTER, _CLAIM_BEFORE
from sitrep.nlp.doc_primary import _first_of_joint
from sitrep.nlp.extract import Extractor
from sitrep.nlp.roles import assign_roles
from sitrep.nlp.triggers import find_triggers


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str) -> EventMention:
    evs = ex.extract(text, published=date(2021, 6, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs[0]


# doc_claims: an apposition after the group, and a count of the acts claimed
def test_a_claim_after_an_apposition_and_of_both_acts_is_a_claim() -> None:
    assert _CLAIM_AFTER.match(" (ISGS), the local branch of the Islamic State, claimed both raids on Monday")
    assert _CLAIM_AFTER.match(", al-Qaeda's coalition in Mali, claimed it in a video")
    assert _CLAIM_AFTER.match(" a revendiqué les deux attaques dans un communiqué")


def test_an_apposition_without_a_claim_is_no_claim() -> None:
    assert not _CLAIM_AFTER.match(", the local branch of the Islamic State, attacked both posts")
    assert not _CLAIM_AFTER.match(", the local branch of the Islamic State, denied any role")


def test_a_date_between_the_verb_and_its_agent_keeps_the_claim() -> None:
    assert _CLAIM_BEFORE.search("Le raid a été revendiqué le 4 mars par l'")
    assert _CLAIM_BEFORE.search("The raid was claimed on 4 March by the ")
    assert not _CLAIM_BEFORE.search("The raid was reported on 4 March by the ")


def test_the_parent_named_in_an_apposition_is_not_the_claimant() -> None:
    assert PARENT_OF.search("ISGS, the local branch of the ")
    assert not PARENT_OF.search("ISGS fighters, together with ")


def test_an_act_unclaimed_only_at_first_can_be_claimed_later() -> None:
    assert _AT_FIRST.search("No group claimed the raid at first.")
    assert _AT_FIRST.search("Dans un premier temps, aucun groupe n'a revendiqué l'attaque.")
    assert not _AT_FIRST.search("No group has claimed the raid.")


_LATE_CLAIM = (
    "Tessit mine blast (2021)\n"
    "\n"
    "The Tessit mine blast killed two Malian soldiers on 3 March 2021, when their truck hit a landmine near "
    "Tessit in the Gao Region of Mali.\n"
    "\n"
    "Responsibility\n"
    "No group claimed the blast at first. On 9 March 2021, the Islamic State in the Greater Sahara, the "
    "local branch of the Islamic State, claimed it in a statement.\n"
)


def test_a_late_claim_after_an_apposition_names_the_author(ex: Extractor) -> None:
    ev = _primary(ex, _LATE_CLAIM, "Mali")
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]


# roles: a pact "between X and Y" lists its first party first
def _roles(text: str, cls: str) -> tuple[list[str], list[str]]:
    ex = Extractor()
    hits = ActorMatcher(ex.nlp, load_kb())(ex.nlp.make_doc(text))
    trig = next(t for t in find_triggers(text) if t.cls == cls)
    r = assign_roles(text, 0, hits, trig)
    return [h.text for h in r.initiators], [h.text for h in r.targets]


def test_a_pact_between_two_groups_has_the_first_as_actor1() -> None:
    inits, targets = _roles("A ceasefire agreement was signed in Anefis between the CMA and GATIA.", "agreement")
    assert inits == ["CMA"]
    assert targets == ["GATIA"]


_PACT_ARTICLE = (
    "Diafarabe truce\n"
    "\n"
    "The Diafarabe truce was a local peace agreement concluded in May 2021 near Diafarabe in the Mopti "
    "Region of Mali between Dozo hunters and the jihadists of the Katiba Macina, which had blockaded the "
    "village of Kera since January 2021. Local notables acted as go-betweens.\n"
    "\n"
    "Agreement\n"
    "On 2 May 2021, after weeks of talks, envoys of the Dozo hunters met envoys of the Katiba Macina at "
    "Diafarabe and agreed to a ceasefire.\n"
)


def test_the_two_parties_of_a_pact_are_two_sides_not_allies(ex: Extractor) -> None:
    ev = _primary(ex, _PACT_ARTICLE, "Mali")
    assert ev.sub_event_type == "Agreement"
    assert side(ev, "actor1") == ["Dozo Militia"]
    assert side(ev, "actor2") == ["JNIM: Group for Support of Islam and Muslims"]


# doc_primary: "Nigerien and French troops" names the Nigerien force first
def _hit(text: str, phrase: str) -> ActorHit:
    ex = Extractor()
    hits = ActorMatcher(ex.nlp, load_kb())(ex.nlp.make_doc(text))
    return next(h for h in hits if h.text == phrase)


def test_a_demonym_sharing_the_noun_names_the_first_force() -> None:
    text = "It was a joint raid by Malian and French troops on a camp."
    first = _first_of_joint(text, _hit(text, "French troops"))
    assert first.text == "Malian"
    assert first.entry.canonical.startswith("Military Forces of Mali")


def test_a_force_named_alone_stays_the_attacker() -> None:
    text = "It was a raid by French troops on a camp near Gao and Ansongo."
    hit = _hit(text, "French troops")
    assert _first_of_joint(text, hit) is hit


# doc_parties: a speaker's quoted word for the perpetrators is not a party
def test_a_quoted_label_for_the_perpetrators_is_not_a_party(ex: Extractor) -> None:
    from sitrep.nlp.doc_parties import not_a_party

    matcher = ActorMatcher(ex.nlp, load_kb())
    quoted = "Le ministre a imputé le massacre de Kodyel à des « terroristes » sans nommer de groupe."
    plain = "Des terroristes ont attaqué le marché de Kodyel."
    for text, expected in ((quoted, True), (plain, False)):
        hits = [h for h in matcher(ex.nlp.make_doc(text)) if h.entry.canonical.startswith("Islamist Militia")]
        assert hits, text
        assert not_a_party(text, hits[0]) is expected, text
