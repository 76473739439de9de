import { expect, test, type Page } from "@playwright/test";

/**
 * The Events page against the seeded demo account. The local service allows LookupEvents
 * twice a second per region, so each test makes few calls.
 */

/** The table's data rows (the header row has column headers, not cells). */
function eventRows(page: Page) {
  return page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
}

function eventNameCells(page: Page) {
  return eventRows(page).locator("td:nth-child(2) a");
}

function results(page: Page) {
  return page.getByRole("status").filter({ hasText: /\d+ events?/ });
}

test("lists the last hour's events of the first region", async ({ page }) => {
  await page.goto("/events");

  await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Region")).toHaveValue("us-east-1");
  await expect(page.getByLabel("Time range")).toHaveValue("1h");
  await expect(results(page)).toBeVisible();
  const count = await eventRows(page).count();
  expect(count).toBeGreaterThan(0);
  await expect(results(page)).toContainText(`${count} event`);
  await expect(eventRows(page).first().getByRole("cell").first()).toHaveText(
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
  );
});

test("filters by event name, keeps the filter in the URL, and restores it on reload", async ({
  page,
}) => {
  await page.goto("/events");
  const name = (await eventNameCells(page).last().textContent())!.trim();
  expect(name).not.toBe("");

  await page.getByLabel("Filter by").selectOption({ label: "Event name" });
  await page.getByRole("textbox", { name: "Value" }).fill(name);
  await page.getByRole("textbox", { name: "Value" }).press("Enter");

  await expect(page).toHaveURL(
    (url) => url.searchParams.get("attr") === "EventName" && url.searchParams.get("value") === name,
  );
  const filteredTable = page.getByRole("table", {
    name: `Events with Event name “${name}” in the last hour in us-east-1, newest first`,
  });
  await expect(filteredTable).toBeVisible();
  const names = await eventNameCells(page).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names)).toEqual(new Set([name]));

  await page.reload();
  await expect(page.getByLabel("Filter by")).toHaveValue("EventName");
  await expect(page.getByRole("textbox", { name: "Value" })).toHaveValue(name);
  await expect(filteredTable).toBeVisible();
  expect(new Set(await eventNameCells(page).allTextContents())).toEqual(new Set([name]));
});

test("choosing a time range puts it in the URL", async ({ page }) => {
  await page.goto("/events");
  await expect(results(page)).toBeVisible();

  await page.getByLabel("Time range").selectOption({ label: "Last 3 hours" });

  await expect(page).toHaveURL(/[?&]range=3h(&|$)/);
  await expect(
    page.getByRole("table", { name: /^Events in the last 3 hours in us-east-1/ }),
  ).toBeVisible();
  expect(await eventRows(page).count()).toBeGreaterThan(0);
});

test("a row opens the event's full record; Escape closes it", async ({ page }) => {
  await page.goto("/events");
  const row = eventRows(page).first();
  const name = (await row.locator("td:nth-child(2) a").textContent())!.trim();

  await row.getByRole("cell").nth(2).click();

  const sheet = page.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name })).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=/);
  const eventId = new URL(page.url()).searchParams.get("event")!;
  await expect(sheet.locator("pre")).toContainText(`"eventID": "${eventId}"`);

  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL((url) => !url.searchParams.has("event"));
});

test("a link with ?event= opens that event even when it is not listed", async ({
  page,
  request,
}) => {
  const day = 24 * 60 * 60_000;
  const window = new URLSearchParams({
    from: new Date(Date.now() - 3 * day).toISOString(),
    to: new Date(Date.now() - 2 * day).toISOString(),
  });
  const response = await request.get(`/api/events?${window}`);
  expect(response.ok()).toBe(true);
  const { events } = (await response.json()) as { events: { id: string; name: string }[] };
  expect(events.length).toBeGreaterThan(0);
  const older = events[0];

  await page.goto(`/events?event=${older.id}`);

  const sheet = page.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name: older.name })).toBeVisible();
  await expect(sheet.locator("pre")).toContainText(`"eventID": "${older.id}"`);
});

test("a URL with bad parameters says what is wrong and still lists events", async ({ page }) => {
  await page.goto("/events?range=2x&attr=Nope");

  const problems = page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(problems).toContainText("range=2x");
  await expect(problems).toContainText("attr=Nope");
  await expect(page.getByLabel("Time range")).toHaveValue("1h");
  await expect(results(page)).toBeVisible();
  expect(await eventRows(page).count()).toBeGreaterThan(0);
});

test("Load more appends the next page", async ({ page }) => {
  await page.goto("/events?range=24h");
  await expect(results(page)).toHaveText("50 events, more available");
  const firstIds = await eventNameCells(page).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  );

  await page.getByRole("button", { name: "Load more" }).click();

  await expect(results(page)).toHaveText(/^(5[1-9]|[6-9]\d|100) events/);
  const ids = await eventNameCells(page).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  );
  expect(ids.slice(0, firstIds.length)).toEqual(firstIds);
  expect(new Set(ids).size).toBe(ids.length);
});
