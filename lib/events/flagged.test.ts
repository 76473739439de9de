import { describe, expect, it } from "vitest";

import { matchesFilter } from "./conditions";
import { couldBeFlagged, isFlaggedChoice, keepFlagged } from "./flagged";
import type { TrailEvent } from "./trail-event";

const t0 = Date.parse("2026-11-24T10:00:00Z");

function event(over: Partial<TrailEvent> & { at?: number }): TrailEvent {
  const { at = 0, ...rest } = over;
  return {
    id: `id-${Math.random()}`,
    name: "DescribeInstances",
    time: new Date(t0 + at * 1000).toISOString(),
    source: "ec2.amazonaws.com",
    region: "us-east-1",
    resources: [],
    identityType: "IAMUser",
    identityArn: "arn:aws:iam::123456789012:user/mallory",
    username: "mallory",
    record: {},
    ...rest,
  };
}

const stop = event({ name: "StopLogging", source: "cloudtrail.amazonaws.com" });
const denied = (at: number) => event({ at, name: "ListUsers", errorCode: "AccessDenied" });

describe("flagged only", () => {
  it("accepts any or a known rule", () => {
    expect(isFlaggedChoice("any")).toBe(true);
    expect(isFlaggedChoice("cloudtrail-tampering")).toBe(true);
    expect(isFlaggedChoice("no-such-rule")).toBe(false);
  });

  it("keeps on the server what a rule could flag, a burst's candidates included", () => {
    expect(couldBeFlagged(stop, "any")).toBe(true);
    expect(couldBeFlagged(denied(0), "any")).toBe(true);
    expect(couldBeFlagged(event({}), "any")).toBe(false);
    expect(couldBeFlagged(denied(0), "cloudtrail-tampering")).toBe(false);
    expect(matchesFilter(stop, { conditions: [], failuresOnly: false, flagged: "any" })).toBe(true);
    expect(matchesFilter(event({}), { conditions: [], failuresOnly: false, flagged: "any" })).toBe(
      false,
    );
  });

  it("keeps in the end only what is flagged, judged among the others", () => {
    const lone = denied(0);
    expect(keepFlagged([stop, lone, event({})], "any")).toEqual([stop]);
    const burst = Array.from({ length: 12 }, (_, i) => denied(i * 5));
    expect(keepFlagged([stop, ...burst], "any")).toHaveLength(13);
    expect(keepFlagged([stop, ...burst], "access-denied-burst")).toHaveLength(12);
  });
});

describe("the outcome condition", () => {
  it("matches successes or failures", () => {
    const filter = (value: string) => ({
      conditions: [{ field: "outcome" as const, value }],
      failuresOnly: false,
    });
    expect(matchesFilter(stop, filter("success"))).toBe(true);
    expect(matchesFilter(denied(0), filter("success"))).toBe(false);
    expect(matchesFilter(denied(0), filter("FAILURE"))).toBe(true);
  });
});
