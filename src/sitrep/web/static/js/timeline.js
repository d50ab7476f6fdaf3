// A strip of dated events: x is time, one dot per event, click to open it.
import { clear, svg } from "./dom.js";

export function drawTimeline(container, events, onSelect) {
  clear(container);
  const dated = events.filter((e) => e.date);
  const root = svg("svg", { viewBox: "0 0 1000 100", preserveAspectRatio: "none" });
  root.append(svg("line", { x1: 20, y1: 70, x2: 980, y2: 70, stroke: "#9fb3c2" }));
  if (dated.length) {
    const times = dated.map((e) => Date.parse(e.date));
    const lo = Math.min(...times);
    const hi = Math.max(...times);
    const span = hi - lo || 1;
    dated.forEach((e, i) => {
      const x = dated.length === 1 || hi === lo ? 500 : 20 + (960 * (times[i] - lo)) / span;
      const dot = svg("circle", { cx: x, cy: 70 - (i % 4) * 12, r: 6, class: "tl-dot" });
      const title = svg("title");
      title.textContent = `${e.date} ${e.title}`;
      dot.append(title);
      dot.addEventListener("click", () => onSelect(e.id));
      root.append(dot);
    });
    for (const [t, anchor, x] of [[lo, "start", 20], [hi, "end", 980]]) {
      const label = svg("text", { x, y: 95, "font-size": 12, "text-anchor": anchor, fill: "#5a6670" });
      label.textContent = new Date(t).toISOString().slice(0, 10);
      root.append(label);
    }
  }
  container.append(root);
}
