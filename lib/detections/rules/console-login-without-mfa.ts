import { textAt } from "../read-record";
import type { RecordRule } from "../types";
import { cisMonitoring } from "./references";

/** Sign-ins through IAM Identity Center or a federation arrive as AssumedRole: their MFA is the IdP's business. */
const PASSWORD_IDENTITIES = new Set(["IAMUser", "Root"]);

export const consoleLoginWithoutMfa: RecordRule = {
  kind: "record",
  id: "console-login-without-mfa",
  title: "Console sign-in without MFA",
  severity: "medium",
  description:
    "An IAM user or root signed in to the console with a password alone, so a phished or reused password is all an intruder needs. Only successful sign-ins count; failed ones are the failed-sign-in burst's business.",
  nextSteps:
    "Check that the sign-in address and browser are the user's own, then require MFA for this user (an IAM policy denying everything without aws:MultiFactorAuthPresent) and look at what the session did.",
  reference: cisMonitoring(
    "4.2",
    "Ensure a log metric filter and alarm exist for Management Console sign-in without MFA",
    3,
  ),
  match: (event) =>
    event.name === "ConsoleLogin" &&
    event.source === "signin.amazonaws.com" &&
    event.errorCode === undefined &&
    PASSWORD_IDENTITIES.has(event.identityType ?? "") &&
    textAt(event.record, "responseElements", "ConsoleLogin") === "Success" &&
    // AWS's own examples write "No", "Yes" and "YES".
    textAt(event.record, "additionalEventData", "MFAUsed")?.toLowerCase() === "no",
};
