import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import type { EventsView } from "@/lib/view/events-view";

import { cancelScan, narrowedScan, scanQueryOptions } from "./scan-query";

/**
 * A view's scan: the rows found so far, live progress, and the controls (cancel, continue,
 * retry). The server's render usually hands over the first page of each region; the rest
 * streams in here. Changing the view moves to another query, and react-query cancels the
 * old one's request, which stops its scan on the server.
 */
export function useEventScan(view: EventsView) {
  const client = useQueryClient();
  const query = useQuery({
    ...scanQueryOptions(view),
    initialData: () => narrowedScan(client, view, Date.now()),
    // A failure the server met while rendering arrives hydrated: show it with Retry.
    retryOnMount: false,
  });
  const state = query.data;
  const { refetch, isFetching } = query;

  // Read on from where the last run stopped when nobody chose to stop it: after the
  // server's render (one page a region), or when coming back to a view whose scan was
  // cancelled by moving to another view.
  const resume =
    !isFetching &&
    !query.isError &&
    (state?.phase === "running" || (state?.phase === "paused" && state.pausedBy === "first-page"));
  useEffect(() => {
    if (resume) void refetch();
  }, [resume, refetch]);

  return {
    query,
    state,
    events: state?.events ?? [],
    running: isFetching,
    cancel: () => cancelScan(view),
    /** Another run from where the last one paused (match limit, cancel, interruption). */
    continueScan: () => void refetch(),
  };
}

export type EventScan = ReturnType<typeof useEventScan>;
