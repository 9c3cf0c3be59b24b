// Link check of the Urdu edition, /ur/... (the English edition: links.test.mjs;
// the check itself: links-check.mjs), in its own file: its own time budget.
import { test, before, after, afterEach } from "node:test";
import { SITES, serve, launch, closePages } from "./lib.mjs";
import { checkLinks } from "./links-check.mjs";

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[1].dir, { cacheApps: true }); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

test("Urdu: every internal link and anchor resolves; every external URL is well-formed; links stay in the Urdu edition (under a sub-path)", () => checkLinks(browser, srv, "/ur"));
