#!/usr/bin/env node
// Benchmark (not a test): the site on a slow phone, side by side with
// TimelineJS in the same run. The phone profile: Slow 4G (150 ms round trip,
// 1.6 Mbps down, 750 kbps up, Chrome DevTools network emulation) and the CPU
// 4x slower, a 412 px wide touch screen; every page from a cold cache, served
// gzip-compressed like GitHub Pages. Medians of RUNS, per view:
//   (a) first tap 2 s after `load` -> the view responds (its effect painted);
//   (b) /timeline: navigation -> interactive (the earliest tap on a filter,
//       made as soon as the page shows it, takes effect), and TimelineJS's
//       navigation -> drawn timeline (every marker and the first slide);
//   (c) the bytes (gzip -9) of the code and data a view needs before it is
//       interactive (its keeper if it has one, else its app: wasm, JS glue,
//       data), of all its app code and data, and of its first view.
//
//   node scripts/bench-phone.mjs [DIST] [--runs 3]      (make bench runs it too)
import path from "node:path";
import zlib from "node:zlib";
import { serve } from "./lib/server.mjs";
import { launch } from "./lib/browser.mjs";
import { timelineJsSite } from "./lib/timelinejs.mjs";

export const PHONE = { latency: 150, download: 200_000, upload: 93_750, cpu: 4 };
export const PHONE_LABEL = "Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up), CPU 4x slower, 412 px touch screen";

/** A real control per view, the reader's first act on it, and the effect that
 *  shows the view responded. The text pages' one control, the theme menu, works
 *  before their app runs (assets/page.js); "app running after" says when the
 *  app is (citation popovers on the text pages; every view's own controls). */
export const VIEWS = [
  { path: "/", act: { select: "#theme-select", value: "dark" }, effect: { sel: "html", attr: "data-theme", value: "dark" }, what: "theme: dark" },
  // on a phone the category chips sit in a disclosure: its button is the first control in view
  { path: "/timeline", act: { tap: ".tl-filter-toggle" }, effect: { sel: ".tl-filter-toggle", attr: "aria-expanded", value: "true" }, what: "button 'Filter'" },
  { path: "/map", act: { tap: "input[name=map-mode][value=year]" }, effect: { sel: "#map-summary" }, what: "radio 'one year'" },
  { path: "/alignment", act: { tap: "input[name=gaza-option][value=stay-out]" }, effect: { sel: ".scenario-detail" }, what: "option 'stay out'" },
  { path: "/sources", act: { select: "#theme-select", value: "dark" }, effect: { sel: "html", attr: "data-theme", value: "dark" }, what: "theme: dark" },
];

/** The app's files (wasm, its JS glue, its data), as opposed to the first view's. */
export const isApp = (p) => /\.wasm$|\/data\/app\/[^/]+\.bin$|\/states\/[^/]+\/[^/]+\.json$/.test(p) || (/\.js$/.test(p) && !/\/(theme|page|boot)-[0-9a-f]+\.js$|\/embed\.js$/.test(p));

/** A view's keeper (its small first app, src/views/timeline/keeper.rs) and the
 *  states it shows (scripts/lib/states.mjs): with one, the view is
 *  interactive once it runs, before the full app. */
export const isKeeper = (p) => /\/app-[a-z]+-keep-[0-9a-f]+(_bg\.wasm|\.js)$|\/states\/[^/]+\/[^/]+\.json$/.test(p);
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Runs in the page from its first script on: records when the reader first
 *  acted (`__actAt`) and the first frame in which the effect shows (`__effectAt`),
 *  both on the page's clock (0 = navigation start). Text effects compare with
 *  the text the element had when the document was parsed. */
function watch(effect) {
  const t0 = () => { window.__actAt ??= performance.now(); };
  // when the page's app is running (<html data-app="ready">)
  // (the document, not <html>: this runs before <html> exists)
  new MutationObserver(() => {
    if (document.documentElement?.getAttribute("data-app") === "ready") window.__readyAt ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
  for (const e of ["pointerdown", "touchstart", "input", "change", "keydown"]) addEventListener(e, t0, true);
  const start = () => {
    let initial = null;
    const check = () => {
      const el = document.querySelector(effect.sel);
      if (!el) return false;
      if (effect.attr) return el.getAttribute(effect.attr) === effect.value;
      if (effect.count) return document.querySelectorAll(effect.sel).length >= effect.count && !!document.querySelector(effect.also);
      if (initial === null) { initial = el.textContent; return false; }
      return el.textContent !== initial;
    };
    const frame = () => {
      if (check()) window.__effectAt = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  if (effect.count) start();
  else document.addEventListener("DOMContentLoaded", start);
}

/** A fresh phone: its own context (cold cache), network and CPU throttled. */
async function phone(browser, effect) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await context.addInitScript(watch, effect);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.download, uploadThroughput: PHONE.upload, connectionType: "cellular4g" });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpu });
  const bodies = new Map();
  page.on("response", async (r) => {
    try { bodies.set(new URL(r.url()).pathname, await r.body()); } catch { /* redirects have no body */ }
  });
  return { context, page, bodies };
}

async function act(page, a) {
  if (a.tap) await page.tap(a.tap, { timeout: 60000 });
  else await page.selectOption(a.select, a.value, { timeout: 60000 });
}

const effectAt = (page) => page.waitForFunction(() => window.__effectAt, null, { timeout: 60000, polling: 100 }).then((h) => h.jsonValue());

/** (a) One run: load, wait 2 s, act, time to the effect. Also the bytes. */
async function firstTap(browser, origin, view) {
  const { context, page, bodies } = await phone(browser, view.effect);
  try {
    await page.goto(`${origin}${view.path === "/" ? "/" : view.path + "/"}`, { waitUntil: "load", timeout: 120000 });
    await page.waitForTimeout(2000);
    await act(page, view.act);
    const done = await effectAt(page);
    const acted = await page.evaluate(() => window.__actAt);
    const readyAt = await page.waitForFunction(() => window.__readyAt, null, { timeout: 60000, polling: 100 }).then((h) => h.jsonValue());
    await page.waitForLoadState("networkidle");
    let app = 0, first = 0, keep = 0;
    for (const [p, b] of bodies) {
      if (isApp(p)) app += gzip(b);
      else first += gzip(b);
      if (isKeeper(p)) keep += gzip(b);
    }
    // what the view needs before it is interactive: its keeper, or its app and data
    return { ms: done - acted, ready: readyAt - acted, app, needed: keep || app, first, files: [...bodies.keys()].filter(isApp) };
  } finally {
    await context.close();
  }
}

/** (b) One run: navigate and act as soon as the control is there; the time
 *  from navigation start to the effect. */
async function navToInteractive(browser, origin, view) {
  const { context, page } = await phone(browser, view.effect);
  try {
    await page.goto(`${origin}${view.path}/`, { waitUntil: "commit", timeout: 120000 });
    await act(page, view.act);
    return await effectAt(page);
  } finally {
    await context.close();
  }
}

/** (b) TimelineJS: navigation start -> every marker and the first slide drawn. */
async function timelineJsDrawn(browser, origin, events) {
  const { context, page } = await phone(browser, { sel: ".tl-timemarker", count: events, also: ".tl-slide .tl-slide-content" });
  try {
    await page.goto(`${origin}/`, { waitUntil: "commit", timeout: 120000 });
    return await effectAt(page);
  } finally {
    await context.close();
  }
}

/** Every figure, for the site built in `dist`; prints as it goes. */
export async function phoneBench({ browser, dist, runs = 3, log = console.log }) {
  const site = await serve(dist);
  const tl = timelineJsSite(dist);
  const tlSrv = await serve(tl.dir);
  const out = { views: {} };
  try {
    log(`\n# Phone profile: ${PHONE_LABEL}; medians of ${runs}`);
    log(`  ${"view".padEnd(12)} ${"first act".padEnd(20)} ${"2 s after load -> response".padStart(27)}   ${"needed first".padStart(12)}  ${"app code+data".padStart(13)}  ${"first view".padStart(10)}  (gzip -9 bytes; runs in ms)`);
    for (const view of VIEWS) {
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await firstTap(browser, site.origin, view));
      const ms = median(rs.map((r) => r.ms));
      const ready = median(rs.map((r) => r.ready));
      const r = rs[0];
      out.views[view.path] = { ms, ready, app: r.app, needed: r.needed, first: r.first, files: r.files };
      log(`  ${view.path.padEnd(12)} ${view.what.padEnd(20)} ${(ms.toFixed(0) + " ms").padStart(27)}   ${String(r.needed).padStart(12)}  ${String(r.app).padStart(13)}  ${String(r.first).padStart(10)}  (${rs.map((x) => x.ms.toFixed(0)).join(", ")}; app: ${r.files.map((f) => path.basename(f)).join(", ")})`);
      log(`  ${"".padEnd(12)} ${"  app running after".padEnd(20)} ${(ready.toFixed(0) + " ms").padStart(27)}   (${rs.map((x) => x.ready.toFixed(0)).join(", ")})`);
    }
    const tlView = VIEWS.find((v) => v.path === "/timeline");
    const ours = [], theirs = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await navToInteractive(browser, site.origin, tlView));
      theirs.push(await timelineJsDrawn(browser, tlSrv.origin, tl.events));
    }
    out.nav = median(ours);
    out.timelinejs = median(theirs);
    log(`  /timeline navigation -> interactive (earliest tap takes effect): ${out.nav.toFixed(0)} ms (${ours.map((x) => x.toFixed(0)).join(", ")})`);
    log(`  TimelineJS 3.9 navigation -> drawn timeline (${tl.events} events): ${out.timelinejs.toFixed(0)} ms (${theirs.map((x) => x.toFixed(0)).join(", ")})`);
    log(`  ratio: ${(out.nav / out.timelinejs).toFixed(2)}x TimelineJS (goal <= 0.70x)`);
  } finally {
    await tlSrv.close();
    tl.cleanup();
    await site.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const dist = path.resolve(process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "dist");
  const browser = await launch();
  try {
    await phoneBench({ browser, dist, runs: +arg("--runs", 3) });
  } finally {
    await browser.close();
  }
}
