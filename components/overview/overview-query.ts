import {
  hashKey,
  queryOptions,
  experimental_streamedQuery as streamedQuery,
} from "@tanstack/react-query";

import { readNdjson } from "@/lib/http/read-ndjson";
import {
  applyOverviewMessage,
  type OverviewMessage,
  type OverviewState,
} from "@/lib/overview/overview-scan";
import {
  listedPart,
  serializeEventsView,
  type EventsView,
  type ListedView,
} from "@/lib/view/events-view";

import { getStream, networkError, type ApiFailure } from "@/components/events/api-error";

export function overviewQueryKey(view: EventsView) {
  return ["overview-scan", serializeEventsView(listedPart(view))] as const;
}

type OverviewQueryKey = ReturnType<typeof overviewQueryKey>;

/** User cancels, by query: react-query's own cancel would throw the charts away. */
const userCancels = new Map<string, AbortController>();

export function cancelOverview(view: EventsView): void {
  userCancels.get(hashKey(overviewQueryKey(view)))?.abort();
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
      streamFn: (context) => streamOverview(listed, context.queryKey, context.signal),
      reducer: (state, batch) => batch.reduce(applyOverviewMessage, state),
      initialValue: {},
      refetchMode: "reset",
    }),
    staleTime: Infinity,
  });
}

async function* streamOverview(
  listed: ListedView,
  queryKey: OverviewQueryKey,
  signal: AbortSignal,
): AsyncGenerator<OverviewMessage[]> {
  const hash = hashKey(queryKey);
  const cancel = new AbortController();
  userCancels.set(hash, cancel);
  const both = AbortSignal.any([signal, cancel.signal]);
  let ended = false;
  try {
    const body = await getStream(`/api/overview/scan${serializeEventsView(listed)}`, both);
    for await (const batch of readNdjson<OverviewMessage>(body)) {
      if (batch.some((message) => message.type === "end")) ended = true;
      yield batch;
    }
    if (!ended) {
      yield [{ type: "end", reason: "interrupted", endedAt: Date.now() }];
      throw networkError();
    }
  } catch (error) {
    if (cancel.signal.aborted && !signal.aborted) {
      yield [{ type: "end", reason: "cancelled", endedAt: Date.now() }];
      return;
    }
    throw error;
  } finally {
    if (userCancels.get(hash) === cancel) userCancels.delete(hash);
  }
}
