// A real headless Chromium (Debian's, or CHROMIUM_PATH) driven by
// playwright-core, and page helpers: for the post-build step, the benchmarks
// and the end-to-end tests.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

const contexts = new Set();

/** Closes every page opened since the last call (use as `afterEach(closePages)`),
 *  so that a long run does not keep dozens of live pages in one browser. */
export async function closePages() {
  const all = [...contexts];
  contexts.clear();
  await Promise.all(all.map((c) => c.close().catch(() => {})));
}

/** A new page that records console errors, page errors and failed requests.
 *  Its context blocks the site's service worker unless `opts.serviceWorkers`
 *  is "allow" (tests/e2e/offline.test.mjs): a test that simulates failing or
 *  slow downloads with page.route must see every request (Playwright does not
 *  route requests a worker answers), and each test starts from the network. */
export async function openPage(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block", ...opts });
  contexts.add(context);
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => page.problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText || ""}`));
  page.on("dialog", (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  return page;
}

/** Waits until the app has taken over the (prerendered) page and shows a heading.
 *  A prerendered page without a query starts its app on the reader's first
 *  interaction (assets/boot.js): the pointer moving over the page is one. */
export async function ready(page) {
  if (!(await page.$("html[data-app='ready']"))) {
    await page.waitForLoadState("load");
    await page.mouse.move(4 + Math.floor(Math.random() * 40), 4);
  }
  await page.waitForSelector("html[data-app='ready'] main h1", { timeout: 20000 });
}
