import { resolveTimeRange } from "@/lib/view/time-range";

import {
  effectiveInsightsView,
  insightsViewRegions,
  serializeInsightsView,
  type InsightsView,
} from "./insights-view";

/** What the list of a view reads: its regions and absolute time range. */
export function insightsRequestFor(view: InsightsView, regions: readonly string[], now: number) {
  const effective = effectiveInsightsView(view, regions);
  const { start, end } = resolveTimeRange(effective, now);
  return { regions: insightsViewRegions(effective, regions), startTime: start, endTime: end };
}

/** The list route's URL for a view: only the parameters that decide what is listed. */
export function insightsListUrl(view: InsightsView): string {
  return serializeInsightsView("/api/insights", {
    regions: view.regions,
    range: view.range,
    from: view.from,
    to: view.to,
  });
}
