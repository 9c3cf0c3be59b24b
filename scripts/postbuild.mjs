#!/usr/bin/env node
// The one post-build step: turns Trunk's output (one index.html, the assets)
// into the published site. Each stage is a module in scripts/lib/.
//
//   node scripts/postbuild.mjs DIST [BASE]   after `trunk build --release --no-default-features
//                                            --public-url BASE` (make build, make build-both)
//   node scripts/postbuild.mjs --trunk-hook  Trunk's post_build hook: for `trunk serve`
//                                            (a debug build) only the policy and the data
//
// Set SITE_URL (https://owner.github.io/repo) to make the preview images' addresses absolute.
import fs from "node:fs";
import path from "node:path";
import { listRoutes, pageFile, NOT_FOUND } from "./lib/routes.mjs";
import { renderPages } from "./lib/render.mjs";
import { withMetadata } from "./lib/metadata.mjs";
import { withApp, withLiveApp, withKeeper } from "./lib/loader.mjs";
import { minifyScripts } from "./lib/minify.mjs";
import { appKey, appKeys, buildApps, removeTrunkApp, dataFile } from "./lib/apps.mjs";
import { securityPolicy, withPolicy } from "./lib/policy.mjs";
import { writePages, exportData } from "./lib/write.mjs";
import { withManifest, writeOffline } from "./lib/sw.mjs";
import { pruneStylesheets } from "./lib/styles.mjs";
import { writeIcons } from "./lib/icons.mjs";
import { writeStates } from "./lib/states.mjs";

if (process.argv[2] === "--trunk-hook") {
  trunkHook();
} else {
  await build(path.resolve(process.argv[2] || "dist"), (process.argv[3] || "/").replace(/\/+$/, ""));
}

async function build(dist, base) {
  const started = Date.now();
  const siteUrl = (process.env.SITE_URL || "").replace(/\/+$/, "");
  // where the published site lives: absolute with SITE_URL, else only its path
  const site = siteUrl || base;

  // 1. the routes, from the Rust route table (each with its app and its part
  //    of the content); plus the not-found page
  const routes = listRoutes();
  const pages = [...routes.map((r) => ({ ...r, file: pageFile(r.path) })), NOT_FOUND];
  // 2. the data downloads, and each page's part of the content (data/app/)
  exportData(dist);
  // 3. the apps, one per view and language, the text app and the text pages'
  //    small one (Trunk's own build of src/main.rs is not used)
  const apps = buildApps(dist, appKeys(pages));
  removeTrunkApp(dist);
  // 4. each page loads its own app and data, on demand (assets/boot.js)
  //    (the page scripts minified, scripts/lib/minify.mjs)
  const trunk = await minifyScripts(dist, fs.readFileSync(path.join(dist, "index.html"), "utf8"));
  const at = (file) => `${base}/${file}`;
  const shells = pages.map((p) => {
    const app = apps[appKey(p)];
    return { ...p, shell: withApp(trunk, { js: at(app.glue), wasm: at(app.wasm), data: p.data && at(dataFile(dist, p.data, p.lang)) }) };
  });
  // 5. every page rendered by its app in headless Chromium; a text page then
  //    loads its small app (the route table's `live`), which keeps what was rendered
  //    (a view's page also names its keeper, the route table's `keep`, which
  //    boot.js starts first)
  const rendered = (await renderPages({ dist, base, site, pages: shells })).map((p) => {
    let html = p.html;
    if (p.live && p.live !== p.app) {
      const live = apps[appKey(p, p.live)];
      html = withLiveApp(html, { js: at(live.glue), wasm: at(live.wasm), data: at(dataFile(dist, p.liveData, p.lang)) });
    }
    if (p.keep) {
      const keep = apps[appKey(p, p.keep)];
      const states = p.states && at(writeStates(dist, p.file.replace(/\/?index\.html$/, "").replace(/\//g, "-"), p.states));
      html = withKeeper(html, { js: at(keep.glue), wasm: at(keep.wasm), states });
    }
    return { ...p, html };
  });
  // 6. per-page metadata: description, Open Graph / Twitter, preview image
  const described = rendered.map((p) => withMetadata(p, { site, siteUrl }));
  // 7. one security policy, over the final HTML of every page
  const policy = securityPolicy(described.map((p) => p.html));
  const final = described.map((p) => ({ ...p, html: withManifest(withPolicy(p.html, policy), base) }));
  // 8. write the pages and images
  const bytes = writePages(dist, final);
  // 9. each page links only the stylesheets it uses (all stay in the site)
  const styles = await pruneStylesheets({ dist, base, files: final.map((p) => p.file) });
  const byView = {};
  for (const [file, kept] of Object.entries(styles)) (byView[kept.join(" + ")] ||= []).push(file.replace(/\/?index\.html$/, "/").replace(/^\/$/, "/"));
  console.log(`postbuild: stylesheets per page: ${Object.entries(byView).map(([k, f]) => `${k} (${f.join(", ")})`).join("; ")}`);
  // 10. offline use and installing: the icon as PNG, the manifest and a service
  //    worker keeping exactly these files
  await writeIcons(dist);
  const offline = writeOffline(dist, base);
  console.log(`postbuild: ${final.length} pages (${bytes} bytes of HTML), apps ${Object.values(apps).map((a) => a.wasm).join(", ")}, offline build ${offline.id} (${offline.files} files), in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `trunk serve` builds for development: Trunk's index.html (the dev server
 *  answers every route with it) gets the same policy, and data/ the downloads.
 *  A release build is finished by `build` above, which `make` runs after Trunk. */
function trunkHook() {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("--trunk-hook: TRUNK_STAGING_DIR is not set (run by Trunk only)");
  if (process.env.TRUNK_PROFILE === "release") {
    console.log("postbuild: release build; `make build` finishes it with `node scripts/postbuild.mjs DIST BASE`");
    return;
  }
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  fs.writeFileSync(index, withPolicy(html, securityPolicy(asServed(html))));
  exportData(dir);
}

/** The page as `trunk serve` sends it: the dev server fills its live-reload
 *  script with the address the browser asked for (the Host header) and its
 *  base, so the policy must allow the script in that form. Both names of the
 *  address in Trunk.toml's [serve] are covered. */
function asServed(html) {
  const toml = fs.readFileSync(new URL("../Trunk.toml", import.meta.url), "utf8");
  const port = toml.match(/^port\s*=\s*(\d+)/m)?.[1] ?? "8080";
  const base = (process.env.TRUNK_PUBLIC_URL || "/").replace(/\/?$/, "/");
  return ["127.0.0.1", "localhost"].map((host) => html
    .replace("'{{__TRUNK_ADDRESS__}}'", `'${host}:${port}'`)
    .replace("{{__TRUNK_WS_BASE__}}", base));
}
