import {
  hashKey,
  queryOptions,
  experimental_streamedQuery as streamedQuery,
} from "@tanstack/react-query";

import {
  applyOverviewMessage,
  type OverviewMessage,
  type OverviewState,
} from "@/lib/overview/overview-scan";
import { listedPart, serializeEventsView, type EventsView } from "@/lib/view/events-view";

import type { ApiFailure } from "@/components/events/api-error";
import { cancelScanStream, streamScanRoute } from "@/components/events/scan-stream";

export function overviewQueryKey(view: EventsView) {
  return ["overview-scan", serializeEventsView(listedPart(view))] as const;
}

type OverviewQueryKey = ReturnType<typeof overviewQueryKey>;

export function cancelOverview(view: EventsView): void {
  cancelScanStream(hashKey(overviewQueryKey(view)));
}

/**
 * A view's Overview as a react-query entry, streamed from /api/overview/scan. Each run
 * starts over (the server aggregates a run from its beginning), so a refetch resets it.
 */
export function overviewQueryOptions(view: EventsView) {
  const listed = listedPart(view);
  return queryOptions<OverviewState, ApiFailure, OverviewState, OverviewQueryKey>({
    queryKey: overviewQueryKey(view),
    queryFn: streamedQuery<OverviewMessage[], OverviewState, OverviewQueryKey>({
      streamFn: (context) =>
        streamScanRoute<OverviewMessage>(
          `/api/overview/scan${serializeEventsView(listed)}`,
          hashKey(context.queryKey),
          context.signal,
        ),
      reducer: (state, batch) => batch.reduce(applyOverviewMessage, state),
      initialValue: {},
      refetchMode: "reset",
    }),
    staleTime: Infinity,
  });
}
