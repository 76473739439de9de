#!/usr/bin/env bash
# The end-to-end suite drives the local service with the real AWS CLI. Installs it from
# Debian's/Ubuntu's awscli package when no `aws` is found.
set -euo pipefail
if [ -n "${TRAILSCOPE_AWS_CLI:-}" ] || [ -x /usr/bin/aws ] || command -v aws >/dev/null 2>&1; then
  exit 0
fi
echo "No AWS CLI found; installing it for the end-to-end tests." >&2
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq awscli >/dev/null; then
    exit 0
  fi
fi
echo "Could not install the AWS CLI. Install it (https://aws.amazon.com/cli/) or set TRAILSCOPE_AWS_CLI to its path." >&2
exit 1
