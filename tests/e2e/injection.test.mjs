// Markdown/HTML injection in a real browser (issue 9). Every payload chapter in
// tests/corpus/injection/ is rendered by `content-check --render-markdown`, the
// function the build uses; the HTML is put in a page and loaded in headless
// Chromium, and every link in it is clicked. No payload may run code
// (`window.__pwned` stays unset), open a dialog (`alert`) or throw. A payload
// the loader rejects counts as neutralised, provided the error names the file
// and a line. The same corpus is checked on the HTML alone by
// crates/content/tests/corpus.rs.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, launch, openPage, closePages } from "./lib.mjs";

const DIR = path.join(ROOT, "tests/corpus/injection");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".md") && f !== "README.md").sort();
/** Relative links resolve against this origin; no request leaves the page (see `probe`). */
const BASE = "https://site.invalid/";

/** Renders one chapter: `{ html }`, or `{ rejected }` with the loader's messages. */
function render(file) {
  try {
    const html = execFileSync(
      "cargo", ["run", "-q", "-p", "content-check", "--", "--render-markdown", file],
      { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { html };
  } catch (e) {
    if (e.status === 1) return { rejected: e.stderr };
    throw e; // cargo itself failed
  }
}

const documentFor = (body) =>
  `<!doctype html><html><head><meta charset="utf-8"><base href="${BASE}"><title>payload</title></head><body>${body}</body></html>`;

/** Loads `body` in a fresh page, clicks each of its links in turn and reports
 *  what ran: `{ pwned, dialogs, errors, hrefs }`. */
async function probe(browser, body) {
  const page = await openPage(browser);
  // No network: images fail (firing any onerror), link targets are never fetched.
  await page.route("**", (route) => route.abort());
  const load = async () => {
    await page.setContent(documentFor(body), { waitUntil: "load" });
    await page.waitForTimeout(50); // let load/error handlers run
  };
  await load();
  const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.href));
  let pwned = await page.evaluate(() => window.__pwned);
  for (let i = 0; i < hrefs.length && pwned === undefined; i++) {
    await page.locator("a[href]").nth(i).click({ timeout: 2000, noWaitAfter: true }).catch(() => {});
    await page.waitForTimeout(50);
    // A javascript: URL would run in this document; a followed link leaves it
    // for an error page (the request is aborted), so reload the payload after.
    pwned = await page.evaluate(() => window.__pwned).catch(() => undefined);
    await load();
  }
  const dialogs = page.problems.filter((p) => p.startsWith("dialog:"));
  const errors = page.problems.filter((p) => p.startsWith("pageerror:"));
  return { pwned, dialogs, errors, hrefs };
}

function assertInert(result, what) {
  assert.equal(result.pwned, undefined, `${what}: a script set window.__pwned`);
  assert.deepEqual(result.dialogs, [], `${what}: a dialog opened`);
  assert.deepEqual(result.errors, [], `${what}: a script ran and threw`);
  for (const href of result.hrefs) {
    assert.match(new URL(href).protocol, /^(https?|mailto):$/, `${what}: link to ${href}`);
  }
}

let browser;
const counts = { rendered: 0, rejected: 0 };
before(async () => { browser = await launch(); });
afterEach(closePages);
after(async () => {
  await browser?.close();
  console.log(`injection: ${FILES.length} payloads, ${counts.rendered} rendered inert, ${counts.rejected} rejected`);
});

test("the probe notices a script that runs, a handler that fires and a dialog", async () => {
  const ran = await probe(browser, `<a href="javascript:window.__pwned=1">x</a>`);
  assert.equal(ran.pwned, 1, "a clicked javascript: link is detected");
  const fired = await probe(browser, `<img src="x" onerror="window.__pwned=2">`);
  assert.equal(fired.pwned, 2, "an onerror handler is detected");
  const dialog = await probe(browser, `<img src="x" onerror="alert(1)">`);
  assert.equal(dialog.dialogs.length, 1, "an alert is detected");
});

test("the corpus holds at least 20 payloads", () => {
  assert.ok(FILES.length >= 20, `${FILES.length} payloads`);
});

for (const name of FILES) {
  test(`payload ${name} is rejected or inert`, async () => {
    const file = path.join("tests/corpus/injection", name);
    const out = render(file);
    if (out.rejected !== undefined) {
      assert.match(out.rejected, new RegExp(`^${file.replace(/[.]/g, "\\.")}:\\d+: `, "m"),
        `the error names the file and line:\n${out.rejected}`);
      counts.rejected++;
      return;
    }
    assertInert(await probe(browser, out.html), name);
    counts.rendered++;
  });
}
