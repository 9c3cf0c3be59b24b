// Benchmark (not a test): time from an input event to the next painted frame
// for the site's interactions, in real headless Chromium against dist/.
// Prints median and worst of N runs per interaction. Usage:
//   node scripts/bench-interactions.mjs [dist] [runs]
import { serve } from "./lib/server.mjs";
import { launch, openPage, ready } from "./lib/browser.mjs";
import path from "node:path";

const dir = path.resolve(process.argv[2] || "dist");
const runs = +(process.argv[3] || 20);
const WARMUP = 4;

/** Each interaction: a page URL, a selector for a range input, and values to alternate. */
const INTERACTIONS = [
  { name: "alignment: weight change", url: "/alignment?year=1971", selector: "#weight-security", values: ["5", "1"] },
  { name: "alignment: year change", url: "/alignment?year=1971", selector: "#align-year", values: ["1962", "1971"] },
  { name: "map: year change", url: "/map?year=1994", selector: "#map-year", values: ["2010", "1994"] },
  { name: "timeline: filter change", url: "/timeline", selector: ".tl-chip input", click: true },
];

const srv = await serve(dir);
const browser = await launch();
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1] };
};
for (const it of INTERACTIONS) {
  const page = await openPage(browser);
  const resp = await page.goto(srv.origin + it.url);
  if (!resp.ok()) { console.log(`${it.name}: page missing, skipped`); continue; }
  await ready(page);
  if (!(await page.$(it.selector))) { console.log(`${it.name}: control missing, skipped`); continue; }
  // let the page settle after the app's start, then WARMUP uncounted runs
  await page.waitForTimeout(500);
  const times = [];
  for (let i = -WARMUP; i < runs; i++) {
    const v = it.values ? it.values[(i + WARMUP) % it.values.length] : null;
    const t = (await page.$eval(it.selector, (el, [v, click]) => new Promise((done) => {
      const t0 = performance.now();
      if (click) el.click();
      else {
        el.value = v;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
      const handled = performance.now() - t0; // DOM updated (Leptos updates synchronously)
      // next frame: rAF runs before that frame's paint; a message posted from it runs after the paint
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done([handled, performance.now() - t0]);
        ch.port2.postMessage(0);
      });
    }), [v, !!it.click]));
    if (i >= 0) times.push(t);
  }
  const h = stats(times.map((t) => t[0]));
  const f = stats(times.map((t) => t[1]));
  console.log(`${it.name.padEnd(30)} update: median ${h.median.toFixed(1)} ms, worst ${h.worst.toFixed(1)} ms; to next painted frame: median ${f.median.toFixed(1)} ms, worst ${f.worst.toFixed(1)} ms (${runs} runs after ${WARMUP} warm-up runs)`);
  await page.context().close();
}
await browser.close();
await srv.close();
