import { cutDeepNesting } from "./record-depth";
import type { TrailEvent } from "./trail-event";

/** LookupEvents' event, typed by what the app reads of it (the SDK's shape, without its import). */
export interface LookupEventShape {
  EventId?: string;
  EventName?: string;
  ReadOnly?: string;
  AccessKeyId?: string;
  EventTime?: Date;
  EventSource?: string;
  Username?: string;
  Resources?: { ResourceType?: string; ResourceName?: string }[];
  CloudTrailEvent?: string;
}

/**
 * Turns one LookupEvents event into a TrailEvent. A record that is not valid JSON is kept
 * as its text under `record.unparsed` rather than dropped: an analyst still sees it. One
 * nested deeper than anything downstream can walk is cut here, once (see record-depth.ts).
 */
export function parseLookupEvent(event: LookupEventShape): TrailEvent {
  const record = parseRecord(event.CloudTrailEvent);
  const cut = cutDeepNesting(record);
  const identity = asObject(record.userIdentity);
  return {
    id: event.EventId ?? text(record.eventID) ?? "",
    name: event.EventName ?? text(record.eventName) ?? "",
    time: isoTime(event.EventTime ?? new Date(text(record.eventTime) ?? 0)),
    source: event.EventSource ?? text(record.eventSource) ?? "",
    region: text(record.awsRegion) ?? "",
    username: event.Username,
    readOnly: event.ReadOnly === undefined ? undefined : event.ReadOnly === "true",
    accessKeyId: event.AccessKeyId,
    resources: (event.Resources ?? []).map((r) => ({
      type: r.ResourceType ?? "",
      name: r.ResourceName ?? "",
    })),
    identityType: text(identity.type),
    identityArn: text(identity.arn),
    sourceIp: text(record.sourceIPAddress),
    userAgent: text(record.userAgent),
    errorCode: text(record.errorCode),
    errorMessage: text(record.errorMessage),
    record,
    ...(cut && { recordText: event.CloudTrailEvent }),
  };
}

/** A record's time can be anything; one that does not parse reads as the epoch, not a crash. */
function isoTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

function parseRecord(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return asObject(parsed);
  } catch {
    return { unparsed: json };
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
