import "server-only";

import { ServiceError } from "../protocol/service-error";
import { queryEvents, type LookupAttributeKey } from "../store/events-repo";
import type { OperationHandler } from "./context";
import { inputList, inputNumber, inputString } from "./input";
import { decodeNextToken, encodeNextToken, fingerprintOf } from "./next-token";

export const LOOKUP_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
const DEFAULT_MAX_RESULTS = 50;
const ATTRIBUTE_KEYS: LookupAttributeKey[] = [
  "EventId",
  "EventName",
  "ReadOnly",
  "Username",
  "ResourceType",
  "ResourceName",
  "EventSource",
  "AccessKeyId",
];

interface LookupAttribute {
  AttributeKey: string;
  AttributeValue: string;
}

export const lookupEvents: OperationHandler = (ctx, input) => {
  const attributes = inputList<LookupAttribute>(input, "LookupAttributes") ?? [];
  if (attributes.length > 1) {
    throw new ServiceError(
      "InvalidLookupAttributesException",
      "You can specify only one lookup attribute per request.",
    );
  }
  const attribute = attributes[0];
  if (attribute && !ATTRIBUTE_KEYS.includes(attribute.AttributeKey as LookupAttributeKey)) {
    throw new ServiceError(
      "InvalidLookupAttributesException",
      `AttributeKey ${attribute.AttributeKey} is not one of ${ATTRIBUTE_KEYS.join(", ")}.`,
    );
  }
  if (
    attribute &&
    (attribute.AttributeValue.length < 1 || attribute.AttributeValue.length > 2000)
  ) {
    throw new ServiceError(
      "InvalidLookupAttributesException",
      "AttributeValue must be between 1 and 2000 characters.",
    );
  }

  const category = inputString(input, "EventCategory");
  if (category !== undefined && category !== "insight") {
    throw new ServiceError("InvalidEventCategoryException", "EventCategory must be insight.");
  }

  const maxResults = inputNumber(input, "MaxResults") ?? DEFAULT_MAX_RESULTS;
  if (maxResults < 1 || maxResults > 50) {
    throw new ServiceError("InvalidMaxResultsException", "MaxResults must be between 1 and 50.");
  }

  const startSeconds = inputNumber(input, "StartTime");
  const endSeconds = inputNumber(input, "EndTime");
  if (startSeconds !== undefined && endSeconds !== undefined && startSeconds > endSeconds) {
    throw new ServiceError(
      "InvalidTimeRangeException",
      "Start time must be earlier than or equal to end time.",
    );
  }
  // Event history keeps 90 days; a range reaching further back is cut, not refused.
  const oldest = ctx.historyWindowMs === null ? -Infinity : ctx.now - ctx.historyWindowMs;
  const startTime = Math.max(oldest, (startSeconds ?? 0) * 1000);
  const endTime = Math.min(ctx.now, endSeconds === undefined ? Infinity : endSeconds * 1000);

  const fingerprint = fingerprintOf([
    ctx.region,
    attribute ?? null,
    startSeconds,
    endSeconds,
    category,
  ]);
  const token = inputString(input, "NextToken");
  const after = token ? decodeNextToken(token, fingerprint) : undefined;

  const rows = queryEvents(ctx.db, {
    region: ctx.region,
    category: category === "insight" ? "Insight" : "Management",
    startTime,
    endTime,
    attribute: attribute && {
      key: attribute.AttributeKey as LookupAttributeKey,
      value: attribute.AttributeValue,
    },
    after,
    limit: maxResults + 1,
  });
  const page = rows.slice(0, maxResults);
  const last = page.at(-1);

  return {
    Events: page.map((row) => ({
      EventId: row.eventId,
      EventName: row.eventName,
      ReadOnly: row.readOnly ?? undefined,
      AccessKeyId: row.accessKeyId ?? undefined,
      EventTime: row.eventTime / 1000,
      EventSource: row.eventSource,
      Username: row.username ?? undefined,
      Resources: row.resources.map((r) => ({ ResourceType: r.type, ResourceName: r.name })),
      CloudTrailEvent: row.record,
    })),
    NextToken:
      rows.length > maxResults && last
        ? encodeNextToken({ time: last.eventTime, seq: last.seq }, fingerprint)
        : undefined,
  };
};
