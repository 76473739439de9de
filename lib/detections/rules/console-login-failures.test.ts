import { describe, expect, it } from "vitest";

import { trailEventFromRecord } from "@/lib/events/record-event";

import { evaluateDetections } from "../evaluate";
import { loadEvent, loadRecords } from "../testing/dataset";
import { consoleLogin } from "../testing/records";
import { consoleLoginFailures as rule } from "./console-login-failures";

const SIGN_IN = "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events";

/** The user guide's failed sign-in of anaya, repeated at the given minutes past 16:00. */
function anayaFailures(...minutes: number[]) {
  const [record] = loadRecords(`${SIGN_IN}__03.json`);
  return minutes.map((minute, i) =>
    trailEventFromRecord({
      ...record,
      eventID: `anaya-${i}`,
      eventTime: `2022-11-10T16:${String(minute).padStart(2, "0")}:00Z`,
    }),
  );
}

describe("console-login-failures", () => {
  it("counts failed sign-ins of IAM users and root as candidates (user guide)", () => {
    const user = loadEvent(`${SIGN_IN}__03.json`);
    expect(rule.candidate(user)).toBe(true);
    // A failed IAM user sign-in carries no ARN; the key rebuilds it.
    expect(rule.key(user)).toBe("arn:aws:iam::111122223333:user/anaya");
    const root = loadEvent(`${SIGN_IN}__08.json`);
    expect(rule.candidate(root)).toBe(true);
    expect(rule.key(root)).toBe("arn:aws:iam::111122223333:root");
  });

  it("does not count successful sign-ins or other sign-in events", () => {
    expect(rule.candidate(loadEvent(`${SIGN_IN}__01.json`))).toBe(false);
    expect(rule.candidate(loadEvent(`${SIGN_IN}__04.json`))).toBe(false); // CheckMfa
  });

  it("flags three failures within ten minutes, and not two", () => {
    const three = anayaFailures(0, 4, 9);
    const findings = evaluateDetections(three, [rule]);
    expect(findings.size).toBe(3);
    expect(findings.get("anaya-0")).toEqual([
      {
        ruleId: "console-login-failures",
        severity: "medium",
        burst: {
          key: "arn:aws:iam::111122223333:user/anaya",
          count: 3,
          first: "2022-11-10T16:00:00.000Z",
          last: "2022-11-10T16:09:00.000Z",
        },
      },
    ]);
    expect(evaluateDetections(anayaFailures(0, 9), [rule]).size).toBe(0);
    expect(evaluateDetections(anayaFailures(0, 11, 22), [rule]).size).toBe(0);
  });

  it("does not add up failures of different users (hand-written)", () => {
    const events = [
      ...anayaFailures(0, 1),
      consoleLogin({ success: false, mfa: false, time: "2022-11-10T16:02:00Z" }),
    ];
    expect(evaluateDetections(events, [rule]).size).toBe(0);
  });
});
