import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * What the activity chart can be stacked by. Each reads one value per event; the chart
 * keeps the busiest values as their own series and folds the rest into "Other".
 */
export const ACTIVITY_DIMENSIONS = {
  source: { label: "Event source", read: (e: TrailEvent) => e.source || NONE },
  name: { label: "Event name", read: (e: TrailEvent) => e.name || NONE },
  user: { label: "User", read: (e: TrailEvent) => e.username || NONE },
  region: { label: "Region", read: (e: TrailEvent) => e.region || NONE },
  access: {
    label: "Read/write",
    read: (e: TrailEvent) => (e.readOnly === undefined ? NONE : e.readOnly ? "Read" : "Write"),
  },
  outcome: {
    label: "Success/failure",
    read: (e: TrailEvent) => (e.errorCode ? "Failure" : "Success"),
  },
} as const;

export type ActivityDimension = keyof typeof ACTIVITY_DIMENSIONS;

export const ACTIVITY_DIMENSION_IDS = Object.keys(ACTIVITY_DIMENSIONS) as ActivityDimension[];

export const DEFAULT_DIMENSION: ActivityDimension = "source";

/** The value shown for an event that has no value for a dimension. */
export const NONE = "(none)";
