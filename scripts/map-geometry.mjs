#!/usr/bin/env node
// Regenerates src/views/map/world.rs: Natural Earth 1:50m country outlines (public
// domain, via the npm package world-atlas), simplified, projected with Equal Earth
// and written as compact SVG path data, one entry per country with its ISO 3166-1
// alpha-3 code. Nothing is fetched at run time; the site ships this file.
//
//   node scripts/map-geometry.mjs            write the file
//   node scripts/map-geometry.mjs --check    fail if the file is out of date
//
// Along with the outlines it writes the projection's scale and translation, and
// reference points projected by d3-geo, which the Rust unit tests compare against
// the Rust projection (src/views/map/logic.rs).
import fs from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const OUT = path.join(ROOT, "src/views/map/world.rs");
const WIDTH = 2000; // viewBox units; coordinates are written as integers
const KEEP = 0.08; // share of the 1:50m points kept (by visual importance)
const KEEP_SMALL = 0.5; // the share kept for small countries

// Natural Earth features without an ISO numeric code: its own ADM0_A3 codes.
const NO_ISO = {
  "N. Cyprus": "CYN", Somaliland: "SOL", Kosovo: "KOS", "Siachen Glacier": "KAS", "Indian Ocean Ter.": "IOA",
};

const topo0 = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/world-atlas/countries-50m.json"), "utf8"));
const pre = presimplify(topo0);
// quantile(t, p): the weight that keeps the share p of points with the highest weights
const topo = simplify(pre, quantile(pre, KEEP));
const notAntarctica = (f) => f.properties.name !== "Antarctica";
const fc = feature(topo, topo.objects.countries);
fc.features = fc.features.filter(notAntarctica);
// Small countries (Gaza, Cyprus, Timor-Leste...) keep more of their 1:50m outline:
// simplification would shrink or erase them.
const fine = simplify(pre, quantile(pre, KEEP_SMALL));
const full = new Map(feature(fine, fine.objects.countries).features.map((f) => [f.properties.name, f]));
const SMALL = 1500; // projected area in square viewBox units below which KEEP_SMALL applies

// precision(0): no adaptive resampling (it would add points along every edge)
const projection = geoEqualEarth().precision(0).fitWidth(WIDTH - 20, fc);
const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fc);
// a 10-unit margin on every side
const [k, [tx, ty]] = [projection.scale(), projection.translate()];
projection.translate([tx - x0 + 10, ty - y0 + 10]);
const HEIGHT = Math.ceil(y1 - y0 + 20);

/** A path context writing `M x y` then relative integer steps `l dx dy ...` and `z`. */
function compactPath(feature, div = 1) {
  let out = "", px = 0, py = 0, started = false;
  const ctx = {
    moveTo(x, y) { x = Math.round(x / div); y = Math.round(y / div); out += `M${x} ${y}l`; px = x; py = y; started = true; },
    lineTo(x, y) {
      x = Math.round(x / div); y = Math.round(y / div);
      const dx = x - px, dy = y - py;
      if (dx === 0 && dy === 0) return;
      out += (out.endsWith("l") ? "" : (dx < 0 ? "" : " ")) + dx + (dy < 0 ? "" : " ") + dy;
      px = x; py = y;
    },
    closePath() { out += "z"; },
    arc() { throw new Error("no arcs expected"); },
  };
  geoPath(projection, ctx)(feature);
  // rings that rounded to a point (`M x yl z`) carry nothing
  return started ? out.replace(/M-?\d+ -?\d+lz/g, "").replace(/lz/g, "z") : "";
}

const rows = [];
const tooSmall = [];
for (const f of fc.features) {
  const name = f.properties.name;
  const iso = NO_ISO[name] ?? countries.numericToAlpha3(f.id);
  if (!iso) throw new Error(`no ISO code for ${name} (${f.id})`);
  const original = full.get(name);
  const small = geoPath(projection).area(original) < SMALL;
  const d = compactPath(small ? original : f);
  if (d) rows.push({ iso, name, d });
  else tooSmall.push(name); // smaller than one unit at this scale (Guernsey, Nauru...)
}
rows.sort((a, b) => a.iso.localeCompare(b.iso));
const dupes = rows.filter((r, i) => i && rows[i - 1].iso === r.iso);
if (dupes.length) throw new Error(`duplicate codes: ${dupes.map((r) => r.iso)}`);

// The home page's miniature of the map: the land (Natural Earth 1:110m, one
// shape, Antarctica left out), simplified further, in the same projection
// divided by MINI_DIV and rounded to whole units (about 800 bytes gzipped).
const MINI_DIV = 8;
const MINI_KEEP = 0.1;
const land0 = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/world-atlas/land-110m.json"), "utf8"));
const landPre = presimplify(land0);
const landTopo = simplify(landPre, quantile(landPre, MINI_KEEP));
const land = feature(landTopo, landTopo.objects.land);
for (const f of land.features ?? [land]) {
  if (f.geometry.type === "MultiPolygon") {
    f.geometry.coordinates = f.geometry.coordinates.filter((poly) => Math.max(...poly[0].map((p) => p[1])) > -60);
  }
}
const miniLand = compactPath(land, MINI_DIV);

// Reference points for the Rust projection test: a grid and some odd places.
const refs = [];
for (let lat = -60; lat <= 80; lat += 20) for (let lon = -180; lon <= 180; lon += 30) refs.push([lon, lat]);
refs.push([73.06, 33.69], [34.31, 31.35], [-72.2, 19.76], [125.73, -8.87], [18.68, 44.54], [-11.78, 8.46]);
const fmt = (v) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const refRows = refs.map(([lon, lat]) => {
  const [x, y] = projection([lon, lat]);
  return `    (${fmt(lon)}, ${fmt(lat)}, ${x.toFixed(4)}, ${y.toFixed(4)}),`;
});

const rs = `// @generated by scripts/map-geometry.mjs from world-atlas ${JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/world-atlas/package.json"))).version}
// (Natural Earth 1:50m admin-0 countries, public domain; Antarctica left out).
// Do not edit by hand: run \`node scripts/map-geometry.mjs\`.

/// The map's viewBox is \`0 0 WIDTH HEIGHT\`.
pub const WIDTH: f64 = ${WIDTH}.0;
pub const HEIGHT: f64 = ${HEIGHT}.0;
/// Equal Earth: x = TX + SCALE * x0, y = TY - SCALE * y0 (d3-geo's geoEqualEarth).
pub const SCALE: f64 = ${projection.scale()};
pub const TX: f64 = ${projection.translate()[0]};
pub const TY: f64 = ${projection.translate()[1]};

/// A country or territory: its code and its outline as compact SVG path data
/// (\`M x y\` then relative integer steps), in viewBox units.
pub struct Country {
    pub iso: &'static str,
    pub name: &'static str,
    pub d: &'static str,
}

pub static COUNTRIES: &[Country] = &[
${rows.map((r) => `    Country { iso: ${JSON.stringify(r.iso)}, name: ${JSON.stringify(r.name)}, d: ${JSON.stringify(r.d)} },`).join("\n")}
];

/// The home page's miniature of the map: the land in the same projection,
/// every coordinate divided by \`MINI_DIV\` (viewBox \`0 0 WIDTH/MINI_DIV HEIGHT/MINI_DIV\`).
pub const MINI_DIV: f64 = ${MINI_DIV}.0;
pub const MINI_LAND: &str = ${JSON.stringify(miniLand)};

/// (lon, lat, x, y) projected by d3-geo, for the projection unit test.
#[cfg(test)]
pub static D3_REFERENCE: &[(f64, f64, f64, f64)] = &[
${refRows.join("\n")}
];
`;

if (process.argv.includes("--check")) {
  const old = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (old !== rs) { console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/map-geometry.mjs`); process.exit(1); }
  console.log("map geometry up to date");
} else {
  fs.writeFileSync(OUT, rs);
  const bytes = rows.reduce((n, r) => n + r.d.length, 0);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${rows.length} shapes, ${bytes} bytes of path data, viewBox ${WIDTH}x${HEIGHT}; too small to draw: ${tooSmall.join(", ")}`);
}
