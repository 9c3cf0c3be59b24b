// The app's WebAssembly is not part of a prerendered page's first view
// (assets/boot.js): each page's app (its view's wasm, glue and data) is
// fetched and compiled at idle after the page has loaded, unless the reader's
// browser asks to save data (then nothing of it before they interact); it
// starts on the reader's first interaction, and what they did meanwhile is
// not lost.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { SITES, serve, launch, openPage, ready, problems, closePages, axeViolations } from "./lib.mjs";

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

/** The app's files: its wasm, its JS glue, its data file. */
const APP_FILE = /\.wasm$|\/app-[a-z-]+-[0-9a-f]+\.js$|\/data\/app\/[^/]+\.bin(\?|$)/;

/** A page that records the app's downloads and can hold the wasm back for
 *  `delay` ms; with `saveData`, its browser asks to save data (the Save-Data
 *  header and navigator.connection.saveData). */
async function open(delay = 0, { saveData = false } = {}) {
  const page = await openPage(browser, saveData ? { extraHTTPHeaders: { "Save-Data": "on" } } : {});
  if (saveData) await (await page.context().newCDPSession(page)).send("Emulation.setDataSaverOverride", { dataSaverEnabled: true });
  page.appRequests = [];
  page.on("request", (r) => { if (APP_FILE.test(r.url())) page.appRequests.push(r.url()); });
  if (delay) {
    await page.route(/_bg\.wasm$/, async (route) => {
      await new Promise((r) => setTimeout(r, delay));
      await route.continue();
    });
  }
  return page;
}

/** The views whose pages have a keeper (src/views/{timeline,map,alignment}/keeper.rs). */
const KEPT = ["/timeline/", "/map/", "/alignment/"];
/** The app files a page loads: the app's glue, wasm and data, and on a view's
 *  page its keeper's glue and wasm first. */
const files = (route) => (KEPT.includes(route) ? 5 : 3);

test("a reader whose browser asks to save data downloads nothing of the app until they interact; moving the pointer starts it", async () => {
  for (const route of ["/", "/timeline/", "/map/", "/alignment/", "/sources/", "/embed/map/"]) {
    const page = await open(0, { saveData: true });
    await page.goto(`${srv.origin}${route}`);
    assert.equal(await page.evaluate(() => navigator.connection.saveData), true);
    await page.waitForTimeout(2500);
    assert.deepEqual(page.appRequests, [], `${route}: nothing of the app loaded without interaction`);
    assert.equal(await page.getAttribute("html", "data-app"), null, route);
    assert.ok((await page.textContent("main h1")).length > 3, `${route}: the heading is there`);
    await page.mouse.move(30, 30);
    await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
    assert.equal(page.appRequests.length, files(route), `${route}: glue, wasm and data loaded once: ${page.appRequests}`);
    assert.deepEqual(problems(page), [], route);
    await page.close();
  }
});

test("otherwise the page's own app (its view's code and data) is fetched at idle after load, once, and starts only when the reader interacts", async () => {
  const apps = new Set();
  for (const route of ["/", "/timeline/", "/map/", "/alignment/", "/sources/", "/embed/map/"]) {
    const page = await open();
    await page.goto(`${srv.origin}${route}`);
    await page.waitForLoadState("load");
    await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => /_bg\.wasm$/.test(e.name)).length > 0, null, { timeout: 10000 });
    await page.waitForLoadState("networkidle");
    await page.waitForFunction((n) => performance.getEntriesByType("resource").filter((e) => /_bg\.wasm$/.test(e.name)).length >= n, KEPT.includes(route) ? 2 : 1, { timeout: 10000 });
    await page.waitForLoadState("networkidle");
    assert.equal(page.appRequests.length, files(route), `${route}: glue, wasm and data fetched: ${page.appRequests}`);
    if (KEPT.includes(route)) {
      assert.match(page.appRequests[0], new RegExp(`/app-${route.split("/")[1]}-keep-`), "the keeper first");
      assert.equal(await page.getAttribute("html", "data-keeper"), "ready", "the keeper runs at idle");
    }
    assert.equal(await page.getAttribute("html", "data-app"), null, `${route}: not started`);
    assert.ok(await page.$("body[data-prerendered]"), `${route}: the prerendered page is untouched`);
    const wasm = page.appRequests.find((u) => /\.wasm$/.test(u) && !/-keep-/.test(u)).replace(/^.*\//, "");
    apps.add(`${route.split("/")[1] === "embed" ? route.split("/")[2] : route.split("/")[1] || "/"} ${wasm}`);
    await page.mouse.move(30, 30);
    await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
    assert.equal(page.appRequests.length, files(route), `${route}: nothing downloaded twice: ${page.appRequests}`);
    assert.deepEqual(problems(page), [], route);
    await page.close();
  }
  // one app per view: the text pages share a small one (it keeps their page), the map page and its embed another
  const byView = Object.fromEntries([...apps].map((a) => a.split(" ")));
  assert.match(byView["/"], /^app-cite-/);
  assert.equal(byView.sources, byView["/"]);
  assert.match(byView.timeline, /^app-timeline-/);
  assert.match(byView.map, /^app-map-/);
  assert.match(byView.alignment, /^app-alignment-/);
});

test("a URL with state starts the app at once, without interaction", async () => {
  const page = await open();
  await page.goto(`${srv.origin}/timeline/?event=un-membership`);
  await page.waitForSelector("html[data-app='ready'] #tl-detail-title", { timeout: 20000 });
  assert.match(await page.textContent("#tl-detail-title"), /United Nations/);
  assert.deepEqual(problems(page), []);
});

test("a click on a filter before the app is ready is applied once it is", async () => {
  const page = await open(1500);
  await page.goto(`${srv.origin}/timeline/`);
  const total = +(await page.textContent("#tl-status")).match(/of (\d+)/)[1];
  const war = +(await page.getAttribute(".tl-chip[data-cat='war'] .tl-count", "data-count"));
  assert.ok(war > 0 && total > war);
  await page.click(".tl-chip[data-cat='war']");
  // the app is still loading: the reader is told so, and nothing changed under them
  assert.notEqual(await page.getAttribute("html", "data-app"), "ready");
  await page.waitForSelector("#app-starting", { timeout: 3000 });
  assert.match(await page.textContent("#app-starting"), /Starting the interactive view/);
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  await page.waitForFunction((n) => document.querySelector("#tl-status").textContent.startsWith(`${n} of`), total - war);
  assert.equal(await page.isChecked(".tl-chip[data-cat='war'] input"), false);
  assert.equal(await page.$("#app-starting"), null, "the notice is gone");
  assert.match(page.url(), /cat=/, "the filter is in the URL");
  assert.deepEqual(problems(page), []);
});

test("keyboard only: typing in the search before the app is ready is kept, and so is focus", async () => {
  // held long enough for the tabbing to end before the app (prefetched at idle) is there; the overview
  // strip and its zoom controls now come before the search (about 25 Tabs)
  const page = await open(5000);
  await page.goto(`${srv.origin}/timeline/`);
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === "tl-q")); i++) await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tl-q");
  await page.keyboard.type("Kashmir");
  assert.notEqual(await page.getAttribute("html", "data-app"), "ready", "typed before the app was ready");
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  await page.waitForFunction(() => /^\d+ of \d+/.test(document.querySelector("#tl-status").textContent) &&
    !/^(\d+) of \1 /.test(document.querySelector("#tl-status").textContent));
  assert.equal(await page.inputValue("#tl-q"), "Kashmir");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tl-q", "focus stays in the search box");
  const shown = await page.$$eval(".tl-list .tl-item:not([hidden])", (els) => els.map((e) => e.textContent));
  assert.ok(shown.length > 0 && shown.every((t) => /kashmir/i.test(t)), `only matches shown: ${shown.length}`);
  assert.deepEqual(problems(page), []);
});

test("keyboard only: the first Tab starts the app and focus is not lost when it takes over", async () => {
  const page = await open(800);
  await page.goto(`${srv.origin}/map/`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const before = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.ok(before.length > 0, "something is focused");
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), before);
  assert.equal(await page.$("body[data-prerendered]"), null, "the app took over");
  await ready(page);
});

test("a reader who has scrolled down stays at the same place when the app takes over", async () => {
  for (const route of ["/timeline/", "/sources/", "/map/"]) {
    const page = await open(300);
    await page.setViewportSize({ width: 412, height: 800 });
    await page.goto(`${srv.origin}${route}`);
    await page.evaluate(() => window.scrollTo(0, 2400));
    const y = await page.evaluate(() => window.scrollY);
    const heading = await page.evaluate(() => document.elementFromPoint(200, 400)?.textContent.slice(0, 80));
    assert.ok(y > 1000, `${route}: scrolled (${y})`);
    await page.mouse.move(200, 400);
    await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.scrollY), y, `${route}: same scroll position`);
    assert.equal(await page.evaluate(() => document.elementFromPoint(200, 400)?.textContent.slice(0, 80)), heading, `${route}: same text under the pointer`);
    await page.close();
  }
});

test("before the app starts, the prerendered pages pass axe too (what most readers see first)", async () => {
  for (const width of [1280, 412]) {
    for (const route of ["/", "/timeline/", "/map/", "/alignment/", "/sources/", "/about/", "/embed/map/"]) {
      const page = await open();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${srv.origin}${route}`);
      assert.deepEqual(await axeViolations(page), [], `${route} at ${width} px`);
      assert.equal(await page.getAttribute("html", "data-app"), null, "axe ran on the prerendered page");
      await page.close();
    }
  }
});

test("before the app is ready, clicking text and scrolling with the keyboard work as on any page", async () => {
  const page = await open(2500);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${srv.origin}/sources/`);
  await page.click("main .lede");
  await page.keyboard.press("PageDown");
  await page.waitForTimeout(300);
  assert.notEqual(await page.getAttribute("html", "data-app"), "ready", "still before the app");
  assert.ok(await page.evaluate(() => window.scrollY) > 200, "PageDown scrolled the page");
  assert.equal(await page.$("#app-starting"), null, "no notice: nothing waits for the app");
  await page.keyboard.press("Space");
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(() => window.scrollY) > 700, "Space scrolled further");
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  assert.deepEqual(problems(page), []);
});

test("a text page's app keeps the page: nothing waits for it, and then its citations show their sources", async () => {
  const page = await open(2500);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${srv.origin}/`);
  await page.waitForLoadState("load");
  // a chapter's list of sources opens at once, before the app
  const list = page.locator("details.chapter-sources").first();
  await list.locator("summary").click();
  assert.equal(await list.evaluate((d) => d.open), true, "opened at once");
  assert.notEqual(await page.getAttribute("html", "data-app"), "ready", "still before the app");
  assert.equal(await page.$("#app-starting"), null, "no notice: nothing waits for the app");
  assert.ok(await list.locator("a.source-more").count() > 0, "each entry links to its full entry");
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  assert.equal(await list.evaluate((d) => d.open), true, "still open: the page was kept");
  assert.ok(await page.$("body[data-prerendered]"), "the prerendered body is the page");
  assert.equal(await page.locator("#cite-pop").count(), 1, "one popover");
  const cite = page.locator(".story .prose a.cite").first();
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  await page.waitForSelector("#cite-pop .cite-pop-box", { timeout: 5000 });
  assert.ok((await page.textContent("#cite-pop .cite-pop-box")).length > 10, "the popover names the sources");
  assert.deepEqual(problems(page), []);
});

test("a text page's first view has nothing of its app, not even the loader: boot.js comes after `load`, or at once on an interaction before it", async () => {
  const boot = (page) => page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const e = performance.getEntriesByType("resource").find((r) => /\/boot-[0-9a-f]+\.js$/.test(r.name));
    return e ? { start: e.startTime, load: nav.loadEventStart || Infinity } : null;
  });
  for (const route of ["/", "/sources/", "/about/", "/teach/"]) {
    const page = await open();
    await page.goto(`${srv.origin}${route}`);
    await page.waitForLoadState("load");
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /\/boot-[0-9a-f]+\.js$/.test(r.name)), null, { timeout: 10000 });
    const b = await boot(page);
    assert.ok(b.start >= b.load, `${route}: boot.js was asked for at ${b.start.toFixed(0)} ms, load at ${b.load.toFixed(0)} ms`);
    await page.mouse.move(30, 30);
    await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
    assert.deepEqual(problems(page), [], route);
    await page.close();
  }
  // the page's `load` is held back (an image at its end arrives late): a tap on the theme menu
  // before it starts the loader, and the app, at once
  const page = await openPage(browser, { hasTouch: true });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(`${srv.origin}/`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, body: (await res.text()).replace("</body>", '<img src="/held.png" alt=""></body>') });
  });
  await page.route(/\/held\.png$/, async (route) => { await held; await route.fulfill({ status: 404 }); });
  await page.goto(`${srv.origin}/`, { waitUntil: "domcontentloaded" });
  assert.notEqual(await page.evaluate(() => document.readyState), "complete", "load is held back");
  await page.selectOption("#theme-select", "dark");
  await page.waitForSelector("html[data-app='ready']", { timeout: 20000 });
  assert.notEqual(await page.evaluate(() => document.readyState), "complete", "the app started before load");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark", "the choice applied");
  release();
  await page.waitForLoadState("load");
  assert.equal(await page.evaluate(() => document.querySelectorAll("script[src*='/boot-']").length), 1, "one boot script");
  assert.deepEqual(problems(page), []);
});
