// The bridge-state explorer in a real browser: year, weights, scenarios, deep
// links, keyboard only, junk URLs, 320 px, axe. Expected positions are computed
// here independently from content/alignment.json and the rendered triangle.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages, openKept, regions } from "./lib.mjs";

const A = JSON.parse(fs.readFileSync(path.join(ROOT, "content/alignment.json"), "utf8")).alignment;
const SCENARIOS = JSON.parse(fs.readFileSync(path.join(ROOT, "content/scenarios.json"), "utf8")).scenarios;
const partners = A.poles.filter((p) => p.kind === "partner").map((p) => p.id);

/** Shares of the partner poles in `year` for `weights` {dimension: w}. */
function shares(year, weights) {
  const strength = partners.map((pole) => {
    let num = 0, den = 0;
    for (const d of A.dimensions) {
      const latest = A.codings.filter((k) => k.pole === pole && k.dimension === d.id && k.year <= year)
        .sort((a, b) => b.year - a.year)[0];
      if (latest) { num += weights[d.id] * latest.value; den += weights[d.id]; }
    }
    return den > 0 ? num / den : 0;
  });
  const total = strength.reduce((a, b) => a + b, 0);
  return strength.map((s) => s / total);
}

const defaults = Object.fromEntries(A.dimensions.map((d) => [d.id, d.default_weight]));

async function corners(page) {
  const pts = await page.getAttribute("svg.ternary polygon.triangle", "points");
  return pts.trim().split(/\s+/).map((p) => p.split(",").map(Number));
}
async function marker(page) {
  return page.$eval("#alignment-marker", (m) => ({ x: +m.getAttribute("cx"), y: +m.getAttribute("cy"), year: +m.dataset.year }));
}
const mix = (s, c) => s.reduce(([x, y], w, i) => [x + w * c[i][0], y + w * c[i][1]], [0, 0]);
const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

test("the marker sits where the coded data puts it, and moves with the year", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/alignment?year=1962`);
  await ready(page);
  const c = await corners(page);
  assert.equal(c.length, 3, "a triangle: one corner per partner");
  let m = await marker(page);
  assert.equal(m.year, 1962);
  const e1962 = mix(shares(1962, defaults), c);
  assert.ok(dist([m.x, m.y], e1962) < 0.5, `1962 at ${m.x},${m.y}; expected ${e1962}`);
  assert.match(await page.textContent("#year-h"), /In 1962/);

  await page.fill("#align-year", "1971");
  m = await marker(page);
  assert.equal(m.year, 1971);
  assert.ok(dist([m.x, m.y], mix(shares(1971, defaults), c)) < 0.5);
  assert.match(await page.textContent("#evidence-h"), /Evidence coded in 1971/);
  const recoded = A.codings.filter((k) => k.year === 1971).length;
  const items = await page.$$eval(".evidence-list li.change", (l) => l.length);
  assert.equal(items, recoded, "one entry per value recoded in 1971");
  assert.match(page.url(), /year=1971/);
  assert.deepEqual(problems(page), []);
});

test("raising the security weight moves the point the way the model says", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/alignment?year=1962`);
  await ready(page);
  const c = await corners(page);
  const before = await marker(page);
  await page.fill("#weight-security", "5");
  const after = await marker(page);
  const expected = mix(shares(1962, { ...defaults, security: 5 }), c);
  assert.ok(dist([after.x, after.y], expected) < 0.5, `moved to ${after.x},${after.y}; expected ${expected}`);
  // towards the position of security alone
  const securityOnly = mix(shares(1962, Object.fromEntries(A.dimensions.map((d) => [d.id, d.id === "security" ? 1 : 0]))), c);
  assert.ok(dist([after.x, after.y], securityOnly) < dist([before.x, before.y], securityOnly), "closer to the security-only position");
  assert.ok(dist([after.x, after.y], [before.x, before.y]) > 1, "the point visibly moved");
  assert.match(page.url(), /w=security%3A5%2Ceconomic%3A1%2Cdiplomatic%3A1/);

  // all weights at 0 is refused with a message; the chart keeps its last valid state
  await page.fill("#weight-economic", "0");
  await page.fill("#weight-diplomatic", "0");
  const kept = await marker(page);
  await page.fill("#weight-security", "0");
  assert.match(await page.textContent(".weight-error"), /At least one weight must be above 0/);
  assert.deepEqual(await marker(page), kept);

  await page.click("text=Reset to the editors’ default");
  assert.equal(await page.textContent(".weight-error"), "");
  const reset = await marker(page);
  assert.ok(dist([reset.x, reset.y], [before.x, before.y]) < 0.01, "back to the default position");
  assert.deepEqual(problems(page), []);
});

test("choosing a scenario shows its arguments, the three tests and named voices", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/alignment`);
  await ready(page);
  assert.match(await page.textContent(".scenario-detail"), /Choose an option/);
  const s = SCENARIOS.find((x) => x.voices.length > 0) || SCENARIOS[0];
  await page.check(`input[name="gaza-option"][value="${s.id}"]`);
  assert.equal(await page.textContent(".scenario h3"), s.label);
  const dts = await page.$$eval(".scenario dl.arguments dt", (l) => l.length);
  assert.equal(dts, s.effects.length + s.tests.length);
  assert.equal(await page.$$eval(".scenario .voice", (l) => l.length), s.voices.length);
  assert.match(page.url(), new RegExp(`option=${s.id}`));
  assert.deepEqual(problems(page), []);
});

test("a shared link restores year, weights and option (also under a sub-path)", async () => {
  const sub = await serve(SITES[1].dir);
  try {
    const s = SCENARIOS[SCENARIOS.length - 1];
    for (const origin of [`${srv.origin}`, `${sub.origin}${SITES[1].base}`]) {
      const page = await openPage(browser);
      await page.goto(`${origin}/alignment?year=1971&w=security:2,economic:1,diplomatic:1&option=${s.id}`);
      await ready(page);
      assert.equal(await page.inputValue("#align-year"), "1971");
      assert.equal(await page.inputValue("#weight-security"), "2");
      assert.equal(await page.isChecked(`input[value="${s.id}"]`), true);
      assert.equal(await page.textContent(".scenario h3"), s.label);
      const c = await corners(page);
      const m = await marker(page);
      assert.ok(dist([m.x, m.y], mix(shares(1971, { ...defaults, security: 2 }), c)) < 0.5);
      assert.deepEqual(problems(page), []);
      await page.context().close();
    }
  } finally { await sub.close(); }
});

test("junk in the URL falls back to defaults with a visible note", async () => {
  const page = await openPage(browser);
  for (const q of ["year=abc&w=security:NaN&option=nope", "year=99999&w=security:-4", "year=-5&w=,,:&option=", "w=security:0,economic:0,diplomatic:0"]) {
    await page.goto(`${srv.origin}/alignment?${q}`);
    await ready(page);
    const m = await marker(page);
    assert.ok(m.year >= A.first_year && m.year <= A.last_year, `${q}: year ${m.year}`);
    assert.ok(Number.isFinite(m.x) && Number.isFinite(m.y));
    if (q.includes("w=security")) assert.match(await page.textContent("main"), /weights in the link were refused/);
  }
  await page.goto(`${srv.origin}/alignment?year=99999`);
  await ready(page);
  assert.equal((await marker(page)).year, A.last_year);
  assert.deepEqual(problems(page), []);
});

test("keyboard only: reach the year slider, step years with arrows, pick an option", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/alignment?year=1960`);
  await ready(page);
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement.id)) !== "align-year"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "align-year");
  await page.keyboard.press("ArrowRight");
  assert.equal((await marker(page)).year, 1961);
  await page.keyboard.press("End");
  assert.equal((await marker(page)).year, A.last_year);
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "solid", "visible focus");
  for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement.name)) !== "gaza-option"; i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  assert.equal(await page.textContent(".scenario h3"), SCENARIOS[0].label);
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.textContent(".scenario h3"), SCENARIOS[1].label);
  assert.deepEqual(problems(page), []);
});

test("the codebook is one click away and stays on the page", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/alignment?year=1990`);
  await ready(page);
  await page.click("text=How the coding works");
  assert.equal(await page.getAttribute("#codebook", "open"), "");
  assert.match(page.url(), /\/alignment\/?\?year=1990/);
  assert.match(await page.textContent("#codebook"), /weight/i);
  // a link to it from elsewhere (the about page) opens it on arrival
  assert.equal(await page.getAttribute("text=How the coding works", "href"), "/alignment#codebook");
  await page.goto(`${srv.origin}/alignment#codebook`);
  await ready(page);
  await page.waitForSelector("#codebook[open]");
});

test("320 px: no sideways scroll; axe finds no violations", async () => {
  const page = await openPage(browser, { viewport: { width: 320, height: 700 } });
  await page.goto(`${srv.origin}/alignment?option=${SCENARIOS[0].id}`);
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  await page.click("text=How the coding works");
  assert.deepEqual(await axeViolations(page), []);
  const desk = await openPage(browser, { colorScheme: "dark" });
  await desk.goto(`${srv.origin}/alignment?option=${SCENARIOS[0].id}`);
  await ready(desk);
  assert.deepEqual(await axeViolations(desk), []);
});

// The explorer's keeper (src/views/alignment/keeper.rs): before the full app has
// come, the prerendered year slider and Gaza options already work, and show
// exactly what the full app shows for the same address (each year and option
// was drawn by it at build time).
const ALIGN_REGIONS = [".align-chart .multiples", ".align-chart .ternary-wrap", ".align-chart .year-out", "#year-h",
  ".align-panel > div[aria-live]", ".align-panel .coded", ".scenario-detail", ".print-state"];

test("the keeper, before the full app: the year and an option show what the full app shows, and the address keeps them", async () => {
  const page = await openKept(browser, "alignment", `${srv.origin}/alignment/`);
  // keyboard on the slider: Home, then one year per arrow
  await page.focus("#align-year");
  await page.keyboard.press("Home");
  await page.waitForFunction((y) => document.querySelector("#alignment-marker")?.dataset.year === String(y), A.first_year);
  for (let i = 0; i < 1971 - A.first_year; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#alignment-marker")?.dataset.year === "1971");
  const c = await corners(page);
  const m = await marker(page);
  assert.ok(dist([m.x, m.y], mix(shares(1971, defaults), c)) < 0.5, `1971 at ${m.x},${m.y}`);
  assert.match(await page.textContent("#evidence-h"), /Evidence coded in 1971/);
  assert.equal(await page.$$eval(".evidence-list li.change", (l) => l.length), A.codings.filter((k) => k.year === 1971).length);
  const s = SCENARIOS.find((x) => x.voices.length > 0) || SCENARIOS[0];
  await page.check(`input[name="gaza-option"][value="${s.id}"]`);
  await page.waitForFunction((label) => document.querySelector(".scenario h3")?.textContent === label, s.label);
  assert.equal(await page.$$eval(".scenario dl.arguments dt", (l) => l.length), s.effects.length + s.tests.length);
  assert.equal(await page.$$eval(".scenario .voice", (l) => l.length), s.voices.length);
  assert.match(await page.textContent(".print-state"), new RegExp(`^Alignment explorer: 1971; weights .+\\.$`));
  const q = new URL(page.url()).search;
  assert.equal(q, `?year=1971&option=${s.id}`);
  const kept = await regions(page, ALIGN_REGIONS);
  assert.equal(await page.getAttribute("html", "data-app"), null, "all of it without the full app");
  // the full app, opened at the same address, shows the same
  const app = await openPage(browser);
  await app.goto(`${srv.origin}/alignment/${q}`);
  await ready(app);
  assert.deepEqual(await regions(app, ALIGN_REGIONS), kept);
  assert.deepEqual(problems(page), []);
});

test("the keeper's year and option hand over to the full app, and focus stays on the slider", async () => {
  let release;
  const hold = new Promise((r) => { release = r; });
  const page = await openKept(browser, "alignment", `${srv.origin}/alignment/`, { hold });
  const s = SCENARIOS[1];
  await page.check(`input[name="gaza-option"][value="${s.id}"]`);
  await page.focus("#align-year");
  await page.$eval("#align-year", (el) => { el.value = "1990"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => document.querySelector("#alignment-marker")?.dataset.year === "1990");
  const before = await regions(page, ALIGN_REGIONS);
  release();
  await page.waitForSelector("html[data-app='ready'] #alignment-marker", { timeout: 20000 });
  assert.deepEqual(await regions(page, ALIGN_REGIONS), before);
  assert.equal(await page.inputValue("#align-year"), "1990");
  assert.ok(await page.isChecked(`input[name="gaza-option"][value="${s.id}"]`));
  assert.equal(await page.evaluate(() => document.activeElement?.id), "align-year", "focus stays on the slider");
  assert.deepEqual(problems(page), []);
});

test("the keeper shows an option and a year asked for one right after the other, each in its own regions", async () => {
  const page = await openKept(browser, "alignment", `${srv.origin}/alignment/`);
  // the option's file comes late: the year asked for meanwhile must not drop it
  await page.route(/\/states\/[^/]+\/o-[^/]+\.json$/, async (r) => { await new Promise((res) => setTimeout(res, 600)); await r.continue(); });
  const s = SCENARIOS[SCENARIOS.length - 1];
  await page.check(`input[name="gaza-option"][value="${s.id}"]`);
  await page.$eval("#align-year", (el) => { el.value = "1980"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => document.querySelector("#alignment-marker")?.dataset.year === "1980");
  await page.waitForFunction((label) => document.querySelector(".scenario h3")?.textContent === label, s.label, { timeout: 5000 });
  assert.equal(new URL(page.url()).search, `?year=1980&option=${s.id}`);
  assert.deepEqual(problems(page), []);
});
