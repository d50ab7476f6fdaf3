"""Rules of session 22 on the whole-document path: a title-only act takes its sides and place from the
account of the same act, a riot's force from the sentence telling it act on the crowd, the civilians an
escort fought for, a massacre named as such, and a background's count over months that is no event's toll.

Articles are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

from sitrep.model import EventMention
from sitrep.nlp import lang
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_frames import Frame
from sitrep.nlp.doc_mentions import _actor_list
from sitrep.nlp.extract import Extractor

ISLAMIST = "Islamist Militia ({country})"
CIV = "Civilians ({country})"
ARMY = "military:Burkina Faso"


def _code(text: str, language: str, country: str) -> list[EventMention]:
    with lang.using(language):
        return Extractor().extract(text, published=date(2021, 9, 1), document_id="t", country_hint=country)


def _names(ev: EventMention, role: str | None = None) -> list[str]:
    return [a.canonical for a in ev.actors if role is None or a.role == role]


# a title-only arrest: who held whom is told in the account below, with its place in the lead
_ARREST = (
    "Arrestation de Moussa Traoré\n\n"
    "L'arrestation de Moussa Traoré est l'interpellation, le 14 février 2020 à Kayes, du syndicaliste malien "
    "Moussa Traoré, alors qu'il couvrait une grève.\n\n"
    "Contexte\n"
    "Les grèves des enseignants se poursuivaient depuis des mois dans la région.\n\n"
    "Déroulement\n"
    "Des policiers en civil ont interpellé Moussa Traoré devant la bourse du travail, alors qu'il "
    "filmait la dispersion de la manifestation.\n"
)


def test_a_title_only_arrest_takes_the_sides_of_the_account() -> None:
    first = _code(_ARREST, "fr", "Mali")[0]
    assert first.sub_event_type == "Arrests"
    assert _names(first, "actor1") and _names(first, "actor1")[0].startswith("Police Forces of Mali")
    assert _names(first, "actor2") == ["Civilians (Mali)"]


def test_a_title_only_arrest_whose_account_names_no_one_stays_without_sides() -> None:
    untold = _ARREST.split("Déroulement")[0]
    first = _code(untold, "fr", "Mali")[0]
    assert first.sub_event_type == "Arrests"
    assert not _names(first, "actor1")


# a riot whose own sentences name only the crowd; the police act on it in a later sentence
_RIOT = (
    "2019 Sikasso riots\n\n"
    "The 2019 Sikasso riots were violent demonstrations in Sikasso, Mali, on 3 June 2019, after a trader died "
    "in custody.\n\n"
    "Riots\n"
    "On the morning of 3 June, hundreds of young men set up barricades of burning tyres and marched on the town "
    "hall, which they ransacked and set on fire. Several cars were also burned. Rioters then tried to reach the "
    "prefecture, where police officers fired tear gas to drive them back. Shops stayed closed.\n"
)


def test_a_riots_force_is_the_one_told_acting_on_the_crowd() -> None:
    first = _code(_RIOT, "en", "Mali")[0]
    assert first.event_type == "Riots"
    assert any(n.startswith("Police Forces of Mali") for n in _names(first, "actor2"))


def test_a_riot_without_a_force_acting_on_it_has_no_other_side() -> None:
    calm = _RIOT.replace(", where police officers fired tear gas to drive them back", "")
    assert calm != _RIOT
    first = _code(calm, "en", "Mali")[0]
    assert first.event_type == "Riots"
    assert not _names(first, "actor2")


# an ambush on civilians under escort: a battle, the civilians with their escort
def _battle(text: str) -> list[tuple[str, str]]:
    ex = Extractor()
    kb = ex.kb
    hits = [
        ActorHit(text.index(w), text.index(w) + len(w), w, kb.entries[k])
        for w, k in (("Jihadists", ISLAMIST), ("civilians", CIV), ("soldiers", ARMY))
    ]
    f = Frame([], "event", 0, 0, "Battles", "Armed clash")
    f.actors = [(hits[0], "actor1"), (hits[1], "actor2"), (hits[2], "actor2")]
    return [(a.canonical, a.role) for a in _actor_list(ex, text, f, "Burkina Faso", date(2021, 5, 3))]


def test_civilians_escorted_by_a_force_are_associates_of_the_battle() -> None:
    out = _battle("Jihadists attacked a convoy of civilians escorted by soldiers.")
    assert ("Civilians (Burkina Faso)", "assoc") in out
    assert any(n.startswith("Military Forces of Burkina Faso") and r == "actor2" for n, r in out)


def test_civilians_merely_mentioned_in_a_battle_are_no_party() -> None:
    out = _battle("Jihadists attacked civilians' trucks and then soldiers at the post.")
    assert all(not n.startswith("Civilians") for n, _r in out)


# a massacre whose attackers first overran a guard post
_MASSACRE = (
    "{title} de Kodel\n\n"
    "Le {noun} de Kodel est une attaque commise dans la nuit du 2 au 3 mai 2021 à Kodel, au Burkina Faso.\n\n"
    "Déroulement\n"
    "Des hommes armés non identifiés ont d'abord attaqué le poste des VDP à l'entrée du village. "
    "Les assaillants ont ensuite tiré sur les habitants qui sortaient de leurs maisons.\n"
)


def test_an_act_the_account_names_a_massacre_is_violence_against_civilians() -> None:
    first = _code(_MASSACRE.format(title="Massacre", noun="massacre"), "fr", "Burkina Faso")[0]
    assert first.event_type == "Violence against civilians"
    assert _names(first, "actor2") == ["Civilians (Burkina Faso)"]


def test_an_attack_not_named_a_massacre_keeps_the_votes_of_its_sentences() -> None:
    first = _code(_MASSACRE.format(title="Attaque", noun="combat"), "fr", "Burkina Faso")[0]
    assert first.event_type == "Battles"


def test_an_office_holder_held_is_no_civilian() -> None:
    minister = _ARREST.replace("Arrestation de Moussa", "Arrestation du ministre Moussa")
    first = _code(minister, "fr", "Mali")[0]
    assert first.sub_event_type == "Arrests"
    assert "Civilians (Mali)" not in _names(first)
