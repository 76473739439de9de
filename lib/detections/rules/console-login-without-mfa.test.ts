import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { ACCOUNT, consoleLogin } from "../testing/records";
import { consoleLoginWithoutMfa as rule } from "./console-login-without-mfa";

const SIGN_IN = "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events";

describe("console-login-without-mfa", () => {
  it("flags an IAM user's password-only sign-in (stratus-red-team, user guide)", () => {
    expect(
      rule.match(loadEvent("stratus-red-team/aws.initial-access.console-login-without-mfa.json")),
    ).toBe(true);
    expect(rule.match(loadEvent(`${SIGN_IN}__01.json`))).toBe(true);
    expect(rule.match(loadEvent("aws-cloudtrail-user-guide/cloudtrail-tutorial__01.json"))).toBe(
      true,
    );
  });

  it("flags root's password-only sign-in (user guide)", () => {
    expect(rule.match(loadEvent(`${SIGN_IN}__06.json`))).toBe(true);
  });

  it("leaves sign-ins with MFA alone, whatever the case of Yes (user guide)", () => {
    expect(rule.match(loadEvent(`${SIGN_IN}__02.json`))).toBe(false);
    expect(rule.match(loadEvent(`${SIGN_IN}__07.json`))).toBe(false); // "YES"
  });

  it("leaves failed sign-ins and the MFA check alone (user guide)", () => {
    expect(rule.match(loadEvent(`${SIGN_IN}__03.json`))).toBe(false);
    expect(rule.match(loadEvent(`${SIGN_IN}__08.json`))).toBe(false); // root, failed, no MFA
    expect(rule.match(loadEvent(`${SIGN_IN}__04.json`))).toBe(false); // CheckMfa
  });

  it("leaves IAM Identity Center sign-ins alone (hand-written)", () => {
    const sso = consoleLogin({
      success: true,
      mfa: false,
      identity: {
        type: "AssumedRole",
        principalId: "AROACKCEVSQ6C2EXAMPLE:emma@example.com",
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_ReadOnlyAccess_0123456789abcdef/emma@example.com`,
        accountId: ACCOUNT,
      },
    });
    expect(rule.match(sso)).toBe(false);
    expect(rule.match(consoleLogin({ success: true, mfa: false }))).toBe(true);
  });
});
