// Build DOM nodes from data. Text always goes in as text nodes, never parsed as markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function svg(tag, attrs = {}) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

// The document text with the given spans wrapped in <mark>: text nodes and elements built from offsets.
export function highlighted(text, spans) {
  const frag = document.createDocumentFragment();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    if (s.end <= start) continue;
    if (start > pos) frag.append(document.createTextNode(text.slice(pos, start)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, s.end);
    if (s.title) mark.title = s.title;
    frag.append(mark);
    pos = s.end;
  }
  if (pos < text.length) frag.append(document.createTextNode(text.slice(pos)));
  return frag;
}
