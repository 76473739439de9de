#!/usr/bin/env bash
# Starts the built app for the end-to-end tests on a fresh local store.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
oidc_port="${2:-3109}"
export TRAILSCOPE_MODE=local
# The demo regions, and ap-east-1: an opt-in region the demo account has not enabled, so
# every test of "all regions" meets one region that fails, as on a real account.
export TRAILSCOPE_REGIONS="${TRAILSCOPE_REGIONS:-us-east-1,us-east-2,us-west-2,eu-west-1,ap-northeast-1,ap-east-1}"
export TRAILSCOPE_DATA_PATH=".data/e2e-$port/local-cloudtrail.sqlite"
# The README's demo key, and keys of the tests' own (e2e/support/local-cloudtrail.ts names
# them), so the history tells the tests' calls apart by user.
export TRAILSCOPE_LOCAL_ACCESS_KEYS="AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY:local-cli,AKIAE2ETEST000000001:e2e-tests-secret:e2e-tests,AKIAE2ECLI0000000001:e2e-cli-secret:e2e-cli,AKIAE2ESDK0000000001:e2e-sdk-secret:e2e-sdk,AKIAE2EREFUSED000001:e2e-refused-secret:e2e-refused"
export TRAILSCOPE_APP_DATA_PATH=".data/e2e-$port/trailscope.sqlite"
# Single sign-on through the test provider (e2e/support/oidc-provider.ts), beside the demo's
# password logins: members of trailscope-admin are admins, of security-analysts viewers.
export TRAILSCOPE_OIDC_ISSUER="http://localhost:$oidc_port"
export TRAILSCOPE_OIDC_CLIENT_ID=trailscope
export TRAILSCOPE_OIDC_CLIENT_SECRET=trailscope-e2e-client-secret
export TRAILSCOPE_OIDC_NAME="Test IdP"
export TRAILSCOPE_OIDC_ADMIN_VALUES=trailscope-admin
export TRAILSCOPE_OIDC_VIEWER_VALUES=security-analysts
export TRAILSCOPE_OIDC_ALLOW_HTTP=true
rm -rf ".data/e2e-$port"
# Records an attacker could write, for e2e/hostile-records.spec.ts (see the script for the stack size).
node --stack-size=4000 --conditions=react-server --import tsx e2e/support/plant-hostile-records.ts "$TRAILSCOPE_DATA_PATH"
exec ./node_modules/.bin/next start -p "$port"
