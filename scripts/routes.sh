#!/usr/bin/env bash
# Trunk post-build hook: copy the app shell to ROUTE/index.html for each route of
# src/routes.rs, and to 404.html for unknown paths (GitHub Pages serves it).
set -euo pipefail
out="${TRUNK_STAGING_DIR:-${1:-dist}}"
root="$(cd "$(dirname "$0")/.." && pwd)"
# the security policy first, so that every copy carries it
python3 "$root/scripts/csp.py" "$out"
cargo run -q --manifest-path "$root/Cargo.toml" --bin site-routes \
  | python3 -c 'import sys, json; [print(json.loads(l)["path"]) for l in sys.stdin]' | while read -r route; do
  [ -z "$route" ] || [ "$route" = "/" ] && continue
  mkdir -p "$out$route"
  cp "$out/index.html" "$out$route/index.html"
done
cp "$out/index.html" "$out/404.html"
# the data downloads (CSV, JSON, TimelineJS) from the same content
cargo run -q --manifest-path "$root/Cargo.toml" -p content-check -- --export "$out/data" "$root/content"
