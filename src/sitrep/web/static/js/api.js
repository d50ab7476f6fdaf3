// Calls to /api with the token (kept for this tab only) and errors shown as one line.
const tokenInput = () => document.getElementById("token");

export function setStatus(message) {
  document.getElementById("status").textContent = message || "";
}

function headers(extra = {}) {
  const token = tokenInput().value.trim();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function handle(res) {
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

export async function get(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const url = qs.toString() ? `${path}?${qs}` : path;
  return handle(await fetch(url, { headers: headers() }));
}

// A non-JSON product (an SVG) as text; errors still arrive as JSON {"error": ...}.
export async function fetchBlob(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const res = await fetch(qs.toString() ? `${path}?${qs}` : path, { headers: headers() });
  if (!res.ok) await handle(res);
  return res.text();
}

export async function send(method, path, body) {
  const init = { method, headers: headers() };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers = headers({ "Content-Type": "application/json" });
    init.body = JSON.stringify(body);
  }
  return handle(await fetch(path, init));
}

export function initToken() {
  const input = tokenInput();
  input.value = sessionStorage.getItem("sitrep-token") || "";
  input.addEventListener("change", () => sessionStorage.setItem("sitrep-token", input.value.trim()));
}
