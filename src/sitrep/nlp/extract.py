"""Event coding: a report's text in, ACLED-coded EventMentions out.

The pipeline is a blank spaCy English tokenizer plus named stages, each taking the Doc and leaving more
annotation in ``doc.user_data["sitrep"]`` ("Doc in, Doc out"). Stages, in order (:data:`STAGES`):
sentences → actors → dates → places → counts → triggers → events. Everything is rules over tokens and
character offsets, so a short note is coded in about a millisecond and every coded field keeps the span
that supports it.

Undated notes: when the text has no date expression the event is dated :data:`UNDATED_OFFSET_DAYS` before
the publication date with ``week`` precision. Field bulletins report events one to fourteen days old, so
the middle of that window is the guess with the smallest expected error; the precision says it is a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.ingest.language import guess_language
from sitrep.ingest.sections import find_sections
from sitrep.model import Document, EventMention, Section
from sitrep.nlp import lang
from sitrep.nlp.actor_cleanup import _bind_bare_forces, _drop_sources
from sitrep.nlp.actor_matcher import ActorMatcher
from sitrep.nlp.actors import ActorHit, ActorKB, load_kb
from sitrep.nlp.country_names import acled_country
from sitrep.nlp.drafts import _Draft as _Draft
from sitrep.nlp.drafts import _draft_for_sentence as _draft_for_sentence
from sitrep.nlp.note_country import _actor_countries, _document_country
from sitrep.nlp.note_events import UNDATED_OFFSET_DAYS, _build_events
from sitrep.nlp.places import PlaceFinder, PlaceMention, no_places
from sitrep.nlp.signatures import _accepts
from sitrep.nlp.timex import TimeExpr, find_dates
from sitrep.nlp.triggers import Trigger, find_triggers

__all__ = ["STAGES", "UNDATED_OFFSET_DAYS", "Extractor"]

EXTRACTOR_NAME = "sitrep.rules"
EXTRACTOR_VERSION = "0.1"

Stage = Callable[["Extractor", Doc], Doc]


@dataclass
class _State:
    """What the stages write for one document."""

    published: date | None
    country_hint: str | None
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    actors: list[ActorHit] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    country: str | None = None
    events: list[EventMention] = field(default_factory=list)
    sections: tuple[Section, ...] | None = None
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    language: str = lang.DEFAULT


def _state(doc: Doc) -> _State:
    st: _State = doc.user_data["sitrep"]
    return st


# --- stages ---------------------------------------------------------------------------------------------

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=[-*•]\s)")
_ABBREV = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Dr|Gen|Col|Lt|Capt|Sgt|St|No|vs|approx|incl|esp|Sept?|Oct|Nov|Dec|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|U\.S|U\.N|km|e\.g|i\.e)\.$"
)


def stage_sentences(ex: Extractor, doc: Doc) -> Doc:
    """Sentence spans by punctuation: notes are short and telegraphic, a statistical splitter adds little."""
    text = _state(doc).text
    st = _state(doc)
    start = 0
    for m in _SENT_END.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if text[start : m.start()].strip():
            st.sentences.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        st.sentences.append((start, len(text)))
    return doc


def stage_actors(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    st.actors = _bind_bare_forces(_drop_sources(st.text, ex.matcher_for(st.language)(doc)))
    return doc


def stage_dates(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    st.dates = list(find_dates(_state(doc).text, st.published, language=st.language))
    return doc


def stage_places(ex: Extractor, doc: Doc) -> Doc:
    """Places, resolved with the actors as a soft country prior ("FAMa" makes Mali's Boni likelier than
    Burkina Faso's), then the report's country."""
    st = _state(doc)
    exclude = [(h.start, h.end) for h in st.actors if h.kind not in ("ethnic_group",)]
    prior = _actor_countries(st.actors)
    if prior and _takes_prior(ex.places):
        st.places = ex.places(st.text, country_hint=st.country_hint, exclude_spans=exclude, country_prior=prior)
    else:
        st.places = ex.places(st.text, country_hint=st.country_hint, exclude_spans=exclude)
    geo_country = getattr(ex.places, "document_country", None)
    if geo_country is not None and not st.country_hint:
        # geo has weighed the places and country names; only the actors are left to ask
        st.country = acled_country(
            geo_country(st.text, st.places, None) or _document_country(ex.kb, st.text, st, places_weighed=True)
        )
    else:
        st.country = acled_country(_document_country(ex.kb, st.text, st))
    return doc


def stage_counts(ex: Extractor, doc: Doc) -> Doc:
    return doc  # counts are read per event scope in stage_events (they depend on the event's sentences)


def stage_triggers(ex: Extractor, doc: Doc) -> Doc:
    st = _state(doc)
    for s, e in st.sentences:
        st.triggers.extend(find_triggers(_state(doc).text[s:e], s, st.language))
    return doc


def stage_events(ex: Extractor, doc: Doc) -> Doc:
    """Short notes: one sentence, one event. Whole documents (sections, several paragraphs): frames filled
    across sentences and merged per real event (:mod:`sitrep.nlp.document`, imported here because it builds
    on this module's drafts)."""
    from sitrep.nlp import document

    st = _state(doc)
    text = st.text
    sections = st.sections if st.sections is not None else tuple(find_sections(text))
    # one rule for every language: sections, two paragraphs of six words or more, or past SHORT_NOTE_CHARS
    # (the document modules read English and French discourse cues)
    if document.is_whole_document(text, sections):
        ctx = document.build_context(text, st.sentences, sections, st.title, st.metadata)
        st.events = document.assemble_events(ex, text, st, ctx)
    else:
        st.events = _build_events(ex, text, st)
    return doc


STAGES: dict[str, Stage] = {
    "sentences": stage_sentences,
    "actors": stage_actors,
    "dates": stage_dates,
    "places": stage_places,
    "counts": stage_counts,
    "triggers": stage_triggers,
    "events": stage_events,
}
"""The pipeline's stages by name; :attr:`Extractor.pipeline` lists the names in order."""


# --- helpers ----------------------------------------------------------------------------------------------


def _takes_prior(finder: object) -> bool:
    """Whether a place finder accepts ``country_prior`` (test fakes and older finders do not)."""
    return _accepts(finder, "country_prior")


class Extractor:
    """The event coder. Build once (loads actor knowledge and patterns), then call :meth:`extract`."""

    def __init__(
        self,
        places: PlaceFinder | None = None,
        *,
        kb: ActorKB | None = None,
        pipeline: tuple[str, ...] = tuple(STAGES),
    ) -> None:
        self.nlp: Language = spacy.blank("en")
        self.kb = kb or load_kb()
        self.matcher = ActorMatcher(self.nlp, self.kb)
        # other languages' tokenizers and matchers are built on first use: English-only runs pay nothing
        self._nlps: dict[str, Language] = {lang.DEFAULT: self.nlp}
        self._matchers: dict[str, ActorMatcher] = {lang.DEFAULT: self.matcher}
        self.places: PlaceFinder = places or no_places
        unknown = [p for p in pipeline if p not in STAGES]
        if unknown:
            raise ValueError(f"unknown pipeline stages: {unknown}")
        self.pipeline = pipeline
        self._doc_id = ""

    def nlp_for(self, language: str) -> Language:
        """The blank spaCy pipeline for ``language`` (French splits elisions: "d'AQMI" → "d'" "AQMI")."""
        code = lang.pick(language)
        if code not in self._nlps:
            self._nlps[code] = spacy.blank(code)
        return self._nlps[code]

    def matcher_for(self, language: str) -> ActorMatcher:
        """The actor matcher built on ``language``'s tokenizer."""
        code = lang.pick(language)
        if code not in self._matchers:
            self._matchers[code] = ActorMatcher(self.nlp_for(code), self.kb)
        return self._matchers[code]

    @staticmethod
    def detect_language(text: str) -> str:
        """The language to read ``text`` in: the function-word guess, English when it cannot tell."""
        return lang.pick(guess_language(text) or lang.DEFAULT)

    @classmethod
    def with_gazetteer(cls, gazetteer_path: str | None = None) -> Extractor:
        """An extractor that fills locations from the geo package's gazetteer (when available)."""
        from sitrep.nlp.places import geo_place_finder

        return cls(geo_place_finder(gazetteer_path))

    def annotate(
        self,
        text: str,
        *,
        published: date | None,
        country_hint: str | None = None,
        sections: Sequence[Section] | None = None,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        language: str | None = None,
    ) -> Doc:
        code = lang.pick(language) if language is not None else self.detect_language(text)
        doc = self.nlp_for(code).make_doc(text)
        doc.user_data["sitrep"] = _State(
            published=published,
            country_hint=country_hint,
            text=text,
            sections=tuple(sections) if sections is not None else None,
            title=title,
            metadata=dict(metadata or {}),
            language=code,
        )
        with lang.using(code):  # helpers that take no language argument follow the document's
            for name in self.pipeline:
                doc = STAGES[name](self, doc)
        return doc

    def extract(
        self,
        text: str,
        *,
        published: date | None,
        document_id: str,
        country_hint: str | None = None,
        sections: Sequence[Section] | None = None,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        language: str | None = None,
    ) -> list[EventMention]:
        """The events ``text`` reports, primary first (``index`` 0..n-1).

        ``language`` ("en", "fr") picks the rules; None: guessed from the text's function words (English
        when the guess is unsure). Quotes and evidence spans stay in the text's own language.

        ``sections`` (as ingest found them) steer whole-document coding; when omitted they are found in the
        text with the ingest package's own rules, so plain text gives the same result.
        """
        self._doc_id = document_id
        doc = self.annotate(
            text,
            published=published,
            country_hint=country_hint,
            sections=sections,
            title=title,
            metadata=metadata,
            language=language,
        )
        return list(_state(doc).events)

    def extract_document(
        self, document: Document, *, country_hint: str | None = None, language: str | None = None
    ) -> list[EventMention]:
        """The events of an ingested :class:`~sitrep.model.Document`, using its sections and metadata
        (and its ``language`` as ingest found it, unless ``language`` is given)."""
        return self.extract(
            document.text,
            published=document.published,
            document_id=document.id,
            country_hint=country_hint,
            sections=document.sections,
            title=document.title,
            metadata=document.metadata,
            language=language or document.language,
        )
