import type { TrailEvent } from "@/lib/events/trail-event";

import { textAt } from "../read-record";
import type { BurstRule } from "../types";
import { cisMonitoring } from "./references";

const MINUTE_MS = 60_000;

function isFailedConsoleLogin(event: TrailEvent): boolean {
  if (event.name !== "ConsoleLogin" || event.source !== "signin.amazonaws.com") return false;
  // A failed sign-in carries "Failure" and an errorMessage ("Failed authentication"), no errorCode.
  return (
    textAt(event.record, "responseElements", "ConsoleLogin") === "Failure" ||
    event.errorCode !== undefined ||
    event.errorMessage !== undefined
  );
}

/**
 * The user tried. A failed sign-in has no ARN for an IAM user (only root's is written), so
 * the user's ARN is rebuilt from account and name; records without either keep the name.
 */
function signInUser(event: TrailEvent): string | undefined {
  if (event.identityArn) return event.identityArn;
  const user = textAt(event.record, "userIdentity", "userName");
  if (!user) return undefined;
  const account = textAt(event.record, "userIdentity", "accountId");
  return account ? `arn:aws:iam::${account}:user/${user}` : user;
}

export const consoleLoginFailures: BurstRule = {
  kind: "burst",
  id: "console-login-failures",
  title: "Repeated failed console sign-ins",
  severity: "medium",
  description:
    "Three or more failed console sign-ins for one user within ten minutes look like password guessing rather than a typo. AWS names every user that does not exist HIDDEN_DUE_TO_SECURITY_REASONS, so guesses at made-up names group together too.",
  nextSteps:
    "Look for a successful sign-in for the same user after the burst and from the same address. Check the user has MFA; if the address is foreign to the user, reset the password and consider blocking it.",
  reference: cisMonitoring(
    "4.6",
    "Ensure a log metric filter and alarm exist for AWS Management Console authentication failures",
    6,
  ),
  candidate: isFailedConsoleLogin,
  key: signInUser,
  threshold: 3,
  windowMs: 10 * MINUTE_MS,
};
