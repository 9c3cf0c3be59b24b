// The page scripts as readers get them: assets/page.js and assets/boot.js are
// written for people (most of their bytes are comments); the build ships them
// minified by terser, and updates their Subresource Integrity hashes (sha384,
// written by Trunk) in the page shell every page is rendered from.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { minify } from "terser";

const sri = (text) => "sha384-" + crypto.createHash("sha384").update(text).digest("base64");

/** Minifies `dist`'s page-<hash>.js and boot-<hash>.js in place; returns
 *  `shell` (Trunk's index.html) with their integrity hashes updated. Throws
 *  when the shell does not name a script's hash (a shell that would fail its
 *  integrity check). */
export async function minifyScripts(dist, shell) {
  let out = shell;
  for (const f of fs.readdirSync(dist).filter((f) => /^(page|boot)-[0-9a-f]+\.js$/.test(f))) {
    const file = path.join(dist, f);
    const src = fs.readFileSync(file, "utf8");
    // top-level names stay (page.js's whenSettled and whenPainted are boot.js's too)
    const { code } = await minify(src, { ecma: 2015, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (!out.includes(sri(src))) throw new Error(`the page shell has no integrity hash for ${f}`);
    fs.writeFileSync(file, code);
    out = out.split(sri(src)).join(sri(code));
  }
  return out;
}
