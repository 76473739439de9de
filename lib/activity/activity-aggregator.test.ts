import { describe, expect, it } from "vitest";

import type { TrailEvent } from "@/lib/events/trail-event";

import { ActivityAggregator, SERIES_LIMIT } from "./activity-aggregator";

const start = Date.parse("2026-11-24T10:00:00Z");
const end = start + 3_600_000;

function event(minute: number, over: Partial<TrailEvent> = {}): TrailEvent {
  return {
    id: `e-${minute}-${Math.random()}`,
    name: "DescribeInstances",
    time: new Date(start + minute * 60_000).toISOString(),
    source: "ec2.amazonaws.com",
    region: "us-east-1",
    username: "alice",
    readOnly: true,
    resources: [],
    identityArn: "arn:aws:iam::123456789012:user/alice",
    sourceIp: "203.0.113.7",
    record: {},
    ...over,
  };
}

describe("ActivityAggregator", () => {
  it("counts events into minute buckets and per dimension", () => {
    const activity = new ActivityAggregator(start, end)
      .addAll([
        event(0),
        event(0, { name: "RunInstances", readOnly: false }),
        event(5, { source: "s3.amazonaws.com", name: "GetObject", errorCode: "AccessDenied" }),
      ])
      .snapshot();
    expect(activity.total).toBe(3);
    expect(activity.layout.size).toBe(30_000);
    expect(activity.totals[0]).toBe(2);
    expect(activity.totals[10]).toBe(1);
    expect(activity.totals.reduce((a, b) => a + b, 0)).toBe(3);
    const sources = activity.stacks.source.series;
    expect(sources.map((s) => [s.key, s.total])).toEqual([
      ["ec2.amazonaws.com", 2],
      ["s3.amazonaws.com", 1],
    ]);
    expect(activity.stacks.access.series.map((s) => s.key).sort()).toEqual(["Read", "Write"]);
    expect(activity.stacks.outcome.series.find((s) => s.key === "Failure")?.counts[10]).toBe(1);
    expect(activity.first).toBe(start);
    expect(activity.last).toBe(start + 5 * 60_000);
  });

  it("ranks top lists with drill-down conditions, and access denied by principal", () => {
    const activity = new ActivityAggregator(start, end)
      .addAll([
        event(1, { errorCode: "AccessDenied" }),
        event(2, { errorCode: "UnauthorizedOperation" }),
        event(3, { errorCode: "ThrottlingException", username: "bob", identityArn: undefined }),
        event(4, { errorCode: "AccessDeniedException", identityArn: undefined, username: "carol" }),
      ])
      .snapshot();
    expect(activity.top.errorCodes.map((v) => v.value)).toEqual([
      "AccessDenied",
      "AccessDeniedException",
      "ThrottlingException",
      "UnauthorizedOperation",
    ]);
    expect(activity.top.accessDenied).toEqual([
      {
        value: "arn:aws:iam::123456789012:user/alice",
        count: 2,
        condition: { field: "userIdentity.arn", value: "arn:aws:iam::123456789012:user/alice" },
      },
      { value: "carol", count: 1, condition: { field: "Username", value: "carol" } },
    ]);
    expect(activity.top.users[0]).toEqual({
      value: "alice",
      count: 2,
      condition: { field: "Username", value: "alice" },
    });
    expect(activity.top.sourceIps[0].condition).toEqual({
      field: "sourceIPAddress",
      value: "203.0.113.7",
    });
  });

  it("keeps the busiest values as series and sums the rest into Other", () => {
    const events: TrailEvent[] = [];
    for (let n = 0; n < SERIES_LIMIT + 3; n++) {
      for (let i = 0; i <= n; i++) events.push(event(i, { name: `Call${n}` }));
    }
    const { series, other } = new ActivityAggregator(start, end).addAll(events).snapshot()
      .stacks.name;
    expect(series).toHaveLength(SERIES_LIMIT);
    expect(series[0].key).toBe(`Call${SERIES_LIMIT + 2}`);
    expect(other?.values).toBe(3);
    expect(other?.total).toBe(1 + 2 + 3);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(series.map((s) => s.total)) + other!.total).toBe(events.length);
    expect(sum(other!.counts)).toBe(other!.total);
  });

  it("ignores events outside the window and events without a usable time", () => {
    const activity = new ActivityAggregator(start, end)
      .addAll([event(-5), event(61), event(0, { time: "not a time" }), event(1)])
      .snapshot();
    expect(activity.total).toBe(1);
  });

  it("gives the same snapshot whatever the order events arrive in", () => {
    const events = [event(1, { name: "B" }), event(2, { name: "A" }), event(3, { name: "C" })];
    const a = new ActivityAggregator(start, end).addAll(events).snapshot();
    const b = new ActivityAggregator(start, end).addAll(events.toReversed()).snapshot();
    expect(b).toEqual(a);
  });

  it("is safe with values that are special to JavaScript objects", () => {
    const activity = new ActivityAggregator(start, end)
      .addAll([event(0, { name: "__proto__" }), event(0, { name: "constructor" })])
      .snapshot();
    expect(activity.stacks.name.series.map((s) => s.key).sort()).toEqual([
      "__proto__",
      "constructor",
    ]);
  });
});
