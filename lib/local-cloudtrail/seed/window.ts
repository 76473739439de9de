import "server-only";

import type { StoredEvent } from "../types";

/** eventTime back to epoch ms; only used at a window's ragged edges, never per event of a full hour. */
export function eventTimeMs(event: StoredEvent): number {
  return Date.parse(event.record.eventTime);
}

/** Collects events whose time lies in (from, to]. */
export class Window {
  readonly events: StoredEvent[] = [];

  constructor(
    readonly from: number,
    readonly to: number,
  ) {}

  /** True when every second of [start, end) is inside the window, so nothing needs checking. */
  covers(start: number, end: number): boolean {
    return start > this.from && end - 1000 <= this.to;
  }

  add = (event: StoredEvent): void => {
    this.events.push(event);
  };

  addIfInside = (event: StoredEvent): void => {
    const time = eventTimeMs(event);
    if (time > this.from && time <= this.to) this.events.push(event);
  };
}
