import { describe, expect, it } from "vitest";

import { loadEvents } from "../testing/dataset";
import { apiEvent } from "../testing/records";
import { iamPolicyChanged as rule } from "./iam-policy-changed";

const STRATUS = "stratus-red-team/aws.persistence";

describe("iam-policy-changed", () => {
  it("flags AdministratorAccess attached to a new user (stratus-red-team)", () => {
    const events = loadEvents(`${STRATUS}.iam-create-admin-user.json`);
    expect(events.filter((e) => rule.match(e)).map((e) => e.name)).toEqual(["AttachUserPolicy"]);
  });

  it("flags a policy attached to a backdoor role and a trust policy opened (stratus-red-team)", () => {
    const role = loadEvents(`${STRATUS}.iam-create-backdoor-role.json`);
    expect(role.filter((e) => rule.match(e)).map((e) => e.name)).toEqual(["AttachRolePolicy"]);
    const trust = loadEvents(`${STRATUS}.iam-backdoor-role.json`);
    expect(trust.map((e) => rule.match(e))).toEqual([true]); // UpdateAssumeRolePolicy
  });

  it("flags the rest of the benchmark's calls, denied ones too (hand-written)", () => {
    for (const eventName of [
      "PutUserPolicy",
      "DeleteGroupPolicy",
      "DetachRolePolicy",
      "CreatePolicy",
      "DeletePolicyVersion",
      "SetDefaultPolicyVersion",
    ]) {
      expect(rule.match(apiEvent({ eventSource: "iam.amazonaws.com", eventName })), eventName).toBe(
        true,
      );
    }
    expect(
      rule.match(
        apiEvent({
          eventSource: "iam.amazonaws.com",
          eventName: "PutRolePolicy",
          errorCode: "AccessDenied",
        }),
      ),
    ).toBe(true);
  });

  it("leaves reads and other IAM changes alone", () => {
    for (const eventName of ["GetPolicy", "ListAttachedRolePolicies", "CreateUser", "TagRole"]) {
      expect(rule.match(apiEvent({ eventSource: "iam.amazonaws.com", eventName })), eventName).toBe(
        false,
      );
    }
    // Same name, other service: an S3 bucket policy is another rule's business.
    expect(
      rule.match(apiEvent({ eventSource: "s3.amazonaws.com", eventName: "DeletePolicy" })),
    ).toBe(false);
  });
});
