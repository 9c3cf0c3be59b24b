// Hostile URLs, the error panel and the security policy, in a real browser
// against the built site.
//  - A fuzz loop: generated URLs (every route, random, malformed and extreme
//    query values, repeated keys, broken percent-encoding), each opened as a
//    page load (each view is its own page and app, so each URL is parsed from
//    scratch by the app that starts at load). Zero panics (the error panel never
//    appears) and zero uncaught errors. The same generator runs natively over
//    1,500 addresses drawn from scratch (src/app.rs, `cargo test`).
//  - A panic shows a readable error panel with a reload link.
//  - Every page carries a Content-Security-Policy meta tag without
//    'unsafe-inline' scripts, and nothing the site does violates it; no request
//    leaves the site's own origin.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, closePages } from "./lib.mjs";

// each a page load that starts its app (a fresh wasm download and compile): few, to keep
// the suite within its watchdog; the native fuzz (src/app.rs) draws 1,500
const FUZZ_URLS = +(process.env.FUZZ_URLS || 40);
const SEED = +(process.env.FUZZ_SEED || Date.now() % 100000);
const ROUTES = ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/no-such-page"];
const KEYS = ["event", "mission", "year", "w", "option", "q", "cat", "from", "to", "zoom", "era", "simulate", "x", ""];
const ids = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key].map((x) => x.id);
const VALID = [...ids("events.json", "events").slice(0, 20), ...ids("missions.json", "missions"), ...ids("scenarios.json", "scenarios")];
const NASTY = [
  "", "abc", "0", "-1", "1947", "1960", "2025", "2026", "99999", "-99999", "1e309", "NaN", "Infinity", "-0",
  "%", "%%", "%zz", "%E2%80", "%00", "%FF%FE", "%C0%AF", "%2F..%2F", "+", "++", "&", "=", "==",
  "1,2,3", ",,,", "0,0,0", "-5,NaN,1e400", "10,10,10", "9999999999,1,1", "1;2;3", "a,b,c",
  "war,gaza-2025", "war,,war", "WAR", "null", "undefined", "[]", "{}", "true",
  "<script>window.__pwned=1</script>", "\"><img src=x onerror=window.__pwned=1>", "javascript:window.__pwned=1",
  "ملک", "पाकिस्तान", "😀", "\u202e", "a\u0000b", "../../etc/passwd", " ", "  1994  ",
];
// a small deterministic generator (mulberry32), so a failure can be replayed with FUZZ_SEED
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function generate(n, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const value = () => {
    const k = r();
    if (k < 0.15) return encodeURIComponent(pick(VALID));
    if (k < 0.25) return "x".repeat(1 + Math.floor(r() * 6000));
    if (k < 0.35) return String(Math.floor((r() - 0.5) * 10 ** Math.floor(r() * 12)));
    const v = pick(NASTY);
    return r() < 0.5 ? v : encodeURIComponent(v); // raw (often malformed) or well-encoded
  };
  const urls = [];
  for (let i = 0; i < n; i++) {
    const pairs = [];
    const m = Math.floor(r() * 5);
    for (let j = 0; j < m; j++) {
      const key = pick(KEYS);
      pairs.push(r() < 0.05 ? key : `${key}=${value()}`);
      if (r() < 0.15) pairs.push(`${key}=${value()}`); // repeated key
    }
    // consecutive URLs use different routes, so every step mounts a view afresh
    const route = ROUTES[(i + Math.floor(r() * (ROUTES.length - 1)) + 1) % ROUTES.length];
    urls.push(`${route}${pairs.length || r() < 0.1 ? "?" : ""}${pairs.join("&")}${r() < 0.05 ? "#" + value() : ""}`);
  }
  // never the same route twice in a row
  for (let i = 1; i < urls.length; i++) {
    const route = (u) => u.split(/[?#]/)[0];
    if (route(urls[i]) === route(urls[i - 1])) urls[i] = urls[i].replace(/^[^?#]*/, ROUTES[(ROUTES.indexOf(route(urls[i])) + 1) % ROUTES.length]);
  }
  return urls;
}

let browser, root;
before(async () => { browser = await launch(); root = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await root?.close(); });

/** A page that also records CSP violations and any request to another origin. */
async function watchedPage(origin) {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.foreign = [];
  page.on("request", (req) => { if (!req.url().startsWith(origin) && !req.url().startsWith("data:")) page.foreign.push(req.url()); });
  return page;
}

test(`fuzz: ${FUZZ_URLS} generated URLs over every route, each a page load, give no panic and no uncaught error`, async () => {
  const urls = generate(FUZZ_URLS, SEED);
  const page = await watchedPage(root.origin);
  const started = Date.now();
  let csp = [];
  for (let i = 0; i < urls.length; i++) {
    const url = urls[i];
    await page.goto(`${root.origin}${url}`);
    // the app starts at load when the URL has a query; otherwise on the first interaction
    await ready(page);
    const state = await page.evaluate(() => ({ panel: !!document.getElementById("app-error"), pwned: window.__pwned, h1: document.querySelector("main h1")?.textContent || "", csp: window.__csp }));
    assert.equal(state.panel, false, `panic after ${url} (seed ${SEED}, #${i}): ${state.panel && await page.textContent("#app-error")}`);
    assert.equal(state.pwned, undefined, `script ran after ${url}`);
    assert.ok(state.h1.length > 0, `a heading after ${url}`);
    assert.deepEqual(problems(page), [], `errors after ${url} (seed ${SEED}, #${i})`);
    csp = csp.concat(state.csp);
  }
  assert.deepEqual(csp, []);
  assert.deepEqual(page.foreign, []);
  console.log(`# fuzz: ${urls.length} URLs (each a page load), seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s, 0 panics, 0 errors`);
});

test("leaving a page as its app starts does not fail the next one (every pair of views)", async () => {
  // views are never unmounted in place (each is its own page): a reader who
  // leaves while the app starts gets the next page whole
  const page = await watchedPage(root.origin);
  const views = ["/", "/timeline/", "/map/", "/alignment/", "/sources/", "/about/"];
  const failed = [];
  for (const a of views) for (const b of views) {
    if (a === b) continue;
    await page.goto(`${root.origin}${a}?from=${encodeURIComponent(b)}`);
    // leave the moment the app has mounted, before its first frame
    await page.evaluate((b) => new Promise((done) => {
      const leave = () => { location.href = b; done(); };
      if (document.documentElement.dataset.app === "ready") return leave();
      new MutationObserver(() => { if (document.documentElement.dataset.app === "ready") leave(); })
        .observe(document.documentElement, { attributes: true });
    }), b).catch((e) => {
      // the page left before the answer came back: what the test asks for
      if (!/Execution context was destroyed|navigation/.test(e.message)) throw e;
    });
    await page.waitForURL((u) => u.pathname === b);
    await ready(page);
    if (await page.$("#app-error, #app-starting")) failed.push(`${a} -> ${b}`);
  }
  assert.deepEqual(failed, []);
  assert.deepEqual(problems(page), []);
});

test("a panic shows a readable error panel with a reload link, not a frozen page", async () => {
  const page = await openPage(browser);
  await page.goto(`${root.origin}/map/?simulate-panic&year=1994`);
  const panel = await page.waitForSelector("#app-error[role=alert]");
  assert.match(await panel.textContent(), /Something went wrong/);
  assert.equal(await page.getAttribute("#app-error a", "href"), `${root.origin}/map/?simulate-panic&year=1994`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "app-error");
  // the browser logged the panic; that is expected here
  assert.ok(page.problems.some((p) => /simulated panic|unreachable/.test(p)), page.problems.join("\n"));
});

test("every page carries a strict Content-Security-Policy, nothing violates it, no request leaves the origin", async () => {
  for (const site of SITES) {
    for (const route of ["index.html", "timeline/index.html", "map/index.html", "alignment/index.html", "sources/index.html", "about/index.html", "404.html"]) {
      const file = path.join(site.dir, site.base, route);
      const html = fs.readFileSync(file, "utf8");
      const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
      assert.ok(m, `${file} has a CSP meta tag`);
      const policy = Object.fromEntries(m[1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      assert.deepEqual(policy["default-src"], ["'self'"]);
      assert.ok(!policy["script-src"].includes("'unsafe-inline'") && !policy["script-src"].includes("'unsafe-eval'"), m[1]);
      assert.ok(policy["script-src"].includes("'wasm-unsafe-eval'"));
      assert.deepEqual(policy["object-src"], ["'none'"]);
      assert.ok(!/https?:/.test(m[1]), "no third-party origin");
      assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "the policy comes before any script");
    }
  }
  const page = await watchedPage(root.origin);
  for (const route of ["/", "/timeline/?event=resolution-2803", "/map/?mission=unosom&year=1993", "/alignment/?year=1971", "/sources/", "/about/"]) {
    await page.goto(`${root.origin}${route}`);
    await ready(page);
  }
  // external source links open safely
  const unsafe = await page.$$eval("a[href^='http']", (as) => as.filter((a) => !/noopener/.test(a.rel)).map((a) => a.href));
  assert.deepEqual(unsafe, [], "external links carry rel=noopener noreferrer");
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.foreign, []);
  assert.deepEqual(problems(page), []);
});
