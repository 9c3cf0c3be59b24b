// The /timeline view in a real browser against the built site: category filter,
// search with highlight, opening events on the strip and in the list by mouse
// and by keyboard only, deep links
// (also under the sub-path build and inside an iframe), junk queries, 320 px
// layout, axe, and a timing of filter changes. Expectations are computed from
// content/events.json so the tests follow the content as it grows.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { SITES, ROOT, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

// in the order the site shows them: by first day, the less precise date first on a tie
// (the loader's rule, crates/content/src/load/mod.rs), whatever the order in the file
const firstDay = (e) => {
  const parts = e.date.replace(/^c\.\s*/, "").split("/")[0].split("-").map(Number);
  return [parts[0], parts[1] ?? 1, parts[2] ?? 1, parts.length];
};
const EVENTS = JSON.parse(fs.readFileSync(path.join(ROOT, "content/events.json"), "utf8")).events
  .map((e, i) => [firstDay(e), i, e])
  .sort(([a, i], [b, j]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3] || i - j)
  .map(([, , e]) => e);
const byId = (id) => EVENTS.find((e) => e.id === id);
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[‘’ʼ]/g, "'");
const matches = (e, q) => {
  const terms = fold(q).split(/\s+/).filter(Boolean);
  const hay = [e.title, e.summary, e.place || ""].map(fold);
  return terms.every((t) => hay.some((h) => h.includes(t)));
};

let browser, root;
before(async () => {
  browser = await launch();
  root = await serve(SITES[0].dir);
});
afterEach(closePages);
after(async () => {
  await root?.close();
  await browser?.close();
});

/** The full app's wasm (not the keeper's, `app-timeline-keep-<hash>`). */
const FULL_APP = /\/app-timeline-[0-9a-f]{16}_bg\.wasm$/;

async function openTimeline(query = "", opts = {}, origin = root.origin, base = "") {
  const page = await openPage(browser, opts);
  await page.goto(`${origin}${base}/timeline/${query}`);
  await ready(page);
  // the list is rendered (a filter in the URL may hide the first items)
  await page.waitForSelector(".tl-list .tl-item", { state: "attached" });
  return page;
}
/** The prerendered timeline with its keeper running and the full app held
 *  back (its download never answers): what a reader on a slow connection
 *  uses first (src/views/timeline/keeper.rs). */
async function openKept() {
  const page = await openPage(browser);
  await page.route(FULL_APP, () => { /* held */ });
  await page.goto(`${root.origin}/timeline/`);
  await page.waitForSelector("html[data-keeper='ready'] body[data-prerendered] .tl-list .tl-item");
  return page;
}
const shownItems = (page) => page.$$eval(".tl-item", (els) => els.filter((e) => !e.hidden).map((e) => e.querySelector("button").id.slice(3)));
const statusText = (page) => page.textContent("#tl-status");
const activeId = (page) => page.evaluate(() => document.activeElement?.id || "");
const query = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));

// each twice: with the full app, and with the keeper alone on the prerendered page
for (const [how, open] of [["", () => openTimeline()], [" (the keeper, before the full app)", openKept]]) {
test(`filter by a category: the list and the axis show exactly the chip's count, and the URL says so${how}`, async () => {
  const page = await open();
  assert.equal((await shownItems(page)).length, EVENTS.length);
  assert.match(await statusText(page), new RegExp(`^${EVENTS.length} of ${EVENTS.length} events shown`));
  const cat = byId("un-membership").category;
  const chipCount = Number(await page.getAttribute(`.tl-chip[data-cat="${cat}"] .tl-count`, "data-count"));
  assert.equal(chipCount, EVENTS.filter((e) => e.category === cat).length);
  await page.click("text=Clear all");
  assert.equal((await shownItems(page)).length, 0);
  assert.equal((await query(page)).cat, "none");
  await page.check(`.tl-chip[data-cat="${cat}"] input`);
  const shown = await shownItems(page);
  assert.equal(shown.length, chipCount, "visible events = the chip's count");
  assert.ok(shown.every((id) => byId(id).category === cat));
  assert.match(await statusText(page), new RegExp(`^${chipCount} of ${EVENTS.length} events shown`));
  assert.equal((await query(page)).cat, cat);
  // the strip: one mark per shown event on the 1947–2025 axis, all of that category
  const axisCats = await page.$$eval(".tl-track [role=option]", (els) => els.map((e) => e.dataset.cat));
  const onAxis = EVENTS.filter((e) => e.category === cat && !e.after_resolution).length;
  assert.equal(axisCats.length, onAxis, "one mark per event of the category");
  assert.ok(axisCats.every((c) => c === cat), `the strip shows only ${cat}: ${axisCats}`);
  // every category has its own shape, not only a colour
  const shapes = await page.$$eval(".tl-chip .tl-icon path", (ps) => ps.map((p) => p.getAttribute("d")));
  assert.equal(new Set(shapes).size, shapes.length);
  await page.click("text=Show all");
  assert.equal((await shownItems(page)).length, EVENTS.length);
  assert.equal((await query(page)).cat, undefined, "no cat= when nothing is filtered");
  assert.deepEqual(problems(page), []);
  if (how) assert.ok(await page.$("body[data-prerendered]"), "still the prerendered page");
});

test(`search matches title, summary and place regardless of case and accents, highlights, and announces the count${how}`, async () => {
  const page = await open();
  const q = "NATIONS unitéd";
  const expected = EVENTS.filter((e) => matches(e, q)).map((e) => e.id);
  assert.ok(expected.includes("un-membership"));
  await page.fill("#tl-q", q);
  assert.deepEqual(await shownItems(page), expected);
  assert.equal(await page.getAttribute("#tl-status", "role"), "status");
  assert.match(await statusText(page), new RegExp(`^${expected.length} of ${EVENTS.length} events shown, matching “${q}”`));
  const marks = await page.$$eval("#li-un-membership mark", (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.includes("united") && marks.includes("nations"), `highlighted: ${marks}`);
  assert.equal((await query(page)).q, q);
  await page.fill("#tl-q", "zzzz-no-such-thing");
  assert.equal((await shownItems(page)).length, 0);
  assert.ok(await page.isVisible("text=No event matches"));
  assert.deepEqual(problems(page), []);
  if (how) assert.ok(await page.$("body[data-prerendered]"), "still the prerendered page");
});
}

test("on a phone, the keeper's filter and search hand over to the full app: the same events, counts, status and open panel, and focus stays", async () => {
  const page = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(FULL_APP, async (route) => { await held; await route.continue(); });
  await page.goto(`${root.origin}/timeline/`);
  await page.waitForSelector("html[data-keeper='ready']");
  const marksBefore = await page.$$eval(".tl-track [role=option]", (els) => els.map((e) => e.id.slice(3)));
  await page.tap(".tl-filter-toggle");
  assert.equal(await page.getAttribute(".tl-filter-toggle", "aria-expanded"), "true");
  assert.ok(await page.isVisible(".tl-chip[data-cat='war']"), "the panel opens");
  await page.tap(".tl-chip[data-cat='war']");
  await page.tap("#tl-q");
  await page.keyboard.type("pakistan");
  const expected = EVENTS.filter((e) => e.category !== "war" && matches(e, "pakistan")).map((e) => e.id);
  assert.ok(expected.length > 3 && expected.length < EVENTS.length);
  const seen = async () => ({
    ids: await shownItems(page),
    marks: await page.$$eval(".tl-track [role=option]", (els) => els.map((e) => e.id.slice(3)).sort()),
    status: await statusText(page),
    counts: await page.$$eval(".tl-chip .tl-count", (els) => els.map((e) => `${e.closest(".tl-chip").dataset.cat}=${e.dataset.count}`)),
    label: (await page.textContent(".tl-filter-toggle")).trim(),
    open: await page.getAttribute(".tl-filter-toggle", "aria-expanded"),
    war: await page.isChecked(".tl-chip[data-cat='war'] input"),
    q: await page.inputValue("#tl-q"),
  });
  const kept = await seen();
  assert.ok(await page.$("body[data-prerendered]"), "the keeper works on the prerendered page");
  assert.notEqual(await page.getAttribute("html", "data-app"), "ready");
  assert.deepEqual(kept.ids, expected);
  assert.deepEqual(kept.marks, marksBefore.filter((id) => expected.includes(id)).sort(), "the strip shows the shown events' marks");
  assert.match(kept.status, new RegExp(`^${expected.length} of ${EVENTS.length} events shown, matching “pakistan”`));
  assert.equal((await query(page)).q, "pakistan");
  assert.ok(!(await query(page)).cat.split(",").includes("war"));
  // the full app arrives, and takes over once the reader pauses: nothing changes for them
  release();
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
  assert.equal(await page.$("body[data-prerendered]"), null, "the app took over");
  assert.deepEqual(await seen(), kept);
  assert.equal(await activeId(page), "tl-q", "focus stays in the search box");
  assert.deepEqual(problems(page), []);
});

test("with the keeper running and the full app's download failing, a control only the app has says so within seconds; the keeper's still work", async () => {
  const page = await openPage(browser);
  await page.route(FULL_APP, (r) => r.abort());
  await page.goto(`${root.origin}/timeline/`);
  await page.waitForSelector("html[data-keeper='ready']");
  await page.click(".tl-chip[data-cat='war']");
  assert.match(await statusText(page), new RegExp(`^${EVENTS.filter((e) => e.category !== "war").length} of`));
  await page.click("text=Next event");
  const alert = await page.waitForSelector("#app-starting[role=alert]", { timeout: 10000 });
  assert.match(await alert.textContent(), /interactive parts could not start/);
  assert.equal(await page.getAttribute("html", "data-app"), null, "nothing is held");
  await page.mouse.move(200, 300);
  await page.waitForTimeout(300);
  assert.ok(await page.$("#app-starting[role=alert]"), "the message stays when the pointer moves");
  await page.click(".tl-chip[data-cat='war']");
  assert.match(await statusText(page), new RegExp(`^${EVENTS.length} of ${EVENTS.length}`), "the keeper's controls still work");
  await page.unroute(FULL_APP);
  await page.click("text=Next event");
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
  await page.waitForSelector(".tl-item.open", { timeout: 5000 });
});

test("open an event by click on the strip and on the list; related missions link to the map", async () => {
  const page = await openTimeline();
  const first = await page.$(".tl-track .tl-dot, .tl-track .tl-span");
  const id = (await first.getAttribute("id")).slice(3);
  await first.click();
  await page.waitForSelector("#tl-detail");
  assert.equal(await page.textContent("#tl-detail-title"), byId(id).title);
  assert.equal((await query(page)).event, id);
  assert.equal(await page.getAttribute(`#ax-${id}`, "aria-selected"), "true");
  assert.ok(await page.$(`li.tl-item:has(#li-${id}) #tl-detail`), "the event opens in place in the list");
  await page.click("#tl-detail .tl-close");
  assert.equal(await page.$("#tl-detail"), null);
  assert.equal((await query(page)).event, undefined);
  await page.click("#li-resolution-2803");
  assert.equal(await page.textContent("#tl-detail-title"), byId("resolution-2803").title);
  assert.ok(await page.isVisible("#tl-detail .source-refs a"), "sources listed");
  const ev = EVENTS.find((e) => (e.missions || []).length);
  if (ev) {
    await page.goto(`${root.origin}/timeline/?event=${ev.id}`);
    await page.waitForSelector("#tl-detail");
    const hrefs = await page.$$eval("#tl-detail a", (as) => as.map((a) => a.getAttribute("href")));
    const year = ev.date.replace(/^c\.\s*/, "").slice(0, 4);
    assert.ok(hrefs.includes(`/map?mission=${ev.missions[0]}&year=${year}`), hrefs.join(" "));
  }
  assert.deepEqual(problems(page), []);
});

async function tabUntil(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return true;
  }
  return false;
}

test("keyboard only: Tab to the strip, arrows, Home/End, Enter opens, Escape closes and returns focus; same in the list", async () => {
  const page = await openTimeline();
  assert.ok(await tabUntil(page, "#tl-strip-marks"), "Tab reaches the strip");
  assert.equal(await activeId(page), "tl-strip-marks", "the strip is one tab stop");
  const tabbable = await page.$$eval("#tl-strip [tabindex='0'], #tl-strip button, #tl-strip a", (es) => es.length);
  assert.equal(tabbable, 1, "one tab stop in the strip");
  // the arrow keys go through the events in the site's order (by date)
  const order = EVENTS.filter((e) => !e.after_resolution).map((e) => `ax-${e.id}`);
  const active = () => page.getAttribute("#tl-strip-marks", "aria-activedescendant");
  assert.equal(await active(), order[0], "the first event has the strip's attention");
  await page.keyboard.press("End");
  assert.equal(await active(), order.at(-1));
  await page.keyboard.press("Home");
  assert.equal(await active(), order[0]);
  await page.keyboard.press("ArrowRight");
  assert.equal(await active(), order[1]);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await active(), order[0]);
  // the accessible name of the active event carries date and title
  const e0 = byId(order[0].slice(3));
  const label = await page.getAttribute(`#${order[0]}`, "aria-label");
  assert.ok(label.includes(e0.title), label);
  assert.match(label, /\d{4}/);
  assert.equal(await page.getAttribute(`#${order[0]}`, "role"), "option");
  // a visible focus indicator
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  // Enter opens the active event in the list, focus moves to it; Escape brings it back
  await page.keyboard.press("ArrowRight");
  const target = await active();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tl-detail");
  assert.equal(await activeId(page), "tl-detail-title", "focus moves to the detail");
  assert.equal(await page.textContent("#tl-detail-title"), byId(target.slice(3)).title);
  await page.keyboard.press("Escape");
  assert.equal(await page.$("#tl-detail"), null);
  await page.waitForFunction(() => document.activeElement?.id === "tl-strip-marks");
  assert.equal(await active(), target, "the strip still points at the event");

  // the list
  assert.ok(await tabUntil(page, ".tl-lists"), "Tab reaches the list");
  assert.equal(await activeId(page), `li-${EVENTS[0].id}`);
  await page.keyboard.press("ArrowDown");
  assert.equal(await activeId(page), `li-${EVENTS[1].id}`);
  await page.keyboard.press("End");
  assert.equal(await activeId(page), `li-${EVENTS.at(-1).id}`);
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tl-detail");
  assert.equal(await page.textContent("#tl-detail-title"), EVENTS[1].title);
  await page.keyboard.press("Escape");
  await page.waitForFunction((id) => document.activeElement?.id === id, `li-${EVENTS[1].id}`);
  // no single-key shortcut outside the widget: typing "+" in the search box types
  await page.fill("#tl-q", "");
  await page.focus("#tl-q");
  const before = await page.textContent("#tl-range");
  await page.keyboard.type("+-");
  assert.equal(await page.inputValue("#tl-q"), "+-");
  assert.equal(await page.textContent("#tl-range"), before);
  assert.deepEqual(problems(page), []);
});

test("keyboard zoom and the era select change the window and the URL", async () => {
  const page = await openTimeline();
  assert.match(await page.textContent("#tl-range"), /1947–2025/);
  await page.click('button[aria-label="Zoom in"]');
  const q = await query(page);
  assert.ok(q.from && q.to, `zoom in the URL: ${JSON.stringify(q)}`);
  assert.ok(Number(q.to) - Number(q.from) < 45);
  await page.click('button[aria-label="Earlier"]');
  assert.ok(Number((await query(page)).from) < Number(q.from));
  await page.click("text=Whole span");
  assert.equal((await query(page)).from, undefined);
  const era = await page.$eval(".tl-era-select select option:nth-child(2)", (o) => o.value);
  await page.selectOption(".tl-era-select select", era);
  assert.ok((await query(page)).from, "era zoom writes from/to");
  assert.notEqual(await page.textContent("#tl-range"), "Showing 1947–2025");
  assert.deepEqual(problems(page), []);
});

for (const site of SITES) {
  test(`${site.name}: deep links restore events at both ends of the range, with filters, search and zoom`, async () => {
    const srv = site.base ? await serve(site.dir) : root;
    try {
      for (const id of ["un-membership", "resolution-2803"]) {
        const page = await openTimeline(`?event=${id}`, {}, srv.origin, site.base);
        await page.waitForSelector("#tl-detail");
        assert.equal(await page.textContent("#tl-detail-title"), byId(id).title);
        assert.equal((await query(page)).event, id);
        assert.equal(await page.getAttribute(`#li-${id}`, "aria-current"), "true");
        assert.deepEqual(problems(page), []);
        await page.context().close();
      }
      const e = byId("un-membership");
      const page = await openTimeline(`?event=un-membership&cat=${e.category}&q=united&from=1947&to=1960`, {}, srv.origin, site.base);
      await page.waitForSelector("#tl-detail");
      assert.equal(await page.inputValue("#tl-q"), "united");
      const checked = await page.$$eval(".tl-chip input", (is) => is.filter((i) => i.checked).map((i) => i.value));
      assert.deepEqual(checked, [e.category]);
      assert.equal(await page.textContent("#tl-range"), "Showing 1947–1960");
      assert.deepEqual(await query(page), { event: "un-membership", cat: e.category, q: "united", from: "1947", to: "1960" });
      assert.ok(await page.isVisible("#ax-un-membership"));
      assert.deepEqual(problems(page), []);
      await page.context().close();
    } finally {
      if (site.base) await srv.close();
    }
  });
}

test("junk in the query does not break the page", async () => {
  for (const q of ["?event=nope&cat=zzz&from=abc&to=99999&q=%FF", "?event=%3Cscript%3E&from=2020&to=1990&cat=,,", "?year=abc&event="]) {
    const page = await openTimeline(q);
    assert.equal((await shownItems(page)).length, EVENTS.length, q);
    assert.equal(await page.$("#tl-detail"), null, q);
    assert.match(await page.textContent("#tl-range"), /1947–2025/);
    assert.equal((await query(page)).event, undefined);
    assert.deepEqual(problems(page), [], q);
    await page.context().close();
  }
});

test("after-resolution events form a separate group, off the 1947–2025 axis", async () => {
  const page = await openTimeline();
  const afterIds = EVENTS.filter((e) => e.after_resolution).map((e) => e.id);
  assert.equal(!!(await page.$(".tl-after")), afterIds.length > 0);
  for (const id of afterIds) {
    assert.equal(await page.$(`#ax-${id}`), null, `${id} not on the axis`);
    assert.ok(await page.$(`.tl-after #li-${id}`), `${id} in the after group`);
  }
  assert.ok(await page.$("#ax-resolution-2803"), "2803 is on the strip");
  assert.deepEqual(problems(page), []);
});

test("320 px: the strip and the list without horizontal scrolling, with filters, search and detail", async () => {
  const page = await openTimeline("", { viewport: { width: 320, height: 700 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  assert.ok(await page.isVisible("#tl-strip"), "the strip is drawn at 320 px too");
  assert.ok(await page.isVisible(`#li-${EVENTS[0].id}`));
  // the category filter is folded behind one button
  assert.equal(await page.isVisible(".tl-chip"), false);
  await page.click(".tl-filter-toggle");
  assert.ok(await page.isVisible(".tl-chip"));
  await page.fill("#tl-q", "united");
  assert.deepEqual(await shownItems(page), EVENTS.filter((e) => matches(e, "united")).map((e) => e.id));
  await page.click("#li-un-membership");
  await page.waitForSelector("#tl-detail");
  assert.equal(await overflow(), 0);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.activeElement?.id === "li-un-membership");
  assert.deepEqual(problems(page), []);
});

test("inside an iframe: deep link and selection work without touching the parent", async () => {
  const page = await openPage(browser);
  // a parent on another origin (about:blank), so any parent access would throw
  await page.setContent(`<iframe title="Timeline" src="${root.origin}/timeline/?event=resolution-2803" width="1000" height="800"></iframe>`);
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForSelector("#tl-detail-title");
  assert.equal(await frame.textContent("#tl-detail-title"), byId("resolution-2803").title);
  await frame.click("#li-un-membership");
  await frame.waitForFunction(() => location.search.includes("event=un-membership"));
  assert.equal(await frame.textContent("#tl-detail-title"), byId("un-membership").title);
  assert.deepEqual(problems(page), []);
});

test("accessibility: axe finds no violation with the detail open, desktop (light and dark) and 320 px", async () => {
  for (const [viewport, colorScheme] of [[{ width: 1280, height: 900 }, "light"], [{ width: 1280, height: 900 }, "dark"], [{ width: 320, height: 700 }, "light"]]) {
    const page = await openTimeline("?event=un-membership&q=united", { viewport, colorScheme });
    await page.waitForSelector("#tl-detail");
    assert.deepEqual(await axeViolations(page), [], `${viewport.width}px ${colorScheme}`);
    assert.deepEqual(problems(page), []);
    await page.context().close();
  }
});

test("measure: re-render time after a filter change with all events shown (median of 20)", async () => {
  const page = await openTimeline();
  const times = await page.evaluate(async () => {
    const input = document.querySelector(".tl-chip input");
    const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      input.click();
      await raf();
      await raf();
      out.push(performance.now() - t0);
    }
    return out;
  });
  times.sort((a, b) => a - b);
  const median = (times[9] + times[10]) / 2;
  console.log(`# timeline filter change with ${EVENTS.length} events: median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`);
  assert.ok(Number.isFinite(median));
  assert.equal((await shownItems(page)).length, EVENTS.length, "20 toggles leave every event shown");
  assert.deepEqual(problems(page), []);
});
