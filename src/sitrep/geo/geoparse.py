"""Find every place a text mentions and resolve it to a :class:`sitrep.model.Place`.

How toponyms are found: a regex over capitalised n-grams (up to four words, with French/Arabic connectors such
as ``de``, ``el``, ``ag``) tried longest first against the gazetteer's in-memory names table. Lower-case words
are never toponyms; single capitalised words that are common English/French words (spaCy's stop lists plus
:data:`COMMON_WORDS`: months, ranks, ethnic groups, words of actor names such as Barkhane, Ansar Dine, Katiba
Macina) are skipped. The NLP side passes ``exclude_spans`` (its actor mentions) so actor names are never
read as places.

What each mention becomes (``GeoMention.kind``):

* ``toponym``: a named place; ``geo_precision`` 1 for a town, well or site, 2 for a locality/region-like
  feature, 3 for an admin area;
* ``admin``: an admin area ("Mopti Region", "région de Gao", "cercle de Bourem", or a region name written
  after a place as in "Douna, Mopti" or "the Boulkessi area of Mopti", or as its possessor: "Kidal's
  Anefis area"), precision 3: used as a hint for the places around it;
* ``relative``: "80 km east of Tessalit", "near Gao", "between Dori and Gorgadji" (see
  :mod:`sitrep.geo.relative`), precision 2 (1 for outskirts); the anchor toponym is kept as ``anchor``;
* ``country``: a country name; no point.

Each toponym is resolved twice: once with the document's hints (country hint, countries and admin names
the text mentions), then again with the other places of the text as proximity evidence. Admin names of
computed points come from the nearest populated place (or the anchor when none is near).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from sitrep.geo.cues import country_cues, cue_first_positions, in_border_phrase
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer, PlaceRow, admin_display_name
from sitrep.geo.nonplace import border_compound_spans, equipment_spans
from sitrep.geo.normalise import normalise_name
from sitrep.geo.relative import RelativeExpr, find_relative, locate
from sitrep.geo.resolve import (
    PROMINENT_POPULATION,
    Candidate,
    Context,
    confidence,
    lookup,
    lookup_in_country,
    score,
    variants,
)
from sitrep.model import Place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    """
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet
    aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
    army forces force police gendarmerie guard security mission operation operations group groups
    front movement state islamic islam muslims support coalition alliance militia militias platform
    coordination government ministry minister president general colonel captain lieutenant sergeant
    commander chief soldiers troops jihadists jihadist terrorists rebels bandits gunmen unknown
    unidentified local sources source reports report according said says claimed claim attack
    attacks ied vbied clashes clash killed national international united nations french france
    american u.s us un eu africa african west east north south central centre center north-east nord
    sud est ouest sahel sahara saharan region regional zone area district village town city camp
    base market road axis river lake border frontier highway bridge tuareg touareg fulani peul peuhl
    fula dogon bambara bozo songhai songhay sonrai arab arabs moor moors imghad ifoghas idnane
    daoussahak kel tamasheq haoussa hausa mossi barkhane serval sabre takuba minusma fama gatia mnla
    hcua cma msa mujao jnim aqim isgs iswap eutm g5 ansar dine ansaroul katiba islam ganda
    izo koy dan na ambassagou jama'at nusrat mr mrs dr st saint sheikh imam marabout chef today
    yesterday tonight morning evening night week weekend day days month year university hospital
    school prison court hotel airport station convoy patrol checkpoint post red cross guide forest
    valley lake mount axis commune cercle province circle department prefect mayor governor malian
    burkinabe nigerien algerian mauritanian libyan chadian nigerian ivorian senegalese guinean
    """
)
LEAD_WORDS = _words(
    """
    in on at the a an near from to of by after before during since while and or le la les
    """
)
TRAIL_FEATURE_WORDS = _words(
    """
    forest valley region province cercle circle commune district department lake mount mountains
    camp market axis road well wadi oasis airport
    """
)
"""Capitalised words that are not place names in these reports, even where a gazetteer has them."""

_CONNECTORS = r"(?:de|du|des|la|le|el|al|ag|ould|ben|bin|n'|d'|en|i|y)"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_NGRAM = re.compile(rf"{_WORD}(?:\s+(?:{_CONNECTORS}\s+)?{_WORD}){{0,3}}")
_TOKEN = re.compile(_WORD)
_ADMIN_AFTER = re.compile(
    r"\s+(?:Region|region|Province|province|Cercle|cercle|Circle|circle|District|district|Department|"
    r"department|Commune|commune)\b"
)
_ADMIN_INSIDE = re.compile(
    r"\s(?:Region|region|Province|province|Cercle|cercle|Circle|circle|District|district|Department|"
    r"department)$"
)
_ADMIN_BEFORE = re.compile(
    r"(?:r[ée]gion|province|cercle|circle|district|d[ée]partement|department|commune|wilaya|"
    r"governorate|gouvernorat)\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d'|of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_AFTER_PLACE = re.compile(
    r"^\s*(?:,|\(|,\s*in|in|\bin\s+the|(?:area|zone|part|region|district)\s+of(?:\s+the)?)\s*$", re.IGNORECASE
)
_POSSESSOR = re.compile(r"^['’]s\s+$")
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
ADMIN_RADIUS_KM = {"ADM1": 150.0, "ADM2": 50.0, "ADM3": 15.0}
REGION_AFTER_TOWN_BONUS = 0.6
"""A region beats a department of the same name when it is written after a town ("Ayorou (Tillaberi)")."""


@dataclass(slots=True)
class GeoMention:
    """A place a text mentions: its span, resolved :class:`Place`, confidence and the candidates weighed."""

    start: int
    end: int
    text: str
    place: Place
    score: float
    kind: str
    candidates: list[Candidate] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "score": self.score,
            "place": self.place.as_json() | {"how": self.place.how, "geonameid": self.place.geonameid},
            "candidates": [c.as_json() for c in self.candidates[:5]],
        }


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    text: str
    kind: str
    cands: list[Candidate]
    country: str | None = None
    admin_level: str | None = None


def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    english = frozenset(normalise_name(w) for w in EN) | COMMON_WORDS
    return english, frozenset(normalise_name(w) for w in FR) - english


_STOP: tuple[frozenset[str], frozenset[str]] | None = None


def _is_stop(key: str, *, french: bool = True) -> bool:
    """A common word, never a place on its own.

    French function words count only where ``french`` (a sentence's first word, or French text): in an
    English report a capitalised ``Dire`` or ``Son`` mid-sentence is a town, not a verb.
    """
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return key in _STOP[0] or (french and key in _STOP[1])


NAME_PARTICLES = _words(
    """
    tin ti in i n ain ayn bir el al ag ould ben bin abou abu ali sidi oued wadi hassi
    """
)
"""First parts of Tuareg, Arabic and Fulfulde compound names ("Tin-Hama": the well of Hama)."""

RUN_BREAKS = _words(
    """
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet
    aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
    """
)
"""Capitalised words that end a run of names: "the capital Bamako Saturday" is Bamako."""
RUN_BREAKS |= _words(
    """
    north south east west north-east north-west south-east south-west northeast northwest southeast
    southwest northern southern eastern western central nord sud est ouest nord-est nord-ouest sud-est
    sud-ouest
    """
)
"""Compass words count as breaks too: "North-East Kidal's outskirts" is Kidal, not a person's name."""


def _sub_run(words: Sequence[re.Match[str]], i: int, j: int) -> tuple[int, int]:
    """The part of a run of capitalised words that words ``i:j`` belong to: a possessive ends a run, so in
    "Kidal's Anefis area" Kidal and Anefis are two names, not the words of one person's name."""
    lo, hi = 0, len(words)
    for n, w in enumerate(words):
        if _POSSESSIVE.search(w.group(0)):
            if n < i:
                lo = n + 1
            elif n >= j - 1:
                hi = min(hi, n + 1)
                break
    return lo, hi


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
"""Combining forms of country names in border compounds ("the Malo-Mauritanian border")."""


def _border_part_country(gaz: Gazetteer, part: str) -> str | None:
    """The country a part of a border compound names: a country name, a demonym or a combining form."""
    key = normalise_name(part)
    return _country_index(gaz).get(key) or _DEMONYMS.get(part.lower()) or _COMBINING_FORMS.get(key)


def _particle_name(gaz: Gazetteer, text: str, m: re.Match[str], words: Sequence[re.Match[str]]) -> bool:
    """A leading "In" that begins a name ("In Guezzam", "In Salah"): Tuareg "In-" is a particle, not a preposition."""
    if len(words) < 2 or normalise_name(words[0].group(0)) not in NAME_PARTICLES:
        return False
    return any(
        gaz.has_name(normalise_name(text[m.start() + words[0].start() : m.start() + words[j].end()]))
        for j in range(1, min(len(words), 4))
    )


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _find_names(text: str, gaz: Gazetteer, exclude: Sequence[tuple[int, int]]) -> list[_Span]:
    """Longest-first capitalised n-grams that are gazetteer names or country names.

    Within a run of several capitalised words (``Baba Ag Adobent``, ``Red Cross``, ``Malian Army``), a single
    word is only taken as a place when the rest of the run is a feature word (``Ouagadou Forest``) or a date
    word (``Bamako Saturday``): person and organisation names are runs of capitalised words, and one of their
    words is often some village's name. A hyphenated compound the gazetteer lacks is tried part by part
    (``Tabankort-Anefis``); a possessive is dropped (``Kidal's``). A name the gazetteer lacks is still taken
    when a transliteration variant is known (``Diabaly``/``Diabali``), or, right after a locative word
    ("in Boulkessi"), when a close fuzzy match lies in the Sahel or its neighbours.
    """
    countries = _country_index(gaz)
    french = _looks_french(text)
    out: list[_Span] = []
    for m in _NGRAM.finditer(text):
        words = list(_TOKEN.finditer(m.group(0)))
        while words and normalise_name(words[0].group(0)) in LEAD_WORDS and not _particle_name(gaz, text, m, words):
            words.pop(0)
        keys = [normalise_name(w.group(0)) for w in words]
        run = len(words)
        i = 0
        while i < len(words):
            found = False
            for j in range(len(words), i, -1):
                s = m.start() + words[i].start()
                e = m.start() + words[j - 1].end()
                surface = _strip_possessive(text[s:e]).rstrip("'’-")
                e = s + len(surface)
                key = normalise_name(surface)
                if not key or _overlaps(s, e, exclude):
                    continue
                single = j - i == 1
                at_start = _sentence_start(text, s)
                cc = countries.get(key) or _country_feature(gaz, key)
                if cc and _RIVER_AFTER.match(text, e):
                    continue  # "the Niger river"
                if cc:
                    out.append(_Span(s, e, surface, "country", [], country=cc))
                elif single and _is_stop(key, french=french or at_start):
                    continue
                elif single and _PERSON_BEFORE.search(text[max(0, s - 30) : s]):
                    continue  # "president Niang", "Commander Koufa": a person
                elif not _acronym(surface) and _known(gaz, key, text, s, single, at_start):
                    if single and at_start and not _in_region(gaz, key):
                        continue  # "Young man ...": a capitalised first word naming a far-away town
                    lo, hi = _sub_run(words, i, j)
                    rest = [
                        k for n, k in enumerate(keys[lo:hi], lo) if not i <= n < j and not set(k.split()) <= RUN_BREAKS
                    ]
                    if single and run > 1 and not all(k in TRAIL_FEATURE_WORDS for k in rest):
                        continue
                    out.append(_Span(s, e, surface, "toponym", []))
                elif single and "-" in surface:
                    out.extend(_hyphen_parts(gaz, text, s, surface))
                    i = j
                    found = True
                    break
                else:
                    continue
                i = j
                found = True
                break
            if not found:
                i += 1
    return out


_FRENCH_CUES = re.compile(r"\b(?:les|des|une|dans|avec|sur|été|ont|est|par|pour)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|of|outside|around|à|a|dans|vers|de|du)\s+(?:the\s+)?"
    r"(?:(?:village|town|locality|localité|area|commune|ville|hamlet|camp|market)\s+(?:of\s+|de\s+)?)?)$",
    re.IGNORECASE,
)
FUZZY_SPAN_SIMILARITY = 0.88
"""How close an unknown word after a locative must be to a Sahel name to be read as that place."""


def _looks_french(text: str) -> bool:
    return len(_FRENCH_CUES.findall(text[:2000])) >= 3


_RIVER_AFTER = re.compile(r"\s+(?:river|River|fleuve|valley|Valley|basin|Basin)\b")
_PERSON_BEFORE = re.compile(
    r"\b(?:president|minister|mr|mrs|ms|dr|general|gen|colonel|col|captain|capt|commander|lieutenant|"
    r"sergeant|chief|imam|sheikh|cheikh|emir|marabout|leader|named|called|spokesman|mayor|prefect|governor|"
    r"deputy|mp|président|ministre|commandant|chef|maire|préfet|gouverneur|député|nommé)\.?\s+$",
    re.IGNORECASE,
)


def _country_feature(gaz: Gazetteer, key: str) -> str | None:
    """The country a name denotes when the gazetteer has it as a country feature (``BurkinaFaso``)."""
    for pid in gaz.ids_for(key, normalised=True):
        row = gaz.place(pid)
        if row is not None and row.feature_code.startswith("PCL"):
            return row.country_code
    return None


_BORDER_WORD = re.compile(r"\b(?:borders?|frontières?|frontieres?|border\s+area)\b", re.IGNORECASE)


def border_countries(text: str, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Countries whose border the text places things near: "near the Burkina Faso border", "the Niger
    border", "Mali's border with Burkina Faso", "la frontière avec le Niger", "the Algerian border".

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
    return out


def infer_country(text: str, gaz: Gazetteer, spans: Sequence[_Span]) -> str | None:
    """The country a text is about, from evidence that needs no disambiguation (used when no hint is given).

    Votes: a country named outside a border phrase 1.0; a demonym, national force or armed group 0.75 each
    (at most three per country, :mod:`sitrep.geo.cues`); a place name whose Sahel-region candidates all lie
    in one country 1.0; an ambiguous name whose only famous bearer (a capital, regional seat or large city)
    lies in one country 1.0 for that country when it is a capital or a city of 50,000, 0.6 (less than a
    demonym) when it is only a regional seat. Other ambiguous names ("Boni": Mali and Burkina Faso) do not
    vote; they are then read in the winning country. A tie goes to the country whose evidence comes first.
    """
    votes: dict[str, float] = {}
    first: dict[str, int] = {}
    cues = country_cues(text)
    for s in spans:
        if s.kind == "country" and s.country and not in_border_phrase(text, s.start, s.end):
            votes[s.country] = votes.get(s.country, 0.0) + 1.0
            first.setdefault(s.country, s.start)
        elif s.kind in ("toponym", "admin"):
            name = _ADMIN_AFTER.sub("", s.text)
            key = normalise_name(name)
            ids = gaz.ids_for(key)
            found = {row.country_code for pid in ids if (row := gaz.place(pid)) is not None}
            # a near spelling in a country the text's actors point at makes the name ambiguous too
            if (
                len(found) == 1
                and found <= FOCUS_COUNTRIES
                and not any(cc not in found and lookup_in_country(gaz, name, cc) for cc in cues)
            ):
                cc = next(iter(found))
                # a name known there only as an alternate name ("Goma" for Gomo) is weaker evidence
                weight = 0.5 if all(gaz.is_alternate(key, pid) for pid in ids) else 1.0
                votes[cc] = votes.get(cc, 0.0) + weight
                first.setdefault(cc, s.start)
            elif (got := _prominent_country(gaz, key, ids)) is not None:
                votes[got[0]] = votes.get(got[0], 0.0) + got[1]
                first.setdefault(got[0], s.start)
    for cc, n in cues.items():
        votes[cc] = votes.get(cc, 0.0) + 0.75 * min(n, 3)
    for cc, pos in cue_first_positions(text).items():
        first[cc] = min(first.get(cc, pos), pos)
    if not votes:
        return None
    # a tie goes to the country named first: reports lead with where things happened
    return max(sorted(votes), key=lambda c: (votes[c], -first.get(c, len(text))))


SEAT_VOTE = 0.6
"""A regional seat's vote for its country: less than a demonym ("Malian soldiers ... in Manga" stays in Mali
although Burkina Faso's Manga is a regional seat); a capital or a large city votes 1.0."""


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
            found[row.country_code] = max(found.get(row.country_code, 0.0), 1.0)
        elif row.feature_code == "PPLA":
            found[row.country_code] = max(found.get(row.country_code, 0.0), SEAT_VOTE)
    return next(iter(found.items())) if len(found) == 1 else None


def _strip_possessive(surface: str) -> str:
    return _POSSESSIVE.sub("", surface)


def _known(gaz: Gazetteer, key: str, text: str, start: int, single: bool, at_start: bool) -> bool:
    """Whether ``key`` names a place: exactly, by a spelling variant, or (after a locative) fuzzily."""
    if gaz.has_name(key):
        return True
    if any(gaz.has_name(v) for v in variants(key)):
        return True
    if len(key) >= 5 and any(c.match == "translit" for c in lookup(gaz, key, fuzzy=False)):
        return True  # a respelling of a Sahel name ("I-n-Kadagotan", "Tinzaouatene")
    if not single or at_start or len(key) < 5 or not _CUE_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    return any(
        c.match == "fuzzy" and c.similarity >= FUZZY_SPAN_SIMILARITY and c.place.country_code in FOCUS_COUNTRIES
        for c in lookup(gaz, key)
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n\"'(“"


def _in_region(gaz: Gazetteer, key: str) -> bool:
    return any(
        (row := gaz.place(pid)) is not None and row.country_code in FOCUS_COUNTRIES
        for pid in gaz.ids_for(key, normalised=True)
    )


def _hyphen_parts(gaz: Gazetteer, text: str, start: int, surface: str) -> list[_Span]:
    out: list[_Span] = []
    pos = 0
    if normalise_name(surface.split("-")[0]) in NAME_PARTICLES:
        return out  # "Tin-Hama", "In-Delimane", "Ali-Samba": one name the gazetteer lacks, not two places
    for part in surface.split("-"):
        key = normalise_name(part)
        if len(key) >= 3 and part[:1].isupper() and gaz.has_name(key) and not _is_stop(key):
            out.append(_Span(start + pos, start + pos + len(part), part, "toponym", []))
        pos += len(part) + 1
    return out


def _acronym(surface: str) -> bool:
    """Short all-capital words are organisations (FAMa, MSA, CMA), not places."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in surface


def _admin_level(text: str, span: _Span) -> tuple[str | None, int]:
    """'Mopti Region' / 'cercle de Bourem' around a span: the admin level and the new span end."""
    after = _ADMIN_AFTER.match(text, span.end)
    inside = _ADMIN_INSIDE.search(span.text)
    if inside and after is None:  # the gazetteer knows "Mopti Region" as one name
        word = inside.group(0).strip().lower()
        return ("ADM2" if word.startswith(("cercle", "circle", "province", "district", "d")) else "ADM1"), span.end
    before = _ADMIN_BEFORE.search(text[max(0, span.start - 40) : span.start])
    word = (after.group(0) if after else before.group(0) if before else "").strip().lower()
    if not word:
        return None, span.end
    level = "ADM2" if word.startswith(("cercle", "circle", "province", "district", "d")) else "ADM1"
    if word.startswith("commune"):
        level = "ADM3"
    return level, after.end() if after else span.end


def _place_from_row(gaz: Gazetteer, row: PlaceRow, *, name: str | None = None) -> dict[str, object]:
    cache: dict[int, dict[str, object]] | None = getattr(gaz, "_sitrep_place_fields", None)
    if cache is None:
        cache = {}
        gaz._sitrep_place_fields = cache  # type: ignore[attr-defined]
    if name is None and row.geonameid in cache:
        return cache[row.geonameid]
    fields = _fields_from_row(gaz, row, name=name)
    if name is None:
        cache[row.geonameid] = fields
    return fields


def _fields_from_row(gaz: Gazetteer, row: PlaceRow, *, name: str | None = None) -> dict[str, object]:
    country = gaz.country_name(row.country_code)
    admin1 = gaz.admin1_name(row.country_code, row.admin1_code) if row.admin1_code else None
    admin2 = gaz.admin2_name(row.country_code, row.admin1_code, row.admin2_code) if row.admin2_code else None
    if admin2 is None and row.feature_code != "ADM1" and row.feature_class != "A":
        near = gaz.nearest(row.lat, row.lon, max_km=60, with_admin2=True)
        if near and near[0].admin1_code == row.admin1_code and near[0].country_code == row.country_code:
            admin2 = gaz.admin2_name(near[0].country_code, near[0].admin1_code, near[0].admin2_code)
    if row.feature_code == "ADM2":
        admin1 = _namesake_region(gaz, row) or admin1
    if admin1 is None:
        near = gaz.nearest(row.lat, row.lon, max_km=80)
        if near and near[0].country_code == row.country_code:
            admin1 = gaz.admin1_name(near[0].country_code, near[0].admin1_code)
    return {
        "name": name or (admin_display_name(row.name) if row.feature_class == "A" else row.name),
        "country": country,
        "admin1": admin1,
        "admin2": admin_display_name(admin2) if admin2 else None,
        "lat": row.lat,
        "lon": row.lon,
        "geonameid": row.geonameid if row.is_geonames else None,
    }


def _namesake_region(gaz: Gazetteer, row: PlaceRow) -> str | None:
    """The region a department lies in when both carry one name (Tillaberi department, Tillaberi region):
    GeoNames files a few such departments under another region's code, and a region's point must carry
    that region's admin1."""
    key = normalise_name(admin_display_name(row.name))
    for pid in gaz.ids_for(key, normalised=True):
        other = gaz.place(pid)
        if other is not None and other.feature_code == "ADM1" and other.country_code == row.country_code:
            return gaz.admin1_name(other.country_code, other.admin1_code) if other.admin1_code else None
    return None


def _precision(row: PlaceRow) -> tuple[int, float]:
    if row.feature_class == "A":
        radius = ADMIN_RADIUS_KM.get(row.feature_code, 30.0)
        return (3 if row.feature_code in ("ADM1", "ADM2", "PCLI") else 2), radius
    if row.feature_class == "L" and row.feature_code in ("RGN", "AREA", "RESF", "RESW", "RESN"):
        return 2, 25.0
    if row.feature_class == "P":
        return 1, 5.0 if row.feature_code in ("PPLC", "PPLA") or row.population > 50_000 else 2.0
    return 1, 5.0


def geoparse(
    text: str,
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    exclude_spans: Sequence[tuple[int, int]] = (),
    country_prior: Collection[str] = (),
) -> list[GeoMention]:
    """Every toponym and relative location in ``text``, resolved with the whole text as context.

    ``country_hint`` (a name or ISO code) is what the caller knows; ``country_prior`` (names or codes) is
    what it suspects, from the text's actors ("FAMa" is Mali's army): a soft boost for candidates there
    that never excludes a place the text puts elsewhere, and whose own spelling variants and near matches
    are looked up as if it were the hint.
    """
    gaz = gazetteer
    hint = None
    if country_hint:
        hint = country_hint.upper() if len(country_hint) == 2 else gaz.country_code(country_hint)
    prior = frozenset(
        c
        for c in (p.upper() if len(p) == 2 else gaz.country_code(p) for p in country_prior if p)
        if c in FOCUS_COUNTRIES  # a Russian or French force says nothing about which village is meant
    ) | frozenset(c for c in country_cues(text) if c in FOCUS_COUNTRIES)
    relatives = find_relative(text)
    rel_text = [(r.start, r.end) for r in relatives]
    # equipment models ("Tigre helos") and the parts of border compounds ("Malo-Mauritanian border")
    compounds = border_compound_spans(text)
    spans = _find_names(text, gaz, [*exclude_spans, *rel_text, *equipment_spans(text), *compounds])

    countries = {s.country for s in spans if s.country}
    for word in re.findall(r"[A-Za-zÀ-ÿ]+", text):
        code = _DEMONYMS.get(word.lower())
        if code:
            countries.add(code)
    admin_names = {normalise_name(s.text) for s in spans if s.kind == "toponym"}

    # admin phrases and "Place, Region" hints
    for idx, s in enumerate(spans):
        if s.kind != "toponym":
            continue
        level, end = _admin_level(text, s)
        if level is None and idx > 0 and spans[idx - 1].kind == "toponym":
            between = text[spans[idx - 1].end : s.start]
            if _AFTER_PLACE.match(between) and _is_admin_name(gaz, s.text):
                level = "ADM1/2"
        # "Kidal's Anefis area": the possessor is the region the next place lies in
        if (
            level is None
            and idx + 1 < len(spans)
            and spans[idx + 1].kind == "toponym"
            and _POSSESSOR.match(text[s.end : spans[idx + 1].start])
            and _is_admin_name(gaz, s.text)
        ):
            level = "ADM1/2"
        if level:
            s.kind, s.admin_level = "admin", level
            if end > s.end:
                s.end, s.text = end, text[s.start : end]

    if hint is None:
        hint = infer_country(text, gaz, spans)
    borders = frozenset(
        border_countries(text, [(x.start, x.end, x.country) for x in spans if x.country])
        | {c for c in (_border_part_country(gaz, text[a:b]) for a, b in compounds) if c}
    )
    ctx = Context(hint, frozenset(countries), frozenset(admin_names), borders=borders, prior=prior)
    # suspected countries' spellings are looked up like the hint's ("Boulikessi" for Boulkessi)
    look = tuple(dict.fromkeys([c for c in (hint, *sorted(prior)) if c]))
    base_name = {id(s): text[s.start : s.end] for s in spans}
    for s in spans:
        if s.kind in ("toponym", "admin"):
            name = base_name[id(s)]
            if s.kind == "admin" and s.end > s.start:
                name = _ADMIN_AFTER.sub("", name)
            s.cands = _rank(gaz, _lookup(gaz, name, look), ctx, s.admin_level)
    # admin areas named in the text, by their official names, sharpen the hints of everything else
    extra = set(admin_names)
    for s in spans:
        if s.kind == "admin" and s.cands:
            row = s.cands[0].place
            if row.admin1_code:
                a1 = gaz.admin1_name(row.country_code, row.admin1_code)
                if a1:
                    extra.add(normalise_name(a1))
            if row.feature_code == "ADM2":
                extra.add(normalise_name(admin_display_name(row.name)))
    # second pass: proximity to the other places of the text
    for s in spans:
        if s.kind not in ("toponym", "admin") or not s.cands:
            continue
        points = tuple(
            (o.cands[0].place.lat, o.cands[0].place.lon)
            for o in spans
            if o is not s
            and o.cands
            and o.kind == "toponym"
            and o.cands[0].place.feature_class != "A"
            and confidence(o.cands) >= 0.5
        )
        # a named district counts as a nearby place: GeoNames leaves most villages' admin2 code empty
        points += tuple(
            (o.cands[0].place.lat, o.cands[0].place.lon)
            for o in spans
            if o is not s and o.cands and o.kind == "admin" and o.cands[0].place.feature_code in ("ADM2", "ADM3")
        )
        ctx2 = Context(
            hint,
            frozenset(countries),
            frozenset(extra - {normalise_name(base_name[id(s)])}),
            points,
            borders=borders,
            prior=prior,
        )
        name = _ADMIN_AFTER.sub("", base_name[id(s)]) if s.kind == "admin" else base_name[id(s)]
        s.cands = _rank(gaz, _lookup(gaz, name, look), ctx2, s.admin_level)

    mentions: list[GeoMention] = []
    anchors: set[int] = set()
    for rel in relatives:
        made = _relative_mention(text, gaz, rel, spans, anchors)
        if made:
            mentions.append(made)
    for idx, s in enumerate(spans):
        if s.kind == "country":
            mentions.append(
                GeoMention(
                    s.start,
                    s.end,
                    s.text,
                    Place(
                        name=s.text,
                        country=gaz.country_name(s.country or "") or s.text,
                        geo_precision=3,
                        how="country name",
                    ),
                    1.0,
                    "country",
                    [],
                )
            )
            continue
        if not s.cands:
            continue
        top = s.cands[0]
        precision, radius = _precision(top.place)
        if s.kind == "admin":
            precision = 3 if top.place.feature_class == "A" else max(precision, 2)
        fields = _place_from_row(gaz, top.place)
        how = f"{s.kind} {s.text!r}: " + "; ".join(top.reasons)
        place = Place(geo_precision=precision, uncertainty_km=radius, how=how, **fields)  # type: ignore[arg-type]
        kind = "anchor" if idx in anchors else s.kind
        mentions.append(GeoMention(s.start, s.end, s.text, place, confidence(s.cands), kind, s.cands))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def _lookup(gaz: Gazetteer, name: str, countries: Sequence[str]) -> list[Candidate]:
    found = lookup(gaz, name)
    for country in countries:
        found = lookup_in_country(gaz, name, country, found)
    return found


def _is_admin_name(gaz: Gazetteer, name: str) -> bool:
    return any((row := gaz.place(pid)) is not None and row.feature_class == "A" for pid in gaz.ids_for(name))


def _rank(gaz: Gazetteer, cands: list[Candidate], ctx: Context, admin_level: str | None) -> list[Candidate]:
    ranked = score(gaz, cands, replace(ctx, admin_phrase=True) if admin_level else ctx)
    if admin_level:
        for c in ranked:
            code = c.place.feature_code
            if c.place.feature_class == "A" and (admin_level in code or admin_level == "ADM1/2"):
                c.score += 2.0
                c.reasons.append("admin area named as such")
                if admin_level == "ADM1/2" and code == "ADM1":
                    # "Ayorou (Tillaberi)", "Douna, Mopti": the name after a town is its region, not the
                    # department of the same name (GeoNames files some of those under another region)
                    c.score += REGION_AFTER_TOWN_BONUS
                    c.reasons.append("region after a town")
            elif c.place.feature_code in ("PPLA", "PPLA2") and admin_level == "ADM1/2":
                c.score += 0.5
        ranked.sort(key=lambda c: (-c.score, c.place.geonameid))
    return ranked


def _relative_mention(
    text: str, gaz: Gazetteer, rel: RelativeExpr, spans: list[_Span], anchors: set[int]
) -> GeoMention | None:
    resolvable = [(i, s) for i, s in enumerate(spans) if s.cands and s.kind in ("toponym", "admin")]
    if rel.back_reference:
        before = [(i, s) for i, s in resolvable if s.end <= rel.start and s.kind == "toponym"]
        if not before:
            return None
        first_i, first = before[-1]
        end = rel.end + (len(m.group(0)) if (m := re.match(r"\S+\s+\w+", text[rel.anchor_from :])) else 0)
    else:
        after = [(i, s) for i, s in resolvable if rel.anchor_from <= s.start <= rel.anchor_from + 2]
        if not after:
            return None
        first_i, first = after[0]
        end = first.end
    second: _Span | None = None
    second_i = -1
    if rel.kind == "between":
        nxt = [(i, s) for i, s in resolvable if s.start > first.end]
        if not nxt or not re.fullmatch(r"\s*(?:and|et|&)\s*", text[first.end : nxt[0][1].start]):
            return None
        second_i, second = nxt[0]
        end = second.end
    if rel.kind == "border" or _BORDER_AFTER.match(text, end):
        return None  # "near the Niger border": a border is not a point
    a = first.cands[0].place
    a_radius = _precision(a)[1]
    b = None
    if second is not None:
        bp = second.cands[0].place
        b = (bp.lat, bp.lon, _precision(bp)[1])
    point = locate(rel, (a.lat, a.lon, a_radius), b)
    if point is None:
        return None
    anchors.add(first_i)
    if second_i >= 0:
        anchors.add(second_i)
    near = gaz.nearest(point.lat, point.lon, max_km=max(30.0, point.uncertainty_km * 2))
    ref = near[0] if (near and near[0].country_code == a.country_code) or (near and near[1] < 15) else a
    fields = _place_from_row(gaz, ref)
    name = text[rel.start : end]
    place = Place(
        name=name if rel.kind not in ("near", "outskirts", "area") else str(_place_from_row(gaz, a)["name"]),
        country=fields["country"],  # type: ignore[arg-type]
        admin1=fields["admin1"],  # type: ignore[arg-type]
        admin2=fields["admin2"],  # type: ignore[arg-type]
        lat=point.lat,
        lon=point.lon,
        geo_precision=point.geo_precision,
        uncertainty_km=point.uncertainty_km,
        geonameid=None,
        how=f"relative ({rel.kind}) to {first.text!r}"
        + (f" and {second.text!r}" if second else "")
        + f": {point.how}; admin areas from {ref.name}",
    )
    return GeoMention(rel.start, end, name, place, confidence(first.cands), "relative", first.cands)


_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontières?|frontieres?)\b", re.IGNORECASE)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|around|of|to|from|outside|inside|en|à|a|dans|vers|près de|de)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|locality|commune|area|market|localité|ville)\s+(?:of\s+|de\s+)?)?)$",
    re.IGNORECASE,
)


def primary_mention(
    mentions: Sequence[GeoMention], text: str | None = None, *, country_hint: str | None = None
) -> GeoMention | None:
    """The mention most likely to be an event's location.

    Places in the Sahel and its neighbours (or the hinted country, ISO code) come before far-away ones
    (a report on Mali that mentions Jerusalem); named places and relative points come before admin areas,
    anchors and countries; among them, one
    introduced by a locative word ("in Hombori", "at the market in X", "près de Y") comes first, then
    confident before doubtful (fuzzy or contested) resolutions, then the earliest.
    """
    order = {"toponym": 0, "relative": 0, "admin": 1, "anchor": 2, "country": 3}
    usable = [m for m in mentions if m.place.lat is not None]
    hint = country_hint.upper() if country_hint else None
    if not usable:
        return None

    def key(m: GeoMention) -> tuple[int, int, int, int, int]:
        cue = 0
        if text is not None and m.kind in ("toponym", "relative"):
            cue = 0 if (m.kind == "relative" or _LOCATIVE.search(text[max(0, m.start - 40) : m.start])) else 1
        doubtful = (
            1 if m.score < 0.3 or (m.candidates and m.candidates[0].match == "fuzzy" and m.kind != "relative") else 0
        )
        top = m.candidates[0].place.country_code if m.candidates else ""
        far = 0 if (not top or top in FOCUS_COUNTRIES or top == hint) else 1
        return (far, order.get(m.kind, 4), doubtful, cue, m.start)

    return min(usable, key=key)
