import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

import { type Locator, type Page } from "@playwright/test";

import { HOSTILE_REGION, hostileWindow } from "./support/hostile-records";
import { lookupEvents } from "./support/local-cloudtrail";
import { expect, test } from "./support/test";

/**
 * "Download as log file": the events of a view, of an event's page and of the compare page
 * as a CloudTrail log file (`{"Records":[...]}`, gzipped), against the seeded demo account
 * and the hostile records planted beside it. The view is story 1 of the seed: the first
 * minute and a half of the attacker's calls with ci-deployer's leaked key, from 02:47 UTC
 * two days before today; few enough events that the table draws every row.
 */

const LEAKED_KEY = "AKIARZ3PQX7MFZPLDA2V";
const DAY = 24 * 60 * 60_000;

function keyView(): string {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const start = today.getTime() - 2 * DAY + (2 * 60 + 47) * 60_000;
  const from = new Date(start).toISOString();
  const to = new Date(start + 90_000).toISOString();
  return `/events?regions=us-east-1&from=${from}&to=${to}&f=AccessKeyId:${LEAKED_KEY}`;
}
const LOG_FILE_NAME = /^trailscope-events-\d{4}-\d{2}-\d{2}T\d{4}Z\.json\.gz$/;

interface LogFile {
  Records: Record<string, unknown>[];
}

/** The table's data rows (the virtualiser's spacer rows are aria-hidden). */
function rows(page: Page): Locator {
  return page.getByRole("table").locator("tbody tr:not([aria-hidden])");
}

async function matchCount(page: Page): Promise<number> {
  const status = page
    .getByRole("status")
    .filter({ hasText: /^[\d,]+ match(es)? in [\d,]+ events? scanned/ });
  await expect(status).toBeVisible({ timeout: 60_000 });
  return Number(/^([\d,]+)/.exec((await status.textContent()) ?? "")![1].replace(/,/g, ""));
}

/** The rows' links, which open an event in the side sheet: `?…&event=<region>:<event ID>`. */
function eventLinks(page: Page): Locator {
  return rows(page).locator('a[href*="event="]');
}

/** The event IDs of the rows shown, from their links. */
async function shownEventIds(page: Page): Promise<string[]> {
  const hrefs = await eventLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
  return hrefs.map((href) => {
    const ref = new URL(href, "http://localhost/events").searchParams.get("event") ?? "";
    return ref.slice(ref.indexOf(":") + 1);
  });
}

/** Clicks what starts a download and returns the file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function exportItem(page: Page, item: string) {
  return downloaded(page, async () => {
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("menuitem", { name: item }).click();
  });
}

/** A gzipped CloudTrail log file's text and records, after checking it is one. */
function readLogFile(bytes: Buffer): { text: string; file: LogFile } {
  expect([bytes[0], bytes[1]], "gzip's magic number").toEqual([0x1f, 0x8b]);
  const text = gunzipSync(bytes).toString("utf8");
  const file = JSON.parse(text) as LogFile;
  expect(Object.keys(file)).toEqual(["Records"]);
  return { text, file };
}

test("the Events page exports its events as a gzipped CloudTrail log file", async ({ page }) => {
  await page.goto(keyView());
  const count = await matchCount(page);
  expect(count).toBeGreaterThan(1);
  await expect(rows(page)).toHaveCount(count);
  const ids = await shownEventIds(page);
  expect(ids).toHaveLength(count);

  const logFile = await exportItem(page, "CloudTrail log file (.json.gz)");
  expect(logFile.name).toMatch(LOG_FILE_NAME);
  const { text, file } = readLogFile(logFile.bytes);
  expect(file.Records).toHaveLength(count);
  expect(file.Records.map((record) => record.eventID).sort()).toEqual([...ids].sort());
  for (const record of file.Records) {
    expect(record).toMatchObject({ awsRegion: "us-east-1", eventTime: expect.any(String) });
    expect(JSON.stringify(record)).toContain(LEAKED_KEY);
  }

  // The same text as the plain JSON export: only gzipped.
  const json = await exportItem(page, "JSON (CloudTrail Records)");
  expect(text).toBe(json.bytes.toString("utf8"));
});

test("an event's page downloads that event as a log file, its record whole", async ({
  page,
  request,
}) => {
  await page.goto(keyView());
  await matchCount(page);
  const [id] = await shownEventIds(page);

  await page.goto(`/events/us-east-1/${id}`);
  const { name, bytes } = await downloaded(page, () =>
    page.getByRole("button", { name: "Download as log file" }).click(),
  );
  expect(name).toMatch(LOG_FILE_NAME);
  const { file } = readLogFile(bytes);

  const { Events } = await lookupEvents(request, "us-east-1", {
    LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: id }],
    StartTime: (Date.now() - 3 * DAY) / 1000,
  });
  expect(Events).toHaveLength(1);
  expect(file.Records).toEqual([JSON.parse(Events[0].CloudTrailEvent)]);
});

test("the Events list's side sheet and the compare page download their events", async ({
  page,
}) => {
  await page.goto(keyView());
  await matchCount(page);
  const ids = (await shownEventIds(page)).slice(0, 2);

  await eventLinks(page).first().click();
  const sheet = page.getByRole("dialog");
  const fromSheet = await downloaded(page, () =>
    sheet.getByRole("button", { name: "Download as log file" }).click(),
  );
  expect(readLogFile(fromSheet.bytes).file.Records.map((r) => r.eventID)).toEqual([ids[0]]);
  await page.keyboard.press("Escape");

  await page.goto(`/events/compare?${ids.map((id) => `e=us-east-1:${id}`).join("&")}`);
  await expect(page.getByRole("heading", { name: "Compare events" })).toBeVisible();
  const fromCompare = await downloaded(page, () =>
    page.getByRole("button", { name: "Download as log file" }).click(),
  );
  expect(readLogFile(fromCompare.bytes).file.Records.map((r) => r.eventID)).toEqual(ids);
});

test("hostile records go into the log file whole, hidden characters as escapes", async ({
  page,
}) => {
  const { from, to } = hostileWindow();
  await page.goto(`/events?regions=${HOSTILE_REGION}&from=${from}&to=${to}&f=text:HOSTILE`);
  await expect(rows(page)).toHaveCount(7, { timeout: 30_000 });

  const { text, file } = readLogFile(
    (await exportItem(page, "CloudTrail log file (.json.gz)")).bytes,
  );
  expect(file.Records).toHaveLength(7);
  expect(text).not.toMatch(/[\u202E\u2066\u200B]/);
  expect(text).toContain("\\u202e");
  // The record nested 5,000 levels deep is there to the bottom, not cut where the page stops.
  expect(text).toContain(`${'{"a":'.repeat(5_000)}`);
  expect(text).toBe((await exportItem(page, "JSON (CloudTrail Records)")).bytes.toString("utf8"));
});
