#!/usr/bin/env python3
"""Trunk post-build step: adds a Content-Security-Policy meta tag to index.html.

GitHub Pages cannot send headers, so the policy travels in the page. Trunk's
loader is a small inline module script; it is allowed by its SHA-256 hash, so
the policy needs no 'unsafe-inline' for scripts. 'wasm-unsafe-eval' lets the
browser compile the app's WebAssembly. Everything else comes from the site's
own origin. (frame-ancestors cannot be set from a meta tag; see /about.)
Inline style attributes are allowed: the map and charts position elements with
them, and styles cannot run code.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

out = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
page = out / "index.html"
html = page.read_text(encoding="utf-8")
if 'http-equiv="Content-Security-Policy"' in html:
    sys.exit(0)
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in inline
)
policy = "; ".join([
    "default-src 'self'",
    f"script-src 'self' 'wasm-unsafe-eval' {hashes}".strip(),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
html, n = re.subn(r'(<meta charset="utf-8">)', r"\1\n  " + meta, html, count=1)
if n != 1:
    sys.exit("csp.py: no <meta charset> in index.html to put the policy after")
page.write_text(html, encoding="utf-8")
print(f"csp.py: policy added ({len(inline)} inline script(s) allowed by hash)")
