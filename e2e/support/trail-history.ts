import { expect, type Page } from "@playwright/test";

/**
 * Follows a change's link to the Event history and expects exactly that event there: one
 * row, with the event's name, made by the dashboard. Comes back to where it was.
 */
export async function expectInHistory(
  page: Page,
  eventName: string,
  linkName: string | RegExp = "See this change in Event history",
): Promise<void> {
  const back = page.url();
  await page.getByRole("link", { name: linkName }).click();
  await expect(page).toHaveURL(/\/events\?/);
  const rows = page
    .getByRole("table", { name: /^Events/ })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(1, { timeout: 30_000 });
  await expect(rows.first()).toContainText(eventName);
  await expect(rows.first()).toContainText("trailscope-dashboard");
  await page.goto(back);
}
