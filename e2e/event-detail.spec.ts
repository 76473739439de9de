import { type APIRequestContext, type Locator, type Page } from "@playwright/test";

import { lookupEvents, type LookedUpEvent } from "./support/local-cloudtrail";
import { expect, test } from "./support/test";

/**
 * An event's own page, its pivots, and the compare page, against story 1 of the seed:
 * ci-deployer's leaked key used from 185.220.101.34 at 02:47:13 UTC two days before the
 * seed's anchor (the e2e server's first start, moments before the tests). The attacker's
 * first calls are found once through the local service's LookupEvents, then opened here.
 */

const LEAKED_KEY = "AKIARZ3PQX7MFZPLDA2V";
const ATTACKER_IP = "185.220.101.34";
const DAY = 24 * 60 * 60_000;
const QUARTER_HOUR = 15 * 60_000;

interface StoryEvent {
  id: string;
  name: string;
  time: string;
  record: Record<string, unknown>;
}

let attack: Promise<Map<string, StoryEvent>> | undefined;

/** The attacker's first minute of calls (GetCallerIdentity, GetUser, …), by event name. */
function attackerCalls(request: APIRequestContext): Promise<Map<string, StoryEvent>> {
  attack ??= (async () => {
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const leakDay = today.getTime() - 2 * DAY;
    const start = leakDay + (2 * 60 + 47) * 60_000;
    const { Events } = await lookupEvents(request, "us-east-1", {
      LookupAttributes: [{ AttributeKey: "Username", AttributeValue: "ci-deployer" }],
      StartTime: start / 1000,
      EndTime: (start + 90_000) / 1000,
      MaxResults: 50,
    });
    const calls = new Map<string, StoryEvent>();
    for (const event of Events) {
      const record = JSON.parse(event.CloudTrailEvent) as Record<string, unknown>;
      if (record.sourceIPAddress !== ATTACKER_IP) continue;
      calls.set(event.EventName, toStoryEvent(event, record));
    }
    return calls;
  })();
  return attack;
}

function toStoryEvent(event: LookedUpEvent, record: Record<string, unknown>): StoryEvent {
  return { id: event.EventId, name: event.EventName, time: String(record.eventTime), record };
}

async function attackerCall(request: APIRequestContext, name: string): Promise<StoryEvent> {
  const event = (await attackerCalls(request)).get(name);
  expect(event, `story 1's ${name} call`).toBeDefined();
  return event!;
}

/** The value beside a term in the event's facts. */
function fact(page: Page, term: string): Locator {
  return page
    .locator("dt")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** "2026-11-22 02:47:20 UTC", as the page writes a UTC time. */
function utcText(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

test("an event's page says who did what, from where, and that it failed", async ({
  page,
  request,
}) => {
  const getUser = await attackerCall(request, "GetUser");
  await page.goto(`/events/us-east-1/${getUser.id}`);

  await expect(page).toHaveTitle(/^GetUser · Events/);
  await expect(page.getByRole("heading", { level: 1, name: "GetUser" })).toBeVisible();
  await expect(page.getByText("The call failed: AccessDenied")).toBeVisible();
  await expect(page.getByText(/is not authorized to perform: iam:GetUser/).first()).toBeVisible();

  await expect(fact(page, "Event name")).toHaveText("GetUser");
  await expect(fact(page, "Time")).toHaveText(utcText(getUser.time));
  await expect(fact(page, "Event source")).toHaveText("iam.amazonaws.com");
  await expect(fact(page, "Region")).toHaveText("us-east-1");
  await expect(fact(page, "Outcome")).toHaveText("Failed: AccessDenied");
  await expect(fact(page, "Identity type")).toHaveText("IAM user");
  await expect(fact(page, "User name")).toHaveText("ci-deployer");
  await expect(fact(page, "MFA")).toHaveText("No (long-term access key)");
  await expect(fact(page, "Source IP")).toHaveText(ATTACKER_IP);
  await expect(fact(page, "User agent")).toContainText("kali");
  await expect(fact(page, "Access key")).toHaveText(LEAKED_KEY);

  const requestParameters = page.getByRole("region", { name: "Request parameters" });
  await expect(requestParameters).toContainText('"userName": "ci-deployer"');
  await expect(page.getByRole("region", { name: "Response elements" })).toContainText("None");
  const resources = page.getByRole("region", { name: "Resources" });
  await expect(resources).toContainText("AWS::IAM::User");
  await expect(resources).toContainText("ci-deployer");
});

test.describe("the full record", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("shows the record as coloured JSON and copies it", async ({ page, request }) => {
    const getUser = await attackerCall(request, "GetUser");
    await page.goto(`/events/us-east-1/${getUser.id}`);

    const section = page.getByRole("region", { name: "Full record" });
    const json = section.getByLabel("The event's CloudTrail record as JSON");
    expect(await json.textContent()).toBe(JSON.stringify(getUser.record, null, 2));
    expect(await json.locator("span").count()).toBeGreaterThan(20);

    await section.getByRole("button", { name: "Copy" }).click();
    await expect(section.getByRole("button", { name: "Copied" })).toBeVisible();
    await expect(section.getByRole("status")).toHaveText("Copied the record to the clipboard.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(getUser.record);
  });
});

test("says how to copy by hand where there is no clipboard", async ({ page, request }) => {
  const getUser = await attackerCall(request, "GetUser");
  // As on plain http from another host, where browsers offer no clipboard.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page.goto(`/events/us-east-1/${getUser.id}`);

  const section = page.getByRole("region", { name: "Full record" });
  await section.getByRole("button", { name: "Copy" }).click();
  await expect(section.getByRole("status")).toContainText("The clipboard is not available here");
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
  expect(JSON.parse(selected)).toEqual(getUser.record);
});

test("pivots list the same user, key, IP and resource 15 minutes either side, everywhere", async ({
  page,
  request,
}) => {
  const getUser = await attackerCall(request, "GetUser");
  await page.goto(`/events/us-east-1/${getUser.id}`);

  const related = page.getByRole("region", { name: "Related activity" });
  const at = new Date(getUser.time).getTime();
  const expected: [string, string][] = [
    ["Same user", "Username:ci-deployer"],
    ["Same access key", `AccessKeyId:${LEAKED_KEY}`],
    ["Same source IP", `sourceIPAddress:${ATTACKER_IP}`],
    ["Same resource", "ResourceName:ci-deployer"],
  ];
  await expect(related.getByRole("link")).toHaveCount(expected.length);
  for (const [index, [label, condition]] of expected.entries()) {
    const link = related.getByRole("link").nth(index);
    await expect(link).toContainText(label);
    const url = new URL((await link.getAttribute("href"))!, page.url());
    expect(url.pathname).toBe("/events");
    expect(url.searchParams.get("regions")).toBe("all");
    expect(url.searchParams.getAll("f")).toEqual([condition]);
    expect(new Date(url.searchParams.get("from")!).getTime()).toBe(at - QUARTER_HOUR);
    expect(new Date(url.searchParams.get("to")!).getTime()).toBe(at + QUARTER_HOUR);
  }

  // The resource's pivot is the narrowest: the Events list shows this very event in it.
  await related.getByRole("link", { name: /Same resource/ }).click();
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === "/events" &&
      url.searchParams.getAll("f").join() === "ResourceName:ci-deployer",
  );
  await expect(page.getByRole("table").locator(`a[href*="${getUser.id}"]`).first()).toBeVisible();
});

test("compares events side by side, highlighting what differs", async ({ page, request }) => {
  const events = await Promise.all(
    ["GetCallerIdentity", "GetUser", "ListAttachedUserPolicies"].map((name) =>
      attackerCall(request, name),
    ),
  );
  await page.goto(`/events/compare?${events.map((e) => `e=us-east-1:${e.id}`).join("&")}`);

  await expect(page).toHaveTitle(/^Compare · Events/);
  const table = page.getByRole("table", { name: /Fields of 3 events side by side/ });
  await expect(table.getByRole("columnheader")).toHaveCount(4);
  for (const event of events) {
    const link = table.getByRole("columnheader").getByRole("link", { name: event.name });
    await expect(link).toHaveAttribute("href", `/events/us-east-1/${event.id}`);
  }
  await expect(table.getByRole("columnheader").nth(1)).toContainText(utcText(events[0].time));
  await expect(table.getByRole("columnheader").nth(1)).toContainText("ci-deployer");

  const row = (path: string) =>
    table.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: new RegExp(`^(Differs: )?${path}$`) }),
    });
  const onlyDifferences = page.getByRole("checkbox", { name: "Only differences" });
  await expect(onlyDifferences).toBeChecked();

  const eventName = row("eventName");
  await expect(eventName).toHaveAttribute("data-differs", "true");
  await expect(eventName.getByRole("cell")).toHaveText(events.map((e) => e.name));
  const background = await eventName.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expect(row("errorCode").getByRole("cell")).toHaveText([
    "—absent",
    "AccessDenied",
    "AccessDenied",
  ]);
  await expect(row("userIdentity.userName")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /fields differ/ })).toContainText(
    "showing only those",
  );

  await onlyDifferences.uncheck();
  const userName = row("userIdentity.userName");
  await expect(userName).toBeVisible();
  await expect(userName).not.toHaveAttribute("data-differs", "true");
  await expect(userName.getByRole("cell")).toHaveText([
    "ci-deployer",
    "ci-deployer",
    "ci-deployer",
  ]);
  await expect(row("eventName")).toHaveAttribute("data-differs", "true");

  await onlyDifferences.check();
  await expect(row("userIdentity.userName")).toHaveCount(0);
});

test("a compare link with unusable or too many events says which were left out", async ({
  page,
  request,
}) => {
  await page.goto("/events/compare?e=nope&e=mars:abc&e=us-east-1:bad_id");
  await expect(page.getByRole("heading", { level: 1, name: "Nothing to compare" })).toBeVisible();
  await expect(page.getByText("“nope” is not an event reference")).toBeVisible();
  await expect(page.getByText("“mars” is not an AWS region name")).toBeVisible();
  await expect(page.getByText("“bad_id” is not an event ID")).toBeVisible();

  await page.goto("/events/compare");
  await expect(page.getByRole("heading", { level: 1, name: "Nothing to compare" })).toBeVisible();
  await expect(page.getByText(/e=region:eventId/)).toBeVisible();

  const [first, second] = await Promise.all(
    ["GetUser", "ListUserPolicies"].map((name) => attackerCall(request, name)),
  );
  const missing = ["1", "2", "3", "4"].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  const refs = [first.id, second.id, ...missing].map((id) => `e=us-east-1:${id}`);
  await page.goto(`/events/compare?${refs.join("&")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Compare events" })).toBeVisible();
  const problems = page.getByRole("alert").filter({ hasText: "could not be compared" });
  await expect(problems).toContainText(
    `the first 5 are shown and this one was left out: us-east-1:${missing[3]}`,
  );
  await expect(problems).toContainText(`No event ${missing[0]} in us-east-1`);
  await expect(page.getByRole("table", { name: /Fields of 2 events/ })).toBeVisible();
});

test("an unknown event and a malformed address get a clear message", async ({ page }) => {
  const unknown = "00000000-0000-4000-8000-0000000000ff";
  await page.goto(`/events/us-east-1/${unknown}`);
  await expect(page).toHaveTitle(/^Event not found · Events/);
  await expect(page.getByRole("heading", { level: 1, name: "Event not found" })).toBeVisible();
  await expect(page.getByText(`No event with ID ${unknown} is in us-east-1`)).toBeVisible();
  await expect(page.getByText(/keeps the last 90 days/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to Events" })).toHaveAttribute(
    "href",
    "/events",
  );
  const everywhere = page.getByRole("link", { name: "Look for it in all regions" });
  const url = new URL((await everywhere.getAttribute("href"))!, page.url());
  expect(url.searchParams.get("regions")).toBe("all");
  expect(url.searchParams.getAll("f")).toEqual([`EventId:${unknown}`]);

  await page.goto("/events/mars-1/not_an_id");
  await expect(
    page.getByRole("heading", { level: 1, name: "This is not an event's address" }),
  ).toBeVisible();
  await expect(page.getByText("“mars-1” is not an AWS region name")).toBeVisible();
  await expect(page.getByText("“not_an_id” is not an event ID")).toBeVisible();
});
