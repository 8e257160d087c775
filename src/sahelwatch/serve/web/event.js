// One event: its coded fields, every report's source sentences with the words of each
// field highlighted, and the merge decisions (which an analyst with the token can undo).
"use strict";

const FIELD_COLOURS = {
  event_type: "#f9d5d3", event_date: "#d6eaf8", location: "#d5f5e3", fatalities: "#fdebd0",
  actor1: "#e8daef", actor2: "#fcf3cf", assoc_actor_1: "#ebdef0",
};
const FIELDS = [
  ["event_id_cnty", "Event"], ["event_date", "Date"], ["time_precision", "Time precision"], ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"], ["actor1", "Actor 1"], ["assoc_actor_1", "Associated actor 1"], ["actor2", "Actor 2"],
  ["interaction", "Interaction"], ["civilian_targeting", "Civilian targeting"], ["country", "Country"], ["admin1", "Admin 1"],
  ["admin2", "Admin 2"], ["location", "Location"], ["latitude", "Latitude"], ["longitude", "Longitude"],
  ["geo_precision", "Geo precision"], ["fatalities", "Fatalities"], ["source", "Sources"], ["n_reports", "Reports"],
  ["n_sources", "Independent sources"],
];

function highlighted(passage, fieldEvidence) {
  const spans = [];
  for (const [field, list] of Object.entries(fieldEvidence || {})) {
    for (const s of list) {
      const start = Math.max(s.start, passage.start), end = Math.min(s.end, passage.end);
      if (start < end) spans.push({field, start: start - passage.start, end: end - passage.start});
    }
  }
  const cuts = [...new Set([0, passage.text.length, ...spans.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  const out = el("p", {class: "passage"});
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const text = passage.text.slice(a, b);
    const fields = spans.filter(s => s.start <= a && b <= s.end).map(s => s.field);
    if (!fields.length) { out.appendChild(document.createTextNode(text)); continue; }
    out.appendChild(el("mark", {class: "hl", dataset: {fields: fields.join(" ")}, title: fields.join(", "),
                                style: `background:${FIELD_COLOURS[fields[0]] || "#eee"}`}, text));
  }
  return out;
}

async function undo(mergeId) {
  const token = sessionStorage.getItem("sahelwatch-token") || prompt("Token to write (set by the operator):");
  if (!token) return;
  const response = await fetch(`/api/merges/${encodeURIComponent(mergeId)}/undo`, {method: "POST", headers: {"Authorization": "Bearer " + token}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) { showError(new Error(body.detail || response.statusText)); return; }
  sessionStorage.setItem("sahelwatch-token", token);
  location.reload();
}

async function main() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  document.title = `sahelwatch: ${event.event_id_cnty}`;
  document.getElementById("title").textContent = `${event.event_id_cnty} · ${event.event_type} · ${event.event_date || "date unknown"}`;
  document.querySelector("#fields tbody").replaceChildren(...FIELDS.map(([key, label]) => el("tr", {dataset: {field: key}},
    el("th", {}, label), el("td", {}, event[key] === null || event[key] === undefined ? "—" :
      key === "time_precision" || key === "geo_precision" ? `${event[key]} (${PRECISION[event[key]] || ""})` : event[key]))));
  if (event.fatalities_note) document.getElementById("fatalities-note").textContent = event.fatalities_note;
  const legend = document.getElementById("legend");
  for (const [field, colour] of Object.entries(FIELD_COLOURS)) legend.appendChild(el("span", {class: "key"}, el("i", {style: `background:${colour}`}), field));
  document.getElementById("reports-note").textContent = `${event.reports.length} reports from ${event.n_sources} independent sources`;
  document.getElementById("reports").replaceChildren(...event.reports.map(r => el("article", {class: "report", dataset: {report: r.report_id}},
    el("h3", {}, safeUrl(r.url) ? el("a", {href: safeUrl(r.url), rel: "noopener noreferrer"}, r.title || r.outlet || r.doc_id) : (r.title || r.doc_id)),
    el("div", {class: "meta"}, `${r.outlet || "unknown outlet"} · published ${r.published || "?"} · coded as ${r.event_type} / ${r.sub_event_type} · ${r.event_date || "?"} · deaths ${r.fatalities}`),
    ...r.passages.map(p => highlighted(p, r.field_evidence)))));
  document.getElementById("merges").replaceChildren(...event.merges.map(m => el("li", {},
    `${m.action === "new" ? "started the event" : "joined"}: report ${m.report_id}`,
    m.score !== null ? ` (score ${Number(m.score).toFixed(2)})` : "", m.reason ? ` — ${m.reason}` : "",
    m.undone_at ? el("em", {}, " undone") : m.action === "merge" ? el("button", {type: "button", onclick: () => undo(m.merge_id)}, "undo this merge") : null)));
  document.body.dataset.ready = "yes";
}

main().catch(showError);
