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

/** Builds the apps `names` (`["text", "timeline", ...]`) in release and copies
 *  them into `dist`. Returns `{ NAME: { glue, wasm } }`, file names in `dist`. */
export function buildApps(dist, names) {
  const bins = names.flatMap((n) => ["--bin", `app-${n}`]);
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--no-default-features", ...bins]);
  const out = {};
  for (const name of names) {
    const input = path.join(TARGET, "wasm32-unknown-unknown/release", `app-${name}.wasm`);
    const key = hash(fs.readFileSync(input));
    const dir = path.join(TARGET, "apps", name, key);
    const glue = path.join(dir, `app-${name}.js`);
    const wasm = path.join(dir, `app-${name}_bg.wasm`);
    if (!fs.existsSync(dir)) {
      // finished in a temporary folder: an interrupted build leaves nothing half done
      const tmp = path.join(TARGET, "apps", `${name}.tmp`);
      fs.rmSync(tmp, { recursive: true, force: true });
      run("wasm-bindgen", ["--target=web", `--out-dir=${tmp}`, `--out-name=app-${name}`, "--no-typescript", input]);
      const bg = path.join(tmp, `app-${name}_bg.wasm`);
      run("wasm-opt", ["-Oz", `--output=${bg}`, bg]);
      fs.rmSync(path.join(TARGET, "apps", name), { recursive: true, force: true });
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      fs.renameSync(tmp, dir);
    }
    const [g, w] = [fs.readFileSync(glue), fs.readFileSync(wasm)];
    const h = hash(g, w);
    out[name] = { glue: `app-${name}-${h}.js`, wasm: `app-${name}-${h}_bg.wasm` };
    fs.writeFileSync(path.join(dist, out[name].glue), g);
    fs.writeFileSync(path.join(dist, out[name].wasm), w);
  }
  return out;
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
