// Shared helpers for the end-to-end tests: a static server that behaves like
// GitHub Pages, and a real headless Chromium (Debian's) driven by playwright-core.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** Built sites: dist/ for the root, dist-sub/<SUB>/ for a GitHub Pages project path. */
export const SUB = "/pakistan-peacekeeping";
export const SITES = [
  { name: "root", base: "", dir: path.join(ROOT, "dist") },
  { name: "sub-path", base: SUB, dir: path.join(ROOT, "dist-sub") },
];

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json",
  ".png": "image/png", ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Serves `dir` on 127.0.0.1 like GitHub Pages: `/x` -> 301 `/x/` when x is a folder,
 *  `/x/` -> `/x/index.html`, unknown paths -> the top 404.html with status 404. */
export function serve(dir, port = 0) {
  const server = http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, "http://127.0.0.1"); } catch { res.writeHead(400); return res.end(); }
    let p;
    try { p = decodeURIComponent(url.pathname); } catch { p = "/__bad__"; }
    let file = path.join(dir, path.normalize(p).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir)) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!p.endsWith("/")) {
        res.writeHead(301, { Location: url.pathname + "/" + url.search });
        return res.end();
      }
      file = path.join(file, "index.html");
    }
    let status = 200;
    if (!fs.existsSync(file)) {
      // GitHub Pages serves the site's top-level 404.html (for a project site:
      // its own, the nearest one above the path).
      const parts = p.split("/").filter(Boolean);
      file = path.join(dir, "404.html");
      for (let n = parts.length; n > 0; n--) {
        const f = path.join(dir, ...parts.slice(0, n), "404.html");
        if (f.startsWith(dir) && fs.existsSync(f)) { file = f; break; }
      }
      status = 404;
      if (!fs.existsSync(file)) { res.writeHead(404); return res.end("not found"); }
    }
    const type = TYPES[path.extname(file)] || "application/octet-stream";
    // GitHub Pages lets browsers keep every file for 10 minutes; here only the
    // fonts (so the other tests still see every request): a page after the
    // first then has the site's faces (font-display: optional, assets/style.css)
    if (type === "font/woff2") {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "max-age=600" });
      return fs.createReadStream(file).pipe(res);
    }
    // compressed like GitHub Pages does, so transfer sizes are realistic
    if (/gzip/.test(req.headers["accept-encoding"] || "") && /text|javascript|json|wasm|svg|csv/.test(type)) {
      const body = zlib.gzipSync(fs.readFileSync(file), { level: 6 });
      res.writeHead(status, { "Content-Type": type, "Content-Encoding": "gzip", "Vary": "Accept-Encoding" });
      return res.end(body);
    }
    res.writeHead(status, { "Content-Type": type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
    });
  });
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

const contexts = new Set();

/** Closes every page opened since the last call (use as `afterEach(closePages)`),
 *  so that a long run does not keep dozens of live pages in one browser. */
export async function closePages() {
  const all = [...contexts];
  contexts.clear();
  await Promise.all(all.map((c) => c.close().catch(() => {})));
}

/** A new page that records console errors, page errors and failed requests. */
export async function openPage(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  contexts.add(context);
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => page.problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText || ""}`));
  page.on("dialog", (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  return page;
}

/** Waits until the app has taken over the (prerendered) page and shows a heading.
 *  A prerendered page without a query starts its app on the reader's first
 *  interaction (assets/boot.js): the pointer moving over the page is one. */
export async function ready(page) {
  if (!(await page.$("html[data-app='ready']"))) {
    await page.waitForLoadState("load");
    await page.mouse.move(4 + Math.floor(Math.random() * 40), 4);
  }
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
}

/** Problems other than the expected 404 status of deliberately unknown URLs. */
export function problems(page) {
  return page.problems.filter((p) =>
    !/Failed to load resource: the server responded with a status of 404/.test(p) &&
    // a request cut short because the test navigated away is not a fault of the page
    !/^requestfailed: .* net::ERR_ABORTED$/.test(p));
}

/** Runs axe (WCAG 2.0-2.2 A and AA rules) on the page; returns readable violations. */
export async function axeViolations(page, { exclude = [] } = {}) {
  const { AxeBuilder } = await import("@axe-core/playwright");
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const sel of exclude) builder = builder.exclude(sel);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** The share of pixels (0-1) that differ between two PNG screenshots of the
 *  same size, counted in a blank page of `browser`. */
export async function pixelDiff(browser, a, b) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([A, B]) => {
      const load = (s) => new Promise((res, rej) => { const i = new Image(); i.onload = () => res(i); i.onerror = rej; i.src = "data:image/png;base64," + s; });
      const [ia, ib] = [await load(A), await load(B)];
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const px = (img) => { const c = new OffscreenCanvas(img.width, img.height); const x = c.getContext("2d"); x.drawImage(img, 0, 0); return x.getImageData(0, 0, img.width, img.height).data; };
      const [da, db] = [px(ia), px(ib)];
      let n = 0;
      for (let i = 0; i < da.length; i += 4) if (Math.abs(da[i] - db[i]) + Math.abs(da[i + 1] - db[i + 1]) + Math.abs(da[i + 2] - db[i + 2]) > 24) n++;
      return n / (da.length / 4);
    }, [a.toString("base64"), b.toString("base64")]);
  } finally { await page.close(); }
}
