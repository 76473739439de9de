import { beforeAll, describe, expect, it } from "vitest";

import { testEvent } from "@/lib/local-cloudtrail/testing/harness";
import type { CloudTrailRecord, StoredEvent } from "@/lib/local-cloudtrail/types";

import { lookupInsightActivity, lookupInsights } from "./lookup-insights";
import { connectedHarness } from "./testing/connect-harness";

const MINUTE = 60_000;
const harness = connectedHarness();
const NOW = harness.now;
/** An episode of failed GetSecretValue calls in eu-west-1, as the seed's. */
const START = Date.parse("2026-11-20T10:37:00Z");
const SHARED = "026ad264-72ff-47f3-8f40-0b51633e6cd4";
/** A busy API in us-east-1, for the page limit. */
const BUSY_START = Date.parse("2026-11-21T08:00:00Z");

function insightRecord(state: "Start" | "End", time: number, shared = SHARED): StoredEvent {
  const record: CloudTrailRecord = {
    eventVersion: "1.08",
    eventTime: new Date(time).toISOString().replace(".000", ""),
    awsRegion: "eu-west-1",
    eventID: `${state === "Start" ? "a" : "b"}${shared.slice(1)}`,
    eventType: "AwsCloudTrailInsight",
    recipientAccountId: "123456789012",
    sharedEventID: shared,
    eventSource: "secretsmanager.amazonaws.com",
    eventName: "GetSecretValue",
    insightDetails: {
      state,
      eventSource: "secretsmanager.amazonaws.com",
      eventName: "GetSecretValue",
      insightType: "ApiErrorRateInsight",
      errorCode: "AccessDeniedException",
      insightContext: {
        statistics: {
          baseline: { average: 0 },
          insight: { average: 5 },
          insightDuration: 22,
          baselineDuration: 11340,
        },
        attributions: [],
      },
    },
    eventCategory: "Insight",
  };
  return { record, resources: [] };
}

beforeAll(() => {
  const events: StoredEvent[] = [
    insightRecord("Start", START),
    insightRecord("End", START + 22 * MINUTE),
    {
      ...insightRecord("Start", START),
      record: {
        ...insightRecord("Start", START).record,
        eventID: "c0ffee00-0000-4000-8000-000000000001",
        sharedEventID: "<b>x</b>",
      },
    },
  ];
  const call = (time: number, overrides: Partial<CloudTrailRecord> = {}) =>
    testEvent({
      eventTime: new Date(time).toISOString(),
      awsRegion: "eu-west-1",
      eventSource: "secretsmanager.amazonaws.com",
      eventName: "GetSecretValue",
      ...overrides,
    });
  // Five denied calls a minute during the insight, one allowed call a minute throughout.
  for (let m = 0; m < 22; m++) {
    for (let i = 0; i < 5; i++)
      events.push(call(START + m * MINUTE + i * 7000, { errorCode: "AccessDeniedException" }));
  }
  for (let m = -40; m < 60; m++) events.push(call(START + m * MINUTE + 30_000));
  // The same name from another source, and a denial long before: neither is counted.
  events.push(
    call(START + 5 * MINUTE, {
      eventSource: "other.amazonaws.com",
      errorCode: "AccessDeniedException",
    }),
  );
  events.push(call(START - 3 * 60 * MINUTE, { errorCode: "AccessDeniedException" }));
  // 1,100 calls in ten minutes: more than the chart's 20 pages of 50.
  for (let i = 0; i < 1100; i++)
    events.push(
      testEvent({
        eventTime: new Date(BUSY_START + Math.floor((i * 10 * MINUTE) / 1100)).toISOString(),
        eventName: "Decrypt",
        eventSource: "kms.amazonaws.com",
      }),
    );
  harness.insert(events);
});

describe("lookupInsights", () => {
  it("pairs each region's records, and reports a failing region beside the others", async () => {
    const list = await lookupInsights({
      regions: ["us-east-1", "eu-west-1", "ap-east-1"],
      startTime: NOW - 90 * 24 * 60 * MINUTE,
      endTime: NOW,
    });
    expect(list.insights).toMatchObject([
      {
        id: SHARED,
        region: "eu-west-1",
        type: "ApiErrorRateInsight",
        errorCode: "AccessDeniedException",
        start: new Date(START).toISOString(),
        end: new Date(START + 22 * MINUTE).toISOString(),
      },
    ]);
    expect(list.unreadable).toMatchObject([
      { region: "eu-west-1", problem: "the record has no valid sharedEventID" },
    ]);
    expect(list.regions).toMatchObject([
      { region: "us-east-1", status: "done", records: 0, truncated: false },
      { region: "eu-west-1", status: "done", records: 3, truncated: false },
      { region: "ap-east-1", status: "failed", failure: { code: "UnrecognizedClientException" } },
    ]);
  });

  it("reads only the time range asked for", async () => {
    const list = await lookupInsights({
      regions: ["eu-west-1"],
      startTime: START + 10 * MINUTE,
      endTime: NOW,
    });
    // The End alone is in range: the insight is still listed, dated by its duration.
    expect(list.insights).toMatchObject([{ id: SHARED, start: new Date(START).toISOString() }]);
  });
});

describe("lookupInsightActivity", () => {
  it("counts the insight's failed calls per minute around it", async () => {
    const activity = await lookupInsightActivity(
      {
        region: "eu-west-1",
        eventSource: "secretsmanager.amazonaws.com",
        eventName: "GetSecretValue",
        errorCode: "AccessDeniedException",
        start: START,
        end: START + 22 * MINUTE,
      },
      NOW,
    );
    expect(activity.from).toBe(START - 30 * MINUTE);
    expect(activity.to).toBe(START + 52 * MINUTE);
    expect(activity.minutes).toHaveLength(82);
    expect(activity.matched).toBe(110);
    expect(activity.minutes[29].count).toBe(0);
    expect(activity.minutes[30]).toEqual({ at: START, count: 5 });
    expect(activity.minutes[51].count).toBe(5);
    expect(activity.minutes[52].count).toBe(0);
    expect(activity.readFrom).toBeUndefined();
    // Every GetSecretValue in the window was read: 110 denied, 82 allowed, 1 of another source.
    expect(activity.scanned).toBe(193);
  });

  it("counts every call for a call rate insight", async () => {
    const activity = await lookupInsightActivity(
      {
        region: "eu-west-1",
        eventSource: "secretsmanager.amazonaws.com",
        eventName: "GetSecretValue",
        start: START,
        end: START + 22 * MINUTE,
      },
      NOW,
    );
    expect(activity.matched).toBe(192);
  });

  it("stops at the page limit and says from when its counts are whole", async () => {
    const activity = await lookupInsightActivity(
      {
        region: "us-east-1",
        eventSource: "kms.amazonaws.com",
        eventName: "Decrypt",
        start: BUSY_START,
        end: BUSY_START + 10 * MINUTE,
      },
      NOW,
    );
    expect(activity.pages).toBe(20);
    expect(activity.scanned).toBe(1000);
    expect(activity.matched).toBe(1000);
    expect(activity.readFrom).toBeGreaterThan(BUSY_START);
    expect(activity.readFrom).toBeLessThan(BUSY_START + 2 * MINUTE);
  });

  it("throws CloudTrail's error for a region that fails", async () => {
    await expect(
      lookupInsightActivity(
        {
          region: "ap-east-1",
          eventSource: "kms.amazonaws.com",
          eventName: "Decrypt",
          start: BUSY_START,
        },
        NOW,
      ),
    ).rejects.toMatchObject({ name: "UnrecognizedClientException" });
  });
});
