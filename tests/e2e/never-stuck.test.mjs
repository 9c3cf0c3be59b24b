// Never stuck: when a page's app cannot be downloaded (the request fails, no
// answer comes, or the answer stops half way), whatever the reader's first act
// was (a tap on one of the view's controls, a key, a click on text), within a
// few seconds they are told the interactive parts could not start, the page
// stays readable, the held act is released (nothing waits for the app any
// more), and their next interaction tries again and works.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { SITES, serve, launch, openPage, closePages } from "./lib.mjs";

/** Within this long of the first act the reader is told: boot.js gives up on a
 *  download after 5 s without progress (checked every 0.5 s); the rest is room
 *  for a busy test machine running three heavy pages at once (the map's took
 *  8.1-8.2 s under load). "Forever", the fault this guards against, still fails. */
const TOLD_WITHIN_MS = 10000;
const WASM = /_bg\.wasm$/;

let browser, srv;
let stalling = false; // the server's answers for the app's wasm stop half way
before(async () => {
  browser = await launch();
  srv = await serve(SITES[0].dir, { stall: (p) => stalling && WASM.test(p) });
});
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

/** Each view: its first acts, and what shows the app applied the act the
 *  reader repeats once the download works. Text pages have one control of
 *  the app (the theme) and a scrollable table (keys on it wait for the app). */
const checkbox = (sel, label) => ({
  tap: (page) => page.tap(label),
  key: async (page) => { await page.focus(sel); await page.keyboard.press("Space"); },
  applied: (page) => page.waitForFunction((s) => !document.querySelector(s).checked, sel),
});
const radio = (sel) => ({
  tap: (page) => page.tap(sel),
  key: async (page) => { await page.focus(sel); await page.keyboard.press("Space"); },
  applied: (page) => page.waitForFunction((s) => document.querySelector(s).checked, sel),
});
const text = {
  tap: (page, n) => page.selectOption("#theme-select", n ? "light" : "dark"),
  key: async (page) => { await page.focus("main .table-wrap"); await page.keyboard.press("ArrowRight"); },
  applied: (page, act, n) => act === "tap"
    ? page.waitForFunction((t) => document.documentElement.dataset.theme === t, n ? "light" : "dark")
    : page.waitForSelector("html[data-app='ready']"),
  // the theme menu needs no app (assets/page.js): the first choice is applied
  // and kept although the app cannot start
  without: async (page, where) => {
    assert.equal(await page.getAttribute("html", "data-theme"), "dark", `${where}: the theme applies without the app`);
    assert.equal(await page.evaluate(() => localStorage.getItem("theme")), "dark", `${where}: the theme is kept`);
  },
};
const VIEWS = [
  { path: "/timeline/", ...checkbox(".tl-chip[data-cat='war'] input", ".tl-chip[data-cat='war']") },
  { path: "/map/", ...radio("input[name=map-mode][value=year]") },
  { path: "/alignment/", ...radio("input[name=gaza-option][value=stay-out]") },
  { path: "/", ...text },
  { path: "/sources/", ...text },
];

/** The ways the app's download goes wrong, and how each is put right. */
const FAILURES = {
  "the download fails": {
    on: (page) => page.route(WASM, (r) => r.abort()),
    off: (page) => page.unroute(WASM),
  },
  "no answer comes": {
    on: (page) => page.route(WASM, () => { /* never answered */ }),
    off: (page) => page.unroute(WASM),
  },
  "the answer stops half way": {
    on: () => { stalling = true; },
    off: () => { stalling = false; },
  },
};

async function firstAct(view, act, failure) {
  const page = await openPage(browser, { hasTouch: true });
  await FAILURES[failure].on(page);
  await page.goto(`${srv.origin}${view.path}`);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  const started = Date.now();
  if (act === "text") await page.click("main .lede");
  else await view[act](page, 0);
  const alert = await page.waitForSelector("#app-starting[role=alert]", { timeout: TOLD_WITHIN_MS + 2000 });
  const ms = Date.now() - started;
  return { page, alert, ms };
}

for (const [failure, { off }] of Object.entries(FAILURES)) {
  test(`${failure}: every first act on every view is told within seconds, released, and the next interaction works`, async () => {
    for (const view of VIEWS) {
      const acts = ["tap", "key", "text"];
      const runs = await Promise.all(acts.map((act) => firstAct(view, act, failure)));
      for (const [i, { page, alert, ms }] of runs.entries()) {
        const where = `${view.path}, ${acts[i]}`;
        assert.ok(ms <= TOLD_WITHIN_MS, `${where}: told after ${ms} ms`);
        assert.match(await alert.textContent(), /interactive parts could not start .*Everything on this page can still be read/, where);
        // the page stays readable, and nothing waits for the app any more
        assert.ok(await page.$("body[data-prerendered] main h1"), `${where}: the prerendered page is still there`);
        assert.equal(await page.getAttribute("html", "data-app"), null, `${where}: the held act is released`);
        assert.equal(await page.$("text=Starting the interactive view"), null, where);
        if (acts[i] === "tap" && view.without) await view.without(page, where);
      }
      // the download works again: the reader's next interaction starts the app and is applied
      for (const { page } of runs) await off(page);
      await Promise.all(runs.map(async ({ page }, i) => {
        const act = acts[i];
        if (act === "text") await page.click("main .lede");
        else await view[act](page, 1);
        await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
        if (act !== "text") await view.applied(page, act, 1);
        assert.equal(await page.$("#app-starting"), null, `${view.path}, ${act}: the message is gone once the app runs`);
      }));
      await closePages();
    }
  });
}
