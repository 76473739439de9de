import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, chromiumExecutable } from "./scripts/chromium-executable";
import { ADMIN_STATE } from "./e2e/support/roles";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The test OpenID Connect provider listens beside the app.
const OIDC_PORT = PORT + 9;
// A second app without the 90-day window, for importing archives (e2e/import.spec.ts).
const ARCHIVE_PORT = PORT + 8;
const ARCHIVE_SPECS = /import\.spec\.ts/;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs in once as each role, through the real sign-in flows, and keeps the sessions.
    { name: "sign-in", testMatch: /roles\.setup\.ts/, use: chromium },
    {
      name: "chromium",
      dependencies: ["sign-in"],
      testIgnore: ARCHIVE_SPECS,
      // Most tests act as an admin; the role tests choose their own session.
      use: { ...chromium, storageState: ADMIN_STATE },
    },
    // Signs in itself with the demo's passwords, on its own server and store.
    {
      name: "archive",
      testMatch: ARCHIVE_SPECS,
      use: { ...chromium, baseURL: `http://localhost:${ARCHIVE_PORT}` },
    },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/tsx e2e/support/oidc-provider.ts ${OIDC_PORT} http://localhost:${PORT}`,
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      // Its development-mode notices say nothing about the tests.
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A fresh store for every run, so the tests meet the seeded demo account and nothing else.
      command: `bash scripts/e2e-server.sh ${PORT} ${OIDC_PORT}`,
      url: `http://localhost:${PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `bash scripts/e2e-archive-server.sh ${ARCHIVE_PORT}`,
      url: `http://localhost:${ARCHIVE_PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
