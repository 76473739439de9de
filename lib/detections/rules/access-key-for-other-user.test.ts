import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { ACCOUNT, apiEvent, ROLE_SESSION } from "../testing/records";
import { accessKeyForOtherUser as rule } from "./access-key-for-other-user";

const STRATUS = "stratus-red-team/aws.persistence";

function createAccessKey(fields: Record<string, unknown>) {
  return apiEvent({ eventSource: "iam.amazonaws.com", eventName: "CreateAccessKey", ...fields });
}

describe("access-key-for-other-user", () => {
  it("flags a key created for a backdoor user (stratus-red-team)", () => {
    expect(rule.match(loadEvent(`${STRATUS}.iam-backdoor-user.json`))).toBe(true);
    expect(rule.match(loadEvent(`${STRATUS}.iam-create-admin-user.json`, "CreateAccessKey"))).toBe(
      true,
    );
  });

  it("flags keys created by a role session or by root (hand-written)", () => {
    expect(
      rule.match(
        createAccessKey({ userIdentity: ROLE_SESSION, requestParameters: { userName: "bob" } }),
      ),
    ).toBe(true);
    expect(
      rule.match(
        createAccessKey({
          userIdentity: {
            type: "Root",
            principalId: ACCOUNT,
            arn: `arn:aws:iam::${ACCOUNT}:root`,
            accountId: ACCOUNT,
          },
          requestParameters: null,
        }),
      ),
    ).toBe(true);
  });

  it("flags denied attempts too (hand-written)", () => {
    expect(
      rule.match(
        createAccessKey({ requestParameters: { userName: "bob" }, errorCode: "AccessDenied" }),
      ),
    ).toBe(true);
  });

  it("leaves a user's own keys alone (hand-written)", () => {
    expect(rule.match(createAccessKey({ requestParameters: null }))).toBe(false);
    expect(rule.match(createAccessKey({ requestParameters: { userName: "alice" } }))).toBe(false);
    expect(
      rule.match(
        apiEvent({
          eventSource: "iam.amazonaws.com",
          eventName: "UpdateAccessKey",
          requestParameters: { userName: "bob", status: "Inactive" },
        }),
      ),
    ).toBe(false);
  });
});
