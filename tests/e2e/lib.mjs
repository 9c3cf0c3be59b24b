// Shared helpers for the end-to-end tests. The static server that behaves like
// GitHub Pages and the browser helpers live in scripts/lib/ (the build and the
// benchmarks use them too) and are re-exported here; the rest is for tests only.
import path from "node:path";
import { openPage as newPage } from "../../scripts/lib/browser.mjs";

export { serve } from "../../scripts/lib/server.mjs";
export { launch, openPage, closePages, ready } from "../../scripts/lib/browser.mjs";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** Built sites: dist/ for the root, dist-sub/<SUB>/ for a GitHub Pages project path. */
export const SUB = "/pakistan-peacekeeping";
export const SITES = [
  { name: "root", base: "", dir: path.join(ROOT, "dist") },
  { name: "sub-path", base: SUB, dir: path.join(ROOT, "dist-sub") },
];

/** Problems other than the expected 404 status of deliberately unknown URLs. */
export function problems(page) {
  return page.problems.filter((p) =>
    !/Failed to load resource: the server responded with a status of 404/.test(p) &&
    // a request cut short because the test navigated away is not a fault of the page
    !/^requestfailed: .* net::ERR_ABORTED$/.test(p));
}

/** Runs axe (WCAG 2.0-2.2 A and AA rules) on the page; returns readable violations. */
export async function axeViolations(page, { exclude = [] } = {}) {
  const { AxeBuilder } = await import("@axe-core/playwright");
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const sel of exclude) builder = builder.exclude(sel);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** The share of pixels (0-1) that differ between two PNG screenshots of the
 *  same size, counted in a blank page of `browser`. */
export async function pixelDiff(browser, a, b) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([A, B]) => {
      const load = (s) => new Promise((res, rej) => { const i = new Image(); i.onload = () => res(i); i.onerror = rej; i.src = "data:image/png;base64," + s; });
      const [ia, ib] = [await load(A), await load(B)];
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const px = (img) => { const c = new OffscreenCanvas(img.width, img.height); const x = c.getContext("2d"); x.drawImage(img, 0, 0); return x.getImageData(0, 0, img.width, img.height).data; };
      const [da, db] = [px(ia), px(ib)];
      let n = 0;
      for (let i = 0; i < da.length; i += 4) if (Math.abs(da[i] - db[i]) + Math.abs(da[i + 1] - db[i + 1]) + Math.abs(da[i + 2] - db[i + 2]) > 24) n++;
      return n / (da.length / 4);
    }, [a.toString("base64"), b.toString("base64")]);
  } finally { await page.close(); }
}

/** A view's full app (its wasm, not its keeper's `app-VIEW-keep-<hash>`). */
export const fullApp = (view) => new RegExp(`/app-${view}-[0-9a-f]{16}_bg\\.wasm$`);

/** The prerendered `url` of `view` with its keeper running and the full app
 *  held back (its download never answers, or until `hold` resolves): what a
 *  reader on a slow connection uses first (src/views/VIEW/keeper.rs). */
export async function openKept(browser, view, url, { hold = new Promise(() => {}), ...opts } = {}) {
  const page = await newPage(browser, opts);
  await page.route(fullApp(view), async (route) => { await hold; await route.continue(); });
  await page.goto(url);
  await page.waitForSelector("html[data-keeper='ready'] body[data-prerendered] main h1");
  return page;
}

/** What `selectors` show (text, and the ids and classes within), to compare
 *  what a keeper shows with what the full app shows for the same address. */
export function regions(page, selectors) {
  return page.evaluate((sels) => Object.fromEntries(sels.map((s) => [s, [...document.querySelectorAll(s)].map((e) =>
    `${e.textContent.replace(/\s+/g, " ").trim()} | ${[...e.querySelectorAll("[id], [class]")].map((x) => `${x.id}.${x.getAttribute("class") || ""}`).join(" ")}`)])), selectors);
}
