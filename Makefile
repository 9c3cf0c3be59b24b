# The two commands a reader of README.md needs:
#   make serve   install what is missing, then serve the site with live reload
#   make test    install what is missing, then run every test
# Others: make build [BASE=/repo-name/], make check-content, make schemas.

SHELL := /bin/bash
# npm's wasm-opt (binaryen 132) must come before any other on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
BASE ?= /
SUB := /pakistan-peacekeeping/

.PHONY: serve test setup lint unit build build-both e2e bench check-content schemas clean

# a development build, into its own folder: dist/ keeps the last release build
serve: setup
	trunk serve --dist target/serve

test:
	@scripts/timed.sh setup lint unit build-both e2e

setup:
	@scripts/setup.sh

lint:
	cargo fmt --all --check
	cargo run -q -p content-check -- --lang ur content
	node scripts/map-geometry.mjs --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p pakistan-peacekeeping --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

# One release build at BASE into dist/, finished by the post-build step (every
# route rendered, metadata, security policy, data downloads).
build: setup
	trunk build --release --no-default-features --public-url $(BASE)
	node scripts/postbuild.mjs dist $(BASE)

# The site at the root (dist/) and under a GitHub Pages project path (dist-sub/).
build-both:
	scripts/build-both.sh $(SUB)

e2e:
	# a watchdog: a hung browser must fail the run, not stall CI
	timeout --kill-after=15 2700 npm run --silent e2e

# Benchmark (not a test): bytes, Lighthouse and interaction times, and TimelineJS
# in the same run. Prints figures; see scripts/bench.mjs.
bench: setup build-both
	node scripts/bench.mjs

# Checks content/ without building the site (fast; for editors).
# (with the Urdu translation: every item translated, the same numbers and
# dates; the build stops on the same problems)
check-content:
	cargo run -q -p content-check -- --lang ur content

# Regenerates content/schemas/*.schema.json from the Rust types.
schemas:
	cargo run -q -p content-check -- --write-schemas content

clean:
	rm -rf dist dist-sub target
