/** Relative time ranges the Events page offers, newest first from now. */
export const TIME_RANGE_PRESETS = {
  "15m": { label: "Last 15 minutes", ms: 15 * 60_000 },
  "1h": { label: "Last hour", ms: 60 * 60_000 },
  "3h": { label: "Last 3 hours", ms: 3 * 60 * 60_000 },
  "12h": { label: "Last 12 hours", ms: 12 * 60 * 60_000 },
  "24h": { label: "Last 24 hours", ms: 24 * 60 * 60_000 },
  "7d": { label: "Last 7 days", ms: 7 * 24 * 60 * 60_000 },
  "30d": { label: "Last 30 days", ms: 30 * 24 * 60 * 60_000 },
  "90d": { label: "Last 90 days", ms: 90 * 24 * 60 * 60_000 },
} as const;

export type TimeRangePreset = keyof typeof TIME_RANGE_PRESETS;

export const TIME_RANGE_PRESET_KEYS = Object.keys(TIME_RANGE_PRESETS) as TimeRangePreset[];

export const DEFAULT_TIME_RANGE: TimeRangePreset = "1h";

export interface TimeRangeInput {
  range: TimeRangePreset;
  from: Date | null;
  to: Date | null;
}

/** The absolute window a view asks for: an absolute from/to wins over the preset. */
export function resolveTimeRange(
  view: TimeRangeInput,
  now: number,
): { start: number; end: number } {
  if (view.from || view.to) {
    const end = view.to?.getTime() ?? now;
    const start = view.from?.getTime() ?? end - TIME_RANGE_PRESETS[view.range].ms;
    // A `from` after now (with no `to`) is an empty window ending now, not a reversed one
    // CloudTrail refuses.
    return { start: Math.min(start, end), end };
  }
  return { start: now - TIME_RANGE_PRESETS[view.range].ms, end: now };
}
