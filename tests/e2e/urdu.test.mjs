// The Urdu edition (issue 19): every page and embed again under /ur/, prerendered
// in Urdu (readable without JavaScript), <html lang="ur" dir="rtl">, hreflang
// pairs both ways, the language switch keeping the page's state, links that
// stay in Urdu, the Nastaliq face fetched only on Urdu pages, numbers and
// ranges isolated inside Urdu text, no sideways scroll at 320 px, and axe in
// both themes.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const ur = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", "ur", file), "utf8"))[key];
const UR_EVENTS = ur("events.json", "events");
const en = (file, key) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", file), "utf8"))[key];
const plain = (t) => t.replace(/[\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();
const URDU = /[\u0600-\u06FF]/;
const PAGES = ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/teach", "/glossary", "/corrections"];
const EMBEDS = ["/embed/timeline", "/embed/map", "/embed/alignment", "/embed/teach"];
const urPath = (p) => (p === "/" ? "/ur/" : `/ur${p}/`);
const LRI = "\u2066", PDI = "\u2069";

let browser;
before(async () => { browser = await launch(); });
afterEach(closePages);
after(async () => { await browser?.close(); });

for (const site of SITES) {
  test(`${site.name}: every Urdu page and embed answers 200, prerendered in Urdu, lang="ur" dir="rtl", without JavaScript`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser, { javaScriptEnabled: false });
      for (const p of [...PAGES, ...EMBEDS]) {
        const resp = await page.goto(`${srv.origin}${site.base}${urPath(p)}`);
        assert.equal(resp.status(), 200, p);
        assert.equal(await page.getAttribute("html", "lang"), "ur", p);
        assert.equal(await page.getAttribute("html", "dir"), "rtl", p);
        assert.match(await page.textContent("main h1"), URDU, `${p}: an Urdu heading`);
        assert.match(await page.title(), URDU, `${p}: an Urdu title`);
      }
      // the timeline lists the events in Urdu, from content/ur
      await page.goto(`${srv.origin}${site.base}/ur/timeline/`);
      const main = await page.textContent("main");
      for (const id of ["independence", "un-membership"]) {
        assert.ok(main.includes(UR_EVENTS[id].title.replace(/[\u2066-\u2069]/g, "")) || main.includes(UR_EVENTS[id].title), `${id} in Urdu`);
      }
      // the English pages stay English, left to right
      await page.goto(`${srv.origin}${site.base}/map/`);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.equal(await page.getAttribute("html", "dir"), "ltr");
    } finally { await srv.close(); }
  });

  test(`${site.name}: hreflang links pair every page with its twin; links on Urdu pages stay in Urdu`, async () => {
    const srv = await serve(site.dir);
    try {
      const page = await openPage(browser, { javaScriptEnabled: false });
      const alternates = () => page.$$eval("link[rel=alternate][hreflang]", (ls) =>
        Object.fromEntries(ls.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href"), location.href).pathname])));
      for (const p of PAGES) {
        const en = `${site.base}${p}`;
        const urp = `${site.base}${p === "/" ? "/ur/" : "/ur" + p}`;
        for (const at of [p === "/" ? "/" : p + "/", urPath(p)]) {
          await page.goto(`${srv.origin}${site.base}${at}`);
          const alt = await alternates();
          assert.equal(alt.en, en, `${at}: hreflang en`);
          assert.equal(alt.ur, urp, `${at}: hreflang ur`);
          assert.equal(alt["x-default"], en, `${at}: x-default`);
        }
        const nav = await page.$$eval('header nav a', (as) => as.map((a) => a.getAttribute("href")));
        assert.ok(nav.length >= 6 && nav.every((h) => h.startsWith(`${site.base}/ur`)), `${p}: menu in Urdu: ${nav}`);
        const sw = await page.$("a.lang-switch");
        assert.ok(sw, `${p}: a language switch`);
        assert.equal(await sw.getAttribute("lang"), "en");
        assert.equal((await sw.textContent()).trim(), "English");
        assert.equal(new URL(await sw.getAttribute("href"), srv.origin).pathname.replace(/\/$/, "") || "/", en.replace(/\/$/, "") || "/");
      }
      await page.goto(`${srv.origin}${site.base}/timeline/`);
      const sw = await page.$("a.lang-switch");
      assert.equal((await sw.textContent()).trim(), "اردو");
      assert.equal(await sw.getAttribute("lang"), "ur");
      assert.equal(await sw.getAttribute("hreflang"), "ur");
    } finally { await srv.close(); }
  });
}

test("the language switch opens the same view with the same state, both ways", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}/map?year=1993`);
    await ready(page);
    await page.click("a.lang-switch");
    await page.waitForURL(/\/ur\/map\/?\?year=1993$/);
    await ready(page);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.match(await page.textContent("main h1"), URDU);
    assert.equal(new URL(page.url()).searchParams.get("year"), "1993");
    await page.click("a.lang-switch");
    await page.waitForURL(/127\.0\.0\.1:\d+\/map\/?\?year=1993$/);
    await ready(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    // a link followed inside the Urdu edition stays in it
    await page.goto(`${srv.origin}/ur/`);
    await ready(page);
    await page.click('header nav a[href="/ur/timeline"]');
    await page.waitForURL(/\/ur\/timeline\/?$/);
    assert.match(await page.textContent("main h1"), URDU);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("the story's vote strip and ISF comparison, and /teach, read in Urdu from content/ur, with the English figures", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}/ur/`);
    await ready(page);
    // the vote: its title states the tally and Pakistan's vote in Urdu, the seats carry the Urdu names
    const vote = page.locator("figure.chart-vote").first();
    const title = plain(await vote.locator(".chart-title").textContent());
    assert.match(title, URDU);
    assert.ok(title.includes("13–0–2") && title.includes("پاکستان نے حق میں ووٹ دیا"), title);
    assert.ok(!/Adopted|voted|abstained/.test(title), `no English left: ${title}`);
    const urVote = ur("votes.json", "votes")["res-2803"];
    const names = (await vote.locator(".seat-name").allTextContents()).map(plain);
    const enBallots = en("votes.json", "votes").find((v) => v.id === "res-2803").ballots;
    assert.equal(names.length, enBallots.length);
    assert.deepEqual(names, enBallots.map((_, i) => plain(urVote[`ballots.${i}.short`] ?? urVote[`ballots.${i}.member`])));
    assert.equal(plain(await vote.locator(".seat.us .seat-name").textContent()), "پاکستان", "Pakistan's seat is marked");
    assert.deepEqual((await vote.locator(".chart-key li").allTextContents()).map(plain), ["حق میں", "ووٹنگ میں حصہ نہیں لیا", "مخالفت میں"]);
    // the comparison: title, column heads and cells from content/ur/comparisons.json
    const urCmp = ur("comparisons.json", "comparisons")["isf-vs-peacekeeping"];
    const cmp = page.locator("figure.chart-compare").first();
    assert.equal(plain(await cmp.locator(".chart-title").textContent()), plain(urCmp.title));
    assert.deepEqual((await cmp.locator("thead th").allTextContents()).map(plain), ["پہلو", plain(urCmp.left), plain(urCmp.right)]);
    assert.equal(plain(await cmp.locator("tbody tr th").first().textContent()), plain(urCmp["rows.0.aspect"]));
    assert.ok(plain(await cmp.locator("tbody tr td").nth(1).textContent()).startsWith(plain(urCmp["rows.0.right.text"])));
    // the English story keeps its English vote title
    await page.goto(`${srv.origin}/`);
    await ready(page);
    assert.match(await page.locator("figure.chart-vote .chart-title").first().textContent(), /^Adopted 13–0–2: Pakistan voted in favour/);
    // /ur/teach: every lesson in Urdu, headings in Urdu, the English minutes, links in Urdu words to /ur pages
    const urLessons = ur("teach.json", "lessons");
    const enLessons = en("teach.json", "lessons");
    await page.goto(`${srv.origin}/ur/teach/`);
    await ready(page);
    const heads = (await page.locator("section.lesson h2").allTextContents()).map(plain);
    assert.deepEqual(heads, enLessons.map((l) => plain(urLessons[l.id].title)));
    const first = page.locator("section.lesson").first();
    assert.deepEqual((await first.locator("h3").allTextContents()).map(plain),
      ["سبق کا منصوبہ، 45 منٹ", "بحث کے سوالات", "سرگرمی", "اہم اصطلاحات"]);
    const minutes = (await first.locator(".teach-min").allTextContents()).map((t) => Number(plain(t).match(/\d+/)[0]));
    assert.deepEqual(minutes, enLessons[0].timing.map((s) => s.minutes));
    assert.equal(plain(await first.locator(".teach-questions > li > p").first().textContent()), plain(urLessons[enLessons[0].id]["questions.0.text"]));
    const links = await page.$$eval("section.lesson .teach-see a", (as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    assert.ok(links.length > 20);
    for (const [words, href] of links) {
      assert.match(words, URDU, `link words in Urdu: ${words}`);
      assert.ok(href.startsWith("/ur/"), `link stays in Urdu: ${href}`);
    }
    assert.ok(!/Discussion questions|Open the map|Print this worksheet/.test(await page.textContent("main")));
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("the map in Urdu: summary, year's total, key, ranked list, card and table read in Urdu around the data's numbers", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}/ur/map?year=1993&mission=unosom`);
    await ready(page);
    await page.waitForSelector(".map-card[data-mission='unosom']");
    const text = async (sel) => plain(await page.locator(sel).first().textContent());
    const ENGLISH = /\b(deployments?|Deployments?|Largest|Contingent|Pakistani years|Host|Role|Marker|Confidence|Notable|Hatched|Shaded|Dashed|Key|Choose|Show on the map|not known|active in|as of)\b/;
    // the running summary: the year, the count and the names, in an Urdu sentence
    const summary = await text("#map-summary");
    assert.ok(summary.startsWith("1993 میں نقشے پر"), summary);
    assert.match(summary, /\d+ تعیناتی/);
    assert.ok(summary.includes("UNOSOM"), summary);
    assert.ok(!ENGLISH.test(summary), `no English left: ${summary}`);
    // the year's total beside the slider, and the ranked list's heading
    const total = await text(".map-personnel .map-total-what");
    assert.match(total, URDU);
    assert.ok(!ENGLISH.test(total), total);
    assert.equal(await text("#map-ranked-h"), "1993 میں سب سے بڑی تعیناتیاں");
    // the key: only Urdu words
    assert.equal(await text(".legend-h"), "علامات");
    for (const li of (await page.locator(".legend li").allTextContents()).map(plain)) {
      assert.match(li, URDU, li);
      assert.ok(!ENGLISH.test(li), li);
    }
    assert.equal(await page.getAttribute(".zoom button[aria-label]", "aria-label"), "زوم اِن");
    // the card: the fields named in Urdu, the mission's text from content/ur, the years isolated
    const urM = ur("missions.json", "missions").unosom;
    assert.deepEqual((await page.locator(".map-card dt").allTextContents()).map(plain),
      ["میزبان", "پاکستانی شرکت کے برس", "کردار", "نشان", "تصدیق"]);
    const dds = await page.locator(".map-card dd").allTextContents();
    assert.equal(plain(dds[0]), plain(urM.host));
    assert.ok(dds[1].includes(LRI) && plain(dds[1]).includes("1995"), `years isolated: ${dds[1]}`);
    assert.equal(plain(dds[2]), "پیادہ فوج");
    assert.equal(plain(dds[4]), "تصدیق شدہ");
    const h3 = (await page.locator(".map-card h3").allTextContents()).map(plain);
    assert.deepEqual(h3.slice(0, 2), ["دستہ", "پاکستانی اموات"]);
    const firstFig = await text(".map-card .map-figs li");
    assert.ok(firstFig.startsWith("5,416 (") && firstFig.includes(" تک)"), `figure as of a date, in Urdu: ${firstFig}`);
    assert.ok((await text(".map-card")).includes(plain(urM.summary)));
    // the table: heading, columns and rows in Urdu, the English figures
    assert.equal(await text("#map-table-h"), "تمام تعیناتیاں");
    assert.deepEqual((await page.locator(".map-table thead th").allTextContents()).map((t) => plain(t.replace(/[▲▼↕]/g, ""))),
      ["مشن", "میزبان", "پاکستانی شرکت کے برس", "دستہ", "پاکستانی اموات", "قسم"]);
    const caption = await text(".map-table caption");
    assert.match(caption, /^اس سائٹ پر درج \d+ پاکستانی تعیناتیاں$/);
    const row = plain(await page.locator("tr:has(#row-unosom)").textContent());
    assert.ok(row.includes("5,416") && row.includes("1993 میں فعال"), row);
    assert.ok(!ENGLISH.test(row.replace(/UNOSOM/g, "")), row);
    // the English map is unchanged
    await page.goto(`${srv.origin}/map?year=1993`);
    await ready(page);
    assert.match(await page.textContent("#map-summary"), /^In 1993: \d+ deployments on the map: /);
    assert.equal(await page.textContent("#map-table-h"), "All deployments");
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("the alignment explorer in Urdu: the year panel, the position in words, the weights, coded values and the Gaza options", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}/ur/alignment?year=1993`);
    await ready(page);
    const text = async (sel) => plain(await page.locator(sel).first().textContent());
    assert.equal(await text("#year-h"), "1993 میں");
    const position = await text(".position-sentence");
    assert.ok(position.startsWith("1993 میں پاکستان ") && /\d+%/.test(position), position);
    assert.ok(!/Pakistan was|closest|then/.test(position), position);
    assert.equal(await text(".weights legend"), "جہتوں کا وزن");
    assert.equal(await text("#coded-h"), "1993 میں درجہ بندی کی گئی قدریں");
    assert.deepEqual([await text(".coded-table thead th"), plain(await page.locator(".coded-table thead th").last().textContent())], ["فریق", "وزن کے ساتھ"]);
    assert.equal(await text("#scen-h"), "غزہ کا فیصلہ: قرارداد 2803 کے بعد کے راستے");
    // choosing an option shows its arguments under Urdu headings
    await page.locator(".options input[type=radio]").first().check();
    await page.waitForSelector(".scenario h4");
    const h4 = (await page.locator(".scenario h4").allTextContents()).map(plain);
    assert.deepEqual(h4.slice(0, 2), ["ہر تعلق پر اس کا اثر", "مضمون کے تین امتحان"]);
    const tests = (await page.locator(".arguments.tests dt").allTextContents()).map(plain);
    assert.ok(tests.includes("پہلا امتحان: غیر جانبداری"), tests.join());
    const sm = await page.getAttribute("figure.sm", "aria-label");
    assert.ok(sm.includes("تعلق کی مضبوطی 0 سے 10 تک") && !/tie strength|Largest changes/.test(sm), sm);
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("/ur/sources, a citation's popover and a printed Urdu page read in Urdu; English source titles are marked lang=en", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    await page.goto(`${srv.origin}/ur/sources/`);
    await ready(page);
    const text = async (sel) => plain(await page.locator(sel).first().textContent());
    assert.equal(await text("#fig-h"), "وقت کے ساتھ مجموعی اعداد و شمار");
    assert.match(await text("#bib-h"), /^فہرستِ مآخذ \(\d+ مآخذ\)$/);
    const groups = (await page.locator(".bib-group h3").allTextContents()).map(plain);
    assert.ok(groups.length >= 3, groups.join());
    for (const g of groups) assert.match(g, /^[^A-Za-z]+ \(\d+\)$/, g);
    assert.deepEqual((await page.locator("#figures thead").first().locator("th").allTextContents()).map(plain), ["تاریخ", "عدد", "نوٹ اور مآخذ"]);
    // every English source title is marked as English (read and shaped as English, left to right)
    const entries = await page.locator("li.source").count();
    assert.ok(entries > 50);
    assert.equal(await page.locator("li.source .source-title[lang=en]").count(), entries);
    assert.match(await text("li.source .source-kind"), URDU);
    assert.ok((await text("li.source")).includes("کو دیکھا گیا"), "checked on a date, in Urdu");
    assert.ok((await text(".downloads-note")).includes("انگریزی"), "the data files are said to be in English");
    const heads = (await page.locator("main h2, main h3:not(.figure-series h3), .jump-links a").allTextContents()).map(plain).join(" | ");
    assert.ok(!/Bibliography|Primary sources|News reports|Aggregate figures|Glossary|Download the data|Figures/.test(heads), heads);
    // the glossary has its own page, in Urdu too
    assert.equal(await page.getAttribute('.jump-links a:text-is("فرہنگ")', "href"), "/ur/glossary");
    await page.goto(`${srv.origin}/ur/glossary/`);
    assert.equal(plain(await page.textContent("main h1")), "فرہنگ");
    assert.ok(await page.locator(".glossary dd").count() >= 30, "the glossary's terms");
    // a citation's popover on the Urdu story: its words in Urdu, the titles English, the link to /ur/sources
    await page.goto(`${srv.origin}/ur/`);
    await ready(page);
    const cite = page.locator(".story .prose a.cite").first();
    await cite.scrollIntoViewIfNeeded();
    await cite.hover();
    const pop = page.locator("#cite-pop .cite-pop-box");
    await pop.waitFor({ state: "visible", timeout: 3000 });
    assert.equal(await page.getAttribute("#cite-pop", "aria-label"), "حوالے کا ماخذ");
    assert.equal(plain(await pop.locator(".pop-bib").first().textContent()), "فہرستِ مآخذ میں");
    assert.ok((await pop.locator(".pop-bib").first().getAttribute("href")).startsWith("/ur/sources"));
    assert.equal(await pop.locator("li[lang=en]").count(), await pop.locator("li").count());
    assert.equal(await pop.locator(".pop-close").getAttribute("aria-label"), "بند کیجیے");
    // print: the buttons, the state in words, the stamp with an Urdu date
    await page.goto(`${srv.origin}/ur/map?year=1993`);
    await ready(page);
    assert.deepEqual((await page.locator(".print-actions button").allTextContents()).map(plain),
      ["ہینڈ آؤٹ پرنٹ کیجیے", "ایک صفحے کا خلاصہ پرنٹ کیجیے"]);
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => (document.querySelector(".print-stamp")?.textContent || "").length > 0, null, { timeout: 5000 });
    const stamp = plain(await page.textContent(".print-stamp"));
    assert.ok(stamp.startsWith("یہ صفحہ ") && stamp.endsWith(" کو پرنٹ کیا گیا۔"), stamp);
    const months = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];
    assert.ok(stamp.includes(` ${months[new Date().getMonth()]} ${new Date().getFullYear()}`), `today in Urdu: ${stamp}`);
    assert.ok(plain(await page.textContent(".print-state")).startsWith("نقشہ: 1993 میں فعال مشن"));
    if (await page.locator(".print-refs h2").count()) assert.equal(await text(".print-refs h2"), "حوالے");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("the Nastaliq face is fetched on Urdu pages only, after load, and used from the next Urdu page", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    // the face's downloads: a request the browser answers from its own cache
    // is not one (an English page's "اردو" link, on a system with no Arabic
    // face, is drawn with the face already in memory: Chromium reports that as
    // a request served from the cache, 0 bytes)
    const fonts = [];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    cdp.on("Network.requestWillBeSent", (e) => { if (/noto-nastaliq/.test(e.request.url)) fonts.push(e.requestId); });
    cdp.on("Network.requestServedFromCache", (e) => { const i = fonts.indexOf(e.requestId); if (i >= 0) fonts.splice(i, 1); });
    for (const p of ["/", "/timeline/", "/sources/"]) {
      await page.goto(`${srv.origin}${p}`, { waitUntil: "load" });
      await page.waitForTimeout(300);
    }
    assert.deepEqual(fonts, [], "no Urdu face on English pages");
    await page.goto(`${srv.origin}/ur/`, { waitUntil: "load" });
    await page.waitForFunction(() => localStorage.getItem("fonts-ur") === "1", null, { timeout: 10000 });
    assert.equal(fonts.length, 1, "fetched once, after load");
    await page.goto(`${srv.origin}/ur/about/`, { waitUntil: "load" });
    assert.equal(await page.getAttribute("html", "data-fonts-ur"), "");
    const family = await page.$eval("main .prose, main .lede", (e) => getComputedStyle(e).fontFamily);
    assert.match(family, /Noto Nastaliq Urdu/);
    // English pages still never ask for it (requests of the Urdu page settled first)
    await page.waitForLoadState("networkidle");
    const before = fonts.length;
    await page.goto(`${srv.origin}/about/`, { waitUntil: "load" });
    await page.waitForTimeout(300);
    assert.equal(fonts.length, before);
  } finally { await srv.close(); }
});

test("numbers, ranges and acronyms inside Urdu text are isolated (LRI…PDI) so they never flip", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { javaScriptEnabled: false });
    let text = "";
    for (const p of ["/ur/timeline/", "/ur/", "/ur/map/"]) {
      await page.goto(`${srv.origin}${p}`);
      text += await page.textContent("main");
    }
    const isolated = text.match(new RegExp(`${LRI}[^${PDI}]*${PDI}`, "g")) || [];
    assert.ok(isolated.some((s) => /\d{4}/.test(s)), "years isolated");
    assert.ok(isolated.some((s) => /[A-Z]{3,}/.test(s)), "acronyms isolated");
    const ranges = isolated.filter((s) => /\d–\d/.test(s));
    assert.ok(ranges.length > 0, "ranges isolated whole");
    // the range is one left-to-right run: the earlier year on the left
    await page.goto(`${srv.origin}/ur/`);
    const order = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const m = n.data.match(/\u2066(\d{4})–(\d{4})\u2069/);
        if (!m) continue;
        const i = n.data.indexOf(m[0]) + 1, r = document.createRange();
        r.setStart(n, i); r.setEnd(n, i + 4); const a = r.getBoundingClientRect().left;
        r.setStart(n, i + 5); r.setEnd(n, i + 9); const b = r.getBoundingClientRect().left;
        return { a, b };
      }
      return null;
    });
    if (order) assert.ok(order.a < order.b, `the start year is drawn left of the end year: ${JSON.stringify(order)}`);
  } finally { await srv.close(); }
});

// Every word of Latin script a reader meets on an Urdu page (its text, and
// the aria-label/title/alt/placeholder a screen reader or a tooltip gives):
// acronyms (UN, ISF, UNOSOM II, CSV), file names and key names pass; so do
// English source titles, records and citations, which the page marks
// lang="en", code, and the English names and quotes the Urdu content keeps,
// which it isolates (LRI…PDI). Anything else is an English interface word
// left untranslated.
function latinWordsOnPage() {
  // key names the Urdu instructions mention (the keys are labelled so)
  const KEYS = new Set(["Enter", "Escape", "Home", "End", "Tab"]);
  const words = (t) => (t
    // names, titles and quotes the content keeps in English are isolated (LRI…PDI)
    .replace(/\u2066[^\u2069]*\u2069/g, " ")
    // file names: events.csv
    .replace(/[\w-]+\.(csv|json|txt)\b/g, " ")
    .match(/[A-Za-z][A-Za-z’'-]*[A-Za-z]/g) || [])
    .filter((w) => !/^[A-Z0-9-]+s?$/.test(w) && !KEYS.has(w));
  // (not the root: the control run reads an English page, <html lang="en">)
  const skip = (el) => el.closest(':not(html)[lang="en"], script, style, noscript, template, code, pre');
  const where = (el) => {
    const p = [];
    for (let e = el; e && e !== document.body && p.length < 4; e = e.parentElement) {
      p.unshift(e.tagName.toLowerCase() + (e.id ? "#" + e.id : e.classList[0] ? "." + e.classList[0] : ""));
    }
    return p.join(">");
  };
  const out = [];
  const add = (el, text, what) => {
    const w = words(text);
    if (w.length) out.push(`${where(el)}${what}: ${w.slice(0, 5).join(" ")} (“${text.trim().slice(0, 70)}”)`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && !skip(n.parentElement)) add(n.parentElement, n.data, "");
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    if (skip(el)) continue;
    for (const a of ["aria-label", "title", "alt", "placeholder"]) {
      const v = el.getAttribute(a);
      if (v) add(el, v, `@${a}`);
    }
  }
  add(document.documentElement, document.title, "<title>");
  return [...new Set(out)];
}

test("no English interface words on the Urdu pages: every text and accessible name is Urdu, save acronyms and English marked lang=en", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser);
    const found = [];
    for (const p of [...PAGES, ...EMBEDS].map(urPath).concat(
      ["/ur/map/?year=1993&mission=unosom", "/ur/alignment/?year=1993", "/ur/timeline/?event=independence"])) {
      await page.goto(`${srv.origin}${p}`);
      await ready(page);
      // the closed parts a reader opens: share & data, the charts' tables
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
      for (const f of await page.evaluate(latinWordsOnPage)) found.push(`${p} ${f}`);
    }
    assert.deepEqual(found, [], `English left on Urdu pages:\n${found.join("\n")}`);
    // the check can fail: an English page is full of such words
    await page.goto(`${srv.origin}/map/`);
    await ready(page);
    assert.ok((await page.evaluate(latinWordsOnPage)).length > 10, "the English map is found English");
  } finally { await srv.close(); }
});

test("320 px: no Urdu page scrolls sideways", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { viewport: { width: 320, height: 700 } });
    for (const p of PAGES) {
      await page.goto(`${srv.origin}${urPath(p)}`);
      await ready(page);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(over <= 0, `${p}: ${over} px too wide`);
    }
  } finally { await srv.close(); }
});

test("accessibility: axe finds no WCAG A/AA violation on the Urdu pages, light and dark", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    for (const colorScheme of ["light", "dark"]) {
      const page = await openPage(browser, { colorScheme });
      for (const p of PAGES) {
        await page.goto(`${srv.origin}${urPath(p)}`);
        await ready(page);
        assert.deepEqual(await axeViolations(page), [], `${p} (${colorScheme})`);
      }
    }
  } finally { await srv.close(); }
});

test("the Urdu timeline's strip runs right to left, and the arrow keys follow what the eye sees", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${srv.origin}/ur/timeline/`);
    await ready(page);
    const x = (id) => page.$eval(`#${id}`, (e) => { const r = e.getBoundingClientRect(); return r.x + r.width / 2; });
    const active = () => page.getAttribute("#tl-strip-marks", "aria-activedescendant");
    await page.focus("#tl-strip-marks");
    await page.keyboard.press("Home");
    const first = await active();
    await page.keyboard.press("End");
    const last = await active();
    assert.ok(await x(first) > await x(last), `the earliest event (${first}) is right of the latest (${last})`);
    // from the earliest, the left arrow goes on in time (to the left), the right arrow back
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowLeft");
    const second = await active();
    assert.notEqual(second, first);
    assert.ok(await x(second) <= await x(first), `${second} is not right of ${first}`);
    await page.keyboard.press("ArrowRight");
    assert.equal(await active(), first);
    // Enter opens it, with its Urdu title
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#tl-detail");
    const title = await page.textContent("#tl-detail-title");
    assert.equal(plain(title), plain(UR_EVENTS[second.slice(3)]?.title ?? title));
    assert.match(title, URDU);
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("keyboard only on the Urdu map and explorer: the markers keep the map's west-to-east order, the year sliders run right to left with the keys following the eye, Enter and Escape work", async () => {
  const srv = await serve(SITES[0].dir);
  try {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const activeId = () => page.evaluate(() => document.activeElement?.id || "");
    const cx = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return r.x + r.width / 2; });
    // the map: its geometry is not mirrored, so the markers' order stays west to east
    await page.goto(`${srv.origin}/ur/map?year=1994`);
    await ready(page);
    let id = "";
    for (let i = 0; i < 60 && !id.startsWith("mk"); i++) { await page.keyboard.press("Tab"); id = await activeId(); }
    assert.ok(id.startsWith("mk"), `Tab reaches a marker (${id})`);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "none", "visible focus");
    await page.keyboard.press("Home");
    const first = await activeId();
    await page.keyboard.press("ArrowRight");
    const second = await activeId();
    assert.notEqual(second, first);
    assert.ok(await cx(`#${second}`) >= await cx(`#${first}`), `ArrowRight goes east, to the right (${first} → ${second})`);
    await page.keyboard.press("ArrowLeft");
    assert.equal(await activeId(), first, "ArrowLeft goes back west");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "map-card-title");
    assert.match(await page.textContent(".map-card"), URDU, "the card reads in Urdu");
    await page.keyboard.press("Escape");
    await page.waitForFunction((s) => document.activeElement?.id === s, second);
    // the map's year slider: earlier years on the right; the left arrow goes on in time
    const slider = async (sel) => {
      await page.focus(sel);
      assert.equal(await page.$eval(sel, (e) => getComputedStyle(e).direction), "rtl", `${sel} runs right to left`);
      const before = Number(await page.inputValue(sel));
      await page.keyboard.press("ArrowLeft");
      const after = Number(await page.inputValue(sel));
      assert.equal(after, before + 1, `${sel}: ArrowLeft steps to the next year`);
      await page.keyboard.press("ArrowRight");
      assert.equal(Number(await page.inputValue(sel)), before, `${sel}: ArrowRight steps back`);
      return after;
    };
    const next = await slider("#map-year");
    await page.waitForFunction((y) => new URL(location.href).searchParams.get("year") === String(y - 1), next);
    assert.match(plain(await page.textContent("#map-summary")), new RegExp(`^${next - 1} میں`), "the summary follows the year");
    assert.deepEqual(problems(page), []);
    // the explorer: the same for its year slider, and the options by keys
    await page.goto(`${srv.origin}/ur/alignment?year=1960`);
    await ready(page);
    for (let i = 0; i < 60 && (await activeId()) !== "align-year"; i++) await page.keyboard.press("Tab");
    assert.equal(await activeId(), "align-year", "Tab reaches the year slider");
    await page.keyboard.press("ArrowLeft");
    assert.equal(plain(await page.textContent("#year-h")), "1961 میں", "ArrowLeft: the next year");
    await page.keyboard.press("ArrowRight");
    assert.equal(plain(await page.textContent("#year-h")), "1960 میں");
    await page.keyboard.press("End");
    assert.notEqual(plain(await page.textContent("#year-h")), "1960 میں");
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.name)) !== "gaza-option"; i++) await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.name), "gaza-option", "Tab reaches the Gaza options");
    await page.keyboard.press("Space");
    const one = plain(await page.textContent(".scenario h3"));
    assert.match(one, URDU);
    await page.keyboard.press("ArrowDown");
    const two = plain(await page.textContent(".scenario h3"));
    assert.notEqual(two, one, "ArrowDown picks the next option");
    assert.match(two, URDU);
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});

test("search engines and link previews: the hreflang links are full addresses once the page has loaded (no SITE_URL in this build), and an Urdu page's preview image is described in Urdu", async () => {
  const srv = await serve(SITES[1].dir);
  try {
    const page = await openPage(browser);
    for (const p of ["/map/", "/ur/map/", "/ur/"]) {
      await page.goto(`${srv.origin}${SITES[1].base}${p}`);
      await page.waitForLoadState("load");
      const alts = await page.$$eval("link[rel=alternate][hreflang]", (ls) => ls.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      assert.equal(alts.length, 3, p);
      for (const [lang, href] of alts) assert.ok(href.startsWith(`${srv.origin}${SITES[1].base}/`), `${p}: ${lang} ${href}`);
      const alt = await page.getAttribute('meta[property="og:image:alt"]', "content");
      if (p.startsWith("/ur")) assert.match(alt, URDU, `${p}: ${alt}`);
      else assert.ok(alt.startsWith("A view of the page"), alt);
    }
    assert.deepEqual(problems(page), []);
  } finally { await srv.close(); }
});
