// Link check on the built site, in a real browser (the pages are rendered by the
// app, so links exist only after it runs): every internal link and anchor on
// every route, on every timeline event's detail and on every mission card
// resolves; every external URL (all sources and every external link shown) is
// well-formed. External URLs cannot be fetched here: they are listed in
// tests/e2e/.artifacts/external-links.txt for a check elsewhere.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, closePages } from "./lib.mjs";

const load = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key];
const EVENTS = load("events.json", "events");
const MISSIONS = load("missions.json", "missions");
const SOURCES = load("sources.json", "sources");
const ROUTES = ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/teach"];

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[1].dir, { cacheApps: true }); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

/** A well-formed external URL: http(s), a dotted host, no spaces or quotes. */
function wellFormed(u) {
  try {
    const url = new URL(u);
    return /^https?:$/.test(url.protocol) && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) && !/[\s"<>]/.test(u);
  } catch { return false; }
}

test("every internal link and anchor resolves; every external URL is well-formed (under a sub-path)", async () => {
  const base = `${srv.origin}${SITES[1].base}`;
  const page = await openPage(browser);
  const links = new Map(); // href -> where it was seen
  const collect = async (where) => {
    for (const href of await page.$$eval("a[href]", (as) => as.map((a) => a.href))) {
      if (!links.has(href)) links.set(href, where);
    }
  };
  const go = async (url) => {
    // a page load (each view is its own page and app): a URL with state starts the app at once
    await page.goto(`${srv.origin}${url}`);
    await page.waitForSelector("html[data-app='ready'] main h1");
  };
  for (const route of ROUTES) {
    await page.goto(`${base}${route === "/" ? "/" : route + "/"}`);
    await ready(page);
    await collect(route);
  }
  for (const e of EVENTS) {
    await go(`${SITES[1].base}/timeline/?event=${e.id}`);
    await page.waitForSelector("#tl-detail");
    await collect(`event ${e.id}`);
  }
  for (const m of MISSIONS) {
    await go(`${SITES[1].base}/map/?mission=${m.id}`);
    await page.waitForSelector(`.map-card[data-mission='${m.id}']`);
    await collect(`mission ${m.id}`);
  }
  assert.deepEqual(problems(page), []);

  // internal: the page answers 200 and the anchor exists on it
  const internal = [...links.keys()].filter((h) => h.startsWith(srv.origin));
  const byPage = new Map();
  for (const h of internal) {
    const u = new URL(h);
    const key = u.pathname + u.search;
    if (!byPage.has(key)) byPage.set(key, new Set());
    if (u.hash) byPage.get(key).add(decodeURIComponent(u.hash.slice(1)));
  }
  const broken = [];
  let anchors = 0;
  const check = await openPage(browser);
  let files = 0;
  for (const [target, ids] of byPage) {
    if (/\.(csv|json|txt|js)(\?|$)/.test(target)) {
      // a download, not a page: it must exist
      files++;
      const r = await fetch(`${srv.origin}${target}`);
      if (r.status !== 200) broken.push(`${target}: HTTP ${r.status}`);
      continue;
    }
    const resp = await check.goto(`${srv.origin}${target}`);
    if (resp.status() !== 200) { broken.push(`${target}: HTTP ${resp.status()} (from ${links.get(srv.origin + target) || "?"})`); continue; }
    await ready(check);
    if (await check.$("main h1") && /Page not found/.test(await check.textContent("main h1"))) broken.push(`${target}: not-found page`);
    for (const id of ids) {
      anchors++;
      if (!(await check.$(`[id="${id.replace(/"/g, '\\"')}"]`))) broken.push(`${target}#${id}: no such anchor`);
    }
  }
  assert.deepEqual(broken, [], broken.join("\n"));
  assert.ok(internal.every((h) => h.startsWith(base)), "internal links stay under the sub-path");

  // external: well-formed, listed in a report
  const external = new Set([...links.keys()].filter((h) => !h.startsWith(srv.origin)));
  for (const s of SOURCES) if (s.url) external.add(s.url);
  const bad = [...external].filter((u) => !wellFormed(u));
  assert.deepEqual(bad, [], "malformed external URLs");
  const dir = path.join(ROOT, "tests/e2e/.artifacts");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "external-links.txt"), [...external].sort().join("\n") + "\n");
  console.log(`# links: ${internal.length} internal links to ${byPage.size - files} pages with ${anchors} anchors and ${files} data files, all resolve; ${external.size} external URLs well-formed (listed in tests/e2e/.artifacts/external-links.txt)`);
});
