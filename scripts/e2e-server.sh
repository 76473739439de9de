#!/usr/bin/env bash
# Starts the built app for the end-to-end tests on a fresh local store.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
export TRAILSCOPE_MODE=local
# The demo regions, and ap-east-1: an opt-in region the demo account has not enabled, so
# every test of "all regions" meets one region that fails, as on a real account.
export TRAILSCOPE_REGIONS="${TRAILSCOPE_REGIONS:-us-east-1,us-east-2,us-west-2,eu-west-1,ap-northeast-1,ap-east-1}"
export TRAILSCOPE_DATA_PATH=".data/e2e-$port/local-cloudtrail.sqlite"
rm -rf ".data/e2e-$port"
exec ./node_modules/.bin/next start -p "$port"
