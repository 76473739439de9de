import { beforeAll, describe, expect, it } from "vitest";

import type { StoredEvent } from "../types";
import { DEMO_ACCOUNT_ID, DEMO_REGIONS, generateEvents } from "./index";
import { ANCHOR, DAY_MS, HOUR_MS, ninetyDays, timeOf } from "./test-support";

const GLOBAL = [
  "iam.amazonaws.com",
  "sts.amazonaws.com",
  "signin.amazonaws.com",
  "organizations.amazonaws.com",
  "route53.amazonaws.com",
  "cloudfront.amazonaws.com",
];

let events: StoredEvent[];

beforeAll(() => {
  const generated = ninetyDays();
  events = generated.events;
  console.info(`generated ${events.length} events for 90 days in ${generated.ms.toFixed(0)} ms`);
});

const fingerprint = (list: StoredEvent[]) =>
  list
    .map((e) => JSON.stringify(e))
    .sort()
    .join("\n");

describe("generateEvents", () => {
  it("produces about 100k events over 90 days, all inside the window", () => {
    expect(events.length).toBeGreaterThan(85_000);
    expect(events.length).toBeLessThan(115_000);
    const outside = events.filter(
      (e) => !(timeOf(e) > ANCHOR - 90 * DAY_MS && timeOf(e) <= ANCHOR),
    );
    expect(outside).toEqual([]);
  });

  it("is deterministic: the same options give the same events", () => {
    const options = { anchor: ANCHOR, from: ANCHOR - 3 * DAY_MS, to: ANCHOR };
    const first = generateEvents(options);
    expect(fingerprint(generateEvents(options))).toBe(fingerprint(first));
    const fromNinety = events.filter((e) => timeOf(e) > options.from);
    expect(fingerprint(fromNinety)).toBe(fingerprint(first));
  });

  it("gives the same events over (a,b] + (b,c] as over (a,c], with cuts inside hours", () => {
    const a = ANCHOR - 10 * DAY_MS - 17 * 60_000;
    const b = ANCHOR - 2 * DAY_MS - 23 * 60_000 - 7_000;
    const c = ANCHOR + 5 * HOUR_MS + 11_000;
    const whole = generateEvents({ anchor: ANCHOR, from: a, to: c });
    const parts = [
      ...generateEvents({ anchor: ANCHOR, from: a, to: b }),
      ...generateEvents({ anchor: ANCHOR, from: b, to: c }),
    ];
    expect(parts.length).toBe(whole.length);
    expect(fingerprint(parts)).toBe(fingerprint(whole));
  });

  it("changes with the seed", () => {
    const window = { anchor: ANCHOR, from: ANCHOR - DAY_MS, to: ANCHOR };
    const ids = new Set(generateEvents(window).map((e) => e.record.eventID));
    const other = generateEvents({ ...window, seed: 99 });
    expect(other.filter((e) => ids.has(e.record.eventID)).length).toBe(0);
  });

  it("keeps the demo account living after the anchor", () => {
    const topUp = generateEvents({ anchor: ANCHOR, from: ANCHOR, to: ANCHOR + 6 * HOUR_MS });
    expect(topUp.length).toBeGreaterThan(100);
    expect(topUp.every((e) => timeOf(e) > ANCHOR && timeOf(e) <= ANCHOR + 6 * HOUR_MS)).toBe(true);
  });

  it("gives every event a unique UUID v4 eventID and an eventTime without milliseconds", () => {
    const ids = new Set(events.map((e) => e.record.eventID));
    expect(ids.size).toBe(events.length);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(events.filter((e) => !uuid.test(e.record.eventID))).toEqual([]);
    expect(
      events.filter((e) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(e.record.eventTime)),
    ).toEqual([]);
  });

  it("writes records in CloudTrail's shape", () => {
    const malformed = events.filter(({ record }) => {
      if (record.recipientAccountId !== DEMO_ACCOUNT_ID) return true;
      if (record.eventCategory === "Insight") return record.userIdentity !== undefined;
      return (
        !["1.08", "1.09"].includes(record.eventVersion) ||
        record.managementEvent !== true ||
        record.eventCategory !== "Management" ||
        typeof record.readOnly !== "boolean" ||
        !record.userIdentity?.type ||
        !record.sourceIPAddress ||
        !record.userAgent ||
        // Only a failed ConsoleLogin carries a message without a code.
        (record.errorCode === undefined &&
          record.errorMessage !== undefined &&
          record.eventName !== "ConsoleLogin")
      );
    });
    expect(malformed).toEqual([]);
    const reads = events.filter(
      (e) => e.record.readOnly && e.record.eventName.startsWith("Describe"),
    );
    expect(
      reads.filter((e) => e.record.responseElements === null).length / reads.length,
    ).toBeGreaterThan(0.95);
    expect(events.some((e) => e.record.tlsDetails !== undefined)).toBe(true);
  });

  it("spreads the history over the demo regions, us-east-1 first and busiest", () => {
    expect(DEMO_REGIONS[0]).toBe("us-east-1");
    expect(DEMO_REGIONS.length).toBeGreaterThanOrEqual(4);
    const perRegion = new Map<string, number>();
    for (const { record } of events)
      perRegion.set(record.awsRegion, (perRegion.get(record.awsRegion) ?? 0) + 1);
    expect([...perRegion.keys()].sort()).toEqual([...DEMO_REGIONS].sort());
    for (const region of DEMO_REGIONS) expect(perRegion.get(region)).toBeGreaterThan(2_000);
    expect(Math.max(...perRegion.values())).toBe(perRegion.get("us-east-1"));
  });

  it("records global services in us-east-1 only", () => {
    const strays = events.filter(
      (e) => GLOBAL.includes(e.record.eventSource) && e.record.awsRegion !== "us-east-1",
    );
    expect(strays).toEqual([]);
  });

  it("has many kinds of callers", () => {
    const identities = new Set<string>();
    const types = new Set<string>();
    for (const { record } of events) {
      const id = record.userIdentity;
      if (!id) continue;
      types.add(id.type);
      identities.add(id.arn ?? id.invokedBy ?? id.principalId ?? "");
    }
    expect(identities.size).toBeGreaterThanOrEqual(20);
    for (const type of ["IAMUser", "AssumedRole", "Root", "AWSService", "WebIdentityUser"])
      expect(types).toContain(type);
    const sso = events.find((e) =>
      e.record.userIdentity?.arn?.includes("assumed-role/AWSReservedSSO_"),
    );
    expect(sso?.record.userIdentity?.sessionContext?.sessionIssuer?.arn).toContain(
      "role/aws-reserved/sso.amazonaws.com/",
    );
    const service = events.find((e) => e.record.userIdentity?.type === "AWSService");
    expect(service?.record.sourceIPAddress).toBe(service?.record.userIdentity?.invokedBy);
    const keys = events
      .map((e) => e.record.userIdentity?.accessKeyId)
      .filter((k): k is string => !!k);
    expect(keys.some((k) => /^AKIA[A-Z2-7]{16}$/.test(k))).toBe(true);
    expect(keys.some((k) => /^ASIA[A-Z2-7]{16}$/.test(k))).toBe(true);
  });

  it("calls at least 30 services", () => {
    expect(new Set(events.map((e) => e.record.eventSource)).size).toBeGreaterThanOrEqual(30);
  });

  it("fails a few percent of calls, with AWS's error codes and messages", () => {
    const failed = events.filter((e) => e.record.errorCode !== undefined);
    const share = failed.length / events.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.08);
    const codes = new Set(failed.map((e) => e.record.errorCode));
    for (const code of [
      "AccessDenied",
      "AccessDeniedException",
      "Client.UnauthorizedOperation",
      "NoSuchBucket",
      "ThrottlingException",
      "ValidationException",
    ]) {
      expect(codes).toContain(code);
    }
    const denied = failed.find(
      (e) => e.record.errorCode === "AccessDenied" && e.record.eventSource === "iam.amazonaws.com",
    );
    expect(denied?.record.errorMessage).toMatch(
      /^User: arn:aws:(iam|sts)::123456789012:\S+ is not authorized to perform: iam:\w+ on resource: \S+ because no identity-based policy allows the iam:\w+ action$/,
    );
  });

  it("signs people in to the console with and without MFA, and sometimes fails", () => {
    const logins = events.filter((e) => e.record.eventName === "ConsoleLogin");
    expect(logins.length).toBeGreaterThan(300);
    const odd = logins.filter(
      ({ record }) =>
        record.eventSource !== "signin.amazonaws.com" ||
        record.eventType !== "AwsConsoleSignIn" ||
        record.awsRegion !== "us-east-1",
    );
    expect(odd).toEqual([]);
    const mfa = new Set(logins.map((e) => e.record.additionalEventData?.MFAUsed));
    expect(mfa).toEqual(new Set(["Yes", "No"]));
    const failures = logins.filter(
      (e) => (e.record.responseElements as { ConsoleLogin?: string }).ConsoleLogin === "Failure",
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((e) => e.record.errorMessage === "Failed authentication")).toBe(true);
  });

  it("raises Insights in Start/End pairs across regions", () => {
    const insights = events.filter((e) => e.record.eventCategory === "Insight");
    const byShared = new Map<string, StoredEvent[]>();
    for (const e of insights) {
      expect(e.record.eventType).toBe("AwsCloudTrailInsight");
      expect(e.record.eventVersion).toBe("1.08");
      const list = byShared.get(e.record.sharedEventID ?? "") ?? [];
      list.push(e);
      byShared.set(e.record.sharedEventID ?? "", list);
    }
    expect(byShared.size).toBeGreaterThanOrEqual(6);
    for (const pair of byShared.values()) {
      const states = pair.map((e) => (e.record.insightDetails as { state: string }).state).sort();
      expect(states).toEqual(["End", "Start"]);
    }
    expect(new Set(insights.map((e) => e.record.awsRegion)).size).toBeGreaterThanOrEqual(2);
    const types = new Set(
      insights.map((e) => (e.record.insightDetails as { insightType: string }).insightType),
    );
    expect(types).toEqual(new Set(["ApiCallRateInsight", "ApiErrorRateInsight"]));
    const errorRate = insights.find(
      (e) =>
        (e.record.insightDetails as { insightType: string }).insightType === "ApiErrorRateInsight",
    );
    expect((errorRate?.record.insightDetails as { errorCode?: string }).errorCode).toBeTruthy();
  });

  it("has activity in us-east-1 in every hour of the last 7 days", () => {
    const hours = new Set(
      events
        .filter((e) => e.record.awsRegion === "us-east-1")
        .map((e) => Math.floor(timeOf(e) / HOUR_MS)),
    );
    const first = Math.floor((ANCHOR - 7 * DAY_MS) / HOUR_MS) + 1;
    const last = Math.floor(ANCHOR / HOUR_MS);
    const silent: string[] = [];
    for (let hour = first; hour <= last; hour++)
      if (!hours.has(hour)) silent.push(new Date(hour * HOUR_MS).toISOString());
    expect(silent).toEqual([]);
    expect(last - first).toBeGreaterThanOrEqual(167);
  });

  it("is busier in weekday business hours than on weekend nights", () => {
    const weekdayDay = new Map<number, number>();
    const weekendNight = new Map<number, number>();
    for (const e of events) {
      const t = timeOf(e);
      const d = new Date(t);
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
      const hour = Math.floor(t / HOUR_MS);
      // New York business hours are 14:00-22:00 UTC; its nights, 04:00-09:00 UTC.
      if (!weekend && d.getUTCHours() >= 14 && d.getUTCHours() < 22)
        weekdayDay.set(hour, (weekdayDay.get(hour) ?? 0) + 1);
      if (weekend && d.getUTCHours() >= 4 && d.getUTCHours() < 9)
        weekendNight.set(hour, (weekendNight.get(hour) ?? 0) + 1);
    }
    const mean = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0) / m.size;
    expect(mean(weekdayDay)).toBeGreaterThan(1.8 * mean(weekendNight));
  });

  it("lists the resources LookupEvents would index", () => {
    const types = new Set(events.flatMap((e) => e.resources.map((r) => r.type)));
    for (const type of [
      "AWS::S3::Bucket",
      "AWS::EC2::Instance",
      "AWS::IAM::User",
      "AWS::IAM::Role",
      "AWS::KMS::Key",
      "AWS::CloudTrail::Trail",
      "AWS::Lambda::Function",
    ]) {
      expect(types).toContain(type);
    }
    const kms = events.find(
      (e) => e.record.eventSource === "kms.amazonaws.com" && e.record.eventName === "Decrypt",
    );
    expect(kms?.record.resources?.[0]).toMatchObject({
      type: "AWS::KMS::Key",
      accountId: DEMO_ACCOUNT_ID,
    });
    expect(kms?.resources[0].name).toBe(kms?.record.resources?.[0].ARN);
    const reads = events.filter((e) => e.record.eventName === "ListBuckets");
    expect(reads.every((e) => e.resources.length === 0)).toBe(true);
  });

  it("reports how long 90 days take", () => {
    const started = performance.now();
    const again = generateEvents({ anchor: ANCHOR, from: ANCHOR - 90 * DAY_MS, to: ANCHOR });
    const ms = performance.now() - started;
    console.info(`regenerated ${again.length} events in ${ms.toFixed(0)} ms`);
    expect(again.length).toBe(events.length);
  });
});
