"""Rules of session 19 on the whole-document path and in dates: a count "after" another act set off after
the day a sentence opens with, a story's "overnight", sources of a figure that took no part, a crowd that
tried to march, hurt people that do not make a riot, sentences that tell the same acts elsewhere, and an
infobox's perpetrator against a prose where both sides act.

Sentences and articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import EventMention
from sitrep.nlp import lang
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.doc_parties import not_a_party
from sitrep.nlp.doc_primary import _sides_as_roles
from sitrep.nlp.extract import Extractor
from sitrep.nlp.timex import find_dates
from sitrep.nlp.triggers import Trigger

PUB = date(2020, 3, 20)


def _values(text: str) -> list[tuple[str, date]]:
    return [(e.text, e.value) for e in find_dates(text, PUB)]


# timex: "On 9 March, two days after X did Y, ..." is 9 March said again
def test_a_count_after_another_act_set_off_after_the_day_is_that_day() -> None:
    en = "On 12 March 2020, three days after bandits torched a granary near Kona, soldiers raided their camp."
    assert _values(en)[1] == ("three days after", date(2020, 3, 12))
    fr = "Le 12 mars 2020, une semaine après l'enlèvement du maire, l'armée a fouillé le village."
    assert _values(fr)[1] == ("une semaine après", date(2020, 3, 12))
    eve = "On 12 March 2020, the day after the market fire, police arrested two men."
    assert _values(eve)[1] == ("the day after", date(2020, 3, 12))


def test_a_count_on_from_the_day_still_counts() -> None:
    later = "On 12 March 2020 bandits torched a granary. Three days after, soldiers raided their camp."
    assert _values(later)[1] == ("Three days after", date(2020, 3, 15))
    plain = "On 12 March 2020 bandits torched a granary; three days later soldiers raided their camp."
    assert _values(plain)[1] == ("three days later", date(2020, 3, 15))


def test_overnight_is_the_night_of_the_story_day() -> None:
    told = "On 12 March 2020, the garrison left the town overnight."
    assert _values(told)[1] == ("overnight", date(2020, 3, 12))
    deictic = "The garrison left the town overnight, residents said."
    assert _values(deictic) == [("overnight", date(2020, 3, 19))]
    last_night = "On 12 March 2020 the garrison left. Last night, shots were heard."
    assert _values(last_night)[1] == ("Last night", date(2020, 3, 19))


# doc_parties: the source of a figure takes no part
@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def _hit(kb, text: str, name: str, key: str) -> ActorHit:  # type: ignore[no-untyped-def]
    start = text.index(name)
    return ActorHit(start, start + len(name), name, kb.entries[key])


UN_KEY = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"


def test_a_force_that_gives_the_toll_is_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    text = "MINUSMA, whose medics treated the wounded, put the toll at 14 dead."
    assert not_a_party(text, _hit(kb, text, "MINUSMA", UN_KEY))
    fr = "La MINUSMA a fait état de 14 morts."
    assert not_a_party(fr, _hit(kb, fr, "MINUSMA", UN_KEY))
    acting = "MINUSMA, whose patrol was nearby, returned fire and killed 14 assailants."
    assert not not_a_party(acting, _hit(kb, acting, "MINUSMA", UN_KEY))


def test_a_government_that_visits_then_speaks_or_disputes_is_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre de la Défense, qui a visité le camp, a annoncé un bilan de 20 morts."
    assert not_a_party(text, _hit(kb, text, "Le ministre de la Défense", "Government of {country}"))
    neg = "Une ONG a avancé 80 morts, un chiffre que le gouvernement n'a pas confirmé."
    assert not_a_party(neg, _hit(kb, neg, "le gouvernement", "Government of {country}"))
    by = "An NGO counted 80 dead, a figure disputed by the government."
    assert not_a_party(by, _hit(kb, by, "government", "Government of {country}"))
    acts = "Le gouvernement a déployé des renforts à Kona."
    assert not not_a_party(acts, _hit(kb, acts, "Le gouvernement", "Government of {country}"))


# doc_primary: the infobox's perpetrator stands when most of the prose's doers are on its side
def test_the_prose_majority_of_doers_keeps_the_infobox_order(kb) -> None:  # type: ignore[no-untyped-def]
    text = "JNIM | the army | the army repelled ... JNIM said ... JNIM fighters"
    jnim = _hit(kb, text, "JNIM", "JNIM: Group for Support of Islam and Muslims")
    army = _hit(kb, text, "the army", "military:Mali")
    sides = [(jnim, "actor1"), (army, "actor2")]
    prose_army_first = [(army, "actor1"), (jnim, "actor1"), (jnim, "actor1")]
    assert [r for _h, r in _sides_as_roles(sides, prose_army_first, None)] == ["actor1", "actor2"]
    prose_army = [(army, "actor1"), (army, "actor1"), (jnim, "actor1")]
    swapped = _sides_as_roles(sides, prose_army, None)
    assert (swapped[0][0].text, swapped[0][1]) == ("the army", "actor1")


# doc_mood: a crowd that tried to reach somewhere was there
def test_a_crowd_that_tried_to_march_is_reported() -> None:
    from sitrep.nlp.doc_mood import sentence_mood

    en = "A group of protesters tried to march on the palace; police blocked them."
    t = Trigger(en.index("protesters"), en.index("protesters") + 10, "protesters", "protest")
    assert sentence_mood(en, 0, len(en), t) == "report"
    strike = "Gunmen tried to attack the camp."
    t2 = Trigger(strike.index("attack"), strike.index("attack") + 6, "attack", "attack")
    assert sentence_mood(strike, 0, len(strike), t2) == "irrealis"
    with lang.using("fr"):
        fr = "Des manifestants ont tenté de rejoindre la présidence ; la police les a bloqués."
        t3 = Trigger(fr.index("manifestants"), fr.index("manifestants") + 12, "manifestants", "protest")
        assert sentence_mood(fr, 0, len(fr), t3) == "report"


# doc_frames and document: a calm march blocked and gassed, with a few hurt, is a protest with intervention
@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _primary(ex: Extractor, text: str, country: str) -> EventMention:
    evs = ex.extract(text, published=date(2020, 5, 1), document_id="t", country_hint=country)
    assert evs, text
    return evs[0]


_MARCH = (
    "Marche du 6 mars 2020 à Bamako\n\n"
    "La marche du 6 mars 2020 à Bamako est une manifestation contre la hausse du prix du pain.\n\n"
    "Déroulement\n"
    "Le vendredi 6 mars, des milliers de personnes ont défilé dans le centre de Bamako. La marche s'est "
    "déroulée dans le calme. Vers 17 heures, des manifestants ont tenté de rejoindre la primature ; la police "
    "les a bloqués et a fait usage de gaz lacrymogènes. Des marches ont eu lieu le même jour à Ségou et à "
    "Kayes.\n\n"
    "Bilan\n"
    "Aucun mort n'a été signalé ; quelques manifestants et policiers ont été légèrement blessés.\n"
)


def test_a_blocked_and_gassed_march_with_a_few_hurt_is_a_protest_with_intervention(ex: Extractor) -> None:
    ev = _primary(ex, _MARCH, "Mali")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Protest with intervention")


def test_a_sentence_of_the_same_acts_elsewhere_gives_no_place() -> None:
    from sitrep.nlp.document import _ELSEWHERE

    assert _ELSEWHERE.search("Des marches ont eu lieu le même jour à Ségou et à Kayes.")
    assert _ELSEWHERE.search("Similar rallies were held in several other towns.")
    assert not _ELSEWHERE.search("The crowd then marched to the governor's office in Kayes.")


def test_a_crowd_that_stones_the_police_is_still_a_riot(ex: Extractor) -> None:
    text = _MARCH.replace(
        "quelques manifestants et policiers ont été légèrement blessés.",
        "des manifestants ont incendié des voitures et pillé des boutiques près de la primature.",
    )
    ev = _primary(ex, text, "Mali")
    assert ev.event_type == "Riots"
