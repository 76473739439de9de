import { describe, expect, it } from "vitest";

import {
  conditionProblem,
  describeCondition,
  formatConditionParam,
  matchesFilter,
  parseConditionParam,
  planLookup,
} from "./conditions";
import type { TrailEvent } from "./trail-event";

function event(overrides: Partial<TrailEvent> = {}): TrailEvent {
  return {
    id: "e1",
    name: "PutBucketPolicy",
    time: "2026-11-24T10:00:00Z",
    source: "s3.amazonaws.com",
    region: "us-east-1",
    username: "jordan.lee",
    readOnly: false,
    accessKeyId: "ASIAJORDAN",
    resources: [{ type: "AWS::S3::Bucket", name: "finance-reports" }],
    identityType: "IAMUser",
    identityArn: "arn:aws:iam::123456789012:user/jordan.lee",
    sourceIp: "146.70.199.24",
    userAgent: "Mozilla/5.0 (console)",
    errorCode: "AccessDenied",
    record: { recipientAccountId: "123456789012", requestParameters: { policy: "0.0.0.0/0" } },
    ...overrides,
  };
}

describe("matchesFilter", () => {
  it("requires every condition to hold", () => {
    const filter = {
      conditions: [
        { field: "Username", value: "jordan.lee" } as const,
        { field: "sourceIPAddress", value: "146.70.199.24" } as const,
      ],
      failuresOnly: false,
    };
    expect(matchesFilter(event(), filter)).toBe(true);
    expect(matchesFilter(event({ sourceIp: "10.0.0.1" }), filter)).toBe(false);
    expect(matchesFilter(event({ username: "alice" }), filter)).toBe(false);
  });

  it("matches lookup attributes exactly, as CloudTrail does", () => {
    const filter = (value: string) => ({
      conditions: [{ field: "EventName" as const, value }],
      failuresOnly: false,
    });
    expect(matchesFilter(event(), filter("PutBucketPolicy"))).toBe(true);
    expect(matchesFilter(event(), filter("putbucketpolicy"))).toBe(false);
    expect(matchesFilter(event(), filter("PutBucket"))).toBe(false);
  });

  it("matches record fields ignoring case, and text anywhere in the record", () => {
    const one = (field: "errorCode" | "userAgent" | "text" | "recipientAccountId", value: string) =>
      matchesFilter(event(), { conditions: [{ field, value }], failuresOnly: false });
    expect(one("errorCode", "accessdenied")).toBe(true);
    expect(one("errorCode", "Access")).toBe(false);
    expect(one("userAgent", "CONSOLE")).toBe(true);
    expect(one("text", "0.0.0.0/0")).toBe(true);
    expect(one("text", "not there")).toBe(false);
    expect(one("recipientAccountId", "123456789012")).toBe(true);
  });

  it("matches any of an event's resources", () => {
    const many = event({
      resources: [
        { type: "AWS::S3::Bucket", name: "a" },
        { type: "AWS::IAM::Role", name: "b" },
      ],
    });
    const filter = {
      conditions: [{ field: "ResourceName" as const, value: "b" }],
      failuresOnly: false,
    };
    expect(matchesFilter(many, filter)).toBe(true);
  });

  it("keeps only failed calls with failures only", () => {
    expect(matchesFilter(event(), { conditions: [], failuresOnly: true })).toBe(true);
    expect(
      matchesFilter(event({ errorCode: undefined }), { conditions: [], failuresOnly: true }),
    ).toBe(false);
  });

  it("never matches a field the event lacks", () => {
    const filter = {
      conditions: [{ field: "AccessKeyId" as const, value: "x" }],
      failuresOnly: false,
    };
    expect(matchesFilter(event({ accessKeyId: undefined }), filter)).toBe(false);
  });
});

describe("planLookup", () => {
  it("sends CloudTrail the most selective lookup attribute and keeps the rest for the server", () => {
    const plan = planLookup({
      conditions: [
        { field: "EventName", value: "ConsoleLogin" },
        { field: "errorCode", value: "Failed" },
        { field: "Username", value: "root" },
        { field: "ReadOnly", value: "false" },
      ],
      failuresOnly: true,
    });
    expect(plan.cloudTrail).toEqual({ field: "Username", value: "root" });
    expect(plan.server.map((c) => c.field)).toEqual(["EventName", "errorCode", "ReadOnly"]);
    expect(plan.failuresOnly).toBe(true);
  });

  it("follows EventId, AccessKeyId, ResourceName, Username, EventName, ResourceType, EventSource, ReadOnly", () => {
    const order = [
      "ReadOnly",
      "EventSource",
      "ResourceType",
      "EventName",
      "Username",
      "ResourceName",
      "AccessKeyId",
      "EventId",
    ] as const;
    for (let i = 0; i < order.length; i++) {
      const conditions = order
        .slice(0, i + 1)
        .map((field) => ({ field, value: field === "ReadOnly" ? "true" : "v" }));
      expect(planLookup({ conditions, failuresOnly: false }).cloudTrail?.field).toBe(order[i]);
    }
  });

  it("asks CloudTrail for every event when no lookup attribute is among the conditions", () => {
    const plan = planLookup({ conditions: [{ field: "text", value: "x" }], failuresOnly: false });
    expect(plan.cloudTrail).toBeNull();
    expect(plan.server).toEqual([{ field: "text", value: "x" }]);
  });
});

describe("condition URL form", () => {
  it("round-trips field:value, with colons in the value", () => {
    const condition = { field: "userIdentity.arn", value: "arn:aws:iam::1:role/x" } as const;
    expect(parseConditionParam(formatConditionParam(condition))).toEqual(condition);
  });

  it("rejects unknown fields, empty values and a ReadOnly that is not a boolean", () => {
    expect(parseConditionParam("Nope:x")).toBeNull();
    expect(parseConditionParam("EventName:")).toBeNull();
    expect(parseConditionParam("EventName")).toBeNull();
    expect(parseConditionParam("ReadOnly:maybe")).toBeNull();
    expect(conditionProblem({ field: "ReadOnly", value: "maybe" })).toContain("true or false");
  });
});

describe("describeCondition", () => {
  it("says a condition in words", () => {
    expect(describeCondition({ field: "EventName", value: "ConsoleLogin" })).toBe(
      "Event name = ConsoleLogin",
    );
    expect(describeCondition({ field: "userAgent", value: "aws-cli" })).toBe(
      "User agent contains aws-cli",
    );
  });

  it("shows a record's hidden characters and cuts a long value, since it goes into labels", () => {
    expect(describeCondition({ field: "Username", value: "admin\u202Egnp.exe" })).toBe(
      "User name = admin⟨U+202E⟩gnp.exe",
    );
    expect(describeCondition({ field: "text", value: "x".repeat(2_000) })).toBe(
      `Text anywhere contains ${"x".repeat(200)}…`,
    );
  });
});

describe("text anywhere in a record cut for nesting too deeply", () => {
  it("searches the record's own text, so what was cut is still found", () => {
    const cut = event({
      record: { requestParameters: { policy: "⟨nested too deeply⟩" } },
      recordText: '{"requestParameters":{"policy":{"a":{"a":"needle"}}}}',
    });
    const filter = {
      conditions: [{ field: "text" as const, value: "NEEDLE" }],
      failuresOnly: false,
    };
    expect(matchesFilter(cut, filter)).toBe(true);
    expect(matchesFilter(event(), filter)).toBe(false);
  });
});
