import { existsSync } from "node:fs";

import { chromium } from "@playwright/test";

/**
 * The Chromium that tests and benchmarks drive: `$TRAILSCOPE_CHROMIUM` when set, else
 * Playwright's own when installed (undefined: Playwright finds it), else the system's.
 * `scripts/ensure-browser.sh` installs one when none is found.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.TRAILSCOPE_CHROMIUM) return process.env.TRAILSCOPE_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].find(existsSync);
}

/** Flags for a headless Chromium in containers and CI (no sandbox as root, no GPU, no updates). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
