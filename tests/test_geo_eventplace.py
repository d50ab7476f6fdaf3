"""Choosing an event's location among a text's places, fallbacks and country cues (sitrep.geo.eventplace).

A small gazetteer (the default build for three countries plus a handful of GeoNames-format rows written
here) keeps these tests fast and independent of ../shared.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo_fixtures import dump_line, invented_gazetteer, km
from sitrep.geo.cues import country_cues, in_border_phrase
from sitrep.geo.eventplace import document_country, event_location, fallback_location, seat_of
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse

# geonameid, name, alternates, lat, lon, feature class, code, country, admin1
ROWS = [
    (9000001, "Boni", "", 15.02, -1.98, "P", "PPL", "ML", "04"),
    (9000002, "Boni", "", 11.54, -3.41, "P", "PPL", "BF", "09"),
    (9000003, "Zwera", "Zouera", 18.30, -11.90, "H", "WLL", "MR", "09"),
    (9000004, "Ansongo", "", 15.66, 0.50, "P", "PPLA2", "ML", "09"),
    (9000005, "Anefis", "", 18.05, 0.60, "P", "PPL", "ML", "10"),
    (9000006, "Tabankort", "", 17.83, 0.28, "P", "PPL", "ML", "09"),
    (9000007, "Région de Tombouctou", "", 19.50, -2.50, "A", "ADM1", "ML", "08"),
    (9000008, "Tombouctou", "Timbuktu", 16.77, -3.01, "P", "PPLA", "ML", "08"),
    (9000009, "Douna", "", 13.23, -5.93, "P", "PPL", "ML", "05"),
    (9000010, "Douna", "", 14.45, -1.74, "P", "PPL", "ML", "04"),
    (9000011, "Djibo", "", 14.10, -1.63, "P", "PPLA2", "BF", "12"),
    (9000012, "Hombori", "", 15.28, -1.70, "P", "PPL", "ML", "04"),
    (9000013, "Gossi", "", 15.82, -1.30, "P", "PPL", "ML", "08"),
    (9000014, "Cercle de Gossi", "", 15.95, -1.05, "A", "ADM2", "ML", "08"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    lines = [
        dump_line(gid, name, lat, lon, fcl, fcode, cc, a1, alternates=alts)
        for gid, name, alts, lat, lon, fcl, fcode, cc, a1 in ROWS
    ]
    return invented_gazetteer(tmp_path_factory.mktemp("gazev"), lines, default_countries={"ML", "BF", "MR"})


def locate(gaz: Gazetteer, text: str, hint: str | None = None, convention: str = "acled") -> Any:
    mentions = geoparse(text, gaz, country_hint=hint)
    return event_location(text, mentions, gaz, country_hint=hint, convention=convention)


def test_country_cues_read_demonyms_and_forces() -> None:
    cues = country_cues("FAMa soldiers and Malian gendarmes; a Burkinabe convoy")
    assert cues["ML"] == 2 and cues["BF"] == 1
    assert "ML" not in country_cues("the famous Famagusta")


def test_border_phrases_name_the_neighbour() -> None:
    text = "along the Burkina Faso border, in Mali"
    assert in_border_phrase(text, text.index("Burkina"), text.index("Burkina") + len("Burkina Faso"))
    assert not in_border_phrase(text, text.index("Mali"), text.index("Mali") + 4)


def test_cues_pick_the_country_of_an_ambiguous_village(gaz: Gazetteer) -> None:
    mali = locate(gaz, "FAMa soldiers were attacked in Boni.")
    assert mali is not None and mali.place.country == "Mali"
    burkina = locate(gaz, "Burkinabe soldiers were attacked in Boni.")
    assert burkina is not None and burkina.place.country == "Burkina Faso"


def test_a_place_outside_the_named_region_gives_way_to_the_region_seat(gaz: Gazetteer) -> None:
    # "Zouera" is only a Mauritanian well in this gazetteer; the text says it is in the Tombouctou region
    got = locate(gaz, "A merchant was kidnapped on market day in Zouera, Tombouctou Region.", "Mali")
    assert got is not None
    assert got.place.country == "Mali" and got.place.admin1 == "Tombouctou"
    assert got.place.geo_precision == 3
    assert km(got.place.lat, got.place.lon, 16.77, -3.01) < 1  # the region's seat, not its centroid


def test_acled_convention_codes_offsets_at_the_anchor(gaz: Gazetteer) -> None:
    text = "A truck hit a mine 75 km east of Ansongo."
    at = locate(gaz, text, "Mali")
    assert at is not None and km(at.place.lat, at.place.lon, 15.66, 0.50) < 1
    assert at.place.geo_precision == 2 and at.place.uncertainty_km >= 75
    point = locate(gaz, text, "Mali", convention="point")
    assert point is not None and 70 < km(point.place.lat, point.place.lon, 15.66, 0.50) < 80


def test_between_two_towns_is_coded_at_the_first(gaz: Gazetteer) -> None:
    got = locate(gaz, "Gunmen ambushed a supply column between Gossi and Hombori.", "Mali")
    assert got is not None and km(got.place.lat, got.place.lon, 15.82, -1.30) < 1


def test_an_axis_is_coded_at_its_first_town(gaz: Gazetteer) -> None:
    # a road is coded from the end it is reported from, like a "between X and Y" pair
    got = locate(gaz, "An IED hit a convoy on the axis Tabankort-Anefis.", "Mali")
    assert got is not None and got.place.name == "Tabankort"


def test_a_village_by_its_commune_is_coded_at_the_village(gaz: Gazetteer) -> None:
    got = locate(gaz, "Gunmen raided Anefis-Tabankort at dawn.", "Mali")
    assert got is not None and got.place.name == "Tabankort"


def test_destination_loses_to_the_place_of_the_event(gaz: Gazetteer) -> None:
    got = locate(gaz, "A bus en route to Hombori was attacked 30 km from Gossi.", "Mali")
    assert got is not None and km(got.place.lat, got.place.lon, 15.82, -1.30) < 1


def test_border_mention_favours_the_village_near_that_border(gaz: Gazetteer) -> None:
    got = locate(gaz, "Gunmen entered Douna along the Burkina Faso border.", "Mali")
    assert got is not None and got.place.admin1 == "Mopti"


def test_no_place_falls_back_to_the_country(gaz: Gazetteer) -> None:
    text = "FAMa soldiers were wounded by an IED."
    got = locate(gaz, text)
    assert got is not None and got.kind == "country" and got.place.country == "Mali"
    assert got.place.lat is None and got.place.geo_precision == 3
    assert fallback_location("Nothing here.", [], gaz) is None


def test_document_country_ignores_the_neighbour_of_a_border(gaz: Gazetteer) -> None:
    text = "Clashes along the Burkina Faso border: Malian soldiers were killed."
    assert document_country(text, geoparse(text, gaz), gaz) == "ML"
    assert document_country(text, [], gaz, country_hint="Niger") == "NE"


def test_seat_of_an_admin_area(gaz: Gazetteer) -> None:
    area = next(p for p in gaz.places(gaz.ids_for("Région de Tombouctou")) if p.feature_code == "ADM1")
    assert seat_of(gaz, area).name == "Tombouctou"
    town = gaz.places(gaz.ids_for("Ansongo"))[0]
    assert seat_of(gaz, town) is town


def test_a_district_without_a_coded_seat_is_coded_at_its_namesake_town(gaz: Gazetteer) -> None:
    area = next(p for p in gaz.places(gaz.ids_for("Cercle de Gossi")) if p.feature_code == "ADM2")
    assert seat_of(gaz, area).name == "Gossi"


def test_a_possessive_or_a_compass_word_ends_a_run_of_names(gaz: Gazetteer) -> None:
    names = {m.text for m in geoparse("Graves were found in Tabankort's Anefis area.", gaz)}
    assert {"Tabankort", "Anefis"} <= names
    assert "Anefis" in {m.text for m in geoparse("Blasts heard in North-East Anefis's outskirts.", gaz)}


def test_possessive_and_date_words_do_not_hide_a_place(gaz: Gazetteer) -> None:
    names = {m.text for m in geoparse("Gunfire in Hombori's market; the capital Gossi Saturday.", gaz)}
    assert {"Hombori", "Gossi"} <= names


def test_a_persons_title_is_not_a_place(gaz: Gazetteer) -> None:
    assert not [m for m in geoparse("President Gossi said the army won.", gaz) if m.kind == "toponym"]


def test_an_actor_country_prior_breaks_a_tie_without_excluding(gaz: Gazetteer) -> None:
    text = "Soldiers were attacked in Boni."
    for prior, country in ((["Mali"], "Mali"), (["BF"], "Burkina Faso")):
        got = geoparse(text, gaz, country_prior=prior)
        assert [m.place.country for m in got if m.text == "Boni"] == [country]
    # a country the text names outweighs the prior: it is a preference, not a filter
    named = geoparse("Soldiers were attacked in Boni, Burkina Faso.", gaz, country_prior=["Mali"])
    assert [m.place.country for m in named if m.text == "Boni"] == ["Burkina Faso"]


def test_where_someone_comes_from_is_not_the_place_or_the_country(gaz: Gazetteer) -> None:
    text = "A peacekeeper from Mauritania was killed in Gossi."
    got = locate(gaz, text)
    assert got is not None and got.text == "Gossi"
    assert document_country(text, geoparse(text, gaz), gaz) == "ML"


def test_an_office_holder_of_a_place_is_not_the_event_place(gaz: Gazetteer) -> None:
    got = locate(gaz, "The mayor of Ansongo was shot dead outside his house in Hombori.", "Mali")
    assert got is not None and got.text == "Hombori"
