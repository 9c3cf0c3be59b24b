#!/usr/bin/env node
// Measures what issue 16 is about, on a built site (not a test; the tests in
// tests/e2e/classroom*.test.mjs assert the same things):
//   - the header's height at 390 px (and 320 / 1280 px), prerendered and with the app;
//   - first-view bytes per route (gzip -9; web fonts left out: a first view fetches
//     them only after `load`, for the next page);
//   - print: form controls still shown, whether the address and a date are printed,
//     and the PDF page count in A4 and US Letter (full view and, where offered, the
//     one-page summary);
//   - offline: after one visit, which routes still open with the network cut.
//
//   node scripts/measure-classroom.mjs [DIST] [--base /repo/] [--routes /,/timeline] [--skip bytes,print,offline]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { serve } from "./lib/server.mjs";
import { launch } from "./lib/browser.mjs";
import { CONTENT_BUTTONS, printStamp, requestsByLoad } from "./lib/measure.mjs";
import { isApp } from "./bench-phone.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(positional[0] || path.join(ROOT, "dist"));
const base = opt("--base", "/");
const skip = new Set(opt("--skip", "").split(",").filter(Boolean));
const defaultRoutes = ["/", "/timeline", "/map", "/alignment", "/sources", "/about"];
for (const r of ["/teach", "/glossary", "/corrections"]) if (fs.existsSync(path.join(dist, base, r))) defaultRoutes.push(r);
const ROUTES = opt("--routes", defaultRoutes.join(",")).split(",");
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const url = (origin, route) => `${origin}${base.replace(/\/$/, "")}${route === "/" ? "/" : route.replace(/(\?|$)/, "/$1")}`;

const browser = await launch();
const site = await serve(path.resolve(dist));

async function withPage(opts, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  try { return await fn(await context.newPage(), context); } finally { await context.close(); }
}
async function startApp(page) {
  if (!(await page.$("html[data-app='ready']"))) await page.mouse.move(10, 10);
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 30000 });
}

console.log(`# ${dist} (base ${base})`);

// 1. The header
console.log("\n## Header height (px): prerendered / with the app");
for (const width of [390, 320, 1280]) {
  const row = [];
  for (const route of ["/", "/timeline"]) {
    await withPage({ viewport: { width, height: 844 }, isMobile: width < 500, hasTouch: width < 500 }, async (page) => {
      await page.goto(url(site.origin, route), { waitUntil: "load" });
      const h = () => page.evaluate(() => Math.round(document.querySelector(".site-header").getBoundingClientRect().height * 10) / 10);
      const pre = await h();
      await startApp(page);
      row.push(`${route} ${pre} / ${await h()}`);
    });
  }
  console.log(`  ${width} px: ${row.join("; ")}`);
}

// 2. First-view bytes
if (!skip.has("bytes")) {
  console.log("\n## First view, gzip -9 bytes (412 px, no interaction; web fonts not counted)");
  for (const route of ROUTES) {
    await withPage({ viewport: { width: 412, height: 823 } }, async (page) => {
      const bodies = [];
      page.on("response", async (r) => { try { bodies.push([new URL(r.url()).pathname, await r.body()]); } catch { /* redirect */ } });
      await page.goto(url(site.origin, route), { waitUntil: "networkidle" });
      await page.waitForTimeout(300);
      // what the page asked for before its `load` event (the app's files, and a text page's
      // boot script, come after it: assets/boot.js, assets/page.js); a view's keeper is
      // asked for as soon as boot.js runs, at low priority, beside the first view and not
      // needed for it: its bytes are given apart (isApp, as make bench counts the first view)
      const before = new Set((await requestsByLoad(page)).before);
      const early = bodies.filter(([p]) => before.has(p) && !p.endsWith(".woff2") && !/\/sw\.js$/.test(p));
      const counted = early.filter(([p]) => !isApp(p));
      const keeper = early.filter(([p]) => isApp(p)).reduce((s, [, b]) => s + gzip(b), 0);
      const total = counted.reduce((s, [, b]) => s + gzip(b), 0);
      const html = counted.find(([p]) => p.endsWith("/") || p.endsWith(".html"));
      const beside = keeper ? `; keeper beside it ${keeper} B` : "";
      console.log(`  ${route.padEnd(12)} ${String(total).padStart(7)} B in ${counted.length} files (html ${html ? gzip(html[1]) : "?"} B${beside})`);
    });
  }
}

// 3. Print
if (!skip.has("print")) {
  console.log("\n## Print (with the app started): visible controls, address, date, PDF pages A4 / Letter");
  for (const route of ROUTES) {
    await withPage({}, async (page) => {
      await page.goto(url(site.origin, route), { waitUntil: "load" });
      await startApp(page);
      await page.emulateMedia({ media: "print" });
      await printStamp(page);
      const info = await page.evaluate((CONTENT) => {
        const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== "hidden"; };
        // buttons that carry the content (an event's title, a marker) print as text, as
        // tests/e2e/classroom-print.test.mjs checks: not counted as controls
        const controls = [...document.querySelectorAll("input, select, textarea, summary, button")]
          .filter((el) => shown(el) && !el.matches(CONTENT)).length;
        const text = document.body.innerText;
        return {
          controls,
          // the address with its state, and the day it was printed
          address: text.includes(location.href) || text.includes(decodeURI(location.href)),
          date: [...document.querySelectorAll(".print-stamp time")].some(shown),
          summary: !!document.querySelector("[data-print-summary]"),
        };
      }, CONTENT_BUTTONS);
      const pages = async (format) => {
        const pdf = await page.pdf({ format, printBackground: false });
        return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      };
      const a4 = await pages("A4"), letter = await pages("Letter");
      let summary = "";
      if (info.summary) {
        await page.evaluate(() => document.documentElement.setAttribute("data-print", "summary"));
        summary = `; summary ${await pages("A4")} / ${await pages("Letter")}`;
      }
      console.log(`  ${route.padEnd(12)} controls ${String(info.controls).padStart(3)}, address ${info.address ? "yes" : "no"}, date ${info.date ? "yes" : "no"}, pages ${a4} / ${letter}${summary}`);
    });
  }
}

// 4. Offline after one visit
if (!skip.has("offline")) {
  console.log("\n## Offline after one visit of / (network cut in the browser)");
  await withPage({ viewport: { width: 390, height: 844 } }, async (page, context) => {
    await page.goto(url(site.origin, "/"), { waitUntil: "load" });
    // give a service worker, if any, the time to precache
    await page.evaluate(async () => {
      if (!("serviceWorker" in navigator)) return;
      const reg = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]);
      for (let i = 0; i < 120 && reg && !document.documentElement.hasAttribute("data-offline-ready"); i++) await new Promise((r) => setTimeout(r, 500));
    });
    await context.setOffline(true);
    for (const route of [...ROUTES, "/map?year=1993", "/timeline?event=un-membership"]) {
      let result;
      try {
        await page.goto(url(site.origin, route), { waitUntil: "load", timeout: 15000 });
        const h1 = await page.$("main h1");
        result = h1 ? `ok: "${(await h1.innerText()).slice(0, 40)}"` : "no heading";
        if (h1) {
          await page.mouse.move(20, 20);
          const app = await page.waitForSelector("html[data-app='ready']", { timeout: 15000 }).then(() => "app ready", () => "app did not start");
          result += `, ${app}`;
        }
      } catch (e) { result = `fails (${e.message.split("\n")[0].slice(0, 60)})`; }
      console.log(`  ${route.padEnd(30)} ${result}`);
    }
  });
}

await site.close();
await browser.close();
