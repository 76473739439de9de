import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import type { EventsView } from "@/lib/view/events-view";

import { eventsQueryOptions } from "./events-query";

/** A view's events, page by page, with the rows loaded so far flattened into one list. */
export function useEventsList(view: EventsView) {
  const query = useInfiniteQuery({
    ...eventsQueryOptions(view),
    // A failure the server met while rendering the page arrives hydrated; show it with its
    // Retry button rather than silently asking again.
    retryOnMount: false,
  });
  const events = useMemo(
    () => query.data?.pages.flatMap((page) => page.events) ?? [],
    [query.data],
  );
  return { query, events };
}

export type EventsList = ReturnType<typeof useEventsList>;
