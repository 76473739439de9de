import { readFile } from "node:fs/promises";

import { type Download, type Page } from "@playwright/test";
import { parseCsv } from "./support/parse-csv";
import { expect, test } from "./support/test";

/**
 * The Events page's results table against the seeded demo account: sorting, columns from
 * record paths, keyboard use, export, and windowing of a large result.
 */

const VIEW = "/events?regions=us-east-1&range=24h";

function resultsTable(page: Page) {
  return page.getByRole("table", { name: /^Events/ });
}

function dataRows(page: Page) {
  return resultsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
}

function scanStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /scanned|Scanning|filtered in the browser/ });
}

/** Waits for the scan to finish and returns how many events it matched. */
async function finishedCount(page: Page, timeout = 60_000): Promise<number> {
  // Finished reads "123 matches in 456 events scanned (…) in 1.2 s."; other states start with words.
  await expect(scanStatus(page)).toHaveText(/^[\d,]+ match(es)? in [\d,]+ events? scanned/, {
    timeout,
  });
  const text = (await scanStatus(page).textContent()) ?? "";
  return Number(/^([\d,]+)/.exec(text)![1].replace(/,/g, ""));
}

/** The header texts, in order (the first is the compare column's). */
async function headerTexts(page: Page): Promise<string[]> {
  return (await resultsTable(page).getByRole("columnheader").allTextContents()).map((t) =>
    t.trim(),
  );
}

/** The rendered rows' texts of the column whose header is exactly `header`. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const index = (await headerTexts(page)).indexOf(header);
  expect(index, `column “${header}”`).toBeGreaterThan(0);
  return dataRows(page).evaluateAll(
    (rows, i) => rows.map((row) => (row.children[i] as HTMLElement).innerText.trim()),
    index,
  );
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Whether texts are in the table's order: natural, case-blind, empty cells ("—") last. */
function inTableOrder(texts: string[], order: "asc" | "desc"): boolean {
  const firstEmpty = texts.indexOf("—");
  const values = firstEmpty < 0 ? texts : texts.slice(0, firstEmpty);
  if (firstEmpty >= 0 && texts.slice(firstEmpty).some((t) => t !== "—")) return false;
  return values.every(
    (text, i) => i === 0 || (order === "asc" ? 1 : -1) * collator.compare(values[i - 1], text) <= 0,
  );
}

async function downloadText(
  page: Page,
  item: string,
): Promise<{ download: Download; text: string }> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  const text = await readFile((await download.path())!, "utf8");
  return { download, text };
}

test("a header sorts the rows by its column, and again the other way", async ({ page }) => {
  await page.goto(VIEW);
  await finishedCount(page);
  const header = resultsTable(page).getByRole("columnheader", { name: "User name", exact: true });
  await expect(header).not.toHaveAttribute("aria-sort");
  await expect(
    resultsTable(page).getByRole("columnheader", { name: "Time (UTC)" }),
  ).toHaveAttribute("aria-sort", "descending");

  await header.getByRole("button", { name: "User name", exact: true }).click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(
    (url) => url.searchParams.get("sort") === "username" && url.searchParams.get("order") === "asc",
  );
  const ascending = await columnTexts(page, "User name");
  expect(ascending.length).toBeGreaterThan(5);
  expect(inTableOrder(ascending, "asc"), ascending.join(" | ")).toBe(true);

  await header.getByRole("button", { name: "User name", exact: true }).click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  // Descending is the default order, which the URL leaves out.
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get("sort") === "username" &&
      (url.searchParams.get("order") ?? "desc") === "desc",
  );
  const descending = await columnTexts(page, "User name");
  expect(inTableOrder(descending, "desc"), descending.join(" | ")).toBe(true);
  expect(descending[0]).not.toBe(ascending[0]);

  // The sort is part of the view: a reload keeps it.
  await page.reload();
  await expect(
    resultsTable(page).getByRole("columnheader", { name: "User name", exact: true }),
  ).toHaveAttribute("aria-sort", "descending");
});

test("a column is added by its record path, kept in the URL, and shows its values", async ({
  page,
}) => {
  await page.goto(VIEW);
  await finishedCount(page);
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  const chooser = page.getByRole("dialog", { name: "Choose columns" });
  const input = chooser.getByRole("combobox", { name: "Add a field path" });

  await input.fill("request parameters");
  await input.press("Enter");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(/is not a field path/);

  await input.fill("userIdentity.accountId");
  await input.press("Enter");
  await expect(page).toHaveURL((url) =>
    (url.searchParams.get("cols") ?? "").split(",").includes("userIdentity.accountId"),
  );
  await expect(chooser.getByRole("checkbox", { name: "userIdentity.accountId" })).toBeChecked();

  // A built-in column comes back by its checkbox.
  await chooser.getByRole("checkbox", { name: "User agent" }).check();
  await expect(page).toHaveURL((url) => (url.searchParams.get("cols") ?? "").endsWith("userAgent"));
  await page.keyboard.press("Escape");

  const accounts = await columnTexts(page, "userIdentity.accountId");
  expect(accounts.length).toBeGreaterThan(0);
  expect(accounts.filter((text) => text !== "—").length).toBeGreaterThan(0);
  expect(accounts.every((text) => text === "—" || /^\d{12}$/.test(text))).toBe(true);
  expect((await columnTexts(page, "User agent")).some((text) => text !== "—")).toBe(true);

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("button", { name: "Reset columns" }).click();
  await expect(page).toHaveURL(
    (url) => !(url.searchParams.get("cols") ?? "").includes("userAgent"),
  );
  await page.keyboard.press("Escape");
  expect(await headerTexts(page)).not.toContain("userIdentity.accountId");
});

test("the keyboard moves through rows, opens one with Enter and ticks it with Space", async ({
  page,
}) => {
  await page.goto(VIEW);
  await finishedCount(page);
  const third = dataRows(page).nth(2);
  const href = await third.getByRole("link").getAttribute("href");
  const expected = new URL(href!, page.url()).searchParams.get("event");
  expect(expected).toMatch(/^us-east-1:/);

  const body = resultsTable(page).getByRole("rowgroup", { name: "Event rows" });
  await body.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(third).toHaveAttribute("data-active", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.searchParams.get("event") === expected);
  await expect(page.getByRole("dialog")).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(body).toBeFocused();
  await page.keyboard.press(" ");
  await expect(third.getByRole("checkbox")).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press(" ");
  await expect(dataRows(page).nth(1).getByRole("checkbox")).toBeChecked();

  // End goes to the last event, which the table scrolls into view.
  await page.keyboard.press("End");
  const last = resultsTable(page).locator("tr[data-active]");
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute(
    "aria-rowindex",
    (await resultsTable(page).getAttribute("aria-rowcount"))!,
  );
});

test("exports the events as CSV and as CloudTrail JSON", async ({ page }) => {
  await page.goto(VIEW);
  const count = await finishedCount(page);
  expect(count).toBeGreaterThan(0);

  const csv = await downloadText(page, "CSV");
  expect(csv.download.suggestedFilename()).toMatch(
    /^trailscope-events-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/,
  );
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ""));
  expect(rows[0]).toEqual([
    "Time",
    "Event name",
    "User name",
    "Event source",
    "Region",
    "Source IP",
    "Error",
    "Resources",
  ]);
  expect(rows.length - 1).toBe(count);
  expect(rows.slice(1).every((row) => row.length === 8)).toBe(true);
  expect(new Set(rows.slice(1).map((row) => row[4]))).toEqual(new Set(["us-east-1"]));

  const json = await downloadText(page, "JSON (CloudTrail Records)");
  expect(json.download.suggestedFilename()).toMatch(/^trailscope-events-.*Z\.json$/);
  const { Records } = JSON.parse(json.text) as { Records: { eventID?: unknown }[] };
  expect(Records).toHaveLength(count);
  expect(Records.every((record) => typeof record.eventID === "string")).toBe(true);
  const firstHref = await dataRows(page).first().getByRole("link").getAttribute("href");
  const firstId = new URL(firstHref!, page.url()).searchParams.get("event")!.split(":")[1];
  expect(Records.map((record) => record.eventID)).toContain(firstId);
});

test("a large result keeps a bounded number of rows in the page and sorts all of them", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto("/events?regions=all&range=24h");
  const count = await finishedCount(page, 150_000);
  expect(count).toBeGreaterThan(1000);
  const table = resultsTable(page);
  await expect(table).toHaveAttribute("aria-rowcount", String(count + 1));

  const rendered = () => table.locator("tbody tr").count();
  expect(await rendered()).toBeLessThan(80);

  const scroller = table.locator("xpath=..");
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(dataRows(page).last()).toHaveAttribute("aria-rowindex", String(count + 1));
  expect(await rendered()).toBeLessThan(80);

  // Sorting reorders every loaded event, not only the rendered rows (speed: npm run bench).
  await table
    .getByRole("columnheader", { name: "Event name", exact: true })
    .getByRole("button", { name: "Event name", exact: true })
    .click();
  await expect(
    table.getByRole("columnheader", { name: "Event name", exact: true }),
  ).toHaveAttribute("aria-sort", "ascending");
  const names = await columnTexts(page, "Event name");
  expect(inTableOrder(names, "asc")).toBe(true);
});
