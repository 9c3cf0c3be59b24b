// The post-build step (scripts/postbuild.mjs) on both builds: every route of
// the Rust route table became a prerendered page loading its own app and data
// (the table's `app` and `data`), pages carry their metadata, and one security
// policy, computed over the final HTML, allows exactly the inline scripts the
// pages contain (none: the loader is a file).
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SITES } from "./lib.mjs";
import { listRoutes, pageFile } from "../../scripts/lib/routes.mjs";

const ROUTES = listRoutes();
const sha256 = (t) => "'sha256-" + crypto.createHash("sha256").update(t, "utf8").digest("base64") + "'";

test("the route table lists the menu's pages, then the pages linked from them, then the embeds, in each language", () => {
  // English at the site's root, then the same routes again under /ur/ (issue 19)
  const en = ROUTES.filter((r) => r.lang === "en");
  assert.deepEqual(ROUTES.slice(0, en.length), en, "the English routes come first");
  const pages = en.filter((r) => r.kind === "page");
  assert.deepEqual(pages.map((r) => r.path), ["/", "/timeline", "/map", "/alignment", "/sources", "/about", "/teach", "/glossary", "/corrections"]);
  // the glossary and the corrections log are linked from the sources and about pages, not the menu
  assert.deepEqual(pages.filter((r) => !r.nav).map((r) => r.path), ["/glossary", "/corrections"], "every other page has a menu label");
  const embeds = en.filter((r) => r.kind === "embed");
  assert.ok(embeds.length >= 5 && embeds.every((r) => r.path.startsWith("/embed/") && r.nav === null));
  assert.deepEqual(en.slice(pages.length), embeds, "embeds come after pages");
  const ur = ROUTES.slice(en.length);
  assert.deepEqual(ur.map((r) => r.path), en.map((r) => (r.path === "/" ? "/ur" : `/ur${r.path}`)), "every route again under /ur");
  assert.ok(ur.every((r) => r.lang === "ur" && r.dir === "rtl"));
  assert.deepEqual(ur.map((r) => [r.kind, r.app, r.data, !!r.nav]), en.map((r) => [r.kind, r.app, r.data, !!r.nav]), "the twins have the same apps and data");
});

for (const site of SITES) {
  test(`${site.name}: every route and the not-found page are prerendered, with metadata and one policy`, () => {
    const root = path.join(site.dir, site.base);
    const files = [...ROUTES.map((r) => [r, pageFile(r.path)]), [{ path: "/__not-found__", kind: "not-found", app: "text", data: null }, "404.html"]];
    const policies = new Set();
    for (const [route, file] of files) {
      const html = fs.readFileSync(path.join(root, file), "utf8");
      assert.match(html, /<body data-prerendered="">/, `${file} is prerendered`);
      assert.match(html, /<main[\s>]/, `${file} has its content`);
      // its own app and its part of the content, named on the boot script; no other app
      const boot = html.match(/<script (src|data-src)="[^"]*\/boot-[0-9a-f]+\.js"([^>]*)>/);
      assert.ok(boot, `${file} has the boot script`);
      const attr = (k) => boot[2].match(new RegExp(`${k}="([^"]*)"`))?.[1] ?? null;
      // the app the published page loads (a text page's small one keeps the page: data-app-keeps,
      // and its boot script is inert until assets/page.js starts it after `load`)
      const app = route.live ?? route.app, data = route.liveData ?? route.data;
      const keeps = app !== route.app;
      assert.equal(/\sdata-app-keeps(\s|=|$)/.test(boot[2]), keeps, `${file}: keeps the page when its app did not draw it`);
      assert.equal(boot[1], keeps ? "data-src" : "src", `${file}: the boot script waits for \`load\` only where the app keeps the page`);
      assert.match(boot[2], keeps ? /\sdata-integrity="sha384-/ : /\sintegrity="sha384-/, `${file}: the boot script's integrity is kept`);
      assert.match(attr("data-app-wasm"), new RegExp(`^${site.base}/app-${app}-[0-9a-f]{16}_bg\\.wasm$`), `${file}: the ${app} app`);
      assert.match(attr("data-app-js"), new RegExp(`^${site.base}/app-${app}-[0-9a-f]{16}\\.js$`), file);
      if (data) {
        assert.match(attr("data-app-data"), new RegExp(`^${site.base}/data/app/${data}\\.${route.lang ?? "en"}\\.bin\\?v=[0-9a-f]{16}$`), `${file}: the ${data} data`);
        assert.ok(fs.statSync(path.join(root, attr("data-app-data").slice(site.base.length + 1).split("?")[0])).size > 100, `${file}: its data file is written`);
      } else assert.equal(attr("data-app-data"), null, file);
      for (const a of ["data-app-wasm", "data-app-js"]) assert.ok(fs.statSync(path.join(root, attr(a).slice(site.base.length + 1))).size > 1000, `${file}: ${a} is written`);
      assert.doesNotMatch(html, /pakistan-peacekeeping-[0-9a-f]+(_bg\.wasm|\.js)|modulepreload/, `${file}: nothing of Trunk's own build of the app`);
      const og = html.match(/<meta property="og:image" content="([^"]+)">/);
      if (route.kind === "page") {
        assert.ok(og, `${file} has a preview image`);
        const png = path.join(root, og[1].slice(og[1].indexOf("/og/") + 1));
        assert.ok(fs.statSync(png).size > 10000, `${png} is written`);
      } else {
        assert.equal(og, null, `${file} (${route.kind}) has no Open Graph tags`);
      }
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
      policies.add(policy);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
      const allowed = policy.match(/'sha256-[^']+'/g) ?? [];
      assert.deepEqual(allowed.filter((h) => inline.includes(h)), allowed, `${file}: every hash in the policy is a script of the page`);
      assert.ok(inline.every((h) => allowed.includes(h)), `${file}: every inline script is allowed`);
    }
    assert.equal(policies.size, 1, "one policy for the whole site");
    assert.deepEqual(fs.readdirSync(root).filter((f) => /^pakistan-peacekeeping-/.test(f)), [], "Trunk's own build of the app is not published");
    for (const f of ["events.csv", "missions.json", "timelinejs.json", "README.txt"]) {
      assert.ok(fs.statSync(path.join(root, "data", f)).size > 0, `data/${f} is written`);
    }
  });

  // issue 15: a view's app is built once per language and carries only its
  // page's interface strings (about 14 KB gzip less); the text app, which draws
  // the not-found page at any address, keeps both
  test(`${site.name}: a view's app carries its page's language only; the not-found page's app both`, () => {
    const root = path.join(site.dir, site.base);
    const wasmOf = (file) => {
      const html = fs.readFileSync(path.join(root, file), "utf8");
      const url = html.match(/\sdata-app-wasm="([^"]+)"/)[1];
      return { url, bytes: fs.readFileSync(path.join(root, url.slice(site.base.length + 1))) };
    };
    // the skip link, the first string of each catalogue
    const has = (b, text) => b.includes(Buffer.from(text, "utf8"));
    const [EN, UR] = ["Skip to content", "مواد پر جائیے"];
    const views = ROUTES.filter((r) => r.lang === "en" && r.oneLang);
    assert.ok(views.length >= 5, "the views and their embeds");
    assert.ok(ROUTES.filter((r) => r.app === "text").every((r) => !r.oneLang), "the text app is bilingual");
    for (const r of views) {
      const en = wasmOf(pageFile(r.path)), ur = wasmOf(pageFile(r.alternates.ur));
      assert.notEqual(en.url, ur.url, `${r.path}: each language loads its own ${r.app} app`);
      assert.ok(has(en.bytes, EN) && !has(en.bytes, UR), `${r.path}: the English ${r.app} app has the English strings only`);
      assert.ok(has(ur.bytes, UR) && !has(ur.bytes, EN), `${r.alternates.ur}: the Urdu ${r.app} app has the Urdu strings only`);
    }
    const nf = wasmOf("404.html").bytes;
    assert.ok(has(nf, EN) && has(nf, UR), "404.html: the text app has both");
  });
}
