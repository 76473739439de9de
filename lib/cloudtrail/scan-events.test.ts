import { beforeAll, describe, expect, it } from "vitest";

import {
  applyScanMessage,
  scanCursor,
  type ScanMessage,
  type ScanState,
} from "@/lib/events/event-scan";
import { testEvent } from "@/lib/local-cloudtrail/testing/harness";

import { scanEvents, type ScanRequest } from "./scan-events";
import { connectedHarness } from "./testing/connect-harness";

const harness = connectedHarness();
const base = Date.parse("2026-11-24T11:00:00Z");

beforeAll(() => {
  // Windows end before the harness's clock, so the scans' own recorded calls stay out.
  const events = [];
  for (let i = 0; i < 120; i++) {
    events.push(
      testEvent({
        eventTime: new Date(base + i * 1000).toISOString(),
        eventName: i % 3 === 0 ? "ConsoleLogin" : "DescribeInstances",
        sourceIPAddress: i % 2 === 0 ? "185.220.101.34" : "10.0.0.1",
        ...(i % 10 === 0 && { errorCode: "AccessDenied" }),
      }),
    );
  }
  events.push(testEvent({ eventTime: new Date(base).toISOString(), awsRegion: "eu-west-1" }));
  harness.insert(events);
});

async function run(request: Partial<ScanRequest>, signal = new AbortController().signal) {
  const messages: ScanMessage[] = [];
  let state: ScanState | undefined;
  for await (const message of scanEvents(
    {
      regions: ["us-east-1", "eu-west-1"],
      filter: { conditions: [], failuresOnly: false },
      startTime: base - 60_000,
      endTime: base + 600_000,
      ...request,
    },
    signal,
  )) {
    messages.push(message);
    state = applyScanMessage(state, message);
  }
  return { messages, state: state! };
}

describe("scanEvents", () => {
  it("reads every page of every region and merges them newest first", async () => {
    const { state, messages } = await run({});
    expect(state.phase).toBe("complete");
    expect(state.events).toHaveLength(121);
    expect(state.regions).toMatchObject([
      { region: "us-east-1", scanned: 120, pages: 3, status: "done" },
      { region: "eu-west-1", scanned: 1, pages: 1, status: "done" },
    ]);
    const times = state.events.map((e) => e.time);
    expect([...times].sort().reverse()).toEqual(times);
    expect(messages.at(-1)).toMatchObject({ type: "end", reason: "complete" });
  });

  it("sends one lookup attribute to CloudTrail and tests the rest on each page", async () => {
    const { state } = await run({
      filter: {
        conditions: [
          { field: "sourceIPAddress", value: "185.220.101.34" },
          { field: "EventName", value: "ConsoleLogin" },
        ],
        failuresOnly: true,
      },
    });
    expect(state.plan.cloudTrail).toEqual({ field: "EventName", value: "ConsoleLogin" });
    // ConsoleLogin: i % 3 == 0 (40 events); from that IP: i even; failed: i % 10 == 0 → i % 30 == 0.
    expect(state.events.map((e) => e.name)).toEqual(Array(4).fill("ConsoleLogin"));
    expect(state.regions[0]).toMatchObject({ scanned: 40, matched: 4 });
    expect(state.events.every((e) => e.sourceIp === "185.220.101.34" && e.errorCode)).toBe(true);
  });

  it("pauses at the match limit with a cursor that continues where it stopped", async () => {
    const first = await run({ regions: ["us-east-1"], matchLimit: 60 });
    expect(first.state.phase).toBe("paused");
    expect(first.state.pausedBy).toBe("limit");
    expect(first.state.events).toHaveLength(100);
    const cursor = scanCursor(first.state)!;
    expect(Object.keys(cursor.tokens)).toEqual(["us-east-1"]);

    let state: ScanState | undefined = first.state;
    for await (const message of scanEvents(
      {
        regions: ["us-east-1"],
        filter: { conditions: [], failuresOnly: false },
        startTime: 0,
        endTime: 0,
        cursor,
      },
      new AbortController().signal,
    )) {
      state = applyScanMessage(state, message);
    }
    expect(state!.phase).toBe("complete");
    expect(new Set(state!.events.map((e) => e.id)).size).toBe(120);
  });

  it("reads one page a region when asked (the server's first render)", async () => {
    const { state } = await run({ maxPagesPerRegion: 1 });
    expect(state.phase).toBe("paused");
    expect(state.pausedBy).toBe("first-page");
    expect(state.regions.map((r) => r.status)).toEqual(["paused", "done"]);
  });

  it("reports a region that fails and still finishes the others", async () => {
    const { state } = await run({ regions: ["us-east-1", "ap-east-1"] });
    expect(state.phase).toBe("complete");
    expect(state.events).toHaveLength(120);
    expect(state.regions[1]).toMatchObject({
      region: "ap-east-1",
      status: "failed",
      failure: { code: "UnrecognizedClientException" },
    });
  });

  it("stops without an end message when the caller aborts", async () => {
    const controller = new AbortController();
    const messages: ScanMessage[] = [];
    for await (const message of scanEvents(
      {
        regions: ["us-east-1"],
        filter: { conditions: [], failuresOnly: false },
        startTime: base - 60_000,
        endTime: base + 600_000,
      },
      controller.signal,
    )) {
      messages.push(message);
      if (message.type === "page") controller.abort();
    }
    expect(messages.map((m) => m.type)).toEqual(["start", "page"]);
  });
});
