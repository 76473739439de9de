import type { Condition } from "@/lib/events/conditions";
import type { EventsView } from "@/lib/view/events-view";

import type { BucketLayout } from "./bucket-size";
import { NONE, type ActivityDimension } from "./dimensions";

type ListedPatch = Partial<Pick<EventsView, "regions" | "f" | "failures" | "from" | "to">>;

/**
 * The view narrowed by one more condition. A field CloudTrail matches exactly holds one
 * value at a time (two would match nothing), so a drill replaces it.
 */
export function withCondition(view: EventsView, condition: Condition): ListedPatch {
  const others = view.f.filter((c) => c.field !== condition.field);
  return { f: [...others, condition] };
}

/** The view narrowed to one value of a chart's dimension, or null when it cannot be. */
export function drillIntoValue(
  view: EventsView,
  dimension: ActivityDimension,
  value: string,
): ListedPatch | null {
  if (value === NONE || value === "Other") return null;
  switch (dimension) {
    case "source":
      return withCondition(view, { field: "EventSource", value });
    case "name":
      return withCondition(view, { field: "EventName", value });
    case "user":
      return withCondition(view, { field: "Username", value });
    case "region":
      return { regions: [value] };
    case "access":
      return withCondition(view, { field: "ReadOnly", value: String(value === "Read") });
    case "outcome":
      return value === "Failure"
        ? { failures: true }
        : { ...withCondition(view, { field: "outcome", value: "success" }), failures: false };
  }
}

/** The view narrowed to one bucket of the chart's time axis. */
export function drillIntoBucket(layout: BucketLayout, index: number): ListedPatch {
  const from = layout.start + index * layout.size;
  return { from: new Date(from), to: new Date(from + layout.size) };
}
