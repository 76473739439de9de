import {
  hashKey,
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  type QueryClient,
} from "@tanstack/react-query";

import {
  applyScanMessage,
  encodeScanCursor,
  narrowScan,
  scanCursor,
  type ScanMessage,
  type ScanState,
} from "@/lib/events/event-scan";
import {
  listedPart,
  serializeEventsView,
  type EventsView,
  type ListedView,
} from "@/lib/view/events-view";

import type { ApiFailure } from "./api-error";
import { cancelScanStream, streamScanRoute } from "./scan-stream";

/**
 * A view's scan as a react-query entry, shared by the page's server component (which
 * reads the first page of each region into it) and the client (which streams the rest
 * from /api/events/scan into it). The key holds only what decides which events are
 * listed, so sorting or changing columns does not scan again.
 */
export function scanQueryKey(view: EventsView) {
  return ["events-scan", serializeEventsView(listedPart(view))] as const;
}

type ScanQueryKey = ReturnType<typeof scanQueryKey>;

export function cancelScan(view: EventsView): void {
  cancelScanStream(hashKey(scanQueryKey(view)));
}

export function scanQueryOptions(view: EventsView) {
  const listed = listedPart(view);
  return queryOptions<ScanState, ApiFailure, ScanState, ScanQueryKey>({
    queryKey: scanQueryKey(view),
    queryFn: streamedQuery<ScanMessage[], ScanState, ScanQueryKey>({
      streamFn: (context) => streamScan(listed, context.client, context.queryKey, context.signal),
      reducer: (state, batch) => batch.reduce(applyScanMessage, state) ?? state,
      // Replaced by the first message ("start"); never shown.
      initialValue: undefined as unknown as ScanState,
      // A second run (Continue) keeps the rows found so far and adds to them.
      refetchMode: "append",
    }),
    meta: { listed },
    // A scan is a record of what CloudTrail held at the time; it does not go stale by itself.
    staleTime: Infinity,
  });
}

async function* streamScan(
  listed: ListedView,
  client: QueryClient,
  queryKey: ScanQueryKey,
  signal: AbortSignal,
): AsyncGenerator<ScanMessage[]> {
  const current = client.getQueryData<ScanState>(queryKey);
  const cursor = current && current.phase !== "complete" ? scanCursor(current) : null;
  const search = new URLSearchParams(serializeEventsView(listed).slice(1));
  if (cursor) search.set("cursor", encodeScanCursor(cursor));

  yield* streamScanRoute<ScanMessage>(`/api/events/scan?${search}`, hashKey(queryKey), signal);
}

/**
 * The results of a narrower view, filtered from a finished scan already in the cache: the
 * same regions and time window, with a filter that keeps a subset of its matches. An
 * analyst drilling into 10,000 loaded events sees the answer at once, without asking
 * CloudTrail again. A relative window is reused only while it is under a minute old.
 */
export function narrowedScan(
  client: QueryClient,
  view: EventsView,
  now: number,
): ScanState | undefined {
  const target = listedPart(view);
  const relative = !target.from && !target.to;
  for (const query of client.getQueryCache().findAll({ queryKey: ["events-scan"] })) {
    const state = query.state.data as ScanState | undefined;
    const source = query.meta?.listed as ListedView | undefined;
    if (!state || !source || state.phase !== "complete") continue;
    if (state.regions.some((region) => region.status === "failed")) continue;
    if (!sameWindow(source, target) || (relative && now - state.endTime > 60_000)) continue;
    if (JSON.stringify(source.regions) !== JSON.stringify(target.regions)) continue;
    if (source.failures && !target.failures) continue;
    const narrower = source.f.every((c) =>
      target.f.some((t) => t.field === c.field && t.value === c.value),
    );
    if (!narrower || (source.f.length === target.f.length && source.failures === target.failures))
      continue;

    return narrowScan(state, { conditions: target.f, failuresOnly: target.failures });
  }
  return undefined;
}

function sameWindow(a: ListedView, b: ListedView): boolean {
  return (
    a.range === b.range &&
    (a.from?.getTime() ?? null) === (b.from?.getTime() ?? null) &&
    (a.to?.getTime() ?? null) === (b.to?.getTime() ?? null)
  );
}
