"""Source reliability (Admiralty A-F) per publisher: a data file an analyst edits, plus overrides.

Names are matched case-insensitively and after folding accents and punctuation ("Forces Armées
Maliennes" = "forces armees maliennes"), because the same outlet reaches us spelt several ways. Anything
unknown is F, reliability cannot be judged: guessing a grade for an unknown outlet would bias every
credibility computed from it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ValidationError
from sitrep.model import RELIABILITY_CODES

DEFAULT_GRADE = "F"


def default_sources_path() -> Path:
    """The sources file shipped with sitrep."""
    return Path(str(resources.files("sitrep.fuse") / "data" / "sources.yaml"))


def normalise_source(name: str) -> str:
    """The matching form of a source name: lower case, no accents, words joined by single spaces."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def _grade(value: Any, where: str) -> str:
    grade = str(value).strip().upper()
    if grade not in RELIABILITY_CODES:
        raise ValidationError(f"{where}: reliability grade {value!r} is not one of A-F")
    return grade


def load_sources(path: Path | str | None = None) -> dict[str, str]:
    """Normalised name (and alias) -> grade, from a sources YAML file (by default the shipped one)."""
    path = Path(path) if path is not None else default_sources_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read sources file ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    entries = (data or {}).get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValidationError(f"{path}: expected a top-level 'sources:' list")
    out: dict[str, str] = {}
    for i, entry in enumerate(entries, 1):
        where = f"{path}: entry {i}"
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            raise ValidationError(f"{where}: each entry needs a 'name'")
        grade = _grade(entry.get("grade", DEFAULT_GRADE), where)
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            key = normalise_source(str(name))
            if key:
                out[key] = grade
    return out


class SourceGrades:
    """Grades from the file with overrides on top (the store's Source rows, ``sitrep sources set``)."""

    def __init__(self, grades: Mapping[str, str], overrides: Mapping[str, str] | None = None) -> None:
        self._grades = {normalise_source(k): _grade(v, f"source {k!r}") for k, v in grades.items()}
        for name, grade in (overrides or {}).items():
            self._grades[normalise_source(name)] = _grade(grade, f"override for {name!r}")

    def __call__(self, name: str | None) -> str:
        return self.reliability_for(name)

    def reliability_for(self, name: str | None) -> str:
        if not name:
            return DEFAULT_GRADE
        return self._grades.get(normalise_source(name), DEFAULT_GRADE)


def reliability_function(
    overrides: Mapping[str, str] | None = None, path: Path | str | None = None
) -> Callable[[str | None], str]:
    """The ``reliability`` callable :func:`sitrep.fuse.fusion.fuse` takes: file grades, overrides winning."""
    return SourceGrades(load_sources(path), overrides)


_default: SourceGrades | None = None


def reliability_for(name: str | None, overrides: Mapping[str, str] | None = None) -> str:
    """The grade of ``name`` from the shipped file (overrides first); "F" when unknown."""
    global _default
    if overrides:
        key = normalise_source(name or "")
        for k, v in overrides.items():
            if normalise_source(k) == key and key:
                return _grade(v, f"override for {k!r}")
    if _default is None:
        _default = SourceGrades(load_sources())
    return _default.reliability_for(name)
