// Per-page stylesheets: Trunk's page links every stylesheet of the site
// (index.html), but a page needs only those with a rule for one of its
// elements. Once the pages are written, each is opened as published (with
// JavaScript off: the prerendered page), and the stylesheets none of whose
// rules matches an element of the page, other than <html> and <body> (map.css's
// :root variables are the map's own), are taken out of its HTML. The files
// stay in the site (the offline worker keeps every file).
//
// What a page's app draws later is covered because the stylesheets are by
// view: a view's own file has rules for its prerendered page (the timeline's
// strip, the map's frame, ...), and charts.css has the citation markers of
// every page that can open the citation popover. tests/e2e/styles.test.mjs
// checks this in the browser, before and after the apps start and with
// dialogs and cards open: no rule of a stylesheet a page leaves out matches
// one of its elements.
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { servedAt } from "./render.mjs";

/** Takes out of each page `files` (paths in `dist`, the site built for the
 *  base path `base`, "" or "/repo") the stylesheets it does not use, in place.
 *  Returns `{ FILE: [names of the stylesheets it keeps] }`. */
export async function pruneStylesheets({ dist, base, files }) {
  const { served, cleanup } = servedAt(dist, base);
  const srv = await serve(served);
  const browser = await launch();
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" });
  const page = await context.newPage();
  const kept = {};
  try {
    for (const file of files) {
      const full = path.join(dist, file);
      const html = fs.readFileSync(full, "utf8");
      const sheets = stylesheetLinks(html).map(({ href }) => {
        if (!href?.startsWith(`${base}/`)) throw new Error(`${file}: a stylesheet outside the site: ${href}`);
        return { href, text: fs.readFileSync(path.join(dist, href.slice(base.length + 1)), "utf8") };
      });
      const resp = await page.goto(`${srv.origin}${base}/${file}`);
      if (!resp.ok()) throw new Error(`${file}: status ${resp.status()}`);
      const used = await page.evaluate(firstMatches, sheets);
      const unused = used.filter((s) => !s.match).map((s) => s.href);
      fs.writeFileSync(full, withoutStylesheets(html, unused));
      kept[file] = used.filter((s) => s.match).map((s) => path.basename(s.href).replace(/-[0-9a-f]+\.css$/, ""));
    }
    return kept;
  } finally {
    await browser.close();
    await srv.close();
    cleanup();
  }
}

/** Runs in the page (page.evaluate): for each CSS text in `sheets`
 *  (`{ href, text }`), the first selector of a rule that matches an element of
 *  the document other than <html> and <body>, with that element's tag and
 *  class (null when none does). */
export function firstMatches(sheets) {
  // states a rule may be written for that the page is not in now: taken out of
  // the selector, so that the rule counts for the elements it would style
  // `:not(:hover)` and the like: always true of some element, so left out whole
  const NOT_STATE = /:not\(\s*:(hover|focus-visible|focus-within|focus|active|visited|link|checked|target|open|popover-open|modal|placeholder-shown|disabled|enabled|invalid|valid|indeterminate|default|user-invalid|user-valid)\s*\)/g;
  const STATE = /::?(before|after|marker|placeholder|selection|backdrop|first-letter|first-line|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)\b|:(hover|focus-visible|focus-within|focus|active|visited|link|checked|target|open|popover-open|modal|placeholder-shown|disabled|enabled|invalid|valid|indeterminate|default|user-invalid|user-valid)\b/g;
  const skip = new Set([document.documentElement, document.body]);
  // a rule for <html> or <body> counts when it sets a property other than a
  // custom one, or a custom one another stylesheet reads (an edition's
  // `:root:lang(..) { --font: .. }`); map.css's own :root variables do not
  const reads = (href) => sheets.filter((o) => o.href !== href).map((o) => o.text).join("\n");
  const rootMatters = (rule, href) => {
    const names = [...rule.style].filter((n) => n.startsWith("--"));
    if (names.length < rule.style.length) return true;
    const others = reads(href);
    return names.some((n) => others.includes(`var(${n}`));
  };
  let current = null;
  const matchOf = (selector, rule) => {
    const plain = selector.replace(NOT_STATE, "").replace(STATE, "").trim();
    if (!plain || /[>+~(]$/.test(plain)) return null;
    let found;
    try { found = document.querySelectorAll(plain); } catch { return { selector, element: "(selector not understood: counted as used)" }; }
    for (const e of found) {
      if (skip.has(e) && rule.style && rootMatters(rule, current)) return { selector, element: e.tagName.toLowerCase() };
      if (!skip.has(e)) return { selector, element: `${e.tagName.toLowerCase()}${e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : ""}` };
    }
    return null;
  };
  const inRules = (rules) => {
    for (const r of rules) {
      if (r.selectorText !== undefined) {
        for (const s of splitList(r.selectorText)) {
          const m = matchOf(s, r);
          if (m) return m;
        }
      }
      if (r.cssRules && r.cssRules.length) {
        const m = inRules(r.cssRules);
        if (m) return m;
      }
    }
    return null;
  };
  // a selector list split at its top-level commas (not those inside :is(...))
  function splitList(text) {
    const out = [];
    let depth = 0, start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "," && depth === 0) { out.push(text.slice(start, i)); start = i + 1; }
    }
    out.push(text.slice(start));
    return out;
  }
  return sheets.map(({ href, text }) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    current = href;
    return { href, match: inRules(sheet.cssRules) };
  });
}

/** The stylesheet links of a page's HTML: `[{ tag, href }]`. */
export function stylesheetLinks(html) {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => ({ tag: m[0], href: m[0].match(/\bhref="([^"]*)"/)?.[1] }));
}

/** `html` without the links of `hrefs` (and the whitespace after each). */
export function withoutStylesheets(html, hrefs) {
  let out = html;
  for (const { tag, href } of stylesheetLinks(html)) {
    if (!hrefs.includes(href)) continue;
    const at = out.indexOf(tag);
    let end = at + tag.length;
    while (end < out.length && /\s/.test(out[end])) end++;
    out = out.slice(0, at) + out.slice(end);
  }
  return out;
}
