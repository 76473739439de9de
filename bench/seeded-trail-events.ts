import { trailEventFromRecord } from "@/lib/events/record-event";
import type { TrailEvent } from "@/lib/events/trail-event";
import { generateEvents } from "@/lib/local-cloudtrail/seed";
import type { StoredEvent } from "@/lib/local-cloudtrail/types";

const DAY_MS = 86_400_000;
/** Fixed, so every run measures the same events (the date the seed tests anchor at too). */
const ANCHOR = Date.parse("2026-11-24T15:37:21Z");
/** The store's own seed first (it holds the attack stories), then older baseline as needed. */
const FIRST_DAYS = 90;
const MORE_DAYS = 30;
/** Past this the baseline is repeated instead: enough for any count a bench asks for. */
const MAX_DAYS = 3 * 365;

/**
 * `count` events of the demo account, newest first, as the dashboard holds them: the seed
 * generated over as many days before a fixed anchor as it takes, each record turned into a
 * TrailEvent. Should even that fall short, the events repeat with fresh ids.
 */
export function seededTrailEvents(count: number): TrailEvent[] {
  const stored: StoredEvent[] = [];
  let to = ANCHOR;
  let days = FIRST_DAYS;
  while (stored.length < count && ANCHOR - to < MAX_DAYS * DAY_MS) {
    const from = to - days * DAY_MS;
    stored.push(...generateEvents({ anchor: ANCHOR, from, to }));
    to = from;
    days = MORE_DAYS;
  }
  if (stored.length === 0) return [];

  const events = stored.map((s) => trailEventFromRecord(s.record));
  const times = new Map(events.map((e) => [e, Date.parse(e.time)]));
  events.sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0) || (a.id < b.id ? -1 : 1));

  const result = events.slice(0, count);
  for (let copy = 1; result.length < count; copy++) {
    for (const event of events.slice(0, count - result.length))
      result.push({ ...event, id: `${event.id}-${copy}` });
  }
  return result;
}
