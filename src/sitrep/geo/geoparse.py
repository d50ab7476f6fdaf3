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
  after a place as in "Douna, Mopti" or "the Yburg area of Xville", or as its possessor: "Xville's
  Yburg area"), precision 3: used as a hint for the places around it;
* ``relative``: "80 km east of Tessalit", "near Gao", "between Dori and Gorgadji" (see
  :mod:`sitrep.geo.relative`), precision 2 (1 for outskirts); the anchor toponym is kept as ``anchor``;
* ``country``: a country name; no point.

Each toponym is resolved twice: once with the document's hints (country hint, countries and admin names
the text mentions), then again with the other places of the text as proximity evidence. Admin names of
computed points come from the nearest populated place (or the anchor when none is near).

The steps live in their own modules: spotting names (:mod:`sitrep.geo.spotting`), the country a text is
about (:mod:`sitrep.geo.country_inference`), ranking candidates (:mod:`sitrep.geo.scoring`) and the fields
of a resolved place (:mod:`sitrep.geo.place_fields`); this module runs them in order. Public names of those
modules stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from sitrep.geo.country_inference import _DEMONYMS, SEAT_VOTE, _border_part_country, border_countries, infer_country
from sitrep.geo.cues import _points_elsewhere, country_cues, in_border_phrase
from sitrep.geo.enumerations import list_runs
from sitrep.geo.gazetteer import FOCUS_COUNTRIES, Gazetteer, admin_display_name
from sitrep.geo.glosses import apply_glosses
from sitrep.geo.mentions import GeoMention
from sitrep.geo.nonplace import border_compound_spans, non_place_spans
from sitrep.geo.normalise import normalise_name
from sitrep.geo.place_fields import ADMIN_RADIUS_KM, _place_from_row, _precision
from sitrep.geo.relative import RelativeExpr, find_relative, locate
from sitrep.geo.resolve import Context, confidence
from sitrep.geo.scoring import (
    _ADMIN_AFTER,
    _AFTER_PLACE,
    _POSSESSOR,
    REGION_AFTER_TOWN_BONUS,
    _admin_level,
    _is_admin_name,
    _lookup,
    _rank,
)
from sitrep.geo.spotting import (
    COMMON_WORDS,
    FUZZY_SPAN_SIMILARITY,
    LEAD_WORDS,
    NAME_PARTICLES,
    RUN_BREAKS,
    TRAIL_FEATURE_WORDS,
    _find_names,
    _Span,
)
from sitrep.model import Place

__all__ = [
    "ADMIN_RADIUS_KM",
    "COMMON_WORDS",
    "FUZZY_SPAN_SIMILARITY",
    "LEAD_WORDS",
    "NAME_PARTICLES",
    "REGION_AFTER_TOWN_BONUS",
    "RUN_BREAKS",
    "SEAT_VOTE",
    "TRAIL_FEATURE_WORDS",
    "GeoMention",
    "border_countries",
    "geoparse",
    "infer_country",
    "primary_mention",
]


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
    # equipment models ("Tigre helos"), the parts of border compounds ("Malo-Mauritanian border"), people's and
    # institutions' names ("President Deby", "université Abdou Moumouni"): one list, in nonplace
    spans = _find_names(text, gaz, [*exclude_spans, *rel_text, *non_place_spans(text)])
    compounds = border_compound_spans(text)

    # a country named only as a neighbour ("near the Mali border", "vers la frontière burkinabè") is where
    # the place is not: it is a border hint (``borders`` below), never a vote for candidates there
    countries = {s.country for s in spans if s.country and not in_border_phrase(text, s.start, s.end)}
    for wm in re.finditer(r"[A-Za-zÀ-ÿ]+", text):
        code = _DEMONYMS.get(wm.group(0).lower())
        if code and not _points_elsewhere(text, wm.end(), wm.start()):
            countries.add(code)
    admin_names = {normalise_name(s.text) for s in spans if s.kind == "toponym"}

    # admin phrases and "Place, Region" hints
    listed = {i for run in list_runs(text, spans, ("toponym",)) for i in run}
    for idx, s in enumerate(spans):
        if s.kind != "toponym":
            continue
        level, end = _admin_level(text, s)
        if level is None and idx > 0 and spans[idx - 1].kind == "toponym" and idx not in listed:
            between = text[spans[idx - 1].end : s.start]
            if _AFTER_PLACE.match(between) and _is_admin_name(gaz, s.text):
                level = "ADM1/2"
        # "Xville (Yland)" with Xville a hamlet the gazetteer lacks: the bracket still glosses a place with its
        # region, so an admin area of that name beats a village namesake
        if (
            level is None
            and _bracket_gloss(text, s)
            and not (idx > 0 and re.fullmatch(r"\s*\(\s*", text[spans[idx - 1].end : s.start]))
            and _is_admin_name(gaz, s.text)
        ):
            level = "ADM1/2"
        # "Xville's Yburg area": the possessor is the region the next place lies in
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
    # the countries the text itself points to (not the inferred hint, which a namesake abroad may have made)
    pointed = frozenset(countries) | prior | ({hint} if country_hint and hint else set())
    base_name = {id(s): text[s.start : s.end] for s in spans}
    for s in spans:
        if s.kind in ("toponym", "admin"):
            name = base_name[id(s)]
            if s.kind == "admin" and s.end > s.start:
                name = _ADMIN_AFTER.sub("", name)
            s.cands = _rank(gaz, _lookup(gaz, name, look, pointed, borders), ctx, s.admin_level)
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
    # a region the text names ("Xville (Hodh ech Chargui)") says which country its villages are in: their
    # near spellings there are looked up too, as for the hinted country
    regions = _region_countries(spans)
    look2 = tuple(dict.fromkeys([*look, *regions]))
    pointed2 = pointed | frozenset(regions)
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
        s.cands = _rank(gaz, _lookup(gaz, name, look2, pointed2, borders), ctx2, s.admin_level)

    apply_glosses(text, spans)

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


def _region_countries(spans: Sequence[_Span]) -> list[str]:
    """The countries of the first-level regions the text names, each read without doubt (one candidate
    country, an ADM1 on top): where the text's villages are, whatever country its other words suggest."""
    out: list[str] = []
    for s in spans:
        if s.kind not in ("toponym", "admin") or not s.cands:
            continue
        top = s.cands[0].place
        if top.feature_code != "ADM1" or s.cands[0].match not in ("exact", "alternate"):
            continue
        if all(c.place.country_code == top.country_code for c in s.cands):
            out.append(top.country_code)
    return out


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
        return None  # "along the Chad border": a border is not a point
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


_BRACKET_OPEN = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")


def _bracket_gloss(text: str, s: _Span) -> bool:
    """Whether a name stands alone in brackets right after a capitalised word: "Xville (Yland)"."""
    return bool(_BRACKET_OPEN.search(text[max(0, s.start - 40) : s.start])) and text[s.end : s.end + 1] == ")"


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
