// Measurements in a real browser, shared by the tests and the scripts that
// print the figures quoted in reports: typographic (tests/e2e/type.test.mjs,
// scripts/measure-type.mjs), what a page asks for before and after `load`
// (scripts/bench.mjs, scripts/measure-classroom.mjs), what prints as a
// control and when the printed stamp is there (tests/e2e/classroom-print.test.mjs,
// scripts/measure-classroom.mjs).

/** Buttons that carry the content (an event's title, a marker, a mission's
 *  name, a sortable heading): they print as text, not as controls. */
export const CONTENT_BUTTONS = ".tl-item-btn, .marker, .linkish, .sort, .tl-mark, .tl-cluster";

/** Waits (at most 5 s) for the printed page's stamp, the address and the day:
 *  assets/page.js writes it on the print media change, which may come a
 *  moment after `page.emulateMedia({ media: "print" })`. */
export async function printStamp(page) {
  await page.waitForFunction(() => (document.querySelector(".print-stamp")?.textContent || "").length > 0, null, { timeout: 5000 }).catch(() => {});
}

/** The paths the page in `page` asked for before its `load` event (the
 *  document's own among them) and after it, from Resource Timing. Call it
 *  once the page has loaded. */
export async function requestsByLoad(page) {
  return page.evaluate(() => {
    const load = performance.getEntriesByType("navigation")[0].loadEventStart;
    const entries = performance.getEntriesByType("resource");
    const paths = (keep) => entries.filter(keep).map((e) => new URL(e.name).pathname);
    return { before: [location.pathname, ...paths((e) => e.startTime < load)], after: paths((e) => e.startTime >= load) };
  });
}

/** Characters per line of the text blocks matching `selector` (inside `within`,
 *  at most `limit` blocks), as laid out in the page: every character's box is
 *  measured and grouped into lines by its vertical position. Only full lines
 *  count (a block's last line is usually short); spaces at a break are not
 *  counted. Returns { lines, mean, max, p90 } over all full lines. */
export async function charsPerLine(page, selector, { within = "main", limit = 40 } = {}) {
  return page.evaluate(([selector, within, limit]) => {
    const blocks = [...document.querySelectorAll(`${within} ${selector}`)]
      .filter((b) => b.getClientRects().length > 0)
      .slice(0, limit);
    const counts = [];
    const range = document.createRange();
    for (const block of blocks) {
      const lines = [];
      let top = null, n = 0, trailingSpace = 0;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (!r || r.width === 0) continue; // collapsed white space
          const mid = r.top + r.height / 2;
          if (top !== null && mid > top + r.height * 0.6) {
            lines.push(n - trailingSpace);
            n = 0;
          }
          if (top === null || mid > top + r.height * 0.6) top = mid;
          n++;
          trailingSpace = /\s/.test(text[i]) ? trailingSpace + 1 : 0;
        }
      }
      // the last line of a block is not a full line
      counts.push(...lines);
    }
    counts.sort((a, b) => a - b);
    const mean = counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0;
    return {
      lines: counts.length,
      mean: Math.round(mean * 10) / 10,
      max: counts.at(-1) ?? 0,
      p90: counts[Math.floor(counts.length * 0.9)] ?? 0,
    };
  }, [selector, within, limit]);
}

/** The font family Chromium actually drew the first `selector` element's text
 *  with (the face with the most glyphs in it), asked of the browser itself. */
export async function drawnWith(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName;
}
