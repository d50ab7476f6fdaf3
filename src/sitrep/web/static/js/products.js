// Analyst products in the workbench: an event's brief, the timeline, the actor network and persons.
// Everything arrives as JSON and becomes DOM nodes with text content; the network SVG is shown in an
// <img> (from a blob, so the token still travels in a header), where no script it might hold can run.
import { fetchBlob, get } from "./api.js";
import { clear, h, highlighted } from "./dom.js";

// A reference's quote shown in its source document, the span marked and scrolled into view.
export async function showCitation(container, ref) {
  const doc = await get(`/api/documents/${encodeURIComponent(ref.document_id)}`);
  clear(container);
  container.hidden = false;
  const text = h("div", { class: "doc-text" }, highlighted(doc.text, [{ start: ref.start, end: ref.end, title: `[${ref.n}]` }]));
  container.append(
    h("h4", {}, `[${ref.n}] `, h("span", { class: "badge grade", title: "Admiralty reliability" }, ref.grade), " ", ref.title),
    text,
  );
  const mark = text.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "center" });
}

function citeLinks(numbers, refs, viewer) {
  return numbers.map((n) => {
    const ref = refs.get(n);
    if (!ref) return null;
    return h("a", { href: "#", class: "cite", "data-cite": n, title: ref.quote, onclick: (e) => { e.preventDefault(); showCitation(viewer, ref); } }, `[${n}]`);
  });
}

function references(list, viewer) {
  return h(
    "ol",
    { class: "references" },
    list.map((r) =>
      h("li", { value: r.n }, h("a", { href: "#", onclick: (e) => { e.preventDefault(); showCitation(viewer, r); } }, r.title), ` (${r.grade}) `, h("q", {}, r.quote.split(/\s+/).join(" "))),
    ),
  );
}

export async function renderBrief(container, eventId) {
  const b = await get(`/api/events/${encodeURIComponent(eventId)}/brief`, { format: "json" });
  const refs = new Map(b.references.map((r) => [r.n, r]));
  const viewer = h("div", { class: "citation-view", hidden: true });
  clear(container);
  container.hidden = false;
  container.append(h("h3", {}, b.title));
  for (const s of b.sections) {
    container.append(h("h4", {}, s.heading));
    const lines = s.lines.map((line) => h("li", {}, line.text, " ", citeLinks(line.cites, refs, viewer)));
    container.append(lines.length ? h("ul", {}, lines) : h("p", { class: "meta" }, "No source statement."));
  }
  container.append(h("h4", {}, "References"), references(b.references, viewer), viewer);
}

export async function loadTimeline(list, viewer, about) {
  const t = await get("/api/timeline", { about });
  const refs = new Map(t.references.map((r) => [r.n, r]));
  clear(list);
  clear(viewer).hidden = true;
  for (const e of t.entries) {
    list.append(
      h("li", { class: `tl-${e.kind}` }, h("time", { datetime: e.date }, e.date), h("span", { class: "meta" }, ` (${e.precision}) `), e.text, " ", citeLinks([e.cite], refs, viewer)),
    );
  }
  return t.entries.length;
}

let networkUrl = null;

export async function loadNetwork(img, about, layout) {
  const blob = await fetchBlob("/api/network", { format: "svg", about, layout });
  if (networkUrl) URL.revokeObjectURL(networkUrl);
  networkUrl = URL.createObjectURL(new Blob([blob], { type: "image/svg+xml" }));
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = () => reject(new Error("the network image could not be drawn"));
    img.src = networkUrl;
  });
  const g = await get("/api/network", { about });
  return g;
}

export function networkEdges(table, g) {
  const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
  const body = clear(table.querySelector("tbody"));
  for (const e of g.edges) {
    const quote = e.citations && e.citations.length ? e.citations[0].quote : "";
    body.append(h("tr", {}, [labels.get(e.source) || e.source, e.relation, labels.get(e.target) || e.target, [e.start, e.end].filter(Boolean).join(" – ")].map((t) => h("td", {}, t)), h("td", {}, h("q", {}, quote))));
  }
}

export async function loadPersons(list) {
  const people = await get("/api/persons");
  clear(list);
  for (const p of people) {
    const others = p.names.filter((n) => n !== p.name);
    list.append(
      h(
        "li",
        { class: "person" },
        h("strong", {}, p.name),
        others.length ? h("span", { class: "meta" }, ` also ${others.join(", ")}`) : null,
        h(
          "ul",
          { class: "roles" },
          p.claims.map((c) =>
            h(
              "li",
              {},
              typeof c.value === "object" && c.value ? String(c.value.role || JSON.stringify(c.value)) : String(c.value),
              h("span", { class: `badge status-${c.status}`, "data-status": c.status }, c.status),
              c.evidence.map((e) => h("blockquote", {}, e.quote)),
            ),
          ),
        ),
      ),
    );
  }
  return people.length;
}
