#!/usr/bin/env bash
# Release builds for the tests: dist/ (site root) and dist-sub/SUB/ (a GitHub
# Pages project path), each finished by the post-build step. The second build reuses the compiled wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
sub="${1:-/pakistan-peacekeeping/}"
start=$(date +%s)
trunk build --release --no-default-features --public-url /
node scripts/postbuild.mjs dist /
mid=$(date +%s)
# built and finished flat, as `make build BASE=...` does for GitHub Pages,
# then moved under its path for the tests
rm -rf dist-sub dist-flat
trunk build --release --no-default-features --public-url "$sub" --dist dist-flat
node scripts/postbuild.mjs dist-flat "$sub"
mkdir -p "$(dirname "dist-sub${sub%/}")"
mv dist-flat "dist-sub${sub%/}"
end=$(date +%s)
echo "build-both: root build $((mid - start)) s, sub-path build $((end - mid)) s"
