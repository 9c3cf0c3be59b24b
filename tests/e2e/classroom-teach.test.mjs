// /teach (issue 16, item 4) in a real browser: a lesson for each chapter and
// view from content/teach.json, with 3-5 questions that each link to the
// site's sourced content, an activity that opens an interactive view, key
// terms and 45-minute timings; reachable from the home page and the menu;
// axe-clean; embeddable; each lesson prints as a worksheet.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const LESSONS = JSON.parse(fs.readFileSync(path.join(ROOT, "content/teach.json"), "utf8")).lessons;

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

async function lessons(page) {
  return page.$$eval("section.lesson", (ss) => ss.map((s) => ({
    id: s.id,
    questions: [...s.querySelectorAll(".teach-questions > li")].map((li) => [...li.querySelectorAll(".teach-see a")].map((a) => a.getAttribute("href"))),
    activity: [...s.querySelectorAll(".teach-activity .teach-see a")].map((a) => a.getAttribute("href")),
    terms: s.querySelectorAll(".teach-terms dt").length,
    minutes: [...s.querySelectorAll(".teach-steps .teach-min")].reduce((n, m) => n + parseInt(m.textContent, 10), 0),
  })));
}

test("/teach: prerendered, a lesson per chapter and view, every question linked to sourced content; axe clean", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/teach`);
  assert.match(await page.innerText("main h1"), /Teaching with this explainer/);
  const got = await lessons(page);
  assert.deepEqual(got.map((l) => l.id), LESSONS.map((l) => `lesson-${l.id}`));
  for (const l of got) {
    assert.ok(l.questions.length >= 3 && l.questions.length <= 5, `${l.id}: ${l.questions.length} questions`);
    for (const q of l.questions) assert.ok(q.length >= 1 && q.every((h) => h.startsWith("/")), `${l.id}: each question links to the site (${q})`);
    assert.ok(l.activity.some((h) => /^\/(timeline|map|alignment)(\?|$)/.test(h)), `${l.id}: the activity opens a view (${l.activity})`);
    assert.ok(l.terms >= 1, `${l.id}: key terms`);
    assert.equal(l.minutes, 45, `${l.id}: 45 minutes`);
  }
  // every lesson of the story's chapters and of the three views
  for (const on of ["view:/timeline", "view:/map", "view:/alignment"]) assert.ok(LESSONS.some((l) => l.on === on), on);
  assert.deepEqual(await axeViolations(page), []);
  await ready(page);
  assert.deepEqual(await lessons(page), got, "the app draws the same lessons");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems(page), []);
});

test("/teach: every link lands (chapters, events, deployments, figures, terms, views)", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/teach`);
  const hrefs = [...new Set(await page.$$eval("main .teach-see a, main .teach-on a, main .teach-terms a", (as) => as.map((a) => a.getAttribute("href"))))];
  for (const h of hrefs) {
    const [p, hash] = h.split("#");
    const res = await fetch(`${srv.origin}${p.replace(/\?.*$/, "")}`);
    assert.equal(res.status, 200, h);
    if (hash) {
      const html = await res.text();
      assert.ok(html.includes(`id="${hash}"`), `${h}: the anchor exists`);
    }
  }
});

test("/teach: reachable from the home page and the menu; embeddable", async () => {
  const page = await openPage(browser);
  await page.goto(`${srv.origin}/`);
  assert.ok(await page.$("main a[href='/teach']"), "a link on the home page");
  assert.ok(await page.$("nav[aria-label='Main'] a[href='/teach']"), "in the menu");
  await page.click("main a[href='/teach']");
  await page.waitForFunction(() => /^\/teach\/?$/.test(location.pathname));
  await page.waitForSelector("section.lesson");
  const embed = await openPage(browser);
  await embed.goto(`${srv.origin}/embed/teach`);
  await embed.waitForSelector("section.lesson");
  assert.equal(await embed.$(".site-header"), null, "no site header in the embed");
  assert.deepEqual(problems(embed), []);
});

test("/teach: each lesson prints as a worksheet (that lesson alone, no controls)", async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => { window.print = () => { window.__printed = document.documentElement.getAttribute("data-print"); }; });
  await page.goto(`${srv.origin}/teach`);
  await ready(page);
  const second = LESSONS[1].id;
  await page.click(`#lesson-${second} button[data-print-button='lesson']`);
  await page.waitForFunction(() => window.__printed === "lesson");
  await page.emulateMedia({ media: "print" });
  const shown = await page.$$eval("section.lesson", (ss) => ss.filter((s) => s.getBoundingClientRect().height > 0).map((s) => s.id));
  assert.deepEqual(shown, [`lesson-${second}`]);
  const controls = await page.$$eval("main button, main input, main select", (els) => els.filter((e) => e.getBoundingClientRect().height > 0).length);
  assert.equal(controls, 0);
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 3, `worksheet: ${pages} A4 pages`);
  console.log(`# worksheet ${second}: ${pages} A4 pages`);
});
