"""A named site and the town it is in: "the Barkhane/MINUSMA Xville base in Yburg".

Why its own module: the event-place ranking prefers a place introduced by a locative ("in Tessalit"), but
when that town only says where a named base or camp lies, the base is the event's place (ACLED codes the
camp's own location). The town wins back when the site resolves far from it: then the site's name was
matched to the wrong place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.geo.mentions import MentionLike

SITE_HOST_KM = 40.0
"""How far a named base or camp may lie from the town the text puts it in and still be that town's site."""

_SITE_THEN_HOST = re.compile(
    r"^\s+(?:military\s+|army\s+|joint\s+)?(?:base|camp|cantonment\s+site|garrison)\s+"
    r"(?:in|at|near|of|outside)\s+(?:the\s+)?(?:town\s+of\s+)?$",
    re.IGNORECASE,
)


def site_hosts(text: str, points: Sequence[MentionLike]) -> set[int]:
    """Starts of towns that only locate a named site before them ("the X base in Y", X within
    :data:`SITE_HOST_KM` of Y): the site, not the town, is the event's place."""
    from sitrep.geo.gazetteer import haversine_km

    out: set[int] = set()
    for site in points:
        if site.kind != "toponym" or site.place.lat is None or site.place.lon is None:
            continue
        for host in points:
            if host is site or host.start <= site.end or host.start - site.end > 40:
                continue
            if host.place.lat is None or host.place.lon is None:
                continue
            if not _SITE_THEN_HOST.match(text[site.end : host.start]):
                continue
            if haversine_km(site.place.lat, site.place.lon, host.place.lat, host.place.lon) <= SITE_HOST_KM:
                out.add(host.start)
    return out
