import "server-only";

import { createHash } from "node:crypto";

import type { UserIdentity } from "./types";

/**
 * The access key the dashboard signs its in-process calls with in local mode. Calls made
 * with it are recorded as the dashboard's own IAM user, as they would be on AWS.
 */
export const DASHBOARD_ACCESS_KEY_ID = "AKIATRAILSCOPEDASH01";
export const DASHBOARD_USER_NAME = "trailscope-dashboard";
/** Any other key (the AWS CLI, scripts) is accepted and recorded as this IAM user. */
export const CLI_USER_NAME = "local-cli";

export function callerIdentity(accountId: string, accessKeyId: string): UserIdentity {
  const userName = accessKeyId === DASHBOARD_ACCESS_KEY_ID ? DASHBOARD_USER_NAME : CLI_USER_NAME;
  return {
    type: "IAMUser",
    principalId: principalIdFor(userName),
    arn: `arn:aws:iam::${accountId}:user/${userName}`,
    accountId,
    accessKeyId,
    userName,
  };
}

// IAM user principal ids are "AIDA" plus 17 upper-case characters; derive a stable one.
function principalIdFor(userName: string): string {
  const digest = createHash("sha256").update(userName).digest("hex").toUpperCase();
  return `AIDA${digest.slice(0, 17)}`;
}
