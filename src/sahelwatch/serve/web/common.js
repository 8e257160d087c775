// Shared helpers of the dashboard. Text from articles is only ever put into the page
// as text (textContent), never as HTML: an article containing <script> cannot run here.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};

function colourOf(type) {
  return TYPE_COLOURS[type] || "#555";
}

// el("td", {class: "x", title: "..."}, "text", otherNode): a DOM node; strings become text nodes
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// a link only to web pages: an article's 'url' of javascript: or data: is shown as text, never followed
function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

async function getJSON(url) {
  const response = await fetch(url, {headers: {"Accept": "application/json"}});
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(`${url}: ${response.status} ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

function showError(error) {
  const box = document.getElementById("error") || document.body.insertBefore(el("div", {id: "error", class: "notice error"}), document.body.firstChild.nextSibling);
  box.textContent = String(error.message || error);
  box.hidden = false;
}

const PRECISION = {1: "exact", 2: "approximate", 3: "wide area / month"};
