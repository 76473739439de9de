import type { EventsView } from "@/lib/view/events-view";
import { TIME_RANGE_PRESETS } from "@/lib/view/time-range";

import { formatTime } from "./format-time";

/**
 * The view's time range as a phrase to follow "events": "in the last hour", "from
 * 2026-11-24 10:00:00 to now (UTC)". Mirrors resolveTimeRange: an absolute bound wins over
 * the preset, which only measures back from `to` when `from` is missing.
 */
export function describeTimeRange(view: Pick<EventsView, "range" | "from" | "to">): string {
  const preset = TIME_RANGE_PRESETS[view.range].label.toLowerCase();
  if (view.from) {
    const to = view.to ? formatTime(view.to.toISOString(), "utc") : "now";
    return `from ${formatTime(view.from.toISOString(), "utc")} to ${to} (UTC)`;
  }
  if (view.to) return `in the ${preset} before ${formatTime(view.to.toISOString(), "utc")} (UTC)`;
  return `in the ${preset}`;
}
