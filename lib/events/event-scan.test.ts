import { describe, expect, it } from "vitest";

import { planLookup } from "./conditions";
import {
  applyScanMessage,
  narrowScan,
  encodeScanCursor,
  mergeNewestFirst,
  scanCursor,
  type ScanMessage,
  type ScanState,
} from "./event-scan";
import type { TrailEvent } from "./trail-event";

const at = (id: string, time: string, region = "us-east-1"): TrailEvent => ({
  id,
  name: "X",
  time,
  source: "s",
  region,
  resources: [],
  record: {},
});

const plan = planLookup({ conditions: [], failuresOnly: false });
const start = (continuation = false): ScanMessage => ({
  type: "start",
  startTime: 0,
  endTime: 1000,
  regions: ["us-east-1", "eu-west-1"],
  plan,
  startedAt: 100,
  continuation,
});

function fold(messages: ScanMessage[], state?: ScanState) {
  return messages.reduce(applyScanMessage, state);
}

describe("applyScanMessage", () => {
  it("merges regions' pages newest first and counts scanned and matched per region", () => {
    const state = fold([
      start(),
      {
        type: "page",
        region: "us-east-1",
        events: [at("a", "2026-01-03"), at("b", "2026-01-01")],
        scanned: 50,
        at: 300,
        nextToken: "t1",
      },
      {
        type: "page",
        region: "eu-west-1",
        events: [at("c", "2026-01-02", "eu-west-1")],
        scanned: 7,
        at: 300,
      },
    ])!;
    expect(state.events.map((e) => e.id)).toEqual(["a", "c", "b"]);
    expect(state.regions).toMatchObject([
      {
        region: "us-east-1",
        scanned: 50,
        matched: 2,
        pages: 1,
        status: "scanning",
        nextToken: "t1",
      },
      { region: "eu-west-1", scanned: 7, matched: 1, pages: 1, status: "done" },
    ]);
  });

  it("pauses regions with more to read when a run ends early, and a continuation keeps the rows", () => {
    const paused = fold([
      start(),
      {
        type: "page",
        region: "us-east-1",
        events: [at("a", "2026-01-03")],
        scanned: 50,
        at: 300,
        nextToken: "t1",
      },
      { type: "page", region: "eu-west-1", events: [], scanned: 3, at: 300 },
      { type: "end", reason: "cancelled", endedAt: 600 },
    ])!;
    expect(paused.phase).toBe("paused");
    expect(paused.pausedBy).toBe("cancelled");
    expect(paused.elapsedMs).toBe(500);
    expect(scanCursor(paused)).toEqual({
      startTime: 0,
      endTime: 1000,
      tokens: { "us-east-1": "t1" },
    });

    const resumed = fold(
      [
        { ...start(true), regions: ["us-east-1"] } as ScanMessage,
        {
          type: "page",
          region: "us-east-1",
          events: [at("z", "2026-01-01")],
          scanned: 20,
          at: 300,
        },
        { type: "end", reason: "complete", endedAt: 2000 },
      ],
      paused,
    )!;
    expect(resumed.events.map((e) => e.id)).toEqual(["a", "z"]);
    expect(resumed.phase).toBe("complete");
    expect(resumed.regions[0]).toMatchObject({ scanned: 70, pages: 2, status: "done" });
    expect(scanCursor(resumed)).toBeNull();
  });

  it("starts afresh on a new run that is not a continuation", () => {
    const first = fold([
      start(),
      { type: "page", region: "us-east-1", events: [at("a", "2026-01-03")], scanned: 1, at: 300 },
    ]);
    expect(fold([start()], first)!.events).toEqual([]);
  });

  it("keeps a failed region's error and lets the others finish", () => {
    const state = fold([
      start(),
      {
        type: "region-failed",
        region: "eu-west-1",
        failure: { code: "UnrecognizedClientException", message: "m", retryable: false },
      },
      { type: "page", region: "us-east-1", events: [], scanned: 2, at: 300 },
      { type: "end", reason: "complete", endedAt: 200 },
    ])!;
    expect(state.phase).toBe("complete");
    expect(state.regions[1]).toMatchObject({
      status: "failed",
      failure: { code: "UnrecognizedClientException" },
    });
  });
});

describe("scanCursor", () => {
  it("reads a region that was stopped before its first page from the beginning", () => {
    const state = fold([
      start(),
      { type: "page", region: "us-east-1", events: [], scanned: 50, at: 300, nextToken: "t1" },
      { type: "end", reason: "cancelled", endedAt: 200 },
    ])!;
    expect(state.regions.map((r) => r.status)).toEqual(["paused", "paused"]);
    expect(scanCursor(state)!.tokens).toEqual({ "us-east-1": "t1", "eu-west-1": "" });
  });

  it("continues a run that was stopped from outside, without an end message", () => {
    const state = fold([
      start(),
      { type: "page", region: "eu-west-1", events: [], scanned: 50, at: 300, nextToken: "e2" },
    ])!;
    expect(state.phase).toBe("running");
    expect(scanCursor(state)!.tokens).toEqual({ "us-east-1": "", "eu-west-1": "e2" });
  });
});

describe("narrowScan", () => {
  it("keeps the events a narrower filter matches and counts them per region", () => {
    const failed = { ...at("b", "2026-01-02", "eu-west-1"), errorCode: "AccessDenied" };
    const state = fold([
      start(),
      { type: "page", region: "us-east-1", events: [at("a", "2026-01-03")], scanned: 9, at: 300 },
      { type: "page", region: "eu-west-1", events: [failed], scanned: 4, at: 300 },
      { type: "end", reason: "complete", endedAt: 400 },
    ])!;
    const narrowed = narrowScan(state, { conditions: [], failuresOnly: true });
    expect(narrowed.events.map((e) => e.id)).toEqual(["b"]);
    expect(narrowed.regions.map((r) => [r.region, r.matched, r.scanned])).toEqual([
      ["us-east-1", 0, 9],
      ["eu-west-1", 1, 4],
    ]);
    expect(narrowed.narrowedFrom).toEqual({ matched: 2 });
    expect(narrowed.plan.failuresOnly).toBe(true);
  });
});

describe("mergeNewestFirst", () => {
  it("merges two newest-first lists", () => {
    const merged = mergeNewestFirst(
      [at("1", "2026-01-05"), at("2", "2026-01-02")],
      [at("3", "2026-01-04"), at("4", "2026-01-01")],
    );
    expect(merged.map((e) => e.id)).toEqual(["1", "3", "2", "4"]);
  });
});

describe("encodeScanCursor", () => {
  it("encodes base64url JSON that Node decodes", () => {
    const cursor = { startTime: 1, endTime: 2, tokens: { "us-east-1": "a+b/c==?" } };
    const decoded = JSON.parse(Buffer.from(encodeScanCursor(cursor), "base64url").toString());
    expect(decoded).toEqual(cursor);
    expect(encodeScanCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
