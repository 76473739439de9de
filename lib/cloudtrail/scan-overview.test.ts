import { beforeAll, describe, expect, it } from "vitest";

import type { EventFilter } from "@/lib/events/conditions";
import { testEvent } from "@/lib/local-cloudtrail/testing/harness";
import {
  applyOverviewMessage,
  type OverviewMessage,
  type OverviewState,
} from "@/lib/overview/overview-scan";

import { scanOverview } from "./scan-overview";
import { connectedHarness } from "./testing/connect-harness";

const harness = connectedHarness();
const base = Date.parse("2026-11-24T11:00:00Z");

beforeAll(() => {
  const events = [];
  for (let i = 0; i < 150; i++) {
    events.push(
      testEvent({
        eventTime: new Date(base + i * 10_000).toISOString(),
        eventName: i % 3 === 0 ? "RunInstances" : "DescribeInstances",
        ...(i < 30 && i % 2 === 0 && { errorCode: "AccessDenied" }),
      }),
    );
  }
  // One trail stopped: flagged on its own record.
  events.push(
    testEvent({
      eventTime: new Date(base + 5_000).toISOString(),
      eventSource: "cloudtrail.amazonaws.com",
      eventName: "StopLogging",
      readOnly: false,
      requestParameters: { name: "management-events" },
    }),
  );
  events.push(testEvent({ eventTime: new Date(base).toISOString(), awsRegion: "eu-west-1" }));
  harness.insert(events);
});

async function overview(filter: Partial<EventFilter> = {}) {
  const messages: OverviewMessage[] = [];
  let state: OverviewState = {};
  for await (const message of scanOverview(
    {
      regions: ["us-east-1", "eu-west-1"],
      filter: { conditions: [], failuresOnly: false, ...filter },
      startTime: base - 60_000,
      endTime: base + 3_600_000,
    },
    new AbortController().signal,
  )) {
    messages.push(message);
    state = applyOverviewMessage(state, message);
  }
  return { messages, state };
}

describe("scanOverview", () => {
  it("counts every event into the charts and sends counts, not events", async () => {
    const { messages, state } = await overview();
    expect(state.scan?.phase).toBe("complete");
    expect(state.activity?.total).toBe(152);
    expect(state.scan?.regions.map((r) => r.matched)).toEqual([151, 1]);
    for (const m of messages) if (m.type === "page") expect(m.events).toEqual([]);
    expect(state.activity?.stacks.name.series.map((s) => [s.key, s.total])).toEqual([
      ["DescribeInstances", 101],
      ["RunInstances", 50],
      ["StopLogging", 1],
    ]);
    expect(state.activity?.top.accessDenied[0]).toMatchObject({ count: 15 });
    // The last snapshot comes before "end", so the finished state holds the final charts.
    expect(messages.at(-2)?.type).toBe("snapshot");
  });

  it("summarises what the rules flag, grouped by rule", async () => {
    const { state } = await overview();
    const byRule = new Map(state.findings?.map((f) => [f.ruleId, f]));
    expect(byRule.get("cloudtrail-tampering")).toMatchObject({ count: 1, severity: "critical" });
    // 15 AccessDenied within five minutes by one principal: a burst of denied calls.
    expect(byRule.get("access-denied-burst")?.count).toBe(15);
    expect(state.findings?.[0].severity).toBe("critical");
  });

  it("with flagged only, charts only the events a rule flags", async () => {
    const { state } = await overview({ flagged: "cloudtrail-tampering" });
    expect(state.activity?.total).toBe(1);
    expect(state.activity?.stacks.name.series.map((s) => s.key)).toEqual(["StopLogging"]);
    expect(state.findings?.map((f) => f.ruleId)).toEqual(["cloudtrail-tampering"]);
  });
});
