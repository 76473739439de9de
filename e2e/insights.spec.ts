import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";

/**
 * The Insights page against the seeded demo account: its six Insights episodes (Start and End
 * records paired), each one's calls minute by minute with the table equivalent, the link to
 * the Events page that lists the same calls, the opt-in region ap-east-1 failing beside the
 * others' results, and links with bad parameters.
 */

function insightRow(page: Page, eventName: string) {
  return page
    .getByRole("table", { name: "Insights" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: eventName, exact: true }) });
}

function detail(page: Page, eventName: string) {
  return page.getByRole("region", { name: eventName, exact: true });
}

test("lists the seed's insights in every region, with a failing region beside them", async ({
  page,
}) => {
  await page.goto("/insights?regions=all");
  await expect(page).toHaveTitle(/^Insights/);
  await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: /insights? in the last 90 days/ }),
  ).toHaveText(/^6 insights in the last 90 days in all regions/);

  const runInstances = insightRow(page, "RunInstances");
  await expect(runInstances).toHaveCount(1);
  await expect(runInstances).toContainText("ec2.amazonaws.com");
  await expect(runInstances).toContainText("API call rate");
  await expect(runInstances).toContainText("us-east-1");
  await expect(runInstances).toContainText("6 min");
  await expect(runInstances).toContainText("1,057× baseline");
  await expect(runInstances).toContainText("4.33 calls/min vs baseline 0.0041");

  const secrets = insightRow(page, "GetSecretValue");
  await expect(secrets).toContainText("secretsmanager.amazonaws.com");
  await expect(secrets).toContainText("API error rate");
  await expect(secrets).toContainText("AccessDeniedException");
  await expect(secrets).toContainText("eu-west-1");
  await expect(secrets).toContainText("None before");
  await expect(secrets).toContainText("5.00 errors/min vs none before");

  // Newest first: the leaked key's role enumeration (2 days ago) before the flash sale (71).
  const names = await page
    .getByRole("table", { name: "Insights" })
    .getByRole("link")
    .allTextContents();
  expect(names).toEqual([
    "ListAttachedRolePolicies",
    "Decrypt",
    "CreateLogStream",
    "GetSecretValue",
    "GetParameters",
    "RunInstances",
  ]);

  // ap-east-1 is an opt-in region the demo account has not enabled: its error stands beside
  // the other regions' insights.
  await expect(page.getByRole("listitem").filter({ hasText: "ap-east-1: failed" })).toBeVisible();
  const failure = page.getByRole("alert").filter({ hasText: "ap-east-1 could not be read" });
  await expect(failure).toContainText("AWS did not recognise the credentials in this region");
  await expect(failure.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("opening an insight puts it in the URL and charts its calls, with the table equivalent", async ({
  page,
}) => {
  await page.goto("/insights?regions=all");
  await insightRow(page, "RunInstances").getByRole("link", { name: "RunInstances" }).click();
  await expect
    .poll(() => new URL(page.url()).searchParams.get("insight"))
    .toMatch(/^us-east-1:[0-9a-f-]{36}$/);

  const panel = detail(page, "RunInstances");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("API call rate");
  await expect(panel).toContainText("2026-");

  const figure = panel.getByRole("figure", { name: "RunInstances calls per minute" });
  await expect(figure).toBeVisible({ timeout: 30_000 });
  const bars = figure.locator("svg .recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  expect(await bars.count()).toBeGreaterThan(0);
  await expect(figure.getByText(/^\d+ calls in us-east-1/)).toBeVisible();

  await figure.getByRole("radio", { name: "Table" }).click();
  const minutes = figure.getByRole("table", { name: "Calls per minute" });
  await expect(minutes).toBeVisible();
  const rows = await minutes
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .all();
  // 30 minutes before, the 6 of the insight, 30 after.
  expect(rows).toHaveLength(66);
  let inside = 0;
  let total = 0;
  for (const row of rows) {
    const [, count, period] = await row.getByRole("cell").allTextContents();
    total += Number(count);
    if (period === "Insight") inside += Number(count);
  }
  expect(inside).toBeGreaterThanOrEqual(6);
  expect(total).toBeGreaterThanOrEqual(inside);

  // The URL reopens the same insight.
  await page.reload();
  await expect(detail(page, "RunInstances").getByRole("figure")).toBeVisible({ timeout: 30_000 });
});

test("the link to Events carries the insight's conditions and window, and lists its calls", async ({
  page,
}) => {
  await page.goto("/insights?regions=all");
  await insightRow(page, "RunInstances").getByRole("link", { name: "RunInstances" }).click();
  const panel = detail(page, "RunInstances");
  const basis = panel.getByText(/^\d+ calls in us-east-1/);
  await expect(basis).toBeVisible({ timeout: 30_000 });
  const charted = Number(/^(\d+) calls/.exec((await basis.textContent()) ?? "")![1]);

  const link = panel.getByRole("link", { name: "Show these calls in Events" });
  const url = new URL((await link.getAttribute("href"))!, "http://localhost");
  expect(url.pathname).toBe("/events");
  expect(url.searchParams.get("regions")).toBe("us-east-1");
  expect(url.searchParams.getAll("f")).toEqual([
    "EventName:RunInstances",
    "EventSource:ec2.amazonaws.com",
  ]);
  const from = Date.parse(url.searchParams.get("from")!);
  const to = Date.parse(url.searchParams.get("to")!);
  expect(to - from).toBe(66 * 60_000);

  await link.click();
  await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /events? scanned/ })).toContainText(
    new RegExp(`^${charted} match(es)? in`),
    { timeout: 30_000 },
  );
});

test("an error rate insight opens from the keyboard and counts only its error", async ({
  page,
}) => {
  await page.goto("/insights?regions=eu-west-1");
  const link = insightRow(page, "GetSecretValue").getByRole("link", { name: "GetSecretValue" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => new URL(page.url()).searchParams.get("insight"))
    .toMatch(/^eu-west-1:[0-9a-f-]{36}$/);

  const panel = detail(page, "GetSecretValue");
  await expect(panel).toContainText("API error rate");
  await expect(panel).toContainText("AccessDeniedException");
  await expect(panel.getByRole("table", { name: "Callers" })).toContainText(
    "assumed-role/gdpr-export-role",
  );

  const figure = panel.getByRole("figure", { name: "AccessDeniedException errors per minute" });
  await expect(figure.locator("svg .recharts-bar-rectangle").first()).toBeVisible({
    timeout: 30_000,
  });
  await figure.getByRole("radio", { name: "Table" }).click();
  const minutes = figure.getByRole("table", {
    name: "Calls failing with AccessDeniedException per minute",
  });
  const during = await minutes
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "Insight", exact: true }) })
    .evaluateAll((rows) => rows.map((row) => Number(row.children[1]?.textContent ?? 0)));
  // The seed's episode: 22 minutes of about five denied calls each.
  expect(during).toHaveLength(22);
  expect(during.every((count) => count > 0)).toBe(true);

  const href = await panel
    .getByRole("link", { name: "Show these calls in Events" })
    .getAttribute("href");
  expect(new URL(href!, "http://localhost").searchParams.getAll("f")).toEqual([
    "EventName:GetSecretValue",
    "EventSource:secretsmanager.amazonaws.com",
    "errorCode:AccessDeniedException",
  ]);

  await panel.getByRole("button", { name: "Close insight" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has("insight")).toBe(false);
  await expect(detail(page, "GetSecretValue")).toHaveCount(0);
});

test("a bad insight parameter gets a clear message, and the list still shows", async ({ page }) => {
  await page.goto("/insights?regions=all&insight=nonsense");
  await expect(
    page.getByRole("alert").filter({ hasText: "Some of this link’s settings could not be used" }),
  ).toContainText(
    "“insight=nonsense” is not a region and an Insights event ID, such as us-east-1:",
  );
  await expect(insightRow(page, "RunInstances")).toBeVisible();

  await page.goto("/insights?regions=all&insight=us-east-1:00000000-0000-4000-8000-000000000000");
  await expect(
    page.getByRole("alert").filter({ hasText: "The insight in this link was not found" }),
  ).toContainText(
    "No Insights event 00000000-0000-4000-8000-000000000000 in us-east-1 in the last 90 days.",
  );
});

test("a region without Insights says so, with where to enable them", async ({ page }) => {
  await page.goto("/insights?regions=us-east-2");
  await expect(page.getByText("No Insights events in the last 90 days in us-east-2")).toBeVisible();
  await expect(page.getByText(/only for a trail with Insights enabled/)).toBeVisible();
});

test("the routes answer bad input with 400 and a message", async ({ request }) => {
  const activity = await request.get(
    "/api/insights/activity?region=eu-west-1&eventSource=secretsmanager.amazonaws.com&eventName=%3Cscript%3E&start=2026-01-01",
  );
  expect(activity.status()).toBe(400);
  expect(await activity.json()).toEqual({
    error: {
      code: "BadRequest",
      message:
        "eventName must be an API name such as RunInstances. start must be a date and time such as 2026-01-31T12:00:00Z.",
      retryable: false,
    },
  });
  const list = await request.get("/api/insights?range=2y");
  expect(list.status()).toBe(400);
  expect((await list.json()).error.message).toContain("“range=2y” is not one of");
});

test("reading an insight's calls can be cancelled and started again", async ({ page }) => {
  // Hold the first answer back, so the loading state stays long enough to press Cancel.
  let held = true;
  await page.route("**/api/insights/activity?*", async (route) => {
    if (held) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      return route.continue().catch(() => {});
    }
    return route.continue();
  });
  await page.goto("/insights?regions=us-west-2");
  await insightRow(page, "GetParameters").getByRole("link", { name: "GetParameters" }).click();
  const panel = detail(page, "GetParameters");
  await expect(panel.getByRole("status")).toHaveText(
    "Reading the GetParameters calls around this insight…",
  );
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByRole("status")).toHaveText("Reading the calls was cancelled.");

  held = false;
  await panel.getByRole("button", { name: "Load the chart" }).click();
  const figure = panel.getByRole("figure", { name: "GetParameters calls per minute" });
  await expect(figure.locator("svg .recharts-bar-rectangle").first()).toBeVisible({
    timeout: 30_000,
  });
});
