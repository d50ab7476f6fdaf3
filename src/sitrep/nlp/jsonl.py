"""Batch coding of report files into SCHEMA prediction lines ({"id", "events": [...]}).

Parsing is the ingest package's (one JSONL reader for the whole project): a bad line costs only that line,
is reported with its line number, and the good lines are still coded.

A batch is usually one monitoring feed about one theatre. A note that gives no geographic cue at all ("A
military vehicle hit an IED, 3 wounded") is therefore placed, at country precision and with no admin1, in
the country most of the batch's other notes are about — but only when that country clearly dominates (see
:data:`PRIOR_MIN_SHARE`), and the place says so in its ``how``. An explicit ``country_hint`` wins over it.
A demonstration with no stated place ("People demonstrated against the reform") is then coded at that
country's capital, as geo does for notes that name their country (:mod:`sitrep.geo.protest`).
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.read import read_path
from sitrep.nlp.extract import Extractor

log = logging.getLogger(__name__)

__all__ = ["PRIOR_MIN_NOTES", "PRIOR_MIN_SHARE", "count_documents", "extract_jsonl"]

PRIOR_MIN_SHARE = 0.6
"""The batch's country is used for cue-less notes only when at least this share of located notes is in it."""
PRIOR_MIN_NOTES = 5


def count_documents(path: str | Path) -> int:
    """Lines in a JSONL file (for a progress bar); 1 for any other file."""
    path = Path(path)
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 1


def extract_jsonl(
    in_path: str | Path,
    out_path: str | Path,
    extractor: Extractor,
    progress: Callable[[], None] | None = None,
    *,
    country_hint: str | None = None,
) -> tuple[int, list[InputError]]:
    """Code every report in ``in_path`` into ``out_path``; returns (lines written, errors of bad lines).

    A file that cannot be read at all raises :class:`InputError`; the output file is then not created. A report
    the extractor fails on is written with no events and reported among the errors (a one-line message, exit 1
    from the CLI), so one bad report never costs the batch.
    Lines are written to a temporary file first and rewritten once the batch's country is known, so memory
    stays flat however long the batch is.
    """
    result = read_path(Path(in_path))
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    countries: Counter[str] = Counter()
    errors = list(result.errors)
    n = 0
    with partial.open("w", encoding="utf-8") as out:
        for doc in result.documents:
            ident = doc.metadata.get("external_id", doc.id)
            try:
                events = extractor.extract_document(doc, country_hint=country_hint)
            except Exception as exc:  # a fault of ours on one report must not lose the rest of the batch
                log.debug("coding %s failed", ident, exc_info=True)
                errors.append(
                    InputError(str(in_path), f"report {ident} could not be coded ({type(exc).__name__}: {exc})")
                )
                events = []
            if events and events[0].location is not None and events[0].location.country:
                countries[events[0].location.country] += 1
            out.write(json.dumps({"id": ident, "events": [e.as_json() for e in events]}, ensure_ascii=False))
            out.write("\n")
            n += 1
            if progress is not None:
                progress()
    prior = _batch_country(countries)
    templates = _country_templates(extractor)
    capital = _capital(extractor, prior) if prior else None
    with partial.open(encoding="utf-8") as src, out_path.open("w", encoding="utf-8") as dst:
        for line in src:
            dst.write(_with_prior(line, prior, templates, capital) if prior else line)
    os.unlink(partial)
    return n, errors


def _batch_country(countries: Counter[str]) -> str | None:
    total = sum(countries.values())
    if total < PRIOR_MIN_NOTES:
        return None
    country, count = countries.most_common(1)[0]
    return country if count / total >= PRIOR_MIN_SHARE else None


def _country_templates(extractor: Extractor) -> dict[str, str]:
    """Generic actors' names as coded with no country ("Civilians") -> their template ("Civilians ({country})")."""
    out: dict[str, str] = {}
    for entry in extractor.kb.entries.values():
        if "{country}" in entry.canonical:
            out[entry.resolve(None, None)] = entry.canonical
    return out


_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def _capital(extractor: Extractor, country: str) -> dict[str, Any] | None:
    """The batch country's capital as a SCHEMA location, for demonstrations that state no place."""
    from sitrep.geo.protest import capital_mention

    gazetteer = getattr(extractor.places, "gazetteer", None)
    code = gazetteer.country_code(country) if gazetteer is not None else None
    mention = capital_mention(gazetteer, code) if gazetteer is not None and code else None
    if mention is None:
        return None
    return {**mention.place.as_json(), "country": country}


def _with_prior(line: str, country: str, templates: dict[str, str], capital: dict[str, Any] | None = None) -> str:
    row: dict[str, Any] = json.loads(line)
    changed = False
    for ev in row["events"]:
        loc = ev.get("location")
        if loc is None or not loc.get("country"):
            # the generic actors of a note with no country were named without one: name them now
            for actor in ev.get("actors", []):
                template = templates.get(actor.get("canonical", ""))
                if template:
                    actor["canonical"] = template.replace("{country}", country)
            if capital is not None and ev.get("event_type") in _DEMONSTRATIONS:
                ev["location"] = dict(capital)
                changed = True
                continue
            ev["location"] = {
                "name": country,
                "admin1": None,
                "admin2": None,
                "country": country,
                "lat": None,
                "lon": None,
                "geo_precision": 3,
                "uncertainty_km": None,
            }
            changed = True
    return json.dumps(row, ensure_ascii=False) + "\n" if changed else line
