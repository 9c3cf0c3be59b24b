// Prerendered pages (scripts/postbuild.mjs, scripts/lib/render.mjs): the content is in the HTML before
// any script runs, works with JavaScript off, and the app takes over without a
// layout shift.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, closePages, pixelDiff } from "./lib.mjs";

const load = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key];
const EVENTS = load("events.json", "events");
const MISSIONS = load("missions.json", "missions");

let browser;
before(async () => { browser = await launch(); });
afterEach(closePages);
after(async () => { await browser?.close(); });

for (const site of SITES) {
  test(`${site.name}: with JavaScript off every route shows its content, tables and map, and links work`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser, { javaScriptEnabled: false });
      const at = (r) => `${srv.origin}${site.base}${r}`;
      const checks = [
        ["/", /Pakistan voted for the Gaza force\. Will it send troops\?/],
        ["/timeline/", /Timeline 1947–2025/],
        ["/map/", /Map of deployments/],
        ["/alignment/", /bridge state/i],
        ["/sources/", /Sources and data/],
        ["/about/", /About this explainer/],
        ["/embed/map/", /Map of deployments/],
      ];
      for (const [route, h1] of checks) {
        const resp = await page.goto(at(route));
        assert.equal(resp.status(), 200, route);
        assert.match(await page.textContent("main h1"), h1, route);
      }
      await page.goto(at("/timeline/"));
      const text = await page.textContent("main");
      for (const e of EVENTS.filter((e) => !e.after_resolution)) assert.ok(text.includes(e.title), `timeline HTML has “${e.title}”`);
      await page.goto(at("/map/"));
      assert.ok((await page.$$("svg.world path")).length > 200, "the map's outlines are in the HTML");
      assert.equal((await page.$$(".map-table tbody tr")).length, MISSIONS.length, "the deployments table is in the HTML");
      assert.equal(await page.isChecked("input[name='map-mode'][value='all']"), true, "form state kept");
      // a link works without the app
      await page.click('nav[aria-label="Main"] >> text=Sources');
      await page.waitForURL(/\/sources\/?$/);
      assert.match(await page.textContent("main h1"), /Sources/);
      assert.ok(await page.$("#src-natural-earth"), "bibliography anchors are in the HTML");
      // unknown paths get the not-found page
      const nf = await page.goto(at("/no-such-page"));
      assert.equal(nf.status(), 404);
      assert.equal(await page.textContent("main h1"), "Page not found");
    } finally { await srv.close(); }
  });
}

test("the app takes over the prerendered page (a text page's keeps it) with no layout shift and the same content", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    for (const route of ["/", "/timeline/", "/map/", "/alignment/", "/sources/", "/about/", "/embed/timeline/", "/embed/map/", "/embed/alignment/"]) {
      const page = await openPage(browser);
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
          .observe({ type: "layout-shift", buffered: true });
      });
      const resp = await page.goto(`${srv.origin}${route}`);
      const before = (await resp.text()).match(/<h1[^>]*>([^<]*)</)[1];
      await ready(page);
      await page.waitForTimeout(500);
      assert.equal(await page.textContent("main h1"), before, `${route}: same heading before and after`);
      const cls = await page.evaluate(() => window.__cls);
      assert.ok(cls < 0.01, `${route}: CLS ${cls}`);
      if (["/", "/sources/", "/about/"].includes(route)) {
        // a text page's app keeps the prerendered page and adds the citations' popover
        assert.ok(await page.$("body[data-prerendered]"), `${route}: the text page's app keeps the prerendered body`);
        assert.equal(await page.locator("#cite-pop").count(), 1, `${route}: one popover`);
      } else {
        assert.equal(await page.$("body[data-prerendered]"), null, "the app replaced the prerendered body");
      }
      assert.deepEqual(problems(page), []);
    }
  } finally { await srv.close(); }
});

test("on a phone the map looks the same before and after the app takes over", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    for (const route of ["/map/", "/embed/map/"]) {
      const page = await openPage(browser, { viewport: { width: 412, height: 900 }, reducedMotion: "reduce" });
      await page.goto(`${srv.origin}${route}`);
      // the phone copy of the markers is a picture only
      const copy = await page.$eval(".markers-narrow", (m) => ({ inert: m.inert, hidden: m.getAttribute("aria-hidden"), ids: m.querySelectorAll("[id]").length, shown: getComputedStyle(m).display }));
      assert.deepEqual(copy, { inert: true, hidden: "true", ids: 0, shown: "block" }, route);
      const before = await (await page.$(".map-frame")).screenshot();
      await page.mouse.move(1, 1);
      await ready(page);
      await page.waitForTimeout(300);
      assert.equal(await page.$(".markers-narrow"), null, "the app draws one set of markers");
      const after = await (await page.$(".map-frame")).screenshot();
      const diff = await pixelDiff(browser, before, after);
      assert.ok(diff < 0.005, `${route}: ${(diff * 100).toFixed(2)}% of the map's pixels changed when the app took over`);
      assert.deepEqual(problems(page), []);
    }
  } finally { await srv.close(); }
});
