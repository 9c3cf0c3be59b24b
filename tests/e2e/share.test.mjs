// Educators' features in a real browser against the built site: embeds under
// /embed/ (state, theme, plain mode, compact footer, auto-height through
// postMessage), the embed dialog and its code, copy link, cite, the data
// downloads (CSV, JSON, TimelineJS) and the print stylesheet.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const load = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key];
const EVENTS = load("events.json", "events");
const MISSIONS = load("missions.json", "missions");

let browser, root;
before(async () => { browser = await launch(); root = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await root?.close(); });

const EMBEDS = [
  ["/embed/timeline/?event=resolution-2803", "#tl-detail-title", "/timeline?event=resolution-2803"],
  ["/embed/map/?mission=unosom&year=1993", ".map-card[data-mission='unosom']", "/map?mission=unosom&year=1993"],
  ["/embed/alignment/?year=1971", "#alignment-marker", "/alignment?year=1971"],
  ["/embed/event/?id=un-membership", "#tl-detail-title", "/timeline?event=un-membership"],
  ["/embed/mission/?id=unmogip", ".map-card[data-mission='unmogip']", "/map?mission=unmogip"],
  // the Urdu edition's embeds
  ["/ur/embed/event/?id=un-membership", "#tl-detail-title", "/ur/timeline?event=un-membership"],
  ["/ur/embed/map/?mission=unosom&year=1993", ".map-card[data-mission='unosom']", "/ur/map?mission=unosom&year=1993"],
];

for (const site of SITES) {
  test(`${site.name}: every embed restores its state, has no site header and a compact footer linking to the full page`, async () => {
    const srv = site.base ? await serve(site.dir) : root;
    try {
      const page = await openPage(browser);
      for (const [url, selector, full] of EMBEDS) {
        const resp = await page.goto(`${srv.origin}${site.base}${url}`);
        assert.equal(resp.status(), 200, url);
        await ready(page);
        await page.waitForSelector(selector, { state: "attached" });
        assert.equal(await page.$('nav[aria-label="Main"]'), null, `${url}: no site header`);
        assert.equal(await page.$(".share-bar"), null, `${url}: no share bar inside an embed`);
        // "Open the full page" (in the page's language) leads to the view with the same state
        const link = await page.$(`.embed-footer a[href="${site.base}${full}"]`);
        assert.ok(link, `${url}: footer link`);
        assert.match(await link.textContent(), url.startsWith("/ur/") ? /[\u0600-\u06FF]/ : /Open the full page/);
        assert.equal(await link.getAttribute("href"), `${site.base}${full}`);
        assert.equal(await link.getAttribute("target"), "_blank");
      }
      assert.deepEqual(problems(page), []);
    } finally { if (srv !== root) await srv.close(); }
  });
}

test("embed options: theme=dark applies and survives a state change; plain=1 drops the footer; unknown ids say so", async () => {
  const page = await openPage(browser);
  await page.goto(`${root.origin}/embed/map/?year=1994&theme=dark&plain=1`);
  await ready(page);
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.equal(await page.$(".embed-footer"), null);
  await page.click("#row-unmil");
  await page.waitForFunction(() => location.search.includes("mission=unmil"));
  const q = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  assert.deepEqual(q, { mission: "unmil", year: "1994", theme: "dark", plain: "1" });
  // the reader's own stored theme is untouched
  assert.equal(await page.evaluate(() => localStorage.getItem("theme")), null);
  await page.goto(`${root.origin}/embed/event/?id=nope`);
  await ready(page);
  assert.match(await page.textContent("main"), /There is no event “nope”/);
  assert.deepEqual(problems(page), []);
});

test("a page on another origin embeds every /embed/ view: it renders, restores its deep link, and auto-height follows the content after a state change", async () => {
  // the parent page, served from a second origin (another port)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pp-parent-"));
  // the map sits in a narrow column (600 px): from 64rem up its card is a sticky
  // panel beside the map that no longer changes the page's height
  const frames = EMBEDS.map(([url], i) =>
    `<h2>View ${i + 1}</h2><iframe src="${root.origin}${url}" title="View ${i + 1}" loading="lazy" width="${i === 1 ? 600 : "100%"}" height="1600" style="border:0" data-pp-auto-height></iframe>`).join("\n");
  fs.writeFileSync(path.join(dir, "parent.html"), `<!doctype html><html lang="en"><title>Course page</title><h1>Week 3</h1>
${frames}
<script src="${root.origin}/embed.js" async></script>`);
  const other = await serve(dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${other.origin}/parent.html`);
    const fits = async (i) => {
      const el = (await page.$$("iframe"))[i];
      await el.scrollIntoViewIfNeeded();
      const frame = await el.contentFrame();
      await frame.waitForSelector(EMBEDS[i][1], { state: "attached" });
      await page.waitForFunction((k) => document.querySelectorAll("iframe")[k].style.height !== "", i, { timeout: 10000 });
      // the iframe's height matches what its page measures, within a few pixels
      const inner = async () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction(([k, h]) => Math.abs(parseInt(document.querySelectorAll("iframe")[k].style.height) - h) <= 3, [i, await inner()], { timeout: 10000 });
      return { frame, inner };
    };
    for (let i = 0; i < EMBEDS.length; i++) await fits(i);
    // a state change inside the map embed: the card closes, the page gets shorter, the iframe follows
    const { frame } = await fits(1);
    const before = await page.evaluate(() => parseInt(document.querySelectorAll("iframe")[1].style.height));
    await frame.click(".map-close");
    await frame.waitForSelector(".map-card.empty");
    await frame.click("#row-minurso");
    await frame.waitForFunction(() => location.search.includes("mission=minurso"));
    const after = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => Math.abs(parseInt(document.querySelectorAll("iframe")[1].style.height) - h) <= 3, after, { timeout: 10000 });
    assert.notEqual(before, after, "the content height changed with the state");
    assert.deepEqual(problems(page), []);
  } finally { await other.close(); }
});

test("axe finds no violations on the embed pages (light and dark)", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const page = await openPage(browser, { colorScheme });
    for (const [url, selector] of EMBEDS) {
      await page.goto(`${root.origin}${url}`);
      await ready(page);
      await page.waitForSelector(selector, { state: "attached" });
      assert.deepEqual(await axeViolations(page), [], `${url} ${colorScheme}`);
    }
  }
});

test("the embed dialog: preview, options that change the code, copy, Escape returns focus", async () => {
  const page = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto(`${root.origin}/map/?mission=unosom&year=1993`);
  await ready(page);
  // one "Share & data" control holds the link, embed, cite and download tools
  await page.click(".share-bar > summary:has-text('Share & data')");
  await page.click(".share-bar button:has-text('Embed')");
  await page.waitForSelector("dialog.embed-dialog[open]");
  const code = () => page.inputValue("#embed-code");
  assert.match(await code(), new RegExp(`^<iframe src="${root.origin}/embed/map/\\?mission=unosom&amp;year=1993" title="Map of deployments: an interactive view from [^"]+" loading="lazy"`));
  assert.match(await code(), /<script src="[^"]+\/embed\.js" async><\/script>$/);
  const preview = await (await page.waitForSelector("iframe.embed-preview")).contentFrame();
  await preview.waitForSelector(".map-card[data-mission='unosom']");
  await page.check("input[name='embed-theme'] >> nth=2");
  await page.uncheck("text=show the footer");
  assert.match(await code(), /year=1993&amp;theme=dark&amp;plain=1"/);
  await page.uncheck("text=start at the current view");
  await page.uncheck("text=height follows the content");
  await page.fill(".embed-height", "500");
  await page.press(".embed-height", "Tab");
  assert.equal(await code(), `<iframe src="${root.origin}/embed/map/?theme=dark&amp;plain=1" title="Map of deployments: an interactive view from Pakistan, peacekeeping and the Gaza force" loading="lazy" width="100%" height="500" style="border:0;max-width:100%"></iframe>`);
  await page.click("button:has-text('Copy code')");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code());
  assert.deepEqual(await axeViolations(page), [], "dialog open");
  await page.keyboard.press("Escape");
  await page.waitForSelector("dialog.embed-dialog:not([open])", { state: "attached" });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Embed");
  assert.deepEqual(problems(page), []);
});

test("copy link copies the current state; cite gives four styles with the URL and today's date", async () => {
  const page = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto(`${root.origin}/timeline/?event=un-membership`);
  await ready(page);
  await page.click(".share-bar > summary:has-text('Share & data')");
  await page.click("button:has-text('Copy link')");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${root.origin}/timeline/?event=un-membership`);
  await page.waitForFunction(() => /copied/i.test(document.querySelector(".share-status").textContent));
  await page.click("summary:has-text('Cite this')");
  const styles = await page.$$eval(".cite-style h3", (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(styles, ["APA", "MLA", "Chicago", "BibTeX"]);
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" }));
  const apa = await page.textContent(".cite-style:has(h3:text-is('APA')) .cite-text");
  assert.ok(apa.includes(`${root.origin}/timeline`) && apa.includes(today), apa);
  assert.deepEqual(problems(page), []);
});

test("data downloads: CSV and JSON for each dataset, every row with sources, and a TimelineJS file", async () => {
  const get = async (f) => { const r = await fetch(`${root.origin}/data/${f}`); assert.equal(r.status, 200, f); return r.text(); };
  const events = (await get("events.csv")).trimEnd().split("\r\n");
  assert.equal(events.length, EVENTS.length + 1, "one row per event plus the header");
  const header = events[0].split(",");
  assert.ok(header.includes("sources"));
  const missions = JSON.parse(await get("missions.json"));
  assert.equal(missions.missions.length, MISSIONS.length);
  assert.match(missions.licence, /CC BY 4\.0/);
  assert.ok(missions.missions.every((m) => m.sources.length > 0));
  for (const f of ["figures.csv", "figures.json", "alignment.csv", "alignment.json", "sources.csv", "sources.json", "README.txt"]) await get(f);
  const tl = JSON.parse(await get("timelinejs.json"));
  assert.equal(tl.events.length, EVENTS.length);
  assert.ok(tl.events.every((e) => e.start_date.year && e.text.headline && /Sources:/.test(e.text.text)));
  assert.ok(tl.eras.length > 0 && tl.title.text.headline);
  // linked from the sources page
  const page = await openPage(browser);
  await page.goto(`${root.origin}/sources/`);
  await ready(page);
  assert.ok(await page.$("#data a[href='/data/events.csv']"));
  assert.ok(await page.$("#data a[href='/data/timelinejs.json']"));
});

test("print: the views become handouts without controls", async () => {
  const page = await openPage(browser);
  await page.goto(`${root.origin}/map/?year=1994`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  for (const sel of [".share-bar", 'nav[aria-label="Main"]', ".zoom", ".theme-switch"]) {
    assert.equal(await page.$eval(sel, (e) => getComputedStyle(e).display), "none", `${sel} hidden in print`);
  }
  assert.notEqual(await page.$eval(".map-table table", (e) => getComputedStyle(e).display), "none");
  assert.notEqual(await page.$eval("svg.world", (e) => getComputedStyle(e).display), "none");
  // the sources are in the handout: the open card's and an event's on the timeline
  await page.emulateMedia({ media: "screen" });
  await page.goto(`${root.origin}/map/?mission=unosom&year=1993`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.isVisible(".map-card .source-refs a"), "the card's sources print");
  await page.goto(`${root.origin}/timeline/?event=resolution-2803`);
  await ready(page);
  assert.ok(await page.isVisible("#tl-detail .source-refs a"), "the event's sources print");
  assert.equal(await page.$eval('nav[aria-label="Main"]', (e) => getComputedStyle(e).display), "none");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000, `a printable document (${pdf.length} bytes)`);
});

test("share: every route has its own title, description and Open Graph preview image (1200x630 PNG)", async () => {
  const seen = new Set();
  for (const route of ["", "timeline/", "map/", "alignment/", "sources/", "about/"]) {
    const html = await (await fetch(`${root.origin}/${route}`)).text();
    const meta = (p) => html.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)">`))?.[1];
    assert.ok(meta("og:title") && meta("og:description") && meta("twitter:card"), `/${route}: og meta`);
    assert.equal(meta("description"), meta("og:description"));
    assert.ok(!seen.has(meta("og:title")), `/${route}: its own title`);
    seen.add(meta("og:title"));
    const img = await fetch(`${root.origin}${meta("og:image")}`);
    assert.equal(img.status, 200, meta("og:image"));
    const png = Buffer.from(await img.arrayBuffer());
    assert.equal(png.toString("ascii", 1, 4), "PNG");
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  }
});
