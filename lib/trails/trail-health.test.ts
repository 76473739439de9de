import { describe, expect, it } from "vitest";

import type { TrailStatus } from "./trail";
import { formatElapsed, trailHealth, type TrailHealthSubject } from "./trail-health";

const NOW = Date.parse("2026-11-24T12:00:00.000Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const trail: TrailHealthSubject = {
  s3BucketName: "acme-cloudtrail-logs",
  logFileValidationEnabled: true,
  kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd",
  snsTopicName: "cloudtrail-notices",
  snsTopicArn: "arn:aws:sns:us-east-1:123456789012:cloudtrail-notices",
  cloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:trail-logs:*",
  cloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CloudTrailCloudWatchLogsRole",
};

function status(overrides: Partial<TrailStatus> = {}): TrailStatus {
  return {
    isLogging: true,
    startedAt: NOW - 30 * 24 * HOUR,
    latestDeliveryAt: NOW - 4 * MINUTE,
    latestDigestDeliveryAt: NOW - 20 * MINUTE,
    latestCloudWatchLogsDeliveryAt: NOW - MINUTE,
    latestNotificationAt: NOW - 4 * MINUTE,
    readAt: NOW,
    ...overrides,
  };
}

describe("trailHealth", () => {
  it("finds nothing wrong with a trail delivering on time", () => {
    expect(trailHealth(trail, status())).toEqual([]);
  });

  it("flags nothing delivered for over an hour while logging", () => {
    const [problem, ...rest] = trailHealth(trail, status({ latestDeliveryAt: NOW - 3 * HOUR }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      kind: "delivery-stale",
      severity: "warning",
      label: "No log delivered for 3 h",
    });
    expect(problem.detail).toMatch(/^The latest log file arrived 3 h ago\. /);
  });

  it("allows exactly an hour", () => {
    expect(trailHealth(trail, status({ latestDeliveryAt: NOW - HOUR }))).toEqual([]);
    expect(trailHealth(trail, status({ latestDeliveryAt: NOW - HOUR - 1 }))).toHaveLength(1);
  });

  it("flags never delivered although logging started over an hour ago", () => {
    const [problem] = trailHealth(
      trail,
      status({ startedAt: NOW - 2 * HOUR - 5 * MINUTE, latestDeliveryAt: undefined }),
    );
    expect(problem.label).toBe("No log delivered for 2 h 5 min");
    expect(problem.detail).toMatch(
      /^Logging started 2 h 5 min ago and no log file has arrived since\./,
    );
  });

  it("does not flag a trail restarted recently after a long stop", () => {
    const restarted = status({ startedAt: NOW - 10 * MINUTE, latestDeliveryAt: NOW - 5 * HOUR });
    expect(trailHealth(trail, restarted)).toEqual([]);
  });

  it("does not flag a trail that has not been logging for an hour yet", () => {
    const fresh = status({ startedAt: NOW - 30 * MINUTE, latestDeliveryAt: undefined });
    expect(trailHealth(trail, fresh)).toEqual([]);
  });

  it("judges at the time the status was read, not later", () => {
    const read = status({ readAt: NOW - 2 * HOUR, latestDeliveryAt: NOW - 2 * HOUR - MINUTE });
    expect(trailHealth(trail, read)).toEqual([]);
  });

  it("puts a delivery error first as critical, pointing at the bucket policy for AccessDenied", () => {
    const [problem, ...rest] = trailHealth(
      { ...trail, logFileValidationEnabled: false },
      status({ latestDeliveryError: "AccessDenied", latestDeliveryAt: undefined }),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      kind: "delivery-error",
      severity: "critical",
      label: "Delivery failing: AccessDenied",
    });
    expect(problem.detail).toBe(
      "CloudTrail may not write log files to the bucket acme-cloudtrail-logs: check that the bucket policy lets cloudtrail.amazonaws.com call s3:PutObject under the trail's key prefix and that the KMS key's policy lets CloudTrail encrypt with it. No log file has been delivered yet.",
    );
  });

  it("says when the last log arrived alongside a delivery error, without a separate stale problem", () => {
    const problems = trailHealth(
      { ...trail, kmsKeyId: undefined },
      status({ latestDeliveryError: "AccessDenied", latestDeliveryAt: NOW - 26 * HOUR }),
    );
    expect(problems.map((p) => p.kind)).toEqual(["delivery-error"]);
    expect(problems[0].detail).not.toContain("KMS");
    expect(problems[0].detail).toMatch(/The latest log file arrived 1 d 2 h ago\.$/);
  });

  it("folds the same digest error into the delivery problem", () => {
    const problems = trailHealth(
      trail,
      status({ latestDeliveryError: "NoSuchBucket", latestDigestDeliveryError: "NoSuchBucket" }),
    );
    expect(problems.map((p) => p.kind)).toEqual(["delivery-error"]);
    expect(problems[0].detail).toMatch(/^The bucket acme-cloudtrail-logs no longer exists/);
  });

  it("names both kinds of file when the same error fails both", () => {
    const [problem] = trailHealth(
      trail,
      status({ latestDeliveryError: "AccessDenied", latestDigestDeliveryError: "AccessDenied" }),
    );
    expect(problem.detail).toContain("may not write log and digest files");
  });

  it("explains KMS errors", () => {
    const [problem] = trailHealth(trail, status({ latestDeliveryError: "KMS.DisabledException" }));
    expect(problem.detail).toMatch(/KMS key: check that the key exists, is enabled/);
  });

  it("reports an unfamiliar S3 error by its code", () => {
    const [problem] = trailHealth(trail, status({ latestDeliveryError: "SlowDown" }));
    expect(problem.detail).toContain("(S3 error SlowDown)");
  });

  it("flags a digest error of its own when validation is on", () => {
    const problems = trailHealth(trail, status({ latestDigestDeliveryError: "AccessDenied" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      kind: "digest-error",
      severity: "warning",
      label: "Digest delivery failing: AccessDenied",
    });
    expect(problems[0].detail).toContain("may not write digest files");
  });

  it("ignores a stale digest error once validation is off", () => {
    const off = { ...trail, logFileValidationEnabled: false };
    expect(trailHealth(off, status({ latestDigestDeliveryError: "AccessDenied" }))).toEqual([]);
  });

  it("flags notification errors only while a topic is set", () => {
    const failing = status({ latestNotificationError: "AuthorizationError" });
    const [problem] = trailHealth(trail, failing);
    expect(problem).toMatchObject({
      kind: "notification-error",
      severity: "warning",
      label: "Notifications failing: AuthorizationError",
    });
    expect(problem.detail).toContain("SNS:Publish");
    const noTopic = { ...trail, snsTopicName: undefined, snsTopicArn: undefined };
    expect(trailHealth(noTopic, failing)).toEqual([]);
  });

  it("flags CloudWatch Logs errors, naming the role, only while a log group is set", () => {
    const failing = status({ latestCloudWatchLogsDeliveryError: "AccessDeniedException" });
    const [problem] = trailHealth(trail, failing);
    expect(problem).toMatchObject({
      kind: "cloudwatch-logs-error",
      severity: "warning",
      label: "CloudWatch Logs failing: AccessDeniedException",
    });
    expect(problem.detail).toMatch(
      /^CloudTrail could not send events to the log group trail-logs: check that the role arn:aws:iam::123456789012:role\/CloudTrailCloudWatchLogsRole exists,/,
    );
    const noGroup = { ...trail, cloudWatchLogsLogGroupArn: undefined };
    expect(trailHealth(noGroup, failing)).toEqual([]);
  });

  it("names the trail's CloudWatch Logs role generically when none is set", () => {
    const [problem] = trailHealth(
      { ...trail, cloudWatchLogsRoleArn: undefined },
      status({ latestCloudWatchLogsDeliveryError: "AccessDeniedException" }),
    );
    expect(problem.detail).toContain("check that the trail's CloudWatch Logs role exists,");
  });

  it("explains a missing log group", () => {
    const [problem] = trailHealth(
      trail,
      status({ latestCloudWatchLogsDeliveryError: "ResourceNotFoundException" }),
    );
    expect(problem.detail).toMatch(/^The log group trail-logs no longer exists/);
  });

  it("gives logging off as a notice, with how long", () => {
    const [problem, ...rest] = trailHealth(
      trail,
      status({ isLogging: false, stoppedAt: NOW - 50 * HOUR, latestDeliveryAt: NOW - 50 * HOUR }),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      kind: "logging-off",
      severity: "notice",
      label: "Logging off for 2 d 2 h",
    });
    expect(problem.detail).toMatch(/gap in its audit record/);
  });

  it("says logging never started for a trail created and not started", () => {
    const [problem] = trailHealth(
      trail,
      status({ isLogging: false, startedAt: undefined, latestDeliveryAt: undefined }),
    );
    expect(problem.label).toBe("Logging never started");
  });

  it("keeps a stopped trail's delivery error, as a warning, before the notice", () => {
    const problems = trailHealth(
      trail,
      status({ isLogging: false, stoppedAt: NOW - HOUR, latestDeliveryError: "AccessDenied" }),
    );
    expect(problems.map((p) => [p.kind, p.severity])).toEqual([
      ["delivery-error", "warning"],
      ["logging-off", "notice"],
    ]);
    expect(problems[0].detail).toMatch(/will recur when it starts\.\)$/);
  });

  it("orders several problems by severity", () => {
    const problems = trailHealth(
      trail,
      status({
        latestDeliveryError: "AccessDenied",
        latestCloudWatchLogsDeliveryError: "AccessDeniedException",
        latestNotificationError: "AuthorizationError",
      }),
    );
    expect(problems.map((p) => p.kind)).toEqual([
      "delivery-error",
      "cloudwatch-logs-error",
      "notification-error",
    ]);
  });
});

describe("formatElapsed", () => {
  it.each([
    [30_000, "under a minute"],
    [MINUTE, "1 min"],
    [59 * MINUTE, "59 min"],
    [HOUR, "1 h"],
    [HOUR + 59 * MINUTE, "1 h 59 min"],
    [24 * HOUR, "1 d"],
    [24 * HOUR + 30 * MINUTE, "1 d"],
    [75 * HOUR, "3 d 3 h"],
  ])("%i ms is %s", (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
