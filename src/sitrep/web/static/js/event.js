// One event: each field's claims per source with status and grades, then the source texts with the
// quoted spans highlighted.
import { get } from "./api.js";
import { clear, h, highlighted } from "./dom.js";

function show(value) {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") {
    if ("canonical" in value) return `${value.canonical} (${value.role})`;
    if ("name" in value) return [value.name, value.admin1, value.country].filter(Boolean).join(", ");
    return JSON.stringify(value);
  }
  return String(value);
}

export async function renderEvent(container, eventId) {
  const ev = await get(`/api/events/${encodeURIComponent(eventId)}`);
  const grades = new Map(ev.sources.map((s) => [s.document_id, s]));
  clear(container);
  container.hidden = false;
  container.append(
    h("h2", {}, ev.title),
    h("p", { class: "meta" }, `${ev.id} · ${ev.date || "undated"} · ${ev.sub_event_type || ev.event_type}`),
  );
  const rows = ev.claims.map((c) =>
    h(
      "tr",
      { class: `claim claim-${c.status}` },
      h("td", {}, c.field),
      h("td", {}, show(c.value)),
      h("td", {}, h("span", { class: `badge status-${c.status}`, "data-status": c.status }, c.status)),
      h("td", {}, String(c.credibility)),
      h(
        "td",
        {},
        c.evidence.map((e) => {
          const src = grades.get(e.document_id);
          return h(
            "div",
            { class: "evidence" },
            h("span", { class: "badge grade", title: "Admiralty reliability" }, src ? src.reliability : "F"),
            " ",
            h("span", { class: "meta" }, src && src.title ? src.title : e.document_id.slice(0, 12)),
            h("blockquote", {}, e.quote),
          );
        }),
      ),
    ),
  );
  container.append(
    h(
      "table",
      { class: "claims" },
      h("thead", {}, h("tr", {}, ["field", "value", "status", "credibility", "sources"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows),
    ),
  );
  const explanations = Object.entries(ev.explanations || {});
  if (explanations.length) {
    container.append(h("ul", { class: "explanations" }, explanations.map(([k, v]) => h("li", {}, `${k}: ${v}`))));
  }
  container.append(h("h3", {}, "Sources"));
  for (const src of ev.sources) {
    const spans = ev.claims.flatMap((c) =>
      c.evidence.filter((e) => e.document_id === src.document_id).map((e) => ({ ...e, title: c.field })),
    );
    const doc = await get(`/api/documents/${encodeURIComponent(src.document_id)}`);
    container.append(
      h(
        "section",
        { class: "source", "data-document": src.document_id },
        h("h4", {}, h("span", { class: "badge grade" }, src.reliability), " ", doc.title || doc.origin || doc.id.slice(0, 12)),
        h("div", { class: "doc-text" }, highlighted(doc.text, spans)),
      ),
    );
  }
  container.scrollIntoView({ behavior: "smooth", block: "start" });
}
