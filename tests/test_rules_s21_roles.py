"""Note-level actor rules (session 21): an attacker named after the act, a force that fired munitions, a
tribe's fighters.

Each rule is checked on an invented note: one case it changes and one it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.actors import load_kb
from sitrep.nlp.attribution import _FIRED
from sitrep.nlp.attribution_agents import _BLAMED, _PERPETRATORS_ARE
from sitrep.nlp.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _roles(ex: Extractor, text: str) -> dict[str, list[str]]:
    ev = ex.extract(text, published=date(2022, 1, 1), document_id="t")[0]
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.canonical)
    return out


def test_a_later_identification_names_the_attackers() -> None:
    assert _PERPETRATORS_ARE.search("The assailants were later identified as ")
    assert _PERPETRATORS_ARE.search("the assailants have since been identified as ")
    assert not _PERPETRATORS_ARE.search("The victims were later identified as ")  # the dead are no attackers


def test_accused_members_of_a_group_blame_the_group() -> None:
    assert _BLAMED.search("Relatives accused members of the ")
    assert _BLAMED.search("Residents accused ")
    assert not _BLAMED.search("Relatives met members of the ")


def test_fired_with_a_count_or_a_make_before_the_munition() -> None:
    assert _FIRED.match(" fired several Grad rockets at the port")
    assert _FIRED.match(" launched two mortar shells at the base")
    assert not _FIRED.match(" were hit by rockets fired from the south")


def test_an_identified_attacker_replaces_the_unknown_one(ex: Extractor) -> None:
    text = (
        "On 2 May 2020, gunmen ambushed a gendarmerie patrol near Djibo in Burkina Faso. Three gendarmes were "
        "killed. The attackers were later identified as ISGS fighters."
    )
    assert _roles(ex, text)["actor1"] == ["Islamic State (Greater Sahara)"]
    plain = (
        "On 2 May 2020, gunmen ambushed a gendarmerie patrol near Djibo in Burkina Faso. Three gendarmes were killed."
    )
    assert _roles(ex, plain)["actor1"][0].startswith("Unidentified Armed Group")


def test_accused_militia_members_are_the_perpetrators(ex: Extractor) -> None:
    text = (
        "On 4 April 2020, gunmen raided the village of Toeni in Burkina Faso, killing 12 civilians. Residents "
        "accused members of the Koglweogo self-defence group of carrying out the killings."
    )
    assert _roles(ex, text)["actor1"] == ["Koglweogo Militia"]


def test_a_force_that_fired_rockets_is_the_attacker(ex: Extractor) -> None:
    text = "On 3 March 2019, GNA forces fired several Grad rockets at the airport in Sirte, Libya; nobody was hurt."
    first = _roles(ex, text)["actor1"]
    assert first == ["Military Forces of Libya (2016-2021) Government of National Accord"]


def test_the_kufra_tribe_has_its_own_militia() -> None:
    kb = load_kb()
    militia = [k for a, k in kb.patterns if a.lower() == "miliciens zouaï"]
    assert militia == ["Zway Ethnic Militia ({country})"]
    assert kb.entries["Zway Ethnic Militia ({country})"].source  # every curated fact cites its source


def test_bare_militants_point_back_to_the_one_named_group(ex: Extractor) -> None:
    text = (
        "On 9 May 2021, Dozo hunters tried to lift the blockade that JNIM militants have imposed on Sana (Niono "
        "cercle, Segou region) since early May. Four Dozos and two militants were killed in the clash."
    )
    assert _roles(ex, text)["actor2"] == ["JNIM: Group for Support of Islam and Muslims"]
    bare = "On 9 May 2021, Dozo hunters clashed with militants near Sana (Segou region, Mali). Four hunters died."
    assert _roles(ex, bare)["actor2"][0].startswith("Islamist Militia")
