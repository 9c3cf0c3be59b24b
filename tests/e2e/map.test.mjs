// The map in a real browser against the built site: the year slider and play,
// selection by click and by keyboard, deep links (also in an iframe and under a
// sub-path), clusters that open to 24x24 px targets, zoom and pan, the sortable
// table, junk in the URL, 320 px and axe.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages, openKept, regions, fullApp } from "./lib.mjs";

const MISSIONS = JSON.parse(fs.readFileSync(path.join(ROOT, "content/missions.json"), "utf8")).missions;
const byId = (id) => MISSIONS.find((m) => m.id === id);
// the slider's last year (LAST_YEAR in src/views/map/logic.rs): the content runs to mid-2026
const LAST = 2026;
/** Years of participation as the content writes them: `1960/1964`, `c. 2023`, `2011/`. */
function span(m) {
  const t = m.years.replace(/^c\.\s*/, "");
  const [a, b] = t.split("/");
  const start = +a.slice(0, 4);
  const end = b === undefined ? start : b.trim() === "" ? LAST : +b.slice(0, 4);
  return [start, end];
}
const activeIn = (y) => MISSIONS.filter((m) => { const [a, b] = span(m); return a <= y && y <= b; }).map((m) => m.id).sort();

let browser, root;
before(async () => { browser = await launch(); root = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await root?.close(); });

async function openMap(query = "", opts = {}, origin = root.origin, base = "") {
  const page = await openPage(browser, opts);
  await page.goto(`${origin}${base}/map/${query}`);
  await ready(page);
  await page.waitForSelector(".markers .marker", { state: "attached" });
  return page;
}
/** Missions on the map: single markers and the members of clusters (inside the view). */
const onMap = (page) => page.$$eval(".markers .marker", (els) => els.flatMap((e) =>
  e.dataset.mission ? [e.dataset.mission] : e.dataset.members.split(" ")).sort());
const query = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
/** Makes a mission's own marker visible: opens the clusters that hold it. */
async function reveal(page, id) {
  for (let i = 0; i < 4 && !(await page.$(`#mk-${id}`)); i++) {
    await page.click(`.marker.cluster[data-members~="${id}"]`);
  }
  return page.waitForSelector(`#mk-${id}`);
}
const activeId = (page) => page.evaluate(() => document.activeElement?.id || "");

test("the year slider shows exactly the deployments active in known years", async () => {
  const page = await openMap();
  assert.equal((await onMap(page)).length, MISSIONS.length, "every deployment at first");
  assert.match(await page.textContent("#map-summary"), new RegExp(`${MISSIONS.length} deployments`));
  // keyboard on the slider: Home goes to 1960, then one year per arrow
  await page.focus("#map-year");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => document.querySelector("#map-summary").textContent.startsWith("In 1960"));
  assert.deepEqual(await onMap(page), activeIn(1960));
  assert.deepEqual(activeIn(1961), ["onuc", "unmogip"]);
  for (let i = 0; i < 34; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#map-summary").textContent.startsWith("In 1994"));
  const y1994 = activeIn(1994);
  assert.deepEqual(await onMap(page), y1994);
  assert.ok(y1994.includes("unosom") && y1994.includes("unprofor") && !y1994.includes("onuc"));
  assert.match(await page.textContent("#map-summary"), new RegExp(`In 1994: ${y1994.length} deployments`));
  assert.equal((await query(page)).year, "1994");
  // the last year: the prospective ISF appears, drawn differently from UN missions
  await page.keyboard.press("End");
  await page.waitForFunction((last) => document.querySelector("#map-summary").textContent.startsWith(`In ${last}`), LAST);
  assert.deepEqual(await onMap(page), activeIn(LAST));
  assert.ok(await page.$("#mk-unmogip.hosted"), "UNMOGIP is shown as hosted by Pakistan");
  assert.ok(await (await reveal(page, "gaza-isf")).evaluate((e) => e.classList.contains("prospective")), "the ISF is a prospective marker");
  await page.click("button:has-text('Reset')");
  // a sourced personnel figure for a year that has one
  await page.fill("#map-year", "2010").catch(() => {});
  await page.$eval("#map-year", (el) => { el.value = "2010"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => /10,635/.test(document.querySelector(".map-personnel").textContent));
  assert.ok(await page.$(".map-personnel .source-refs a[href*='#src-']"), "the figure cites its source");
  // back to every deployment
  await page.check('input[name="map-mode"][value="all"]');
  await page.waitForFunction((n) => document.querySelectorAll(".markers .marker").length > 0 &&
    document.querySelector("#map-summary").textContent.includes(`${n} deployments`), MISSIONS.length);
  assert.equal((await query(page)).year, undefined);
  assert.deepEqual(problems(page), []);
});

test("play steps through the years and stops by itself at the last year; reduced motion steps slowly", async () => {
  const page = await openMap("?year=2021");
  await page.click(".year-control .play");
  assert.equal(await page.getAttribute(".year-control .play", "aria-pressed"), "true");
  await page.waitForFunction((last) => document.querySelector(".year-out").textContent === String(last) &&
    document.querySelector(".year-control .play").getAttribute("aria-pressed") === "false", LAST, { timeout: 15000 });
  await page.waitForTimeout(700);
  assert.equal(await page.textContent(".year-out"), String(LAST), "it stopped at the end");
  assert.equal((await query(page)).year, String(LAST));

  const slow = await openMap("?year=2000", { reducedMotion: "reduce" });
  await slow.click(".year-control .play");
  await slow.waitForTimeout(600);
  assert.ok(+(await slow.textContent(".year-out")) <= 2001, "with reduced motion a step takes longer than 0.6 s");
  await slow.click(".year-control .play");
  assert.equal(await slow.getAttribute(".year-control .play", "aria-pressed"), "false");
  assert.deepEqual(problems(page), []);
});

test("a click opens the mission card with its figures and sources; Escape closes and returns focus", async () => {
  const page = await openMap("?year=1993");
  await page.click("#mk-unosom");
  await page.waitForSelector(".map-card[data-mission='unosom']");
  const card = await page.textContent(".map-card");
  const m = byId("unosom");
  assert.match(card, new RegExp(m.acronym));
  assert.match(card, /Somalia/);
  // the first contingent figure the content gives, as the card writes it
  assert.ok(card.includes(m.contingent[0].quantity.value.toLocaleString("en-GB")), "contingent");
  assert.match(card, /39–40/, "fatalities, where sources differ");
  assert.match(card, /Sources differ/i);
  assert.ok(await page.$(".map-card a[href*='/timeline?event=']"), "links to its timeline events");
  assert.ok((await page.$$(".map-card .source-refs a")).length >= 2, "cites its sources");
  assert.equal(await activeId(page), "map-card-title");
  assert.deepEqual(await query(page), { mission: "unosom", year: "1993" });
  assert.equal(await page.getAttribute("#mk-unosom", "aria-pressed"), "true");
  await page.keyboard.press("Escape");
  await page.waitForSelector(".map-card.empty");
  assert.equal(await activeId(page), "mk-unosom");
  assert.deepEqual(await query(page), { year: "1993" });
  assert.deepEqual(problems(page), []);
});

test("keyboard only: Tab to the markers, arrows move west to east, Enter opens, Escape returns", async () => {
  const page = await openMap("?year=1994");
  let id = "";
  for (let i = 0; i < 40 && !id.startsWith("mk"); i++) {
    await page.keyboard.press("Tab");
    id = await activeId(page);
  }
  assert.ok(id.startsWith("mk"), `Tab reaches a marker (${id})`);
  // focus is visible: an outline is drawn
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.keyboard.press("Home");
  const first = await activeId(page);
  await page.keyboard.press("End");
  const last = await activeId(page);
  assert.notEqual(first, last);
  const xs = await page.$$eval(".markers .marker", (els) => els.map((e) => { const r = e.getBoundingClientRect(); return r.x + r.width / 2; }));
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b), "marker order runs west to east");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const second = await activeId(page);
  assert.notEqual(second, first);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "map-card-title");
  const mission = second.startsWith("mkc-") ? null : second.slice(3);
  if (mission) assert.equal(await page.getAttribute(".map-card", "data-mission"), mission);
  await page.keyboard.press("Escape");
  await page.waitForFunction((s) => document.activeElement?.id === s, second);
  // only one marker is in the Tab order
  assert.equal(await page.$$eval(".markers .marker[tabindex='0']", (e) => e.length), 1);
  assert.deepEqual(problems(page), []);
});

for (const site of SITES) {
  test(`${site.name}: a deep link restores the mission and the year, on load and after reload`, async () => {
    const srv = site.base ? await serve(site.dir) : root;
    try {
      const page = await openMap("?mission=untaes&year=1996", {}, srv.origin, site.base);
      await page.waitForSelector(".map-card[data-mission='untaes']");
      assert.equal(await page.inputValue("#map-year"), "1996");
      // at world view it shares a cluster with UNMOP, which says it holds the selection
      assert.ok(await page.$('.marker.cluster.holds-selected[data-members~="untaes"]') || await page.$('#mk-untaes[aria-pressed="true"]'));
      assert.equal(await (await reveal(page, "untaes")).getAttribute("aria-pressed"), "true");
      await page.reload();
      await ready(page);
      await page.waitForSelector(".map-card[data-mission='untaes']");
      assert.deepEqual(await query(page), { mission: "untaes", year: "1996" });
      // the card links to the full timeline under the same base
      const link = await page.getAttribute(".map-card a[href*='/timeline?event=']", "href");
      assert.ok(link.startsWith(`${site.base}/timeline?event=`), link);
      assert.deepEqual(problems(page), []);
    } finally { if (srv !== root) await srv.close(); }
  });
}

test("inside an iframe: the deep link and a selection work without touching the parent", async () => {
  const page = await openPage(browser);
  await page.setContent(`<iframe title="Map" src="${root.origin}/map/?mission=minusca&year=2020" width="1000" height="900"></iframe>`);
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForSelector(".map-card[data-mission='minusca']");
  await frame.click("#row-unmiss");
  await frame.waitForFunction(() => location.search === "?mission=unmiss&year=2020");
  assert.match(await frame.textContent("#map-card-title"), /UNMISS/);
  assert.deepEqual(problems(page), []);
});

test("clusters in Europe and West Africa open into separate targets of at least 24x24 px", async () => {
  const page = await openMap();
  for (const group of [["unprofor", "untaes", "unmop", "unmik"], ["unamsil", "unmil", "unoci"]]) {
    await page.click("button:has-text('Reset')");
    const cluster = await page.$(`.marker.cluster[data-members~="${group[0]}"]`);
    assert.ok(cluster, `${group[0]} starts inside a cluster at world view`);
    const members = (await cluster.getAttribute("data-members")).split(" ");
    for (const id of group) assert.ok(members.includes(id), `${id} in the cluster ${members}`);
    await cluster.click();
    for (const id of group) {
      const el = await page.waitForSelector(`#mk-${id}`);
      const box = await el.boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, `${id}: ${box.width}x${box.height}`);
      // nothing covers the centre of the target: a real click reaches it
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("button")?.id, [box.x + box.width / 2, box.y + box.height / 2]);
      assert.equal(hit, `mk-${id}`, `${id} is not covered`);
      await el.click();
      await page.waitForSelector(`.map-card[data-mission='${id}']`);
    }
  }
  assert.deepEqual(problems(page), []);
});

test("zoom and pan with buttons, the wheel and a drag; reset returns to the world", async () => {
  const page = await openMap();
  const vb = () => page.getAttribute("svg.world", "viewBox").then((v) => v.split(" ").map(Number));
  const world = await vb();
  await page.click("button[aria-label='Zoom in']");
  assert.equal(await page.textContent(".zoom-level"), "2×");
  assert.ok((await vb())[2] < world[2] / 1.9);
  await page.click("button[aria-label='Pan east']");
  const east = await vb();
  await page.click("button[aria-label='Pan west']");
  assert.ok(east[0] > (await vb())[0], "pan east moves the view east");
  // the zoom buttons sit under the year controls: bring the map back into view
  await page.$eval(".map-frame", (f) => f.scrollIntoView({ block: "center" }));
  const frame = await (await page.$(".map-frame")).boundingBox();
  await page.mouse.move(frame.x + frame.width * 0.3, frame.y + frame.height * 0.3);
  await page.mouse.wheel(0, -200);
  await page.waitForFunction(() => document.querySelector(".zoom-level").textContent !== "2×");
  const before = await vb();
  await page.mouse.move(frame.x + frame.width * 0.2, frame.y + frame.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width * 0.5, frame.y + frame.height * 0.6, { steps: 5 });
  await page.mouse.up();
  assert.ok((await vb())[0] < before[0], "dragging right shows what lies west");
  await page.click("button:has-text('Reset')");
  assert.deepEqual(await vb(), world);
  assert.equal(await page.isDisabled("button[aria-label='Zoom out']"), true);
  assert.deepEqual(problems(page), []);
});

test("the table sorts by column and shares the selection with the map", async () => {
  const page = await openMap();
  const firstRow = () => page.$eval(".map-table tbody tr th button", (b) => b.id.slice(4));
  const header = (name) => page.locator(".map-table thead th", { hasText: name });
  await header("Contingent").locator("button").click();
  assert.equal(await header("Contingent").getAttribute("aria-sort"), "descending");
  // the largest first contingent in the content (the reported Saudi deployment, about 8,000)
  const largest = [...MISSIONS].filter((m) => m.contingent?.length)
    .sort((a, b) => b.contingent[0].quantity.value - a.contingent[0].quantity.value)[0].id;
  assert.equal(await firstRow(), largest);
  await header("Contingent").locator("button").click();
  assert.equal(await header("Contingent").getAttribute("aria-sort"), "ascending");
  assert.equal(await firstRow(), "minurso");
  await header("Mission").locator("button").click();
  const names = await page.$$eval(".map-table tbody tr th button", (bs) => bs.map((b) => b.textContent.toLowerCase()));
  assert.deepEqual(names, [...names].sort());
  assert.equal(names.length, MISSIONS.length);
  await page.click("#row-unmil");
  await page.waitForSelector(".map-card[data-mission='unmil']");
  assert.equal(await page.getAttribute("#row-unmil", "aria-pressed"), "true");
  assert.equal((await query(page)).mission, "unmil");
  assert.deepEqual(problems(page), []);
});

test("junk in the URL falls back with a visible note and no error", async () => {
  for (const [q, expect] of [
    ["?year=abc&mission=nope", /not a year/],
    ["?year=99999", /covers 1960–2026/],
    ["?year=-5&mission=%E2%80%93", /covers 1960–2026/],
    [`?mission=${"x".repeat(3000)}&year=1994&year=2001`, /no deployment/i],
  ]) {
    const page = await openMap(q);
    assert.match(await page.textContent("main"), expect, q.slice(0, 40));
    assert.ok((await onMap(page)).length > 0, "markers still drawn");
    assert.deepEqual(problems(page), [], q.slice(0, 40));
  }
});

test("320 px: no sideways scroll, the card and table work; axe finds no violations (light, dark, 320 px)", async () => {
  const small = await openMap("?mission=unamsil&year=2003", { viewport: { width: 320, height: 700 } });
  await small.waitForSelector(".map-card[data-mission='unamsil']");
  assert.equal(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  const frame = await (await small.$(".map-frame")).boundingBox();
  assert.ok(frame.width <= 320 && frame.width > 250, `map fits: ${frame.width}`);
  assert.deepEqual(await axeViolations(small), [], "320 px");
  for (const colorScheme of ["light", "dark"]) {
    const page = await openMap("?mission=unosom&year=1993", { colorScheme });
    await page.waitForSelector(".map-card[data-mission='unosom']");
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    assert.deepEqual(problems(page), []);
  }
});

// The map's keeper (src/views/map/keeper.rs): before the full app has come, the
// prerendered map's "One year" and its slider already work, and show exactly what
// the full app shows for the same year (each state was drawn by it at build time).
const WIDE = "#map-frame .markers:not(.markers-narrow) .marker";
const onWideMap = (page) => page.$$eval(WIDE, (els) => els.flatMap((e) =>
  e.dataset.mission ? [e.dataset.mission] : e.dataset.members.split(" ")).sort());
const MAP_REGIONS = ["#map-frame .markers:not(.markers-narrow)", "#map-summary", ".map-year .year-out", ".map-personnel",
  ".map-tools .legend ul", "#map-desc", ".map-table tbody", ".map-ranked", ".print-state", "#map-frame svg.world path.host.active"];

test("the keeper, before the full app: one year and the slider show what the full app shows for that year, and the address keeps it", async () => {
  const page = await openKept(browser, "map", `${root.origin}/map/`);
  await page.click('input[name="map-mode"][value="year"]');
  await page.waitForFunction((last) => document.querySelector("#map-summary").textContent.startsWith(`In ${last}`), LAST);
  assert.deepEqual(await onWideMap(page), activeIn(LAST));
  assert.ok(await page.$(`${WIDE}#mk-gaza-isf.prospective, ${WIDE}[data-members~='gaza-isf']`), "the ISF is on the map in the last year");
  // keyboard on the slider: Home, then one year per arrow
  await page.focus("#map-year");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => document.querySelector("#map-summary").textContent.startsWith("In 1960"));
  assert.deepEqual(await onWideMap(page), activeIn(1960));
  for (let i = 0; i < 34; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#map-summary").textContent.startsWith("In 1994"));
  assert.deepEqual(await onWideMap(page), activeIn(1994));
  assert.equal(await page.textContent(".map-year .year-out"), "1994");
  assert.equal((await query(page)).year, "1994");
  assert.match(await page.textContent(".print-state"), /^Map: missions active in 1994\.$/);
  // a year with a sourced personnel figure
  await page.$eval("#map-year", (el) => { el.value = "2010"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => /10,635/.test(document.querySelector(".map-personnel").textContent));
  assert.ok(await page.$(".map-personnel .source-refs a[href*='#src-']"), "the figure cites its source");
  const kept = await regions(page, MAP_REGIONS);
  assert.equal(await page.getAttribute("html", "data-app"), null, "all of it without the full app");
  assert.ok(await page.$("body[data-prerendered]"));
  // the full app, opened at the same address, shows the same
  const app = await openMap("?year=2010");
  assert.deepEqual(await regions(app, MAP_REGIONS), kept);
  // back to every deployment
  await page.check('input[name="map-mode"][value="all"]');
  await page.waitForFunction((n) => document.querySelector("#map-summary").textContent.includes(`${n} deployments`), MISSIONS.length);
  assert.equal((await onWideMap(page)).length, MISSIONS.length);
  assert.equal((await query(page)).year, undefined);
  assert.deepEqual(problems(page), []);
});

test("on a phone, the keeper's year hands over to the full app: the same deployments, year and focus", async () => {
  let release;
  const hold = new Promise((r) => { release = r; });
  const page = await openKept(browser, "map", `${root.origin}/map/`, { hold, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.tap('input[name="map-mode"][value="year"]');
  await page.focus("#map-year");
  await page.$eval("#map-year", (el) => { el.value = "1993"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => document.querySelector("#map-summary").textContent.startsWith("In 1993"));
  // the phone's frame shows the copy laid out for it, with the year's deployments
  const phone = await page.$$eval("#map-frame .markers-narrow .marker", (els) => els.filter((e) => e.getBoundingClientRect().width > 0)
    .flatMap((e) => e.dataset.mission ? [e.dataset.mission] : e.dataset.members.split(" ")).sort());
  assert.deepEqual(phone, activeIn(1993), "the phone's markers follow the year");
  const before = await regions(page, ["#map-summary", ".map-personnel", ".map-ranked"]);
  release();
  await page.waitForSelector("html[data-app='ready'] #map-frame .markers .marker", { timeout: 20000 });
  assert.deepEqual(await onMap(page), activeIn(1993));
  assert.deepEqual(await regions(page, ["#map-summary", ".map-personnel", ".map-ranked"]), before);
  assert.equal(await page.inputValue("#map-year"), "1993");
  assert.ok(await page.isChecked('input[name="map-mode"][value="year"]'));
  assert.equal(await page.evaluate(() => document.activeElement?.id), "map-year", "focus stays on the slider");
  assert.deepEqual(problems(page), []);
});

test("when a state's file does not come, the keeper gives the year to the full app, which shows it", async () => {
  const page = await openPage(browser);
  await page.route(/\/states\//, (r) => r.abort());
  await page.goto(`${root.origin}/map/`);
  await page.waitForSelector("html[data-keeper='ready']");
  await page.click('input[name="map-mode"][value="year"]');
  // the keeper gives the page up at once (not only when the reader pauses)
  await page.waitForSelector("html[data-keeper='none']", { timeout: 3000 });
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
  await page.waitForFunction((last) => document.querySelector("#map-summary").textContent.startsWith(`In ${last}`), LAST);
  assert.equal((await query(page)).year, String(LAST));
  assert.deepEqual(await onMap(page), activeIn(LAST));
  // the blocked files are the only failures
  assert.deepEqual(problems(page).filter((p) => !/\/states\/|net::ERR_FAILED/.test(p)), []);
});

test("when a state's file never comes and the full app cannot download, the reader is told within seconds and the map stays readable", async () => {
  const page = await openPage(browser);
  await page.route(/\/states\//, () => { /* never answers */ });
  await page.route(fullApp("map"), (r) => r.abort());
  await page.goto(`${root.origin}/map/`);
  await page.waitForSelector("html[data-keeper='ready']");
  await page.click('input[name="map-mode"][value="year"]');
  await page.waitForSelector("#app-starting[role=alert]", { timeout: 10000 });
  assert.match(await page.textContent("#app-starting"), /could not start/);
  assert.equal(await page.getAttribute("html", "data-keeper"), "none", "the keeper gave the page up");
  assert.ok(await page.$("body[data-prerendered] #map-summary"), "the prerendered map is still there");
});
