#!/usr/bin/env node
// Measurement (not a test): what each page loads to become interactive. Builds
// the apps (release, as `make build` does; cached in target/apps/) and the
// pages' data files into a temporary folder, then prints the bytes (raw and
// gzip -9) of each app's wasm and JS glue, of each data file, and per route
// the total of its app and its data. `make bench` measures the same in a
// browser (scripts/bench-phone.mjs).
//
//   node scripts/app-sizes.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { listRoutes, NOT_FOUND } from "./lib/routes.mjs";
import { appKey, appKeys, buildApps } from "./lib/apps.mjs";
import { exportData } from "./lib/write.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "app-sizes-"));
try {
  const routes = [...listRoutes(), NOT_FOUND];
  exportData(dir);
  const apps = buildApps(dir, appKeys(routes));
  const size = (f) => {
    const b = fs.readFileSync(path.join(dir, f));
    return [b.length, zlib.gzipSync(b, { level: 9 }).length];
  };
  const row = (name, [raw, gz]) => console.log(`  ${name.padEnd(44)} ${String(raw).padStart(9)} ${String(gz).padStart(9)}`);
  console.log(`  ${"file".padEnd(44)} ${"raw".padStart(9)} ${"gzip -9".padStart(9)}`);
  for (const [name, a] of Object.entries(apps)) {
    row(`app ${name}: wasm`, size(a.wasm));
    row(`app ${name}: JS glue`, size(a.glue));
  }
  for (const f of fs.readdirSync(path.join(dir, "data/app"))) row(`data ${f}`, size(`data/app/${f}`));
  console.log("\n  per route: app (wasm + glue) + data, gzip -9 bytes");
  for (const r of routes) {
    // what the published page loads: a text page its small app and the sources it cites
    const key = appKey(r, r.live || r.app);
    const part = r.liveData || r.data;
    const a = apps[key];
    const code = size(a.wasm)[1] + size(a.glue)[1];
    const data = part ? size(`data/app/${part}.${r.lang || "en"}.bin`)[1] : 0;
    // a view with a keeper is interactive once the keeper runs: its code, and on the map and
    // the explorer the state the reader asks for (4-5 KB, states/ of a built site; make bench counts it)
    const keep = r.keep && apps[appKey(r, r.keep)];
    const first = keep ? `; keeper ${appKey(r, r.keep)} ${size(keep.wasm)[1] + size(keep.glue)[1]} first` : "";
    console.log(`  ${r.path.padEnd(20)} ${key.padEnd(13)} ${String(code).padStart(7)} + ${(part || "-").padEnd(13)} ${String(data).padStart(6)} = ${String(code + data).padStart(7)}${first}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
