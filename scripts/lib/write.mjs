// Writing the finished site: the pages and their preview images, and the data
// downloads (CSV, JSON, TimelineJS) from the same content.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./routes.mjs";

/** Writes each page's HTML to its file and its other `files`; returns the bytes of HTML. */
export function writePages(dist, pages) {
  let bytes = 0;
  for (const { file, html, files = [] } of pages) {
    for (const [name, body] of [[file, html], ...files]) {
      fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
      fs.writeFileSync(path.join(dist, name), body);
    }
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}

/** The data downloads into `dist/data`, written by `content-check --export`. */
export function exportData(dist) {
  execFileSync("cargo", ["run", "-q", "-p", "content-check", "--", "--export", path.join(dist, "data"), path.join(ROOT, "content")], {
    cwd: ROOT, stdio: ["ignore", "inherit", "inherit"],
  });
}
