// The apps: one WebAssembly app per view and one for the text pages (the route
// table's `App`, src/routes.rs; each a binary src/bin/app-NAME.rs). Built here,
// not by Trunk (whose release build of src/main.rs is left empty,
// `--no-default-features`): cargo, then wasm-bindgen and wasm-opt -Oz as Trunk
// runs them, each file named by a hash of its bytes. The apps do not depend on
// the base path, so a second build (another base) reuses them from target/apps/.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./routes.mjs";

const TARGET = path.join(ROOT, "target");
const hash = (...bufs) => {
  const h = crypto.createHash("sha256");
  for (const b of bufs) h.update(b);
  return h.digest("hex").slice(0, 16);
};
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });

/** The key of the app a page loads (`name`: the route's `app`, `live` or
 *  `keep`): `timeline.en` for a view's app or keeper, built once per language (the route's
 *  `oneLang`, src/routes.rs `App::one_language`), else the name (`text`, `cite`). */
export const appKey = (page, name = page.app) => (page.oneLang && (name === page.app || name === page.keep) ? `${name}.${page.lang}` : name);

/** The keys of every app `pages` load: the app that draws each, the one it
 *  runs when published (the route's `live`), and its keeper (`keep`). */
export const appKeys = (pages) =>
  [...new Set(pages.flatMap((p) => [appKey(p), appKey(p, p.live || p.app), ...(p.keep ? [appKey(p, p.keep)] : [])]))];

/** Builds the apps `keys` (`["text", "timeline.en", "timeline.ur", ...]`: an
 *  app, or an app in one language, with the cargo feature `lang-<lang>`) in
 *  release and copies them into `dist`. Returns `{ KEY: { glue, wasm } }`, file
 *  names in `dist` (`app-timeline-<hash>.js`: the hash tells the languages apart). */
export function buildApps(dist, keys) {
  const out = {};
  const byLang = new Map();
  for (const key of keys) {
    const [name, lang = ""] = key.split(".");
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang).push(name);
  }
  for (const [lang, names] of byLang) {
    const bins = names.flatMap((n) => ["--bin", `app-${n}`]);
    const features = lang ? ["--features", `lang-${lang}`] : [];
    run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--no-default-features", ...features, ...bins]);
    // each build writes target/.../app-NAME.wasm: taken before the next one
    for (const name of names) out[lang ? `${name}.${lang}` : name] = finish(dist, name, lang);
  }
  return out;
}

/** wasm-bindgen and wasm-opt for the app `name` just built (cached by the
 *  wasm's hash), copied into `dist`. */
function finish(dist, name, lang) {
  const input = path.join(TARGET, "wasm32-unknown-unknown/release", `app-${name}.wasm`);
  const key = hash(fs.readFileSync(input));
  const folder = lang ? `${name}.${lang}` : name;
  const dir = path.join(TARGET, "apps", folder, key);
  const glue = path.join(dir, `app-${name}.js`);
  const wasm = path.join(dir, `app-${name}_bg.wasm`);
  if (!fs.existsSync(dir)) {
    // finished in a temporary folder: an interrupted build leaves nothing half done
    const tmp = path.join(TARGET, "apps", `${folder}.tmp`);
    fs.rmSync(tmp, { recursive: true, force: true });
    run("wasm-bindgen", ["--target=web", `--out-dir=${tmp}`, `--out-name=app-${name}`, "--no-typescript", input]);
    const bg = path.join(tmp, `app-${name}_bg.wasm`);
    run("wasm-opt", ["-Oz", `--output=${bg}`, bg]);
    fs.rmSync(path.join(TARGET, "apps", folder), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.renameSync(tmp, dir);
  }
  const [g, w] = [fs.readFileSync(glue), fs.readFileSync(wasm)];
  const h = hash(g, w);
  const files = { glue: `app-${name}-${h}.js`, wasm: `app-${name}-${h}_bg.wasm` };
  fs.writeFileSync(path.join(dist, files.glue), g);
  fs.writeFileSync(path.join(dist, files.wasm), w);
  return files;
}

/** Trunk's own build of src/main.rs (empty in release builds: no page loads
 *  it), removed from `dist`. */
export function removeTrunkApp(dist) {
  for (const f of fs.readdirSync(dist)) {
    if (/^pakistan-peacekeeping-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)) fs.rmSync(path.join(dist, f));
  }
}

/** The page's data file, named with a hash of its bytes as a query, so that a
 *  new build is never read with an older cached copy. */
export function dataFile(dist, part, lang = "en") {
  const file = `data/app/${part}.${lang}.bin`;
  return `${file}?v=${hash(fs.readFileSync(path.join(dist, file)))}`;
}
