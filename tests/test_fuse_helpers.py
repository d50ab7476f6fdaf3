"""Hand-made reports and mentions for the fusion tests (invented texts, not copies of any real report)."""

from __future__ import annotations

from datetime import date

from sitrep.fuse.fusion import DocInfo
from sitrep.model import ActorMention, EventMention, Place, Span, content_id

FRANCE = "Military Forces of France"
AQIM = "AQIM: Al Qaeda in the Islamic Maghreb"
MALI = "Military Forces of Mali"


def doc(text: str, source: str | None, title: str) -> DocInfo:
    return DocInfo(id=content_id(text), title=title, source=source, text=text)


def span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


def raid_mention(
    d: DocInfo,
    *,
    place: str,
    lat: float,
    lon: float,
    day: date,
    fatalities: int | None,
    date_piece: str,
    place_piece: str,
    fatal_piece: str | None,
    index: int = 0,
    sub: str = "Armed clash",
) -> EventMention:
    text = d.text
    return EventMention(
        document_id=d.id,
        index=index,
        event_type="Battles",
        sub_event_type=sub,
        date=day,
        date_precision="day",
        actors=(
            ActorMention("French forces", FRANCE, "actor1", span(text, "French")),
            ActorMention("militants", AQIM, "actor2"),
        ),
        location=Place(
            name=place,
            country="Mali",
            admin1="Kidal",
            admin2="Tessalit",
            lat=lat,
            lon=lon,
            geo_precision=2,
            uncertainty_km=10.0,
        ),
        fatalities=fatalities,
        evidence=Span(0, len(text)),
        date_span=span(text, date_piece),
        location_span=span(text, place_piece),
        fatalities_span=span(text, fatal_piece) if fatal_piece else None,
        confidence=0.8,
    )


TEXT_A = (
    "Paris, 4 June 2020. French forces raided a militant camp near Talhandak, north of Tessalit, "
    "on 3 June 2020, killing four fighters of the group, the ministry said on Thursday."
)
TEXT_B = (
    "A French commando operation against a camp at Talahandak in the Kidal region on Wednesday 3 June "
    "left 4 jihadists dead according to local officials reached by telephone."
)
TEXT_C = (
    "Community leaders in Kidal said that six fighters died when French troops stormed a hideout "
    "at Talahandak on 3 June; the figure could not be verified."
)
TEXT_D = (
    "On 20 June 2020 Malian soldiers clashed with gunmen near Menaka; two soldiers were killed in the "
    "exchange, the army said."
)


def scenario() -> tuple[dict[str, DocInfo], dict[str, EventMention]]:
    """Three reports of one raid (two agreeing on four dead, one saying six) and one unrelated clash."""
    a = doc(TEXT_A, "Agence France-Presse", "French raid near Talhandak")
    b = doc(TEXT_B, "Radio France Internationale", "Operation at Talahandak")
    c = doc(TEXT_C, "Kidal Community Radio", "Six dead at Talahandak")
    d = doc(TEXT_D, "Reuters", "Clash near Menaka")
    mentions = {
        "a": raid_mention(
            a,
            place="Talhandak",
            lat=20.30,
            lon=1.70,
            day=date(2020, 6, 3),
            fatalities=4,
            date_piece="3 June 2020",
            place_piece="Talhandak",
            fatal_piece="killing four fighters",
        ),
        "b": raid_mention(
            b,
            place="Talahandak",
            lat=20.36,
            lon=1.79,
            day=date(2020, 6, 3),
            fatalities=4,
            date_piece="Wednesday 3 June",
            place_piece="Talahandak",
            fatal_piece="4 jihadists dead",
        ),
        "c": raid_mention(
            c,
            place="Talahandak",
            lat=20.36,
            lon=1.79,
            day=date(2020, 6, 3),
            fatalities=6,
            date_piece="3 June",
            place_piece="Talahandak",
            fatal_piece="six fighters died",
        ),
        "d": EventMention(
            document_id=d.id,
            index=0,
            event_type="Battles",
            sub_event_type="Armed clash",
            date=date(2020, 6, 20),
            date_precision="day",
            actors=(ActorMention("Malian soldiers", MALI, "actor1"),),
            location=Place(name="Menaka", country="Mali", admin1="Menaka", lat=15.92, lon=2.40, geo_precision=1),
            fatalities=2,
            evidence=Span(0, len(TEXT_D)),
            fatalities_span=span(TEXT_D, "two soldiers were killed"),
        ),
    }
    docs = {x.id: x for x in (a, b, c, d)}
    return docs, mentions
