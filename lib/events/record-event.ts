import type { TrailEvent } from "./trail-event";

/**
 * Turns one raw CloudTrail record (as S3 log files, CloudTrail Lake or an export carry it)
 * into a TrailEvent, deriving what LookupEvents would have reported beside it: the
 * username, the read-only flag and the resources. Records come from outside, so every
 * field is read for what it is and a missing or mistyped one is left out, never thrown on.
 */
export function trailEventFromRecord(record: Record<string, unknown>): TrailEvent {
  const fields = asObject(record);
  const identity = asObject(fields.userIdentity);
  return {
    id: text(fields.eventID) ?? "",
    name: text(fields.eventName) ?? "",
    // Logstash renames eventTime to @timestamp; such exports are common enough to accept.
    time: isoTime(fields.eventTime ?? fields["@timestamp"]),
    source: text(fields.eventSource) ?? "",
    region: text(fields.awsRegion) ?? "",
    username: usernameOf(identity),
    readOnly: typeof fields.readOnly === "boolean" ? fields.readOnly : undefined,
    // Failed sign-ins carry an empty key; LookupEvents reports none then.
    accessKeyId: text(identity.accessKeyId) || undefined,
    resources: resourcesOf(fields.resources),
    identityType: text(identity.type),
    identityArn: text(identity.arn),
    sourceIp: text(fields.sourceIPAddress),
    userAgent: text(fields.userAgent),
    errorCode: text(fields.errorCode),
    errorMessage: text(fields.errorMessage),
    record: fields,
  };
}

/**
 * LookupEvents' Username: the IAM user name, the session name of an assumed role or
 * federated user (the last segment of its ARN), or "root".
 */
function usernameOf(identity: Record<string, unknown>): string | undefined {
  switch (identity.type) {
    case "Root":
      return "root";
    case "AssumedRole":
    case "FederatedUser": {
      const arn = text(identity.arn);
      const session = arn?.slice(arn.lastIndexOf("/") + 1);
      return session || text(identity.userName);
    }
    default:
      return text(identity.userName);
  }
}

/** LookupEvents lists a resource by type and name; a raw record has only its ARN to name it by. */
function resourcesOf(value: unknown): TrailEvent["resources"] {
  if (!Array.isArray(value)) return [];
  const resources: TrailEvent["resources"] = [];
  for (const item of value) {
    const resource = asObject(item);
    const type = text(resource.type) ?? "";
    const name = text(resource.ARN) ?? "";
    if (type || name) resources.push({ type, name });
  }
  return resources;
}

/** Largest magnitude a Date accepts; beyond it toISOString throws. */
const MAX_DATE_MS = 8.64e15;

/** ISO 8601 in UTC, or the epoch when the record's time is missing or unreadable. */
function isoTime(value: unknown): string {
  const ms =
    typeof value === "string" ? Date.parse(value) : typeof value === "number" ? value : NaN;
  return new Date(Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : 0).toISOString();
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
