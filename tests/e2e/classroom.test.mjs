// Classroom-ready and phone-first (issue 16) in a real browser: a compact
// phone header (at most 72 px at 390 px, every link and the theme switch
// reachable with the keyboard), and the story at a glance on the home page
// (key figures from the content, each with its date and a link to its source;
// previews of the three views drawn from the same content).
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const read = (f) => JSON.parse(fs.readFileSync(path.join(ROOT, "content", f), "utf8"));
const FIGURES = read("figures.json").figures;
const SOURCES = new Set(read("sources.json").sources.map((s) => s.id));
const MISSIONS = read("missions.json").missions;
const EVENTS = read("events.json").events;
const VOTES = read("votes.json").votes;
const ROUTES = ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/teach"];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

const headerHeight = (page) => page.evaluate(() => document.querySelector(".site-header").getBoundingClientRect().height);

test("phone header: at most 72 px at 390 px on every route, prerendered and with the app", async () => {
  for (const route of ROUTES) {
    const page = await openPage(browser, PHONE);
    await page.goto(`${srv.origin}${route}`);
    const pre = await headerHeight(page);
    assert.ok(pre <= 72, `${route} prerendered: header ${pre} px`);
    await ready(page);
    const app = await headerHeight(page);
    assert.ok(app <= 72, `${route} with the app: header ${app} px`);
    // the page's own link is in view in the scrolling row
    const inView = await page.evaluate(() => {
      const bar = document.querySelector(".header-bar").getBoundingClientRect();
      const here = document.querySelector(".header-bar [aria-current='page']");
      if (!here) return true;
      const r = here.getBoundingClientRect();
      return r.left >= bar.left - 1 && r.right <= bar.right + 1;
    });
    assert.ok(inView, `${route}: the current page's link is in view`);
    assert.deepEqual(problems(page), [], route);
  }
  // 320 px: still one title line and one row
  const small = await openPage(browser, { ...PHONE, viewport: { width: 320, height: 640 } });
  await small.goto(`${srv.origin}/timeline`);
  assert.ok((await headerHeight(small)) <= 72, "320 px");
});

test("phone header: every link and the theme switch are reached with Tab and scrolled into view; links work", async () => {
  const page = await openPage(browser, PHONE);
  await page.goto(`${srv.origin}/`);
  await ready(page);
  const names = await page.$$eval('nav[aria-label="Main"] a', (as) => as.map((a) => a.textContent.trim()));
  assert.ok(names.length >= 5, `links: ${names}`);
  const reached = [];
  for (let i = 0; i < 40 && reached.length < names.length + 1; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const bar = document.querySelector(".header-bar");
      if (!el || !bar.contains(el)) return null;
      const b = bar.getBoundingClientRect(), r = el.getBoundingClientRect();
      return { name: el.textContent.trim() || el.tagName, visible: r.left >= b.left - 1 && r.right <= b.right + 1 && r.width > 0 };
    });
    if (info) {
      assert.ok(info.visible, `${info.name} is scrolled into view when focused`);
      reached.push(info.name);
    } else if (reached.length) break;
  }
  for (const n of names) assert.ok(reached.includes(n), `Tab reaches ${n} (reached ${reached})`);
  assert.ok(await page.$(".header-bar .theme-switch select, .header-bar .theme-switch button, .header-bar .theme-switch input"), "the theme switch is in the header's row");
  assert.ok(reached.length > names.length, "Tab reaches the theme switch after the links");
  // a link in the row is one tap away
  await page.tap('nav[aria-label="Main"] a[href$="/sources"]');
  // a link between views is a page load of the prerendered page (each view has its own app)
  await page.waitForURL(/\/sources\/?$/);
  await page.waitForSelector("main h1:has-text('Sources')");
  assert.deepEqual(problems(page), []);
});

/** The newest point of a series (the later in the file on a tie), as the site picks it. */
function latest(series) {
  // the last day a date covers ("2005" -> "2005-12-31"; a range: its end)
  const pad = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  const last = (d) => pad(typeof d === "string" ? d.split("/").pop() : d.end || d.start);
  let best = null, bestI = -1;
  series.points.forEach((p, i) => {
    const k = last(p.date);
    if (!best || k >= last(best.date)) { best = p; bestI = i; }
  });
  return { point: best, index: bestI };
}

test("home: the key figures at a glance, from the content, each with its date and a source link", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/`);
  const tiles = await page.$$eval(".at-a-glance .kf", (lis) => lis.map((li) => ({
    key: li.dataset.key,
    values: [...li.querySelectorAll(".kf-value")].map((v) => v.textContent.replace(/\s+/g, " ").trim()),
    dates: [...li.querySelectorAll(".kf-meta time")].map((t) => t.getAttribute("datetime")),
    sources: [...li.querySelectorAll(".kf-meta a[data-source]")].map((a) => [a.dataset.source, a.getAttribute("href")]),
  })));
  assert.ok(tiles.length >= 4, `tiles: ${JSON.stringify(tiles)}`);
  for (const key of ["served", "deaths", "missions", "deployed", "vote", "isf"]) assert.ok(tiles.some((t) => t.key === key), `a ${key} figure`);
  for (const t of tiles) {
    assert.ok(t.dates.length >= 1 && t.dates.every((d) => /^\d{4}(-\d\d){0,2}$/.test(d)), `${t.key}: dated (${t.dates})`);
    assert.ok(t.sources.length >= 1, `${t.key}: a source link`);
    for (const [id, href] of t.sources) {
      assert.ok(SOURCES.has(id), `${t.key}: ${id} is in sources.json`);
      assert.equal(href, `/sources#src-${id}`);
    }
  }
  // the numbers are the content's: each series' newest figure
  for (const [key, id] of [["served", "total-deployed"], ["deaths", "deaths"], ["missions", "missions"], ["deployed", "deployed-now"]]) {
    const s = FIGURES.find((f) => f.id === id);
    const { point } = latest(s);
    const shown = tiles.find((t) => t.key === key).values[0].replace(/[^0-9]/g, "");
    assert.ok(shown.startsWith(String(point.value ?? point.quantity?.value ?? "")), `${key}: ${shown} vs ${JSON.stringify(point).slice(0, 120)}`);
    const t = tiles.find((t) => t.key === key);
    assert.ok((point.sources || []).includes(t.sources[0][0]), `${key}: cites the point's source`);
  }
  // the Council's vote on Resolution 2803: the count of the ballots in votes.json, its date and source
  const vote = VOTES.find((v) => v.id === "res-2803");
  const count = (c) => vote.ballots.filter((b) => b.vote === c).length;
  const v = tiles.find((t) => t.key === "vote");
  assert.ok(v, "a vote figure");
  assert.equal(v.values[0], `${count("in-favour")}–${count("against")}–${count("abstained")}`);
  assert.deepEqual(v.dates, [vote.date]);
  assert.equal(v.sources[0][0], vote.sources[0]);
  const pakistan = vote.ballots.find((b) => b.member === "Pakistan").vote.replace("-", " ");
  const label = await page.innerText(".at-a-glance .kf[data-key='vote'] .kf-label");
  assert.match(label, new RegExp(`Resolution 2803.*Pakistan voted ${pakistan}$`));
  // its label leads to the vote's chart in the story
  assert.equal(await page.getAttribute(".at-a-glance .kf[data-key='vote'] a.kf-label", "href"), "/#fig-vote-res-2803");
  assert.ok(await page.isVisible("#fig-vote-res-2803"), "the vote's chart is on the page");
  // the source links land on their entries
  const first = tiles[0].sources[0][0];
  await page.click(`.at-a-glance a[data-source="${first}"] >> nth=0`);
  await page.waitForFunction((id) => /^\/sources\/?$/.test(location.pathname) && location.hash === `#src-${id}`, first);
  await page.waitForSelector(`#src-${first}`);
  assert.deepEqual(problems(page), []);
});

test("home: key figures in the first screen at 1280x900 and within two screens on a 390 px phone; axe clean", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/`);
  const box = await page.locator(".at-a-glance").boundingBox();
  assert.ok(box.y + box.height <= 900, `desktop: the strip ends at ${Math.round(box.y + box.height)} px`);
  assert.deepEqual(await axeViolations(page), []);
  const phone = await openPage(browser, PHONE);
  await phone.goto(`${srv.origin}/`);
  const pbox = await phone.locator(".at-a-glance .kf").first().boundingBox();
  assert.ok(pbox.y < 2 * 844, `phone: the first figure starts at ${Math.round(pbox.y)} px`);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll on a phone (${overflow} px)`);
  assert.deepEqual(await axeViolations(phone), []);
});

test("home: previews of the three views are drawn from the content and lead to the views", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/`);
  const cards = await page.$$eval(".previews a.view-card", (as) => as.map((a) => ({ href: a.getAttribute("href"), svg: !!a.querySelector("svg[aria-hidden='true']") })));
  assert.deepEqual(cards.map((c) => c.href), ["/timeline", "/map", "/alignment"]);
  assert.ok(cards.every((c) => c.svg), "each card has its miniature");
  const dots = await page.$$eval(".map-preview circle", (cs) => cs.length);
  assert.equal(dots, MISSIONS.length, "a dot per deployment");
  const events = await page.$$eval(".tl-preview path", (ps) => ps.reduce((n, p) => n + (p.getAttribute("d").match(/h0/g) || []).length, 0));
  assert.equal(events, EVENTS.length, "a dot per event");
  assert.equal(await page.$$eval(".al-preview path", (ps) => ps.length), 3, "three partners");
  await page.click(".previews a[href='/map']");
  await page.waitForFunction(() => /^\/map\/?$/.test(location.pathname));
  await ready(page);
  assert.match(await page.innerText("main h1"), /map/i);
});
