import { queryOptions } from "@tanstack/react-query";

import { getJson, type ApiFailure } from "@/components/events/api-error";
import type { TrailsListing } from "@/lib/trails/trail";

export const trailsQueryKey = ["trails"] as const;

/**
 * The account's trails with their statuses. The page's server component puts the first
 * answer under this key; a change or Refresh fetches it again.
 */
export function trailsQueryOptions() {
  return queryOptions<TrailsListing, ApiFailure>({
    queryKey: trailsQueryKey,
    queryFn: ({ signal }) => getJson<TrailsListing>("/api/trails", signal),
    // Statuses move (deliveries every few minutes); the server caches them for 10 s.
    staleTime: 15_000,
  });
}
