#!/usr/bin/env node
// Prints the measure (characters per full line) of the site's running text as
// laid out in Chromium at 1280 px and 390 px, the faces in use, and the lede's
// size against the body text. A measurement, not a test (see tests/e2e/type.test.mjs).
//
//   node scripts/measure-type.mjs [DIST]      (default dist/, built by `make build`)
import path from "node:path";
import { serve } from "./lib/server.mjs";
import { launch } from "./lib/browser.mjs";
import { charsPerLine, drawnWith } from "./lib/measure.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
const CHECKS = [
  ["/", "Story prose", ".story .prose p"],
  ["/timeline/", "Timeline summaries", ".tl-item-summary"],
  ["/sources/", "Bibliography", ".sources-page li.source"],
  ["/sources/", "Glossary", ".glossary dd"],
];

/** The face Chromium actually drew `selector`'s text with, and its size. */
async function usedFont(page, selector) {
  const size = await page.$eval(selector, (e) => getComputedStyle(e).fontSize);
  return `${await drawnWith(page, selector)} ${size}`;
}

const srv = await serve(dist);
const browser = await launch();
try {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    console.log(`\n${width} px wide`);
    for (const [route, label, selector] of CHECKS) {
      // a first view has the metric-compatible fallback faces (font-display:
      // optional); the next page the site's own, from the browser's cache
      for (const view of ["first view", "next views"]) {
        if (view === "first view") await page.evaluate(() => localStorage.removeItem("fonts")).catch(() => {});
        else await page.waitForFunction(() => localStorage.getItem("fonts") === "1");
        await page.goto(`${srv.origin}${route}`);
        await page.evaluate(() => document.fonts.ready);
        const m = await charsPerLine(page, selector, { limit: 60 });
        const face = await usedFont(page, `main ${selector}`);
        console.log(`  ${label.padEnd(20)} ${String(m.mean).padStart(5)} characters a line on average, 90% of lines <= ${m.p90}, longest ${m.max} (${m.lines} full lines; ${view}: ${face})`);
      }
    }
    await page.goto(`${srv.origin}/`);
    await page.evaluate(() => document.fonts.ready);
    const sizes = await page.evaluate(() => {
      const px = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
      const lede = document.querySelector("main .lede");
      return { lede: px("main .lede"), body: px(".story .prose p"), ledeColor: getComputedStyle(lede).color, text: getComputedStyle(document.body).color };
    });
    console.log(`  lede ${sizes.lede} px / story text ${sizes.body} px = ${(sizes.lede / sizes.body).toFixed(3)}; lede colour ${sizes.ledeColor}, text colour ${sizes.text}`);
    console.log(`  faces drawn on / (a next view): headline ${await usedFont(page, "main h1")}, text ${await usedFont(page, ".story .prose p")}, navigation ${await usedFont(page, ".nav-list a")}`);
    await context.close();
  }
} finally {
  await browser.close();
  await srv.close();
}
