import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";

/**
 * Tests that need no story read us-west-2: us-east-1's 2 LookupEvents calls a second are
 * shared with the stories' tests and the AWS CLI's, which run beside these.
 *
 * The Overview against the seeded demo account: charts built on the server from the
 * view's events, drill-down by click, zoom by drag, findings; and the Events page's
 * timeline, flagged-only filter and finding badges.
 */

const DAY = 24 * 60 * 60_000;

/** 02:40–03:10 UTC two days before the seed's anchor: story 1, the leaked CI key. */
function leakWindow() {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const from = new Date(today.getTime() - 2 * DAY + (2 * 60 + 40) * 60_000);
  const to = new Date(from.getTime() + 30 * 60_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

const statusOf = (page: Page) =>
  page.getByRole("status").filter({ hasText: "read from CloudTrail" });

/** Waits for the Overview's scan to finish and returns the count it is based on. */
async function overviewLoaded(page: Page): Promise<number> {
  await expect(statusOf(page)).toHaveText(
    /^[\d,]+ events? in this view, of [\d,]+ events? read from CloudTrail in/,
    {
      timeout: 45_000,
    },
  );
  const basis = page
    .getByRole("figure", { name: "Activity over time" })
    .getByText(/^[\d,]+ events?, /);
  const text = (await basis.textContent()) ?? "";
  return Number(text.replace(/ .*/, "").replace(/,/g, ""));
}

test("the landing page charts the view's activity, with a table for each chart", async ({
  page,
}) => {
  await page.goto("/?regions=us-west-2,eu-west-1&range=3h");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const total = await overviewLoaded(page);
  expect(total).toBeGreaterThan(0);

  const activity = page.getByRole("figure", { name: "Activity over time" });
  await expect(activity.getByText(/, 2 regions$/)).toBeVisible();
  await expect(activity.locator(".recharts-bar-rectangle").first()).toBeVisible();

  // The table equivalent holds the same events: its totals add up to the basis.
  await activity.getByRole("radio", { name: "Table" }).click();
  const table = activity.getByRole("table");
  const totals = await table.locator("tbody tr td:last-child").allTextContents();
  expect(totals.reduce((sum, t) => sum + Number(t.replace(/,/g, "")), 0)).toBe(total);

  // Stacking by another dimension is part of the URL.
  await activity.getByLabel("Stack by").selectOption("region");
  await expect(page).toHaveURL(/by=region/);
  await expect(table.getByRole("columnheader", { name: /us-west-2/ })).toBeVisible();

  for (const title of [
    "Top users",
    "Top event names",
    "Top source IPs",
    "Top error codes",
    "Access denied by principal",
  ]) {
    await expect(page.getByRole("figure", { name: title })).toBeVisible();
  }
});

test("clicking a row or a bar drills down by adding its condition to the URL", async ({ page }) => {
  await page.goto("/?regions=us-west-2&range=3h");
  await overviewLoaded(page);

  const names = page.getByRole("figure", { name: "Top event names" });
  const first = names.getByRole("listitem").first();
  const name = ((await first.locator(".font-mono").textContent()) ?? "").trim();
  await first.getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`f=EventName(:|%3A)${name}`));
  await overviewLoaded(page);
  await expect(names.getByRole("listitem")).toHaveCount(1);
  await expect(names.getByRole("listitem")).toContainText(name);
  await expect(
    page.getByRole("button", { name: `Edit condition Event name = ${name}` }),
  ).toBeVisible();

  // A bar of the stacked chart: its series (an event source) becomes a condition.
  await page.goto("/?regions=us-west-2&range=3h");
  await overviewLoaded(page);
  // The tallest bar: the first bucket's may be a sliver that a click at its centre misses.
  const bars = page.getByTestId("activity-chart").locator(".recharts-bar-rectangle path");
  const heights = await bars.evaluateAll((paths) =>
    paths.map((path) => path.getBoundingClientRect().height),
  );
  // Held a moment, as a person clicks: the press must not cover the bar it is on.
  await bars.nth(heights.indexOf(Math.max(...heights))).click({ delay: 250 });
  await expect(page).toHaveURL(/f=EventSource(:|%3A)/);
});

test("dragging across the activity chart zooms in to that time", async ({ page }) => {
  await page.goto("/?regions=us-west-2&range=3h");
  await overviewLoaded(page);
  const chart = page.getByTestId("activity-chart").locator(".recharts-wrapper");
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=.*to=/);
  const url = new URL(page.url());
  const from = Date.parse(url.searchParams.get("from")!);
  const to = Date.parse(url.searchParams.get("to")!);
  expect(to - from).toBeGreaterThan(0);
  expect(to - from).toBeLessThan(2 * 60 * 60_000);
  await overviewLoaded(page);
});

test("findings are grouped by rule and severity and lead to the flagged events", async ({
  page,
}) => {
  const { from, to } = leakWindow();
  await page.goto(`/?regions=us-east-1&from=${from}&to=${to}`);
  await overviewLoaded(page);
  const findings = page.getByRole("region", { name: "Findings" });
  const tampering = findings.getByRole("listitem", { name: "CloudTrail logging tampered with" });
  await expect(tampering).toContainText("Critical");
  await expect(tampering).toContainText(/[23] events/);
  await expect(tampering).toContainText("ci-deployer");
  await expect(findings.getByRole("listitem", { name: "Burst of denied API calls" })).toBeVisible();
  await expect(findings.getByRole("heading", { name: "Critical" })).toBeVisible();

  await tampering.getByRole("link", { name: /in Events/ }).click();
  await expect(page).toHaveURL(/\/events\?.*flagged=cloudtrail-tampering/);
  await expect(
    page.getByRole("checkbox", { name: "Flagged by “CloudTrail logging tampered with”" }),
  ).toBeChecked();
  const rows = page.getByRole("table", { name: /^Events/ }).locator("tbody tr[aria-rowindex]");
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const names = await rows.locator("td:nth-child(3) a").allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names)
    expect(["StopLogging", "PutEventSelectors", "DeleteTrail", "UpdateTrail"]).toContain(name);

  // The detail of a flagged event says what the rule found, what to do and where it comes from.
  await rows.filter({ hasText: "StopLogging" }).first().click();
  const sheet = page.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name: "Findings" })).toBeVisible();
  await expect(sheet.getByText("CloudTrail logging tampered with")).toBeVisible();
  await expect(sheet.getByRole("link", { name: /MITRE ATT&CK|CIS/ })).toHaveAttribute(
    "href",
    /^https:\/\//,
  );
});

test("the Events page shows findings as badges and a timeline whose drag sets the range", async ({
  page,
}) => {
  const { from, to } = leakWindow();
  await page.goto(`/events?regions=us-east-1&from=${from}&to=${to}&f=Username:ci-deployer`);
  const table = page.getByRole("table", { name: /^Events/ });
  await expect(
    page.getByRole("status").filter({ hasText: /matches in .* scanned .* in [\d.]+ s\./ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  const stop = table.locator("tbody tr[aria-rowindex]").filter({ hasText: "StopLogging" });
  await expect(stop.getByRole("list", { name: "Findings" })).toContainText(
    "CloudTrail logging tampered with",
  );

  // Flagged only keeps only rows that carry a finding.
  await page.getByRole("checkbox", { name: "Flagged only" }).check();
  await expect(page).toHaveURL(/flagged=any/);
  const rows = table.locator("tbody tr[aria-rowindex]");
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(rows.getByRole("list", { name: "Findings" })).toHaveCount(count);

  // Dragging across the timeline narrows the time range to what was dragged over.
  const timeline = page.getByTestId("activity-timeline").locator(".recharts-wrapper");
  const box = (await timeline.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.45, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(new RegExp(`from=${encodeURIComponent(from)}`));
  const url = new URL(page.url());
  const newFrom = Date.parse(url.searchParams.get("from")!);
  const newTo = Date.parse(url.searchParams.get("to")!);
  expect(newFrom).toBeGreaterThan(Date.parse(from));
  expect(newTo).toBeLessThanOrEqual(Date.parse(to) + 60_000);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /in [\d.]+ s\./ })
      .first(),
  ).toBeVisible({ timeout: 30_000 });
  for (const time of await table
    .locator("tbody tr[aria-rowindex] time")
    .evaluateAll((els) => els.map((el) => el.getAttribute("datetime")))) {
    const t = Date.parse(time!);
    expect(t).toBeGreaterThanOrEqual(newFrom);
    expect(t).toBeLessThanOrEqual(newTo);
  }
});

test("charts follow the dark theme", async ({ browser }) => {
  const fills: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto("/?regions=us-west-2&range=3h&by=outcome");
    const bar = page.getByTestId("activity-chart").locator(".recharts-bar-rectangle path").first();
    await expect(bar).toBeVisible({ timeout: 45_000 });
    fills.push(await bar.evaluate((el) => getComputedStyle(el).fill));
    await context.close();
  }
  expect(fills[0]).not.toBe(fills[1]);
});

test("a bad stacking dimension is named, and the chart falls back", async ({ page }) => {
  await page.goto("/?regions=us-west-2&range=1h&by=nonsense");
  await expect(
    page.getByRole("alert").filter({ hasText: "Some of this link’s settings could not be used" }),
  ).toContainText("“by=nonsense” is not one of");
  await overviewLoaded(page);
  await expect(page.getByLabel("Stack by")).toHaveValue("source");
});

test("a view with no events says what was searched and offers a wider range", async ({ page }) => {
  await page.goto("/?regions=us-west-2&range=1h&f=EventName:NoSuchCall");
  await expect(
    page.getByText("No events with Event name = NoSuchCall in the last hour in us-west-2"),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("figure", { name: "Activity over time" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show the last 3 hours" }).click();
  await expect(page).toHaveURL(/range=3h/);
});
