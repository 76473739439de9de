import { queryOptions } from "@tanstack/react-query";

import { getJson, type ApiFailure } from "@/components/events/api-error";
import { activitySearchParams } from "@/lib/insights/activity-request";
import type { ActivityRequest, InsightActivity } from "@/lib/insights/insight-activity";
import type { InsightsList } from "@/lib/insights/insights-list";
import { insightsListUrl } from "@/lib/insights/insights-request";
import type { InsightsView } from "@/lib/insights/insights-view";

/** The list's key: what decides the list, never the open insight or the time zone. */
export function insightsQueryKey(view: InsightsView) {
  return [
    "insights",
    view.regions === "all" ? "all" : (view.regions ?? []).join(","),
    view.range,
    view.from?.toISOString() ?? null,
    view.to?.toISOString() ?? null,
  ] as const;
}

/**
 * The Insights of an effective view. The page's server component puts the first answer
 * under this key; the client fetches again when the view changes, cancelling on the way.
 */
export function insightsQueryOptions(view: InsightsView) {
  return queryOptions<InsightsList, ApiFailure, InsightsList, ReturnType<typeof insightsQueryKey>>({
    queryKey: insightsQueryKey(view),
    queryFn: ({ signal }) => getJson<InsightsList>(insightsListUrl(view), signal),
  });
}

/** An insight's calls per minute around it, counted by the server. */
export function activityQueryOptions(request: ActivityRequest) {
  const params = activitySearchParams(request);
  return queryOptions<InsightActivity, ApiFailure>({
    queryKey: ["insight-activity", params.toString()],
    queryFn: ({ signal }) => getJson<InsightActivity>(`/api/insights/activity?${params}`, signal),
    // Past minutes do not change; only an open insight's chart grows.
    staleTime: request.end === undefined ? 60_000 : Infinity,
  });
}
