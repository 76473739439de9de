import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { ACCOUNT, apiEvent } from "../testing/records";
import { kmsKeyDisabled as rule } from "./kms-key-disabled";

const KEY = `arn:aws:kms:us-west-2:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

// No published dataset holds these calls: the records follow the KMS developer guide's
// CloudTrail examples.
function kms(eventName: string, requestParameters: Record<string, unknown>, extra = {}) {
  return apiEvent({
    eventSource: "kms.amazonaws.com",
    eventName,
    awsRegion: "us-west-2",
    requestParameters,
    resources: [{ accountId: ACCOUNT, type: "AWS::KMS::Key", ARN: KEY }],
    ...extra,
  });
}

describe("kms-key-disabled", () => {
  it("flags a key disabled or scheduled for deletion", () => {
    expect(rule.match(kms("DisableKey", { keyId: KEY }))).toBe(true);
    expect(
      rule.match(
        kms(
          "ScheduleKeyDeletion",
          { keyId: KEY, pendingWindowInDays: 7 },
          {
            responseElements: {
              keyId: KEY,
              deletionDate: "Mar 9, 2026, 10:00:00 AM",
              keyState: "PendingDeletion",
              pendingWindowInDays: 7,
            },
          },
        ),
      ),
    ).toBe(true);
    expect(
      rule.match(
        kms("ScheduleKeyDeletion", { keyId: KEY }, { errorCode: "AccessDeniedException" }),
      ),
    ).toBe(true);
  });

  it("leaves reads, re-enabling and cancelling alone", () => {
    for (const name of ["DescribeKey", "EnableKey", "CancelKeyDeletion", "Decrypt"]) {
      expect(rule.match(kms(name, { keyId: KEY })), name).toBe(false);
    }
    // AWS rotating the key is no disabling (user guide).
    expect(
      rule.match(loadEvent("aws-cloudtrail-user-guide/non-api-aws-service-events__01.json")),
    ).toBe(false);
  });
});
