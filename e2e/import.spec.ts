import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

import type { Page } from "@playwright/test";

import { expectSignedInAs, signInWithPassword } from "./support/roles";
import { expect, test } from "./support/test";

/**
 * The Import page on a server whose store keeps every event however old
 * (scripts/e2e-archive-server.sh): real log files uploaded through the page, their counts
 * against the files themselves, and their events found in the Event history.
 */

const DATASETS = "test/fixtures/datasets";
// One record per line, from 2020, with Logstash's @timestamp in place of eventTime.
const OTRF = `${DATASETS}/otrf-security-datasets/ec2_proxy_s3_exfiltration_2020-09-14011940.json`;
// A JSON array, in one of the dataset's made-up regions.
const STRATUS = `${DATASETS}/stratus-red-team/aws.execution.ssm-send-command.json`;

type LogRecord = Record<string, unknown> & { eventName: string; awsRegion: string };

function lineRecords(path: string): LogRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LogRecord);
}

function arrayRecords(path: string): LogRecord[] {
  return JSON.parse(readFileSync(path, "utf8")) as LogRecord[];
}

async function signInAsAdmin(page: Page): Promise<void> {
  await signInWithPassword(page, "admin", "demo-admin", "/");
  await expectSignedInAs(page, "admin", "Admin");
}

async function openImportPage(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import", level: 1 })).toBeVisible();
}

/** Chooses the files in the page's picker and imports them. */
async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByLabel("CloudTrail log files").setInputFiles(paths);
  await page.getByRole("button", { name: /^Import( \d+ files)?$/ }).click();
}

function summaryStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /^\d+ files? read:/ });
}

/** The Events page's count once its scan has read everything: "103 matches in …". */
async function matchCount(page: Page): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /scanned/ });
  await expect(status).toHaveText(/^[\d,]+ match(es)? in [\d,]+ events? scanned/, {
    timeout: 60_000,
  });
  return Number(/^([\d,]+)/.exec((await status.textContent()) ?? "")![1].replace(/,/g, ""));
}

test("an admin imports a log file, finds its events in the Event history, and a second import adds nothing", async ({
  page,
}) => {
  const records = lineRecords(OTRF);
  const newest = records.reduce((a, b) =>
    String(a["@timestamp"]) > String(b["@timestamp"]) ? a : b,
  );
  const account = String(records[0].recipientAccountId);
  await signInAsAdmin(page);
  await openImportPage(page);
  await expect(page.getByText("No files chosen yet.")).toBeVisible();

  await importFiles(page, [OTRF]);
  await expect(summaryStatus(page)).toHaveText(
    `1 file read: ${records.length} records loaded, 0 duplicates (already in the store), 0 rejected.`,
  );
  const file = page.getByRole("listitem").filter({ hasText: "ec2_proxy_s3_exfiltration" });
  await expect(file).toContainText("Imported");
  await expect(file).toContainText(`${records.length} loaded · 0 duplicates · 0 rejected`);
  // The server keeps every event, so nothing is said of CloudTrail's 90 days.
  await expect(page.getByText(/older than the 90 days/)).toHaveCount(0);

  const show = page.getByRole("link", { name: "Show these events" });
  const target = new URL((await show.getAttribute("href"))!, "http://localhost");
  expect(target.pathname).toBe("/events");
  expect(target.searchParams.get("regions")).toBe("us-east-1");
  expect(target.searchParams.getAll("f")).toEqual([`recipientAccountId:${account}`]);
  await show.click();
  await page.waitForURL(/\/events\?/);
  // The demo account's own events are years later: the view holds the file's and no other.
  expect(await matchCount(page)).toBe(records.length);
  await expect(
    page
      .getByRole("table", { name: /^Events/ })
      .getByRole("cell", { name: newest.eventName })
      .first(),
  ).toBeVisible();

  await openImportPage(page);
  await importFiles(page, [OTRF]);
  await expect(summaryStatus(page)).toHaveText(
    `1 file read: 0 records loaded, ${records.length} duplicates (already in the store), 0 rejected.`,
  );

  await page.getByRole("banner").getByRole("link", { name: "Audit log" }).click();
  const entry = page.getByRole("row").filter({ hasText: "ImportLogFile" }).first();
  await expect(entry).toContainText(
    `ec2_proxy_s3_exfiltration_2020-09-14011940.json: 0 loaded, ${records.length} duplicate, 0 rejected`,
  );
  await expect(entry).toContainText("Succeeded");
});

test("a gzip file in an archive's own region loads beside a file that is no log", async ({
  page,
}, testInfo) => {
  const records = arrayRecords(STRATUS);
  const region = records[0].awsRegion;
  const gz = testInfo.outputPath("ssm-send-command.json.gz");
  writeFileSync(gz, gzipSync(readFileSync(STRATUS)));
  const notes = testInfo.outputPath("notes.txt");
  writeFileSync(notes, "handover notes\n");
  await signInAsAdmin(page);
  await openImportPage(page);

  await importFiles(page, [gz, notes]);
  await expect(summaryStatus(page)).toHaveText(
    `1 file read: ${records.length} records loaded, 0 duplicates (already in the store), 0 rejected.`,
  );
  const skipped = page.getByRole("region", { name: "Skipped files" });
  await expect(skipped).toContainText("notes.txt: not a log file");
  await expect(page.getByText(`in 1 region (${region})`)).toBeVisible();

  await page.getByRole("link", { name: "Show these events" }).click();
  await page.waitForURL(/\/events\?/);
  expect(await matchCount(page)).toBe(records.length);
  await expect(
    page
      .getByRole("table", { name: /^Events/ })
      .getByRole("cell", { name: records[0].eventName })
      .first(),
  ).toBeVisible();
});

test("a broken file loads its good records and lists the others with position and reason", async ({
  page,
}, testInfo) => {
  const good = (n: number) =>
    JSON.stringify({
      eventVersion: "1.08",
      eventTime: `2023-03-0${n}T10:00:00Z`,
      eventName: `BrokenFileGood${n}`,
      eventSource: "s3.amazonaws.com",
      awsRegion: "eu-west-1",
      eventID: `7d0c5a1e-0000-4000-8000-00000000000${n}`,
      recipientAccountId: "210987654321",
    });
  const lines = [
    good(1),
    "{ this is not json",
    JSON.stringify({ eventTime: "2023-03-01T10:00:00Z", eventSource: "s3.amazonaws.com" }),
    good(2),
    // A hostile time: its right-to-left override must show as a code, not turn the text.
    JSON.stringify({
      eventTime: "2023\u202E-03-01",
      eventName: "Bad",
      eventSource: "s3.amazonaws.com",
    }),
    good(3),
  ];
  const path = testInfo.outputPath("broken-trail.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  await signInAsAdmin(page);
  await openImportPage(page);

  await importFiles(page, [path]);
  await expect(summaryStatus(page)).toHaveText(
    "1 file read: 3 records loaded, 0 duplicates (already in the store), 3 rejected.",
  );
  const rejections = page.getByRole("table", { name: "Records that were not loaded, with why" });
  const rows = rejections.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("broken-trail.jsonl");
  await expect(rows.nth(0)).toContainText("record 2, line 2");
  await expect(rows.nth(0)).toContainText("not JSON");
  await expect(rows.nth(1)).toContainText("record 3, line 3");
  await expect(rows.nth(1)).toContainText("no eventName");
  await expect(rows.nth(2)).toContainText("record 5, line 5");
  await expect(rows.nth(2)).toContainText("⟨U+202E⟩");
  expect(await rows.nth(2).textContent()).not.toContain("\u202E");
});

test("a large file streams with live progress, and Cancel stops it keeping what was read", async ({
  page,
}, testInfo) => {
  // About 24 MB: past the 10 MB Next.js would cut a body at for a proxy, and past the size
  // the importer reads whole, so its counts stream.
  const count = 60_000;
  const path = testInfo.outputPath("large-trail.jsonl");
  const padding = "x".repeat(300);
  writeFileSync(
    path,
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        eventTime: new Date(Date.UTC(2022, 0, 1) + i * 1000).toISOString(),
        eventName: "LargeFileCall",
        eventSource: "ec2.amazonaws.com",
        awsRegion: "us-west-2",
        eventID: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        recipientAccountId: "111122223333",
        userAgent: padding,
      }),
    ).join("\n"),
  );
  await signInAsAdmin(page);
  await openImportPage(page);

  // Slowed to a crawl, so the upload is still running when Cancel is pressed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 2 * 1024 * 1024,
  });
  await importFiles(page, [path]);
  const bar = page.getByRole("progressbar", { name: "Upload of large-trail.jsonl" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuetext", /^[1-9][\d.]* (KB|MB) of 3[\d.]+ MB$/);
  await expect(page.getByRole("listitem").filter({ hasText: "large-trail.jsonl" })).toContainText(
    /[1-9][\d,]* loaded/,
  );
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import cancelled" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "large-trail.jsonl" })).toContainText(
    "Cancelled",
  );

  // Again at full speed: the records read before are duplicates, the rest load.
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await importFiles(page, [path]);
  const summary = summaryStatus(page);
  await expect(summary).toHaveText(/^1 file read: [\d,]+ records? loaded, [\d,]+ duplicates?/, {
    timeout: 60_000,
  });
  const [, loaded, duplicates] = /([\d,]+) records? loaded, ([\d,]+) duplicate/
    .exec((await summary.textContent()) ?? "")!
    .map((n) => Number(n.replace(/,/g, "")));
  expect(duplicates).toBeGreaterThan(0);
  expect(loaded + duplicates).toBe(count);
});

test("a viewer has no Import link, and the page and the route refuse them", async ({
  page,
  request,
  baseURL,
}) => {
  await signInWithPassword(page, "viewer", "demo-viewer", "/");
  await expectSignedInAs(page, "viewer", "Viewer");
  await expect(page.getByRole("banner").getByRole("link", { name: "Import" })).toHaveCount(0);

  const response = await page.goto("/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role does not allow this" })).toBeVisible();
  await expect(page.getByLabel("CloudTrail log files")).toHaveCount(0);

  const upload = (headers: Record<string, string>) =>
    page.request.post("/api/import?name=viewer.json", {
      headers: { "Content-Type": "application/octet-stream", ...headers },
      data: readFileSync(OTRF),
    });
  const refused = await upload({ Origin: baseURL! });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("Your role (viewer) cannot import log files.");
  expect((await upload({ Origin: "https://elsewhere.example" })).status()).toBe(403);
  // The route is outside the proxy, so it turns away a caller without a session itself.
  const anonymous = await request.post("/api/import?name=a.json", {
    headers: { Origin: baseURL! },
    data: "[]",
  });
  expect(anonymous.status()).toBe(401);
});
