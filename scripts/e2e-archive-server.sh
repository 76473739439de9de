#!/usr/bin/env bash
# Starts the built app for the import tests (e2e/import.spec.ts) on a fresh local store
# without the 90-day window: archives are older than that. Sign-in is the demo's passwords.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3108}"
export TRAILSCOPE_MODE=local
export TRAILSCOPE_LOCAL_LIMITS=none
export TRAILSCOPE_DATA_PATH=".data/e2e-archive-$port/local-cloudtrail.sqlite"
export TRAILSCOPE_APP_DATA_PATH=".data/e2e-archive-$port/trailscope.sqlite"
# Only this script's settings: none of the other test server's single sign-on or keys.
unset TRAILSCOPE_REGIONS TRAILSCOPE_LOCAL_ACCESS_KEYS TRAILSCOPE_USERS TRAILSCOPE_OIDC_ISSUER TRAILSCOPE_PUBLIC_URL
rm -rf ".data/e2e-archive-$port"
exec ./node_modules/.bin/next start -p "$port"
