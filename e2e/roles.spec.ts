import { VIEWER_STATE } from "./support/roles";
import { serverAction } from "./support/server-actions";
import { expect, test } from "./support/test";

/** What each role sees and may do in the browser; the server's own refusals are in access-control.spec.ts. */

test.describe("as a viewer", () => {
  test.use({ storageState: VIEWER_STATE });

  test("sees every trail and its status but no control that changes one", async ({ page }) => {
    await page.goto("/trails");
    const header = page.getByRole("banner");
    await expect(header.getByText("Viewer", { exact: true })).toBeVisible();
    await expect(header.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    const table = page.getByRole("table", { name: "Trails" });
    await expect(table.getByRole("row").filter({ hasText: "management-events" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create trail" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Stop logging|Start logging/ })).toHaveCount(0);

    await page.goto("/trails/us-east-1/management-events");
    await expect(page.getByRole("heading", { name: "management-events", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Posture" })).toBeVisible();
    for (const control of ["Edit settings", "Event and Insights selectors"]) {
      await expect(page.getByRole("link", { name: control })).toHaveCount(0);
    }
    await expect(
      page.getByRole("button", { name: /Delete trail|Stop logging|Start logging/ }),
    ).toHaveCount(0);
  });

  test("is refused an admin page it forces by its address", async ({ page }) => {
    for (const path of [
      "/trails/new",
      "/trails/us-east-1/management-events/edit",
      "/trails/us-east-1/management-events/selectors",
      "/audit",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(
        page.getByRole("heading", { name: "Your role does not allow this" }),
      ).toBeVisible();
      await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
    }
  });

  test("is refused a change it forces from the page's own script", async ({ page }) => {
    await page.goto("/trails");
    await expect(page.getByRole("table", { name: "Trails" })).toBeVisible();
    // What a viewer could do from the console: post the stop-logging action by its id,
    // which ships in the admin's JavaScript.
    const status = await page.evaluate(async ({ id: actionId, path }) => {
      const response = await fetch(path, {
        method: "POST",
        headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8" },
        body: JSON.stringify([{ region: "us-east-1", name: "management-events" }]),
      });
      return response.status;
    }, serverAction("stopLoggingAction"));
    expect(status).toBe(403);
    await page.reload();
    await expect(
      page
        .getByRole("table", { name: "Trails" })
        .getByRole("row")
        .filter({ hasText: "management-events" }),
    ).toContainText("Logging");
  });
});

test.describe("as an admin", () => {
  test("sees the controls and the audit log", async ({ page }) => {
    await page.goto("/trails");
    const header = page.getByRole("banner");
    await expect(header.getByText("Admin", { exact: true })).toBeVisible();
    await expect(header.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create trail" })).toBeVisible();
    await page.goto("/trails/us-east-1/management-events");
    await expect(page.getByRole("link", { name: "Edit settings" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete trail" })).toBeVisible();
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  });
});
