import { describe, expect, it } from "vitest";

import { describeIdentity, describeMfa } from "./describe-identity";
import type { TrailEvent } from "./trail-event";

function eventWith(record: Record<string, unknown>, extra: Partial<TrailEvent> = {}): TrailEvent {
  return {
    id: "e1",
    name: typeof record.eventName === "string" ? record.eventName : "GetUser",
    time: "2026-11-22T02:47:20Z",
    source: "iam.amazonaws.com",
    region: "us-east-1",
    resources: [],
    record,
    ...extra,
  };
}

describe("describeIdentity", () => {
  it("reads an assumed role's role and session name", () => {
    const facts = describeIdentity(
      eventWith({
        userIdentity: {
          type: "AssumedRole",
          arn: "arn:aws:sts::123456789012:assumed-role/TerraformApplyRole/atlantis",
          accountId: "123456789012",
          accessKeyId: "ASIAEXAMPLE",
          sessionContext: {
            sessionIssuer: {
              type: "Role",
              arn: "arn:aws:iam::123456789012:role/TerraformApplyRole",
              userName: "TerraformApplyRole",
            },
            attributes: { mfaAuthenticated: "false" },
          },
        },
      }),
    );
    expect(facts).toMatchObject({
      type: "AssumedRole",
      typeLabel: "Assumed role",
      roleName: "TerraformApplyRole",
      roleArn: "arn:aws:iam::123456789012:role/TerraformApplyRole",
      sessionName: "atlantis",
      who: "TerraformApplyRole / atlantis",
      accessKeyId: "ASIAEXAMPLE",
      mfa: { state: "no", source: "session" },
    });
  });

  it("falls back to the ARN for the role name when the issuer is missing", () => {
    const facts = describeIdentity(
      eventWith({
        userIdentity: {
          type: "AssumedRole",
          arn: "arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com",
        },
      }),
    );
    expect(facts.roleName).toBe("Admin");
    expect(facts.sessionName).toBe("jane@example.com");
  });

  it("says an IAM user's long-term key carries no MFA", () => {
    const facts = describeIdentity(
      eventWith(
        {
          userIdentity: {
            type: "IAMUser",
            arn: "arn:aws:iam::123456789012:user/ci-deployer",
            accessKeyId: "AKIARZ3PQX7MFZPLDA2V",
            userName: "ci-deployer",
          },
        },
        { accessKeyId: "AKIARZ3PQX7MFZPLDA2V", username: "ci-deployer" },
      ),
    );
    expect(facts).toMatchObject({
      typeLabel: "IAM user",
      userName: "ci-deployer",
      who: "ci-deployer",
      accessKeyId: "AKIARZ3PQX7MFZPLDA2V",
      mfa: { state: "no", source: "long-term-key" },
    });
    expect(describeMfa(facts.mfa)).toBe("No (long-term access key)");
  });

  it("takes ConsoleLogin's MFAUsed over the session, and ignores an empty key", () => {
    const facts = describeIdentity(
      eventWith({
        eventName: "ConsoleLogin",
        userIdentity: { type: "Root", arn: "arn:aws:iam::123456789012:root", accessKeyId: "" },
        additionalEventData: { MFAUsed: "No" },
      }),
    );
    expect(facts).toMatchObject({ typeLabel: "Root user", who: "root", accessKeyId: undefined });
    expect(facts.mfa).toEqual({ state: "no", source: "sign-in" });
    expect(describeMfa(facts.mfa)).toBe("No (at sign-in)");
  });

  it("reads MFA from a console session", () => {
    const facts = describeIdentity(
      eventWith({
        userIdentity: {
          type: "IAMUser",
          userName: "alice.nguyen",
          accessKeyId: "ASIAEXAMPLE",
          sessionContext: { attributes: { mfaAuthenticated: "true" } },
        },
      }),
    );
    expect(describeMfa(facts.mfa)).toBe("Yes (session)");
  });

  it("names an AWS service by who invoked it, and admits what the record does not say", () => {
    const service = describeIdentity(
      eventWith({ userIdentity: { type: "AWSService", invokedBy: "ec2.amazonaws.com" } }),
    );
    expect(service).toMatchObject({ typeLabel: "AWS service", who: "ec2.amazonaws.com" });
    expect(describeMfa(service.mfa)).toBe("Not recorded");

    const bare = describeIdentity(eventWith({}));
    expect(bare.typeLabel).toBe("Not recorded");
    expect(bare.who).toBeUndefined();
  });
});
