import { test as setup } from "@playwright/test";

import {
  ADMIN_STATE,
  expectSignedInAs,
  signInWithOidc,
  signInWithPassword,
  VIEWER_STATE,
} from "./support/roles";

setup("an admin signs in through single sign-on", async ({ page }) => {
  await signInWithOidc(page, "alice", "/trails");
  await page.waitForURL("**/trails");
  await expectSignedInAs(page, "alice", "Admin");
  await page.context().storageState({ path: ADMIN_STATE });
});

setup("a viewer signs in with the demo password", async ({ page }) => {
  await signInWithPassword(page, "viewer", "demo-viewer", "/events");
  await page.waitForURL("**/events");
  await expectSignedInAs(page, "viewer", "Viewer");
  await page.context().storageState({ path: VIEWER_STATE });
});
