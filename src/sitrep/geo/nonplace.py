"""Capitalised words that look like toponyms but name equipment or a border.

French and Sahel reporting names aircraft and vehicles by model ("Tigre helos", "a Mirage 2000", "Caracal
helicopters", "an ACMAT truck"); several models share a name with a village (Tigré in Burkina Faso,
Puma, Bastion), so a model word next to an aircraft or vehicle word is never a place.

A border compound ("the Algero-Nigerien border", "the Chad-Niger border", "Mali-Niger border") names a
line between two countries; its parts are countries, written in the combining form ("Malo-" for Mali,
"Nigero-", "Algero-"), never the towns that happen to share those spellings (Malo in Koulikoro).
"""

from __future__ import annotations

import re

__all__ = ["MODEL_WORDS", "border_compound_spans", "equipment_spans", "non_place_spans"]

MODEL_WORDS = (
    "Tigre|Tiger|Caracal|Gazelle|Puma|Super\\s+Puma|Cougar|Mirage|Rafale|Reaper|Predator|Tucano|"
    "Super\\s+Tucano|Sukhoi|Mi-?\\d+|Hind|Alouette|Fennec|NH90|Chinook|Apache|Atlas|Transall|Hercules|"
    "ACMAT|Bastion|Hilux|Land\\s*Cruiser|VAB|VBCI|VBL|Sherpa|Panhard|Aravis|Griffon|Serval|Jaguar|Bayraktar"
)
"""Aircraft and vehicle models seen in Sahel reporting (French, US, Russian and Turkish equipment)."""

_EQUIPMENT = (
    r"(?:helos?|helicopters?|gunships?|jets?|fighter(?:\s+jets?)?|fighters|drones?|UAVs?|aircraft|planes?|"
    r"airstrikes?|vehicles?|armou?red|APCs?|trucks?|pick-?ups?|technicals?|hélicoptères?|hélicos?|"
    r"avions?|véhicules?|blindés?|drones?)"
)
_MODEL_NEAR = re.compile(
    rf"\b(?P<model>{MODEL_WORDS})\b(?=(?:\s+\d{{1,4}}\w*)?\s+{_EQUIPMENT}\b)"
    rf"|\b{_EQUIPMENT}\s+(?:\(|of\s+type\s+|type\s+|de\s+type\s+)?(?P<model2>{MODEL_WORDS})\b"
    rf"|\b(?P<model3>Mirage|Rafale|Mi-?\d+|Su-?\d+)(?=\s+(?:\d{{1,4}}|[A-Z]\d?)\b)",
    re.IGNORECASE,
)
_BORDER_COMPOUND = re.compile(
    r"\b(?P<a>[A-Z][\w'À-ÿ]+)\s*[-–]\s*(?P<b>[A-Z][\w'À-ÿ]+(?:\s+Faso)?)\s+(?:borders?|frontières?|border\s+area)\b"
    r"|\b(?:frontière)\s+(?P<c>[\wÀ-ÿ]+[-–][\wÀ-ÿ]+)\b"
)


def equipment_spans(text: str) -> list[tuple[int, int]]:
    """Spans of model names used as equipment ("Tigre helos", "helicopters (Caracal", "Mirage 2000")."""
    out: list[tuple[int, int]] = []
    for m in _MODEL_NEAR.finditer(text):
        for g in ("model", "model2", "model3"):
            if m.group(g):
                out.append((m.start(g), m.end(g)))
    return out


def border_compound_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of a border compound ("Malo-Mauritanian border"): countries, not towns."""
    out: list[tuple[int, int]] = []
    for m in _BORDER_COMPOUND.finditer(text):
        for g in ("a", "b", "c"):
            if m.group(g):
                out.append((m.start(g), m.end(g)))
    return out


def non_place_spans(text: str) -> list[tuple[int, int]]:
    """Everything in ``text`` that must not be read as a toponym (see the module docstring)."""
    return equipment_spans(text) + border_compound_spans(text)
