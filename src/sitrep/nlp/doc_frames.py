"""Event frames of a whole document, and when two frames report the same real event.

A document tells one event many times (title, infobox, lead, a "Battle" section); frames that agree on
type, date and place are merged into one, each field keeping its most specific value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import Place
from sitrep.nlp.actors import ActorHit
from sitrep.nlp.doc_places import more_specific, place_ok, places_agree, specificity
from sitrep.nlp.fatalities import Toll
from sitrep.nlp.places import PlaceMention
from sitrep.nlp.timex import TimeExpr

if TYPE_CHECKING:
    from sitrep.nlp.drafts import _Draft

__all__ = [
    "PRECISION_RANK",
    "PROTEST_RANK",
    "VIOLENT_TYPES",
    "Frame",
    "absorb",
    "frame_specificity",
    "merge_frames",
    "month_day",
]


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
VIOLENT_TYPES = ("Battles", "Violence against civilians", "Explosions/Remote violence")
_MERGEABLE_SD = (
    # a post held for hours during the assault ("ont occupé une partie du camp avant de se retirer") is
    # part of the attack told in the same paragraph, not a transfer of its own
    "Non-violent transfer of territory",
    "Arrests",
    "Change to group/activity",
    "Looting/property destruction",
    "Disrupted weapons use",
    "Other",
)


@dataclass
class Frame:
    """One event being assembled from one or more trigger sentences and their attached sentences."""

    drafts: list[_Draft]
    zone: str
    section: int
    para: int
    etype: str
    subtype: str
    date: TimeExpr | None = None
    place: PlaceMention | None = None
    place_value: Place | None = None
    fatalities: Toll | None = None
    sides: dict[str, int] = field(default_factory=dict)  # deaths by camp of the victims (see doc_tolls)
    death_word: bool = False
    captured: Toll | None = None
    actors: list[tuple[ActorHit, str]] = field(default_factory=list)
    from_infobox: bool = False
    in_lead: bool = False
    nominal: bool = False
    confidence: float = 0.5

    @property
    def start(self) -> int:
        return self.drafts[0].sent[0] if self.drafts else 0


def _dates_agree(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    if a is None or b is None:
        return True
    if a.value == b.value:
        return True
    coarse, fine = (a, b) if PRECISION_RANK.get(a.precision, 9) >= PRECISION_RANK.get(b.precision, 9) else (b, a)
    if coarse.precision == "month":
        return (coarse.value.year, coarse.value.month) == (fine.value.year, fine.value.month)
    if coarse.precision == "year":
        return coarse.value.year == fine.value.year
    if coarse.precision in ("week", "season"):
        return abs((coarse.value - fine.value).days) <= (7 if coarse.precision == "week" else 46)
    return False


def _types_agree(a: Frame, b: Frame) -> bool:
    if a.etype == b.etype:
        return a.etype != "Strategic developments" or a.subtype == b.subtype
    if a.etype in VIOLENT_TYPES and b.etype in VIOLENT_TYPES:
        return True
    pair = {a.etype, b.etype}
    if pair == {"Protests", "Riots"}:
        return True
    sd = a if a.etype == "Strategic developments" else b
    other = b if sd is a else a
    return other.etype in VIOLENT_TYPES and sd.subtype in _MERGEABLE_SD and a.para == b.para


def _same_event(a: Frame, b: Frame) -> bool:
    """Two frames of one document report one event: compatible type, date and place, and either close
    together (same paragraph or section) or one restating the other (no date or place of its own)."""
    if not (_types_agree(a, b) and _dates_agree(a.date, b.date) and places_agree(a.place_value, b.place_value)):
        return False
    if a.para == b.para or a.section == b.section:
        return True
    same_day = a.date is not None and b.date is not None and a.date.value == b.date.value
    restating = b.date is None or b.nominal or a.date is None
    return same_day or restating


PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def merge_frames(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for f in frames:
        target = next((g for g in out if _same_event(g, f)), None)
        if target is None:
            out.append(f)
        else:
            _combine(target, f)
    return out


def _combine(into: Frame, f: Frame) -> None:
    """``into`` takes the most specific value of each field from ``f``; the first frame's type stands,
    except that a violent type replaces a strategic development."""
    into.drafts.extend(f.drafts)
    if f.date is not None and (
        into.date is None or PRECISION_RANK.get(f.date.precision, 9) < PRECISION_RANK.get(into.date.precision, 9)
    ):
        into.date = f.date
    if (
        f.place_value is not None
        and more_specific(f.place_value, into.place_value)
        and place_ok(into.place_value, f.place_value)
    ):
        into.place, into.place_value = f.place, f.place_value
    if (
        f.fatalities is not None
        and f.fatalities.value is not None
        and (into.fatalities is None or (into.fatalities.value or 0) < f.fatalities.value)
    ):
        into.fatalities = f.fatalities
    for camp, n in f.sides.items():
        into.sides[camp] = max(n, into.sides.get(camp, 0))
    into.death_word = into.death_word or f.death_word
    if (
        f.captured is not None
        and f.captured.value is not None
        and (into.captured is None or (into.captured.value or 0) < f.captured.value)
    ):
        into.captured = f.captured
    into.actors.extend(f.actors)
    if into.etype == "Strategic developments" and f.etype != "Strategic developments":
        into.etype, into.subtype = f.etype, f.subtype
    elif into.etype == "Protests" and f.etype == "Riots" and not _hurt_only(f):
        # "took to the streets ... They threw stones at police officers": the crowd turned violent, and
        # ACLED codes the one demonstration by what it became
        into.etype, into.subtype = f.etype, f.subtype
    elif into.etype == f.etype == "Protests" and PROTEST_RANK.get(f.subtype, 0) > PROTEST_RANK.get(into.subtype, 0):
        # "took to the streets ... Police dispersed them with tear gas": one protest, and ACLED codes it by
        # the intervention it met
        into.subtype = f.subtype
    into.confidence = max(into.confidence, f.confidence)
    into.in_lead = into.in_lead or f.in_lead


# words that tell only that people were hurt, not who hurt them or how
_HURT = re.compile(r"(?:wounded|injured|hurt|bless\w+|contus\w+)", re.IGNORECASE)


def _hurt_only(f: Frame) -> bool:
    """A riot frame read from a casualty word alone ("some protesters and police officers were slightly
    injured", "quelques manifestants et policiers ont été blessés") tells nothing the crowd did: police who
    block and gas a march leave hurt people on both sides too, so such a frame does not make the protest
    it joins a riot (ACLED codes a riot by the crowd's own violence)."""
    return all(_HURT.fullmatch(d.trigger.text) for d in f.drafts)


def absorb(primary: Frame, rest: list[Frame]) -> list[Frame]:
    """Frames that restate the primary event (after the infobox gave it its date and place) join it."""
    out = []
    for f in rest:
        if (
            _types_agree(primary, f)
            and _dates_agree(primary.date, f.date)
            and places_agree(primary.place_value, f.place_value)
            and (f.date is None or (primary.date is not None and f.date.value == primary.date.value))
        ):
            _combine(primary, f)
        else:
            out.append(f)
    return out


def frame_specificity(f: Frame) -> int:
    score = 0
    if f.date is not None and f.date.precision == "day":
        score += 2
    if f.place_value is not None:
        score += specificity(f.place_value)
    return score


def month_day(primary: Frame, rest: list[Frame]) -> list[Frame]:
    """A main event dated only to its month ("a ceasefire signed in May 2020") takes the day the account
    gives it further down ("On 9 May 2020, after long talks, ... signed it"): one frame elsewhere in the
    document, of an agreeing type and place, dated a day of that month. ACLED codes the day whenever the
    sources give it. Two different such days leave the month standing: the article then tells several
    events of the month and none of them is the main one by its date alone. The frame joins the main
    event (its type and toll where more telling), keeping the parties the main event was introduced with when
    it named its author. Returns the frames left."""
    d = primary.date
    if d is None or d.precision != "month":
        return rest
    same = [
        f
        for f in rest
        if f.date is not None
        and f.date.precision == "day"
        and (f.date.value.year, f.date.value.month) == (d.value.year, d.value.month)
        and _types_agree(primary, f)
        and places_agree(primary.place_value, f.place_value)
    ]
    if len({f.date.value for f in same if f.date is not None}) != 1:
        return rest
    named = list(primary.actors)
    _combine(primary, same[0])  # the same event: its day, and what else it tells of it
    if any(role == "actor1" for _h, role in named):
        primary.actors = named  # the parties named where the main event was introduced stand
    primary.date = same[0].date
    return [f for f in rest if f is not same[0]]
