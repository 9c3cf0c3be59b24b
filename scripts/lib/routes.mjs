// The route table, declared once in Rust (src/routes.rs) and printed by
// `cargo run -q --bin site-routes` (src/bin/site-routes.rs): the build reads
// it from there, never from a copy.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Every route in every language, English first, each in navigation order:
 *  `{ path, nav, title, kind, app, data, lang, dir, alternates }` with `kind`
 *  "page" (in the site shell) or "embed" (an iframe view), `app` the app (wasm)
 *  its page loads and `data` its part of the content, `lang` "en" or "ur"
 *  (`/ur/...`, the same app with the part in Urdu), and `alternates` the same
 *  page's path in every language (`{ en, ur }`). */
export function listRoutes() {
  const out = execFileSync("cargo", ["run", "-q", "--bin", "site-routes"], {
    cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
  });
  // `/ur/` (the Urdu home page) is written `/ur`, like every other page path
  const trim = (p) => (p === "/" ? p : p.replace(/\/+$/, ""));
  const routes = out.split("\n").filter(Boolean).map((line) => JSON.parse(line)).map((r) => ({
    ...r,
    path: trim(r.path),
    alternates: Object.fromEntries(Object.entries(r.alternates || {}).map(([l, p]) => [l, trim(p)])),
  }));
  for (const r of routes) {
    if (!/^\/[^?#]*$/.test(r.path) || !["page", "embed"].includes(r.kind) || !r.title || !/^[a-z]+$/.test(r.app) || !/^[a-z]+$/.test(r.data)) {
      throw new Error(`site-routes printed an unexpected route: ${JSON.stringify(r)}`);
    }
  }
  if (!routes.some((r) => r.path === "/")) throw new Error("site-routes printed no route for /");
  return routes;
}

/** Where a route's page is written: `/` -> index.html, `/map` -> map/index.html,
 *  so that deep links answer HTTP 200 on a static host. */
export const pageFile = (route) => (route === "/" ? "index.html" : `${route.slice(1)}/index.html`);

/** The not-found page: rendered at a path no route has, written as 404.html
 *  (GitHub Pages serves it for every unknown path). It loads the text app,
 *  which shows the not-found page for any path the route table lacks, and no data. */
export const NOT_FOUND = { path: "/__not-found__", title: "Page not found", kind: "not-found", file: "404.html", app: "text", data: null };
