"""Round 11 place rules: a protest "in several districts of" a city happened there; a border phrase does not
make a respelling across it a guess; a named region brings its country's near spellings; the Arabic
article a report drops; short codes of far-away capitals; "une soixantaine de kilomètres" (an unknown
name glossed by such an offset is still coded at the known town, as ACLED does). Places are invented, on a small
gazetteer of made-up rows, so no labelled row decides the outcome."""

from __future__ import annotations

import pytest

from geo_fixtures import dump_line, invented_gazetteer
from sitrep.geo.eventplace import event_location
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.protest import is_topic_place
from sitrep.geo.relative import find_relative

# geonameid, name, lat, lon, feature class, code, country, admin1
ROWS = [
    (9400001, "Kolinagodrar", 15.00, 2.50, "P", "PPL", "NE", "09"),  # "Kolinégodar" in the text
    (9400002, "Tagassala", 14.00, -10.00, "P", "PPL", "ML", "03"),  # a namesake in Kayes
    (9400003, "Tagassalé", 15.50, -5.60, "P", "PPL", "MR", "01"),  # the Mauritanian village
    (9400004, "Hodh ech Chargui", 19.00, -7.25, "A", "ADM1", "MR", "01"),
    (9400005, "Al Qarmun", 25.00, 14.00, "P", "PPL", "LY", "73"),  # "Qarmun" / "Garmoun" in reports
    (9400006, "Tessakar", 16.80, -3.00, "P", "PPL", "ML", "06"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [dump_line(*row) for row in ROWS]
    lines.append(dump_line(9400007, "Ostburg", 52.0, 13.0, "P", "PPLC", "DE", "16", alternates="Ost|Osb"))
    return invented_gazetteer(tmp_path_factory.mktemp("gazs11"), lines)


def _where(gaz: Gazetteer, text: str) -> dict[str, object]:
    return {m.text: m.place.name for m in geoparse(text, gaz) if m.kind in ("toponym", "anchor", "admin")}


def test_protest_in_districts_of_a_city_is_located_there() -> None:
    text = "Crowds protesting against the junta burned tyres in several districts of Xville."
    assert not is_topic_place(text, text.index("Xville"))
    fr = "Des manifestants opposés au pouvoir ont brûlé des pneus dans plusieurs quartiers de Xville."
    assert not is_topic_place(fr, fr.index("Xville"))
    # the subject of the protest is still a topic
    topic = "Hundreds marched against the sale of land to Xville."
    assert is_topic_place(topic, topic.index("Xville"))


def test_border_phrase_does_not_veto_a_respelling_across_it(gaz: Gazetteer) -> None:
    text = "Gunmen attacked the army camp at Kolinégodar, near the Malian border, on 2 May."
    assert _where(gaz, text).get("Kolinégodar") == "Kolinagodrar"


def test_named_region_brings_its_countrys_spelling(gaz: Gazetteer) -> None:
    text = "Des hommes armés venus du Mali ont enlevé des bergers près de Tagassala (Hodh ech Chargui) le 3 mai."
    got = [m for m in geoparse(text, gaz) if m.text == "Tagassala"]
    assert got and got[0].place.country == "Mauritania"
    # without the region, the exact Malian name stands
    plain = "Des hommes armés venus du Mali ont enlevé des bergers près de Tagassala le 3 mai."
    got = [m for m in geoparse(plain, gaz) if m.text == "Tagassala"]
    assert got and got[0].place.country == "Mali"


def test_arabic_article_dropped_by_the_report(gaz: Gazetteer) -> None:
    assert _where(gaz, "Fighting broke out near Qarmun on 2 March.").get("Qarmun") == "Al Qarmun"
    assert _where(gaz, "Fighting broke out near Garmoun on 2 March.").get("Garmoun") is None  # g/q is no rule
    assert _where(gaz, "Fighting broke out near Qarmoun on 2 March.").get("Qarmoun") == "Al Qarmun"


def test_short_code_of_a_far_capital_is_not_a_place(gaz: Gazetteer) -> None:
    assert "Ost" not in _where(gaz, "Des hommes armés ont enlevé un agent à Ost le 3 mai.")


def test_une_soixantaine_de_kilometres() -> None:
    rels = find_relative("à une soixantaine de kilomètres à l'est de Xville")
    assert rels and rels[0].distance_km == 60


def test_unknown_name_with_an_offset_is_coded_at_the_known_town(gaz: Gazetteer) -> None:
    # ACLED's convention: the named town the offset starts from, with a radius holding the writer's point
    text = (
        "Le 3 mai, des hommes armés ont enlevé un commerçant à Ouzrékaf, "
        "à une soixantaine de kilomètres à l'est de Tessakar."
    )
    got = event_location(text, geoparse(text, gaz), gaz)
    assert got is not None and got.place.name == "Tessakar"
    assert got.place.geo_precision == 2 and (got.place.uncertainty_km or 0) >= 55
