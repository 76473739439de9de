import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { StoredEvent } from "../../lib/local-cloudtrail/types";

/**
 * The hostile records of `test/fixtures/hostile-records.json`, as the end-to-end server's
 * store gets them (see plant-hostile-records.ts) and as the tests find them: in us-east-2,
 * five days before today (UTC) at 04:10, where no other test looks.
 */

export const HOSTILE_REGION = "us-east-2";

const DAY = 24 * 60 * 60_000;

export function readHostileEvents(): StoredEvent[] {
  const path = join(__dirname, "../../test/fixtures/hostile-records.json");
  return (JSON.parse(readFileSync(path, "utf8")) as { events: StoredEvent[] }).events;
}

/** When the first hostile record lands: 04:10:00 UTC five days before `now`'s day. */
export function hostileStart(now = Date.now()): number {
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  return today.getTime() - 5 * DAY + (4 * 60 + 10) * 60_000;
}

/** The events with their times moved so that the earliest is at `start`, spacing kept; as CloudTrail writes times. */
export function placeHostileEvents(events: StoredEvent[], start: number): StoredEvent[] {
  const earliest = Math.min(...events.map((e) => Date.parse(e.record.eventTime)));
  return events.map((event) => {
    const time = start + Date.parse(event.record.eventTime) - earliest;
    const eventTime = new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
    return { ...event, record: { ...event.record, eventTime } };
  });
}

/** A two-minute window around the hostile records, as `from` and `to` of a view's URL. */
export function hostileWindow(now = Date.now()): { from: string; to: string } {
  const start = hostileStart(now);
  return {
    from: new Date(start - 60_000).toISOString(),
    to: new Date(start + 60_000).toISOString(),
  };
}
