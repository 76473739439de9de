import { describe, expect, it } from "vitest";

import { parseLookupEvent } from "@/lib/events/parse-event";
import type { TrailEvent } from "@/lib/events/trail-event";

import { parseInsights } from "./insight";

const SHARED = "dd82e2a8-3fb3-4118-9162-df7c1fed5158";
let counter = 0;

/** An Insights event as LookupEvents returns it, shaped like the local seed's (and AWS's). */
function insightEvent(
  state: "Start" | "End",
  time: string,
  overrides: {
    shared?: string;
    details?: Record<string, unknown>;
    statistics?: Record<string, unknown>;
    record?: Record<string, unknown>;
  } = {},
): TrailEvent {
  counter++;
  const eventId = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  const record = {
    eventVersion: "1.08",
    eventTime: time,
    awsRegion: "us-east-1",
    eventID: eventId,
    eventType: "AwsCloudTrailInsight",
    recipientAccountId: "123456789012",
    sharedEventID: overrides.shared ?? SHARED,
    insightDetails: {
      state,
      eventSource: "ec2.amazonaws.com",
      eventName: "RunInstances",
      insightType: "ApiCallRateInsight",
      insightContext: {
        statistics: {
          baseline: { average: 0.0041 },
          insight: { average: state === "Start" ? 4 : 4.333333 },
          insightDuration: 6,
          baselineDuration: 10349,
          ...overrides.statistics,
        },
        attributions: [
          {
            attribute: "userIdentityArn",
            insight: [
              {
                value: "arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAutoScaling",
                average: 4,
              },
            ],
            baseline: [
              {
                value: "arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAutoScaling",
                average: 0.0041,
              },
            ],
          },
          {
            attribute: "errorCode",
            insight: [{ value: "null", average: 4 }],
            baseline: [{ value: "null", average: 0.0041 }],
          },
        ],
      },
      ...overrides.details,
    },
    eventCategory: "Insight",
    ...overrides.record,
  };
  return parseLookupEvent({
    EventId: eventId,
    EventName: "RunInstances",
    EventSource: "ec2.amazonaws.com",
    EventTime: new Date(time),
    CloudTrailEvent: JSON.stringify(record),
  });
}

describe("parseInsights", () => {
  it("pairs a Start and an End into one insight, with the End's figures", () => {
    const start = insightEvent("Start", "2026-09-14T18:04:00Z");
    const end = insightEvent("End", "2026-09-14T18:10:00Z");
    const { insights, unreadable } = parseInsights("us-east-1", [end, start]);
    expect(unreadable).toEqual([]);
    expect(insights).toEqual([
      {
        id: SHARED,
        region: "us-east-1",
        type: "ApiCallRateInsight",
        eventSource: "ec2.amazonaws.com",
        eventName: "RunInstances",
        start: "2026-09-14T18:04:00.000Z",
        end: "2026-09-14T18:10:00.000Z",
        baselineAverage: 0.0041,
        insightAverage: 4.333333,
        insightDuration: 6,
        baselineDuration: 10349,
        attributions: [
          {
            attribute: "userIdentityArn",
            values: [
              {
                value: "arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAutoScaling",
                insightAverage: 4,
                baselineAverage: 0.0041,
              },
            ],
          },
          {
            attribute: "errorCode",
            values: [{ value: "null", insightAverage: 4, baselineAverage: 0.0041 }],
          },
        ],
        startEventId: start.id,
        endEventId: end.id,
      },
    ]);
  });

  it("keeps an insight with no End as open, with the Start's figures", () => {
    const { insights } = parseInsights("us-east-1", [
      insightEvent("Start", "2026-09-14T18:04:00Z"),
    ]);
    expect(insights).toHaveLength(1);
    expect(insights[0].end).toBeUndefined();
    expect(insights[0].insightAverage).toBe(4);
  });

  it("dates an insight whose Start is out of range by the End's duration", () => {
    const { insights } = parseInsights("us-east-1", [insightEvent("End", "2026-09-14T18:10:00Z")]);
    expect(insights[0]).toMatchObject({
      start: "2026-09-14T18:04:00.000Z",
      end: "2026-09-14T18:10:00.000Z",
    });
    expect(insights[0]).not.toHaveProperty("startEventId");
  });

  it("reads an API error rate insight's error code, and a baseline of zero", () => {
    const shared = "026ad264-72ff-47f3-8f40-0b51633e6cd4";
    const details = {
      eventSource: "secretsmanager.amazonaws.com",
      eventName: "GetSecretValue",
      insightType: "ApiErrorRateInsight",
      errorCode: "AccessDeniedException",
    };
    const statistics = { baseline: { average: 0 }, insightDuration: 22 };
    const { insights } = parseInsights("eu-west-1", [
      insightEvent("End", "2026-10-11T10:59:00Z", { shared, details, statistics }),
      insightEvent("Start", "2026-10-11T10:37:00Z", { shared, details, statistics }),
    ]);
    expect(insights).toMatchObject([
      {
        id: shared,
        region: "eu-west-1",
        type: "ApiErrorRateInsight",
        eventName: "GetSecretValue",
        errorCode: "AccessDeniedException",
        baselineAverage: 0,
      },
    ]);
  });

  it("lists insights newest first", () => {
    const a = "aaaaaaaa-0000-4000-8000-000000000001";
    const b = "bbbbbbbb-0000-4000-8000-000000000002";
    const { insights } = parseInsights("us-east-1", [
      insightEvent("Start", "2026-09-01T00:00:00Z", { shared: a }),
      insightEvent("Start", "2026-10-01T00:00:00Z", { shared: b }),
    ]);
    expect(insights.map((i) => i.id)).toEqual([b, a]);
  });

  it("uses the region it read, not the record's claim", () => {
    const { insights } = parseInsights("eu-west-1", [
      insightEvent("Start", "2026-09-14T18:04:00Z", { record: { awsRegion: "us-west-2" } }),
    ]);
    expect(insights[0].region).toBe("eu-west-1");
  });

  it("sets aside malformed records with the reason, and keeps the rest", () => {
    const good = insightEvent("Start", "2026-09-14T18:04:00Z");
    const broken: TrailEvent[] = [
      { ...good, id: "not-json", record: { unparsed: "{" } },
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        shared: "x",
        record: { sharedEventID: "<script>alert(1)</script>" },
      }),
      insightEvent("Start", "2026-09-14T18:04:00Z", { record: { insightDetails: "nope" } }),
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        shared: "c0000000-0000-4000-8000-000000000003",
        details: { insightType: "ApiLatencyInsight" },
      }),
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        shared: "c0000000-0000-4000-8000-000000000004",
        details: { state: 42 },
      }),
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        shared: "c0000000-0000-4000-8000-000000000005",
        statistics: { baseline: { average: "lots" } },
      }),
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        shared: "c0000000-0000-4000-8000-000000000006",
        statistics: { insight: { average: -1 } },
      }),
      insightEvent("End", "2026-09-14T18:04:00Z", {
        shared: "c0000000-0000-4000-8000-000000000007",
        statistics: { insightDuration: 1e308 },
      }),
    ];
    const { insights, unreadable } = parseInsights("us-east-1", [good, ...broken]);
    expect(insights.map((i) => i.id)).toEqual([SHARED]);
    expect(unreadable.map((u) => u.problem)).toEqual([
      "the record is not valid JSON",
      "the record has no valid sharedEventID",
      "the record has no insightDetails",
      "unknown insight type “ApiLatencyInsight”",
      "unknown state “42”",
      "the record has no baseline or insight average",
      "the record has no baseline or insight average",
      "an End record with no Start record and no insightDuration",
    ]);
  });

  it("sets aside an End that contradicts its Start, and a duplicate", () => {
    const start = insightEvent("Start", "2026-09-14T18:04:00Z");
    const other = insightEvent("End", "2026-09-14T18:10:00Z", {
      details: { eventName: "TerminateInstances" },
    });
    const early = insightEvent("End", "2026-09-14T18:00:00Z", {
      shared: "e0000000-0000-4000-8000-000000000001",
    });
    const earlyStart = insightEvent("Start", "2026-09-14T18:04:00Z", {
      shared: "e0000000-0000-4000-8000-000000000001",
    });
    const again = insightEvent("Start", "2026-09-14T18:05:00Z");
    const { insights, unreadable } = parseInsights("us-east-1", [
      start,
      other,
      again,
      early,
      earlyStart,
    ]);
    expect(insights).toHaveLength(2);
    expect(insights.every((i) => i.end === undefined)).toBe(true);
    expect(unreadable.map((u) => u.eventId)).toEqual([again.id, other.id, early.id]);
    expect(unreadable[0].problem).toMatch(/second Start record/);
    expect(unreadable[1].problem).toMatch(/another insight \(ec2\.amazonaws\.com RunInstances\)/);
    expect(unreadable[2].problem).toMatch(/earlier than its Start/);
  });

  it("keeps what it can of malformed attributions, and bounds their size", () => {
    const { insights } = parseInsights("us-east-1", [
      insightEvent("Start", "2026-09-14T18:04:00Z", {
        details: {
          insightContext: {
            statistics: { baseline: { average: 1 }, insight: { average: 2 } },
            attributions: [
              null,
              { attribute: 7 },
              {
                attribute: "userAgent",
                insight: [
                  { value: "a", average: 2 },
                  { value: 3, average: 1 },
                  "junk",
                  ...Array.from({ length: 50 }, (_, i) => ({ value: `v${i}`, average: 0.1 })),
                ],
                baseline: { value: "a" },
              },
            ],
          },
        },
      }),
    ]);
    const [attribution] = insights[0].attributions;
    expect(insights[0].attributions).toHaveLength(1);
    expect(attribution.attribute).toBe("userAgent");
    expect(attribution.values[0]).toEqual({ value: "a", insightAverage: 2 });
    expect(attribution.values.length).toBeLessThanOrEqual(10);
  });

  it("never throws, whatever the record holds", () => {
    const odd: unknown[] = [null, 1, "x", [], { insightDetails: [] }, { sharedEventID: {} }];
    for (const value of odd) {
      const event: TrailEvent = {
        ...insightEvent("Start", "2026-09-14T18:04:00Z"),
        record: (typeof value === "object" && value !== null && !Array.isArray(value)
          ? value
          : { value }) as Record<string, unknown>,
      };
      expect(() => parseInsights("us-east-1", [event])).not.toThrow();
    }
  });
});
