import "server-only";

import type { CloudTrailRecord } from "../types";

/**
 * The values CloudTrail's event history indexes a record under, as LookupEvents reports
 * them: `Username` is the IAM user name, the session name of an assumed role, or "root";
 * `ReadOnly` is the string "true" or "false" (management events only).
 */
export interface LookupFields {
  username: string | null;
  readOnly: string | null;
  accessKeyId: string | null;
}

export function lookupFields(record: CloudTrailRecord): LookupFields {
  return {
    username: usernameOf(record),
    readOnly: record.eventCategory === "Insight" ? null : String(record.readOnly === true),
    accessKeyId: record.userIdentity?.accessKeyId || null,
  };
}

function usernameOf(record: CloudTrailRecord): string | null {
  const identity = record.userIdentity;
  if (!identity) return null;
  switch (identity.type) {
    case "Root":
      return "root";
    case "AssumedRole":
    case "FederatedUser":
      // arn:aws:sts::<account>:assumed-role/<role>/<session>
      return identity.arn?.split("/").at(-1) ?? identity.userName ?? null;
    default:
      return identity.userName ?? null;
  }
}
