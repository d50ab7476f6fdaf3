// Events on a map with their uncertainty circles. Leaflet when vendored (no tile server: the app is
// offline, so the map shows a graticule); otherwise a plain SVG plot of the same points.
import { clear, svg } from "./dom.js";

let leafletMap = null;
let layer = null;

function leafletReady() {
  if (window.L) return Promise.resolve(true);
  return new Promise((resolve) => {
    const s = document.createElement("script");
    s.src = "/static/vendor/leaflet/leaflet.js";
    s.onload = () => resolve(Boolean(window.L));
    s.onerror = () => resolve(false);
    document.head.append(s);
  });
}

function located(events) {
  return events.filter((e) => e.lat != null && e.lon != null);
}

export async function drawMap(container, events, onSelect) {
  const points = located(events);
  if (await leafletReady()) return drawLeaflet(container, points, onSelect);
  return drawSvg(container, points, onSelect);
}

function drawLeaflet(container, points, onSelect) {
  const L = window.L;
  if (!leafletMap) {
    leafletMap = L.map(container, { attributionControl: false }).setView([16, 2], 4);
    const grid = [];
    for (let lat = -10; lat <= 40; lat += 5) grid.push(L.polyline([[lat, -25], [lat, 30]], { color: "#9fb3c2", weight: 1, interactive: false }));
    for (let lon = -25; lon <= 30; lon += 5) grid.push(L.polyline([[-10, lon], [40, lon]], { color: "#9fb3c2", weight: 1, interactive: false }));
    L.layerGroup(grid).addTo(leafletMap);
  }
  if (layer) layer.remove();
  layer = L.featureGroup();
  for (const e of points) {
    const ll = [e.lat, e.lon];
    const km = e.uncertainty_km || 1;
    L.circle(ll, { radius: km * 1000, color: "#c0392b", weight: 1, fillOpacity: 0.15, className: "map-circle" }).addTo(layer);
    const m = L.circleMarker(ll, { radius: 5, color: "#c0392b", fillOpacity: 0.9, className: "map-dot" }).addTo(layer);
    m.bindTooltip(document.createTextNode(e.title)); // a text node: the title is never parsed as HTML
    m.on("click", () => onSelect(e.id));
  }
  layer.addTo(leafletMap);
  if (points.length) leafletMap.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 8 });
}

function drawSvg(container, points, onSelect) {
  clear(container);
  const root = svg("svg", { viewBox: "-25 -40 55 50", preserveAspectRatio: "xMidYMid meet", class: "plain-map" });
  for (const e of points) {
    const deg = (e.uncertainty_km || 1) / 111;
    root.append(svg("circle", { cx: e.lon, cy: -e.lat, r: deg, class: "map-circle" }));
    const dot = svg("circle", { cx: e.lon, cy: -e.lat, r: 0.4, class: "map-dot" });
    const title = svg("title");
    title.textContent = e.title;
    dot.append(title);
    dot.addEventListener("click", () => onSelect(e.id));
    root.append(dot);
  }
  container.append(root);
}
