// Offline use (issue 16): a web app manifest and a service worker written from
// the EXACT files of the built site. The worker keeps one cache per build (its
// name carries the build id, a hash of the file list and of every file's
// bytes) and deletes the site's older caches when it takes over. Pages are
// network-first (a reader online always gets the published page; offline, the
// kept copy, or the kept 404 page); every other kept file (CSS, JS, the
// per-view apps, their data files with the ?v= the boot script asks for,
// fonts, icon) is cache-first, as their names change with their bytes.
// assets/page.js registers the worker after `load` (not with Save-Data, not
// inside a frame, not when the reader switched offline use off on /about) and
// shows a notice with a Reload button when a new version is waiting.
//
//   node scripts/lib/sw.mjs DIST [BASE]   (re)writes manifest + worker of a built site
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { ICON_SIZES, iconFile } from "./icons.mjs";

export const MANIFEST = "manifest.webmanifest";
export const WORKER = "sw.js";
/** The names of a site's caches begin with this and its base. */
export const CACHE_PREFIX = "pp-offline";

/** The page with a link to the site's manifest (page.js finds the worker beside it). */
export function withManifest(html, base) {
  if (!html.includes("</head>")) throw new Error("withManifest: the page has no </head>");
  return html.replace("</head>", `  <link rel="manifest" href="${base}/${MANIFEST}">\n  <link rel="apple-touch-icon" href="${base}/${iconFile(192)}">\n</head>`);
}

function walk(dir, rel = "") {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, r));
    else out.push(r);
  }
  return out;
}

/** Every file a reader needs offline, as the URLs the pages ask for (with
 *  `base`), sorted: every page (ROUTE/index.html, 404.html), the top-level CSS,
 *  JS, WebAssembly, icon and manifest, the fonts, and each data file the boot
 *  scripts name (data-app-data, with its ?v=). Throws, naming the page, when a
 *  page names an app, keeper (data-keep-*) or data file the build does not have. */
export function offlineFiles(dist, base) {
  const files = walk(dist);
  const urls = new Set();
  for (const f of files) {
    const top = !f.includes("/");
    if (f === WORKER) continue;
    if (/(^|\/)(index|404)\.html$/.test(f) && !f.startsWith("og/") && !f.startsWith("data/")) urls.add(`${base}/${f}`);
    else if (top && /\.(css|js|wasm|svg|png|webmanifest)$/.test(f)) urls.add(`${base}/${f}`);
    else if (f.startsWith("fonts/")) urls.add(`${base}/${f}`);
  }
  for (const f of files.filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(dist, f), "utf8");
    for (const [, attr, url] of html.matchAll(/data-((?:app|keep)-(?:js|wasm|data))="([^"]+)"/g)) {
      const file = url.slice(base.length + 1).split("?")[0];
      if (!url.startsWith(`${base}/`) || !fs.existsSync(path.join(dist, file))) {
        throw new Error(`${f}: data-${attr}="${url}" names no file of the build`);
      }
      urls.add(url);
    }
  }
  return [...urls].sort();
}

/** The build id: a hash of the list and of each file's bytes (16 hex). */
export function buildId(dist, base, urls) {
  const h = crypto.createHash("sha256");
  for (const u of urls) {
    const file = u.slice(base.length + 1).split("?")[0];
    h.update(u + "\0");
    h.update(fs.readFileSync(path.join(dist, file)));
    h.update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/** The manifest: name, description and language from the home page, scope and
 *  start at the base, shown with the browser's minimal controls (a reader
 *  keeps back and the address of a view's state), the icon as SVG and as PNG
 *  (ICON_SIZES, written by icons.mjs) in the site's colours. */
export function manifest(dist, base) {
  const index = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const name = index.match(/<title>([^<]*)<\/title>/)?.[1]?.split(" | ")[0]?.trim();
  if (!name) throw new Error(`${path.join(dist, "index.html")}: no <title> to name the manifest`);
  const description = index.match(/<meta name="description" content="([^"]*)"/)?.[1];
  const lang = index.match(/<html[^>]* lang="([^"]+)"/)?.[1] || "en";
  const icon = fs.readdirSync(dist).find((f) => /^favicon.*\.svg$/.test(f));
  const pngs = ICON_SIZES.filter((s) => fs.existsSync(path.join(dist, iconFile(s))))
    .map((s) => ({ src: `${base}/${iconFile(s)}`, sizes: `${s}x${s}`, type: "image/png" }));
  return {
    name,
    short_name: "Peacekeeping",
    ...(description ? { description: description.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&") } : {}),
    lang,
    dir: "ltr",
    start_url: `${base}/`,
    scope: `${base}/`,
    display: "minimal-ui",
    theme_color: "#01411c",
    background_color: "#fbfaf7",
    icons: [...(icon ? [{ src: `${base}/${icon}`, sizes: "any", type: "image/svg+xml" }] : []), ...pngs],
  };
}

/** The worker's source for this build. */
export function workerSource(base, id, urls) {
  return `// Written by scripts/lib/sw.mjs for build ${id}: do not edit.
"use strict";
const BASE = ${JSON.stringify(base)};
const PREFIX = ${JSON.stringify(`${CACHE_PREFIX}${base}-`)};
const CACHE = PREFIX + ${JSON.stringify(id)};
const FILES = ${JSON.stringify(urls)};
const KEPT = new Set(FILES);

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

// the site's older caches go when this build takes over (other sites' stay)
self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))));
});

// the reader chose "Reload" in the page's notice
self.addEventListener("message", (e) => {
  if (e.data === "skip-waiting") self.skipWaiting();
});

function pageFile(p) {
  if (p.endsWith("/")) return p + "index.html";
  if (/\\.[A-Za-z0-9]+$/.test(p.slice(p.lastIndexOf("/") + 1))) return p;
  return p + "/index.html";
}

async function page(req, url) {
  try {
    return await fetch(req);
  } catch (err) {
    const c = await caches.open(CACHE);
    return (await c.match(pageFile(url.pathname))) || (await c.match(BASE + "/404.html")) || Response.error();
  }
}

async function kept(req) {
  const hit = await caches.match(req, { cacheName: CACHE });
  return hit || fetch(req);
}

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE + "/")) return;
  if (req.mode === "navigate") e.respondWith(page(req, url));
  else if (KEPT.has(url.pathname + url.search)) e.respondWith(kept(req));
});
`;
}

/** Writes the manifest and the worker of the built site in `dist`; returns { id, files }. */
export function writeOffline(dist, base) {
  fs.writeFileSync(path.join(dist, MANIFEST), JSON.stringify(manifest(dist, base), null, 2) + "\n");
  const urls = offlineFiles(dist, base);
  const id = buildId(dist, base, urls);
  fs.writeFileSync(path.join(dist, WORKER), workerSource(base, id, urls));
  return { id, files: urls.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] || "dist");
  const base = (process.argv[3] || "/").replace(/\/+$/, "");
  const { id, files } = writeOffline(dist, base);
  console.log(`sw: ${WORKER} for build ${id}, ${files} files kept for offline use`);
}
