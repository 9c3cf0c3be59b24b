#!/usr/bin/env node
// Measurement (not a test): how the three views present themselves to a new
// reader at 1280x900 and 390x844, in real headless Chromium against a built
// site. Prints where each view's graphic starts, what the overviews draw
// (marks, clusters, the Gaza marker), controls under 24x24 px and SVG text
// under 12 px in <main> at 390 px, wide tables, and what choosing something
// does to the reader's place. Used for the before/after figures of issue 18.
//   node scripts/measure-views.mjs [dist]
import path from "node:path";
import { serve } from "./lib/server.mjs";
import { launch, openPage, ready } from "./lib/browser.mjs";

const dir = path.resolve(process.argv[2] || "dist");
const SIZES = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];
/** Each view's graphic: the first selector that is drawn. */
const GRAPHIC = {
  "/timeline": [".tl-strip", ".tl-axis"],
  "/map": [".map-frame"],
  "/alignment": [".multiples", ".align-lines", "svg.ternary"],
};

const srv = await serve(dir);
const browser = await launch();
const out = [];
const say = (s) => { out.push(s); console.log(s); };

async function open(route, viewport) {
  const page = await openPage(browser, { viewport });
  await page.goto(`${srv.origin}${route}`);
  await ready(page);
  await page.waitForTimeout(300);
  return page;
}

/** Visible controls in <main> smaller than 24x24 px (links inside running text are exempt, as in WCAG 2.5.8). */
const smallControls = (page) => page.evaluate(() => {
  const sel = "main button, main input:not([type=hidden]), main select, main summary, main textarea, main [role=button], main [tabindex='0'], main a";
  const small = [];
  for (const el of document.querySelectorAll(sel)) {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || cs.visibility === "hidden" || el.closest("[hidden], dialog:not([open]), details:not([open]) > :not(summary)")) continue;
    if (el.tagName === "A" && getComputedStyle(el.parentElement).display !== "flex" && /inline/.test(cs.display)) {
      // inline in a sentence: exempt when the line has other text
      const p = el.parentElement.textContent.trim();
      if (p.length > el.textContent.trim().length + 2) continue;
    }
    if (r.width < 23.5 || r.height < 23.5) small.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""} ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
  }
  return small;
});

/** Rendered size (px) of every visible SVG text in <main>. */
const svgText = (page) => page.evaluate(() => {
  const sizes = [];
  for (const t of document.querySelectorAll("main svg text")) {
    const r = t.getBoundingClientRect();
    if (r.width === 0 || !t.textContent.trim()) continue;
    const m = t.getScreenCTM();
    const scale = m ? Math.hypot(m.a, m.b) : 1;
    sizes.push(+(parseFloat(getComputedStyle(t).fontSize) * scale).toFixed(1));
  }
  return sizes;
});

async function graphicTop(page, route) {
  for (const sel of GRAPHIC[route]) {
    const box = await page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return r.width ? { y: r.top + scrollY, h: r.height, w: r.width } : null; }).catch(() => null);
    if (box) return { sel, ...box };
  }
  return null;
}

for (const viewport of SIZES) {
  const tag = `${viewport.width}x${viewport.height}`;
  say(`\n## ${tag}`);
  for (const route of Object.keys(GRAPHIC)) {
    const page = await open(route, viewport);
    const g = await graphicTop(page, route);
    say(`${route}: graphic ${g ? `${g.sel} at y=${g.y.toFixed(0)} (${g.w.toFixed(0)}x${g.h.toFixed(0)} px), ${g.y + Math.min(g.h, 120) <= viewport.height ? "in" : "NOT in"} the first screen` : "not drawn"}; page height ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
    if (viewport.width === 390) {
      const small = await smallControls(page);
      say(`  controls under 24x24 px in main: ${small.length}${small.length ? ` (${small.slice(0, 8).join(", ")}${small.length > 8 ? ", …" : ""})` : ""}`);
      const sizes = await svgText(page);
      if (sizes.length) say(`  SVG text: ${sizes.length} labels, smallest ${Math.min(...sizes)} px, ${sizes.filter((s) => s < 12).length} under 12 px`);
      const overflow = await page.evaluate(() => [...document.querySelectorAll("main table")].map((t) => `${t.closest("section")?.className || "table"} ${t.scrollWidth} px in ${t.parentElement.clientWidth} px`));
      if (overflow.length) say(`  tables: ${overflow.join("; ")}`);
    }
    if (route === "/timeline") {
      const t = await page.evaluate(() => {
        const q = (s) => [...document.querySelectorAll(s)].filter((e) => e.getBoundingClientRect().width > 0);
        const clusters = q(".tl-cluster");
        return {
          marks: q(".tl-track .tl-mark, .tl-track .tl-bar, .tl-strip .tl-dot, .tl-strip .tl-span").length,
          clusters: clusters.length,
          clustered: clusters.reduce((n, c) => n + +c.textContent.trim(), 0),
          // cut off: by its own box (the old axis) or by the strip's edges (the strip's era names)
          eraCut: q(".tl-era-label").filter((e) => e.scrollWidth > e.clientWidth + 1).length +
            q(".tl-era-name").filter((e) => { const r = e.getBoundingClientRect(), s = e.closest(".tl-strip").getBoundingClientRect(); return r.left < s.left - 1 || r.right > s.right + 1; }).length,
          eras: q(".tl-era-label, .tl-era-name").length,
          listTop: document.querySelector(".tl-list")?.getBoundingClientRect().top + scrollY,
        };
      });
      say(`  overview: ${t.marks} marks drawn, ${t.clusters} numbered clusters holding ${t.clustered} events; ${t.eras} era labels, ${t.eraCut} cut off; list starts at y=${t.listTop?.toFixed(0)}`);
      // open an event deep in the list: does the reader stay where they were?
      const deep = await page.$$eval(".tl-item button", (bs) => bs[Math.floor(bs.length * 0.6)].id);
      await page.$eval(`#${deep}`, (b) => b.scrollIntoView({ block: "center" }));
      await page.waitForTimeout(100);
      const before = await page.$eval(`#${deep}`, (b) => b.getBoundingClientRect().top);
      const sy0 = await page.evaluate(() => scrollY);
      const t0 = Date.now();
      await page.click(`#${deep}`);
      await page.waitForSelector("#tl-detail, .tl-item[aria-expanded], .tl-item-detail", { state: "attached" });
      const ms = Date.now() - t0;
      await page.waitForTimeout(400);
      const after = await page.$eval(`#${deep}`, (b) => b.getBoundingClientRect().top);
      const sy1 = await page.evaluate(() => scrollY);
      const detail = await page.$eval("#tl-detail", (d) => d.getBoundingClientRect().top).catch(() => null);
      say(`  open an event deep in the list (${deep}): the item moved ${Math.round(after - before)} px on screen, scroll ${Math.round(sy1 - sy0)} px, detail top on screen at ${detail?.toFixed(0)} px (${ms} ms to open)`);
      const strip = await page.evaluate(() => { const s = document.querySelector(".tl-strip, .tl-axis"); if (!s) return null; const r = s.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.width > 0; });
      say(`  overview visible while reading the list: ${strip}`);
    }
    if (route === "/map") {
      const m = await page.evaluate(() => {
        const vis = [...document.querySelectorAll(".markers .marker")].filter((e) => !e.hidden && e.getBoundingClientRect().width > 0);
        const clusters = vis.filter((e) => e.classList.contains("cluster"));
        const frame = document.querySelector(".map-frame").getBoundingClientRect();
        const gaza = document.querySelector("#mk-gaza-isf");
        const gr = gaza?.getBoundingClientRect();
        const gazaCluster = clusters.find((c) => c.dataset.members.split(" ").includes("gaza-isf"));
        const label = [...document.querySelectorAll(".map-label, .map-callout")].find((l) => /Gaza|ISF/.test(l.textContent));
        const labels = [...document.querySelectorAll(".map-label, .map-callout")].filter((l) => l.getBoundingClientRect().width > 0).length;
        const year = document.querySelector(".map-total, .map-personnel");
        return {
          frame: `${frame.width.toFixed(0)}x${frame.height.toFixed(0)}`,
          singles: vis.length - clusters.length,
          clusters: clusters.length,
          clustered: clusters.reduce((n, c) => n + c.dataset.members.split(" ").length, 0),
          gaza: gaza && !gaza.hidden && gr.width > 0 ? `own marker ${gr.width.toFixed(0)}x${gr.height.toFixed(0)}` : gazaCluster ? `in a cluster of ${gazaCluster.dataset.members.split(" ").length} (${gazaCluster.dataset.members})` : "not shown",
          gazaLabel: !!label,
          labels,
          legend: document.querySelectorAll(".legend li").length,
          legendTop: document.querySelector(".legend")?.getBoundingClientRect().top + scrollY,
          frameTop: frame.top + scrollY,
        };
      });
      say(`  map ${m.frame} px: ${m.singles} single markers, ${m.clusters} clusters holding ${m.clustered} deployments; Gaza ISF: ${m.gaza}, labelled: ${m.gazaLabel}; ${m.labels} direct labels; key: ${m.legend} entries at y=${m.legendTop?.toFixed(0)}`);
      // open the cluster that holds Gaza (if any): is Gaza in the frame afterwards?
      const gc = await page.$('.marker.cluster[data-members~="gaza-isf"]');
      if (gc) {
        await gc.click();
        await page.waitForTimeout(300);
        const r = await page.evaluate(() => {
          const f = document.querySelector(".map-frame").getBoundingClientRect();
          const g = document.querySelector("#mk-gaza-isf");
          const z = document.querySelector(".zoom-level")?.textContent;
          if (!g || g.hidden) return `Gaza not drawn after opening its cluster (zoom ${z})`;
          const r = g.getBoundingClientRect();
          const inside = r.left >= f.left && r.right <= f.right && r.top >= f.top && r.bottom <= f.bottom;
          return `after opening its cluster: zoom ${z}, Gaza ${inside ? "inside" : "OUTSIDE"} the frame`;
        });
        say(`  ${r}`);
        await page.click("button:has-text('Reset')").catch(() => {});
      }
      // choose a deployment: is its card on screen together with the map?
      const t0 = Date.now();
      await page.click("#row-unosom");
      await page.waitForSelector(".map-card[data-mission='unosom']");
      const ms = Date.now() - t0;
      await page.waitForTimeout(300);
      const both = await page.evaluate(() => {
        const on = (e) => { const r = e.getBoundingClientRect(); return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)); };
        return { card: on(document.querySelector(".map-card")), map: on(document.querySelector(".map-frame")) };
      });
      say(`  choose UNOSOM in the table (${ms} ms): card ${both.card.toFixed(0)} px on screen, map ${both.map.toFixed(0)} px on screen`);
    }
    if (route === "/alignment") {
      const a = await page.evaluate(() => {
        // year targets: the old triangle's year dots were buttons; the new ones are drawn only (the year is chosen with the slider)
        const dotEls = [...document.querySelectorAll("svg .year-dot, svg .year-hit")];
        const interactive = dotEls.filter((d) => d.closest("a, button, [role=button], [tabindex]:not([tabindex=\"-1\"])")).length;
        const dots = dotEls.map((d) => d.getBoundingClientRect());
        let overlaps = 0;
        for (let i = 0; i < dots.length; i++) for (let j = i + 1; j < dots.length; j++) {
          const p = dots[i], q = dots[j];
          if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) overlaps++;
        }
        const texts = [...document.querySelectorAll("main svg text")].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
        let collide = 0;
        for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
          const p = texts[i], q = texts[j];
          if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) collide++;
        }
        const svgs = [...document.querySelectorAll("main svg")].map((s) => s.getBoundingClientRect());
        const clipped = [...document.querySelectorAll("main svg text")].filter((t) => {
          const r = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();
          return r.width > 0 && (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1);
        }).length;
        const min = dots.length ? Math.min(...dots.map((d) => Math.min(d.width, d.height))) : null;
        const tri = document.querySelector("svg.ternary")?.getBoundingClientRect();
        const sm = [...document.querySelectorAll(".multiples figure.sm")].filter((f) => f.getBoundingClientRect().width > 0).length;
        return { dots: dots.length, interactive, overlaps, min, collide, clipped, svgs: svgs.length, sm, tri: tri && `${tri.width.toFixed(0)}x${tri.height.toFixed(0)} at y=${(tri.top + scrollY).toFixed(0)}` };
      });
      if (a.sm) say(`  small multiples: ${a.sm} partner charts; the triangle ${a.tri}`);
      say(`  year dots: ${a.dots} (${a.interactive} of them interactive), smallest ${a.min?.toFixed(1)} px, ${a.overlaps} overlapping pairs; SVG labels overlapping: ${a.collide} pairs, clipped: ${a.clipped}`);
      const radios = await page.$$eval("input[type=radio], input[type=range]", (is) => is.map((i) => i.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => Math.min(r.width, r.height)));
      if (radios.length) say(`  radios and sliders: smallest ${Math.min(...radios).toFixed(1)} px`);
    }
    await page.context().close();
  }
}
await browser.close();
await srv.close();
