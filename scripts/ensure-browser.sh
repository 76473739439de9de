#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive: $TRAILSCOPE_CHROMIUM, Playwright's own
# browser, or the system's Chromium. When there is none, installs Debian's/Ubuntu's
# chromium package (as root or with sudo), else Playwright's own download.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${TRAILSCOPE_CHROMIUM:-}" ] && [ -x "$TRAILSCOPE_CHROMIUM" ]; then exit 0; fi
if node -e 'process.exit(require("fs").existsSync(require("playwright-core").chromium.executablePath()) ? 0 : 1)' 2>/dev/null; then
  exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium; do
  [ -x "$candidate" ] && exit 0
done

echo "No Chromium found; installing one for the end-to-end tests." >&2
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
fi
if ./node_modules/.bin/playwright install chromium; then exit 0; fi
echo "Could not install Chromium. Install Chromium, or set TRAILSCOPE_CHROMIUM to a Chromium binary." >&2
exit 1
