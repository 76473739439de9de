import "server-only";

import { createHash } from "node:crypto";

import type { UserIdentity } from "./types";

/**
 * The access key the dashboard's SDK client signs its in-process calls with in local mode.
 * Those calls never cross a network and are recorded as the dashboard's own IAM user, as
 * they would be on AWS. The key has no secret: the HTTP endpoint never accepts it.
 */
export const DASHBOARD_ACCESS_KEY_ID = "AKIATRAILSCOPEDASH01";
export const DASHBOARD_USER_NAME = "trailscope-dashboard";

/** The IAM user an access key belongs to, as CloudTrail records the caller. */
export function callerIdentity(
  accountId: string,
  key: { accessKeyId: string; userName: string },
): UserIdentity {
  return {
    type: "IAMUser",
    principalId: principalIdFor(key.userName),
    arn: `arn:aws:iam::${accountId}:user/${key.userName}`,
    accountId,
    accessKeyId: key.accessKeyId,
    userName: key.userName,
  };
}

export function dashboardIdentity(accountId: string): UserIdentity {
  return callerIdentity(accountId, {
    accessKeyId: DASHBOARD_ACCESS_KEY_ID,
    userName: DASHBOARD_USER_NAME,
  });
}

// IAM user principal ids are "AIDA" plus 17 upper-case characters; derive a stable one.
function principalIdFor(userName: string): string {
  const digest = createHash("sha256").update(userName).digest("hex").toUpperCase();
  return `AIDA${digest.slice(0, 17)}`;
}
