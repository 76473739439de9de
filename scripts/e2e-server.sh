#!/usr/bin/env bash
# Starts the built app for the end-to-end tests on a fresh local store.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
export TRAILSCOPE_MODE=local
export TRAILSCOPE_DATA_PATH=".data/e2e/local-cloudtrail.sqlite"
rm -rf .data/e2e
exec ./node_modules/.bin/next start -p "$port"
