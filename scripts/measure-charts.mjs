#!/usr/bin/env node
// Prints what issue 17 (charts in the story, citations in place) measures, as
// laid out in Chromium: a measurement, not a test (see tests/e2e/charts.test.mjs).
//   - first-view bytes per route (raw and gzip -9, web fonts left out: a first
//     view fetches them only after `load`), and the inline SVG of the charts;
//   - the story's height, its figures, charts and where the first chart starts
//     (in screens) at 1280x900 and 390x844;
//   - citation targets at 390 px (size, and how many sit in a row);
//   - following a citation after the app started: where the cited entry lands.
//
//   node scripts/measure-charts.mjs [DIST]      (default dist/, built by `make build`)
import path from "node:path";
import zlib from "node:zlib";
import { serve } from "./lib/server.mjs";
import { launch } from "./lib/browser.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
const ROUTES = ["/", "/timeline", "/map", "/alignment", "/sources"];
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;

const srv = await serve(dist);
const browser = await launch();
const out = (s) => console.log(s);
try {
  out("First-view bytes at 412 px (web fonts left out), raw / gzip -9; inline <svg> in the HTML:");
  for (const route of ROUTES) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const bodies = [];
    page.on("response", async (r) => {
      try { bodies.push([new URL(r.url()).pathname, await r.body()]); } catch { /* redirect */ }
    });
    await page.goto(srv.origin + route, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    const kept = bodies.filter(([p]) => !p.endsWith(".woff2"));
    const raw = kept.reduce((a, [, b]) => a + b.length, 0);
    const gz = kept.reduce((a, [, b]) => a + gzip(b), 0);
    const html = kept.find(([p]) => !/\.\w+$/.test(p) || p.endsWith(".html"))?.[1]?.toString() || "";
    const charts = [...html.matchAll(/<figure class="chart[\s\S]*?<\/figure>/g)].map((m) => m[0]).join("");
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join("");
    out(`  ${route.padEnd(11)} ${String(raw).padStart(8)} B raw ${String(gz).padStart(7)} B gzip  (${kept.length} files); ` +
      `all inline svg ${svgs.length} B raw / ${svgs ? gzip(Buffer.from(svgs)) : 0} B gzip; chart figures ${charts.length} B raw / ${charts ? gzip(Buffer.from(charts)) : 0} B gzip`);
    await context.close();
  }

  for (const [w, h] of [[1280, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await page.goto(srv.origin + "/", { waitUntil: "networkidle" });
    const m = await page.evaluate((h) => {
      const q = (s) => [...document.querySelectorAll(s)];
      const top = (e) => e.getBoundingClientRect().top + scrollY;
      const charts = q("main figure.chart");
      const first = charts[0];
      const cites = q("main .prose sup.cites");
      const targets = q("main .prose a.cite, main .prose .cite-group");
      return {
        height: document.documentElement.scrollHeight,
        svg: q("main svg").length, figure: q("main figure").length, charts: charts.length,
        firstChart: first ? { id: first.id, top: Math.round(top(first)), screens: +(top(first) / h).toFixed(2), svgTop: +(top(first.querySelector("svg") || first) / h).toFixed(2) } : null,
        positions: charts.map((c) => `${c.id}@${(top(c) / h).toFixed(1)}`),
        cites: cites.length,
        multi: cites.filter((s) => s.querySelectorAll("a.cite").length > 1).length,
        maxRow: Math.max(0, ...cites.map((s) => s.querySelectorAll("a.cite").length)),
        sizes: targets.slice(0, 400).map((a) => { const r = a.getBoundingClientRect(); return [r.width, r.height]; }),
      };
    }, h);
    const small = m.sizes.filter(([a, b]) => a < 24 || b < 24).length;
    const minW = Math.min(...m.sizes.map((s) => s[0])), minH = Math.min(...m.sizes.map((s) => s[1]));
    out(`\nStory at ${w}x${h}: ${m.height} px tall (${(m.height / h).toFixed(1)} screens); ${m.svg} <svg>, ${m.figure} <figure>, ${m.charts} charts`);
    out(`  first chart: ${m.firstChart ? `${m.firstChart.id} at ${m.firstChart.top} px = screen ${m.firstChart.screens} (its graphic at ${m.firstChart.svgTop})` : "none"}; all: ${m.positions.join(", ")}`);
    out(`  citation groups ${m.cites} (${m.multi} with more than one marker, up to ${m.maxRow} in a row); targets ${m.sizes.length}, smallest ${minW.toFixed(1)}x${minH.toFixed(1)} px, ${small} below 24x24`);
    await context.close();
  }

  // Following a citation after the app has started.
  for (const [w, h] of [[1280, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await page.goto(srv.origin + "/");
    await page.mouse.move(10, 10);
    await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 30000 });
    const link = page.locator("main .prose a.cite[data-source~='un-pk-fatalities']").first();
    await link.scrollIntoViewIfNeeded();
    const id = (await link.getAttribute("data-source")).split(" ")[0];
    await link.click();
    await page.waitForTimeout(1500);
    const r = await page.evaluate((id) => {
      const e = document.getElementById("src-" + id);
      return { url: location.pathname + location.hash, scrollY: Math.round(scrollY), entryTop: e ? Math.round(e.getBoundingClientRect().top) : null, docTop: e ? Math.round(e.getBoundingClientRect().top + scrollY) : null };
    }, id);
    out(`\nFollowing a citation after the app started (${w} px): now at ${r.url}, scrollY ${r.scrollY}; the entry is ${r.entryTop} px from the top of the window (${r.docTop} px down the page): ${r.entryTop !== null && r.entryTop >= 0 && r.entryTop < h ? "in view" : "NOT in view"}`);
    await context.close();
  }
} finally {
  await browser.close();
  srv.close();
}
