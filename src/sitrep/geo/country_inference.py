"""Which country a text is about and which borders it names, from evidence that needs no disambiguation.

Why its own module: the country a report is about is decided before any ambiguous name is resolved (it is
the hint that resolution then uses), from country names, demonyms, actor cues and unambiguous places; the
country word lists (demonyms, French names, combining forms) live here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.geo.country_votes import COUNTRY_VOTES
from sitrep.geo.cues import country_cues, cue_first_positions, in_border_phrase
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.normalise import normalise_name
from sitrep.geo.resolve import PROMINENT_POPULATION, lookup_in_country
from sitrep.geo.scoring import _ADMIN_AFTER

if TYPE_CHECKING:
    from sitrep.geo.spotting import _Span


_DEMONYMS = {
    "malian": "ML",
    "malien": "ML",
    "malienne": "ML",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "nigerien": "NE",
    "nigérien": "NE",
    "nigerienne": "NE",
    "algerian": "DZ",
    "algérien": "DZ",
    "algerienne": "DZ",
    "mauritanian": "MR",
    "mauritanien": "MR",
    "libyan": "LY",
    "libyen": "LY",
    "chadian": "TD",
    "tchadien": "TD",
    "nigerian": "NG",
    "ivorian": "CI",
    "ivoirien": "CI",
    "senegalese": "SN",
    "sénégalais": "SN",
    "guinean": "GN",
    "ghanaian": "GH",
    "beninese": "BJ",
    "togolese": "TG",
    "cameroonian": "CM",
    "sudanese": "SD",
}
_COUNTRY_EXTRA = {
    "burkina": "BF",
    "cote d'ivoire": "CI",
    "ivory coast": "CI",
    "algerie": "DZ",
    "mauritanie": "MR",
    "libye": "LY",
    "tchad": "TD",
    "senegal": "SN",
    "guinee": "GN",
    "cameroun": "CM",
    "soudan": "SD",
    "nigeria": "NG",
    "benin": "BJ",
    "egypte": "EG",
    "maroc": "MA",
    "tunisie": "TN",
}


def _country_index(gaz: Gazetteer) -> dict[str, str]:
    cached = getattr(gaz, "_sitrep_country_index", None)
    if cached is None:
        cached = {normalise_name(n): c for c, n in gaz.conn.execute("SELECT code, name FROM countries")}
        cached.update(_COUNTRY_EXTRA)
        gaz._sitrep_country_index = cached  # type: ignore[attr-defined]
    return cached


_COMBINING_FORMS = {
    "malo": "ML",
    "nigero": "NE",
    "algero": "DZ",
    "burkinabo": "BF",
    "mauritano": "MR",
    "libyo": "LY",
    "tchado": "TD",
    "chado": "TD",
    "senegalo": "SN",
    "ivoiro": "CI",
    "guineo": "GN",
}
"""Combining forms of country names in border compounds ("the Algero-Nigerien border")."""


def _border_part_country(gaz: Gazetteer, part: str) -> str | None:
    """The country a part of a border compound names: a country name, a demonym or a combining form."""
    key = normalise_name(part)
    return _country_index(gaz).get(key) or _DEMONYMS.get(part.lower()) or _COMBINING_FORMS.get(key)


_BORDER_WORD = re.compile(r"\b(?:borders?|frontières?|frontieres?|border\s+area)\b", re.IGNORECASE)


def border_countries(text: str, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Countries whose border the text places things near: "close to the Mauritania border", "the Niger
    border", "Niger's border with Chad", "la frontière avec le Niger", "the Chadian border".

    ``spans`` are (start, end, ISO code) of the country names found in the text.
    """
    out: set[str] = set()
    for bm in _BORDER_WORD.finditer(text):
        for s, e, cc in spans:
            if (bm.start() - 30 <= s and e <= bm.start()) or (bm.end() <= s <= bm.end() + 25):
                out.add(cc)
        for word in re.findall(r"[A-Za-zÀ-ÿ]+", text[max(0, bm.start() - 25) : bm.start()]):
            code = _DEMONYMS.get(word.lower())
            if code:
                out.add(code)
        # French puts the demonym after the noun: "la frontière burkinabè", "frontières nigériennes"
        after = re.match(r"\s+([A-Za-zÀ-ÿ]+)", text[bm.end() : bm.end() + 25])
        if after:
            code = _DEMONYMS.get(after.group(1).lower()) or _DEMONYMS.get(after.group(1).lower().rstrip("s"))
            if code:
                out.add(code)
    return out


def infer_country(text: str, gaz: Gazetteer, spans: Sequence[_Span]) -> str | None:
    """The country a text is about, from evidence that needs no disambiguation (used when no hint is given).

    Votes, weighed by :data:`sitrep.geo.country_votes.COUNTRY_VOTES` (the table
    :func:`sitrep.geo.report_country.document_country` uses too): a country named outside a border phrase
    (the first more than later ones); a first-level region named as such, which outvotes any country's
    capped cues; a demonym, national force or armed group (:mod:`sitrep.geo.cues`); a place name whose
    Sahel-region candidates all lie in one country; an ambiguous name whose only famous bearer (a capital,
    regional seat or large city) lies in one country, as a place when it is a capital or a city of 50,000,
    less than a demonym when it is only a regional seat. Other ambiguous names ("Boni": Mali and Burkina
    Faso) do not vote; they are then read in the winning country. A tie goes to the country whose evidence
    comes first.
    """
    w = COUNTRY_VOTES
    votes: dict[str, float] = {}
    first: dict[str, int] = {}
    cues = country_cues(text)
    named_first = True
    for s in spans:
        if s.kind == "country" and s.country and not in_border_phrase(text, s.start, s.end):
            weight = w.country_first if named_first else w.country
            named_first = False
            if s.country not in FOCUS_COUNTRIES:
                weight *= w.outside_factor
            votes[s.country] = votes.get(s.country, 0.0) + weight
            first.setdefault(s.country, s.start)
        elif s.kind in ("toponym", "admin"):
            name = _ADMIN_AFTER.sub("", s.text)
            key = normalise_name(name)
            ids = gaz.ids_for(key)
            region_cc = _region_country(gaz, ids) if s.kind == "admin" else None
            if region_cc is not None:
                votes[region_cc] = votes.get(region_cc, 0.0) + REGION_VOTE
                first.setdefault(region_cc, s.start)
                continue
            found = {row.country_code for pid in ids if (row := gaz.place(pid)) is not None}
            # a near spelling in a country the text's actors point at makes the name ambiguous too
            if (
                len(found) == 1
                and found <= FOCUS_COUNTRIES
                and not any(cc not in found and lookup_in_country(gaz, name, cc) for cc in cues)
            ):
                cc = next(iter(found))
                # a name known there only as an alternate name ("Goma" for Gomo) is weaker evidence
                weight = w.alternate_place if all(gaz.is_alternate(key, pid) for pid in ids) else w.place
                votes[cc] = votes.get(cc, 0.0) + weight
                first.setdefault(cc, s.start)
            elif (got := _prominent_country(gaz, key, ids)) is not None:
                votes[got[0]] = votes.get(got[0], 0.0) + got[1]
                first.setdefault(got[0], s.start)
    for cc, n in cues.items():
        votes[cc] = votes.get(cc, 0.0) + w.cue * min(n, w.cue_max_uses)
    for cc, pos in cue_first_positions(text).items():
        first[cc] = min(first.get(cc, pos), pos)
    if not votes:
        return None
    # a tie goes to the country named first: reports lead with where things happened
    return max(sorted(votes), key=lambda c: (votes[c], -first.get(c, len(text))))


REGION_VOTE = COUNTRY_VOTES.region
"""A first-level region's vote (:attr:`CountryVotes.region <sitrep.geo.country_votes.CountryVotes.region>`)."""


def _region_country(gaz: Gazetteer, ids: Sequence[int]) -> str | None:
    """The one Sahel-region country whose first-level region carries this name, else None ("Centre", "Est"
    and "Nord" are regions of several countries and say nothing)."""
    found = {
        row.country_code
        for pid in ids
        if (row := gaz.place(pid)) is not None and row.feature_code == "ADM1" and row.country_code in FOCUS_COUNTRIES
    }
    return next(iter(found)) if len(found) == 1 else None


SEAT_VOTE = COUNTRY_VOTES.seat
"""A regional seat's vote (:attr:`CountryVotes.seat <sitrep.geo.country_votes.CountryVotes.seat>`)."""


def _prominent_country(gaz: Gazetteer, key: str, ids: Sequence[int]) -> tuple[str, float] | None:
    """The country of the one well-known place a name denotes, and the weight of its vote: a capital or a
    city of ``resolve.PROMINENT_POPULATION`` or more (1.0), or a regional seat (:data:`SEAT_VOTE`), known
    by that exact name in the Sahel or its neighbours.

    A report that names "Gao" beside "Niamey" means Mali's regional capital, not one of Niger's hamlets
    called Gao: writers name small namesakes of a famous town only with a qualifier.
    """
    found: dict[str, float] = {}
    for pid in ids:
        row = gaz.place(pid)
        if (
            row is None
            or row.feature_class != "P"
            or row.country_code not in FOCUS_COUNTRIES
            or gaz.is_alternate(key, pid)
        ):
            continue
        if row.feature_code == "PPLC" or row.population >= PROMINENT_POPULATION:
            found[row.country_code] = max(found.get(row.country_code, 0.0), COUNTRY_VOTES.place)
        elif row.feature_code == "PPLA":
            found[row.country_code] = max(found.get(row.country_code, 0.0), SEAT_VOTE)
    return next(iter(found.items())) if len(found) == 1 else None
