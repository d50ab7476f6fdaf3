// The workbench page: views, filters, list, map, timeline, event detail, merge review and upload.
import { get, initToken, send, setStatus } from "./api.js";
import { clear, h } from "./dom.js";
import { renderEvent } from "./event.js";
import { drawMap } from "./map.js";
import { loadNetwork, loadPersons, loadTimeline, networkEdges, renderBrief } from "./products.js";
import { drawTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);

function guard(fn) {
  return async (...args) => {
    try {
      setStatus("");
      await fn(...args);
    } catch (err) {
      setStatus(err.message);
    }
  };
}

let currentEvent = null;

const openEvent = guard(async (id) => {
  for (const li of $("event-list").children) li.classList.toggle("selected", li.dataset.id === id);
  currentEvent = id;
  clear($("event-brief")).hidden = true;
  $("event-actions").hidden = false;
  await renderEvent($("event-detail"), id);
});

const openBrief = guard(async () => {
  if (currentEvent) await renderBrief($("event-brief"), currentEvent);
  $("event-brief").scrollIntoView({ block: "start" });
});

const showChronology = guard(async (event) => {
  if (event) event.preventDefault();
  const about = new FormData($("chronology-form")).get("about");
  const n = await loadTimeline($("chronology"), $("chronology-source"), about);
  $("chronology-count").textContent = `${n} dated entries`;
});

const showNetwork = guard(async (event) => {
  if (event) event.preventDefault();
  const form = new FormData($("network-form"));
  const g = await loadNetwork($("network-img"), form.get("about"), form.get("layout"));
  networkEdges($("network-edges"), g);
});

const showPersons = guard(async () => {
  await loadPersons($("persons"));
});

const loadEvents = guard(async () => {
  const params = Object.fromEntries(new FormData($("filters")).entries());
  // Summary rows: flat lat/lon and actor names; claims and contested marks are on the event page.
  const page = await get("/api/events", { ...params, limit: 500 });
  $("event-count").textContent = page.total_is_estimate ? `at least ${page.total} events` : `${page.total} events`;
  const list = clear($("event-list"));
  for (const e of page.items) {
    const where = [e.admin1, e.country].filter(Boolean).join(", ") || "no place";
    const sources = `${e.n_sources} source${e.n_sources === 1 ? "" : "s"}`;
    list.append(
      h(
        "li",
        { "data-id": e.id, onclick: () => openEvent(e.id) },
        h("strong", {}, e.title),
        h("div", { class: "meta" }, `${e.date || "undated"} · ${where} · ${sources}`),
      ),
    );
  }
  await drawMap($("map"), page.items, openEvent);
  drawTimeline($("timeline"), page.items, openEvent);
});

const loadMerges = guard(async () => {
  const body = clear($("merges").querySelector("tbody"));
  for (const j of await get("/api/merges")) {
    const action = j.by_analyst
      ? h("button", { type: "button", onclick: guard(async () => { await send("DELETE", `/api/judgements/${j.id}`); await loadMerges(); }) }, "undo")
      : j.verdict === "positive"
        ? h("button", { type: "button", onclick: guard(async () => { await send("POST", `/api/merges/${j.left}/${j.right}/unmerge`, { reason: "reviewed in the workbench" }); await loadMerges(); }) }, "unmerge")
        : null;
    body.append(h("tr", {}, [j.left, j.right, j.verdict, j.decided_by, j.reason].map((t) => h("td", {}, t)), h("td", {}, action)));
  }
});

const loadDocuments = guard(async () => {
  const list = clear($("documents"));
  for (const d of await get("/api/documents")) {
    list.append(h("li", { "data-id": d.id, onclick: () => openDocument(d.id) }, h("strong", {}, d.title || d.origin || d.id.slice(0, 12)), h("span", { class: "meta" }, ` ${d.source || ""} ${d.published || ""}`)));
  }
});

const openDocument = guard(async (id) => {
  const doc = await get(`/api/documents/${encodeURIComponent(id)}`);
  const view = clear($("document-view"));
  view.hidden = false;
  view.append(h("h3", {}, doc.title || doc.origin || doc.id.slice(0, 12)), h("div", { class: "doc-text" }, doc.text));
});

const upload = guard(async (event) => {
  event.preventDefault();
  $("upload-result").textContent = "ingesting…";
  const r = await send("POST", "/api/documents", new FormData($("upload")));
  $("upload-result").textContent = `${r.added.length} added, ${r.already_stored.length} already stored, ${r.event_mentions} event mentions coded`;
  await loadDocuments();
});

function switchView(name) {
  for (const b of document.querySelectorAll("header nav button")) b.classList.toggle("active", b.dataset.view === name);
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== `view-${name}`;
  if (name === "events") loadEvents();
  if (name === "merges") loadMerges();
  if (name === "upload") loadDocuments();
  if (name === "chronology") showChronology();
  if (name === "network") showNetwork();
  if (name === "persons") showPersons();
}

initToken();
for (const b of document.querySelectorAll("header nav button")) b.addEventListener("click", () => switchView(b.dataset.view));
$("filters").addEventListener("submit", (e) => { e.preventDefault(); loadEvents(); });
$("filters").addEventListener("reset", () => setTimeout(loadEvents, 0));
$("upload").addEventListener("submit", upload);
$("brief-button").addEventListener("click", openBrief);
$("chronology-form").addEventListener("submit", showChronology);
$("network-form").addEventListener("submit", showNetwork);
$("token").addEventListener("change", () => switchView("events"));
loadEvents();
