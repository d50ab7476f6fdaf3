"""Actor rules from the third Sahel set's disagreements (roles, actors, attribution, victims, actors.yaml).

Sentences are invented; each rule has one case it changes and one it leaves alone."""

from __future__ import annotations

import pytest

from note_fixtures import first, side
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# roles.assign_roles: "ont attaqué dans ..." is a compound past, not a headline passive
def test_compound_past_keeps_the_subject_as_attacker(ex: Extractor) -> None:
    ev = first(
        ex, "Des hommes armés ont attaqué dans la nuit de mardi le poste de police de Kantchari.", "Burkina Faso"
    )
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]
    assert side(ev, "actor2") == ["Police Forces of Burkina Faso (2015-2022)"]


def test_headline_passive_still_makes_the_post_the_target(ex: Extractor) -> None:
    ev = first(ex, "Poste de police attaqué dans la nuit à Kantchari par des hommes armés.", "Burkina Faso")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]


# role_clauses._when_clause_defender: the dead of "were killed when X repelled an attack" were the attackers
def test_killed_when_defenders_repelled_makes_the_dead_the_attackers(ex: Extractor) -> None:
    ev = first(ex, "Four gunmen were killed when Koglweogo members repelled an attack on Barsalogho.", "Burkina Faso")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]
    assert side(ev, "actor2") == ["Koglweogo Militia"]


def test_killed_when_attackers_struck_keeps_the_agent(ex: Extractor) -> None:
    ev = first(ex, "Four soldiers were killed when jihadists attacked a post near Barsalogho.", "Burkina Faso")
    assert side(ev, "actor1") == ["Islamist Militia (Burkina Faso)"]


# attribution._unnamed_other_side: "X repelled an attack" alone names the defender, not the attacker
def test_lone_defender_is_actor2(ex: Extractor) -> None:
    ev = first(ex, "Koglweogo members repelled an attack on Barsalogho on Monday.", "Burkina Faso")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]
    assert side(ev, "actor2") == ["Koglweogo Militia"]


def test_lone_attacker_stays_actor1(ex: Extractor) -> None:
    ev = first(ex, "Koglweogo members attacked Barsalogho on Monday.", "Burkina Faso")
    assert side(ev, "actor1") == ["Koglweogo Militia"]


# actors.yaml: HANI are unidentified armed men, not Islamists
def test_hani_is_an_unidentified_armed_group(ex: Extractor) -> None:
    ev = first(ex, "Cinq civils tués par des HANI à Kaya hier soir.", "Burkina Faso")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Burkina Faso)"]


def test_terroristes_stay_islamist(ex: Extractor) -> None:
    ev = first(ex, "Cinq civils tués par des terroristes à Kaya hier soir.", "Burkina Faso")
    assert side(ev, "actor1") == ["Islamist Militia (Burkina Faso)"]


# actors.ActorKB._load_ethnic: French noun-first ethnic militias
def test_french_noun_first_ethnic_militia(ex: Extractor) -> None:
    ev = first(ex, "Une milice peule a attaqué le village de Sobane, tuant six personnes.")
    assert side(ev, "actor1") == ["Fulani Ethnic Militia (Mali)"]


def test_french_village_peul_is_the_victims_group(ex: Extractor) -> None:
    ev = first(ex, "Des hommes armés non identifiés ont attaqué un campement peul près de Sobane, tuant six personnes.")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Mali)"]
    assert "Fulani Ethnic Militia (Mali)" not in side(ev, "actor1") + side(ev, "actor2")


# actors.yaml shared_police_aliases: the note's country names a bare National Guard
def test_garde_nationale_is_the_notes_country(ex: Extractor) -> None:
    ev = first(ex, "Trois gardes nationaux tués par des hommes armés près de Ouallam.", "Niger")
    assert side(ev, "actor2") == ["Police Forces of Niger (2011-2021)"]


def test_garde_nationale_in_mali_stays_malian(ex: Extractor) -> None:
    ev = first(ex, "Trois gardes nationaux tués par des hommes armés près de Niono.", "Mali")
    assert side(ev, "actor2") == ["Police Forces of Mali (2013-)"]


# actor_matcher._hyphened_place: an ethnonym inside a hyphened place name is no actor
def test_hyphened_place_is_not_an_ethnic_group(ex: Extractor) -> None:
    ev = first(ex, "FAMa clashed with JNIM fighters near Bambara-Kanta on Monday.")
    assert not [a for a in side(ev, "actor1") + side(ev, "actor2") + side(ev, "assoc") if "Bambara" in a]


def test_two_peoples_hyphened_stay(ex: Extractor) -> None:
    ev = first(ex, "Armed Fulani-Bambara clashes left four dead near Macina.")
    names = side(ev, "actor1") + side(ev, "actor2")
    assert any("Bambara" in n for n in names)


# actor_matcher._merge_generic with _BELONGING: "gunmen believed to belong to X" are X
def test_gunmen_believed_to_belong_to_a_group(ex: Extractor) -> None:
    ev = first(ex, "Six traders were shot dead near Ayorou by gunmen believed to belong to ISGS.", "Niger")
    assert side(ev, "actor1") == ["Islamic State (Greater Sahara)"]
    assert "Unidentified Armed Group (Niger)" not in side(ev, "actor2")


def test_gunmen_and_a_separate_group_stay_apart(ex: Extractor) -> None:
    ev = first(ex, "Gunmen attacked ISGS fighters near Ayorou on Monday.", "Niger")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Niger)"]
    assert side(ev, "actor2") == ["Islamic State (Greater Sahara)"]


# attribution._BLAMED: "bore the hallmarks of X" names the perpetrator
def test_hallmarks_name_the_perpetrator(ex: Extractor) -> None:
    ev = first(ex, "Gunmen killed four fishermen near Kaiga. The killings bore the hallmarks of Boko Haram.", "Chad")
    assert side(ev, "actor1") == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_no_hallmark_leaves_the_unidentified(ex: Extractor) -> None:
    ev = first(ex, "Gunmen killed four fishermen near Kaiga. Boko Haram denied any role.", "Chad")
    assert side(ev, "actor1") == ["Unidentified Armed Group (Chad)"]


# victims.looting with _PLUNDER: a plundered place has owners, coded Civilians
def test_looted_building_has_civilian_owners(ex: Extractor) -> None:
    ev = first(ex, "The dispensary of Gorom-Gorom was looted by jihadists overnight. Nobody was hurt.", "Burkina Faso")
    assert side(ev, "actor2") == ["Civilians (Burkina Faso)"]


def test_looting_label_alone_adds_no_owner(ex: Extractor) -> None:
    ev = first(ex, "Looting: unidentified gunmen seized 40 cows near Gorom-Gorom.", "Burkina Faso")
    assert side(ev, "actor2") == []


# actors.yaml victim_identities: aid workers
def test_aid_workers_are_associated(ex: Extractor) -> None:
    ev = first(ex, "Gunmen abducted two aid workers near Tillia.", "Niger")
    assert side(ev, "assoc") == ["Aid Workers (Niger)"]


def test_traders_have_no_identity(ex: Extractor) -> None:
    ev = first(ex, "Gunmen abducted two traders near Tillia.", "Niger")
    assert side(ev, "assoc") == []


# role_clauses._coalitions: "X fighters of the Y": X acts, Y associated
def test_members_of_a_coalition(ex: Extractor) -> None:
    ev = first(ex, "HCUA fighters of the CMA set up a checkpoint at the entrance of Anefis on 5 May.")
    assert side(ev, "actor1") == ["HCUA: High Council for the Unity of Azawad"]
    assert side(ev, "assoc") == ["CMA: Coordination of Movements of the Azawad"]


def test_two_groups_joined_by_and_stay_sides(ex: Extractor) -> None:
    ev = first(ex, "HCUA fighters clashed with GATIA fighters near Anefis on 5 May.")
    assert side(ev, "assoc") == []


# roles._PACT and attribution_communities._community_party: the parties of a pact
def test_community_signing_a_pact_is_a_party(ex: Extractor) -> None:
    ev = first(ex, "Dan Na Ambassagou and Fulani community leaders signed a truce in Koro on 2 May.")
    assert side(ev, "actor1") == ["Dan Na Ambassagou"]
    assert side(ev, "actor2") == ["Fulani Ethnic Group (Mali)"]


def test_attack_on_a_community_keeps_civilians(ex: Extractor) -> None:
    ev = first(ex, "Dan Na Ambassagou militiamen attacked Fulani villagers in Koro on 2 May, killing three.")
    assert "Civilians (Mali)" in side(ev, "actor2")
