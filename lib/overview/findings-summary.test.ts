import { describe, expect, it } from "vitest";

import type { Finding } from "@/lib/detections/types";
import type { TrailEvent } from "@/lib/events/trail-event";

import { summarizeFindings } from "./findings-summary";

function event(id: string, time: string, arn: string): TrailEvent {
  return {
    id,
    name: "X",
    time,
    source: "s",
    region: "us-east-1",
    resources: [],
    identityArn: arn,
    record: {},
  };
}

describe("summarizeFindings", () => {
  it("groups by rule, most severe first, with who, when and the newest samples", () => {
    const events = [
      event("a", "2026-11-24T10:00:00.000Z", "arn:user/mallory"),
      event("b", "2026-11-24T10:05:00.000Z", "arn:user/mallory"),
      event("c", "2026-11-24T10:01:00.000Z", "arn:user/alice"),
      event("d", "2026-11-24T10:02:00.000Z", "arn:user/alice"),
    ];
    const findings = new Map<string, Finding[]>([
      ["a", [{ ruleId: "iam-policy-changed", severity: "medium" }]],
      ["b", [{ ruleId: "cloudtrail-tampering", severity: "critical" }]],
      ["c", [{ ruleId: "iam-policy-changed", severity: "medium" }]],
      [
        "d",
        [
          { ruleId: "iam-policy-changed", severity: "medium" },
          { ruleId: "unknown-rule", severity: "low" },
        ],
      ],
    ]);
    const summary = summarizeFindings(events, findings);
    expect(summary.map((s) => [s.ruleId, s.count])).toEqual([
      ["cloudtrail-tampering", 1],
      ["iam-policy-changed", 3],
    ]);
    expect(summary[1]).toMatchObject({
      first: "2026-11-24T10:00:00.000Z",
      last: "2026-11-24T10:02:00.000Z",
      principals: [
        { value: "arn:user/alice", count: 2 },
        { value: "arn:user/mallory", count: 1 },
      ],
      samples: [
        { region: "us-east-1", id: "d" },
        { region: "us-east-1", id: "c" },
        { region: "us-east-1", id: "a" },
      ],
    });
  });
});
