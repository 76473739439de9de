#!/usr/bin/env bash
# The whole test suite: unit tests (Vitest), then end-to-end tests (Playwright, Chromium)
# against a fresh production build on the local CloudTrail service. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh
bash scripts/ensure-aws-cli.sh
./node_modules/.bin/vitest run
./node_modules/.bin/next build
./node_modules/.bin/playwright test
