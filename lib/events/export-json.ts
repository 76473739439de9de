import { escapeHiddenInJson } from "@/lib/format/visible-text";

import type { TrailEvent } from "./trail-event";

/**
 * The events in CloudTrail's own log file format, `{"Records": [...]}` with each event's
 * full record, so tools that read CloudTrail logs from S3 read an export too. A record cut
 * for being nested too deeply goes in whole, from its text. Hidden characters are written
 * as `\u` escapes: the same JSON values, which cannot disguise text in an editor or a
 * terminal (see visible-text.ts).
 */
export function eventsToCloudTrailJson(events: readonly TrailEvent[]): string {
  const records = events.map((event) => event.recordText ?? JSON.stringify(event.record));
  return escapeHiddenInJson(`{"Records":[${records.join(",")}]}`);
}
