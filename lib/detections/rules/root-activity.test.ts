import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { ACCOUNT, apiEvent } from "../testing/records";
import { rootActivity as rule } from "./root-activity";

const SIGN_IN = "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events";

const ROOT = {
  type: "Root",
  principalId: ACCOUNT,
  arn: `arn:aws:iam::${ACCOUNT}:root`,
  accountId: ACCOUNT,
  accessKeyId: "ASIAIOSFODNN7EXAMPLE",
};

describe("root-activity", () => {
  it("flags root's sign-ins, with or without MFA, failed too (user guide)", () => {
    for (const n of ["06", "07", "08"]) {
      expect(rule.match(loadEvent(`${SIGN_IN}__${n}.json`)), n).toBe(true);
    }
  });

  it("flags root's API calls and password changes (user guide)", () => {
    expect(rule.match(loadEvent(`${SIGN_IN}__09.json`))).toBe(true); // EnableMFADevice
    expect(rule.match(loadEvent(`${SIGN_IN}__10.json`))).toBe(true); // PasswordUpdated
  });

  it("leaves calls AWS makes on root's behalf alone (hand-written)", () => {
    expect(
      rule.match(
        apiEvent({
          userIdentity: { ...ROOT, invokedBy: "support.amazonaws.com" },
          eventSource: "support.amazonaws.com",
          eventName: "DescribeCases",
        }),
      ),
    ).toBe(false);
    expect(
      rule.match(
        apiEvent({
          userIdentity: { type: "Root", accountId: ACCOUNT, principalId: ACCOUNT },
          eventType: "AwsServiceEvent",
        }),
      ),
    ).toBe(false);
    expect(rule.match(apiEvent({ userIdentity: ROOT }))).toBe(true);
  });

  it("leaves other identities alone", () => {
    expect(rule.match(loadEvent(`${SIGN_IN}__01.json`))).toBe(false); // an IAM user
    expect(
      rule.match(loadEvent("aws-cloudtrail-user-guide/non-api-aws-service-events__01.json")),
    ).toBe(false);
    expect(rule.match(loadEvent("stratus-red-team/aws.defense-evasion.cloudtrail-stop.json"))).toBe(
      false,
    );
  });
});
