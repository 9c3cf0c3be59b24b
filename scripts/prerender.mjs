#!/usr/bin/env node
// Prerenders every route of a built site: opens each page in headless Chromium
// (the same Leptos components, run for real), waits until the app has
// rendered, and writes the resulting HTML back as ROUTE/index.html. Readers see
// the full text, tables, event list and map at once, and without JavaScript;
// when the app starts it replaces the prerendered body with the same content.
// The not-found page becomes 404.html.
// Each page also gets its own description and Open Graph / Twitter meta, with
// a preview image: a 1200x630 screenshot of the view, written to og/NAME.png.
// Set SITE_URL (https://owner.github.io/repo) to make those addresses absolute.
//
//   node scripts/prerender.mjs DIST [BASE]     e.g. dist /   or   dist-sub/pakistan-peacekeeping /pakistan-peacekeeping/
import fs from "node:fs";
import os from "node:os";
import crypto from "node:crypto";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve, launch } from "../tests/e2e/lib.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(process.argv[2] || "dist");
const base = (process.argv[3] || "/").replace(/\/+$/, "");
// Serve the site at its base path, as GitHub Pages will: from the folder that
// contains it (dist-sub/REPO), or from a temporary folder linking BASE to DIST
// (`make build BASE=/REPO/` builds into dist/).
let served = dist;
const linked = base && !dist.endsWith(base);
if (base && !linked) served = dist.slice(0, dist.length - base.length);
else if (linked) {
  served = fs.mkdtempSync(path.join(os.tmpdir(), "prerender-"));
  fs.mkdirSync(path.dirname(path.join(served, base)), { recursive: true });
  fs.symlinkSync(dist, path.join(served, base));
}

const routes = execFileSync("cargo", ["run", "-q", "--manifest-path", path.join(ROOT, "Cargo.toml"), "--bin", "site-routes"], { encoding: "utf8" })
  .split("\n").filter(Boolean).map((l) => JSON.parse(l).path);
const pages = routes.map((r) => [r, r === "/" ? "index.html" : `${r.slice(1)}/index.html`]);
pages.push(["/__not-found__", "404.html"]);

const SITE_URL = (process.env.SITE_URL || "").replace(/\/+$/, "");
// where the published site lives: absolute with SITE_URL, else only its path
const site = SITE_URL || base;
const esc = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const slug = (route) => (route === "/" ? "home" : route.slice(1).replace(/\//g, "-"));
/** The text is in the page already, so the app does not compete with the
 *  first paint: Trunk's loader imports the app at once; this one only
 *  registers `window.ppStartApp`, and assets/boot.js calls it when the app is
 *  needed (after `load` when the URL carries state, otherwise on the reader's
 *  first interaction). The policy's hash for the inline loader is updated. */
function deferLoader(html) {
  const m = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!m) throw new Error("no Trunk loader script found");
  const js = m[1].match(/import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/);
  if (!js) throw new Error("the Trunk loader has an unexpected form; update deferLoader()");
  const [, glue, wasm] = js;
  const loader = `
window.ppStartApp = async () => {
  const bindings = await import('${glue}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
};
dispatchEvent(new Event("pp-loader"));
`;
  const hash = (t) => "'sha256-" + crypto.createHash("sha256").update(t, "utf8").digest("base64") + "'";
  if (!html.includes(hash(m[1]))) throw new Error("the policy does not list the loader's hash");
  return html.replace(m[0], `<script type="module">${loader}</script>`).replace(hash(m[1]), hash(loader));
}

const started = Date.now();
const srv = await serve(served);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", colorScheme: "light" });
const out = [];
try {
  for (const [route, file] of pages) {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${srv.origin}${base}${route === "/" ? "/" : route + "/"}`);
    await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 30000 });
    await page.waitForTimeout(100);
    if (errors.length) throw new Error(`${route}: ${errors.join("; ")}`);
    // The map's markers are spaced for the map's width in pixels: keep a copy
    // laid out for a phone as well, which CSS shows on narrow screens until the
    // app draws the markers for the actual width (a picture only: inert, hidden
    // from assistive technology, no ids).
    let narrow = null;
    if (await page.$(".map-frame .markers")) {
      await page.setViewportSize({ width: 412, height: 900 });
      await page.waitForTimeout(150);
      narrow = await page.$eval(".map-frame .markers", (m) => {
        const c = m.cloneNode(true);
        c.classList.add("markers-narrow");
        for (const a of ["role", "aria-label"]) c.removeAttribute(a);
        c.setAttribute("aria-hidden", "true");
        c.setAttribute("inert", "");
        for (const e of c.querySelectorAll("[id]")) e.removeAttribute("id");
        for (const e of c.querySelectorAll("[tabindex]")) e.setAttribute("tabindex", "-1");
        return c.outerHTML;
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForTimeout(150);
    }
    const html = await page.evaluate((narrow) => {
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
      doc.querySelectorAll("#app-error").forEach((e) => e.remove());
      if (narrow) doc.querySelector(".map-frame .markers").insertAdjacentHTML("afterend", narrow);
      // the text is already here: the app's code must not compete with the
      // style sheets for the first paint (Trunk preloads it with high priority)
      doc.querySelectorAll("link[rel=preload][as=fetch], link[rel=modulepreload]").forEach((e) => e.remove());
      return "<!DOCTYPE html>\n" + doc.outerHTML;
    }, narrow);
    const { title, lede } = await page.evaluate(() => ({
      title: document.title,
      lede: document.querySelector("main .lede")?.textContent?.trim()
        || document.querySelector("meta[name=description]")?.getAttribute("content") || "",
    }));
    let head = "";
    if (!route.startsWith("/embed/") && route !== "/__not-found__") {
      const og = `og/${slug(route)}.png`;
      // the same page, resized to the preview's size (the HTML was taken above)
      await page.setViewportSize({ width: 1200, height: 630 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(150);
      fs.mkdirSync(path.join(dist, "og"), { recursive: true });
      await page.screenshot({ path: path.join(dist, og) });
      const abs = (p) => `${site}/${p}`;
      head = [
        `<meta property="og:type" content="website">`,
        `<meta property="og:site_name" content="Pakistan, peacekeeping and the Gaza force">`,
        `<meta property="og:title" content="${esc(title)}">`,
        `<meta property="og:description" content="${esc(lede)}">`,
        `<meta property="og:image" content="${esc(abs(og))}">`,
        `<meta property="og:image:width" content="1200">`,
        `<meta property="og:image:height" content="630">`,
        `<meta property="og:image:alt" content="${esc(`A view of the page “${title}”`)}">`,
        SITE_URL ? `<meta property="og:url" content="${esc(abs(route === "/" ? "" : route.slice(1) + "/"))}">` : "",
        `<meta name="twitter:card" content="summary_large_image">`,
      ].filter(Boolean).join("\n  ");
    }
    // the page was rendered from a local server: the citation and embed code
    // it shows name the published site instead
    let page_html = deferLoader(html.replace("<body>", '<body data-prerendered="">'))
      .split(srv.origin + base).join(site);
    if (lede) page_html = page_html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${esc(lede)}">`);
    if (head) page_html = page_html.replace("</head>", `  ${head}\n</head>`);
    out.push([file, page_html]);
    await page.close();
  }
} finally {
  await browser.close();
  await srv.close();
  if (linked) {
    fs.unlinkSync(path.join(served, base)); // the link only, never the site
    fs.rmSync(served, { recursive: true });
  }
}
let bytes = 0;
for (const [file, html] of out) {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), html);
  bytes += Buffer.byteLength(html);
}
console.log(`prerender: ${out.length} pages (${bytes} bytes of HTML) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
