"""The pipeline's event location, admin1 and country on short notes from several countries.

The notes are written here (no sample or dev text). The gazetteer is the default build in a temporary
folder; the GeoNames dumps of ../shared/gazetteer are added for the notes whose villages only they hold
(skipped with a reason when ../shared is absent).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import GAZETTEER_DUMPS, needs_dumps
from geo_fixtures import km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import EventMention
from sitrep.nlp.extract import Extractor
from sitrep.nlp.places import gazetteer_place_finder

PUBLISHED = date(2019, 3, 10)


@pytest.fixture(scope="module")
def default_extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    path = Path(tmp_path_factory.mktemp("gaz-default")) / "g.sqlite"
    gaz = Gazetteer.build_default(path, countries={"ML", "BF", "NE", "LY", "DZ", "TD", "MR"})
    return Extractor(gazetteer_place_finder(gaz))


@pytest.fixture(scope="module")
def dumps_extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    path = Path(tmp_path_factory.mktemp("gaz-dumps")) / "g.sqlite"
    gaz = Gazetteer.build_default(path, countries={"ML", "BF"})
    gaz.import_geonames([GAZETTEER_DUMPS / "geonames-ML.txt", GAZETTEER_DUMPS / "geonames-BF.txt"])
    return Extractor(gazetteer_place_finder(gaz))


def _primary(ex: Extractor, text: str) -> EventMention:
    events = ex.extract(text, published=PUBLISHED, document_id="t")
    assert events, f"no event coded for {text!r}"
    return events[0]


# note, country, admin1, (lat, lon) of the town (English Wikipedia coordinates, rounded)
TOWN_NOTES = [
    ("Gunmen attacked a FAMa position in Gao, killing three soldiers.", "Mali", "Gao", (16.27, -0.04)),
    ("Koglweogo members clashed with armed men in Djibo; two were killed.", "Burkina Faso", "Sahel", (14.10, -1.63)),
    ("Nigerien soldiers repelled an attack on their base in Agadez.", "Niger", "Agadez", (16.97, 7.99)),
    ("Unidentified gunmen shelled a neighbourhood of Sabha, killing two civilians.", "Libya", None, (27.04, 14.43)),
    ("Chadian troops clashed with rebels in Abeche; five rebels were killed.", "Chad", None, (13.83, 20.83)),
]


@pytest.mark.parametrize(("text", "country", "admin1", "where"), TOWN_NOTES)
def test_town_note_is_placed_at_the_town(
    default_extractor: Extractor, text: str, country: str, admin1: str | None, where: tuple[float, float]
) -> None:
    loc = _primary(default_extractor, text).location
    assert loc is not None
    assert loc.country == country
    if admin1 is not None:
        assert loc.admin1 == admin1
    else:
        assert loc.admin1  # a region is given, whatever the country's spelling of it
    assert loc.lat is not None and loc.lon is not None
    assert km(loc.lat, loc.lon, *where) < 15


def test_note_without_place_gets_the_country_its_actors_name(default_extractor: Extractor) -> None:
    loc = _primary(default_extractor, "Malian soldiers were ambushed by armed men; four soldiers were killed.").location
    assert loc is not None
    assert loc.country == "Mali"
    assert loc.geo_precision == 3


def test_note_naming_a_region_only_is_coded_in_that_region(default_extractor: Extractor) -> None:
    loc = _primary(
        default_extractor, "Armed men attacked a convoy in the Kidal Region; one soldier was killed."
    ).location
    assert loc is not None
    assert (loc.country, loc.admin1, loc.geo_precision) == ("Mali", "Kidal", 3)


def test_road_is_coded_at_its_first_town(default_extractor: Extractor) -> None:
    loc = _primary(
        default_extractor, "A MINUSMA convoy hit an IED on the axis Gao-Kidal; two peacekeepers wounded."
    ).location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    assert km(loc.lat, loc.lon, 16.27, -0.04) < 15


@needs_dumps
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Malian soldiers were attacked in Boni; two soldiers were killed.", "Mali", "Mopti"),
        ("Koglweogo members were attacked in Boni; two were killed.", "Burkina Faso", "Hauts-Bassins"),
    ],
)
def test_ambiguous_village_is_read_in_the_country_the_actors_name(
    dumps_extractor: Extractor, text: str, country: str, admin1: str
) -> None:
    loc = _primary(dumps_extractor, text).location
    assert loc is not None
    assert (loc.country, loc.admin1) == (country, admin1)


def test_a_finder_opened_from_a_path_also_chooses_the_event_place(tmp_path: Path) -> None:
    from sitrep.nlp.places import geo_place_finder

    path = tmp_path / "g.sqlite"
    Gazetteer.build_default(path, countries={"ML"}).close()
    finder = geo_place_finder(path)
    assert callable(getattr(finder, "event_location", None))
    assert callable(getattr(finder, "document_country", None))


def test_a_batch_codes_placeless_demonstrations_at_the_capital(tmp_path: Path, default_extractor: Extractor) -> None:
    """Notes with no place and no country take the batch's country; demonstrations among them its capital."""
    import json

    from sitrep.nlp.jsonl import extract_jsonl

    located = [
        f"Gunmen killed {n} herders near {town}, Mali."
        for n, town in zip("23456", ["Gao", "Mopti", "Kidal", "Segou", "Sikasso"], strict=True)
    ]
    rows = [*located, "Several hundred people demonstrated against the new tax.", "A military vehicle hit a mine."]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": t, "published": "2019-06-10"}) + "\n" for i, t in enumerate(rows))
    )
    out = tmp_path / "out.jsonl"
    extract_jsonl(src, out, default_extractor)
    coded = {r["id"]: r["events"][0] for r in map(json.loads, out.read_text().splitlines())}
    protest, mine = coded["5"], coded["6"]
    assert protest["event_type"] == "Protests"
    assert protest["location"]["name"] == "Bamako" and protest["location"]["country"] == "Mali"
    assert protest["location"]["lat"] is not None and protest["location"]["geo_precision"] == 3
    assert mine["location"]["country"] == "Mali" and mine["location"]["lat"] is None
