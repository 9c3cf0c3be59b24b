// The link check, shared by links.test.mjs (the English edition) and
// links-ur.test.mjs (the Urdu edition, /ur/...): each runs in its own file,
// with its own time budget. In a real browser (the pages are rendered by the
// app, so links exist only after it runs): every internal link and anchor on
// every route, on every timeline event's detail and on every mission card
// resolves; every external URL (all sources and every external link shown)
// is well-formed. External URLs cannot be fetched here: they are listed in
// tests/e2e/.artifacts/external-links*.txt for a check elsewhere.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, openPage, ready, problems } from "./lib.mjs";

const load = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key];
const EVENTS = load("events.json", "events");
const MISSIONS = load("missions.json", "missions");
const SOURCES = load("sources.json", "sources");
// the not-found page's heading in either language (src/i18n/{en,ur}.rs)
const NOT_FOUND = /Page not found|صفحہ نہیں ملا/;
const ROUTES = ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/teach", "/glossary", "/corrections"];

/** A well-formed external URL: http(s), a dotted host, no spaces or quotes. */
function wellFormed(u) {
  try {
    const url = new URL(u);
    return /^https?:$/.test(url.protocol) && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) && !/[\s"<>]/.test(u);
  } catch { return false; }
}

/**
 * Checks every link of one edition of the sub-path site served by `srv`:
 * `lang` is "" for English or "/ur" for Urdu. On Urdu pages every internal
 * link stays in the Urdu edition, except the language switch and data files.
 */
export async function checkLinks(browser, srv, lang = "") {
  const site = `${srv.origin}${SITES[1].base}`;
  const base = `${site}${lang}`;
  const page = await openPage(browser);
  const links = new Map(); // href -> where it was seen
  const leaves = []; // on an Urdu page, internal links out of the Urdu edition
  const collect = async (where) => {
    const found = await page.$$eval("a[href]", (as) => as.map((a) => ({ href: a.href, other: a.classList.contains("lang-switch") || a.getAttribute("href").startsWith("#") })));
    // (a link within the page, like the skip link, resolves against <base href>; the page handles it)
    for (const { href, other } of found) {
      if (!links.has(href)) links.set(href, where);
      if (lang && !other && href.startsWith(site) && !href.startsWith(`${base}/`) && href !== base && !href.startsWith(`${site}/data/`)) {
        leaves.push(`${where}: ${href}`);
      }
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
    await go(`${SITES[1].base}${lang}/timeline/?event=${e.id}`);
    await page.waitForSelector("#tl-detail");
    await collect(`event ${e.id}`);
  }
  for (const m of MISSIONS) {
    await go(`${SITES[1].base}${lang}/map/?mission=${m.id}`);
    await page.waitForSelector(`.map-card[data-mission='${m.id}']`);
    await collect(`mission ${m.id}`);
  }
  assert.deepEqual(problems(page), []);
  assert.deepEqual(leaves, [], "links on Urdu pages stay in the Urdu edition");

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
    if (await check.$("main h1") && NOT_FOUND.test(await check.textContent("main h1"))) broken.push(`${target}: not-found page`);
    for (const id of ids) {
      anchors++;
      if (!(await check.$(`[id="${id.replace(/"/g, '\\"')}"]`))) broken.push(`${target}#${id}: no such anchor`);
    }
  }
  assert.deepEqual(broken, [], broken.join("\n"));
  assert.ok(internal.every((h) => h.startsWith(site)), "internal links stay under the sub-path");

  // external: well-formed, listed in a report
  const external = new Set([...links.keys()].filter((h) => !h.startsWith(srv.origin)));
  for (const s of SOURCES) if (s.url) external.add(s.url);
  const bad = [...external].filter((u) => !wellFormed(u));
  assert.deepEqual(bad, [], "malformed external URLs");
  const dir = path.join(ROOT, "tests/e2e/.artifacts");
  fs.mkdirSync(dir, { recursive: true });
  const report = `external-links${lang ? "-ur" : ""}.txt`;
  fs.writeFileSync(path.join(dir, report), [...external].sort().join("\n") + "\n");
  console.log(`# links${lang ? " (Urdu)" : ""}: ${internal.length} internal links to ${byPage.size - files} pages with ${anchors} anchors and ${files} data files, all resolve; ${external.size} external URLs well-formed (listed in tests/e2e/.artifacts/${report})`);
}
