// Rendering: every page of a built site opened in headless Chromium with its
// own app (the same Leptos components, run for real, from the page's part of
// the content) and its HTML taken once the app has rendered it. Readers then
// get the full text, tables, event list and map at once, and without
// JavaScript; when the app starts it replaces the prerendered body with the
// same content.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { captureStates } from "./states.mjs";

/** Renders `pages` (`{ path, kind, shell, ... }`) of the site built in `dist`
 *  for the base path `base` ("" or "/repo"); each page's `shell` is Trunk's
 *  index.html set to load the page's app (`withApp`). Returns each page with
 *  `html` (addresses of the local server replaced by `site`, where the site
 *  will be published), its `title` and `lede`, and for pages of kind "page" a
 *  1200x630 `preview` screenshot (PNG bytes). */
export async function renderPages({ dist, base, site, pages }) {
  const { served, cleanup } = servedAt(dist, base);
  const shells = new Map(pages.map((p) => [`${base}${p.path === "/" ? "/" : p.path + "/"}`, p.shell]));
  const srv = await serve(served, { pages: (p) => shells.get(p) });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", colorScheme: "light" });
  try {
    const out = [];
    for (const p of pages) out.push({ ...p, ...(await renderPage(context, `${srv.origin}${base}`, p, site)) });
    return out;
  } finally {
    await browser.close();
    await srv.close();
    cleanup();
  }
}

/** Serve the site at its base path, as GitHub Pages will: from the folder that
 *  contains it (dist-sub/REPO), or from a temporary folder linking BASE to DIST
 *  (`make build BASE=/REPO/` builds into dist/). */
export function servedAt(dist, base) {
  if (!base) return { served: dist, cleanup: () => {} };
  if (dist.endsWith(base)) return { served: dist.slice(0, dist.length - base.length), cleanup: () => {} };
  const served = fs.mkdtempSync(path.join(os.tmpdir(), "prerender-"));
  fs.mkdirSync(path.dirname(path.join(served, base)), { recursive: true });
  fs.symlinkSync(dist, path.join(served, base));
  return {
    served,
    cleanup: () => {
      fs.unlinkSync(path.join(served, base)); // the link only, never the site
      fs.rmSync(served, { recursive: true });
    },
  };
}

async function renderPage(context, at, { path: route, kind, keep }, site) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${at}${route === "/" ? "/" : route + "/"}`);
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 30000 });
  await page.waitForTimeout(100);
  if (errors.length) throw new Error(`${route}: ${errors.join("; ")}`);
  const narrow = await narrowMarkers(page);
  const html = await page.evaluate(pageHtml, narrow);
  const { title, lede, siteName } = await page.evaluate(() => ({
    title: document.title,
    siteName: document.querySelector(".site-title")?.textContent?.trim() || "",
    lede: document.querySelector("main .lede")?.textContent?.trim()
      || document.querySelector("meta[name=description]")?.getAttribute("content") || "",
  }));
  let preview = null;
  if (kind === "page") {
    // the same page, resized to the preview's size (the HTML was taken above)
    await page.setViewportSize({ width: 1200, height: 630 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // an Urdu preview is drawn in its Nastaliq face (fetched here, for the picture only)
    if (await page.evaluate(() => document.documentElement.lang === "ur")) {
      await page.evaluate(async () => {
        await document.fonts.load('400 1em "Noto Nastaliq Urdu"', "\u0627\u0631\u062f\u0648").catch(() => {});
        document.documentElement.setAttribute("data-fonts-ur", "");
        await document.fonts.ready;
      });
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(150);
    preview = await page.screenshot();
  }
  // the states a view's keeper shows, drawn by the same app (scripts/lib/states.mjs)
  const states = keep ? await captureStates(page, keep, narrowCopy) : null;
  await page.close();
  return {
    // the page was rendered from a local server: the citation and embed code
    // it shows name the published site instead
    html: html.replace("<body>", '<body data-prerendered="">').split(at).join(site),
    title,
    lede,
    siteName,
    preview,
    states,
  };
}

/** The map's markers are spaced for the map's width in pixels: keep a copy
 *  laid out for a phone as well, which CSS shows on narrow screens until the
 *  app draws the markers for the actual width (a picture only: inert, hidden
 *  from assistive technology, no ids). Null on pages without the map. */
async function narrowMarkers(page) {
  if (!(await page.$(".map-frame .markers"))) return null;
  await page.setViewportSize({ width: 412, height: 900 });
  await page.waitForTimeout(150);
  const narrow = await page.$eval(".map-frame .markers", narrowCopy);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForTimeout(150);
  return narrow;
}

/** Runs in the page: the map's markers as the inert copy for a phone's frame. */
function narrowCopy(m) {
  const c = m.cloneNode(true);
  c.classList.add("markers-narrow");
  for (const a of ["role", "aria-label"]) c.removeAttribute(a);
  c.setAttribute("aria-hidden", "true");
  c.setAttribute("inert", "");
  for (const e of c.querySelectorAll("[id]")) e.removeAttribute("id");
  for (const e of c.querySelectorAll("[tabindex]")) e.setAttribute("tabindex", "-1");
  return c.outerHTML;
}

/** Runs in the page: its document as HTML, without this browser's state. */
function pageHtml(narrow) {
  // form state lives in properties; write it to attributes so the HTML keeps it
  for (const i of document.querySelectorAll("input, select option, textarea")) {
    if (i.type === "checkbox" || i.type === "radio") i.toggleAttribute("checked", i.checked);
    else if (i.tagName === "OPTION") i.toggleAttribute("selected", i.selected);
    else if (i.tagName === "TEXTAREA") i.textContent = i.value;
    else if (i.type !== "file") i.setAttribute("value", i.value);
  }
  const doc = document.documentElement.cloneNode(true);
  // state of this browser, not of the page
  doc.removeAttribute("data-app");
  doc.removeAttribute("data-theme");
  doc.removeAttribute("data-fonts");
  doc.removeAttribute("data-fonts-ur");
  doc.querySelectorAll("#app-error").forEach((e) => e.remove());
  if (narrow) doc.querySelector(".map-frame .markers").insertAdjacentHTML("afterend", narrow);
  return "<!DOCTYPE html>\n" + doc.outerHTML;
}
