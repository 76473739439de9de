import type { TimeZoneChoice } from "@/lib/view/events-view";
import { serializeEventsView } from "@/lib/view/events-view";

import { activityConditions, type ActivityRequest, type InsightActivity } from "./insight-activity";

/**
 * The Events page showing the calls an insight's chart counts: the same region, the same
 * conditions (the error code too, for an error rate) and the same window.
 */
export function insightEventsHref(
  request: ActivityRequest,
  window: Pick<InsightActivity, "from" | "to">,
  tz: TimeZoneChoice,
): string {
  return serializeEventsView("/events", {
    regions: [request.region],
    f: activityConditions(request),
    from: new Date(window.from),
    to: new Date(window.to),
    tz,
  });
}
