import "server-only";

import { REGION_PATTERN } from "@/lib/view/regions";

import { prepareEvent, type PreparedEvent } from "../store/events-repo";
import { recordDigest } from "../store/record-digest";
import type { CloudTrailRecord, EventResource } from "../types";
import type { LogFileLocation } from "./log-file-location";

export type NormalizedRecord =
  { ok: true; event: PreparedEvent; time: number } | { ok: false; reason: string };

// ISO 8601 as CloudTrail writes it (seconds, optional fraction, Z or an offset).
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Turns one record's text from a log file into an event for the store, or says why it
 * cannot be one. The record is kept as it was, with these additions only, each filling a
 * field that is missing:
 * - `eventTime` from `@timestamp` (Logstash renames it), written as CloudTrail does;
 * - `awsRegion` and `recipientAccountId` from the file's place in CloudTrail's S3 layout;
 * - `eventID` derived from the record's content, so importing it again finds the same one.
 * A LookupEvents entry (`{"EventId":…, "CloudTrailEvent":"{…}"}`) stands for its record.
 */
export function normalizeRecord(text: string, location: LogFileLocation): NormalizedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  return normalizeValue(value, location);
}

/** The same for a record already parsed (a file read whole). The value may be changed. */
export function normalizeValue(value: unknown, location: LogFileLocation): NormalizedRecord {
  if (!isObject(value)) return { ok: false, reason: `not a JSON object but ${kindOf(value)}` };
  if (typeof value.CloudTrailEvent === "string" && !("eventName" in value)) {
    try {
      value = JSON.parse(value.CloudTrailEvent);
    } catch (error) {
      return { ok: false, reason: `its CloudTrailEvent is not JSON: ${(error as Error).message}` };
    }
    if (!isObject(value)) {
      return { ok: false, reason: `its CloudTrailEvent is not a JSON object but ${kindOf(value)}` };
    }
  }
  const record = value;

  const rawTime = record.eventTime ?? record["@timestamp"];
  if (rawTime === undefined || rawTime === null) return { ok: false, reason: "no eventTime" };
  const time = typeof rawTime === "string" ? parseTime(rawTime) : NaN;
  if (!Number.isFinite(time)) {
    return {
      ok: false,
      reason: `eventTime ${quote(rawTime)} is not a time such as 2024-01-31T12:00:00Z`,
    };
  }
  if (!nonEmptyString(record.eventName)) return { ok: false, reason: "no eventName" };
  if (!nonEmptyString(record.eventSource)) return { ok: false, reason: "no eventSource" };

  if (record.awsRegion === undefined && location.region) record.awsRegion = location.region;
  if (typeof record.awsRegion !== "string" || !REGION_PATTERN.test(record.awsRegion)) {
    return {
      ok: false,
      reason:
        record.awsRegion === undefined
          ? "no awsRegion"
          : `awsRegion ${quote(record.awsRegion)} is not a region name such as us-east-1`,
    };
  }
  if (record.eventID !== undefined && !nonEmptyString(record.eventID)) {
    return { ok: false, reason: `eventID ${quote(record.eventID)} is not an ID` };
  }
  if (record.recipientAccountId === undefined && location.account) {
    record.recipientAccountId = location.account;
  }
  if (record.eventTime === undefined || record.eventTime === null) {
    record.eventTime = cloudTrailTime(time);
  }

  let event: PreparedEvent;
  try {
    if (record.eventID === undefined) {
      // The content without an ID decides the ID, so a second import derives the same one.
      record.eventID = derivedEventId(recordDigest(JSON.stringify(record)));
    }
    const cloudTrailRecord = record as CloudTrailRecord;
    event = prepareEvent({ record: cloudTrailRecord, resources: resourcesOf(cloudTrailRecord) });
  } catch {
    // JSON.stringify overflows the stack on records nested thousands of levels deep.
    return { ok: false, reason: "nested too deeply to store" };
  }
  return { ok: true, event, time };
}

/** The resources CloudTrail's lookup index lists for a record: its `resources` entries. */
function resourcesOf(record: CloudTrailRecord): EventResource[] {
  const listed: unknown = record.resources;
  if (!Array.isArray(listed)) return [];
  const resources: EventResource[] = [];
  for (const entry of listed) {
    if (!isObject(entry)) continue;
    const name = entry.ARN ?? entry.ARNPrefix;
    if (typeof entry.type === "string" && typeof name === "string") {
      resources.push({ type: entry.type, name });
    }
  }
  return resources;
}

/** A UUID (version 8: made by the application) from a digest. */
function derivedEventId(digest: Buffer): string {
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Epoch ms of an ISO 8601 time, or NaN; a day the month lacks (02-30) is no time. */
function parseTime(text: string): number {
  const match = ISO_TIME.exec(text);
  if (!match) return NaN;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth ? Date.parse(text) : NaN;
}

/** CloudTrail writes whole seconds without a fraction: 2024-01-31T12:00:00Z. */
function cloudTrailTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? iso.replace(".000Z", "Z") : iso;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** A value for a message: short, and as JSON so hidden characters show as escapes. */
function quote(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    // Nested too deeply to write out.
    json = kindOf(value);
  }
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
