"""How much each kind of evidence weighs when voting for the country a report is about.

Why its own module: two votes read the same text, :func:`sitrep.geo.country_inference.infer_country`
before any ambiguous name is resolved and :func:`sitrep.geo.report_country.document_country` after; with
one table they cannot drift apart and weigh the same evidence differently.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COUNTRY_VOTES", "CountryVotes"]


@dataclass(frozen=True)
class CountryVotes:
    """Weights of the country vote; see the attribute notes for why each is where it is."""

    country_first: float = 0.75
    """The first country the text names: reports lead with where things happened."""
    country: float = 0.5
    """Each later mention of a country (often a neighbour, an origin or an aside)."""
    cue: float = 0.75
    """A demonym, national force or armed group ("Malian", "FAMa", "Ansaroul Islam"), per use."""
    cue_max_uses: int = 3
    """Uses of one country's cues that count: repetition says little more."""
    region: float = 2.5
    """A first-level region named as such ("Xville Region", "the Y area of Xville"). The writer has said
    where it happened, while a cue only says who is from where (armed groups cross borders), so it must
    outvote a country's cues at their cap: 2.5 > 3 x 0.75 = 2.25."""
    place: float = 1.0
    """A place confidently in one Sahel-region country (or resolved there)."""
    alternate_place: float = 0.5
    """A place known in that country only by an alternate name: weaker evidence."""
    seat: float = 0.6
    """A regional seat's name whose only famous bearer lies in one country: less than a demonym, so
    "Malian soldiers ... in Manga" stays in Mali although Burkina Faso's Manga is a regional seat."""
    doubtful_place: float = 0.3
    """A resolved place that was matched fuzzily or scored low."""
    outside_factor: float = 0.5
    """Factor on a country name outside the Sahel and its neighbours."""
    outside_place_factor: float = 0.3
    """Factor on a place resolved outside the Sahel and its neighbours (an aside: "the summit in Paris")."""


COUNTRY_VOTES = CountryVotes()
"""The one table both country votes use."""
