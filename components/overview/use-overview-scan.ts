import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";

import type { EventsView } from "@/lib/view/events-view";

import { cancelOverview, overviewQueryOptions } from "./overview-query";

/**
 * A view's Overview: charts and findings that grow while the scan runs. Leaving the page
 * stops the scan (react-query cancels the unused query); coming back starts it again.
 */
export function useOverviewScan(view: EventsView) {
  const query = useQuery(overviewQueryOptions(view));
  const { refetch, isFetching } = query;
  const state = query.data;
  const stopped = !isFetching && !query.isError && state?.scan?.phase === "running";
  useEffect(() => {
    if (stopped) void refetch();
  }, [stopped, refetch]);

  return {
    query,
    state,
    running: isFetching,
    cancel: () => cancelOverview(view),
    rescan: () => void refetch(),
  };
}

export type OverviewScan = ReturnType<typeof useOverviewScan>;
