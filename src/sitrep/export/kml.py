"""Fused events as KML 2.2 for Google Earth: one Placemark per located event.

Built with ElementTree so every piece of report text is escaped by the serialiser, never by hand: report
text is untrusted and Google Earth renders descriptions as HTML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from sitrep.export.common import citations
from sitrep.fuse.fusion import FusedEvent

KML_NS = "http://www.opengis.net/kml/2.2"


def _description(event: FusedEvent, texts: Mapping[str, str] | None) -> str:
    lines = [f"{event.event_type}" + (f" / {event.sub_event_type}" if event.sub_event_type else "")]
    if event.actors:
        lines.append("Actors: " + "; ".join(f"{c} ({r})" for c, r in event.actors))
    if event.fatalities is not None:
        lines.append(f"Fatalities: {event.fatalities}")
    if event.location is not None and event.location.uncertainty_km is not None:
        lines.append(f"Location uncertainty: {event.location.uncertainty_km:g} km")
    for c in citations(event, texts):
        lines.append(f'Source {c.title or c.document_id[:12]}: "{c.quote}"')
    return "\n".join(lines)


def events_kml(
    events: Sequence[FusedEvent], texts: Mapping[str, str] | None = None, *, name: str = "sitrep events"
) -> str:
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(doc, f"{{{KML_NS}}}name").text = name
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        pm = ET.SubElement(doc, f"{{{KML_NS}}}Placemark", id=e.id)
        ET.SubElement(pm, f"{{{KML_NS}}}name").text = e.title
        ET.SubElement(pm, f"{{{KML_NS}}}description").text = _description(e, texts)
        if e.date is not None:
            ts = ET.SubElement(pm, f"{{{KML_NS}}}TimeStamp")
            ET.SubElement(ts, f"{{{KML_NS}}}when").text = e.date.isoformat()
        ext = ET.SubElement(pm, f"{{{KML_NS}}}ExtendedData")
        for key, value in (
            ("event_type", e.event_type),
            ("fatalities", "" if e.fatalities is None else str(e.fatalities)),
            ("uncertainty_km", "" if loc.uncertainty_km is None else f"{loc.uncertainty_km:g}"),
        ):
            data = ET.SubElement(ext, f"{{{KML_NS}}}Data", name=key)
            ET.SubElement(data, f"{{{KML_NS}}}value").text = value
        point = ET.SubElement(pm, f"{{{KML_NS}}}Point")
        ET.SubElement(point, f"{{{KML_NS}}}coordinates").text = f"{round(loc.lon, 5)},{round(loc.lat, 5)},0"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
