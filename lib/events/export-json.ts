import type { TrailEvent } from "./trail-event";

/**
 * The events in CloudTrail's own log file format, `{"Records": [...]}` with each event's
 * full record, so tools that read CloudTrail logs from S3 read an export too.
 */
export function eventsToCloudTrailJson(events: readonly TrailEvent[]): string {
  return JSON.stringify({ Records: events.map((event) => event.record) });
}
