"""Capitalised words that look like toponyms but name equipment or a border.

French and Sahel reporting names aircraft and vehicles by model ("Tigre helos", "a Mirage 2000", "Caracal
helicopters", "an ACMAT truck"); several models share a name with a village (Tigré in Burkina Faso,
Puma, Bastion), so a model word next to an aircraft or vehicle word is never a place.

A border compound ("the Algero-Nigerien border", "the Chad-Niger border", "Mali-Niger border") names a
line between two countries; its parts are countries, written in the combining form ("Malo-" for Mali,
"Nigero-", "Algero-"), never the towns that happen to share those spellings (Malo in Koulikoro).

A person's name ("President Deby", "Idriss Déby", "Gen. Haftar", "Deby's sixth term") is not a place even
when a village carries the same spelling (Débi in Maradi): a title or a common Sahel first name before it,
or a possessive naming a person's term, regime or family after it, marks the surname as a person.
"""

from __future__ import annotations

import re

__all__ = [
    "FIRST_NAMES",
    "MODEL_WORDS",
    "TITLES",
    "border_compound_spans",
    "equipment_spans",
    "first_name_spans",
    "institution_spans",
    "non_place_spans",
    "person_spans",
]

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


TITLES = (
    r"President|Président|Présidente|Vice[- ]President|Prime\s+Minister|Premier\s+ministre|Minister|Ministre|"
    r"General|Général|Gen\.|Lieutenant[- ]General|Major[- ]General|Brigadier[- ]General|Field\s+Marshal|Marshal|"
    r"Maréchal|Colonel|Col\.|Lt\.?\s*Col\.|Lieutenant|Lt\.|Captain|Capitaine|Capt\.|Commander|Commandant|"
    r"Sergeant|Sergent|Sheikh|Cheikh|Imam|Emir|Émir|Sultan|King|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Mme|M\.|Senator|"
    r"Governor|Gouverneur|Mayor|Maire|Chief|Chef"
)
"""Titles before a person's name (English and French)."""

FIRST_NAMES = (
    "Idriss|Mahamat|Mahamadou|Mohamed|Mohammed|Muhammad|Mohamad|Ahmed|Ahmad|Amadou|Hamadou|Hamadoun|Ibrahim|"
    "Ibrahima|Moussa|Oumar|Omar|Abdoulaye|Abdou|Abdel|Abdelkader|Abdelaziz|Abdelmalek|Abdallah|Issoufou|"
    "Boubacar|Souleymane|Seydou|Mamadou|Modibo|Assimi|Roch|Blaise|Iyad|Khalifa|Fayez|Aguila|Saif|Muammar|"
    "Moammar|Abdelmadjid|Abdelmajid|Alpha|Macky|Salva|Yahya|Adnan|Hassan|Hassane|Hussein|Mokhtar|Mahmoud|"
    "Mahamane|Bakary|Cheick|Ousmane|Oumarou|Salif|Youssouf"
)
"""Common first names of Sahel, Libyan and Algerian public figures (spelt as the press writes them): the
capitalised word after one is a surname, not a village. Curated from heads of state, ministers and armed
group leaders named in ACLED actor lists and Wikipedia (e.g. Idriss Déby, Mahamat Déby, Mahamadou Issoufou,
Assimi Goïta, Iyad Ag Ghaly, Khalifa Haftar, Fayez al-Sarraj, Abdelmadjid Tebboune)."""

_NAME_WORD = r"(?:[A-Z][\w'’À-ÿ-]+)"
_PARTICLE = r"(?:(?:ag|al|el|ould|ben|bin|ibn|de|du)[- ])"
_PERSON_AFTER_TITLE = re.compile(rf"\b(?:{TITLES})\s+(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,2}})")
_PERSON_AFTER_FIRST = re.compile(
    rf"\b(?:{FIRST_NAMES})\s+(?P<name>{_PARTICLE}?{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD})?)"
)
_PERSON_POSSESSIVE = re.compile(
    rf"\b(?P<name>{_NAME_WORD})['’]s?\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"new|late|former)\s+)?(?:term|mandate|re-?election|presidency|candidacy|death|son|sons|daughter|wife|widow|"
    r"brother|half-brother|father|funeral|resignation|inauguration|successor)\b"
)
_NOT_SURNAME = re.compile(r"^(?:of|in|at|the|and|Region|Province|District)$", re.IGNORECASE)


def person_spans(text: str) -> list[tuple[int, int]]:
    """Spans of people's names: after a title ("President Deby"), after a first name ("Idriss Déby"), or
    before a possessive naming a person's term or family ("Deby's sixth term")."""
    out: list[tuple[int, int]] = []
    for rx in (_PERSON_AFTER_TITLE, _PERSON_AFTER_FIRST, _PERSON_POSSESSIVE):
        for m in rx.finditer(text):
            if not _NOT_SURNAME.match(m.group("name")):
                out.append((m.start("name"), m.end("name")))
    return out


def first_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the first names in "Mohamed Bazoum", "Mahamane Ousmane": the first name is the person's
    too, though a hamlet somewhere carries it (Niger has villages called Mohamed); :func:`person_spans`
    covers the surname."""
    return [
        (m.start(), m.start() + len(m.group(0)[: m.start("name") - m.start()].rstrip()))
        for m in _PERSON_AFTER_FIRST.finditer(text)
        if not _NOT_SURNAME.match(m.group("name"))
    ]


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


_INSTITUTION_FR = (
    r"universit[ée]s?|lyc[ée]es?|coll[èe]ges?|[ée]coles?|h[ôo]pital|h[ôo]pitaux|stades?|cliniques?|instituts?|"
    r"centre\s+hospitalier(?:\s+universitaire)?|CHU|maternit[ée]|complexe\s+scolaire|groupe\s+scolaire|"
    r"boulevard|avenue|rue"
)
_INSTITUTION_EN = r"University|Hospital|Stadium|High\s+School|School|College|Institute|Avenue|Boulevard|Bridge"
_INSTITUTION_AFTER = re.compile(
    rf"\b(?i:{_INSTITUTION_FR})\s+(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,3}})"
)
_INSTITUTION_BEFORE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}})\s+(?:{_INSTITUTION_EN})\b"
)
_GENERIC_WORDS = frozenset(
    {"national", "regional", "central", "general", "military", "teaching", "university", "state", "public"}
    | {"islamic", "international", "mother", "father", "the", "a", "an"}
)


def institution_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the person's name an institution or street carries: "l'université Abdou Moumouni", "le
    lycée Askia", "Gabriel Touré Hospital".

    A French institution is named after a person by apposition ("université Abdou Moumouni") and after its
    town with a preposition ("université de Niamey"), so a capitalised name right after the institution
    word is not the place the event happened, though a village may carry one of its words. English puts
    the name before the word; only a run of two or more words that are not generic ("Kidal Regional
    Hospital" names Kidal) is taken as a person's name.
    """
    out: list[tuple[int, int]] = []
    for m in _INSTITUTION_AFTER.finditer(text):
        word = m.group(0)[: m.start("name") - m.start()].strip()
        if not word[:1].islower() and word.upper() != "CHU":
            continue  # "Place Kidal"/"Camp Xville" at a sentence start: leave to the other rules
        out.append((m.start("name"), m.end("name")))
    for m in _INSTITUTION_BEFORE.finditer(text):
        words = m.group("name").split()
        if not any(w.lower() in _GENERIC_WORDS for w in words):
            out.append((m.start("name"), m.end("name")))
    return out


def non_place_spans(text: str) -> list[tuple[int, int]]:
    """Everything in ``text`` that must not be read as a toponym (see the module docstring)."""
    return (
        equipment_spans(text)
        + border_compound_spans(text)
        + person_spans(text)
        + first_name_spans(text)
        + institution_spans(text)
    )
