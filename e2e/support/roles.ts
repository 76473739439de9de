import { expect, type Page } from "@playwright/test";

/**
 * Where the sign-in project keeps each role's browser session for the other tests: beside
 * the run's server store, which every run starts afresh.
 */
const STATE_DIR = `.data/e2e-${process.env.E2E_PORT ?? 3100}/auth`;
export const ADMIN_STATE = `${STATE_DIR}/admin.json`;
export const VIEWER_STATE = `${STATE_DIR}/viewer.json`;

/** Signs in through the test OpenID Connect provider's login page, as a person does. */
export async function signInWithOidc(page: Page, login: string, returnTo = "/"): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

/** Signs in with a local user's password on the sign-in page. */
export async function signInWithPassword(
  page: Page,
  name: string,
  password: string,
  returnTo = "/",
): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("User name").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function expectSignedInAs(
  page: Page,
  name: string,
  role: "Admin" | "Viewer",
): Promise<void> {
  const header = page.getByRole("banner");
  await expect(header.getByText(name, { exact: true })).toBeVisible();
  await expect(header.getByText(role, { exact: true })).toBeVisible();
}
