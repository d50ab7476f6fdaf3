"""Spotting toponyms: which capitalised n-grams of a text are place names worth resolving.

Why its own module: deciding *that* a span names a place (and not a person, an organisation, a month or a
common word) is separate from deciding *which* place it is (:mod:`sitrep.geo.scoring`,
:mod:`sitrep.geo.resolve`); the word lists and run rules here are tuned on what reports write around names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.geo.country_inference import _country_index
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer
from sitrep.geo.normalise import normalise_name
from sitrep.geo.resolve import CORE_COUNTRIES, Candidate, article_forms, lookup, spellings, variants
from sitrep.geo.short_forms import short_form_targets
from sitrep.geo.translit import consonant_skeleton


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
COMMON_WORDS |= _words(
    """
    zaghawa toubou tebu tubu teda daza gorane maba dadjo daju masalit kanembu buduma mahamid
    """
)
"""Peoples of Chad, Niger and southern Libya (English Wikipedia, "Zaghawa people", "Toubou people", "Maba
people", "Daju people", "Masalit people", "Kanembu people", "Buduma people", "Mahamid"): a community's
name is not a place, though a village somewhere may be spelt like it ("Zaghawa" read as Niger's "Zagawa")."""
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

# "ech"/"esh"/"ash" are the Arabic article before a sun letter ("Hodh ech Chargui", "Ras esh Shamra")
_CONNECTORS = r"(?:de|du|des|la|le|el|al|ech|esh|ash|ag|ould|ben|bin|n'|d'|en|i|y)"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# a run never crosses a blank line: a title ("Attaque de Xville") and the paragraph after it are two runs
_GAP = r"(?:[^\S\n]*\n?[^\S\n]*)"
# the Arabic article is often hyphenated to the next word ("Umm al-Aranib", "Salah al-Din"): one name
_ARTICLE_HYPHEN = r"(?:al|el|ad|ag|an|ar|as|ash|ech|esh|at|az)-"
_NGRAM = re.compile(rf"{_WORD}(?:(?=\s){_GAP}(?:{_CONNECTORS}(?=\s){_GAP}|{_ARTICLE_HYPHEN})?{_WORD}){{0,3}}")
_TOKEN = re.compile(_WORD)


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
    "Xville's Yburg area" Xville and Yburg are two names, not the words of one person's name."""
    lo, hi = 0, len(words)
    for n, w in enumerate(words):
        if _POSSESSIVE.search(w.group(0)):
            if n < i:
                lo = n + 1
            elif n >= j - 1:
                hi = min(hi, n + 1)
                break
    return lo, hi


def _particle_name(gaz: Gazetteer, text: str, m: re.Match[str], words: Sequence[re.Match[str]]) -> bool:
    """A leading "In" that begins a name ("In Guezzam", "In Salah"): Tuareg "In-" is a particle, not a preposition."""
    if len(words) < 2 or normalise_name(words[0].group(0)) not in NAME_PARTICLES:
        return False
    return any(
        gaz.has_name(normalise_name(text[m.start() + words[0].start() : m.start() + words[j].end()]))
        for j in range(1, min(len(words), 4))
    )


EVENT_HEADS = _words(
    """
    attaque attaques attentat attentats bataille batailles massacre massacres siege prise combats embuscade
    raid enlevement assassinat explosion
    """
)
"""Event nouns that head a title or a named event ("Attaque de Xville", "L'embuscade de Yburg"): the name after
them is the place where it happened, not part of a person's or organisation's name."""


def _event_head(word: str, between: str) -> bool:
    """Whether ``word`` is an event noun followed by "de"/"du"/"d'" ("Attaque de", "L'attaque du")."""
    key = normalise_name(word)
    if key.startswith(("l'", "l’")):
        key = key[2:]
    return key in EVENT_HEADS and re.fullmatch(r"\s+(?:de|du|des|d')\s*", between) is not None


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
    ("in Xville"), when a close fuzzy match lies in the Sahel or its neighbours.
    """
    countries = _country_index(gaz)
    french = _looks_french(text)
    out: list[_Span] = []
    for m in _NGRAM.finditer(text):
        words = list(_TOKEN.finditer(m.group(0)))
        while words and normalise_name(words[0].group(0)) in LEAD_WORDS and not _particle_name(gaz, text, m, words):
            words.pop(0)
        if len(words) > 1 and _event_head(words[0].group(0), m.group(0)[words[0].end() : words[1].start()]):
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
                    if single and at_start and not _in_region(gaz, key) and not _dateline(text, s, e):
                        continue  # "Young man ...": a capitalised first word naming a far-away town
                    lo, hi = _sub_run(words, i, j)
                    rest = [
                        k
                        for n, k in enumerate(keys[lo:hi], lo)
                        if not i <= n < j
                        and not set(k.split()) <= RUN_BREAKS
                        and not _organisation_word(words[n], m.start(), exclude, shouted=surface.isupper())
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
    return _repeat_cue_names(text, gaz, out, exclude)


def _repeat_cue_names(text: str, gaz: Gazetteer, spans: list[_Span], exclude: Sequence[tuple[int, int]]) -> list[_Span]:
    """``spans`` plus the other occurrences of names read as places only after a locative ("in Xville").

    A name the gazetteer knows only by a near spelling is taken where a locative vouches for it; the writer
    means the same village where the name recurs without one (in a title, "entered Xville", "the Xville
    massacre"), and an article's lead and title are where its main place is named.
    """
    names = {
        s.text
        for s in spans
        if s.kind == "toponym" and not _known_as_spelt(gaz, normalise_name(s.text)) and len(s.text) >= 5
    }
    if not names:
        return spans
    taken = [(s.start, s.end) for s in spans]
    out = list(spans)
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            a, b = m.span()
            if _overlaps(a, b, taken) or _overlaps(a, b, exclude):
                continue
            out.append(_Span(a, b, name, "toponym", []))
            taken.append((a, b))
    return sorted(out, key=lambda x: x.start)


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


def _strip_possessive(surface: str) -> str:
    return _POSSESSIVE.sub("", surface)


def _known_as_spelt(gaz: Gazetteer, key: str) -> bool:
    """Whether ``key`` names a place exactly or by a spelling variant or respelling (no locative needed)."""
    if gaz.has_name(key) or any(gaz.has_name(full) for _, full in short_form_targets(key)):
        return True
    if any(gaz.has_name(v) for v in variants(key)):
        return True
    if article_forms(gaz, key):
        return True  # "Qatrun" for Al Qaṭrūn: the article dropped
    # a respelling of a Sahel name ("I-n-Kadagotan", "Tinzaouatene")
    return len(key) >= 5 and any(c.match == "translit" for c in lookup(gaz, key, fuzzy=False))


def _known(gaz: Gazetteer, key: str, text: str, start: int, single: bool, at_start: bool) -> bool:
    """Whether ``key`` names a place: exactly, by a spelling variant, or (after a locative) fuzzily."""
    if _known_as_spelt(gaz, key):
        return True
    if at_start or len(key) < 5 or not _CUE_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    if not single and not _spaced_name(key):
        return False
    frame_key = key.replace(" ", "")
    return any(
        c.match == "fuzzy"
        and c.place.country_code in FOCUS_COUNTRIES
        and (single or c.key.isalpha())  # two words: only as the spaced form of a one-word name
        and (c.similarity >= FUZZY_SPAN_SIMILARITY or _same_frame(frame_key, c))
        for c in lookup(gaz, key)
    )


def _spaced_name(key: str) -> bool:
    """Two words a village name may be written as one ("Xoma Bangou" for "Xombangou"): the only runs of
    several words read fuzzily, since their joined form is matched as one name (:func:`resolve.spellings`)."""
    return len(spellings(key)) > 1


CONSONANT_SPAN_SIMILARITY = 0.8
"""A looser fuzzy match still read as a place when it keeps the name's consonant frame
(:func:`sitrep.geo.translit.consonant_skeleton`) and lies in a core Sahel country."""
CONSONANT_FRAME_MIN = 5
"""Consonants a frame needs to vouch for a near miss: a short frame ("Tadalok", t-d-l-k) is shared by many
unrelated names, so a one-vowel change there is still a guess; five or more rarely match by chance."""


def _same_frame(key: str, c: Candidate) -> bool:
    """Whether a near-miss fuzzy match is a vowel or liquid respelling of ``key`` in a core Sahel country
    ("Chinégodar" for Chinagodrar): the gazetteer's spelling differs by more than a fuzzy ratio forgives."""
    frame = consonant_skeleton(key)
    return (
        c.similarity >= CONSONANT_SPAN_SIMILARITY
        and c.place.country_code in CORE_COUNTRIES
        and len(frame) >= CONSONANT_FRAME_MIN
        and frame == consonant_skeleton(c.key)
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n\"'(“"


def _dateline(text: str, start: int, end: int) -> bool:
    """A name that opens the text or a line and is followed by a colon ("Tarhouna: des groupes armés...",
    "Lac: ...") is the note's dateline, a place wherever it lies, not a capitalised first word."""
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 1] == ":"


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


def _organisation_word(
    w: re.Match[str], offset: int, exclude: Sequence[tuple[int, int]], *, shouted: bool = False
) -> bool:
    """A word of a run that names a force or mission ("MINUSMA", an actor the extractor found), not part of a
    person's name: "the Barkhane/MINUSMA Xville base" still names the place Xville. In an all-capital
    headline (``shouted``) capitals say nothing."""
    word = w.group(0)
    if not shouted and len(word) >= 3 and word.isupper():
        return True
    return _overlaps(offset + w.start(), offset + w.end(), exclude)


def _acronym(surface: str) -> bool:
    """Short all-capital words are organisations (FAMa, MSA, CMA), not places."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in surface
