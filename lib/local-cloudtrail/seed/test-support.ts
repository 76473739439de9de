import "server-only";

import type { StoredEvent } from "../types";
import { generateEvents } from "./index";

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** A Tuesday afternoon, so the stories' days fall on known weekdays. */
export const ANCHOR = Date.parse("2026-11-24T15:37:21Z");

export interface Generated {
  events: StoredEvent[];
  ms: number;
}

let cached: Generated | undefined;

/** The 90 days the store seeds on first start, generated once per test file. */
export function ninetyDays(): Generated {
  if (!cached) {
    const started = performance.now();
    const events = generateEvents({ anchor: ANCHOR, from: ANCHOR - 90 * DAY_MS, to: ANCHOR });
    cached = { events, ms: performance.now() - started };
  }
  return cached;
}

export const timeOf = (e: StoredEvent) => Date.parse(e.record.eventTime);
