import { expectSignedInAs, signInWithOidc, signInWithPassword } from "./support/roles";
import { expect, test } from "./support/test";

/** Signing in and out, in a browser that starts with no session. */
test.use({ storageState: { cookies: [], origins: [] } });

test("a shared link asks for sign-in first, then opens the view it named", async ({ page }) => {
  await page.goto("/events?range=24h&f=Username:root");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("User name").fill("viewer");
  await page.getByLabel("Password").fill("demo-viewer");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/events\?range=24h&f=Username(%3A|:)root$/);
  await expectSignedInAs(page, "viewer", "Viewer");
});

test("a wrong password is refused with a message, and the name typed is kept", async ({ page }) => {
  await signInWithPassword(page, "nobody-e2e", "wrong");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText(
    "Wrong user name or password.",
  );
  await expect(page.getByLabel("User name")).toHaveValue("nobody-e2e");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("single sign-on: the provider's groups decide the role, and someone outside them is not let in", async ({
  page,
}) => {
  await signInWithOidc(page, "bob", "/trails");
  await page.waitForURL("**/trails");
  await expectSignedInAs(page, "bob", "Viewer");

  await page.context().clearCookies();
  await signInWithOidc(page, "eve");
  await expect(page).toHaveURL(/\/sign-in\?error=oidc-no-role/);
  await expect(page.getByRole("alert").filter({ hasText: "Trailscope role" })).toContainText(
    "Your account has no Trailscope role",
  );
  await page.goto("/trails");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a sign-in link cannot send a person to another site", async ({ page }) => {
  await page.goto("/sign-in?returnTo=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("User name").fill("viewer");
  await page.getByLabel("Password").fill("demo-viewer");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectSignedInAs(page, "viewer", "Viewer");
  expect(new URL(page.url()).pathname).toBe("/");
  expect(page.url()).not.toContain("evil.example");
});

test("signing out ends the session on the server: a copy of the cookie no longer works", async ({
  page,
  baseURL,
}) => {
  await signInWithPassword(page, "viewer", "demo-viewer", "/trails");
  await page.waitForURL("**/trails");
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ name: "trailscope_session", httpOnly: true, sameSite: "Lax" });
  const copy = `${cookie.name}=${cookie.value}`;
  expect((await page.request.get("/api/trails", { headers: { Cookie: copy } })).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const replay = await fetch(`${baseURL}/api/trails`, { headers: { Cookie: copy } });
  expect(replay.status).toBe(401);
});

test("an ended session on a page asks to sign in again and comes back to the same view", async ({
  page,
  context,
}) => {
  await context.addCookies([
    { name: "trailscope_session", value: "B".repeat(43), url: test.info().project.use.baseURL! },
  ]);
  const response = await page.goto("/insights?range=7d");
  expect(response?.status()).toBe(401);
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Finsights%3Frange%3D7d/);
});
