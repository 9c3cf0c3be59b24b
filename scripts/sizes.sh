#!/usr/bin/env bash
# Prints the first-view bytes of a built site (default dist/): every file the
# first page load fetches, raw, gzip -9 and (if installed) brotli -q 11.
set -euo pipefail
dir="${1:-dist}"
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for f in "$dir"/index.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css "$dir"/*.svg; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if command -v brotli >/dev/null; then br=$(brotli -q 11 -c "$f" | wc -c); else br=0; fi
  printf '%-48s %10d %10d %10d\n' "${f#$dir/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
done
printf '%-48s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
