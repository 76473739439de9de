import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";

/**
 * The Events page's filter bar against the seeded demo account. Most tests follow story 1
 * of the seed: ci-deployer's leaked key, used from 185.220.101.34 two days ago, which a
 * seven-day scan of that key finds in a few pages.
 */

const LEAKED_KEY = "AKIARZ3PQX7MFZPLDA2V";
const ATTACKER_IP = "185.220.101.34";
const COLS = ["eventTime", "eventName", "accessKeyId", "sourceIPAddress", "errorCode", "awsRegion"];
const KEY_VIEW = `/events?range=7d&f=AccessKeyId:${LEAKED_KEY}&cols=${COLS.join(",")}`;

/** The table's data rows (the virtualiser's spacer rows are aria-hidden). */
function rows(page: Page) {
  return page.getByRole("table").locator("tbody tr:not([aria-hidden])");
}

/** The cells of one of COLS in the rendered rows; the first column holds the Compare boxes. */
function cells(page: Page, column: (typeof COLS)[number]) {
  return rows(page).locator(`td:nth-child(${COLS.indexOf(column) + 2})`);
}

async function cellTexts(page: Page, column: (typeof COLS)[number]): Promise<string[]> {
  return (await cells(page, column).allTextContents()).map((text) => text.trim());
}

/** The scan's progress line once the scan has finished (or was narrowed in the browser). */
function scanDone(page: Page) {
  return page.getByRole("status").filter({
    hasText: /^[\d,]+ match(es)? in [\d,]+ events? scanned.*\.$|filtered in the browser/,
  });
}

async function matchCount(page: Page): Promise<number> {
  await expect(scanDone(page)).toBeVisible();
  const text = (await scanDone(page).textContent()) ?? "";
  return Number(/^([\d,]+) match/.exec(text)![1].replaceAll(",", ""));
}

/** The event IDs of the first rows, from their links (`event=region:id`). */
async function firstEventIds(page: Page, count: number): Promise<string[]> {
  const hrefs = await rows(page)
    .locator("td:nth-child(3) a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.slice(0, count).map((href) => new URL(href, "http://x").searchParams.get("event")!);
}

async function addCondition(page: Page, field: string, value: string) {
  await page.getByLabel("Filter by").selectOption({ label: field });
  await page.getByRole("combobox", { name: "Value" }).fill(value);
  await page.getByRole("button", { name: "Add", exact: true }).click();
}

const conditionsInUrl = (page: Page) => new URL(page.url()).searchParams.getAll("f");

test("two conditions, one for CloudTrail and one on the record, both hold on every row", async ({
  page,
}) => {
  await page.goto(`/events?range=7d&cols=${COLS.join(",")}`);
  // A week of the whole region takes a while to read; the conditions replace that scan.
  await expect(page.getByRole("status").filter({ hasText: /^Scanning…/ })).toBeVisible();

  await addCondition(page, "Access key ID", LEAKED_KEY);
  await expect(page).toHaveURL((url) => url.searchParams.getAll("f").length === 1);
  const keyOnly = await matchCount(page);
  await addCondition(page, "Source IP address", ATTACKER_IP);

  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.getAll("f").join(" ") ===
      `AccessKeyId:${LEAKED_KEY} sourceIPAddress:${ATTACKER_IP}`,
  );
  const conditions = page.getByRole("list", { name: "Conditions" }).getByRole("listitem");
  await expect(conditions).toHaveCount(2);
  const both = await matchCount(page);
  expect(both).toBeGreaterThan(0);
  const keys = await cellTexts(page, "accessKeyId");
  expect(keys.length).toBeGreaterThan(0);
  expect(new Set(keys)).toEqual(new Set([LEAKED_KEY]));
  expect(new Set(await cellTexts(page, "sourceIPAddress"))).toEqual(new Set([ATTACKER_IP]));

  await page
    .getByRole("button", { name: `Remove condition Source IP address = ${ATTACKER_IP}` })
    .click();

  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll("f").join(" ") === `AccessKeyId:${LEAKED_KEY}`,
  );
  await expect(conditions).toHaveCount(1);
  // The key was also used by Jenkins and from the attacker's second address.
  expect(keyOnly).toBeGreaterThan(both);
  expect(await matchCount(page)).toBe(keyOnly);
  expect(new Set(await cellTexts(page, "accessKeyId"))).toEqual(new Set([LEAKED_KEY]));
});

test("an invalid or repeated condition is refused with a message; a chip can be edited", async ({
  page,
}) => {
  await page.goto(KEY_VIEW);
  const value = page.getByRole("combobox", { name: "Value" });

  await addCondition(page, "Read only", "maybe");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveAccessibleDescription(/Read only must be true or false/);

  await addCondition(page, "Access key ID", LEAKED_KEY);
  await expect(value).toHaveAccessibleDescription(/is already a condition/);
  expect(conditionsInUrl(page)).toEqual([`AccessKeyId:${LEAKED_KEY}`]);

  await page.getByRole("button", { name: `Edit condition Access key ID = ${LEAKED_KEY}` }).click();
  await expect(page.getByLabel("Filter by")).toHaveValue("AccessKeyId");
  await expect(value).toHaveValue(LEAKED_KEY);
  await expect(value).toBeFocused();
  await value.fill("AKIARZ3PQX7MXPIBCI23");
  await page.getByRole("button", { name: "Update" }).click();

  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll("f").join(" ") === "AccessKeyId:AKIARZ3PQX7MXPIBCI23",
  );
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeVisible();
});

test("failures only keeps the failed calls; Clear all removes every condition", async ({
  page,
}) => {
  await page.goto(KEY_VIEW);
  const all = await matchCount(page);

  await page.getByRole("checkbox", { name: "Failures only" }).check();

  await expect(page).toHaveURL((url) => url.searchParams.get("failures") === "true");
  const failed = await matchCount(page);
  expect(failed).toBeGreaterThan(0);
  expect(failed).toBeLessThan(all);
  const errors = await cellTexts(page, "errorCode");
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error).toMatch(/^[A-Za-z.]+$/);

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page).toHaveURL(
    (url) => !url.searchParams.has("failures") && !url.searchParams.has("f"),
  );
  await expect(page.getByRole("checkbox", { name: "Failures only" })).not.toBeChecked();
  await expect(page.getByRole("list", { name: "Conditions" })).toBeHidden();
});

test("value suggestions count the loaded events; choosing one fills the value", async ({
  page,
}) => {
  await page.goto(KEY_VIEW);
  await expect(scanDone(page)).toBeVisible();
  const value = page.getByRole("combobox", { name: "Value" });

  await page.getByLabel("Filter by").selectOption({ label: "Event name" });
  await value.fill("listrole");
  const listbox = page.getByRole("listbox", { name: "Suggested values" });
  await expect(listbox).toBeVisible();
  await expect(value).toHaveAttribute("aria-expanded", "true");
  const options = listbox.getByRole("option");
  await expect(options.first()).toHaveAccessibleName(/^ListRolePolicies [\d,]+ events?$/);
  for (const name of await options.allTextContents()) expect(name).toMatch(/ListRole/);
  const count = Number(
    /([\d,]+) events?$/.exec((await options.first().textContent())!)![1].replaceAll(",", ""),
  );

  await value.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(value).toHaveAttribute("aria-activedescendant", /.+/);
  await value.press("Enter");
  await expect(value).toHaveValue("ListRolePolicies");
  await expect(listbox).toBeHidden();
  await value.press("Enter");

  await expect(page).toHaveURL((url) =>
    url.searchParams.getAll("f").includes("EventName:ListRolePolicies"),
  );
  expect(await matchCount(page)).toBe(count);
  expect(new Set(await cellTexts(page, "eventName"))).toEqual(new Set(["ListRolePolicies"]));

  // By mouse: the attacker's second address, seen on fewer events than the first.
  await page.getByLabel("Filter by").selectOption({ label: "Source IP address" });
  await value.click();
  await value.fill("185.220");
  await expect(listbox.getByRole("option", { name: /^185\.220\.101\.34 / })).toBeVisible();
  await value.press("Escape");
  await expect(listbox).toBeHidden();
  await value.press("ArrowDown");
  await listbox.getByRole("option", { name: /^185\.220\.101\.34 / }).click();
  await expect(value).toHaveValue(ATTACKER_IP);
});

test("regions: several, or all of the dashboard's", async ({ page }) => {
  await page.goto(`/events?cols=${COLS.join(",")}`);
  const trigger = page.getByRole("button", { name: /^Regions/ });
  await expect(trigger).toHaveAccessibleName("Regions us-east-1");

  await trigger.click();
  const only = page.getByRole("checkbox", { name: "us-east-1" });
  await expect(only).toBeChecked();
  await expect(only).toBeDisabled(); // the last region left cannot be unticked
  await page.getByRole("checkbox", { name: "us-west-2" }).click();
  await page.getByRole("checkbox", { name: "eu-west-1" }).click();

  await expect(page).toHaveURL(
    (url) => url.searchParams.get("regions") === "us-east-1,us-west-2,eu-west-1",
  );
  await expect(trigger).toHaveAccessibleName("Regions 3 regions");
  await page.keyboard.press("Escape");
  await expect(scanDone(page)).toContainText("3 regions");
  const shown = new Set(await cellTexts(page, "awsRegion"));
  expect(shown.size).toBeGreaterThan(0);
  for (const region of shown) expect(["us-east-1", "us-west-2", "eu-west-1"]).toContain(region);

  await trigger.click();
  await page.getByRole("checkbox", { name: "All regions" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("regions") === "all");
  await expect(trigger).toHaveAccessibleName("Regions All regions");
  await expect(page.getByRole("checkbox", { name: "ap-northeast-1" })).toBeChecked();

  // Unticking one region of "all" keeps the others, as a list.
  await page.getByRole("checkbox", { name: "ap-east-1" }).click();
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get("regions") === "us-east-1,us-east-2,us-west-2,eu-west-1,ap-northeast-1",
  );
  await expect(trigger).toHaveAccessibleName("Regions 5 regions");
});

test("time range: a preset, then a custom absolute range, and back", async ({ page }) => {
  await page.goto(`/events?f=AccessKeyId:${LEAKED_KEY}&cols=${COLS.join(",")}`);
  const range = page.getByLabel("Time range");
  await expect(range).toHaveValue("1h");

  await range.selectOption({ label: "Last 7 days" });
  await expect(page).toHaveURL((url) => url.searchParams.get("range") === "7d");
  await expect(scanDone(page)).toBeVisible();

  // The attack began at 02:47 UTC two days ago (the seed places it on that UTC day).
  const day = new Date(Date.now() - 2 * 24 * 60 * 60_000).toISOString().slice(0, 10);
  await range.selectOption({ label: "Custom…" });
  const dialog = page.getByRole("dialog", { name: "Custom time range" });
  const from = dialog.getByLabel("From");
  const to = dialog.getByLabel("To");
  await expect(from).toBeFocused();

  // Refused: the end before the start.
  await from.fill(`${day}T03:00`);
  await to.fill(`${day}T02:40`);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toHaveAccessibleDescription("To must be later than From.");
  expect(new URL(page.url()).searchParams.has("from")).toBe(false);

  // Older than CloudTrail keeps: a warning, not a refusal.
  await from.fill("2000-01-01T00:00");
  await expect(dialog).toContainText("CloudTrail keeps 90 days of event history");

  await from.fill(`${day}T02:40`);
  await to.fill(`${day}T03:00`);
  await dialog.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get("from") === `${day}T02:40:00.000Z` &&
      url.searchParams.get("to") === `${day}T03:00:00.000Z`,
  );
  await expect(dialog).toBeHidden();
  await expect(range).toHaveValue("custom");
  await expect(page.getByRole("button", { name: /^Edit custom range/ })).toHaveAccessibleName(
    `Edit custom range: ${day} 02:40 – ${day} 03:00 UTC`,
  );
  expect(await matchCount(page)).toBeGreaterThan(0);
  const times = await cellTexts(page, "eventTime");
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) {
    expect(time >= `${day} 02:40:00` && time <= `${day} 03:00:00`).toBe(true);
  }

  await page.getByRole("button", { name: "Back to presets" }).click();
  await expect(page).toHaveURL(
    (url) =>
      !url.searchParams.has("from") &&
      !url.searchParams.has("to") &&
      url.searchParams.get("range") === "7d",
  );
  await expect(range).toHaveValue("7d");
});

test.describe("in a browser five and a half hours ahead of UTC", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  test("the Times in toggle shows the time cells in UTC or local time", async ({ page }) => {
    await page.goto(KEY_VIEW);
    await expect(scanDone(page)).toBeVisible();
    const zone = page.getByRole("radiogroup", { name: "Times in" });
    await expect(zone.getByRole("radio", { name: "UTC" })).toBeChecked();
    const firstTime = cells(page, "eventTime").first();
    const iso = (await firstTime.locator("time").getAttribute("datetime"))!;
    const utc = iso.slice(0, 19).replace("T", " ");
    await expect(firstTime).toHaveText(utc);

    await zone.getByRole("radio", { name: "Local" }).click();

    await expect(page).toHaveURL((url) => url.searchParams.get("tz") === "local");
    const local = new Date(Date.parse(iso) + 330 * 60_000).toISOString().slice(0, 19);
    await expect(firstTime).toHaveText(local.replace("T", " "));
    await expect(zone.getByRole("radio", { name: "Local" })).toBeChecked();

    await zone.getByRole("radio", { name: "UTC" }).click();
    await expect(firstTime).toHaveText(utc);
  });
});

test("Copy link fixes the relative range, so the link shows the same events elsewhere", async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(`${KEY_VIEW}&f=errorCode:AccessDenied`);
  const count = await matchCount(page);
  expect(count).toBeGreaterThan(0);
  const ids = await firstEventIds(page, 10);
  expect(ids.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.pathname).toBe("/events");
  expect(url.searchParams.getAll("f")).toEqual([
    `AccessKeyId:${LEAKED_KEY}`,
    "errorCode:AccessDenied",
  ]);
  expect(url.searchParams.get("cols")).toBe(COLS.join(","));
  const from = Date.parse(url.searchParams.get("from")!);
  const to = Date.parse(url.searchParams.get("to")!);
  expect(to - from).toBe(7 * 24 * 60 * 60_000);
  expect(Math.abs(Date.now() - to)).toBeLessThan(5 * 60_000);

  // Someone else, later: a fresh browser context with nothing shared.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto(link);
  expect(await matchCount(theirs)).toBe(count);
  expect(await firstEventIds(theirs, 10)).toEqual(ids);
  await expect(theirs.getByLabel("Time range")).toHaveValue("custom");

  await other.close();
  await context.close();
});

test("without a clipboard, Copy link shows the link selected", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page.goto(KEY_VIEW);
  await expect(scanDone(page)).toBeVisible();

  await page.getByRole("button", { name: "Copy link" }).click();

  const field = page.getByRole("textbox", { name: "Link to these events" });
  await expect(field).toBeFocused();
  const link = new URL(await field.inputValue());
  expect(link.searchParams.get("from")).not.toBeNull();
  expect(link.searchParams.get("to")).not.toBeNull();
  expect(link.searchParams.getAll("f")).toEqual([`AccessKeyId:${LEAKED_KEY}`]);
  const selection = await field.evaluate((input: HTMLInputElement) => ({
    start: input.selectionStart,
    end: input.selectionEnd,
    length: input.value.length,
  }));
  expect(selection.start).toBe(0);
  expect(selection.end).toBe(selection.length);
});
