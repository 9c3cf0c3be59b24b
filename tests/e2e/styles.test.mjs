// Per-page stylesheets (scripts/lib/styles.mjs): each page links only the
// stylesheets with a rule for one of its elements. A page must never miss a
// rule it uses: for every stylesheet of the site a page leaves out, no rule
// may match one of the page's elements (other than <html> and <body>), in the
// prerendered page and after its app has started with its dialogs, cards and
// popovers open.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { SITES, serve, launch, openPage, ready, problems, closePages } from "./lib.mjs";
import { firstMatches } from "../../scripts/lib/styles.mjs";

let browser;
before(async () => { browser = await launch(); });
afterEach(closePages);
after(async () => { await browser?.close(); });

// every page in both languages (the Urdu edition under ur/)
const pages = (dir) => ["", "ur/"].flatMap((lang) => [
  ...["", "timeline/", "map/", "alignment/", "sources/", "about/", "teach/", "glossary/", "corrections/"].map((r) => ({ route: `/${lang}${r}`, file: `${lang}${r}index.html` })),
  ...fs.readdirSync(path.join(dir, lang, "embed")).map((v) => ({ route: `/${lang}embed/${v}/`, file: `${lang}embed/${v}/index.html` })),
]).concat({ route: "/no-such-page", file: "404.html" });

/** The stylesheets of the site a page leaves out, each with the rule and
 *  element that would use it (none expected). */
async function missed(page, dir, base) {
  const linked = await page.$$eval("link[rel=stylesheet]", (ls) => ls.map((l) => l.getAttribute("href")));
  const all = fs.readdirSync(dir).filter((f) => f.endsWith(".css"));
  const left = all.filter((f) => !linked.includes(`${base}/${f}`));
  // every stylesheet of the site is read (a custom property set for <html> by one and read by
  // another counts), those left out are checked
  const sheets = all.map((f) => ({ href: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));
  const found = (await page.evaluate(firstMatches, sheets)).filter((s) => left.includes(s.href));
  return { linked, left, uses: found.filter((s) => s.match).map((s) => `${s.href}: ${s.match.selector} matches ${s.match.element}`) };
}

/** What a reader opens on the page with its app running: the share panel, a
 *  citation's popover, the view's card or detail, the other theme. */
async function openEverything(page) {
  const click = async (sel) => { const e = await page.$(sel); if (e && await e.isVisible()) await e.click(); };
  await click(".tl-item-btn");
  await click(".map-table .linkish");
  await click(".options input[type=radio]:not(:checked)");
  const cite = page.locator("sup.cites a.cite:visible").first();
  if (await cite.count()) {
    await cite.scrollIntoViewIfNeeded();
    await cite.hover();
    await page.waitForSelector(".cite-pop-box", { timeout: 3000 }).catch(() => {});
  }
  await click(".theme-switch");
  await click(".share-bar > summary");
  await click(".share-bar button:has-text('Embed')");
}

for (const site of SITES) {
  test(`${site.name}: every page links only stylesheets it uses and misses none, before and after its app starts`, async () => {
    const srv = await serve(site.dir);
    const dir = path.join(site.dir, site.base);
    try {
      const all = fs.readdirSync(dir).filter((f) => f.endsWith(".css"));
      assert.ok(all.length >= 5, `the site has its stylesheets (${all.join(", ")})`);
      const linkedBy = {};
      for (const { route, file } of pages(dir)) {
        const html = fs.readFileSync(path.join(dir, file), "utf8");
        const page = await openPage(browser);
        await page.goto(`${srv.origin}${site.base}${route}`);
        const prerendered = await missed(page, dir, site.base);
        assert.deepEqual(prerendered.uses, [], `${route} (prerendered) leaves out a stylesheet it uses`);
        assert.ok(prerendered.linked.some((h) => /\/style-[0-9a-f]+\.css$/.test(h)), `${route} links the site's style.css`);
        linkedBy[route] = prerendered.linked.map((h) => h.replace(/^.*\/([a-z]+)-[0-9a-f]+\.css$/, "$1"));
        assert.equal(prerendered.linked.length, (html.match(/rel="stylesheet"/g) || []).length, route);
        await ready(page);
        await openEverything(page);
        const started = await missed(page, dir, site.base);
        assert.deepEqual(started.uses, [], `${route} (app started, panels open) leaves out a stylesheet it uses`);
        assert.deepEqual(problems(page).filter((p) => !/status of 404/.test(p)), [], route);
      }
      // each view's own stylesheet on its pages only
      assert.deepEqual(linkedBy["/timeline/"].filter((n) => ["map", "alignment"].includes(n)), [], "the timeline links neither map.css nor alignment.css");
      assert.ok(linkedBy["/timeline/"].includes("timeline"), "the timeline links timeline.css");
      assert.ok(linkedBy["/map/"].includes("map") && !linkedBy["/map/"].includes("timeline"), `/map: ${linkedBy["/map/"]}`);
      assert.ok(linkedBy["/alignment/"].includes("alignment") && !linkedBy["/alignment/"].includes("timeline"), `/alignment: ${linkedBy["/alignment/"]}`);
      assert.deepEqual(linkedBy["/about/"].filter((n) => ["timeline", "map", "alignment"].includes(n)), [], `/about: ${linkedBy["/about/"]}`);
      console.log(Object.entries(linkedBy).map(([r, l]) => `${r}: ${l.join(", ")}`).join("\n"));
    } finally { await srv.close(); }
  });
}
