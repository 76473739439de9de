import { describe, expect, it } from "vitest";

import { evaluateDetections } from "../evaluate";
import { loadEvents } from "../testing/dataset";
import { apiEvent, IAM_USER } from "../testing/records";
import { accessDeniedBurst as rule } from "./access-denied-burst";

/** A denied call by alice at the given second past 10:00 (hand-written). */
function denied(second: number, errorCode = "AccessDenied") {
  const minutes = String(Math.floor(second / 60)).padStart(2, "0");
  const seconds = String(second % 60).padStart(2, "0");
  return apiEvent({
    eventTime: `2026-03-02T10:${minutes}:${seconds}Z`,
    eventSource: "iam.amazonaws.com",
    eventName: "ListUsers",
    readOnly: true,
    errorCode,
    errorMessage: "User is not authorized to perform: iam:ListUsers",
  });
}

describe("access-denied-burst", () => {
  it("flags a role probing EC2 with stolen credentials (stratus-red-team)", () => {
    const events = loadEvents("stratus-red-team/aws.credential-access.ec2-get-password-data.json");
    const findings = evaluateDetections(events, [rule]);
    const probes = events.filter((e) => e.name === "GetPasswordData");
    expect(probes).toHaveLength(30);
    for (const probe of probes) expect(findings.get(probe.id)?.[0].burst?.count).toBe(30);
    // Two denied AssumeRole calls by the user who set it up are no burst.
    expect(findings.size).toBe(30);
  });

  it("flags the user-data download attempts (stratus-red-team)", () => {
    const events = loadEvents("stratus-red-team/aws.discovery.ec2-download-user-data.json");
    const findings = evaluateDetections(events, [rule]);
    expect(findings.size).toBe(15);
  });

  it("counts the benchmark's codes, not other failures", () => {
    for (const code of [
      "AccessDenied",
      "AccessDeniedException",
      "Client.UnauthorizedOperation",
      "UnauthorizedOperation",
      "UnauthorizedAccess",
    ]) {
      expect(rule.candidate(denied(0, code)), code).toBe(true);
    }
    for (const code of ["ThrottlingException", "NoSuchBucketPolicy", "ValidationError"]) {
      expect(rule.candidate(denied(0, code)), code).toBe(false);
    }
    expect(rule.candidate(apiEvent({}))).toBe(false);
    expect(rule.key(denied(0))).toBe(IAM_USER.arn);
  });

  it("flags ten in five minutes, not nine", () => {
    const ten = Array.from({ length: 10 }, (_, i) => denied(i * 30)); // 0 s .. 270 s
    expect(evaluateDetections(ten, [rule]).size).toBe(10);
    expect(evaluateDetections(ten.slice(1), [rule]).size).toBe(0);
    const spread = Array.from({ length: 10 }, (_, i) => denied(i * 40)); // 0 s .. 360 s
    expect(evaluateDetections(spread, [rule]).size).toBe(0);
  });
});
