import { formatTime } from "@/lib/format/format-time";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import type { BucketLayout } from "./bucket-size";

const DAY = 86_400_000;

/**
 * A bucket's start as a tick label, as precise as the bucket width needs: "11-24" for
 * days, "11-24 13:00" for hours, "13:45" within a day, "13:45:10" for seconds.
 */
export function formatBucketTick(time: number, size: number, tz: TimeZoneChoice): string {
  const full = formatTime(time, tz); // "2026-11-24 13:45:10"
  if (size >= DAY) return full.slice(5, 10);
  if (size >= 3_600_000) return full.slice(5, 16);
  if (size >= 60_000) return full.slice(11, 16);
  return full.slice(11, 19);
}

/** A bucket as a span for tooltips and tables: "2026-11-24 13:45 – 13:50". */
export function formatBucketSpan(layout: BucketLayout, index: number, tz: TimeZoneChoice): string {
  const start = layout.start + index * layout.size;
  const from = formatTime(start, tz);
  const to = formatTime(start + layout.size, tz);
  const seconds = layout.size < 60_000;
  const trim = (text: string) => (seconds ? text : text.slice(0, 16));
  return from.slice(0, 10) === to.slice(0, 10)
    ? `${trim(from)} – ${trim(to).slice(11)}`
    : `${trim(from)} – ${trim(to)}`;
}

/** What a chart is based on: "12,345 events, 2026-11-24 10:00 – 11:00 UTC, 3 regions". */
export function describeBasis(
  total: number,
  window: { start: number; end: number },
  regions: number,
  tz: TimeZoneChoice,
): string {
  const from = formatTime(window.start, tz).slice(0, 16);
  const to = formatTime(window.end, tz).slice(0, 16);
  const span =
    from.slice(0, 10) === to.slice(0, 10) ? `${from} – ${to.slice(11)}` : `${from} – ${to}`;
  const zone = tz === "utc" ? "UTC" : "local time";
  return `${total.toLocaleString("en-US")} ${total === 1 ? "event" : "events"}, ${span} ${zone}, ${regions} ${regions === 1 ? "region" : "regions"}`;
}
