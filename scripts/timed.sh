#!/usr/bin/env bash
# Runs `make STEP` for each step in turn and prints how long each took, so that a
# slow or stuck CI run shows where its time went. Stops at the first failure.
set -uo pipefail
total=$(date +%s)
for step in "$@"; do
  start=$(date +%s)
  printf '\033[1m[%s]\033[0m started %s\n' "$step" "$(date -u +%H:%M:%S)"
  if ! make --no-print-directory "$step"; then
    echo "[$step] FAILED after $(( $(date +%s) - start )) s"
    exit 1
  fi
  echo "[$step] done in $(( $(date +%s) - start )) s"
done
echo "all steps done in $(( $(date +%s) - total )) s"
