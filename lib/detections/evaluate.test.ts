import { describe, expect, it } from "vitest";

import { trailEventFromRecord } from "@/lib/events/record-event";
import type { TrailEvent } from "@/lib/events/trail-event";

import { evaluateDetections, mightBeFlagged } from "./evaluate";
import { DETECTION_RULES } from "./rules";
import { loadEvent, loadEvents } from "./testing/dataset";
import { apiEvent } from "./testing/records";
import type { BurstRule, DetectionRule, Finding, RecordRule } from "./types";

const BASE = Date.parse("2026-03-02T10:00:00Z");

/** A bare event for the evaluator's own tests: `seconds` after 10:00, by `user`. */
function ping(id: string, seconds: number, user = "alice", name = "Ping"): TrailEvent {
  return {
    id,
    name,
    time: new Date(BASE + seconds * 1000).toISOString(),
    source: "test.amazonaws.com",
    region: "us-east-1",
    username: user,
    resources: [],
    record: {},
  };
}

const pings: BurstRule = {
  kind: "burst",
  id: "test-pings",
  title: "Pings",
  severity: "high",
  description: "",
  nextSteps: "",
  reference: { framework: "MITRE ATT&CK", id: "T0000", title: "Test", url: "https://example.com" },
  candidate: (event) => event.name === "Ping",
  key: (event) => event.username,
  threshold: 3,
  windowMs: 60_000,
};

function recordRule(id: string, severity: RecordRule["severity"], name: string): RecordRule {
  return {
    kind: "record",
    id,
    title: id,
    severity,
    description: "",
    nextSteps: "",
    reference: pings.reference,
    match: (event) => event.name === name,
  };
}

/** The findings as sorted [id, findings] pairs, to compare results regardless of map order. */
const entries = (result: Map<string, Finding[]>) =>
  [...result.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe("evaluateDetections: bursts", () => {
  it("flags every candidate when exactly the threshold falls in the window", () => {
    const result = evaluateDetections([ping("a", 0), ping("b", 30), ping("c", 60)], [pings]);
    expect(entries(result)).toEqual(
      ["a", "b", "c"].map((id) => [
        id,
        [
          {
            ruleId: "test-pings",
            severity: "high",
            burst: {
              key: "alice",
              count: 3,
              first: "2026-03-02T10:00:00.000Z",
              last: "2026-03-02T10:01:00.000Z",
            },
          },
        ],
      ]),
    );
  });

  it("flags none for one candidate fewer, or one just outside the window", () => {
    expect(evaluateDetections([ping("a", 0), ping("b", 30)], [pings]).size).toBe(0);
    expect(evaluateDetections([ping("a", 0), ping("b", 30), ping("c", 61)], [pings]).size).toBe(0);
  });

  it("does not combine two keys", () => {
    const events = [ping("a", 0), ping("b", 10), ping("c", 20, "bob"), ping("d", 30, "bob")];
    expect(evaluateDetections(events, [pings]).size).toBe(0);
  });

  it("counts an event given twice once", () => {
    const events = [ping("a", 0), ping("b", 10), ping("b", 10)];
    expect(evaluateDetections(events, [pings]).size).toBe(0);
    const three = [...events, ping("c", 20)];
    const result = evaluateDetections(three, [pings]);
    expect(result.get("b")).toHaveLength(1);
    expect(result.get("b")?.[0].burst?.count).toBe(3);
  });

  it("ignores non-candidates and events without a key or a time", () => {
    const noKey = { ...ping("c", 20), username: undefined };
    const noTime = { ...ping("d", 30), time: "later" };
    const events = [ping("a", 0), ping("b", 10), noKey, noTime, ping("e", 40, "alice", "Pong")];
    expect(evaluateDetections(events, [pings]).size).toBe(0);
  });

  it("merges overlapping windows into one burst and keeps distant ones apart", () => {
    const events = [
      ...[0, 20, 40, 70, 90].map((s) => ping(`first-${s}`, s)),
      ping("alone", 500),
      ...[1000, 1010, 1020].map((s) => ping(`second-${s}`, s)),
    ];
    const result = evaluateDetections(events, [pings]);
    expect(result.has("alone")).toBe(false);
    expect(result.get("first-0")?.[0].burst).toEqual({
      key: "alice",
      count: 5,
      first: "2026-03-02T10:00:00.000Z",
      last: "2026-03-02T10:01:30.000Z",
    });
    expect(result.get("first-90")).toEqual(result.get("first-0"));
    expect(result.get("second-1020")?.[0].burst?.count).toBe(3);
    expect(result.size).toBe(8);
  });

  it("gives the same result whatever the input order", () => {
    const events = [0, 20, 40, 70, 90, 200, 1000, 1010, 1020, 1030].map((s, i) =>
      ping(`p${i}`, s, i % 4 === 0 ? "bob" : "alice"),
    );
    const expected = entries(evaluateDetections(events, [pings]));
    expect(expected.length).toBeGreaterThan(0);
    expect(entries(evaluateDetections([...events].reverse(), [pings]))).toEqual(expected);
    const shuffled = [5, 2, 9, 0, 7, 3, 8, 1, 6, 4].map((i) => events[i]);
    expect(entries(evaluateDetections(shuffled, [pings]))).toEqual(expected);
  });
});

describe("evaluateDetections: findings", () => {
  it("orders one event's findings by severity, critical first", () => {
    const rules: DetectionRule[] = [
      recordRule("low-one", "low", "Ping"),
      pings,
      recordRule("critical-one", "critical", "Ping"),
      recordRule("medium-one", "medium", "Ping"),
    ];
    const events = [ping("a", 0), ping("b", 1), ping("c", 2)];
    const findings = evaluateDetections(events, rules).get("a") ?? [];
    expect(findings.map((f) => f.ruleId)).toEqual([
      "critical-one",
      "test-pings",
      "medium-one",
      "low-one",
    ]);
  });

  it("lists root's password-only sign-in under both rules, root first (user guide)", () => {
    const event = loadEvent(
      "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events__06.json",
    );
    expect(evaluateDetections([event]).get(event.id)).toEqual([
      { ruleId: "root-activity", severity: "high" },
      { ruleId: "console-login-without-mfa", severity: "medium" },
    ]);
  });

  it("flags nothing in a benign console session with S3 data events (OTRF)", () => {
    const events = loadEvents(
      "otrf-security-datasets/ec2_proxy_s3_exfiltration_2020-09-14011940.json",
    );
    expect(events).toHaveLength(103);
    expect(evaluateDetections(events).size).toBe(0);
  });

  it("flags a record in every stratus-red-team technique the rules cover", () => {
    const covered = [
      "aws.credential-access.ec2-get-password-data.json",
      "aws.defense-evasion.cloudtrail-delete.json",
      "aws.defense-evasion.cloudtrail-event-selectors.json",
      "aws.defense-evasion.cloudtrail-stop.json",
      "aws.defense-evasion.organizations-leave.json",
      "aws.discovery.ec2-download-user-data.json",
      "aws.exfiltration.ec2-security-group-open-port-22-ingress.json",
      "aws.exfiltration.ec2-share-ami.json",
      "aws.exfiltration.ec2-share-ebs-snapshot.json",
      "aws.exfiltration.rds-share-snapshot.json",
      "aws.initial-access.console-login-without-mfa.json",
      "aws.persistence.iam-backdoor-role.json",
      "aws.persistence.iam-backdoor-user.json",
      "aws.persistence.iam-create-admin-user.json",
      "aws.persistence.iam-create-backdoor-role.json",
    ];
    for (const file of covered) {
      expect(evaluateDetections(loadEvents(`stratus-red-team/${file}`)).size, file).toBeGreaterThan(
        0,
      );
    }
  });
});

describe("evaluateDetections: memoization", () => {
  it("gives the same findings on repeated and fresh evaluation", () => {
    const events = [
      ...loadEvents("stratus-red-team/aws.credential-access.ec2-get-password-data.json"),
      ...loadEvents("stratus-red-team/aws.persistence.iam-create-admin-user.json"),
      loadEvent(
        "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events__06.json",
      ),
    ];
    const first = entries(evaluateDetections(events));
    expect(first.length).toBe(33);
    expect(entries(evaluateDetections(events))).toEqual(first);
    expect(entries(evaluateDetections(events.map((e) => ({ ...e }))))).toEqual(first);
    // A page streaming in on top of known events changes nothing about the earlier ones.
    const more = [
      ...events,
      ...loadEvents("aws-cloudtrail-user-guide/cloudtrail-tutorial__01.json"),
    ];
    const grown = new Map(entries(evaluateDetections(more)));
    for (const [id, findings] of first) expect(grown.get(id)).toEqual(findings);
  });

  it("runs record rules once per event, however often it evaluates", () => {
    let calls = 0;
    const counted: RecordRule = {
      ...recordRule("counted", "low", "Ping"),
      match: (event) => {
        calls += 1;
        return event.name === "Ping";
      },
    };
    const rules = [counted, pings];
    const events = [ping("a", 0), ping("b", 1), ping("c", 2), ping("d", 3, "bob", "Pong")];
    evaluateDetections(events, rules);
    const second = evaluateDetections(events, rules);
    expect(calls).toBe(4);
    expect(second.get("a")?.map((f) => f.ruleId)).toEqual(["test-pings", "counted"]);
  });

  it("does not hand out its memo: changing a result leaves the next one intact", () => {
    const event = loadEvent("stratus-red-team/aws.defense-evasion.cloudtrail-stop.json");
    evaluateDetections([event]).get(event.id)?.push({ ruleId: "x", severity: "low" });
    expect(evaluateDetections([event]).get(event.id)).toEqual([
      { ruleId: "cloudtrail-tampering", severity: "critical" },
    ]);
  });
});

describe("evaluateDetections: hostile input", () => {
  const huge = "A".repeat(2_000_000);

  const hostileRecords: unknown[] = [
    {},
    { userIdentity: null, eventName: "ConsoleLogin", eventSource: "signin.amazonaws.com" },
    { userIdentity: "Root", eventName: "StopLogging", eventSource: "cloudtrail.amazonaws.com" },
    {
      eventName: "PutEventSelectors",
      eventSource: "cloudtrail.amazonaws.com",
      requestParameters: { eventSelectors: [null, 1, "x", { includeManagementEvents: "no" }] },
    },
    {
      eventName: "PutEventSelectors",
      eventSource: "cloudtrail.amazonaws.com",
      requestParameters: { advancedEventSelectors: [{ fieldSelectors: { items: 5 } }, null] },
    },
    {
      eventName: "AuthorizeSecurityGroupIngress",
      eventSource: "ec2.amazonaws.com",
      requestParameters: { ipPermissions: [{ ipRanges: [{ cidrIp: huge + "/0" }] }] },
    },
    {
      eventName: "ModifySecurityGroupRules",
      eventSource: "ec2.amazonaws.com",
      requestParameters: { ModifySecurityGroupRulesRequest: { SecurityGroupRule: [null, 7] } },
    },
    {
      eventName: "ModifySnapshotAttribute",
      eventSource: "ec2.amazonaws.com",
      requestParameters: { createVolumePermission: { add: "everyone" } },
    },
    {
      eventName: "CreateAccessKey",
      eventSource: "iam.amazonaws.com",
      userIdentity: { type: "IAMUser", userName: 5 },
      requestParameters: { userName: ["bob"] },
    },
    {
      eventName: "ConsoleLogin",
      eventSource: "signin.amazonaws.com",
      userIdentity: { type: "IAMUser", userName: huge },
      responseElements: { ConsoleLogin: { toString: "Failure" } },
      additionalEventData: { MFAUsed: 0 },
      errorMessage: huge,
    },
    {
      errorCode: "AccessDenied" + huge,
      userIdentity: { arn: huge },
      eventTime: "2026-03-02T10:00:00Z",
    },
    { eventTime: { $date: 1 }, readOnly: "false", eventSource: "organizations.amazonaws.com" },
    // JSON makes __proto__ an own property, never the prototype.
    JSON.parse('{"__proto__": {"eventName": "StopLogging"}, "constructor": "x"}'),
  ];

  it("never throws on records of the wrong shape", () => {
    const events = hostileRecords.map((r) => trailEventFromRecord(r as Record<string, unknown>));
    // Without ids they would all be one event to the evaluator.
    events.forEach((event, i) => (event.id ||= `hostile-${i}`));
    expect(() => evaluateDetections(events)).not.toThrow();
    for (const event of events) expect(() => mightBeFlagged(event)).not.toThrow();
    // Only what the fields plainly say is flagged: StopLogging, advanced selectors with no
    // management selector among them, and the world-open /0.
    const flagged = evaluateDetections(events);
    expect(
      [...flagged.values()]
        .flat()
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(["cloudtrail-tampering", "cloudtrail-tampering", "security-group-open-to-world"]);
  });

  it("never throws on events whose own fields have the wrong types", () => {
    const events = [
      { ...ping("a", 0), name: 42, source: null, errorCode: 5, time: 7 },
      { ...ping("b", 0), identityType: {}, identityArn: [], record: null },
      { ...ping("c", 0), record: "text", errorCode: "AccessDenied" },
    ] as unknown as TrailEvent[];
    expect(() => evaluateDetections(events)).not.toThrow();
    for (const event of events) expect(() => mightBeFlagged(event)).not.toThrow();
  });

  it("treats a rule that throws as not matching", () => {
    const broken: RecordRule = {
      ...recordRule("broken", "high", "Ping"),
      match: () => {
        throw new Error("bug");
      },
    };
    const brokenBurst: BurstRule = {
      ...pings,
      id: "broken-burst",
      key: () => {
        throw new Error("bug");
      },
    };
    const events = [ping("a", 0), ping("b", 1), ping("c", 2)];
    const result = evaluateDetections(events, [broken, brokenBurst, pings]);
    expect(result.get("a")?.map((f) => f.ruleId)).toEqual(["test-pings"]);
  });
});

describe("mightBeFlagged", () => {
  it("is true for record matches and for burst candidates, alone or not", () => {
    expect(
      mightBeFlagged(loadEvent("stratus-red-team/aws.defense-evasion.cloudtrail-stop.json")),
    ).toBe(true);
    const oneDenied = apiEvent({ errorCode: "AccessDenied" });
    expect(evaluateDetections([oneDenied]).size).toBe(0);
    expect(mightBeFlagged(oneDenied)).toBe(true);
  });

  it("is false for events no rule could flag", () => {
    expect(mightBeFlagged(apiEvent({ eventName: "DescribeInstances", readOnly: true }))).toBe(
      false,
    );
    expect(mightBeFlagged(apiEvent({ errorCode: "ThrottlingException" }))).toBe(false);
    // Denied, but by nobody the burst could be keyed by.
    expect(mightBeFlagged(apiEvent({ errorCode: "AccessDenied", userIdentity: {} }))).toBe(false);
  });

  it("keeps every event a full evaluation flags", () => {
    const events = [
      ...loadEvents("stratus-red-team/aws.credential-access.ec2-get-password-data.json"),
      ...loadEvents("stratus-red-team/aws.defense-evasion.organizations-leave.json"),
      ...loadEvents("otrf-security-datasets/ec2_proxy_s3_exfiltration_2020-09-14011940.json"),
    ];
    const flagged = evaluateDetections(events);
    const kept = events.filter((e) => mightBeFlagged(e));
    for (const id of flagged.keys()) expect(kept.some((e) => e.id === id)).toBe(true);
    expect(entries(evaluateDetections(kept))).toEqual(entries(flagged));
  });
});

describe("DETECTION_RULES", () => {
  it("has unique kebab-case ids and a real reference for each rule", () => {
    const ids = DETECTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DETECTION_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(0);
      expect(rule.nextSteps.length).toBeGreaterThan(0);
      const { framework, id, url } = rule.reference;
      if (framework === "MITRE ATT&CK") {
        expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
        expect(url).toBe(`https://attack.mitre.org/techniques/${id.replace(".", "/")}/`);
      } else {
        expect(id).toMatch(/^\d+\.\d+$/);
        expect(url).toMatch(
          /^https:\/\/docs\.aws\.amazon\.com\/securityhub\/latest\/userguide\/cloudwatch-controls\.html#cloudwatch-\d+$/,
        );
      }
    }
  });

  it("lists the most severe rules first", async () => {
    const { SEVERITY_ORDER } = await import("./types");
    const ranks = DETECTION_RULES.map((r) => SEVERITY_ORDER.indexOf(r.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
