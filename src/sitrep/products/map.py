"""A standalone HTML map of fused events: Leaflet inlined, no network needed to open it.

Each located event is a marker with a circle of its location uncertainty (radius ``uncertainty_km``) and a
popup giving date, type, actors, fatalities and a quote per source. No tile server can be reached offline,
so the base map is a plain background with a latitude/longitude graticule; ``tiles`` adds an online tile
layer only when the user asks for one.

Report text is untrusted. The features travel as JSON inside a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc., so no quote can close the block, and the popups are
built in the browser with ``textContent``, never ``innerHTML``.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

from sitrep.errors import SitrepError

VENDOR = ("web", "static", "vendor", "leaflet")


class MapError(SitrepError):
    """The map cannot be drawn (Leaflet missing from the installation, a bad tile URL)."""


def _vendor(name: str) -> str:
    path = resources.files("sitrep").joinpath(*VENDOR, name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise MapError(f"Leaflet is missing from this installation ({name}); run scripts/vendor_leaflet.sh") from exc


def safe_json(value: Any) -> str:
    """JSON that can sit inside a ``<script>`` element whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById('sitrep-data').textContent);
  var map = L.map('map', {worldCopyJump: true, preferCanvas: false});
  if (data.tiles) {
    L.tileLayer(data.tiles, {maxZoom: 18, attribution: data.tiles_attribution || ''}).addTo(map);
  }
  var bounds = data.geojson.features.map(function (f) {
    return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
  });
  if (bounds.length) { map.fitBounds(bounds, {padding: [40, 40], maxZoom: 8}); }
  else { map.setView([15, 0], 4); }
  var grat = L.layerGroup().addTo(map);
  for (var lat = -80; lat <= 80; lat += 5) {
    L.polyline([[lat, -180], [lat, 180]], {color: '#b8c4cc', weight: lat % 10 === 0 ? 1 : 0.5,
      interactive: false}).addTo(grat);
  }
  for (var lon = -180; lon <= 180; lon += 5) {
    L.polyline([[-85, lon], [85, lon]], {color: '#b8c4cc', weight: lon % 10 === 0 ? 1 : 0.5,
      interactive: false}).addTo(grat);
  }
  for (var a = -80; a <= 80; a += 10) {
    for (var b = -180; b <= 180; b += 10) {
      // The label is made of numbers computed here, never of report text.
      var label = Math.abs(a) + (a < 0 ? 'S' : 'N') + ' ' + Math.abs(b) + (b < 0 ? 'W' : 'E');
      L.marker([a, b], {interactive: false, keyboard: false, icon: L.divIcon({className: 'grat-label',
        html: label, iconSize: [70, 12], iconAnchor: [-3, 13]})}).addTo(grat);
    }
  }
  function line(parent, label, text) {
    var p = document.createElement('div');
    if (label) { var s = document.createElement('b'); s.textContent = label + ': '; p.appendChild(s); }
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }
  function popup(f) {
    var p = f.properties, box = document.createElement('div');
    var h = document.createElement('h3'); h.textContent = p.title; box.appendChild(h);
    line(box, 'Date', p.date || 'unknown');
    line(box, 'Type', p.type + (p.sub_type ? ' / ' + p.sub_type : ''));
    if (p.actors.length) {
      line(box, 'Actors', p.actors.map(function (x) { return x.canonical + ' (' + x.role + ')'; }).join('; '));
    }
    line(box, 'Fatalities', p.fatalities === null ? 'unknown' : String(p.fatalities));
    line(box, 'Place', p.place + (p.uncertainty_km !== null ? ' (within ' + p.uncertainty_km + ' km)' : ''));
    var list = document.createElement('ol'); list.className = 'cites';
    p.citations.forEach(function (c) {
      var li = document.createElement('li');
      var t = document.createElement('i'); t.textContent = c.title || c.document_id.slice(0, 12);
      li.appendChild(t); li.appendChild(document.createTextNode(': \u201c' + c.quote + '\u201d'));
      list.appendChild(li);
    });
    box.appendChild(list);
    var id = document.createElement('small'); id.textContent = p.id; box.appendChild(id);
    return box;
  }
  data.geojson.features.forEach(function (f) {
    var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
    if (f.properties.uncertainty_km) {
      L.circle(ll, {radius: f.properties.uncertainty_km * 1000, color: '#c0392b', weight: 1,
        fillOpacity: 0.08}).addTo(map);
    }
    L.circleMarker(ll, {radius: 6, color: '#7b241c', fillColor: '#e74c3c', fillOpacity: 0.9, weight: 1})
      .bindPopup(function () { return popup(f); }, {maxWidth: 420})
      // A permanent label names the place (no tiles offline, so nothing else on the map does); built
      // as a text node, because Leaflet writes a string tooltip as HTML.
      .bindTooltip(function () {
        var s = document.createElement('span'); s.textContent = f.properties.place; return s;
      }, {permanent: true, direction: 'right', offset: [8, 0], className: 'place-label'})
      .addTo(map);
  });
  L.control.scale().addTo(map);
})();
"""

_CSS = """
html, body { height: 100%; margin: 0; font-family: sans-serif; }
#map { position: absolute; top: 2.2em; bottom: 0; left: 0; right: 0; background: #eef2f5; }
header { height: 2.2em; line-height: 2.2em; padding: 0 0.8em; background: #2c3e50; color: #fff; }
.grat-label { color: #7a8a96; font-size: 10px; white-space: nowrap; }
.cites { padding-left: 1.2em; margin: 0.4em 0; }
.leaflet-popup-content h3 { margin: 0 0 0.3em 0; font-size: 1.05em; }
"""


def map_html(geojson: dict[str, Any], *, title: str = "sitrep map", tiles: str | None = None) -> str:
    """A self-contained HTML page for the features of ``geojson`` (as :func:`events_geojson` makes)."""
    if tiles is not None and not tiles.startswith(("https://", "http://")):
        raise MapError(f"--tiles must be an http(s) URL template with {{z}}/{{x}}/{{y}}, not {tiles!r}")
    payload = {"geojson": geojson, "tiles": tiles}
    n = len(geojson.get("features", []))
    unlocated = geojson.get("unlocated", 0)
    note = f"{n} located event{'s' if n != 1 else ''}" + (f", {unlocated} without coordinates" if unlocated else "")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>\n{_vendor('leaflet.css')}\n</style>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<header>{html.escape(title)} &middot; {html.escape(note)}</header>\n<div id="map"></div>\n'
        f'<script type="application/json" id="sitrep-data">{safe_json(payload)}</script>\n'
        f"<script>\n{_vendor('leaflet.js')}\n</script>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
