"""ACLED's spelling of country names, for every place and actor the extractor writes.

GeoNames, ISO and report writers spell countries differently ("Burkina", "Côte d'Ivoire", "DR Congo");
ACLED's data uses one name per country, and comparisons against its rows only work with that name. Kept
apart because note-level and whole-document coding both write countries.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.model import Place

__all__ = ["ACLED_COUNTRY_NAMES", "acled_country", "acled_place"]


ACLED_COUNTRY_NAMES: dict[str, str] = {
    "burkina": "Burkina Faso",
    "côte d'ivoire": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "côte d’ivoire": "Ivory Coast",
    "the gambia": "Gambia",
    "gambia, the": "Gambia",
    "democratic republic of the congo": "Democratic Republic of Congo",
    "dr congo": "Democratic Republic of Congo",
    "congo, the democratic republic of the": "Democratic Republic of Congo",
    "republic of the congo": "Republic of Congo",
    "congo": "Republic of Congo",
    "united states of america": "United States",
    "usa": "United States",
    "us": "United States",
    "uk": "United Kingdom",
    "libyan arab jamahiriya": "Libya",
    "cabo verde": "Cape Verde",
    "eswatini": "eSwatini",
    "swaziland": "eSwatini",
    "guinea bissau": "Guinea-Bissau",
    "the niger": "Niger",
    "republic of niger": "Niger",
    "republic of mali": "Mali",
    "western sahara": "Western Sahara",
}
"""Variant country names (GeoNames short forms, ISO long forms) to the names ACLED's data uses (ACLED
codebook, country list: "Burkina Faso", "Ivory Coast", "Democratic Republic of Congo", "eSwatini")."""


def acled_country(name: str | None) -> str | None:
    """ACLED's name for a country ("Burkina" → "Burkina Faso"); unknown names pass through."""
    if name is None:
        return None
    return ACLED_COUNTRY_NAMES.get(name.strip().lower(), name)


def acled_place(place: Place) -> Place:
    fixed = acled_country(place.country)
    return place if fixed == place.country else replace(place, country=fixed)
