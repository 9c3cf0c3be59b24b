// A static server for built sites that behaves like GitHub Pages: used by the
// post-build step (to render pages), the benchmarks and the end-to-end tests.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json",
  ".png": "image/png", ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".webmanifest": "application/manifest+json",
};

/** Serves `dir` on 127.0.0.1 like GitHub Pages: `/x` -> 301 `/x/` when x is a folder,
 *  `/x/` -> `/x/index.html`, unknown paths -> the top 404.html with status 404.
 *  With `pages` (a function of the path), a path it answers with HTML gets
 *  that page with status 200 before any file: the post-build step renders
 *  every route from Trunk's one index.html, with the route's app, this way.
 *  With `stall` (a function of the path, for the tests), a file it picks is
 *  answered with its headers and a first part of its body, and then nothing:
 *  a download that never finishes. With `cacheApps`, browsers may keep the
 *  apps' files (named by their hash) for ten minutes. With `trickle`
 *  ({ bytes, ms }), pages arrive a few bytes at a time, as on a slow mobile
 *  network: the browser paints each part as it comes, so a layout that moves
 *  when a later part arrives shows as a layout shift in every run. */
export function serve(dir, { port = 0, pages = null, stall = null, cacheApps = false, trickle = null } = {}) {
  const server = http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, "http://127.0.0.1"); } catch { res.writeHead(400); return res.end(); }
    let p;
    try { p = decodeURIComponent(url.pathname); } catch { p = "/__bad__"; }
    const page = pages?.(url.pathname);
    if (page != null) {
      res.writeHead(200, { "Content-Type": TYPES[".html"] });
      return res.end(page);
    }
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
    // fonts (so the tests still see every other request): a page after the
    // first then has the site's faces (font-display: optional, assets/style.css)
    if (type === "font/woff2") {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "max-age=600" });
      return fs.createReadStream(file).pipe(res);
    }
    // with `cacheApps`, the apps' content-hashed files too (as GitHub Pages
    // would): a test that opens many pages then reuses the compiled wasm
    if (cacheApps && /\/app-[a-z]+-[0-9a-f]{16}(_bg\.wasm|\.js)$|\/data\/app\/[^/]+\.bin$/.test(url.pathname)) {
      res.setHeader("Cache-Control", "max-age=600");
    }
    if (stall?.(url.pathname)) {
      const body = fs.readFileSync(file);
      res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
      return res.write(body.subarray(0, Math.min(16384, body.length >> 1)));
    }
    if (trickle && type === TYPES[".html"]) {
      const body = fs.readFileSync(file);
      res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        res.write(body.subarray(at, at + trickle.bytes));
        at += trickle.bytes;
        if (at < body.length) setTimeout(next, trickle.ms); else res.end();
      };
      return next();
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
