// The site shell in a real browser, built output served over HTTP: every route
// under the site root and under a GitHub Pages project path, navigation,
// deep-link reloads, the not-found page, the theme switch, and 320 px layout.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const ROUTES = [
  ["/", /Pakistan voted for the Gaza force\. Will it send troops\?/],
  ["/timeline", /Timeline/],
  ["/map", /Map|deployments/i],
  ["/alignment", /bridge state/i],
  ["/sources", /Sources and data/],
  ["/about", /About this explainer/],
  ["/teach", /Teaching with this explainer/],
  ["/glossary", /Glossary/],
  ["/corrections", /Corrections/],
];

let browser;
before(async () => { browser = await launch(); });
afterEach(closePages);
after(async () => { await browser?.close(); });

for (const site of SITES) {
  test(`${site.name}: every route renders its heading with HTTP 200 and no console error`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser);
      for (const [route, heading] of ROUTES) {
        const url = `${srv.origin}${site.base}${route === "/" ? "/" : route + "/"}`;
        const resp = await page.goto(url);
        assert.equal(resp.status(), 200, `${url} answers 200`);
        await ready(page);
        assert.match(await page.textContent("main h1"), heading, `heading on ${url}`);
        assert.match(await page.title(), /Pakistan, peacekeeping and the Gaza force/);
        // the glossary and the corrections log are not in the menu (linked from sources and about)
        const unlisted = ["/glossary", "/corrections"].includes(route);
        const current = await page.$$eval('nav[aria-label="Main"] a[aria-current="page"]', (as) => as.map((a) => a.getAttribute("href")));
        assert.deepEqual(current, unlisted ? [] : [`${site.base}${route}`], `nav marks ${route} as current`);
      }
      assert.deepEqual(problems(page), []);
    } finally { await srv.close(); }
  });

  test(`${site.name}: a nav link loads that view's own prerendered page, and a reload of the deep link survives`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser);
      await page.goto(`${srv.origin}${site.base}/`);
      await ready(page);
      await page.evaluate(() => { window.__sameDocument = true; });
      await page.click('nav[aria-label="Main"] >> text=Timeline');
      // links between views are ordinary page loads: each view has its page and its own app
      await page.waitForURL(new RegExp(`${site.base}/timeline/?$`));
      assert.match(await page.textContent("main h1"), /Timeline/);
      assert.equal(await page.evaluate(() => window.__sameDocument), undefined, "a page load");
      assert.ok(await page.$("body[data-prerendered]"), "the prerendered page comes first");
      // reload the deep link: GitHub Pages redirects a folder without its slash
      const resp = await page.reload();
      assert.ok([200, 301].includes(resp.status()));
      await ready(page);
      assert.match(await page.textContent("main h1"), /Timeline/);
      // on to the sources and back with the browser's back button
      await page.click('nav[aria-label="Main"] >> text=Sources');
      await page.waitForURL(/\/sources\/?$/);
      await page.goBack();
      await page.waitForURL(/\/timeline\/?$/);
      assert.match(await page.textContent("main h1"), /Timeline/);
      assert.deepEqual(problems(page), []);
    } finally { await srv.close(); }
  });

  test(`${site.name}: an unknown path shows the not-found page with links home`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser);
      const resp = await page.goto(`${srv.origin}${site.base}/no-such-page`);
      assert.equal(resp.status(), 404);
      await ready(page);
      assert.equal(await page.textContent("main h1"), "Page not found");
      const links = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")));
      assert.ok(links.includes(`${site.base}/timeline`), `not-found page links to the timeline: ${links}`);
      assert.deepEqual(problems(page), []);
    } finally { await srv.close(); }
  });
}

test("theme: follows the system, can be switched, and is remembered after reload", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { colorScheme: "dark" });
    await page.goto(`${srv.origin}/about`);
    await ready(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    assert.equal(darkBg, "rgb(18, 21, 20)", "system dark theme applies");
    await page.selectOption("#theme-select", "light");
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    assert.equal(await bg(), "rgb(251, 250, 247)");
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute("html", "data-theme"), "light", "choice remembered");
    assert.equal(await page.inputValue("#theme-select"), "light");
    await page.selectOption("#theme-select", "system");
    assert.equal(await page.getAttribute("html", "data-theme"), null);
    assert.equal(await bg(), darkBg);
  } finally { await srv.close(); }
});

test("theme: the menu works before the app has started, and with no app at all", async () => {
  const srv = await serve(SITES[1].dir);
  try {
    const page = await openPage(browser, { colorScheme: "light" });
    await page.route(/_bg\.wasm$/, (r) => r.abort());
    await page.goto(`${srv.origin}${SITES[1].base}/sources/`);
    await page.waitForLoadState("load");
    assert.equal(await page.getAttribute("html", "data-app"), null, "no app");
    assert.equal(await page.inputValue("#theme-select"), "system");
    await page.selectOption("#theme-select", "dark");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark", "applied at once");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(18, 21, 20)");
    // the next page shows the stored choice in its menu before any app runs
    await page.goto(`${srv.origin}${SITES[1].base}/about/`);
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark", "remembered");
    assert.equal(await page.inputValue("#theme-select"), "dark", "the menu shows the stored choice");
    await page.selectOption("#theme-select", "system");
    assert.equal(await page.getAttribute("html", "data-theme"), null);
    assert.equal(await page.evaluate(() => localStorage.getItem("theme")), null, "system: nothing stored");
    assert.equal(await page.getAttribute("html", "data-app"), null, "still no app");
  } finally { await srv.close(); }
});

test("first paint: a stored theme (or an embed's ?theme=) is drawn from the first paint, and a slow page script holds nothing back", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    for (const route of ["/", "/timeline/", "/sources/", "/ur/map/", "/embed/map/?theme=dark"]) {
      const page = await openPage(browser, { colorScheme: "light" });
      if (!route.includes("/embed/")) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      // assets/page.js (every page's script) answers only after 5 s
      await page.route(/\/page-[0-9a-f]{16}\.js$/, async (r) => { await new Promise((done) => setTimeout(done, 5000)); await r.continue(); });
      await page.goto(`${srv.origin}${route}`, { waitUntil: "commit" });
      const fcp = await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime, null, { timeout: 10000, polling: 20 }).then((h) => h.jsonValue());
      const seen = await page.evaluate(() => ({
        theme: document.documentElement.getAttribute("data-theme"),
        bg: getComputedStyle(document.body).backgroundColor,
        embed: document.documentElement.classList.contains("is-embed"),
        script: performance.getEntriesByType("resource").some((r) => /\/page-[0-9a-f]{16}\.js$/.test(r.name)),
      }));
      assert.ok(fcp < 4000 && !seen.script, `${route}: painted at ${Math.round(fcp)} ms, before page.js arrived`);
      assert.equal(seen.theme, "dark", `${route}: the theme is applied before page.js runs`);
      assert.equal(seen.bg, "rgb(18, 21, 20)", `${route}: drawn dark`);
      assert.equal(seen.embed, route.includes("/embed/"), `${route}: an embed is drawn as one`);
      await page.context().close();
    }
  } finally { await srv.close(); }
});

test("keyboard: the skip link moves focus to the main content", async () => {
  const srv = await serve(SITES[1].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}${SITES[1].base}/timeline`);
    await ready(page);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(outline, "solid", "focus is visible");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "main");
    assert.match(page.url(), /\/timeline\/?$/, "the URL did not change");
  } finally { await srv.close(); }
});

test("320 px wide: no route scrolls sideways", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
    for (const [route] of ROUTES) {
      await page.goto(`${srv.origin}${route}`);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route} overflows by ${overflow}px at 320px`);
    }
  } finally { await srv.close(); }
});

test("accessibility: axe finds no WCAG A/AA violation on any route, in light and dark themes", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    for (const colorScheme of ["light", "dark"]) {
      const page = await openPage(browser, { colorScheme });
      for (const [route] of ROUTES) {
        await page.goto(`${srv.origin}${route}`);
        await ready(page);
        assert.deepEqual(await axeViolations(page), [], `${route} (${colorScheme})`);
      }
      await page.goto(`${srv.origin}/no-such-page`);
      await ready(page);
      assert.deepEqual(await axeViolations(page), [], `not-found page (${colorScheme})`);
      await page.context().close();
    }
  } finally { await srv.close(); }
});
