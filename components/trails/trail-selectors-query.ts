import { queryOptions } from "@tanstack/react-query";

import { getJson, type ApiFailure } from "@/components/events/api-error";
import type { TrailSelectors } from "@/lib/trails/event-selectors";
import type { Trail } from "@/lib/trails/trail";

/**
 * A trail's event and Insights selectors, which posture checks need for a trail with custom
 * selectors. CloudTrail allows one GetEventSelectors a second, so they load after the
 * statuses and are kept a minute.
 */
export function trailSelectorsQueryOptions(trail: Pick<Trail, "homeRegion" | "name">) {
  const params = new URLSearchParams({ region: trail.homeRegion, name: trail.name });
  return queryOptions<TrailSelectors, ApiFailure>({
    queryKey: ["trail-selectors", trail.homeRegion, trail.name],
    queryFn: ({ signal }) => getJson<TrailSelectors>(`/api/trails/selectors?${params}`, signal),
    staleTime: 60_000,
  });
}
