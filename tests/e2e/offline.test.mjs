// Offline use (issue 16) in a real browser: after one visit the site opens
// with no connection (the server stopped and the browser offline): the page,
// another route and its interactive view; the service worker keeps exactly
// the files of the build (scripts/lib/sw.mjs), a new build replaces the old
// cache after the reader chooses Reload in the notice, the sub-path site
// works in its own scope, and the opt-out on /about removes the worker and
// its cache. Every other test blocks the worker (scripts/lib/browser.mjs).
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SITES, serve, launch, openPage, ready, closePages } from "./lib.mjs";
import { writeOffline } from "../../scripts/lib/sw.mjs";

const ALLOW = { serviceWorkers: "allow" };
let browser;
const servers = [];
before(async () => { browser = await launch(); });
afterEach(async () => { await closePages(); await Promise.all(servers.splice(0).map((s) => s.close())); });
after(async () => { await browser?.close(); });

async function start(dir) {
  const srv = await serve(dir);
  servers.push(srv);
  return srv;
}

/** The worker's kept files, as sw.js of the build lists them. */
const keptList = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "sw.js"), "utf8").match(/^const FILES = (.*);$/m)[1]);
const buildOf = (dir) => fs.readFileSync(path.join(dir, "sw.js"), "utf8").match(/^const CACHE = PREFIX \+ "([0-9a-f]+)";$/m)[1];

/** Waits until the page's worker is active (it has kept every file by then). */
const workerReady = (page) => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
const cacheNames = (page) => page.evaluate(() => caches.keys());
const cachedUrls = (page, name) => page.evaluate((n) => caches.open(n).then((c) => c.keys()).then((ks) => ks.map((k) => { const u = new URL(k.url); return u.pathname + u.search; })), name);

for (const site of SITES) {
  // the site's own files (dist-sub/SUB/ for the sub-path site)
  const files = path.join(site.dir, site.base);
  const exists = fs.existsSync(path.join(files, "sw.js"));
  test(`${site.name}: after one visit the site opens offline, another route too, and its view works`, { skip: !exists && `${site.dir} not built` }, async () => {
    const dir = files;
    const srv = await start(site.dir);
    const page = await openPage(browser, ALLOW);
    await page.goto(`${srv.origin}${site.base}/`);
    // the manifest and the worker's scope are the site's base
    const manifest = await page.evaluate(() => fetch(document.querySelector("link[rel=manifest]").href).then((r) => r.json()));
    assert.equal(manifest.scope, `${site.base}/`);
    assert.equal(manifest.start_url, `${site.base}/`);
    assert.equal(await workerReady(page), `${srv.origin}${site.base}/`);
    // one cache for this build, holding exactly the build's kept files
    const id = buildOf(dir);
    const names = (await cacheNames(page)).filter((n) => n.startsWith("pp-offline"));
    assert.deepEqual(names, [`pp-offline${site.base}-${id}`]);
    const kept = keptList(dir);
    assert.deepEqual((await cachedUrls(page, names[0])).sort(), [...kept].sort());
    // ... which are every page, every app and the data files as the pages name them
    for (const f of fs.readdirSync(dir).filter((f) => /^app-[a-z]+-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f))) {
      assert.ok(kept.includes(`${site.base}/${f}`), `${f} is kept`);
    }
    for (const route of ["", "timeline", "map", "alignment", "sources", "about", "teach", "glossary", "corrections"]) {
      const file = path.join(dir, route, "index.html");
      assert.ok(kept.includes(`${site.base}/${route ? route + "/" : ""}index.html`), `/${route} is kept`);
      const data = fs.readFileSync(file, "utf8").match(/data-app-data="([^"]+)"/)?.[1];
      if (data) assert.ok(kept.includes(data), `/${route}'s data ${data} is kept`);
    }
    assert.ok(kept.includes(`${site.base}/404.html`));
    assert.ok(kept.some((u) => u.startsWith(`${site.base}/fonts/`)), "the fonts are kept");

    // no connection at all: the server is gone and the browser is offline
    await srv.close();
    await page.context().setOffline(true);
    await page.reload();
    assert.match(await page.innerText("main h1"), /\S/);
    await page.goto(`${srv.origin}${site.base}/timeline`);
    await ready(page);
    const before = await page.innerText("#tl-status");
    await page.fill("#tl-q", "Nations");
    await page.waitForFunction((b) => document.querySelector("#tl-status").textContent !== b, before);
    assert.match(await page.innerText("#tl-status"), /^\d+ of \d+ events shown, matching “Nations”/);
    assert.ok(await page.$$eval(".tl-item mark", (ms) => ms.length) > 0, "matches are highlighted");
    // every view opens, with its heading
    for (const route of ["/", "/map", "/alignment", "/sources", "/about", "/teach", "/glossary", "/corrections"]) {
      await page.goto(`${srv.origin}${site.base}${route}`);
      assert.match(await page.innerText("main h1"), /\S/, `${route} offline`);
    }
    // a deep link with state, and the interactive map: a marker opens its card
    await page.goto(`${srv.origin}${site.base}/map?year=1993`);
    await ready(page);
    await page.waitForFunction(() => document.querySelector("#map-summary")?.textContent.startsWith("In 1993"));
    await page.click("#mk-unosom");
    await page.waitForSelector(".map-card[data-mission='unosom']");
    assert.match(await page.innerText(".map-card"), /Somalia/);
    assert.equal(new URL(page.url()).searchParams.get("mission"), "unosom", "the state follows the reader");
    // an address the site does not have: the kept 404 page
    await page.goto(`${srv.origin}${site.base}/no-such-page`);
    assert.match(await page.innerText("main"), /not found|no page/i);
  });
}

for (const site of SITES) {
  test(`${site.name}: the browser finds the site installable: a manifest with its name, start, minimal controls and PNG icons of the sizes it names`, { skip: !fs.existsSync(path.join(site.dir, site.base, "sw.js")) && `${site.dir} not built` }, async () => {
    const srv = await start(site.dir);
    const page = await openPage(browser, ALLOW);
    await page.goto(`${srv.origin}${site.base}/map`);
    await workerReady(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // the test browser's private profile is the only reason it would not offer to install
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito"), []);
    const parsed = await cdp.send("Page.getAppManifest");
    assert.deepEqual(parsed.errors, [], "the browser reads the manifest without an error");
    // each PNG icon is an image of the size the manifest gives it, and the page names one for iOS
    const sizes = await page.evaluate(async () => {
      const m = await fetch(document.querySelector("link[rel=manifest]").href).then((r) => r.json());
      const out = [];
      for (const i of m.icons.filter((i) => i.type === "image/png")) {
        const b = await createImageBitmap(await fetch(i.src).then((r) => r.blob()));
        out.push([i.sizes, `${b.width}x${b.height}`]);
      }
      return { out, touch: document.querySelector("link[rel=apple-touch-icon]")?.getAttribute("href") };
    });
    assert.deepEqual(sizes.out.map(([d]) => d), ["192x192", "512x512"]);
    for (const [declared, drawn] of sizes.out) assert.equal(drawn, declared);
    assert.equal(sizes.touch, `${site.base}/icon-192.png`);
  });
}

test("a new build replaces the cache once the reader chooses Reload in the notice", { skip: !fs.existsSync(path.join(SITES[0].dir, "sw.js")) && "dist not built" }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-offline-"));
  fs.cpSync(SITES[0].dir, dir, { recursive: true });
  try {
    const srv = await start(dir);
    const page = await openPage(browser, ALLOW);
    await page.goto(`${srv.origin}/`);
    await workerReady(page);
    const first = buildOf(dir);
    assert.deepEqual((await cacheNames(page)).filter((n) => n.startsWith("pp-offline")), [`pp-offline-${first}`]);
    // no notice while nothing new is waiting
    await page.reload();
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    assert.equal(await page.$(".update-notice"), null);
    // the site is published again with a changed page: a new build id
    const about = path.join(dir, "about", "index.html");
    fs.writeFileSync(about, fs.readFileSync(about, "utf8").replace("</body>", "<!-- v2 -->\n</body>"));
    const second = writeOffline(dir, "").id;
    assert.notEqual(second, first);
    await page.reload();
    const button = page.locator(".update-notice[role=status] button:has-text('Reload')");
    await button.waitFor({ timeout: 30000 });
    assert.match(await page.innerText(".update-notice"), /new version/i);
    // the old cache stays until the reader chooses
    assert.ok((await cacheNames(page)).includes(`pp-offline-${first}`));
    await Promise.all([page.waitForEvent("load"), button.click()]);
    await page.waitForFunction((id) => caches.keys().then((ks) => ks.filter((k) => k.startsWith("pp-offline")).join() === `pp-offline-${id}`), second, { timeout: 20000 });
    assert.equal(await page.$(".update-notice"), null, "no notice after the reload");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the opt-out on /about unregisters the worker and clears its cache, and is remembered", { skip: !fs.existsSync(path.join(SITES[0].dir, "sw.js")) && "dist not built" }, async () => {
  const srv = await start(SITES[0].dir);
  const page = await openPage(browser, ALLOW);
  await page.goto(`${srv.origin}/about`);
  await workerReady(page);
  await ready(page);
  const box = page.locator("#offline-keep");
  assert.ok(await box.isVisible(), "the control is shown");
  assert.equal(await page.innerText("label.offline-keep"), "Keep this site for offline use");
  assert.ok(await box.isChecked());
  await page.waitForFunction(() => /Kept/.test(document.querySelector("#offline-status").textContent));
  await box.uncheck();
  await page.waitForFunction(() => /Removed/.test(document.querySelector("#offline-status").textContent));
  assert.deepEqual(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  assert.deepEqual((await cacheNames(page)).filter((n) => n.startsWith("pp-offline")), []);
  // remembered: the next page load registers nothing
  await page.reload();
  await page.waitForLoadState("load");
  await ready(page);
  assert.equal(await page.locator("#offline-keep").isChecked(), false);
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  // and on again
  await page.locator("#offline-keep").check();
  await page.waitForFunction(() => /Kept/.test(document.querySelector("#offline-status").textContent), null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 1);
});
