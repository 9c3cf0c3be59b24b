// The Content-Security-Policy, computed once over the final HTML of every page.
// GitHub Pages cannot send headers, so the policy travels in each page as a
// meta tag. Inline scripts (the app's loader) are allowed by their SHA-256
// hashes, so the policy needs no 'unsafe-inline' for scripts.
// 'wasm-unsafe-eval' lets the browser compile the app's WebAssembly. Everything
// else comes from the site's own origin. (frame-ancestors cannot be set from a
// meta tag; see /about.) Inline style attributes are allowed: the map and
// charts position elements with them, and styles cannot run code.
import crypto from "node:crypto";

const sha256 = (text) => "'sha256-" + crypto.createHash("sha256").update(text, "utf8").digest("base64") + "'";

/** The policy allowing every inline script of `pages` (HTML texts), in order of first appearance. */
export function securityPolicy(pages) {
  const hashes = new Set();
  for (const html of pages) {
    for (const [, script] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) hashes.add(sha256(script));
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(" ")}`.trim(),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The page with `policy` as its first meta tag after the charset, before any script. */
export function withPolicy(html, policy) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("the page already has a policy");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const out = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
  if (out === html) throw new Error("no <meta charset> to put the policy after");
  return out;
}
