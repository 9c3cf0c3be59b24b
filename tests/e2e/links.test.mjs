// Link check of the English edition (the Urdu edition: links-ur.test.mjs;
// the check itself: links-check.mjs).
import { test, before, after, afterEach } from "node:test";
import { SITES, serve, launch, closePages } from "./lib.mjs";
import { checkLinks } from "./links-check.mjs";

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[1].dir, { cacheApps: true }); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

test("every internal link and anchor resolves; every external URL is well-formed (under a sub-path)", () => checkLinks(browser, srv));
