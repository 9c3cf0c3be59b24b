// Handouts (issue 16, item 3) in a real browser: printing any view shows no
// controls, says the view's state in words, lists the sources it cites as
// numbered references, and prints the page's address (with its state) and the
// day; A4 and US Letter both fit the width, and each view also prints as a
// one-page summary. Page counts come from page.pdf().
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { SITES, serve, launch, openPage, ready, problems, closePages } from "./lib.mjs";
import { CONTENT_BUTTONS, printStamp } from "../../scripts/lib/measure.mjs";

const VIEWS = [
  { route: "/timeline", state: /^Timeline: \d+ of \d+ events\.$/ },
  { route: "/timeline?cat=war&event=war-1965", state: /^Timeline: \d+ of \d+ events, categories War and conflict; open: .+\.$/, app: true },
  { route: "/map?year=1993", state: /^Map: missions active in 1993\.$/, app: true },
  { route: "/map", state: /^Map: every deployment, 1960–\d{4}\.$/ },
  { route: "/alignment", state: /^Alignment explorer: \d{4}; weights .+\.$/, app: true },
];
// the printable width of A4 (the narrower paper) with the page's margins: 210 - 2 x 14 mm
const A4_WIDTH_PX = Math.floor(((210 - 28) / 25.4) * 96);

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

const pdfPages = async (page, format) => {
  const pdf = await page.pdf({ format });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
};

/** What a printed page shows: visible controls, state, address, date, references. */
function printed(page) {
  return page.evaluate((CONTENT) => {
    const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden"; };
    // buttons that carry the content (an event's title, a marker, a mission's name) print as text
    const controls = [...document.querySelectorAll("input, select, textarea, summary, button")]
      .filter((el) => shown(el) && !el.matches(CONTENT)).map((el) => el.outerHTML.slice(0, 80));
    const styled = [...document.querySelectorAll("main button")].filter(shown)
      .filter((b) => parseFloat(getComputedStyle(b).borderTopWidth) > 0).length;
    const stamp = document.querySelector(".print-stamp");
    const refs = [...document.querySelectorAll(".print-refs li")].map((li) => li.textContent);
    const cited = new Set([...document.querySelectorAll("main a[data-ref]")].filter(shown).map((a) => a.getAttribute("href")));
    const marks = [...document.querySelectorAll("main a[data-ref]")].filter(shown).map((a) => getComputedStyle(a, "::after").content);
    return {
      controls, styled,
      state: [...document.querySelectorAll(".print-state")].filter(shown).map((p) => p.textContent.trim()),
      stamp: stamp && shown(stamp) ? stamp.textContent : "",
      date: [...document.querySelectorAll(".print-stamp time")].some(shown) ? document.querySelector(".print-stamp time").dateTime : "",
      href: location.href,
      refs, cited: cited.size, marks,
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  }, CONTENT_BUTTONS);
}

for (const v of VIEWS) {
  test(`handout: ${v.route}${v.app ? " (app started)" : " (prerendered)"}: no controls, state in words, references, address and date; A4 and Letter`, { todo: v.todo }, async () => {
    const page = await openPage(browser, { viewport: { width: A4_WIDTH_PX, height: 1000 } });
    await page.goto(`${srv.origin}${v.route}`);
    if (v.app) await ready(page);
    await page.emulateMedia({ media: "print" });
    await printStamp(page);
    const p = await printed(page);
    assert.deepEqual(p.controls, [], "no controls in print");
    assert.equal(p.styled, 0, "buttons that carry content print as text, without a border");
    assert.equal(p.state.length, 1, `one state line (${p.state})`);
    assert.match(p.state[0], v.state);
    assert.ok(p.stamp.includes(p.href), `the address with its state: ${p.stamp}`);
    assert.ok(new URL(p.href).search === new URL(`${srv.origin}${v.route}`).search || v.app, "the address keeps the state");
    const today = new Date();
    assert.equal(p.date, `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`, "today's date");
    assert.equal(p.refs.length, p.cited, `one numbered reference per cited source (${p.refs.length} vs ${p.cited})`);
    for (const m of p.marks) assert.match(m, /^" \[\d+\]"$/, "each citation shows its number");
    assert.ok(p.overflow <= 0, `nothing cut off at A4's printable width (${p.overflow} px too wide)`);
    const a4 = await pdfPages(page, "A4"), letter = await pdfPages(page, "Letter");
    assert.ok(a4 >= 1 && letter >= 1, `pages: A4 ${a4}, Letter ${letter}`);
    // the one-page summary
    await page.evaluate(() => document.documentElement.setAttribute("data-print", "summary"));
    const s = await printed(page);
    assert.match(s.state[0], v.state, "the summary keeps the state");
    assert.ok(s.stamp.includes(s.href), "the summary keeps the address");
    assert.equal(await pdfPages(page, "A4"), 1, "summary: one A4 page");
    assert.equal(await pdfPages(page, "Letter"), 1, "summary: one Letter page");
    console.log(`# ${v.route}${v.app ? " app" : ""}: handout ${a4} A4 / ${letter} Letter pages, ${p.refs.length} references; summary 1 / 1`);
    assert.deepEqual(problems(page), []);
  });
}

test("handout: the print buttons are on every view and work before and after the app starts", async () => {
  for (const route of ["/timeline", "/map", "/alignment"]) {
    const page = await openPage(browser);
    await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || []).concat(document.documentElement.getAttribute("data-print") || "full"); }; });
    await page.goto(`${srv.origin}${route}`);
    await page.click("button[data-print-button='summary']");
    await page.waitForFunction(() => (window.__printed || []).length === 1, null, { timeout: 20000 });
    await ready(page);
    await page.click("button[data-print-button='full']");
    await page.waitForFunction(() => (window.__printed || []).length === 2);
    assert.deepEqual(await page.evaluate(() => window.__printed), ["summary", "full"], route);
    assert.deepEqual(problems(page), [], route);
  }
});
