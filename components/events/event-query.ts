import { queryOptions } from "@tanstack/react-query";

import type { TrailEvent } from "@/lib/events/trail-event";
import type { EventRef } from "@/lib/events/event-ref";

import { getJson, type ApiFailure } from "./api-error";

function eventQueryKey(ref: EventRef) {
  return ["event", ref.region, ref.id] as const;
}

/**
 * One event by region and ID, for an open event that is not among the listed rows. Shared
 * by the page's server component (which prefetches it) and the client.
 */
export function eventQueryOptions(ref: EventRef) {
  return queryOptions<TrailEvent, ApiFailure, TrailEvent, ReturnType<typeof eventQueryKey>>({
    queryKey: eventQueryKey(ref),
    queryFn: ({ signal }) =>
      getJson<TrailEvent>(
        `/api/events/${encodeURIComponent(ref.id)}?${new URLSearchParams({ region: ref.region })}`,
        signal,
      ),
  });
}
