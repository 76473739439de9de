import { infiniteQueryOptions, queryOptions, type InfiniteData } from "@tanstack/react-query";

import type { EventsPage, TrailEvent } from "@/lib/events/trail-event";
import { serializeEventsView, type EventsView } from "@/lib/view/events-view";

import { getJson, type ApiFailure } from "./api-error";

/**
 * Query keys and options for the Events page, shared by the page's server component
 * (which prefetches with its own data access) and the client (which fetches through the
 * API routes), so the hydrated cache entries are the ones the client reads.
 */

/** The parts of a view that decide which events are listed (not the open event). */
function listedPart(view: EventsView) {
  return {
    region: view.region,
    attr: view.attr,
    value: view.value,
    range: view.range,
    from: view.from,
    to: view.to,
  };
}

function eventsQueryKey(view: EventsView) {
  const { from, to, ...rest } = listedPart(view);
  return [
    "events",
    { ...rest, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
  ] as const;
}

type EventsQueryKey = ReturnType<typeof eventsQueryKey>;

/**
 * Later pages continue the first page's absolute range: a relative range ("last hour") is
 * fixed when the first page is fetched, and CloudTrail binds the token to it.
 */
type EventsPageParam = { token: string; start: number; end: number } | null;

/** Options for a view's event list; `view` must be the effective view (see effectiveEventsView). */
export function eventsQueryOptions(view: EventsView) {
  return infiniteQueryOptions<
    EventsPage,
    ApiFailure,
    InfiniteData<EventsPage, EventsPageParam>,
    EventsQueryKey,
    EventsPageParam
  >({
    queryKey: eventsQueryKey(view),
    queryFn: ({ pageParam, signal }) => {
      const continuation = new URLSearchParams(
        pageParam
          ? { token: pageParam.token, start: String(pageParam.start), end: String(pageParam.end) }
          : {},
      );
      return getJson<EventsPage>(
        `/api/events${serializeEventsView(continuation, listedPart(view))}`,
        signal,
      );
    },
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.nextToken
        ? { token: last.nextToken, start: last.startTime, end: last.endTime }
        : undefined,
  });
}

function eventQueryKey(region: string, eventId: string) {
  return ["event", region, eventId] as const;
}

/** Options for one event by ID, for an open event that is not among the listed rows. */
export function eventQueryOptions(region: string, eventId: string) {
  return queryOptions<TrailEvent, ApiFailure, TrailEvent, ReturnType<typeof eventQueryKey>>({
    queryKey: eventQueryKey(region, eventId),
    queryFn: ({ signal }) =>
      getJson<TrailEvent>(
        `/api/events/${encodeURIComponent(eventId)}?${new URLSearchParams({ region })}`,
        signal,
      ),
  });
}
