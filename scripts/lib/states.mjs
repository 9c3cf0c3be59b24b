// A view's states for its keeper (src/browser/states.rs): after a page is
// rendered, its real app is set to each state the keeper offers (a year on
// the map; a year or a Gaza option in the alignment explorer) and the regions
// that state changes are written down, one JSON file per state, which the
// keeper fetches when the reader asks for that state. Nothing is drawn twice
// in two ways: the keeper shows exactly what the full app drew.
//
// A state's file is a list of parts [selector, whole, elements]; each element
// (the selector's matches, in page order) is [attributes, innerHTML]: the
// attributes as [name, value, ...], and with whole = 1 the children too (the
// element loses the attributes not listed). See src/browser/states.rs.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The map's regions a year changes (the markers for the phone frame are
// taken at a phone's width, as scripts/lib/render.mjs does for the page).
const MAP = {
  groups: [{
    keys: { extra: [["all", "input[name=map-mode][value=all]"]], range: "#map-year", prefix: "" },
    // (not the year shown beside the slider: the keeper writes it from the slider, which
    // "every deployment" leaves where the reader put it)
    whole: [".print-state", "#map-frame .markers:not(.markers-narrow)", "#map-summary",
      ".map-year .spark", ".map-personnel", ".map-tools .legend ul", "#map-desc", ".map-table", ".map-ranked"],
    attrs: [["#map-frame svg.world path.host", ["class"]]],
    narrow: "#map-frame .markers:not(.markers-narrow)",
  }],
};
// The explorer's: a year's marks and panel, an option's arguments. Its
// printed state line is written by the keeper, from the page.
const ALIGNMENT = {
  groups: [
    {
      keys: { range: "#align-year", prefix: "y" },
      whole: [".align-chart .multiples", ".align-chart .ternary-wrap", ".align-chart .year-out", "#year-h",
        ".align-panel > div[aria-live]", ".align-panel .coded"],
      attrs: [],
    },
    {
      keys: { radios: "input[name=gaza-option]", prefix: "o-" },
      whole: [".scenarios .scenario-detail"],
      attrs: [],
    },
  ],
};
export const STATES = { "map-keep": MAP, "alignment-keep": ALIGNMENT };

/** Runs in the page: the keys of a group and how to set each (a control to
 *  click, or the slider's value). */
function keysIn(k) {
  const out = (k.extra || []).map(([key, click]) => ({ key, click }));
  if (k.range) {
    const s = document.querySelector(k.range);
    for (let y = Number(s.min); y <= Number(s.max); y++) out.push({ key: `${k.prefix}${y}`, range: k.range, value: String(y) });
  }
  if (k.radios) for (const r of document.querySelectorAll(k.radios)) out.push({ key: `${k.prefix}${r.value}`, click: `${k.radios}[value="${r.value}"]` });
  return out;
}

/** Runs in the page: sets the state, waits for it to be drawn, returns the parts. */
async function take(step, whole, attrs, narrow) {
  if (step.click) document.querySelector(step.click).click();
  else {
    const s = document.querySelector(step.range);
    s.value = step.value;
    s.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const attrList = (el, names) => (names || el.getAttributeNames()).flatMap((n) => [n, el.getAttribute(n) ?? ""]);
  const parts = [];
  for (const sel of whole) {
    const els = [...document.querySelectorAll(sel)];
    // a class toggled off leaves class="" behind, which a page drawn afresh does not have
    const inner = (el) => { const c = el.cloneNode(true); for (const e of c.querySelectorAll('[class=""]')) e.removeAttribute("class"); return c.innerHTML; };
    // written even when nothing matches: the keeper gives up on a page that differs
    parts.push([sel, 1, els.map((el) => [attrList(el), inner(el)])]);
  }
  for (const [sel, names] of attrs) parts.push([sel, 0, [...document.querySelectorAll(sel)].map((el) => [attrList(el, names), null])]);
  if (narrow) {
    // the copy for the phone frame, as the prerendered page has it (render.mjs narrowCopy)
    const t = document.createElement("template");
    t.innerHTML = window.__narrowCopy(document.querySelector(narrow));
    const c = t.content.firstElementChild;
    parts.push(["#map-frame .markers-narrow", 1, [[attrList(c), c.innerHTML]]]);
  }
  return { key: step.key, parts };
}

/** Every state of the keeper `keep` on the rendered `page` (a Playwright
 *  page; the wide frame at 1280 px, the phone's markers at 412 px), or null
 *  for a page without a keeper's states: { key: JSON }. `narrowCopy` is the
 *  page function that turns the markers into the phone's inert copy. */
export async function captureStates(page, keep, narrowCopy) {
  const spec = STATES[keep];
  if (!spec) return null;
  await page.evaluate(`window.__narrowCopy = ${narrowCopy.toString()}; window.__take = ${take.toString()}`);
  const run = (step, whole, attrs, narrow) => page.evaluate(([s, w, a, n]) => window.__take(s, w, a, n), [step, whole, attrs, narrow]);
  const out = {};
  for (const g of spec.groups) {
    const steps = await page.evaluate(keysIn, g.keys);
    const phone = {};
    if (g.narrow) {
      await page.setViewportSize({ width: 412, height: 900 });
      await page.waitForTimeout(150);
      for (const step of steps) phone[step.key] = (await run(step, [], [], g.narrow)).parts;
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(150);
    for (const step of steps) out[step.key] = [...(await run(step, g.whole, g.attrs, null)).parts, ...(phone[step.key] || [])];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** Writes a page's states under dist/states/NAME-HASH/ (the hash of all of
 *  them: a new build's states never mix with an old page's); returns the
 *  folder, relative to dist. */
export function writeStates(dist, name, states) {
  const hash = crypto.createHash("sha256");
  for (const [k, v] of Object.entries(states).sort()) hash.update(`${k}\n${v}\n`);
  const dir = `states/${name}-${hash.digest("hex").slice(0, 12)}`;
  fs.mkdirSync(path.join(dist, dir), { recursive: true });
  for (const [k, v] of Object.entries(states)) fs.writeFileSync(path.join(dist, dir, `${k}.json`), v);
  return dir;
}
