"""Rules of session 21 on the whole-document path: speakers, accusers, deniers and responders who took no
part in the act, a quoted label for the perpetrators, and an undated title event that takes the lead's date.

Sentences and articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp import lang
from sitrep.nlp.actors import ActorHit, load_kb
from sitrep.nlp.doc_parties import not_a_party
from sitrep.nlp.extract import Extractor

GOV = "Government of {country}"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISLAMIST = "Islamist Militia ({country})"


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def _hit(kb, text: str, name: str, key: str) -> ActorHit:  # type: ignore[no-untyped-def]
    start = text.index(name)
    return ActorHit(start, start + len(name), name, kb.entries[key])


def test_a_government_that_first_announced_or_gave_a_toll_is_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    fr = "Le gouvernement a d'abord annoncé une vingtaine de morts, puis un bilan de 31 morts."
    assert not_a_party(fr, _hit(kb, fr, "Le gouvernement", GOV))
    en = "The government of Chad gave a toll of 12 herders killed."
    assert not_a_party(en, _hit(kb, en, "The government", GOV))
    never = "Le gouvernement n'a jamais publié de bilan."
    assert not_a_party(never, _hit(kb, never, "Le gouvernement", GOV))
    acts = "The government of Chad sent troops to the border town."
    assert not not_a_party(acts, _hit(kb, acts, "The government", GOV))


def test_a_group_that_issues_a_denial_or_accuses_is_no_party(kb) -> None:  # type: ignore[no-untyped-def]
    fr = "Le GSIM a publié un communiqué démentant toute implication."
    assert not_a_party(fr, _hit(kb, fr, "GSIM", JNIM))
    en = "JNIM accused the army of shelling the market."
    assert not_a_party(en, _hit(kb, en, "JNIM", JNIM))
    claims = "JNIM published a statement claiming the ambush."
    assert not not_a_party(claims, _hit(kb, claims, "JNIM", JNIM))


def test_a_ministry_of_a_side_that_counts_is_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    text = "JNIM's media ministry said that forty soldiers had died."
    assert not_a_party(text, _hit(kb, text, "JNIM", JNIM))
    fought = "JNIM's fighters stormed the post."
    assert not not_a_party(fought, _hit(kb, fought, "JNIM", JNIM))


def test_a_force_that_secures_the_scene_afterwards_is_a_responder(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Herders carried the wounded away before soldiers from Kona secured the area."
    assert not_a_party(text, _hit(kb, text, "soldiers", "military:Mali"))
    fought = "Soldiers from Kona returned fire on the assailants."
    assert not not_a_party(fought, _hit(kb, fought, "Soldiers", "military:Mali"))


def test_a_quoted_label_heading_a_phrase_is_the_speakers_word(kb) -> None:  # type: ignore[no-untyped-def]
    text = 'Officials called it a "terrorist ambush", but nobody claimed it.'
    assert not_a_party(text, _hit(kb, text, "terrorist", ISLAMIST))
    plain = "The terrorists ambushed the convoy."
    assert not not_a_party(plain, _hit(kb, plain, "terrorists", ISLAMIST))


# document: a title event without a date of its own takes the day the lead states
_ARREST = (
    "Arrestation de Moussa Keita\n\n"
    "L'arrestation de Moussa Keita est l'interpellation, le 14 février 2020 à Kayes, du syndicaliste malien "
    "Moussa Keita, alors qu'il couvrait une manifestation d'enseignants dans le centre de la ville.\n\n"
    "Contexte\n"
    "Les grèves des enseignants se poursuivaient depuis des mois dans la région.\n"
)


def test_an_undated_title_event_takes_the_leads_day() -> None:
    with lang.using("fr"):
        evs = Extractor().extract(_ARREST, published=date(2020, 5, 1), document_id="t", country_hint="Mali")
    assert evs
    first = evs[0]
    assert first.date == date(2020, 2, 14)
    assert first.date_precision == "day"
