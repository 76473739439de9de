import { type Page } from "@playwright/test";

import { lookupEvents } from "./support/local-cloudtrail";
import { expect, test } from "./support/test";

/**
 * The Events page's scans against the seeded demo account: compound filters split between
 * CloudTrail and the server, several regions with one failing, streaming with Cancel and
 * Continue, and links with bad parameters. The local service throttles LookupEvents at 2
 * calls/s per region, as CloudTrail does.
 */

const LEAKED_KEY = "AKIARZ3PQX7MFZPLDA2V";
const ATTACKER_IP = "185.220.101.34";

/** The scan's live status line. */
function scanStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /scanned|Scanning|filtered in the browser/ });
}

function dataRows(page: Page) {
  return page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
}

/** A column's cells, by the column's header text. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await page.getByRole("table").getByRole("columnheader").allTextContents();
  const index = headers.findIndex((text) => text.trim().startsWith(header));
  expect(index, `column ${header} among ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return dataRows(page).evaluateAll(
    (rows, i) =>
      rows.map((row) => (row.children[i] as HTMLElement | undefined)?.innerText.trim() ?? ""),
    index,
  );
}

/** "12 matches in 340 events scanned": the two numbers. */
async function counts(page: Page) {
  const text = (await scanStatus(page).textContent()) ?? "";
  const match = /([\d,]+) match(?:es)? in ([\d,]+) events? scanned/.exec(text);
  if (!match) return { matches: -1, scanned: -1, text };
  return {
    matches: Number(match[1].replace(/,/g, "")),
    scanned: Number(match[2].replace(/,/g, "")),
    text,
  };
}

test("lists the last hour of the first region, and says where the filter ran", async ({ page }) => {
  await page.goto("/events");
  await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
  await expect(scanStatus(page)).toContainText(/match(es)? in [\d,]+ events? scanned/);
  await expect(page.getByText("At CloudTrail:")).toBeVisible();
  await expect(page.getByText("every event in the time range")).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
  await expect(page.getByText(/IAM, STS and AWS sign-in events are global/)).toBeVisible();
});

test("a compound filter sends one attribute to CloudTrail and tests the rest on the server", async ({
  page,
}) => {
  const params = new URLSearchParams([
    ["regions", "us-east-1"],
    ["range", "7d"],
    ["f", "sourceIPAddress:" + ATTACKER_IP],
    ["f", "EventSource:iam.amazonaws.com"],
    ["f", "AccessKeyId:" + LEAKED_KEY],
  ]);
  await page.goto(`/events?${params}`);

  await expect(scanStatus(page)).toContainText(/^[\d,]+ match(es)? in [\d,]+ events? scanned/, {
    timeout: 30_000,
  });
  const plan = page.locator("dl").filter({ hasText: "At CloudTrail:" });
  await expect(plan).toContainText(`Access key ID = ${LEAKED_KEY}`);
  await expect(plan).toContainText(`On the server:Source IP address = ${ATTACKER_IP}`);
  await expect(plan).toContainText("Event source = iam.amazonaws.com");

  const { matches, scanned } = await counts(page);
  expect(matches).toBeGreaterThan(0);
  // CloudTrail returned every call of the key; the server kept the IAM ones from that IP.
  expect(scanned).toBeGreaterThan(matches);
  expect(new Set(await columnTexts(page, "Source IP"))).toEqual(new Set([ATTACKER_IP]));
  expect(new Set(await columnTexts(page, "Event source"))).toEqual(new Set(["iam.amazonaws.com"]));
  expect(await dataRows(page).count()).toBe(Math.min(matches, await dataRows(page).count()));
});

test("several regions are merged newest first, and a failing region shows its error beside the others", async ({
  page,
}) => {
  await page.goto("/events?regions=us-west-2,eu-west-1,ap-east-1&range=3h");

  const failure = page.getByRole("alert").filter({ hasText: "ap-east-1 could not be read" });
  await expect(failure).toContainText("security token included in the request is invalid");
  await expect(failure.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(scanStatus(page)).toContainText(/in [\d,]+ events? scanned .*3 regions/, {
    timeout: 30_000,
  });
  const regions = page.getByRole("list", { name: "Regions scanned" });
  await expect(regions).toContainText("ap-east-1: failed");

  const regionCells = await columnTexts(page, "Region");
  expect(new Set(regionCells)).toEqual(new Set(["us-west-2", "eu-west-1"]));
  const times = await columnTexts(page, "Time");
  expect([...times].sort().reverse()).toEqual(times);
});

test("a long scan streams with live progress; Cancel stops it at CloudTrail, Continue resumes", async ({
  page,
  request,
}) => {
  await page.goto("/events?regions=us-east-1&range=90d");
  await expect(scanStatus(page)).toContainText("Scanning…");
  await expect(scanStatus(page)).toContainText(/events\/s/);
  await expect
    .poll(async () => (await counts(page)).scanned, { timeout: 20_000 })
    .toBeGreaterThan(300);

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(scanStatus(page)).toContainText("Cancelled:");
  const stopped = await counts(page);
  const cancelledAt = Date.now();
  await page.waitForTimeout(2500);
  expect((await counts(page)).scanned).toBe(stopped.scanned);

  // The dashboard's own LookupEvents calls are recorded in us-east-1's history: after the
  // cancel, none arrived (one may have been under way when it was pressed).
  const recorded = await lookupEvents(request, "us-east-1", {
    LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "LookupEvents" }],
    StartTime: Math.floor(cancelledAt / 1000) + 1,
    MaxResults: 50,
  });
  const byDashboard = recorded.Events.filter((e) => e.Username === "trailscope-dashboard");
  expect(byDashboard).toEqual([]);

  await page.getByRole("button", { name: "Continue scanning" }).click();
  await expect(scanStatus(page)).toContainText("Scanning…");
  await expect
    .poll(async () => (await counts(page)).scanned)
    .toBeGreaterThan(stopped.scanned + 100);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(scanStatus(page)).toContainText("Cancelled:");
});

test("changing the view cancels the scan in flight; going back resumes it", async ({
  page,
  request,
}) => {
  await page.goto("/events?regions=us-west-2&range=90d");
  await expect(scanStatus(page)).toContainText("Scanning…");
  await expect.poll(async () => (await counts(page)).scanned).toBeGreaterThan(100);

  await page.getByLabel("Time range").selectOption("15m");
  await expect(page).toHaveURL(/range=15m/);
  await expect(scanStatus(page)).not.toContainText("Scanning…", { timeout: 15_000 });
  const changedAt = Date.now();
  await page.waitForTimeout(2000);
  const recorded = await lookupEvents(request, "us-east-1", {
    LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "LookupEvents" }],
    StartTime: Math.floor(changedAt / 1000) + 1,
    MaxResults: 50,
  });
  const westCalls = recorded.Events.filter(
    (e) =>
      e.Username === "trailscope-dashboard" &&
      JSON.parse(e.CloudTrailEvent).awsRegion === "us-west-2",
  );
  expect(westCalls).toEqual([]);

  // Back to the long scan: it goes on from where it stopped, keeping what it had found.
  await page.goBack();
  await expect(page).toHaveURL(/range=90d/);
  const before = (await counts(page)).scanned;
  expect(before).toBeGreaterThan(100);
  await expect(scanStatus(page)).toContainText("Scanning…");
  await expect.poll(async () => (await counts(page)).scanned).toBeGreaterThan(before + 100);
});

test("a URL with bad parameters says what is wrong and still lists events", async ({ page }) => {
  await page.goto("/events?regions=mars-1&f=Nope:x&f=ReadOnly:perhaps&range=2y&tz=moon&event=x");

  const problems = page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(problems).toContainText("regions=mars-1");
  await expect(problems).toContainText("f=Nope:x");
  await expect(problems).toContainText("Read only must be true or false");
  await expect(problems).toContainText("range=2y");
  await expect(problems).toContainText("tz=moon");
  await expect(problems).toContainText("event=x");
  await expect(scanStatus(page)).toContainText(/events? scanned/);
  await expect(dataRows(page).first()).toBeVisible();
});

test("a link with ?event= opens that event even when it is not listed", async ({
  page,
  request,
}) => {
  const day = 24 * 60 * 60_000;
  const older = await lookupEvents(request, "eu-west-1", {
    StartTime: Math.floor((Date.now() - 3 * day) / 1000),
    EndTime: Math.floor((Date.now() - 2 * day) / 1000),
    MaxResults: 1,
  });
  const event = older.Events[0];

  await page.goto(`/events?regions=us-east-1&event=eu-west-1:${event.EventId}`);

  const sheet = page.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name: event.EventName })).toBeVisible();
  await expect(sheet).toContainText(event.EventId);
});
