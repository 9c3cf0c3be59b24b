#!/usr/bin/env bash
# Release builds for the tests: dist/ (site root) and dist-sub/SUB/ (a GitHub
# Pages project path), each prerendered. The second build reuses the compiled wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
sub="${1:-/pakistan-peacekeeping/}"
start=$(date +%s)
trunk build --release --public-url /
node scripts/prerender.mjs dist /
mid=$(date +%s)
rm -rf dist-sub
trunk build --release --public-url "$sub" --dist "dist-sub${sub%/}"
node scripts/prerender.mjs "dist-sub${sub%/}" "$sub"
end=$(date +%s)
echo "build-both: root build $((mid - start)) s, sub-path build $((end - mid)) s"
