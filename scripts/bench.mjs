#!/usr/bin/env node
// Benchmark (not a test): builds nothing; run `make bench`, which builds first.
// Serves dist/ on 127.0.0.1 and prints, per route:
//   - the bytes of every first-view resource (raw, gzip -9, brotli q11) and the total,
//     then those the reader's first interaction loads (the app) and the time from
//     that interaction to the app being ready (also with the CPU 4x slower);
//   - Lighthouse 13 mobile and desktop: performance score and FCP/LCP/TBT/CLS (median of RUNS);
// then the in-browser interaction times (scripts/bench-interactions.mjs), and the
// same byte and Lighthouse figures for Knight Lab's TimelineJS 3.9 (npm) showing
// this site's own timeline (dist/data/timelinejs.json), in the same run;
// then the phone profile (scripts/bench-phone.mjs): first tap -> response per
// view, navigation -> interactive against TimelineJS, the bytes each view needs.
//
//   node scripts/bench.mjs [--runs 3] [--routes /,/timeline,/map,/alignment,/timeline?event=un-membership]
//                          [--dist DIR] [--only phone]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
// async: the static server runs in this process and must keep answering
const run = promisify(execFile);
import { serve } from "./lib/server.mjs";
import { launch, CHROMIUM_ARGS } from "./lib/browser.mjs";
import { requestsByLoad } from "./lib/measure.mjs";
import { timelineJsSite } from "./lib/timelinejs.mjs";
import { phoneBench, isApp } from "./bench-phone.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const RUNS = +arg("--runs", 3);
const ROUTES = arg("--routes", "/,/timeline,/map,/alignment,/sources").split(",");
const dist = path.resolve(arg("--dist", path.join(ROOT, "dist")));
const ONLY = arg("--only", "");
const chrome = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);

/** Every resource the first view of `url` loads, with its bytes; with `app`,
 *  also what the reader's first interaction loads (the app: assets/boot.js)
 *  and the time from that interaction to the app being ready, at the given
 *  CPU slowdown. */
async function firstView(browser, url, { app = false, cpu = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (cpu > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
  const bodies = [];
  let phase = bodies;
  const later = [];
  page.on("response", async (r) => {
    // the app's files fetched at idle after load (assets/boot.js) are the
    // app's bytes, not the first view's
    const into = app && isApp(new URL(r.url()).pathname) ? later : phase;
    try { into.push([new URL(r.url()).pathname, await r.body()]); } catch { /* redirects have no body */ }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  // a text page's boot script is asked for after `load` (assets/page.js): the app's bytes too
  const afterLoad = (await requestsByLoad(page)).after.filter((p) => /\/boot-[0-9a-f]+\.js$/.test(p));
  for (let i = bodies.length - 1; app && i >= 0; i--) if (afterLoad.includes(bodies[i][0])) later.unshift(...bodies.splice(i, 1));
  let startMs = null;
  // a URL with state starts the app at load: it is part of the first view
  const atLoad = (await page.getAttribute("html", "data-app")) === "ready";
  if (app && !atLoad) {
    phase = later;
    await page.evaluate(() => {
      window.__intent = null;
      // the event's own time: boot.js's listener comes first and can start the app (instantiate and
      // mount) before this one runs, when the wasm was compiled at idle
      addEventListener("pointermove", (e) => { window.__intent ??= e.timeStamp; }, { capture: true });
      new MutationObserver(() => { if (document.documentElement.dataset.app === "ready") window.__ready ??= performance.now(); })
        .observe(document.documentElement, { attributes: true });
    });
    await page.mouse.move(40, 40);
    await page.waitForSelector("html[data-app='ready']", { timeout: 60000 });
    await page.waitForLoadState("networkidle");
    startMs = await page.evaluate(() => window.__ready - window.__intent);
  }
  await context.close();
  return app ? { bodies, later, startMs, atLoad } : bodies;
}

function printBytes(label, bodies) {
  console.log(`\n${label}`);
  console.log(`  ${pad("resource", 52)} ${num("raw", 9)} ${num("gzip", 9)} ${num("brotli", 9)}`);
  let t = [0, 0, 0];
  for (const [p, b] of bodies) {
    const row = [b.length, gzip(b), brotli(b)];
    t = t.map((v, i) => v + row[i]);
    console.log(`  ${pad(p.length > 52 ? "…" + p.slice(-51) : p, 52)} ${num(row[0], 9)} ${num(row[1], 9)} ${num(row[2], 9)}`);
  }
  console.log(`  ${pad("TOTAL", 52)} ${num(t[0], 9)} ${num(t[1], 9)} ${num(t[2], 9)}`);
  return t;
}

async function lighthouse(url, preset) {
  const out = path.join(os.tmpdir(), `lh-${process.pid}.json`);
  const args = [path.join(ROOT, "node_modules/lighthouse/cli/index.js"), url, "--quiet", "--output=json", `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`];
  if (preset === "desktop") args.push("--preset=desktop");
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 << 20 });
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  const a = r.audits;
  const cat = (k) => Math.round((r.categories[k]?.score ?? 0) * 100);
  return {
    score: cat("performance"),
    a11y: cat("accessibility"),
    bp: cat("best-practices"),
    seo: cat("seo"),
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
  };
}

async function printLighthouse(url) {
  const result = {};
  for (const preset of ["mobile", "desktop"]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, preset));
    const m = (k) => median(runs.map((r) => r[k]));
    result[preset] = { lcp: m("lcp"), score: m("score") };
    console.log(`  Lighthouse ${pad(preset, 7)} performance ${num(m("score"), 3)}  a11y ${num(m("a11y"), 3)}  best practices ${num(m("bp"), 3)}  SEO ${num(m("seo"), 3)}  FCP ${num(m("fcp").toFixed(0), 5)} ms  LCP ${num(m("lcp").toFixed(0), 5)} ms  TBT ${num(m("tbt").toFixed(0), 4)} ms  CLS ${m("cls").toFixed(3)}  (median of ${RUNS})`);
  }
  return result;
}

if (!fs.existsSync(path.join(dist, "index.html"))) { console.error("dist/ is missing: run `make bench` (it builds first)"); process.exit(1); }
const browser = await launch();
if (ONLY === "phone") {
  await phoneBench({ browser, dist, runs: RUNS });
  await browser.close();
  process.exit(0);
}
const site = await serve(dist);
console.log(`# This site (dist/, served on 127.0.0.1), first view on a 412 px wide window`);
const ours = {};
for (const route of ROUTES) {
  // a route may carry a query (a deep link): /timeline?event=un-membership
  const [pathPart, query] = route.split("?");
  const url = `${site.origin}${pathPart === "/" ? "/" : pathPart + "/"}${query ? "?" + query : ""}`;
  const v = await firstView(browser, url, { app: true });
  if (v.atLoad) {
    const bytes = printBytes(`${route}: first view (the URL carries state: the app starts at load)`, [...v.bodies, ...v.later]);
    ours[route] = { bytes, appBytes: [0, 0, 0], lh: await printLighthouse(url) };
    continue;
  }
  const bytes = printBytes(`${route}: first view (the prerendered page)`, v.bodies);
  const appBytes = printBytes(`${route}: loaded on the first interaction (the app)`, v.later);
  const slow = [];
  for (let i = 0; i < RUNS; i++) slow.push((await firstView(browser, url, { app: true, cpu: 4 })).startMs);
  console.log(`  first interaction to app ready: ${v.startMs.toFixed(0)} ms; with the CPU 4x slower ${median(slow).toFixed(0)} ms (median of ${RUNS})`);
  console.log(`  first view + app, gzip: ${bytes[1] + appBytes[1]} bytes`);
  ours[route] = { bytes, appBytes, lh: await printLighthouse(url) };
}
await site.close();

// TimelineJS 3.9 with this site's timeline, same machine, same run
const tl = timelineJsSite(dist);
const tlSrv = await serve(tl.dir);
console.log(`\n# Knight Lab TimelineJS 3.9.11 (npm) showing the same ${tl.events} events`);
const theirs = { bytes: printBytes("TimelineJS page", await firstView(browser, `${tlSrv.origin}/`)), lh: await printLighthouse(`${tlSrv.origin}/`) };
if (ours["/timeline"]) {
  const o = ours["/timeline"];
  const r = (a, b) => (a / b).toFixed(2);
  console.log(`\n# /timeline vs TimelineJS: first-view gzip ${o.bytes[1]} vs ${theirs.bytes[1]} bytes (ratio ${r(o.bytes[1], theirs.bytes[1])}); with the app loaded ${o.bytes[1] + o.appBytes[1]} bytes (ratio ${r(o.bytes[1] + o.appBytes[1], theirs.bytes[1])}); mobile LCP ${o.lh.mobile.lcp.toFixed(0)} vs ${theirs.lh.mobile.lcp.toFixed(0)} ms (ratio ${r(o.lh.mobile.lcp, theirs.lh.mobile.lcp)}); mobile performance ${o.lh.mobile.score} vs ${theirs.lh.mobile.score}`);
}
await tlSrv.close();
tl.cleanup();

console.log("\n# Interactions (time from input to the next painted frame)");
execFileSync(process.execPath, [path.join(ROOT, "scripts/bench-interactions.mjs"), dist, "20"], { stdio: "inherit" });

await phoneBench({ browser, dist, runs: RUNS });
await browser.close();
