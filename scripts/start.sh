#!/usr/bin/env bash
# Starts the dashboard (production server), building it first when there is no build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
[ -f .next/BUILD_ID ] || ./node_modules/.bin/next build
exec ./node_modules/.bin/next start "$@"
