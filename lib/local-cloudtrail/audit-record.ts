import "server-only";

import { randomUUID } from "node:crypto";

import type { ParsedRequest } from "./protocol/parse-request";
import type { CloudTrailRecord, EventResource, StoredEvent, UserIdentity } from "./types";

export interface AuditedCall {
  request: ParsedRequest;
  accountId: string;
  caller: UserIdentity;
  time: number;
  readOnly: boolean;
  output?: Record<string, unknown>;
  error?: { code: string; message: string };
  resources: EventResource[];
}

/**
 * The event CloudTrail records for a call to its own API: requestParameters and
 * responseElements in camelCase, responseElements only for successful changes, and
 * errorCode/errorMessage for failures.
 */
export function auditRecord(call: AuditedCall): StoredEvent {
  const { request } = call;
  const hasInput = Object.keys(request.input).length > 0;
  const hasOutput = call.output !== undefined && Object.keys(call.output).length > 0;
  const record: CloudTrailRecord = {
    eventVersion: "1.09",
    userIdentity: call.caller,
    eventTime: new Date(call.time).toISOString().replace(/\.\d{3}Z$/, "Z"),
    eventSource: "cloudtrail.amazonaws.com",
    eventName: request.operation,
    awsRegion: request.region,
    sourceIPAddress: request.sourceIp,
    userAgent: request.userAgent ?? "",
    requestParameters: hasInput ? camelCaseKeys(request.input) : null,
    responseElements:
      !call.readOnly && !call.error && hasOutput ? camelCaseKeys(call.output!) : null,
    ...(call.error && { errorCode: call.error.code, errorMessage: call.error.message }),
    requestID: request.requestId,
    eventID: randomUUID(),
    readOnly: call.readOnly,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: call.accountId,
    eventCategory: "Management",
  };
  return { record, resources: call.resources };
}

function camelCaseKeys(value: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(convert);
    if (typeof v === "object" && v !== null) {
      return Object.fromEntries(
        Object.entries(v).map(([k, inner]) => [
          k.charAt(0).toLowerCase() + k.slice(1),
          convert(inner),
        ]),
      );
    }
    return v;
  };
  return convert(value) as Record<string, unknown>;
}
