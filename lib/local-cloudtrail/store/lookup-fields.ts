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
    accessKeyId: text(identityOf(record)?.accessKeyId) || null,
  };
}

// Imported records can hold anything where a field should be: read only strings.
function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function identityOf(record: CloudTrailRecord): Record<string, unknown> | undefined {
  const identity: unknown = record.userIdentity;
  return typeof identity === "object" && identity !== null
    ? (identity as Record<string, unknown>)
    : undefined;
}

function usernameOf(record: CloudTrailRecord): string | null {
  const identity = identityOf(record);
  if (!identity) return null;
  switch (identity.type) {
    case "Root":
      return "root";
    case "AssumedRole":
    case "FederatedUser":
      // arn:aws:sts::<account>:assumed-role/<role>/<session>
      return text(identity.arn)?.split("/").at(-1) ?? text(identity.userName) ?? null;
    default:
      return text(identity.userName) ?? null;
  }
}
